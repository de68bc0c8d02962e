#include "store.h"

#include "categories.h"
#include "ledger.h"
#include "users.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

namespace recaisse::core {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString isoUtc(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIsoUtc(const QString &text)
{
    QDateTime value = QDateTime::fromString(text, Qt::ISODateWithMs);
    value.setTimeZone(QTimeZone::utc());
    return value;
}

Store::Store(std::unique_ptr<Database> db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

Result<std::unique_ptr<Store>> Store::create(
    const QString &path, const StationSetup &setup, const Clock &clock)
{
    const QString siteName = setup.siteName.trimmed();
    if (siteName.isEmpty() || siteName.size() > 120)
        return makeError(
            ErrorCode::InvalidInput, tr("The shop name must have between 1 and 120 characters."));
    auto validCode = validStationCode(setup.stationCode);
    if (!validCode)
        return validCode.error();
    const QString code = *validCode;
    const QTimeZone zone(setup.timeZone.trimmed().toLatin1());
    if (setup.timeZone.trimmed().isEmpty() || !zone.isValid())
        return makeError(
            ErrorCode::InvalidInput, tr("Unknown time zone \"%1\".").arg(setup.timeZone.left(60)));
    if (auto pin = Users::validatePin(setup.adminPin, Role::Admin); !pin)
        return pin.error();
    if (auto name = Users::validateName(setup.adminName); !name)
        return name.error();
    auto categories = CategoryCatalog::defaultTree();
    if (!categories)
        return categories.error();

    auto db = Database::open(path, Database::OpenMode::MustNotExist);
    if (!db)
        return db.error();
    auto store = initialize(std::move(*db), setup, siteName, code, *categories, clock);
    if (!store) {
        // Leave nothing half-created behind: the path can be used again once the cause is fixed.
        Database::removeFiles(path);
    }
    return store;
}

Result<QString> Store::validStationCode(const QString &text)
{
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9][A-Z0-9-]{0,15}$"));
    const QString code = text.trimmed().toUpper();
    if (!codePattern.match(code).hasMatch())
        return makeError(ErrorCode::InvalidInput,
            tr("The station code must be 1 to 16 letters, digits or dashes, such as "
               "CAISSE1."));
    return code;
}

Result<std::unique_ptr<Store>> Store::createForSite(const QString &path, const SiteInfo &site,
    const QString &stationCode, StationKind kind, const Clock &clock, const QString &stationId)
{
    auto code = validStationCode(stationCode);
    if (!code)
        return code.error();
    if (site.id.isEmpty() || site.name.trimmed().isEmpty()
        || !QTimeZone(site.timeZone.toLatin1()).isValid())
        return makeError(
            ErrorCode::InvalidInput, tr("The shop's published identity is incomplete."));
    auto db = Database::open(path, Database::OpenMode::MustNotExist);
    if (!db)
        return db.error();
    std::unique_ptr<Store> store(new Store(std::move(*db), clock));
    const auto created = [&]() -> Result<void> {
        Database &database = store->db();
        const QString now = isoUtc(clock.nowUtc());
        Transaction transaction(database);
        if (!transaction.started())
            return transaction.started();
        QSqlQuery siteRow(database.connection());
        siteRow.prepare(QStringLiteral("INSERT INTO site (id, name, time_zone, address, demo, "
                                       "created_utc) VALUES (?, ?, ?, ?, ?, ?)"));
        if (auto result = database.exec(siteRow,
                {site.id, site.name.trimmed(), site.timeZone, site.address, site.demo ? 1 : 0,
                    now});
            !result)
            return result;
        QSqlQuery station(database.connection());
        station.prepare(QStringLiteral("INSERT INTO station (id, site_id, code, kind, is_local, "
                                       "created_utc) VALUES (?, ?, ?, ?, 1, ?)"));
        if (auto result = database.exec(station,
                {stationId.isEmpty() ? newId() : stationId, site.id, *code, toKey(kind), now});
            !result)
            return result;
        if (auto result = store->loadIdentity(); !result)
            return result;
        return transaction.commit();
    }();
    if (!created) {
        store.reset();
        Database::removeFiles(path);
        return created.error();
    }
    return store;
}

Result<std::unique_ptr<Store>> Store::initialize(std::unique_ptr<Database> db,
    const StationSetup &setup, const QString &siteName, const QString &code,
    const QList<Category> &categories, const Clock &clock)
{
    std::unique_ptr<Store> store(new Store(std::move(db), clock));
    Database &database = store->db();
    const QString now = isoUtc(clock.nowUtc());
    const QString siteId = newId();
    const QString stationId = newId();
    {
        Transaction transaction(database);
        if (!transaction.started())
            return transaction.started().error();
        QSqlQuery site(database.connection());
        site.prepare(QStringLiteral(
            "INSERT INTO site (id, name, time_zone, demo, created_utc) VALUES (?, ?, ?, ?, ?)"));
        if (auto result =
                database.exec(site, {siteId, siteName, setup.timeZone, setup.demo ? 1 : 0, now});
            !result)
            return result.error();
        QSqlQuery station(database.connection());
        station.prepare(QStringLiteral("INSERT INTO station (id, site_id, code, kind, is_local, "
                                       "created_utc) VALUES (?, ?, ?, ?, 1, ?)"));
        if (auto result = database.exec(station, {stationId, siteId, code, toKey(setup.kind), now});
            !result)
            return result.error();
        if (auto result = store->loadIdentity(); !result)
            return result.error();
        if (auto result = CategoryCatalog(*store).seed(categories); !result)
            return result.error();
        auto admin = Users(*store).createFirstAdmin(setup.adminName.trimmed(), setup.adminPin);
        if (!admin)
            return admin.error();
        if (auto result = AuditLog(*store).record(admin->id, QStringLiteral("station.create"), code,
                {{QStringLiteral("site"), siteName}, {QStringLiteral("kind"), toKey(setup.kind)}});
            !result)
            return result.error();
        if (auto result = transaction.commit(); !result)
            return result.error();
    }
    return store;
}

Result<std::unique_ptr<Store>> Store::open(
    const QString &path, const Clock &clock, const QString &connectionName)
{
    auto db = Database::open(path, Database::OpenMode::MustExist, connectionName);
    if (!db)
        return db.error();
    std::unique_ptr<Store> store(new Store(std::move(*db), clock));
    if (auto result = store->loadIdentity(); !result)
        return result.error();
    return store;
}

Result<void> Store::loadIdentity()
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(QStringLiteral(
            "SELECT s.id, s.site_id, s.code, s.kind, s.variance_threshold_cents, t.name, "
            "t.time_zone, t.address, t.demo FROM station s JOIN site t ON t.id = s.site_id "
            "WHERE s.is_local = 1")))
        return m_db->errorFrom(query.lastError());
    if (!query.next())
        return makeError(ErrorCode::NotADatabase,
            tr("%1 has no station identity: it is not a ReCaisse station database.")
                .arg(m_db->path()));
    m_station.id = query.value(0).toString();
    m_station.siteId = query.value(1).toString();
    m_station.code = query.value(2).toString();
    m_station.kind = stationKindFromKey(query.value(3).toString()).value_or(StationKind::Register);
    m_station.varianceThresholdCents = query.value(4).toLongLong();
    m_site.id = m_station.siteId;
    m_site.name = query.value(5).toString();
    m_site.timeZone = query.value(6).toString();
    m_site.address = query.value(7).toString();
    m_site.demo = query.value(8).toBool();
    m_timeZone = QTimeZone(m_site.timeZone.toLatin1());
    if (!m_timeZone.isValid())
        m_timeZone = QTimeZone(QByteArrayLiteral("Europe/Paris"));
    query.finish();
    // The series is the local station's own fact: kept in meta, never synced.
    m_station.numberingSeries = 1;
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'numbering_series'")))
        return m_db->errorFrom(query.lastError());
    if (query.next()) {
        const int series = query.value(0).toInt();
        if (series < 1 || series > maxNumberingSeries)
            return makeError(ErrorCode::IntegrityFailure,
                tr("%1 names an unknown numbering series.").arg(m_db->path()));
        m_station.numberingSeries = series;
    }
    return {};
}

Result<void> Store::setNumberingSeries(int series)
{
    if (series < m_station.numberingSeries || series > maxNumberingSeries)
        return makeError(ErrorCode::InvalidInput,
            tr("A station's numbering series never goes back nor beyond %1.")
                .arg(numberingSeriesName(maxNumberingSeries)));
    QSqlQuery &query = m_db->prepared(
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('numbering_series', ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (auto result = m_db->exec(query, {QString::number(series)}); !result)
        return result;
    return loadIdentity();
}

QDate Store::businessDay(const QDateTime &utc) const
{
    return utc.toTimeZone(m_timeZone).date();
}

QDateTime Store::startOfDayUtc(const QDate &day) const
{
    return day.startOfDay(m_timeZone).toUTC();
}

bool Store::isDemo() const
{
    return m_site.demo;
}

} // namespace recaisse::core
