#include "siteconfig.h"

#include "core/crypto.h"
#include "core/database.h"
#include "core/ledger.h"
#include "core/money.h"
#include "core/notify/notifyconfig.h"
#include "core/password.h"
#include "core/solidarity.h"
#include "core/store.h"
#include "core/technicalevents.h"
#include "core/users.h"
#include "journalrecords.h"
#include "rekey.h"
#include "sealedremote.h"
#include "sheets.h"
#include "stationregistry.h"
#include "syncengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

#include <array>

namespace recaisse::core::sync {

namespace {

constexpr qint64 maxConfigBytes = 8 * 1024 * 1024;
const QString configFolder = QStringLiteral("config");

// Columns never published: per-station counters of failed logins, and what this PC saw of the
// other stations (its last pull, their heartbeats).
const QStringList localOnlyColumns = {QStringLiteral("failed_attempts"),
    QStringLiteral("locked_until_utc"), QStringLiteral("is_local"), QStringLiteral("last_pull_utc"),
    QStringLiteral("heartbeat_utc"), QStringLiteral("heartbeat_seq")};

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

// Version numbers fit the 8 digits of the file names; a publisher never goes past them.
constexpr qint64 maxVersion = 99'999'999;

// One configuration file: "config/<8-digit version>-<publishing station id>.json" (the older
// "config/<version>.json" has no station). Concurrent versions of two administration stations
// never overwrite each other; the highest version wins, ties by station id.
struct ConfigFile
{
    qint64 version = 0;
    QString stationId;
    QString name;
    bool operator<(const ConfigFile &other) const
    {
        return version != other.version ? version < other.version : stationId < other.stationId;
    }
};

std::optional<ConfigFile> configFileOf(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{8})(?:-([0-9A-Za-z-]{1,64}))?\\.json$"));
    const auto match = pattern.match(name);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 version = match.captured(1).toLongLong();
    if (version < 1)
        return std::nullopt;
    return ConfigFile{version, match.captured(2), name};
}

// Newest first.
QList<ConfigFile> configFiles(const QList<RemoteEntry> &listing)
{
    QList<ConfigFile> files;
    for (const RemoteEntry &entry : listing) {
        if (const auto file = configFileOf(entry.name); file && !entry.isFolder)
            files.append(*file);
    }
    std::sort(files.begin(), files.end(), [](const auto &a, const auto &b) { return b < a; });
    return files;
}

QString configPath(const QString &name)
{
    return QStringLiteral("config/") + name;
}

// The version this station holds: the last one it applied or published.
qint64 heldVersion(Store &store)
{
    return SyncEngine::state(store, QStringLiteral("config_applied_version")).toLongLong();
}

// The person whose change this station publishes: the author of its latest change to what the
// configuration carries (users, categories and their partners, site, settings, stations, the
// recovery key, the till's solidarity presets, containers, towns, notification rules, the Google
// Sheets settings).
QString actingUser(Store &store)
{
    QSqlQuery query(store.db().connection());
    query.prepare(QStringLiteral(
        "SELECT actor_id FROM audit_event WHERE station_id = ? AND actor_id <> '' AND (action "
        "LIKE 'user.%' OR action LIKE 'category.%' OR action LIKE 'site.%' OR action LIKE "
        "'settings.%' OR action LIKE 'station.%' OR action LIKE 'recovery.%' OR action LIKE "
        "'solidarity.%' OR action LIKE 'container.%' OR action LIKE 'town.%' OR action LIKE "
        "'notify.%' OR action = 'sheets.settings') ORDER BY seq DESC "
        "LIMIT 1"));
    query.addBindValue(store.station().id);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool isAdministrator(const QJsonObject &user)
{
    const QString role = user.value(QStringLiteral("role")).toString();
    return (role == QLatin1String("admin") || role == QLatin1String("super-admin"))
        && user.value(QStringLiteral("active")).toInteger(1) != 0;
}

QHash<QString, QJsonObject> byId(const QJsonArray &rows, const QString &key = QStringLiteral("id"))
{
    QHash<QString, QJsonObject> map;
    for (const QJsonValue &value : rows)
        map.insert(value.toObject().value(key).toString(), value.toObject());
    return map;
}

QString amountOf(const QJsonValue &cents)
{
    return cents.isNull() || cents.isUndefined() ? QStringLiteral("—")
                                                 : money::format(cents.toInteger());
}

QString weightOf(const QJsonValue &grams)
{
    return grams.isNull() || grams.isUndefined() ? QStringLiteral("—")
                                                 : weight::format(grams.toInteger());
}

// What applying `next` over `previous` changes, one readable line each.
QStringList describeChanges(const QJsonObject &previous, const QJsonObject &next)
{
    QStringList changes;
    const auto before = byId(previous.value(QStringLiteral("users")).toArray());
    const auto after = byId(next.value(QStringLiteral("users")).toArray());
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const QString name = it->value(QStringLiteral("name")).toString();
        const auto old = before.constFind(it.key());
        if (old == before.cend()) {
            changes << SiteConfig::tr("user %1 added (%2)")
                           .arg(name, it->value(QStringLiteral("role")).toString());
            continue;
        }
        if (old->value(QStringLiteral("role")) != it->value(QStringLiteral("role")))
            changes << SiteConfig::tr("role of %1: %2 → %3")
                           .arg(name, old->value(QStringLiteral("role")).toString(),
                               it->value(QStringLiteral("role")).toString());
        const QString oldHash = old->value(QStringLiteral("pin_hash")).toString();
        const QString newHash = it->value(QStringLiteral("pin_hash")).toString();
        if (password::isPepperingOf(oldHash, newHash))
            changes << SiteConfig::tr("PIN of %1 now protected by the shop's key").arg(name);
        else if (oldHash != newHash)
            changes << SiteConfig::tr("PIN of %1 changed").arg(name);
        if (old->value(QStringLiteral("active")) != it->value(QStringLiteral("active")))
            changes << (it->value(QStringLiteral("active")).toInteger(1) != 0
                    ? SiteConfig::tr("user %1 reactivated").arg(name)
                    : SiteConfig::tr("user %1 deactivated").arg(name));
        if (old->value(QStringLiteral("name")) != it->value(QStringLiteral("name")))
            changes << SiteConfig::tr("user %1 renamed %2")
                           .arg(old->value(QStringLiteral("name")).toString(), name);
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            changes << SiteConfig::tr("user %1 removed")
                           .arg(it->value(QStringLiteral("name")).toString());
    }
    const auto oldCategories = byId(previous.value(QStringLiteral("categories")).toArray());
    const auto newCategories = byId(next.value(QStringLiteral("categories")).toArray());
    for (auto it = newCategories.cbegin(); it != newCategories.cend(); ++it) {
        const QString name = it->value(QStringLiteral("name")).toString();
        const auto old = oldCategories.constFind(it.key());
        if (old == oldCategories.cend()) {
            changes << SiteConfig::tr("category %1 added").arg(name);
            continue;
        }
        const auto changed = [&](const char *column) {
            return old->value(QLatin1String(column)) != it->value(QLatin1String(column));
        };
        const auto value = [](const QJsonObject &row, const char *column) {
            return row.value(QLatin1String(column));
        };
        if (changed("default_price_cents"))
            changes << SiteConfig::tr("price of %1: %2 → %3")
                           .arg(name, amountOf(value(*old, "default_price_cents")),
                               amountOf(value(*it, "default_price_cents")));
        if (changed("min_price_cents") || changed("max_price_cents"))
            changes << SiteConfig::tr("price range of %1: %2–%3 → %4–%5")
                           .arg(name, amountOf(value(*old, "min_price_cents")),
                               amountOf(value(*old, "max_price_cents")),
                               amountOf(value(*it, "min_price_cents")),
                               amountOf(value(*it, "max_price_cents")));
        if (changed("eee_code"))
            changes << SiteConfig::tr("EEE code of %1: %2 → %3")
                           .arg(name, value(*old, "eee_code").toString(QStringLiteral("—")),
                               value(*it, "eee_code").toString(QStringLiteral("—")));
        if (changed("average_weight_grams"))
            changes << SiteConfig::tr("average weight of %1: %2 → %3")
                           .arg(name, weightOf(value(*old, "average_weight_grams")),
                               weightOf(value(*it, "average_weight_grams")));
        if (changed("name"))
            changes << SiteConfig::tr("category %1 renamed %2")
                           .arg(value(*old, "name").toString(), name);
        if (changed("active"))
            changes << SiteConfig::tr("category %1 %2")
                           .arg(name,
                               it->value(QStringLiteral("active")).toInteger(1) != 0
                                   ? SiteConfig::tr("reactivated")
                                   : SiteConfig::tr("deactivated"));
    }
    const auto oldStations =
        byId(previous.value(QStringLiteral("registry")).toArray(), QStringLiteral("station_id"));
    const auto newStations =
        byId(next.value(QStringLiteral("registry")).toArray(), QStringLiteral("station_id"));
    for (auto it = newStations.cbegin(); it != newStations.cend(); ++it) {
        const QString code = it->value(QStringLiteral("code")).toString();
        const auto old = oldStations.constFind(it.key());
        if (old == oldStations.cend())
            changes << SiteConfig::tr("station %1 registered").arg(code);
        else if (old->value(QStringLiteral("revoked_utc")).isNull()
            && !it->value(QStringLiteral("revoked_utc")).isNull())
            changes << SiteConfig::tr("station %1 revoked").arg(code);
        if (old != oldStations.cend()
            && old->value(QStringLiteral("admin_station"))
                != it->value(QStringLiteral("admin_station")))
            changes << (it->value(QStringLiteral("admin_station")).toBool()
                    ? SiteConfig::tr("station %1 made an administration station").arg(code)
                    : SiteConfig::tr("station %1 no longer an administration station").arg(code));
    }
    const QJsonObject previousSite = previous.value(QStringLiteral("site")).toObject();
    const QJsonObject nextSite = next.value(QStringLiteral("site")).toObject();
    if (previousSite.value(QStringLiteral("solidarity_presets"))
        != nextSite.value(QStringLiteral("solidarity_presets")))
        changes << SiteConfig::tr("solidarity prices and free gifts changed");
    if (previous.value(QStringLiteral("site")) != next.value(QStringLiteral("site")))
        changes << SiteConfig::tr("shop identity or branding changed");
    if (previous.value(QStringLiteral("stations")) != next.value(QStringLiteral("stations")))
        changes << SiteConfig::tr("registers' thresholds changed");
    return changes;
}

RemoteError untrustedConfig(const ConfigFile &file, const QString &reason)
{
    return RemoteError{Failure::Untrusted, 0,
        SiteConfig::tr("Refused %1 from the drive: %2").arg(configPath(file.name), reason), -1};
}

// One configuration file, opened (through the sealing layer when the remote is one) and checked
// against its name: format, version, publisher and signer.
RemoteResult<QJsonObject> fetchFile(Remote &remote, const ConfigFile &file)
{
    auto data = remote.get(configPath(file.name), maxConfigBytes);
    if (!data)
        return data.error();
    if (data->startsWith("recaisse-sealed"))
        return RemoteError{Failure::Untrusted, 0,
            SiteConfig::tr("The shop's drive is encrypted: this station needs the shop's key "
                           "(join the shop with a join code approved by an administrator)."),
            -1};
    QJsonParseError error;
    const QJsonObject config = QJsonDocument::fromJson(*data, &error).object();
    if (error.error != QJsonParseError::NoError
        || config.value(QStringLiteral("format")).toString() != QLatin1String(configFormat)
        || !config.value(QStringLiteral("site")).isObject())
        return RemoteError{Failure::Protocol, 0,
            SiteConfig::tr("The shop configuration version %1 on the drive is damaged.")
                .arg(file.version),
            -1};
    if (config.value(QStringLiteral("version")).toInteger(-1) != file.version)
        return untrustedConfig(file, SiteConfig::tr("its content is another version."));
    const QString publisher = config.value(QStringLiteral("publisher")).toString();
    if (!file.stationId.isEmpty() && publisher != file.stationId)
        return untrustedConfig(file, SiteConfig::tr("its content names another publisher."));
    if (const auto *sealed = dynamic_cast<const SealedRemote *>(&remote);
        sealed && sealed->lastSigner() != publisher)
        return untrustedConfig(file, SiteConfig::tr("it is not signed by its publisher."));
    return config;
}

// A list of the site's configuration (its containers, its towns) as the administration station
// published it, under the table's name plus "s": the table's rows replaced by the published ones.
// A configuration from before the list was published leaves the station's rows as they are.
Result<void> replaceSiteList(Database &db, const QJsonObject &config, const QString &table,
    const std::array<QString, 3> &columns, const QString &invalid)
{
    const QString key = table + QLatin1Char('s');
    if (!config.contains(key))
        return {};
    if (auto result = db.exec(QStringLiteral("DELETE FROM %1").arg(table)); !result)
        return result;
    QSqlQuery &insert = db.prepared(QStringLiteral("INSERT INTO %1 (%2, %3, %4) VALUES (?, ?, ?)")
                                        .arg(table, columns[0], columns[1], columns[2]));
    for (const QJsonValue &value : config.value(key).toArray()) {
        const QJsonObject row = value.toObject();
        if (auto result = db.exec(insert,
                {row.value(columns[0]).toVariant(), row.value(columns[1]).toVariant(),
                    row.value(columns[2]).toVariant()});
            !result)
            return Error{ErrorCode::IntegrityFailure, invalid};
    }
    return {};
}

// Who a configuration says made it: the publishing station's code (from the registry held
// here, else its id) and the acting administrator's id and name.
struct ConfigurationAuthor
{
    QString stationCode;
    QString actorId;
    QString actorName;
};

ConfigurationAuthor authorOf(Store &store, const QJsonObject &config)
{
    const QString publisher = config.value(QStringLiteral("publisher")).toString();
    auto registered = StationRegistry::find(store, publisher);
    ConfigurationAuthor author;
    author.stationCode = registered && *registered ? (*registered)->code : publisher.left(40);
    author.actorId = config.value(QStringLiteral("actor_id")).toString();
    const auto users = byId(config.value(QStringLiteral("users")).toArray());
    author.actorName = users.value(author.actorId).value(QStringLiteral("name")).toString();
    return author;
}

// The technical event of the chain (journal des événements techniques) for a configuration
// applied here: the program applies it, for the administrator named in it.
Result<void> recordConfigurationEvent(Store &store, const ConfigurationAuthor &author,
    qint64 version, int changes, bool first = false)
{
    QJsonObject details{{QStringLiteral("version"), version},
        {QStringLiteral("station"), author.stationCode},
        {QStringLiteral("user_id"), author.actorId}, {QStringLiteral("user"), author.actorName},
        {QStringLiteral("changes"), changes}};
    if (first)
        details.insert(QStringLiteral("first"), true);
    auto recorded =
        TechnicalEvents(store).record(QString(), TechnicalEventKind::Configuration, details);
    if (!recorded)
        return recorded.error();
    return {};
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
    // Which eco-organism each category is declared to: every station's declarations agree.
    auto partners = rowsOf(store,
        QStringLiteral("SELECT category_id, partner, partner_code, set_by, set_utc FROM "
                       "category_partner ORDER BY category_id"));
    if (!partners)
        return partners.error();
    // The containers' tares: every station subtracts the same ones.
    auto containers =
        rowsOf(store, QStringLiteral("SELECT id, name, tare_grams FROM container ORDER BY id"));
    if (!containers)
        return containers.error();
    // The towns deposits may name.
    auto towns = rowsOf(store, QStringLiteral("SELECT id, name, postcode FROM town ORDER BY id"));
    if (!towns)
        return towns.error();
    QJsonObject config{{QStringLiteral("format"), QLatin1String(configFormat)},
        {QStringLiteral("site"), site->first()}, {QStringLiteral("categories"), *categories},
        {QStringLiteral("users"), *users}, {QStringLiteral("stations"), *stations},
        {QStringLiteral("registry"), *registry}, {QStringLiteral("category_partners"), *partners},
        {QStringLiteral("containers"), *containers}, {QStringLiteral("towns"), *towns}};
    // The notification settings, without their secrets (each station's keychain keeps them).
    auto notifications = notify::NotifyConfig::collect(store);
    if (!notifications)
        return notifications.error();
    config.insert(QStringLiteral("notifications"), *notifications);
    // The Google Sheets settings, once set, without the service account's key.
    if (const QJsonObject sheets = SheetsSync::collectConfig(store); !sheets.isEmpty())
        config.insert(QStringLiteral("sheets"), sheets);
    // What the recovery key signs (a restored station's new keys) is checked against this.
    if (const QByteArray recovery = StationRekey::trustedPublic(store); !recovery.isEmpty())
        config.insert(
            QStringLiteral("recovery_signing_public"), QString::fromLatin1(recovery.toBase64()));
    return config;
}

RemoteResult<QJsonObject> SiteConfig::fetchLatest(Remote &remote, qint64 *version)
{
    auto listing = remote.list(configFolder);
    if (!listing)
        return listing.error();
    if (version)
        *version = 0;
    // The newest version that opens; a forged or damaged newer file does not hide it.
    RemoteError refused{
        Failure::NotFound, 0, tr("No shop configuration was published on this drive yet."), -1};
    for (const ConfigFile &file : configFiles(*listing)) {
        auto config = fetchFile(remote, file);
        if (config) {
            if (version)
                *version = file.version;
            return config;
        }
        if (config.error().failure != Failure::Untrusted
            && config.error().failure != Failure::Protocol)
            return config.error();
        refused = config.error();
    }
    return refused;
}

bool SiteConfig::mayPublish(Store &store)
{
    // A database without any registered station (before sealed sync, or a test over a bare
    // remote): the shop's first station publishes, as it always did.
    const auto registered = StationRegistry::all(store);
    if (registered && registered->isEmpty())
        return isPublisher(store);
    return StationRegistry::mayEditConfigurationHere(store);
}

RemoteResult<bool> SiteConfig::publish(Store &store, Remote &remote)
{
    if (!mayPublish(store))
        return false;
    // No PIN hash leaves without the site's pepper when this station knows it.
    if (auto peppered = Users(store).pepperPinHashes(); !peppered)
        return RemoteError{Failure::Local, 0, peppered.error().message, -1};
    auto config = collect(store);
    if (!config)
        return RemoteError{Failure::Local, 0, config.error().message, -1};
    const QString digest = chainHash(QString(), *config);
    if (SyncEngine::state(store, QStringLiteral("config_published_hash")) == digest)
        return false;
    // Every station refuses a configuration no administrator stands behind: one that changed
    // here without a person's change (applied registrations, local state) is not published.
    const QString actor = actingUser(store);
    if (actor.isEmpty())
        return false;
    if (auto made = remote.makeFolders(configFolder); !made)
        return made.error();
    // The next version follows the one this station holds, never a number read from the
    // drive: a planted config/99999999.json does not push the counter out of its 8 digits.
    const qint64 base = heldVersion(store);
    const qint64 version = base + 1;
    if (version > maxVersion)
        return RemoteError{Failure::Local, 0,
            tr("The shop configuration reached its last version number: nothing more can be "
               "published."),
            -1};
    QJsonObject versioned = *config;
    versioned.insert(QStringLiteral("version"), version);
    versioned.insert(QStringLiteral("base_version"), base);
    versioned.insert(QStringLiteral("published_utc"), isoUtc(store.clock().nowUtc()));
    versioned.insert(QStringLiteral("publisher"), store.station().id);
    versioned.insert(QStringLiteral("actor_id"), actor);
    const QString name =
        QStringLiteral("%1-%2.json").arg(version, 8, 10, QLatin1Char('0')).arg(store.station().id);
    const QString finalPath = configPath(name);
    const QString temporary = uploadPath(finalPath);
    if (auto result = remote.put(temporary, QJsonDocument(versioned).toJson()); !result)
        return result.error();
    if (auto result = remote.move(temporary, finalPath); !result)
        return result.error();
    if (auto saved = SyncEngine::setState(store, QStringLiteral("config_published_hash"), digest);
        !saved)
        return RemoteError{Failure::Local, 0, saved.error().message, -1};
    if (auto saved = SyncEngine::setState(
            store, QStringLiteral("config_applied_version"), QString::number(version));
        !saved)
        return RemoteError{Failure::Local, 0, saved.error().message, -1};
    return true;
}

RemoteResult<bool> SiteConfig::applyLatest(Store &store, Remote &remote)
{
    auto listing = remote.list(configFolder);
    if (!listing)
        return listing.error().failure == Failure::NotFound ? RemoteResult<bool>(false)
                                                            : RemoteResult<bool>(listing.error());
    const qint64 held = heldVersion(store);
    const QList<ConfigFile> files = configFiles(*listing);
    std::optional<RemoteError> refused;
    for (const ConfigFile &file : files) {
        // Versions this station holds or passed: a replayed old file changes nothing.
        if (file.version <= held)
            break;
        if (file.stationId == store.station().id)
            continue;
        auto config = fetchFile(remote, file);
        if (!config) {
            if (config.error().failure != Failure::Untrusted
                && config.error().failure != Failure::Protocol)
                return config.error();
            // Refused, the next candidate is tried: a forged newest file freezes nothing.
            SyncEngine::auditRefusal(store, config.error());
            if (!refused)
                refused = config.error();
            continue;
        }
        auto applied = applyChange(store, remote, file.version, *config);
        if (!applied) {
            if (applied.error().failure != Failure::Untrusted)
                return applied.error();
            SyncEngine::auditRefusal(store, applied.error());
            if (!refused)
                refused = applied.error();
            continue;
        }
        break;
    }
    if (refused)
        return *refused;
    return heldVersion(store) > held;
}

RemoteResult<void> SiteConfig::applyChange(
    Store &store, Remote &remote, qint64 version, const QJsonObject &config)
{
    const QString file = configPath(QStringLiteral("%1-%2.json")
                                        .arg(version, 8, 10, QLatin1Char('0'))
                                        .arg(config.value(QStringLiteral("publisher")).toString()));
    const auto refuse = [&](const QString &reason) {
        return RemoteError{
            Failure::Untrusted, 0, tr("Refused %1 from the drive: %2").arg(file, reason), -1};
    };
    const qint64 base = config.value(QStringLiteral("base_version")).toInteger(-1);
    if (base < 0 || base >= version)
        return refuse(tr("it does not say which version it builds on."));
    auto before = collect(store);
    if (!before)
        return RemoteError{Failure::Local, 0, before.error().message, -1};
    // The acting user must be an administrator in the configuration the change builds on: the
    // one held here when it is that one, else the base version from the drive.
    const QString actorId = config.value(QStringLiteral("actor_id")).toString();
    const bool registryKnown = !before->value(QStringLiteral("registry")).toArray().isEmpty();
    if (base > 0 || registryKnown) {
        QJsonObject baseConfig = *before;
        if (base != heldVersion(store)) {
            auto listing = remote.list(configFolder);
            if (listing) {
                for (const ConfigFile &candidate : configFiles(*listing)) {
                    if (candidate.version != base)
                        continue;
                    if (auto fetched = fetchFile(remote, candidate); fetched) {
                        baseConfig = *fetched;
                        break;
                    }
                }
            }
        }
        const auto users = byId(baseConfig.value(QStringLiteral("users")).toArray());
        if (actorId.isEmpty() || !users.contains(actorId) || !isAdministrator(users.value(actorId)))
            return refuse(
                tr("the person named as its author is not an administrator of the shop."));
    }

    const QStringList changes = describeChanges(*before, config);
    if (auto result = apply(store, config); !result)
        return RemoteError{result.error().code == ErrorCode::IntegrityFailure ? Failure::Untrusted
                                                                              : Failure::Local,
            0, result.error().message, -1};
    if (auto saved = SyncEngine::setState(
            store, QStringLiteral("config_applied_version"), QString::number(version));
        !saved)
        return RemoteError{Failure::Local, 0, saved.error().message, -1};
    // What this station holds now is what it would publish: no echo of the change.
    if (auto now = collect(store); now)
        (void)SyncEngine::setState(
            store, QStringLiteral("config_published_hash"), chainHash(QString(), *now));

    const ConfigurationAuthor author = authorOf(store, config);
    const QString &stationCode = author.stationCode;
    const QString &actorName = author.actorName;
    const QString summary =
        tr("applied from %1, by %2: %3")
            .arg(stationCode, actorName.isEmpty() ? tr("unknown") : actorName,
                changes.isEmpty() ? tr("no visible change") : changes.join(QStringLiteral("; ")));
    // The audit event, and the technical event of the chain (journal des événements
    // techniques): the program applies it, for the administrator named in it.
    Transaction transaction(store.db());
    if (!transaction.started())
        return RemoteError{Failure::Local, 0, transaction.started().error().message, -1};
    if (auto audited = AuditLog(store).record(actorId, QStringLiteral("config.apply"),
            QString::number(version),
            {{QStringLiteral("station"), stationCode}, {QStringLiteral("user"), actorName},
                {QStringLiteral("summary"), summary.left(4000)},
                {QStringLiteral("changes"), QJsonArray::fromStringList(changes)}});
        !audited)
        return RemoteError{Failure::Local, 0, audited.error().message, -1};
    if (auto recorded = recordConfigurationEvent(store, author, version, int(changes.size()));
        !recorded)
        return RemoteError{Failure::Local, 0, recorded.error().message, -1};
    if (auto committed = transaction.commit(); !committed)
        return RemoteError{Failure::Local, 0, committed.error().message, -1};
    return {};
}

Result<void> SiteConfig::apply(Store &store, const QJsonObject &config)
{
    const QJsonObject site = config.value(QStringLiteral("site")).toObject();
    if (site.value(QStringLiteral("id")).toString() != store.site().id)
        return Error{ErrorCode::IntegrityFailure,
            tr("The configuration on the drive belongs to another shop.")};
    // The till's solidarity presets: refused when they are not what an administration station
    // can set (Solidarity::checkPresets).
    if (const QJsonValue presets = site.value(QStringLiteral("solidarity_presets"));
        !presets.isNull() && !presets.isUndefined()) {
        const QJsonDocument document = QJsonDocument::fromJson(presets.toString().toUtf8());
        if (!document.isObject() || !Solidarity::presetsFromJson(document.object()))
            return Error{ErrorCode::IntegrityFailure,
                tr("The published configuration has invalid solidarity prices or gifts.")};
    }
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
    // The eco-organism mappings as the administration station holds them (a configuration from
    // before they were published leaves them as they are).
    if (config.contains(QStringLiteral("category_partners"))) {
        if (auto result = db.exec(QStringLiteral("DELETE FROM category_partner")); !result)
            return result;
        for (const QJsonValue &value :
            config.value(QStringLiteral("category_partners")).toArray()) {
            const QJsonObject row = value.toObject();
            const QString categoryId = row.value(QStringLiteral("category_id")).toString();
            if (categoryId.isEmpty()
                || !fromIsoUtc(row.value(QStringLiteral("set_utc")).toString()).isValid())
                return Error{ErrorCode::IntegrityFailure,
                    tr("The published configuration has an invalid eco-organism mapping.")};
            QSqlQuery &insert = db.prepared(QStringLiteral(
                "INSERT INTO category_partner (category_id, partner, partner_code, set_by, "
                "set_utc) VALUES (?, ?, ?, ?, ?)"));
            if (auto result = db.exec(insert,
                    {categoryId, row.value(QStringLiteral("partner")).toString(),
                        row.value(QStringLiteral("partner_code")).toString(),
                        row.value(QStringLiteral("set_by")).toString(),
                        row.value(QStringLiteral("set_utc")).toString()});
                !result)
                return Error{ErrorCode::IntegrityFailure,
                    tr("The published configuration has an invalid eco-organism mapping.")};
        }
    }
    // The containers' tares every station subtracts.
    if (auto result = replaceSiteList(db, config, QStringLiteral("container"),
            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("tare_grams")},
            tr("The published configuration has an invalid container."));
        !result)
        return result;
    // The notification settings the administrators set (a configuration from before they were
    // published leaves this station's as they are).
    if (config.contains(QStringLiteral("notifications"))) {
        if (auto result = notify::NotifyConfig::apply(
                store, config.value(QStringLiteral("notifications")).toObject());
            !result)
            return result;
    }
    if (config.contains(QStringLiteral("sheets"))) {
        if (auto result =
                SheetsSync::applyConfig(store, config.value(QStringLiteral("sheets")).toObject());
            !result)
            return result;
    }
    // The towns deposits may name.
    if (auto result = replaceSiteList(db, config, QStringLiteral("town"),
            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("postcode")},
            tr("The published configuration has an invalid town."));
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
    const auto recovery = QByteArray::fromBase64Encoding(
        config.value(QStringLiteral("recovery_signing_public")).toString().toLatin1(),
        QByteArray::AbortOnBase64DecodingErrors);
    if (recovery && recovery.decoded.size() == crypto::keyBytes) {
        if (auto trusted = StationRekey::setTrustedPublic(store, recovery.decoded); !trusted)
            return trusted;
    }
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
        // The first configuration is applied like every later one: a technical event of the
        // station's chain (journal des événements techniques).
        if (auto result = recordConfigurationEvent(**store, authorOf(**store, *config), version,
                int(describeChanges(QJsonObject(), *config).size()), true);
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
