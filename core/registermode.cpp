#include "registermode.h"

#include "ledger.h"
#include "permissions.h"
#include "store.h"
#include "users.h"

#include <QSqlQuery>

namespace recaisse::core {

namespace {
const QString metaKey = QStringLiteral("register_mode");
} // namespace

RegisterMode::RegisterMode(Store &store)
    : m_store(store)
{
}

bool RegisterMode::isOn() const
{
    QSqlQuery query(m_store.db().connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(metaKey);
    return query.exec() && query.next() && query.value(0).toString() == QLatin1String("1");
}

Result<void> RegisterMode::set(const Actor &actor, bool on)
{
    if (auto allowed = Users(m_store).require(actor, Permission::ManageSettings); !allowed)
        return allowed;
    const bool previous = isOn();
    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    QSqlQuery update(db.connection());
    update.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (auto result = db.exec(update, {metaKey, on ? QStringLiteral("1") : QStringLiteral("0")});
        !result)
        return result;
    if (auto result = AuditLog(m_store).record(actor.userId,
            QStringLiteral("settings.register-mode"), m_store.station().code,
            {{QStringLiteral("from"), previous}, {QStringLiteral("to"), on}});
        !result)
        return result;
    return transaction.commit();
}

Result<Actor> RegisterMode::authorizeLeaving(const std::optional<Unlock> &unlock)
{
    // Nobody's own role is enough: an empty actor makes authorize() ask for the unlock.
    auto authorizer = Users(m_store).authorize(Actor{}, Permission::ManageSettings, unlock);
    if (!authorizer)
        return authorizer.error();
    if (auto result = AuditLog(m_store).record(
            authorizer->userId, QStringLiteral("register-mode.leave"), m_store.station().code, {});
        !result)
        return result.error();
    return authorizer;
}

} // namespace recaisse::core
