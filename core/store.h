#pragma once

#include "clock.h"
#include "database.h"
#include "domain.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

#include <memory>

namespace recaisse::core {

struct StationSetup
{
    QString siteName;
    QString stationCode; // letters, digits and '-', 1..16 characters, e.g. "CAISSE1"
    StationKind kind = StationKind::Register;
    QString timeZone = QStringLiteral("Europe/Paris");
    QString adminName = QStringLiteral("Admin");
    QString adminPin;
    bool demo = false; // a demo shop: see SiteInfo::demo
};

// A station's database with its identity (site, station), the clock and the business calendar.
// Every service works on a Store; one Store per thread.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    // Creates a new station database at path (which must not exist) with its site, the station,
    // the first admin and the default category tree.
    static Result<std::unique_ptr<Store>> create(
        const QString &path, const StationSetup &setup, const Clock &clock);
    static Result<std::unique_ptr<Store>> open(
        const QString &path, const Clock &clock, const QString &connectionName = {});
    // Creates a new station database at path for an existing site (a register joining a shop):
    // the site's identity is given, users and categories come from the site's published
    // configuration afterwards (sync/siteconfig.h).
    // stationId: empty for a new station; a published station's id when it is restored.
    static Result<std::unique_ptr<Store>> createForSite(const QString &path, const SiteInfo &site,
        const QString &stationCode, StationKind kind, const Clock &clock,
        const QString &stationId = {});

    Database &db() { return *m_db; }
    const Clock &clock() const { return m_clock; }
    const SiteInfo &site() const { return m_site; }
    const StationInfo &station() const { return m_station; }
    QTimeZone timeZone() const { return m_timeZone; }

    // The business day (site time zone) a UTC instant belongs to.
    QDate businessDay(const QDateTime &utc) const;
    QDate today() const { return businessDay(m_clock.nowUtc()); }
    // The UTC instant the given business day starts at.
    QDateTime startOfDayUtc(const QDate &day) const;

    // Reads the site and station identity again after a change of the station's settings.
    Result<void> reloadIdentity() { return loadIdentity(); }
    // Moves the local station to another numbering series (ledger.h); only a restore does.
    Result<void> setNumberingSeries(int series);

    // Whether this database is the demo shop (created by demo tooling).
    bool isDemo() const;

    // Categories are read on every sale line: CategoryCatalog keeps them here, reloaded when
    // another connection committed (PRAGMA data_version) or when this one changed them.
    struct CategoryCache
    {
        bool valid = false;
        qint64 dataVersion = -1;
        QHash<QString, Category> byId;
    };
    CategoryCache &categoryCache() { return m_categoryCache; }

private:
    Store(std::unique_ptr<Database> db, const Clock &clock);
    static Result<std::unique_ptr<Store>> initialize(std::unique_ptr<Database> db,
        const StationSetup &setup, const QString &siteName, const QString &code,
        const QList<Category> &categories, const Clock &clock);
    Result<void> loadIdentity();
    static Result<QString> validStationCode(const QString &code);

    std::unique_ptr<Database> m_db;
    const Clock &m_clock;
    SiteInfo m_site;
    StationInfo m_station;
    QTimeZone m_timeZone;
    CategoryCache m_categoryCache;
};

QString newId();
// ISO 8601 UTC with milliseconds, as stored and hashed: "2026-11-22T09:15:03.120Z".
QString isoUtc(const QDateTime &utc);
QDateTime fromIsoUtc(const QString &text);

} // namespace recaisse::core
