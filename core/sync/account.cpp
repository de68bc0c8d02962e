#include "account.h"

#include "core/database.h"
#include "core/domain.h"
#include "core/ledger.h"
#include "core/permissions.h"
#include "core/store.h"
#include "core/users.h"
#include "secrets.h"

#include <QSqlQuery>
#include <QUrl>

namespace recaisse::core::sync {

QString SyncAccount::secretKey(Store &store)
{
    return QStringLiteral("webdav/") + store.site().id;
}

Result<AccountSettings> SyncAccount::validate(const QString &url, const QString &user)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    const QString host = parsed.host();
    const bool loopback = host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost")
        || host == QLatin1String("::1");
    if (!parsed.isValid() || host.isEmpty() || url.size() > 500
        || (parsed.scheme() != QLatin1String("https")
            && !(parsed.scheme() == QLatin1String("http") && loopback)))
        return Error{ErrorCode::InvalidInput,
            tr("The address must start with https:// (for kDrive: "
               "https://<number>.connect.kdrive.infomaniak.com).")};
    // A password in the address would be kept with it (database, audit trail, logs): the
    // password has its own field and goes to the keychain only. The address is not repeated.
    if (!parsed.userName().isEmpty() || !parsed.password().isEmpty())
        return Error{ErrorCode::InvalidInput,
            tr("The address must not contain a user or a password (user:password@): type them "
               "in their own fields.")};
    if (user.trimmed().isEmpty() || user.size() > 200)
        return Error{ErrorCode::InvalidInput, tr("The account's user (its e-mail) is missing.")};
    return AccountSettings{parsed.toString(QUrl::StripTrailingSlash), user.trimmed()};
}

Result<AccountSettings> SyncAccount::validate(
    const QString &url, const QString &user, const QString &password)
{
    if (password.isEmpty())
        return Error{
            ErrorCode::InvalidInput, tr("Type the application password of the kDrive account.")};
    return validate(url, user);
}

Result<void> SyncAccount::save(
    Store &store, const AccountSettings &settings, const QString &password)
{
    return write(store, QString(), settings, password);
}

Result<void> SyncAccount::write(
    Store &store, const QString &actorId, const AccountSettings &settings, const QString &password)
{
    auto valid = validate(settings.url, settings.user, password);
    if (!valid)
        return valid.error();
    if (auto stored = SecretStore::write(secretKey(store), password); !stored)
        return stored;
    Database &db = store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    QSqlQuery &upsert = db.prepared(QStringLiteral(
        "INSERT INTO sync_account (site_id, url, user_name, created_utc) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (site_id) DO UPDATE SET url = excluded.url, user_name = excluded.user_name"));
    if (auto result = db.exec(
            upsert, {store.site().id, valid->url, valid->user, isoUtc(store.clock().nowUtc())});
        !result)
        return result;
    if (auto result = AuditLog(store).record(actorId, QStringLiteral("sync.account"), valid->url,
            {{QStringLiteral("user"), valid->user}});
        !result)
        return result;
    return transaction.commit();
}

Result<void> SyncAccount::save(
    Store &store, const Actor &actor, const AccountSettings &settings, const QString &password)
{
    if (!Users(store).may(actor, Permission::ManageSettings)) {
        (void)AuditLog(store).record(
            actor.userId, QStringLiteral("permission.denied"), QStringLiteral("sync.account"));
        return Error{ErrorCode::PermissionDenied,
            tr("Only an administrator can change the kDrive account.")};
    }
    return write(store, actor.userId, settings, password);
}

Result<std::optional<AccountSettings>> SyncAccount::load(Store &store)
{
    Database &db = store.db();
    QSqlQuery &query =
        db.prepared(QStringLiteral("SELECT url, user_name FROM sync_account WHERE site_id = ?"));
    if (auto result = db.exec(query, {store.site().id}); !result)
        return result.error();
    std::optional<AccountSettings> settings;
    if (query.next())
        settings = AccountSettings{query.value(0).toString(), query.value(1).toString()};
    query.finish();
    return settings;
}

Result<std::unique_ptr<WebDavClient>> SyncAccount::connect(Store &store)
{
    auto settings = load(store);
    if (!settings)
        return settings.error();
    if (!*settings)
        return Error{
            ErrorCode::NotFound, tr("No kDrive account is set up for this shop: sync is off.")};
    auto password = SecretStore::read(secretKey(store));
    if (!password)
        return password.error().code == ErrorCode::NotFound ? Error{ErrorCode::AuthenticationFailed,
                   tr("The kDrive password is not in this computer's keychain: enter it again in "
                      "the sync settings.")}
                                                            : password.error();
    return std::make_unique<WebDavClient>(
        DavAccount{(*settings)->url, (*settings)->user, *password});
}

} // namespace recaisse::core::sync
