#pragma once

// The site's kDrive (WebDAV) account: address and user in the station's database, the
// application password in the system keychain only (never on disk in clear).

#include "core/domain.h"
#include "core/result.h"
#include "webdavclient.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace recaisse::core {
class Store;
}

namespace recaisse::core::sync {

struct AccountSettings
{
    QString url; // https://<drive-id>.connect.kdrive.infomaniak.com/<folder>
    QString user; // the account's e-mail
};

class SyncAccount
{
    Q_DECLARE_TR_FUNCTIONS(SyncAccount)

public:
    static Result<AccountSettings> validate(const QString &url, const QString &user);
    // The same, and the application password must be there.
    static Result<AccountSettings> validate(
        const QString &url, const QString &user, const QString &password);
    // Stores the password in the keychain, then the address; audited. Only for a station being
    // created from the drive (join, restore), which has no user of its own to act yet.
    static Result<void> save(
        Store &store, const AccountSettings &settings, const QString &password);
    // The same by a person (admin pages, `recaisse-cli sync account`): the actor must be an
    // administrator (ManageSettings; a refusal is audited), and the change is audited as theirs.
    static Result<void> save(
        Store &store, const Actor &actor, const AccountSettings &settings, const QString &password);
    static Result<std::optional<AccountSettings>> load(Store &store);
    // A client for the site's account; fails when none is set up or the keychain is missing.
    static Result<std::unique_ptr<WebDavClient>> connect(Store &store);
    static QString secretKey(Store &store);

private:
    static Result<void> write(Store &store, const QString &actorId, const AccountSettings &settings,
        const QString &password);
};

} // namespace recaisse::core::sync
