#include "siteconfig.h"

#include "core/database.h"
#include "core/ledger.h"
#include "core/store.h"
#include "journalrecords.h"
#include "stationregistry.h"
#include "syncengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

namespace recaisse::core::sync {

namespace {

constexpr qint64 maxConfigBytes = 8 * 1024 * 1024;
const QString configFolder = QStringLiteral("config");

// Columns never published: per-station counters of failed logins.
const QStringList localOnlyColumns = {QStringLiteral("failed_attempts"),
    QStringLiteral("locked_until_utc"), QStringLiteral("is_local"),
    QStringLiteral("last_pull_utc")};

Result<QJsonArray> rowsOf(Store &store, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(store.db().connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return store.db().errorFrom(query.lastError());
    QJsonArray rows;
    while (query.next()) {
        const QSqlRecord record = query.record();
        QJsonObject row;
        for (int i = 0; i < record.count(); ++i) {
            if (localOnlyColumns.contains(record.fieldName(i)))
                continue;
            const QVariant value = query.value(i);
            // Blobs (the site's logo) travel as base64 in an object of their own.
            row.insert(record.fieldName(i),
                value.typeId() == QMetaType::QByteArray && !value.isNull()
                    ? QJsonValue(QJsonObject{{QStringLiteral("base64"),
                        QString::fromLatin1(value.toByteArray().toBase64())}})
                    : jsonFromSql(value));
        }
        rows.append(row);
    }
    return rows;
}

// Inserts or updates rows by id, with the columns both sides know (a newer publisher may
// have columns this version does not).
Result<void> upsert(
    Store &store, const QString &table, const QJsonArray &rows, const QStringList &keepLocal = {})
{
    QSqlQuery info(store.db().connection());
    if (!info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        return store.db().errorFrom(info.lastError());
    QStringList known;
    while (info.next())
        known.append(info.value(1).toString());
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        if (row.value(QStringLiteral("id")).toString().isEmpty())
            return Error{ErrorCode::IntegrityFailure,
                SiteConfig::tr("The published configuration has a row without id in %1.")
                    .arg(table)};
        QStringList names;
        QVariantList values;
        QStringList updates;
        for (auto it = row.begin(); it != row.end(); ++it) {
            if (!known.contains(it.key()) || localOnlyColumns.contains(it.key()))
                continue;
            const QJsonObject blob = it.value().toObject();
            const auto bound = blob.contains(QStringLiteral("base64"))
                ? std::optional<QVariant>(QByteArray::fromBase64(
                    blob.value(QStringLiteral("base64")).toString().toLatin1()))
                : sqlFromJson(it.value());
            if (!bound)
                return Error{ErrorCode::IntegrityFailure,
                    SiteConfig::tr("The published configuration has an invalid value in %1.")
                        .arg(table)};
            names.append(it.key());
            values.append(*bound);
            if (it.key() != QLatin1String("id") && !keepLocal.contains(it.key()))
                updates.append(it.key() + QStringLiteral(" = excluded.") + it.key());
        }
        QSqlQuery query(store.db().connection());
        query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO %4")
                          .arg(table, names.join(QLatin1Char(',')),
                              QStringList(names.size(), QStringLiteral("?")).join(QLatin1Char(',')),
                              updates.isEmpty() ? QStringLiteral("NOTHING")
                                                : QStringLiteral("UPDATE SET ")
                                      + updates.join(QLatin1Char(','))));
        for (const QVariant &bound : values)
            query.addBindValue(bound);
        if (auto result = store.db().exec(query); !result)
            return result;
    }
    return {};
}

qint64 versionOf(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{8})\\.json$"));
    const auto match = pattern.match(name);
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

} // namespace

bool SiteConfig::isPublisher(Store &store)
{
    return SyncEngine::state(store, QStringLiteral("joined")).isEmpty();
}

Result<QJsonObject> SiteConfig::collect(Store &store)
{
    auto site = rowsOf(store, QStringLiteral("SELECT * FROM site WHERE id = ?"), {store.site().id});
    if (!site)
        return site.error();
    auto categories = rowsOf(store, QStringLiteral("SELECT * FROM category ORDER BY id"));
    if (!categories)
        return categories.error();
    auto users = rowsOf(store,
        QStringLiteral("SELECT * FROM app_user WHERE site_id = ? ORDER BY id"), {store.site().id});
    if (!users)
        return users.error();
    auto stations = rowsOf(store,
        QStringLiteral(
            "SELECT id, variance_threshold_cents FROM station WHERE site_id = ? ORDER BY id"),
        {store.site().id});
    if (!stations)
        return stations.error();
    auto registry = StationRegistry::collect(store);
    if (!registry)
        return registry.error();
    return QJsonObject{{QStringLiteral("format"), QLatin1String(configFormat)},
        {QStringLiteral("site"), site->first()}, {QStringLiteral("categories"), *categories},
        {QStringLiteral("users"), *users}, {QStringLiteral("stations"), *stations},
        {QStringLiteral("registry"), *registry}};
}

RemoteResult<QJsonObject> SiteConfig::fetchLatest(Remote &remote, qint64 *version)
{
    auto listing = remote.list(configFolder);
    if (!listing)
        return listing.error();
    qint64 latest = 0;
    for (const RemoteEntry &entry : *listing)
        latest = std::max(latest, versionOf(entry.name));
    if (version)
        *version = latest;
    if (latest == 0)
        return RemoteError{
            Failure::NotFound, 0, tr("No shop configuration was published on this drive yet."), -1};
    auto data = remote.get(
        QStringLiteral("%1/%2.json").arg(configFolder).arg(latest, 8, 10, QLatin1Char('0')),
        maxConfigBytes);
    if (!data)
        return data.error();
    QJsonParseError error;
    const QJsonObject config = QJsonDocument::fromJson(*data, &error).object();
    if (error.error != QJsonParseError::NoError
        || config.value(QStringLiteral("format")).toString() != QLatin1String(configFormat)
        || !config.value(QStringLiteral("site")).isObject())
        return RemoteError{Failure::Protocol, 0,
            tr("The shop configuration version %1 on the drive is damaged.").arg(latest), -1};
    return config;
}

RemoteResult<bool> SiteConfig::publish(Store &store, Remote &remote)
{
    if (!isPublisher(store))
        return false;
    auto config = collect(store);
    if (!config)
        return RemoteError{Failure::Local, 0, config.error().message, -1};
    const QString digest = chainHash(QString(), *config);
    if (SyncEngine::state(store, QStringLiteral("config_published_hash")) == digest)
        return false;
    auto listing = remote.list(configFolder);
    if (!listing && listing.error().failure == Failure::NotFound) {
        if (auto made = remote.makeFolders(configFolder); !made)
            return made.error();
        listing = QList<RemoteEntry>{};
    }
    if (!listing)
        return listing.error();
    qint64 latest = 0;
    for (const RemoteEntry &entry : *listing)
        latest = std::max(latest, versionOf(entry.name));
    QJsonObject versioned = *config;
    versioned.insert(QStringLiteral("version"), latest + 1);
    versioned.insert(QStringLiteral("published_utc"), isoUtc(store.clock().nowUtc()));
    versioned.insert(QStringLiteral("publisher"), store.station().id);
    const QString name = QStringLiteral("%1.json").arg(latest + 1, 8, 10, QLatin1Char('0'));
    const QString temporary = QStringLiteral("%1/.upload-%2.part").arg(configFolder, name);
    if (auto result = remote.put(temporary, QJsonDocument(versioned).toJson()); !result)
        return result.error();
    if (auto result = remote.move(temporary, configFolder + QLatin1Char('/') + name); !result)
        return result.error();
    if (auto saved = SyncEngine::setState(store, QStringLiteral("config_published_hash"), digest);
        !saved)
        return RemoteError{Failure::Local, 0, saved.error().message, -1};
    return true;
}

RemoteResult<bool> SiteConfig::applyLatest(Store &store, Remote &remote)
{
    if (isPublisher(store))
        return false;
    qint64 version = 0;
    auto config = fetchLatest(remote, &version);
    if (!config)
        return config.error().failure == Failure::NotFound ? RemoteResult<bool>(false)
                                                           : RemoteResult<bool>(config.error());
    if (version <= SyncEngine::state(store, QStringLiteral("config_applied_version")).toLongLong())
        return false;
    if (auto result = apply(store, *config); !result)
        return RemoteError{
            result.error().code == ErrorCode::IntegrityFailure ? Failure::Protocol : Failure::Local,
            0, result.error().message, -1};
    if (auto saved = SyncEngine::setState(
            store, QStringLiteral("config_applied_version"), QString::number(version));
        !saved)
        return RemoteError{Failure::Local, 0, saved.error().message, -1};
    return true;
}

Result<void> SiteConfig::apply(Store &store, const QJsonObject &config)
{
    const QJsonObject site = config.value(QStringLiteral("site")).toObject();
    if (site.value(QStringLiteral("id")).toString() != store.site().id)
        return Error{ErrorCode::IntegrityFailure,
            tr("The configuration on the drive belongs to another shop.")};
    Database &db = store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    // The tree arrives in id order; a child may come before its parent.
    if (auto result = db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !result)
        return result;
    if (auto result = upsert(
            store, QStringLiteral("site"), QJsonArray{site}, {QStringLiteral("created_utc")});
        !result)
        return result;
    if (auto result = upsert(store, QStringLiteral("category"),
            config.value(QStringLiteral("categories")).toArray());
        !result)
        return result;
    if (auto result = upsert(
            store, QStringLiteral("app_user"), config.value(QStringLiteral("users")).toArray());
        !result)
        return result;
    if (auto result =
            StationRegistry::apply(store, config.value(QStringLiteral("registry")).toArray());
        !result)
        return result;
    for (const QJsonValue &value : config.value(QStringLiteral("stations")).toArray()) {
        const QJsonObject station = value.toObject();
        if (station.value(QStringLiteral("id")).toString() != store.station().id)
            continue;
        QSqlQuery &threshold = db.prepared(QStringLiteral(
            "UPDATE station SET variance_threshold_cents = ? WHERE id = ? AND is_local = 1"));
        const qint64 cents =
            station.value(QStringLiteral("variance_threshold_cents")).toInteger(-1);
        if (cents >= 0) {
            if (auto result = db.exec(threshold, {cents, store.station().id}); !result)
                return result;
        }
    }
    if (auto result = transaction.commit(); !result)
        return result;
    store.categoryCache().valid = false;
    return store.reloadIdentity();
}

SiteInfo SiteConfig::siteOf(const QJsonObject &config)
{
    const QJsonObject row = config.value(QStringLiteral("site")).toObject();
    SiteInfo site;
    site.id = row.value(QStringLiteral("id")).toString();
    site.name = row.value(QStringLiteral("name")).toString();
    site.timeZone = row.value(QStringLiteral("time_zone")).toString();
    site.address = row.value(QStringLiteral("address")).toString();
    site.demo = row.value(QStringLiteral("demo")).toInteger() == 1;
    return site;
}

RemoteResult<std::unique_ptr<Store>> SiteConfig::join(Remote &remote, const QString &path,
    const QString &code, StationKind kind, const Clock &clock, const QString &stationId)
{
    qint64 version = 0;
    auto config = fetchLatest(remote, &version);
    if (!config)
        return config.error();
    const SiteInfo site = siteOf(*config);
    // A code already used by a station of the shop would make two series of the same numbers.
    // Fails closed: a drive that cannot be listed, or a station whose identity cannot be read,
    // could hide that code. Only a station folder without its identity yet (it was prepared,
    // nothing published) has no code to compare.
    auto stations = remote.list(QStringLiteral("stations"));
    if (!stations) {
        RemoteError error = stations.error();
        error.message =
            tr("The stations of the shop cannot be listed, so the code %1 cannot be checked: %2")
                .arg(code.trimmed().toUpper().left(16), error.message);
        return error;
    }
    for (const RemoteEntry &entry : *stations) {
        if (!entry.isFolder)
            continue;
        auto identity =
            remote.get(stationFolder(entry.name) + QStringLiteral("/station.json"), 64 * 1024);
        if (!identity) {
            if (identity.error().failure == Failure::NotFound)
                continue;
            RemoteError error = identity.error();
            error.message = tr("A station of the shop cannot be read, so the code %1 cannot be "
                               "checked: %2")
                                .arg(code.trimmed().toUpper().left(16), error.message);
            return error;
        }
        if (QJsonDocument::fromJson(*identity).object().value(QStringLiteral("code")).toString()
            == code.trimmed().toUpper())
            return RemoteError{Failure::Local, 0,
                tr("The shop already has a station %1: choose another code.").arg(code.toUpper()),
                -1};
    }
    auto store = Store::createForSite(path, site, code, kind, clock, stationId);
    if (!store)
        return RemoteError{Failure::Local, 0, store.error().message, -1};
    const auto finish = [&]() -> Result<void> {
        if (auto result =
                SyncEngine::setState(**store, QStringLiteral("joined"), QStringLiteral("1"));
            !result)
            return result;
        if (auto result = apply(**store, *config); !result)
            return result;
        if (auto result = SyncEngine::setState(
                **store, QStringLiteral("config_applied_version"), QString::number(version));
            !result)
            return result;
        return AuditLog(**store).record(QString(), QStringLiteral("station.join"),
            (*store)->station().code, {{QStringLiteral("site"), site.name}});
    }();
    if (!finish) {
        store->reset();
        Database::removeFiles(path);
        return RemoteError{Failure::Local, 0, finish.error().message, -1};
    }
    return std::move(*store);
}

} // namespace recaisse::core::sync
