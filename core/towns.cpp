#include "towns.h"

#include "database.h"
#include "ledger.h"
#include "permissions.h"
#include "store.h"
#include "users.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

namespace recaisse::core {

QString Town::label() const
{
    return QStringLiteral("%1 (%2)").arg(name, postcode);
}

Towns::Towns(Store &store)
    : m_store(store)
{
}

Result<QList<Town>> Towns::list() const
{
    QSqlQuery query(m_store.db().connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(R"(
SELECT t.id, t.name, t.postcode, coalesce(n.deposits, 0)
FROM town t
LEFT JOIN (SELECT town, town_postcode, count(*) AS deposits FROM deposit
           WHERE town IS NOT NULL GROUP BY town, town_postcode) n
    ON n.town = t.name AND n.town_postcode = t.postcode
ORDER BY coalesce(n.deposits, 0) DESC, t.name COLLATE NOCASE, t.postcode)")))
        return m_store.db().errorFrom(query.lastError());
    QList<Town> towns;
    while (query.next())
        towns << Town{query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toLongLong()};
    return towns;
}

Result<Town> Towns::find(const QString &text) const
{
    auto all = list();
    if (!all)
        return all.error();
    const QString wanted = text.simplified();
    QList<Town> matches;
    for (const Town &town : *all) {
        if (town.id == wanted)
            return town;
        if (town.name.compare(wanted, Qt::CaseInsensitive) == 0
            || town.label().compare(wanted, Qt::CaseInsensitive) == 0 || town.postcode == wanted)
            matches << town;
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.size() > 1)
        return makeError(ErrorCode::InvalidInput,
            tr("Several towns match \"%1\": give the name with its postcode, as \"%2\".")
                .arg(wanted.left(80), matches.first().label()));
    return makeError(ErrorCode::NotFound,
        tr("The town \"%1\" is not in the site's list of towns: an administrator adds it first.")
            .arg(wanted.left(80)));
}

Result<Town> Towns::add(const Actor &actor, const QString &name, const QString &postcode)
{
    if (auto allowed = Users(m_store).require(actor, Permission::ManageCategories); !allowed)
        return allowed.error();
    Town town{QString(), name.simplified(), postcode.trimmed(), 0};
    if (town.name.isEmpty() || town.name.size() > maxTownName)
        return makeError(
            ErrorCode::InvalidInput, tr("A town's name has 1 to %1 characters.").arg(maxTownName));
    static const QRegularExpression fiveDigits(QStringLiteral("^[0-9]{5}$"));
    if (!fiveDigits.match(town.postcode).hasMatch())
        return makeError(ErrorCode::InvalidInput,
            tr("A postcode has five digits (\"%1\" given).").arg(town.postcode.left(20)));
    auto all = list();
    if (!all)
        return all.error();
    for (const Town &other : *all) {
        if (other.name.compare(town.name, Qt::CaseInsensitive) == 0
            && other.postcode == town.postcode)
            return makeError(
                ErrorCode::InvalidInput, tr("The town %1 is already listed.").arg(other.label()));
    }
    town.id = QUuid::createUuid().toString(QUuid::Id128).left(12);
    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    QSqlQuery &insert =
        db.prepared(QStringLiteral("INSERT INTO town (id, name, postcode) VALUES (?, ?, ?)"));
    if (auto done = db.exec(insert, {town.id, town.name, town.postcode}); !done)
        return done.error();
    if (auto audited = AuditLog(m_store).record(actor.userId, QStringLiteral("town.add"), town.id,
            {{QStringLiteral("name"), town.name}, {QStringLiteral("postcode"), town.postcode}});
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return town;
}

Result<void> Towns::remove(const Actor &actor, const QString &id)
{
    if (auto allowed = Users(m_store).require(actor, Permission::ManageCategories); !allowed)
        return allowed;
    auto town = find(id);
    if (!town)
        return town.error();
    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    QSqlQuery &erase = db.prepared(QStringLiteral("DELETE FROM town WHERE id = ?"));
    if (auto done = db.exec(erase, {town->id}); !done)
        return done;
    if (auto audited = AuditLog(m_store).record(actor.userId, QStringLiteral("town.remove"),
            town->id,
            {{QStringLiteral("name"), town->name}, {QStringLiteral("postcode"), town->postcode}});
        !audited)
        return audited;
    return transaction.commit();
}

} // namespace recaisse::core
