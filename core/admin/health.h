#pragma once

#include "core/admin/maintenance.h"
#include "core/devicefaults.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <functional>

namespace recaisse::core {

class Store;
struct Actor;

// What the health page learns from the sync engine and the backups (set from outside; an invalid
// time means "never").
struct HealthInputs
{
    QDateTime lastBackupUtc;
    QDateTime lastSyncUtc;
    int syncErrors7d = 0;
    QDateTime lastBackupFailureUtc; // a backup that failed after the last one that succeeded
    QString lastBackupError;
    QList<DeviceFault> deviceFaults; // this station's devices at fault now (DeviceFaults)
};
// An error when the facts cannot be read: the page says so rather than show "never".
using HealthInputsProvider = std::function<Result<HealthInputs>()>;

struct HealthReport
{
    qint64 databaseBytes = 0;
    qint64 growthBytesPer30Days = 0; // estimated from the share of documents of the last 30 days
    qint64 freeDiskBytes = -1; // -1: unknown
    QDateTime lastBackupUtc;
    QDateTime lastBackupFailureUtc; // invalid unless the newest backup attempt failed
    QString lastBackupError;
    QDateTime lastSyncUtc;
    int errors7d = 0; // refused actions, failed logins and sync errors of the last 7 days
    int syncErrors7d = 0;
    QList<DeviceFault> deviceFaults;
    bool clockBehind = false; // the PC's clock is behind the last document (StationClock)
    // The cheques of closed sessions, on every station, not on a deposit slip yet.
    int chequesPending = 0;
    qint64 chequesPendingCents = 0;
    QDate oldestChequeDay; // invalid without a pending cheque
    int chequesRemittedTwice = 0; // on two stations' slips made offline at once
    QStringList advice; // plain sentences, the most urgent first; empty when all is well
    // Preventive maintenance: one item per subject, good ones included (MaintenanceAdvice).
    QList<MaintenanceItem> maintenance;
    bool needsAttention() const { return !advice.isEmpty(); }
};

// The station's health for the manager: disk, database, backups, sync, errors.
class HealthCheck
{
    Q_DECLARE_TR_FUNCTIONS(HealthCheck)

public:
    static constexpr qint64 lowDiskBytes = 2'000'000'000; // 2 Go
    static constexpr int backupMaxDays = 7;
    static constexpr int syncMaxHours = 24;
    static constexpr int errorsWarning = 20;
    // A cheque waiting this long for the bank is worth a reminder (it is valid a year and 8 days).
    static constexpr int chequeMaxDays = 30;

    explicit HealthCheck(Store &store);

    // Needs ViewReports; a refusal is audited.
    Result<HealthReport> run(const Actor &actor, const HealthInputs &inputs) const;

private:
    Store &m_store;
};

} // namespace recaisse::core
