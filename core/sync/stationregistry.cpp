#include "stationregistry.h"

#include "core/crypto.h"
#include "core/ledger.h"
#include "core/store.h"
#include "core/users.h"
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

// The retired keys of a station, oldest first.
Result<QList<RetiredKey>> retiredKeys(Store &store, const QString &stationId)
{
    QSqlQuery &query = store.db().prepared(
        QStringLiteral("SELECT signing_public, journal_through, retired_utc FROM "
                       "station_retired_key WHERE station_id = ? ORDER BY retired_utc, "
                       "journal_through"));
    if (auto run = store.db().exec(query, {stationId}); !run)
        return run.error();
    QList<RetiredKey> keys;
    while (query.next())
        keys.append(RetiredKey{decodedKey(query.value(0).toString()), query.value(1).toLongLong(),
            fromIsoUtc(query.value(2).toString())});
    query.finish();
    return keys;
}

Result<void> insertRetired(Store &store, const QString &stationId, const RetiredKey &key)
{
    QSqlQuery &insert = store.db().prepared(QStringLiteral(
        "INSERT INTO station_retired_key (station_id, signing_public, journal_through, "
        "retired_utc) VALUES (?, ?, ?, ?) ON CONFLICT (station_id, signing_public) DO NOTHING"));
    return store.db().exec(insert,
        {stationId, encoded(key.signingPublic), key.journalThrough, isoUtc(key.retiredUtc)});
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

Result<void> StationRegistry::replaceKeys(Store &store, const QString &stationId,
    const QByteArray &previousSigning, const QByteArray &signingPublic,
    const QByteArray &agreementPublic, qint64 journalThrough, const QString &actorId)
{
    if (signingPublic.size() != crypto::keyBytes || agreementPublic.size() != crypto::keyBytes
        || journalThrough < 0)
        return Error{
            ErrorCode::InvalidInput, tr("The new keys of a restored station are not valid.")};
    Database &db = store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    auto entry = registered(store, stationId);
    if (!entry)
        return Error{ErrorCode::Conflict, entry.error().message};
    if (entry->isRevoked())
        return Error{ErrorCode::Conflict,
            tr("Station %1 was revoked: its keys cannot be replaced.").arg(entry->code)};
    if (entry->signingPublic != previousSigning)
        return Error{ErrorCode::Conflict,
            tr("The keys of station %1 changed since: this replacement is out of date.")
                .arg(entry->code)};
    // The lost computer's key posted as the "new" one would stay current while the shop
    // believes it retired.
    if (signingPublic == previousSigning)
        return Error{ErrorCode::Conflict,
            tr("Station %1 already signs with this key: a restore needs new keys.")
                .arg(entry->code)};
    for (const RetiredKey &retired : std::as_const(entry->retired)) {
        if (retired.signingPublic == signingPublic)
            return Error{ErrorCode::Conflict,
                tr("Station %1 cannot take back a key it gave up.").arg(entry->code)};
    }
    const QDateTime now = store.clock().nowUtc();
    if (auto kept = insertRetired(store, stationId, {previousSigning, journalThrough, now}); !kept)
        return kept;
    QSqlQuery &update = db.prepared(QStringLiteral("UPDATE station_registry SET signing_public = "
                                                   "?, agreement_public = ? WHERE station_id = ?"));
    if (auto run = db.exec(update, {encoded(signingPublic), encoded(agreementPublic), stationId});
        !run)
        return run;
    if (auto audited = AuditLog(store).record(actorId, QStringLiteral("station.rekey"), entry->code,
            {{QStringLiteral("station_id"), stationId},
                {QStringLiteral("journal_through"), journalThrough}});
        !audited)
        return audited;
    return transaction.commit();
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
    if (entry) {
        auto retired = retiredKeys(store, stationId);
        if (!retired)
            return retired.error();
        entry->retired = *retired;
    }
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
    for (RegisteredStation &entry : entries) {
        auto retired = retiredKeys(store, entry.stationId);
        if (!retired)
            return retired.error();
        entry.retired = *retired;
    }
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
    // The first administrator's PIN was hashed before the shop had its pepper.
    if (auto peppered = Users(store).pepperPinHashes(); !peppered)
        return peppered.error();
    return keys;
}

Result<QJsonArray> StationRegistry::collect(Store &store)
{
    auto entries = all(store);
    if (!entries)
        return entries.error();
    QJsonArray rows;
    for (const RegisteredStation &entry : *entries)
        rows.append(row(entry));
    return rows;
}

QJsonObject StationRegistry::row(const RegisteredStation &entry)
{
    QJsonArray retired;
    for (const RetiredKey &key : entry.retired)
        retired.append(QJsonObject{{QStringLiteral("signing_public"), encoded(key.signingPublic)},
            {QStringLiteral("journal_through"), key.journalThrough},
            {QStringLiteral("retired_utc"), isoUtc(key.retiredUtc)}});
    QJsonObject object{{QStringLiteral("station_id"), entry.stationId},
        {QStringLiteral("code"), entry.code},
        {QStringLiteral("signing_public"), encoded(entry.signingPublic)},
        {QStringLiteral("agreement_public"), encoded(entry.agreementPublic)},
        {QStringLiteral("admin_station"), entry.adminStation},
        {QStringLiteral("registered_utc"), isoUtc(entry.registeredUtc)},
        {QStringLiteral("registered_by"), entry.registeredBy},
        {QStringLiteral("revoked_utc"),
            entry.isRevoked() ? QJsonValue(isoUtc(entry.revokedUtc)) : QJsonValue()}};
    // Only when there is one: a registry without restores publishes as it did before.
    if (!retired.isEmpty())
        object.insert(QStringLiteral("retired"), retired);
    return object;
}

std::optional<RegisteredStation> StationRegistry::parseRow(const QJsonObject &row)
{
    RegisteredStation entry;
    entry.stationId = row.value(QStringLiteral("station_id")).toString();
    entry.code = row.value(QStringLiteral("code")).toString();
    entry.signingPublic = decodedKey(row.value(QStringLiteral("signing_public")).toString());
    entry.agreementPublic = decodedKey(row.value(QStringLiteral("agreement_public")).toString());
    entry.adminStation = row.value(QStringLiteral("admin_station")).toBool();
    entry.registeredUtc = fromIsoUtc(row.value(QStringLiteral("registered_utc")).toString());
    entry.registeredBy = row.value(QStringLiteral("registered_by")).toString();
    const QJsonValue revoked = row.value(QStringLiteral("revoked_utc"));
    if (!revoked.isNull() && !revoked.isUndefined()) {
        entry.revokedUtc = fromIsoUtc(revoked.toString());
        if (!entry.revokedUtc.isValid())
            return std::nullopt;
    }
    if (entry.stationId.isEmpty() || entry.code.isEmpty() || entry.signingPublic.isEmpty()
        || entry.agreementPublic.isEmpty() || !entry.registeredUtc.isValid())
        return std::nullopt;
    for (const QJsonValue &value : row.value(QStringLiteral("retired")).toArray()) {
        const QJsonObject retired = value.toObject();
        const RetiredKey key{decodedKey(retired.value(QStringLiteral("signing_public")).toString()),
            retired.value(QStringLiteral("journal_through")).toInteger(-1),
            fromIsoUtc(retired.value(QStringLiteral("retired_utc")).toString())};
        if (key.signingPublic.isEmpty() || key.journalThrough < 0 || !key.retiredUtc.isValid())
            return std::nullopt;
        entry.retired.append(key);
    }
    return entry;
}

Result<void> StationRegistry::apply(Store &store, const QJsonArray &rows)
{
    Database &db = store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    for (const QJsonValue &value : rows) {
        const std::optional<RegisteredStation> entry = parseRow(value.toObject());
        if (!entry)
            return Error{ErrorCode::IntegrityFailure,
                tr("The published configuration has an invalid station registration.")};
        // Retired keys first: a key a restore replaced never comes back as the current one,
        // even from a configuration published before the restore was known there.
        for (const RetiredKey &key : entry->retired) {
            if (auto kept = insertRetired(store, entry->stationId, key); !kept)
                return kept;
        }
        // A revocation stays: the earliest one known wins, a later file never lifts it.
        QSqlQuery &upsert = db.prepared(QStringLiteral(
            "INSERT INTO station_registry (station_id, code, signing_public, agreement_public, "
            "admin_station, registered_utc, registered_by, revoked_utc) VALUES (?, ?, ?, ?, ?, ?, "
            "?, ?) ON CONFLICT (station_id) DO UPDATE SET code = excluded.code, signing_public = "
            "CASE WHEN revoked_utc IS NULL AND NOT %1 THEN excluded.signing_public ELSE "
            "signing_public END, agreement_public = CASE WHEN revoked_utc IS NULL AND NOT %1 THEN "
            "excluded.agreement_public ELSE agreement_public END, admin_station = "
            "excluded.admin_station, registered_utc = excluded.registered_utc, registered_by = "
            "excluded.registered_by, revoked_utc = CASE WHEN revoked_utc IS NULL THEN "
            "excluded.revoked_utc WHEN excluded.revoked_utc IS NULL THEN revoked_utc ELSE "
            "min(revoked_utc, excluded.revoked_utc) END")
                                            .arg(QStringLiteral(
                                                "EXISTS (SELECT 1 FROM station_retired_key "
                                                "r WHERE r.station_id = "
                                                "excluded.station_id AND r.signing_public "
                                                "= excluded.signing_public)")));
        if (auto run = db.exec(upsert,
                {entry->stationId, entry->code, encoded(entry->signingPublic),
                    encoded(entry->agreementPublic), entry->adminStation ? 1 : 0,
                    isoUtc(entry->registeredUtc), Database::bindable(entry->registeredBy),
                    entry->isRevoked() ? QVariant(isoUtc(entry->revokedUtc)) : QVariant()});
            !run)
            return run;
    }
    return transaction.commit();
}

} // namespace recaisse::core::sync
