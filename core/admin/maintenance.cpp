#include "maintenance.h"

#include "core/database.h"
#include "core/store.h"

#include <QLocale>
#include <QSqlQuery>

namespace recaisse::core {

namespace {

QString size(qint64 bytes)
{
    const QLocale french(QLocale::French);
    if (bytes >= 1'000'000'000)
        return MaintenanceAdvice::tr("%1 GB").arg(french.toString(double(bytes) / 1e9, 'f', 1));
    if (bytes >= 1'000'000)
        return MaintenanceAdvice::tr("%1 MB").arg(french.toString(double(bytes) / 1e6, 'f', 1));
    return MaintenanceAdvice::tr("%1 KB").arg(french.toString(double(bytes) / 1e3, 'f', 0));
}

// "3 hours ago", "2 days ago": hours under two days, then days.
QString ago(const QDateTime &utc, const QDateTime &nowUtc)
{
    const qint64 hours = qMax<qint64>(0, utc.secsTo(nowUtc)) / 3600;
    if (hours < 48)
        return MaintenanceAdvice::tr("%n hour(s) ago", nullptr, int(hours));
    return MaintenanceAdvice::tr("%n day(s) ago", nullptr, int(hours / 24));
}

// What to say of a fact by its age: never, older than act (when >= 0), older than watch, or fine.
struct AgeRule
{
    MaintenanceLevel neverLevel;
    QString never;
    qint64 actSecs;
    QString act;
    qint64 watchSecs;
    QString watch;
    QString fine;
};

MaintenanceItem byAge(const QString &subject, const QDateTime &lastUtc, const QDateTime &nowUtc,
    const QString &factText, const AgeRule &rule)
{
    if (!lastUtc.isValid())
        return {subject, rule.neverLevel, MaintenanceAdvice::tr("never"), rule.never};
    const QString fact = factText.arg(ago(lastUtc, nowUtc));
    const qint64 secs = lastUtc.secsTo(nowUtc);
    if (rule.actSecs >= 0 && secs > rule.actSecs)
        return {subject, MaintenanceLevel::Act, fact, rule.act};
    if (secs > rule.watchSecs)
        return {subject, MaintenanceLevel::Watch, fact, rule.watch};
    return {subject, MaintenanceLevel::Ok, fact, rule.fine};
}

} // namespace

qint64 MaintenanceAdvice::daysOfDiskLeft(const MaintenanceFacts &facts)
{
    if (facts.freeDiskBytes < 0 || facts.growthBytesPer30Days <= 0)
        return -1;
    return facts.freeDiskBytes * 30 / facts.growthBytesPer30Days;
}

QList<MaintenanceItem> MaintenanceAdvice::advise(
    const MaintenanceFacts &facts, const QDateTime &nowUtc)
{
    QList<MaintenanceItem> items;

    // The disk: the database's size and pace, and how long the free space lasts at that pace.
    MaintenanceItem disk{tr("Disk"), MaintenanceLevel::Ok, {}, {}};
    const qint64 days = daysOfDiskLeft(facts);
    disk.fact = tr("Database %1, %2 more in 30 days; %3 free")
                    .arg(size(facts.databaseBytes), size(facts.growthBytesPer30Days),
                        facts.freeDiskBytes < 0 ? tr("unknown") : size(facts.freeDiskBytes));
    if (facts.freeDiskBytes < 0) {
        disk.level = MaintenanceLevel::Watch;
        disk.advice = tr("The free space could not be read: check the disk in the system's "
                         "settings.");
    } else if (days < 0) {
        disk.advice = tr("The database does not grow: nothing to do.");
    } else if (days < diskActDays) {
        disk.level = MaintenanceLevel::Act;
        disk.advice = tr("At this pace the disk is full in about %n day(s): free some space now "
                         "(old downloads, the recycle bin) or plan a larger disk.",
            nullptr, int(days));
    } else if (days < diskWatchDays) {
        disk.level = MaintenanceLevel::Watch;
        disk.advice = tr("At this pace the disk is full in about %n day(s): plan to free some "
                         "space in the coming weeks.",
            nullptr, int(days));
    } else {
        disk.advice = tr("At this pace the disk lasts more than %n day(s): nothing to do.", nullptr,
            int(diskWatchDays));
    }
    items << disk;

    items << byAge(tr("Backup"), facts.lastBackupUtc, nowUtc, tr("last one %1"),
        {MaintenanceLevel::Act,
            tr("No backup was ever made: set up the synchronisation, then make a backup from its "
               "page."),
            backupActDays * 86400,
            tr("Backups have stopped: check that this PC reaches the drive, then make a backup "
               "from the synchronisation page."),
            backupWatchHours * 3600,
            tr("No backup since yesterday: leave the PC on and connected at the end of the day."),
            tr("Backups are up to date: nothing to do.")});

    for (const StationFreshness &station : facts.stations)
        items << byAge(tr("Synchronisation %1").arg(station.code), station.lastUtc, nowUtc,
            station.local ? tr("last synchronisation %1") : tr("data received %1"),
            {MaintenanceLevel::Watch,
                station.local
                    ? tr("This station has never synchronised: set up the synchronisation.")
                    : tr("Nothing of this station has arrived yet: check that it is switched on "
                         "and synchronises."),
                syncActHours * 3600,
                station.local
                    ? tr("This station no longer synchronises: check the internet connection and "
                         "the drive's password.")
                    : tr("This station has been silent for days: check that it is switched on and "
                         "connected, or withdraw it if it is no longer used."),
                syncWatchHours * 3600,
                tr("Not synchronised since yesterday: check its connection if it was used "
                   "today."),
                tr("Up to date: nothing to do.")});

    MaintenanceItem printer{tr("Receipt printer"), MaintenanceLevel::Ok, {}, {}};
    if (facts.printerFailures <= 0) {
        printer.fact = tr("no error");
        printer.advice = tr("Nothing to do.");
    } else {
        printer.fact = tr("%n failure(s) since %1", nullptr, facts.printerFailures)
                           .arg(ago(facts.printerFailingSinceUtc, nowUtc));
        printer.level = facts.printerFailures >= printerActFailures ? MaintenanceLevel::Act
                                                                    : MaintenanceLevel::Watch;
        printer.advice = tr("Check the paper roll, the cable and that the printer is switched "
                            "on, then print a test from the Devices page.");
    }
    items << printer;

    items << byAge(tr("Integrity check"), facts.lastIntegrityCheckUtc, nowUtc, tr("last one %1"),
        {MaintenanceLevel::Watch,
            tr("Run the integrity check once a month from the audit trail page: it proves that "
               "no sale was changed."),
            -1, {}, integrityWatchDays * 86400,
            tr("More than a month ago: run it again from the audit trail page."),
            tr("Checked this month: nothing to do.")});
    return items;
}

Result<void> MaintenanceAdvice::measure(
    Store &store, const QDateTime &lastSyncUtc, MaintenanceFacts &facts)
{
    Database &db = store.db();
    QSqlQuery stations(db.connection());
    stations.prepare(QStringLiteral("SELECT code, is_local, last_pull_utc FROM station WHERE "
                                    "site_id = ? ORDER BY is_local DESC, code"));
    if (auto result = db.exec(stations, {store.site().id}); !result)
        return result;
    facts.stations.clear();
    while (stations.next()) {
        const bool local = stations.value(1).toInt() != 0;
        facts.stations.append({stations.value(0).toString(), local,
            local ? lastSyncUtc : fromIsoUtc(stations.value(2).toString())});
    }
    QSqlQuery integrity(db.connection());
    // A run that went to its end: not one that failed to read or was cancelled.
    integrity.prepare(QStringLiteral(
        "SELECT max(at_utc) FROM audit_event WHERE action = 'integrity.verify' AND "
        "json_extract(details, '$.error') IS NULL AND json_extract(details, '$.cancelled') IS "
        "NULL"));
    if (auto result = db.exec(integrity); !result)
        return result;
    facts.lastIntegrityCheckUtc =
        integrity.next() ? fromIsoUtc(integrity.value(0).toString()) : QDateTime();
    return {};
}

} // namespace recaisse::core
