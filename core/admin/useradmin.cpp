#include "useradmin.h"

#include "core/ledger.h"
#include "core/store.h"
#include "core/users.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace recaisse::core {

namespace {

int countActive(Database &db, const QString &siteId, const QString &rolesSql, const QString &except)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM app_user WHERE active = 1 AND id <> ? AND ")
        + rolesSql + QStringLiteral(" AND (site_id = ? OR role = 'super-admin')"));
    if (!db.exec(query, {except, siteId}) || !query.next())
        return 0;
    return query.value(0).toInt();
}

} // namespace

UserAdministration::UserAdministration(Store &store)
    : m_store(store)
{
}

Result<void> UserAdministration::validateTelegramId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^-?[0-9]{5,15}$"));
    if (id.isEmpty() || pattern.match(id).hasMatch())
        return {};
    return makeError(ErrorCode::InvalidInput,
        tr("A Telegram id is a number of 5 to 15 digits (ask the person to send /start to the "
           "bot)."));
}

Result<QList<UserRow>> UserAdministration::list(const Actor &actor) const
{
    if (auto allowed = Users(m_store).require(actor, Permission::ViewReports); !allowed)
        return allowed.error();
    QSqlQuery query(m_store.db().connection());
    query.prepare(QStringLiteral("SELECT id, telegram_id FROM app_user WHERE site_id = ?"));
    if (auto result = m_store.db().exec(query, {m_store.site().id}); !result)
        return result.error();
    QHash<QString, QString> telegram;
    while (query.next())
        telegram.insert(query.value(0).toString(), query.value(1).toString());
    QList<UserRow> rows;
    for (const UserInfo &user : Users(m_store).list(true))
        rows.append({user, telegram.value(user.id)});
    return rows;
}

Result<UserInfo> UserAdministration::requireOver(
    const Actor &actor, const QString &userId, bool superAdminTarget)
{
    if (auto allowed = Users(m_store).require(actor, Permission::ManageUsers); !allowed)
        return allowed.error();
    auto user = Users(m_store).find(userId);
    if (!user)
        return user.error();
    if ((superAdminTarget || user->role == Role::SuperAdmin) && actor.role != Role::SuperAdmin) {
        if (auto result = AuditLog(m_store).record(actor.userId,
                QStringLiteral("permission.denied"), toKey(Permission::ManageUsers),
                {{QStringLiteral("target"), user->name},
                    {QStringLiteral("reason"), QStringLiteral("super-admin")}});
            !result)
            return result.error();
        return makeError(ErrorCode::PermissionDenied,
            tr("Only a super-admin can change a super-admin's account."));
    }
    return user;
}

Result<void> UserAdministration::setRole(const Actor &actor, const QString &userId, Role role)
{
    auto user = requireOver(actor, userId, role == Role::SuperAdmin);
    if (!user)
        return user.error();
    if (user->role == role)
        return {};
    Database &db = m_store.db();
    if (user->active && user->role == Role::SuperAdmin
        && countActive(db, m_store.site().id, QStringLiteral("role = 'super-admin'"), userId) == 0)
        return makeError(ErrorCode::Conflict,
            tr("%1 is the last super-admin: name another super-admin first.").arg(user->name));
    if (user->active && isAdministrator(user->role) && !isAdministrator(role)
        && countActive(
               db, m_store.site().id, QStringLiteral("role IN ('admin', 'super-admin')"), userId)
            == 0)
        return makeError(ErrorCode::Conflict,
            tr("%1 is the last active administrator: name another administrator first.")
                .arg(user->name));
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("UPDATE app_user SET role = ? WHERE id = ?"));
    if (auto result = db.exec(query, {toKey(role), userId}); !result)
        return result;
    if (auto result =
            AuditLog(m_store).record(actor.userId, QStringLiteral("user.role"), user->name,
                {{QStringLiteral("from"), toKey(user->role)}, {QStringLiteral("to"), toKey(role)}});
        !result)
        return result;
    return transaction.commit();
}

Result<void> UserAdministration::setActive(const Actor &actor, const QString &userId, bool active)
{
    auto user = requireOver(actor, userId, false);
    if (!user)
        return user.error();
    if (!active && user->active && user->role == Role::SuperAdmin
        && countActive(
               m_store.db(), m_store.site().id, QStringLiteral("role = 'super-admin'"), userId)
            == 0)
        return makeError(ErrorCode::Conflict,
            tr("%1 is the last super-admin and cannot be deactivated.").arg(user->name));
    return Users(m_store).setActive(actor, userId, active);
}

Result<void> UserAdministration::resetPin(
    const Actor &actor, const QString &userId, const QString &pin)
{
    if (auto user = requireOver(actor, userId, false); !user)
        return user.error();
    return Users(m_store).resetPin(actor, userId, pin);
}

Result<void> UserAdministration::setTelegramId(
    const Actor &actor, const QString &userId, const QString &id)
{
    auto user = requireOver(actor, userId, false);
    if (!user)
        return user.error();
    const QString telegram = id.trimmed();
    if (auto result = validateTelegramId(telegram); !result)
        return result;
    Database &db = m_store.db();
    if (!telegram.isEmpty()) {
        QSqlQuery other(db.connection());
        other.prepare(
            QStringLiteral("SELECT name FROM app_user WHERE telegram_id = ? AND id <> ?"));
        if (auto result = db.exec(other, {telegram, userId}); !result)
            return result;
        if (other.next())
            return makeError(ErrorCode::Conflict,
                tr("This Telegram id is already given to %1.").arg(other.value(0).toString()));
    }
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("UPDATE app_user SET telegram_id = ? WHERE id = ?"));
    if (auto result = db.exec(query, {telegram, userId}); !result)
        return result;
    if (auto result = AuditLog(m_store).record(actor.userId,
            telegram.isEmpty() ? QStringLiteral("user.telegram-remove")
                               : QStringLiteral("user.telegram-set"),
            user->name);
        !result)
        return result;
    return transaction.commit();
}

QStringList UserAdministration::telegramWhitelist() const
{
    QStringList ids;
    QSqlQuery query(m_store.db().connection());
    query.prepare(QStringLiteral("SELECT telegram_id FROM app_user WHERE active = 1 AND "
                                 "telegram_id <> '' AND site_id = ? ORDER BY name"));
    if (m_store.db().exec(query, {m_store.site().id})) {
        while (query.next())
            ids.append(query.value(0).toString());
    }
    return ids;
}

} // namespace recaisse::core
