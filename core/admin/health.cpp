#include "health.h"

#include "core/chequeslips.h"
#include "core/mail/scheduledreports.h"
#include "core/money.h"
#include "core/stationclock.h"
#include "core/store.h"
#include "core/users.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QStorageInfo>

namespace recaisse::core {

namespace {

qint64 scalar(Database &db, const QString &sql, std::initializer_list<QVariant> values = {})
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    if (!db.exec(query, values) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

} // namespace

HealthCheck::HealthCheck(Store &store)
    : m_store(store)
{
}

Result<HealthReport> HealthCheck::run(const Actor &actor, const HealthInputs &inputs) const
{
    if (auto allowed = Users(m_store).require(actor, Permission::ViewReports); !allowed)
        return allowed.error();
    Database &db = m_store.db();
    const QDateTime now = m_store.clock().nowUtc();
    HealthReport report;
    report.lastBackupUtc = inputs.lastBackupUtc;
    if (inputs.lastBackupFailureUtc.isValid()
        && (!inputs.lastBackupUtc.isValid()
            || inputs.lastBackupFailureUtc > inputs.lastBackupUtc)) {
        report.lastBackupFailureUtc = inputs.lastBackupFailureUtc;
        report.lastBackupError = inputs.lastBackupError;
    }
    report.lastSyncUtc = inputs.lastSyncUtc;
    report.syncErrors7d = inputs.syncErrors7d;

    report.databaseBytes = scalar(db,
        QStringLiteral("SELECT page_count * page_size FROM "
                       "pragma_page_count(), pragma_page_size()"));
    const qint64 documents = scalar(db, QStringLiteral("SELECT count(*) FROM document"));
    const qint64 recent =
        scalar(db, QStringLiteral("SELECT count(*) FROM document WHERE business_day >= ?"),
            {m_store.businessDay(now.addDays(-30)).toString(Qt::ISODate)});
    if (documents > 0)
        report.growthBytesPer30Days = report.databaseBytes * recent / documents;
    const QStorageInfo storage(QFileInfo(db.path()).absolutePath());
    if (storage.isValid())
        report.freeDiskBytes = storage.bytesAvailable();
    report.errors7d = int(scalar(db,
                          QStringLiteral("SELECT count(*) FROM audit_event WHERE at_utc >= ? AND "
                                         "action IN ('permission.denied', 'login.failure', "
                                         "'unlock.refused')"),
                          {isoUtc(now.addDays(-7))}))
        + inputs.syncErrors7d;

    report.deviceFaults = inputs.deviceFaults;
    for (const DeviceFault &fault : inputs.deviceFaults)
        report.advice << tr("%1: %2 (since %3, %n failure(s)). Check that it is switched on and "
                            "plugged in, then test it on the Devices page.",
            nullptr, fault.failures)
                             .arg(DeviceFaults::deviceName(fault.device), fault.message,
                                 fault.sinceUtc.toTimeZone(m_store.timeZone())
                                     .toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    if (report.freeDiskBytes >= 0 && report.freeDiskBytes < lowDiskBytes)
        report.advice << tr("The disk is almost full: free some space (delete old downloads, "
                            "empty the recycle bin) before ReCaisse can no longer save sales.");
    if (report.lastBackupFailureUtc.isValid())
        report.advice << tr("The backup of %1 failed: %2")
                             .arg(report.lastBackupFailureUtc.toTimeZone(m_store.timeZone())
                                      .toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                                 report.lastBackupError);
    if (!inputs.lastBackupUtc.isValid())
        report.advice << tr("No backup has been made yet: check the synchronisation settings.");
    else if (inputs.lastBackupUtc.daysTo(now) > backupMaxDays)
        report.advice << tr("The last backup is %n day(s) old: check that this PC reaches the "
                            "kDrive.",
            nullptr, int(inputs.lastBackupUtc.daysTo(now)));
    if (!inputs.lastSyncUtc.isValid())
        report.advice << tr("This station has never synchronised: the other stations' figures "
                            "are missing.");
    else if (inputs.lastSyncUtc.secsTo(now) > syncMaxHours * 3600)
        report.advice << tr("No successful synchronisation for more than %n hour(s): check the "
                            "internet connection and the kDrive password.",
            nullptr, syncMaxHours);
    if (inputs.syncErrors7d > 0)
        report.advice << tr("%n synchronisation error(s) this week: look at the "
                            "Synchronisation page.",
            nullptr, inputs.syncErrors7d);
    // Each lock after wrong PINs (Users::login): someone forgot their PIN, or tried others'.
    const qint64 locks = scalar(db,
        QStringLiteral("SELECT count(*) FROM audit_event WHERE at_utc >= ? AND action = "
                       "'login.lock'"),
        {isoUtc(now.addDays(-7))});
    if (locks > 0)
        report.advice << tr("%n account lock(s) after wrong PINs this week: look at the audit "
                            "trail (Logins) to see who was locked.",
            nullptr, int(locks));
    ChequeSlips slips(m_store);
    const auto cheques = slips.pending(actor);
    if (!cheques)
        return cheques.error();
    report.chequesPending = int(cheques->size());
    for (const Cheque &cheque : *cheques)
        report.chequesPendingCents += cheque.amountCents;
    if (!cheques->isEmpty())
        report.oldestChequeDay = cheques->first().day; // oldest first
    if (report.oldestChequeDay.isValid()
        && report.oldestChequeDay.daysTo(m_store.today()) > chequeMaxDays)
        report.advice << tr("%n cheque(s) (%1) wait for the bank, the oldest since %2: make a "
                            "deposit slip on the Cheques page.",
            nullptr, report.chequesPending)
                             .arg(money::format(report.chequesPendingCents),
                                 report.oldestChequeDay.toString(QStringLiteral("dd/MM/yyyy")));
    const auto twice = slips.remittedTwice();
    if (!twice)
        return twice.error();
    report.chequesRemittedTwice = int(twice->size());
    if (!twice->isEmpty())
        report.advice << tr("%n cheque(s) are on two deposit slips (made on two stations at "
                            "once), for example that of %1: tell the bank only one slip holds "
                            "it.",
            nullptr, report.chequesRemittedTwice)
                             .arg(twice->first().documentNumber);
    if (const QString mail = mail::ScheduledReports(m_store).failureWarning(); !mail.isEmpty())
        report.advice << mail;
    if (report.errors7d - inputs.syncErrors7d >= errorsWarning)
        report.advice << tr("Many refused actions or wrong PINs this week: look at the audit "
                            "trail and remind the team of their own PINs.");
    // A clock behind the last document stops every sale: the most urgent of all (noticed in the
    // audit trail once).
    auto clock = StationClock(m_store).check();
    if (!clock)
        return clock.error();
    report.clockBehind = clock->behind;

    MaintenanceFacts facts;
    facts.databaseBytes = report.databaseBytes;
    facts.growthBytesPer30Days = report.growthBytesPer30Days;
    facts.freeDiskBytes = report.freeDiskBytes;
    facts.lastBackupUtc = inputs.lastBackupUtc;
    for (const DeviceFault &fault : inputs.deviceFaults)
        if (fault.device == Device::ReceiptPrinter) {
            facts.printerFailures = fault.failures;
            facts.printerFailingSinceUtc = fault.sinceUtc;
        }
    if (auto measured = MaintenanceAdvice::measure(m_store, inputs.lastSyncUtc, facts); !measured)
        return measured.error();
    report.maintenance = MaintenanceAdvice::advise(facts, now);
    if (clock->behind)
        report.advice.prepend(
            tr("This PC's clock is behind its last document (%1): nothing can be recorded. Set "
               "the PC's date and time, then confirm them below.")
                .arg(clock->lastDocumentUtc.isValid()
                        ? clock->lastDocumentUtc.toTimeZone(m_store.timeZone())
                              .toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                        : tr("none")));
    return report;
}

} // namespace recaisse::core
