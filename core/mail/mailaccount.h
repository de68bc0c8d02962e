#pragma once

// The site's outgoing mail account: server, port, security, user and sender address in the
// station's database; the password in the system keychain only (core/sync/secrets.h).

#include "core/domain.h"
#include "core/result.h"
#include "smtpsender.h"

#include <QCoreApplication>

#include <optional>

namespace recaisse::core {
class Store;
}

namespace recaisse::core::mail {

struct MailAccountSettings
{
    QString host;
    int port = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString user; // empty: the server takes mail without AUTH
    QString from;
    QString caFile; // see SmtpServer::caFile
};

class MailAccount
{
    Q_DECLARE_TR_FUNCTIONS(MailAccount)

public:
    static Result<MailAccountSettings> validate(const MailAccountSettings &settings);
    // Whether the server, port, security, user and sender may be changed on this station: only
    // on an administration station, since they travel in the signed site configuration and the
    // next one overwrites them on the others. The password (keychain) and the CA file are each
    // station's own everywhere.
    static bool sharedEditableHere(Store &store);
    // Where they are changed, for a station that shows them read-only.
    static QString readOnlyReason();
    // Needs ManageSettings (a refusal is audited) and, for anything but the password and the CA
    // file, an administration station (sharedEditableHere; a refusal is audited). The password goes
    // to the keychain when a user is set (required then, unless the same user's password is already
    // kept there: an empty password keeps it), is forgotten when there is none; the change is
    // audited.
    static Result<void> save(Store &store, const Actor &actor, const MailAccountSettings &settings,
        const QString &password);
    // Writes valid settings as they are: no permission, no audit, no keychain (the site
    // configuration applies the administrators' settings this way, inside its transaction).
    static Result<void> write(Store &store, const MailAccountSettings &settings);
    static Result<std::optional<MailAccountSettings>> load(Store &store);
    // The server to send through, with its password from the keychain.
    static Result<SmtpServer> server(Store &store);
    // The server a form describes, before it is saved (to try it): settings validated, the
    // password given or, when empty, the one kept for the same user. Reads the keychain: not on
    // the UI thread.
    static Result<SmtpServer> serverFor(
        Store &store, const MailAccountSettings &settings, const QString &password);
    static QString secretKey(Store &store);

private:
    // The password the keychain keeps for user, when user is the saved account's.
    static Result<QString> keptPassword(Store &store, const QString &user);
};

} // namespace recaisse::core::mail
