#include "stationregistry.h"

#include "core/crypto.h"
#include "core/ledger.h"
#include "core/store.h"
#include "sitekeys.h"

#include <QJsonObject>
#include <QSqlQuery>

#include <functional>

namespace recaisse::core::sync {

namespace {

QString encoded(const QByteArray &key)
{
    return QString::fromLatin1(key.toBase64());
}

QByteArray decodedKey(const QString &text)
{
    const auto result =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return result && result.decoded.size() == crypto::keyBytes ? result.decoded : QByteArray();
}

const QString selectColumns = QStringLiteral(
    "SELECT station_id, code, signing_public, agreement_public, admin_station, registered_utc, "
    "registered_by, revoked_utc FROM station_registry");

RegisteredStation fromQuery(const QSqlQuery &query)
{
    RegisteredStation entry;
    entry.stationId = query.value(0).toString();
    entry.code = query.value(1).toString();
    entry.signingPublic = decodedKey(query.value(2).toString());
    entry.agreementPublic = decodedKey(query.value(3).toString());
    entry.adminStation = query.value(4).toInt() != 0;
    entry.registeredUtc = fromIsoUtc(query.value(5).toString());
    entry.registeredBy = query.value(6).toString();
    if (!query.value(7).isNull())
        entry.revokedUtc = fromIsoUtc(query.value(7).toString());
    return entry;
}

} // namespace

Result<void> StationRegistry::registerStation(Store &store, const StationRegistration &registration)
{
    if (registration.stationId.isEmpty() || registration.code.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("A station needs an id and a code.")};
    if (registration.signingPublic.size() != crypto::keyBytes
        || registration.agreementPublic.size() != crypto::keyBytes)
        return Error{ErrorCode::InvalidInput,
            tr("The public keys of station %1 are not valid.").arg(registration.code)};
    Database &db = store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    auto existing = find(store, registration.stationId);
    if (!existing)
        return existing.error();
    if (*existing && (*existing)->isRevoked())
        return Error{ErrorCode::Conflict,
            tr("Station %1 was revoked: it cannot be registered again.").arg(registration.code)};
    QSqlQuery codeTaken(db.connection());
    codeTaken.prepare(QStringLiteral("SELECT 1 FROM station_registry WHERE code = ? COLLATE NOCASE "
                                     "AND station_id <> ? AND revoked_utc IS NULL"));
    codeTaken.addBindValue(registration.code);
    codeTaken.addBindValue(registration.stationId);
    if (auto run = db.exec(codeTaken); !run)
        return run;
    if (codeTaken.next())
        return Error{ErrorCode::Conflict,
            tr("The shop already has a station %1: choose another code.").arg(registration.code)};
    QSqlQuery &insert = db.prepared(QStringLiteral(
        "INSERT INTO station_registry (station_id, code, signing_public, agreement_public, "
        "admin_station, registered_utc, registered_by) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (station_id) DO UPDATE SET code = excluded.code, signing_public = "
        "excluded.signing_public, agreement_public = excluded.agreement_public, admin_station = "
        "excluded.admin_station, registered_utc = excluded.registered_utc, registered_by = "
        "excluded.registered_by"));
    if (auto run = db.exec(insert,
            {registration.stationId, registration.code, encoded(registration.signingPublic),
                encoded(registration.agreementPublic), registration.adminStation ? 1 : 0,
                isoUtc(store.clock().nowUtc()), Database::bindable(registration.registeredBy)});
        !run)
        return run;
    if (auto audited = AuditLog(store).record(registration.registeredBy,
            QStringLiteral("station.register"), registration.code,
            {{QStringLiteral("station_id"), registration.stationId},
                {QStringLiteral("admin_station"), registration.adminStation}});
        !audited)
        return audited;
    return transaction.commit();
}

namespace {

// The registered station, NotFound when there is none.
Result<RegisteredStation> registered(Store &store, const QString &stationId)
{
    auto entry = StationRegistry::find(store, stationId);
    if (!entry)
        return entry.error();
    if (!*entry)
        return Error{ErrorCode::NotFound,
            StationRegistry::tr("No station %1 is registered.").arg(stationId)};
    return **entry;
}

// Sets one column of a station's row and audits it (`audited`), in one transaction.
Result<void> updateAudited(Store &store, const RegisteredStation &entry, const QString &column,
    const QVariant &value, const std::function<Result<void>()> &audited)
{
    Database &db = store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    QSqlQuery &update = db.prepared(
        QStringLiteral("UPDATE station_registry SET %1 = ? WHERE station_id = ?").arg(column));
    if (auto run = db.exec(update, {value, entry.stationId}); !run)
        return run;
    if (auto recorded = audited(); !recorded)
        return recorded;
    return transaction.commit();
}

} // namespace

Result<void> StationRegistry::revoke(
    Store &store, const QString &stationId, const QDateTime &at, const QString &actorId)
{
    auto entry = registered(store, stationId);
    if (!entry)
        return entry.error();
    if (entry->isRevoked())
        return {};
    const QString from = isoUtc(at.toUTC());
    return updateAudited(store, *entry, QStringLiteral("revoked_utc"), from, [&] {
        return AuditLog(store).record(actorId, QStringLiteral("station.revoke"), entry->code,
            {{QStringLiteral("station_id"), stationId}, {QStringLiteral("from_utc"), from}});
    });
}

Result<void> StationRegistry::setAdministrationStation(
    Store &store, const QString &stationId, bool admin, const QString &actorId)
{
    auto entry = registered(store, stationId);
    if (!entry)
        return entry.error();
    if (entry->isRevoked())
        return Error{ErrorCode::Conflict,
            tr("Station %1 was revoked: it cannot administer the shop.").arg(entry->code)};
    if (entry->adminStation == admin)
        return {};
    return updateAudited(store, *entry, QStringLiteral("admin_station"), admin ? 1 : 0, [&] {
        return AuditLog(store).record(actorId, QStringLiteral("station.admin-station"), entry->code,
            {{QStringLiteral("station_id"), stationId}, {QStringLiteral("admin_station"), admin}});
    });
}

Result<std::optional<RegisteredStation>> StationRegistry::find(
    Store &store, const QString &stationId)
{
    QSqlQuery &query = store.db().prepared(selectColumns + QStringLiteral(" WHERE station_id = ?"));
    if (auto run = store.db().exec(query, {stationId}); !run)
        return run.error();
    std::optional<RegisteredStation> entry;
    if (query.next())
        entry = fromQuery(query);
    query.finish();
    return entry;
}

Result<QList<RegisteredStation>> StationRegistry::all(Store &store)
{
    QSqlQuery query(store.db().connection());
    query.prepare(selectColumns + QStringLiteral(" ORDER BY code, station_id"));
    if (auto run = store.db().exec(query); !run)
        return run.error();
    QList<RegisteredStation> entries;
    while (query.next())
        entries.append(fromQuery(query));
    return entries;
}

bool StationRegistry::mayEditConfigurationHere(Store &store)
{
    const auto entry = find(store, store.station().id);
    if (entry && *entry)
        return (*entry)->mayConfigure();
    // No station registered at all: a database from before sealed sync, where every station
    // edited as before (and only the shop's first one published).
    QSqlQuery query(store.db().connection());
    return entry && query.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM station_registry)"))
        && query.next() && query.value(0).toBool();
}

Result<void> StationRegistry::registerFounder(Store &store, const SiteKeys &keys)
{
    return registerStation(store,
        StationRegistration{keys.stationId, store.station().code, keys.signing.publicKey,
            keys.agreement.publicKey, true, QString()});
}

Result<SiteKeys> StationRegistry::establishFounder(Store &store)
{
    auto registered = find(store, store.station().id);
    if (!registered)
        return registered.error();
    if (*registered)
        return Error{ErrorCode::Conflict,
            tr("Station %1 is already registered with its keys.").arg(store.station().code)};
    const SiteKeys keys = SiteKeys::create(store.site().id, store.station().id);
    if (auto saved = SiteKeyStore::save(keys); !saved)
        return saved.error();
    if (auto done = registerFounder(store, keys); !done) {
        // Nothing registered: the keys saved a moment ago would open nothing.
        (void)SiteKeyStore::remove(keys.siteId, keys.stationId);
        return done.error();
    }
    return keys;
}

Result<QJsonArray> StationRegistry::collect(Store &store)
{
    auto entries = all(store);
    if (!entries)
        return entries.error();
    QJsonArray rows;
    for (const RegisteredStation &entry : *entries)
        rows.append(QJsonObject{{QStringLiteral("station_id"), entry.stationId},
            {QStringLiteral("code"), entry.code},
            {QStringLiteral("signing_public"), encoded(entry.signingPublic)},
            {QStringLiteral("agreement_public"), encoded(entry.agreementPublic)},
            {QStringLiteral("admin_station"), entry.adminStation},
            {QStringLiteral("registered_utc"), isoUtc(entry.registeredUtc)},
            {QStringLiteral("registered_by"), entry.registeredBy},
            {QStringLiteral("revoked_utc"),
                entry.isRevoked() ? QJsonValue(isoUtc(entry.revokedUtc)) : QJsonValue()}});
    return rows;
}

Result<void> StationRegistry::apply(Store &store, const QJsonArray &rows)
{
    Database &db = store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        const QString id = row.value(QStringLiteral("station_id")).toString();
        const QString code = row.value(QStringLiteral("code")).toString();
        const QString signing = row.value(QStringLiteral("signing_public")).toString();
        const QString agreement = row.value(QStringLiteral("agreement_public")).toString();
        const QDateTime registered =
            fromIsoUtc(row.value(QStringLiteral("registered_utc")).toString());
        const QJsonValue revoked = row.value(QStringLiteral("revoked_utc"));
        if (id.isEmpty() || code.isEmpty() || decodedKey(signing).isEmpty()
            || decodedKey(agreement).isEmpty() || !registered.isValid()
            || !(revoked.isNull() || fromIsoUtc(revoked.toString()).isValid()))
            return Error{ErrorCode::IntegrityFailure,
                tr("The published configuration has an invalid station registration.")};
        // A revocation stays: the earliest one known wins, a later file never lifts it.
        QSqlQuery &upsert = db.prepared(QStringLiteral(
            "INSERT INTO station_registry (station_id, code, signing_public, agreement_public, "
            "admin_station, registered_utc, registered_by, revoked_utc) VALUES (?, ?, ?, ?, ?, ?, "
            "?, ?) ON CONFLICT (station_id) DO UPDATE SET code = excluded.code, signing_public = "
            "CASE WHEN revoked_utc IS NULL THEN excluded.signing_public ELSE signing_public END, "
            "agreement_public = CASE WHEN revoked_utc IS NULL THEN excluded.agreement_public ELSE "
            "agreement_public END, admin_station = excluded.admin_station, registered_utc = "
            "excluded.registered_utc, registered_by = excluded.registered_by, revoked_utc = "
            "CASE WHEN revoked_utc IS NULL THEN excluded.revoked_utc WHEN excluded.revoked_utc IS "
            "NULL THEN revoked_utc ELSE min(revoked_utc, excluded.revoked_utc) END"));
        if (auto run = db.exec(upsert,
                {id, code, signing, agreement,
                    row.value(QStringLiteral("admin_station")).toBool() ? 1 : 0, isoUtc(registered),
                    Database::bindable(row.value(QStringLiteral("registered_by")).toString()),
                    revoked.isNull() ? QVariant()
                                     : QVariant(isoUtc(fromIsoUtc(revoked.toString())))});
            !run)
            return run;
    }
    return transaction.commit();
}

} // namespace recaisse::core::sync
