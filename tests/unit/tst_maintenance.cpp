// Preventive maintenance advice (core/admin/maintenance): the rules on injected facts at a time
// given by a ManualClock, each subject at each of its levels; then the facts the database gives
// (the stations' freshness, the last integrity check) on a real station.

#include "core/admin/auditquery.h"
#include "core/admin/health.h"
#include "core/admin/maintenance.h"
#include "core/clock.h"
#include "tests/support/testshop.h"

#include <QTest>
#include <QTimeZone>

using namespace recaisse::core;
using recaisse::test::TestShop;

namespace {

const MaintenanceItem *item(const QList<MaintenanceItem> &items, const QString &subject)
{
    for (const MaintenanceItem &i : items)
        if (i.subject == subject)
            return &i;
    return nullptr;
}

} // namespace

class TestMaintenance : public QObject
{
    Q_OBJECT

private slots:
    void diskDaysLeftAtThePaceOfTheLast30Days()
    {
        ManualClock clock(QDateTime(QDate(2026, 12, 7), QTime(9, 0), QTimeZone::utc()));
        MaintenanceFacts facts;
        facts.databaseBytes = 300'000'000;
        facts.growthBytesPer30Days = 30'000'000; // 1 MB a day
        facts.freeDiskBytes = 20'000'000; // 20 days
        QCOMPARE(MaintenanceAdvice::daysOfDiskLeft(facts), qint64(20));
        auto disk = MaintenanceAdvice::advise(facts, clock.nowUtc()).first();
        QCOMPARE(disk.subject, MaintenanceAdvice::tr("Disk"));
        QCOMPARE(disk.level, MaintenanceLevel::Act);
        QVERIFY2(disk.advice.contains(QLatin1String("about 20 day(s)")), qPrintable(disk.advice));
        QCOMPARE(
            disk.fact, QStringLiteral("Database 300,0 MB, 30,0 MB more in 30 days; 20,0 MB free"));

        facts.freeDiskBytes = 100'000'000; // 100 days
        disk = MaintenanceAdvice::advise(facts, clock.nowUtc()).first();
        QCOMPARE(disk.level, MaintenanceLevel::Watch);
        QVERIFY(disk.advice.contains(QLatin1String("about 100 day(s)")));
        facts.freeDiskBytes = 40'000'000'000; // 40 000 days
        QCOMPARE(
            MaintenanceAdvice::advise(facts, clock.nowUtc()).first().level, MaintenanceLevel::Ok);
        facts.growthBytesPer30Days = 0;
        QCOMPARE(MaintenanceAdvice::daysOfDiskLeft(facts), qint64(-1));
        QCOMPARE(
            MaintenanceAdvice::advise(facts, clock.nowUtc()).first().level, MaintenanceLevel::Ok);
        facts.freeDiskBytes = -1;
        QCOMPARE(MaintenanceAdvice::advise(facts, clock.nowUtc()).first().level,
            MaintenanceLevel::Watch);
    }

    void backupAgeStationsPrinterAndIntegrity()
    {
        ManualClock clock(QDateTime(QDate(2026, 12, 7), QTime(9, 0), QTimeZone::utc()));
        const QDateTime now = clock.nowUtc();
        MaintenanceFacts facts;
        facts.freeDiskBytes = 40'000'000'000;
        facts.lastBackupUtc = now.addSecs(-3 * 3600);
        facts.stations = {{QStringLiteral("CAISSE1"), true, now.addSecs(-600)},
            {QStringLiteral("CAISSE2"), false, now.addSecs(-30 * 3600)},
            {QStringLiteral("ACCUEIL"), false, now.addSecs(-72 * 3600)},
            {QStringLiteral("CAISSE3"), false, QDateTime()}};
        facts.lastIntegrityCheckUtc = now.addDays(-3);
        auto items = MaintenanceAdvice::advise(facts, now);
        // Disk, backup, four stations, printer, integrity.
        QCOMPARE(items.size(), 8);
        const auto levelOf = [&](const QString &subject) {
            const MaintenanceItem *found = item(items, subject);
            return found ? found->level : MaintenanceLevel(-1);
        };
        const auto sync = [](const char *code) {
            return MaintenanceAdvice::tr("Synchronisation %1").arg(QString::fromLatin1(code));
        };
        QCOMPARE(levelOf(MaintenanceAdvice::tr("Backup")), MaintenanceLevel::Ok);
        QCOMPARE(item(items, MaintenanceAdvice::tr("Backup"))->fact,
            QStringLiteral("last one 3 hour(s) ago"));
        QCOMPARE(levelOf(sync("CAISSE1")), MaintenanceLevel::Ok);
        QCOMPARE(levelOf(sync("CAISSE2")), MaintenanceLevel::Watch); // 30 h
        QCOMPARE(levelOf(sync("ACCUEIL")), MaintenanceLevel::Act); // 3 days
        QCOMPARE(item(items, sync("ACCUEIL"))->fact, QStringLiteral("data received 3 day(s) ago"));
        QCOMPARE(levelOf(sync("CAISSE3")), MaintenanceLevel::Watch); // never
        QCOMPARE(levelOf(MaintenanceAdvice::tr("Receipt printer")), MaintenanceLevel::Ok);
        QCOMPARE(levelOf(MaintenanceAdvice::tr("Integrity check")), MaintenanceLevel::Ok);

        // Two days later: the backup is late, the printer failed twice, then four times.
        clock.advanceSecs(2 * 86400);
        facts.printerFailures = 2;
        facts.printerFailingSinceUtc = clock.nowUtc().addSecs(-2 * 3600);
        items = MaintenanceAdvice::advise(facts, clock.nowUtc());
        QCOMPARE(levelOf(MaintenanceAdvice::tr("Backup")), MaintenanceLevel::Watch);
        QCOMPARE(levelOf(MaintenanceAdvice::tr("Receipt printer")), MaintenanceLevel::Watch);
        QCOMPARE(item(items, MaintenanceAdvice::tr("Receipt printer"))->fact,
            QStringLiteral("2 failure(s) since 2 hour(s) ago"));
        QCOMPARE(levelOf(sync("CAISSE1")), MaintenanceLevel::Act); // 48 h + 10 min
        facts.printerFailures = 4;
        items = MaintenanceAdvice::advise(facts, clock.nowUtc());
        QCOMPARE(levelOf(MaintenanceAdvice::tr("Receipt printer")), MaintenanceLevel::Act);

        // A week and more: no backup for 8 days, the integrity check 33 days old.
        clock.advanceSecs(6 * 86400);
        items = MaintenanceAdvice::advise(facts, clock.nowUtc());
        QCOMPARE(levelOf(MaintenanceAdvice::tr("Backup")), MaintenanceLevel::Act);
        QCOMPARE(levelOf(MaintenanceAdvice::tr("Integrity check")), MaintenanceLevel::Ok);
        clock.advanceSecs(25 * 86400);
        items = MaintenanceAdvice::advise(facts, clock.nowUtc());
        QCOMPARE(levelOf(MaintenanceAdvice::tr("Integrity check")), MaintenanceLevel::Watch);
        facts.lastBackupUtc = QDateTime();
        facts.lastIntegrityCheckUtc = QDateTime();
        items = MaintenanceAdvice::advise(facts, clock.nowUtc());
        QCOMPARE(levelOf(MaintenanceAdvice::tr("Backup")), MaintenanceLevel::Act);
        QCOMPARE(
            item(items, MaintenanceAdvice::tr("Backup"))->fact, MaintenanceAdvice::tr("never"));
        QCOMPARE(levelOf(MaintenanceAdvice::tr("Integrity check")), MaintenanceLevel::Watch);
        for (const MaintenanceItem &i : std::as_const(items))
            QVERIFY2(!i.advice.isEmpty() && !i.fact.isEmpty(), qPrintable(i.subject));
    }

    void theHealthCheckMeasuresTheStationAndTheIntegrityCheck()
    {
        auto shop = TestShop::create();
        QVERIFY(shop);
        Store &store = *shop->store;
        HealthInputs inputs;
        inputs.lastSyncUtc = shop->clock.nowUtc().addSecs(-3600);
        inputs.lastBackupUtc = shop->clock.nowUtc().addSecs(-3600);
        inputs.deviceFaults = {DeviceFault{Device::ReceiptPrinter,
            shop->clock.nowUtc().addSecs(-600), shop->clock.nowUtc(), QStringLiteral("paper"), 3}};
        auto report = HealthCheck(store).run(shop->admin, inputs);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        const auto sync = MaintenanceAdvice::tr("Synchronisation %1").arg(store.station().code);
        QVERIFY(item(report->maintenance, sync));
        QCOMPARE(item(report->maintenance, sync)->level, MaintenanceLevel::Ok);
        QCOMPARE(item(report->maintenance, MaintenanceAdvice::tr("Receipt printer"))->level,
            MaintenanceLevel::Act);
        QCOMPARE(item(report->maintenance, MaintenanceAdvice::tr("Integrity check"))->fact,
            MaintenanceAdvice::tr("never"));

        // After a complete integrity check: checked today.
        shop->clock.advanceSecs(3600);
        QVERIFY(AuditQuery(store).verify(shop->admin));
        shop->clock.advanceSecs(3600);
        report = HealthCheck(store).run(shop->admin, inputs);
        QVERIFY(report);
        const MaintenanceItem *integrity =
            item(report->maintenance, MaintenanceAdvice::tr("Integrity check"));
        QCOMPARE(integrity->level, MaintenanceLevel::Ok);
        QCOMPARE(integrity->fact, QStringLiteral("last one 1 hour(s) ago"));
    }
};

QTEST_GUILESS_MAIN(TestMaintenance)
#include "tst_maintenance.moc"
