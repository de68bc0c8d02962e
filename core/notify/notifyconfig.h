#pragma once

// The notification settings as they travel in the signed site configuration (SiteConfig): the
// rules per event (on or off, recipients, quiet hours, thresholds), the Telegram Bot API address
// and the outgoing mail account (server, port, security, user, sender). Administrators set them
// once on the administration station; every station applies them. The secrets (the bot's token,
// the mail password) stay in each station's keychain and never enter the configuration; the
// mail account's CA file is a path on each PC and stays local too.

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace recaisse::core {
class Store;
}

namespace recaisse::core::notify {

class NotifyConfig
{
    Q_DECLARE_TR_FUNCTIONS(NotifyConfig)

public:
    // What this station holds, for the configuration's "notifications" member.
    static Result<QJsonObject> collect(Store &store);
    // Replaces this station's settings with the published ones, inside the caller's
    // transaction. Rules of events this version does not know (from a newer one) are skipped.
    static Result<void> apply(Store &store, const QJsonObject &settings);
};

} // namespace recaisse::core::notify
