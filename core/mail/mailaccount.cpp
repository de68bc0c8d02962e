#include "mailaccount.h"

#include "core/database.h"
#include "core/ledger.h"
#include "core/permissions.h"
#include "core/store.h"
#include "core/sync/secrets.h"
#include "core/sync/stationregistry.h"
#include "core/users.h"
#include "mimemessage.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

namespace recaisse::core::mail {

using sync::SecretStore;

QString MailAccount::secretKey(Store &store)
{
    return QStringLiteral("smtp/") + store.site().id;
}

Result<MailAccountSettings> MailAccount::validate(const MailAccountSettings &settings)
{
    MailAccountSettings valid = settings;
    valid.host = settings.host.trimmed();
    valid.user = settings.user.trimmed();
    valid.from = settings.from.trimmed();
    static const QRegularExpression hostPattern(
        QStringLiteral("^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\\.[A-Za-z0-9](?:[A-"
                       "Za-z0-9-]{0,61}[A-Za-z0-9])?)*$|^[0-9A-Fa-f:.]+$"));
    if (valid.host.isEmpty() || valid.host.size() > 253
        || !hostPattern.match(valid.host).hasMatch())
        return Error{ErrorCode::InvalidInput,
            tr("The mail server's name is not valid (for example smtp.example.org).")};
    if (valid.port < 1 || valid.port > 65535)
        return Error{ErrorCode::InvalidInput, tr("The port must be between 1 and 65535.")};
    if (!MailAddress::isValid(valid.from))
        return MailAddress::invalid(valid.from);
    if (valid.user.size() > 200 || valid.user.contains(QLatin1Char('\n')))
        return Error{ErrorCode::InvalidInput, tr("The mail account's user is not valid.")};
    if (!valid.caFile.isEmpty() && !QFileInfo(valid.caFile).isFile())
        return Error{ErrorCode::InvalidInput,
            tr("The certificate authority file %1 does not exist.").arg(valid.caFile)};
    if (!valid.caFile.isEmpty())
        valid.caFile = QFileInfo(valid.caFile).absoluteFilePath();
    return valid;
}

Result<QString> MailAccount::keptPassword(Store &store, const QString &user)
{
    auto current = load(store);
    if (!current)
        return current.error();
    if (!*current || (*current)->user.compare(user, Qt::CaseInsensitive) != 0)
        return Error{ErrorCode::InvalidInput, tr("Type the password of the mail account.")};
    auto password = SecretStore::read(secretKey(store));
    if (!password)
        return password.error().code == ErrorCode::NotFound ? Error{ErrorCode::InvalidInput,
                   tr("The mail password is not in this computer's keychain: type it again.")}
                                                            : password.error();
    return *password;
}

bool MailAccount::sharedEditableHere(Store &store)
{
    return sync::StationRegistry::mayEditConfigurationHere(store);
}

QString MailAccount::readOnlyReason()
{
    return tr("The mail server, port, security, user and sender are set on an administration "
              "station and reach this one with the shop's configuration. Only the password is "
              "kept on this station.");
}

Result<void> MailAccount::save(
    Store &store, const Actor &actor, const MailAccountSettings &settings, const QString &password)
{
    if (!Users(store).may(actor, Permission::ManageSettings)) {
        (void)AuditLog(store).record(
            actor.userId, QStringLiteral("permission.denied"), QStringLiteral("mail.account"));
        return Error{
            ErrorCode::PermissionDenied, tr("Only an administrator can change the mail account.")};
    }
    auto valid = validate(settings);
    if (!valid)
        return valid.error();
    if (!sharedEditableHere(store)) {
        // What the site configuration publishes is the administration station's: the next
        // configuration would overwrite a change made here. The password and the CA file stay.
        auto current = load(store);
        if (!current)
            return current.error();
        const bool same = *current && (*current)->host == valid->host
            && (*current)->port == valid->port && (*current)->security == valid->security
            && (*current)->user == valid->user && (*current)->from == valid->from;
        if (!same) {
            (void)AuditLog(store).record(actor.userId, QStringLiteral("permission.denied"),
                QStringLiteral("mail.account"),
                {{QStringLiteral("reason"), QStringLiteral("not-admin-station")}});
            return Error{ErrorCode::PermissionDenied, readOnlyReason()};
        }
    }
    if (valid->user.isEmpty()) {
        // Nothing to keep; a keychain that is not there holds no old password either.
        (void)SecretStore::remove(secretKey(store));
    } else if (password.isEmpty()) {
        // The form never shows the password back: empty keeps the one the keychain holds for
        // the same user.
        if (auto kept = keptPassword(store, valid->user); !kept)
            return kept.error();
    } else if (auto stored = SecretStore::write(secretKey(store), password); !stored) {
        return stored;
    }
    Database &db = store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    if (auto result = write(store, *valid); !result)
        return result;
    if (auto result =
            AuditLog(store).record(actor.userId, QStringLiteral("mail.account"), valid->host,
                {{QStringLiteral("port"), QString::number(valid->port)},
                    {QStringLiteral("security"), toKey(valid->security)},
                    {QStringLiteral("user"), valid->user}, {QStringLiteral("from"), valid->from}});
        !result)
        return result;
    return transaction.commit();
}

Result<void> MailAccount::write(Store &store, const MailAccountSettings &settings)
{
    Database &db = store.db();
    QSqlQuery &upsert = db.prepared(QStringLiteral(
        "INSERT INTO mail_account (site_id, host, port, security, user_name, from_address, "
        "ca_file, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (site_id) DO UPDATE "
        "SET host = excluded.host, port = excluded.port, security = excluded.security, "
        "user_name = excluded.user_name, from_address = excluded.from_address, "
        "ca_file = excluded.ca_file, updated_utc = excluded.updated_utc"));
    return db.exec(upsert,
        {store.site().id, settings.host, settings.port, toKey(settings.security), settings.user,
            settings.from, settings.caFile, isoUtc(store.clock().nowUtc())});
}

Result<std::optional<MailAccountSettings>> MailAccount::load(Store &store)
{
    Database &db = store.db();
    QSqlQuery &query = db.prepared(
        QStringLiteral("SELECT host, port, security, user_name, from_address, ca_file FROM "
                       "mail_account WHERE site_id = ?"));
    if (auto result = db.exec(query, {store.site().id}); !result)
        return result.error();
    std::optional<MailAccountSettings> settings;
    if (query.next())
        settings = MailAccountSettings{query.value(0).toString(), query.value(1).toInt(),
            smtpSecurityFromKey(query.value(2).toString()).value_or(SmtpSecurity::StartTls),
            query.value(3).toString(), query.value(4).toString(), query.value(5).toString()};
    query.finish();
    return settings;
}

Result<SmtpServer> MailAccount::server(Store &store)
{
    auto settings = load(store);
    if (!settings)
        return settings.error();
    if (!*settings)
        return Error{ErrorCode::NotFound,
            tr("No mail account is set up: reports cannot be sent by e-mail.")};
    const MailAccountSettings &s = **settings;
    SmtpServer server{s.host, s.port, s.security, s.user, QString(), s.caFile};
    if (!s.user.isEmpty()) {
        auto password = SecretStore::read(secretKey(store));
        if (!password)
            return password.error().code == ErrorCode::NotFound
                ? Error{ErrorCode::AuthenticationFailed,
                    tr("The mail password is not in this computer's keychain: enter it again "
                       "in the mail settings.")}
                : password.error();
        server.password = *password;
    }
    return server;
}

Result<SmtpServer> MailAccount::serverFor(
    Store &store, const MailAccountSettings &settings, const QString &password)
{
    auto valid = validate(settings);
    if (!valid)
        return valid.error();
    SmtpServer server{
        valid->host, valid->port, valid->security, valid->user, password, valid->caFile};
    if (!valid->user.isEmpty() && password.isEmpty()) {
        auto kept = keptPassword(store, valid->user);
        if (!kept)
            return kept.error();
        server.password = *kept;
    }
    return server;
}

} // namespace recaisse::core::mail
