#pragma once

// Preventive maintenance advice for the health page: from facts measured on the station (the
// database's size and growth, the free disk, the last backup, when each station's data last
// arrived, the receipt printer's failures, the last integrity check), one item per subject with
// what was measured and what to do, in plain words. The rules only read the facts and the time
// they are given: tests inject both.

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace recaisse::core {

class Store;

struct StationFreshness
{
    QString code;
    bool local = false; // this PC: its last successful synchronisation
    QDateTime lastUtc; // the others: when their journal last arrived here; invalid: never
};

struct MaintenanceFacts
{
    qint64 databaseBytes = 0;
    qint64 growthBytesPer30Days = 0;
    qint64 freeDiskBytes = -1; // -1: unknown
    QDateTime lastBackupUtc; // invalid: never
    QList<StationFreshness> stations;
    int printerFailures = 0; // since the receipt printer last worked
    QDateTime printerFailingSinceUtc;
    QDateTime lastIntegrityCheckUtc; // invalid: never
};

enum class MaintenanceLevel { Ok, Watch, Act };

struct MaintenanceItem
{
    QString subject; // "Disk", "Backup", "Synchronisation CAISSE2", ...
    MaintenanceLevel level = MaintenanceLevel::Ok;
    QString fact; // what was measured
    QString advice; // what to do (or that nothing is needed)
};

class MaintenanceAdvice
{
    Q_DECLARE_TR_FUNCTIONS(MaintenanceAdvice)

public:
    // The disk: act below a month of room at the current pace, watch below six months.
    static constexpr qint64 diskActDays = 30;
    static constexpr qint64 diskWatchDays = 180;
    // Backups: watch after a day, act after a week.
    static constexpr qint64 backupWatchHours = 26;
    static constexpr qint64 backupActDays = 7;
    // A station's data: watch after a day, act after two (the "station not seen" notification).
    static constexpr qint64 syncWatchHours = 24;
    static constexpr qint64 syncActHours = 48;
    // The printer: act from this many failures in a row.
    static constexpr int printerActFailures = 3;
    // The integrity check: watch when it was never run or is older than a month.
    static constexpr qint64 integrityWatchDays = 31;

    // Days until the disk is full at the database's pace of the last 30 days; -1 when it does
    // not grow or the free space is unknown.
    static qint64 daysOfDiskLeft(const MaintenanceFacts &facts);
    // One item per subject, in this order: disk, backup, each station, printer, integrity.
    static QList<MaintenanceItem> advise(const MaintenanceFacts &facts, const QDateTime &nowUtc);
    // What the database says: every station's freshness (this PC's from lastSyncUtc) and the
    // last integrity check; the rest is the caller's.
    static Result<void> measure(
        Store &store, const QDateTime &lastSyncUtc, MaintenanceFacts &facts);
};

} // namespace recaisse::core
