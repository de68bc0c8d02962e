#include "core/admin/health.h"
#include "core/store.h"
#include "core/users.h"
#include "tests/support/testshop.h"

#include <QTest>

using namespace recaisse;
using namespace recaisse::core;

class TestHealth : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void neverBackedUpNorSyncedIsAdvised();
    void freshBackupAndSyncNeedNothing();
    void oldBackupAndSyncErrorsAreAdvised();
    void failedBackupIsAdvisedWithItsTimeAndReason();
    void deviceFaultsComeAndGo();
    void deviceFaultsAreAdvised();
    void wrongPinsAreCounted();
    void cashierIsRefused();

private:
    std::unique_ptr<test::TestShop> m_shop;
};

void TestHealth::init()
{
    m_shop = test::TestShop::create();
    QVERIFY(m_shop);
}

void TestHealth::neverBackedUpNorSyncedIsAdvised()
{
    auto report = HealthCheck(*m_shop->store).run(m_shop->supervisor, {});
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QVERIFY(report->databaseBytes > 0);
    QVERIFY(report->freeDiskBytes != 0);
    QVERIFY(report->needsAttention());
    QVERIFY(report->advice.join(QLatin1Char(' ')).contains(QStringLiteral("backup")));
    QVERIFY(report->advice.join(QLatin1Char(' ')).contains(QStringLiteral("synchronised")));
}

void TestHealth::freshBackupAndSyncNeedNothing()
{
    const QDateTime now = m_shop->clock.nowUtc();
    HealthInputs inputs{now.addSecs(-3600), now.addSecs(-60), 0, {}, {}, {}};
    auto report = HealthCheck(*m_shop->store).run(m_shop->admin, inputs);
    QVERIFY(report.ok());
    if (report->freeDiskBytes >= HealthCheck::lowDiskBytes)
        QVERIFY2(!report->needsAttention(), qPrintable(report->advice.join(QLatin1Char('\n'))));
    QCOMPARE(report->lastSyncUtc, inputs.lastSyncUtc);
}

void TestHealth::oldBackupAndSyncErrorsAreAdvised()
{
    const QDateTime now = m_shop->clock.nowUtc();
    HealthInputs inputs{now.addDays(-10), now.addDays(-2), 3, {}, {}, {}};
    auto report = HealthCheck(*m_shop->store).run(m_shop->admin, inputs);
    QVERIFY(report.ok());
    const QString advice = report->advice.join(QLatin1Char('\n'));
    QVERIFY(advice.contains(QStringLiteral("10 day(s) old")));
    QVERIFY(advice.contains(QStringLiteral("24 hour(s)")));
    QVERIFY(advice.contains(QStringLiteral("3 synchronisation error(s)")));
    QVERIFY(report->errors7d >= 3);
}

void TestHealth::failedBackupIsAdvisedWithItsTimeAndReason()
{
    const QDateTime now = m_shop->clock.nowUtc();
    const QString reason = QStringLiteral("The drive is full (HTTP 507).");
    HealthInputs inputs{now.addDays(-1), now.addSecs(-60), 0, now.addSecs(-600), reason, {}};
    auto report = HealthCheck(*m_shop->store).run(m_shop->admin, inputs);
    QVERIFY(report.ok());
    QCOMPARE(report->lastBackupFailureUtc, inputs.lastBackupFailureUtc);
    QCOMPARE(report->lastBackupError, reason);
    const QString advice = report->advice.join(QLatin1Char('\n'));
    QVERIFY2(advice.contains(reason), qPrintable(advice));
    QVERIFY2(advice.contains(inputs.lastBackupFailureUtc.toTimeZone(m_shop->store->timeZone())
                                 .toString(QStringLiteral("dd/MM/yyyy HH:mm"))),
        qPrintable(advice));
    // A failure older than the last successful backup is over.
    inputs.lastBackupFailureUtc = now.addDays(-2);
    report = HealthCheck(*m_shop->store).run(m_shop->admin, inputs);
    QVERIFY(report.ok());
    QVERIFY(!report->lastBackupFailureUtc.isValid());
    QVERIFY(!report->advice.join(QLatin1Char('\n')).contains(reason));
}

void TestHealth::wrongPinsAreCounted()
{
    Users users(*m_shop->store);
    for (int i = 0; i < 3; ++i)
        QVERIFY(!users.login(m_shop->cashier.userId, QStringLiteral("0000")).ok());
    auto report = HealthCheck(*m_shop->store).run(m_shop->admin, {});
    QVERIFY(report.ok());
    QCOMPARE(report->errors7d, 3);
}

void TestHealth::cashierIsRefused()
{
    auto report = HealthCheck(*m_shop->store).run(m_shop->cashier, {});
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, ErrorCode::PermissionDenied);
}

void TestHealth::deviceFaultsComeAndGo()
{
    const QDateTime t0 = m_shop->clock.nowUtc();
    DeviceFaults faults;
    QVERIFY(faults.current().isEmpty());
    faults.failed(Device::Scale, QStringLiteral("No answer on /dev/ttyUSB0."), t0);
    faults.failed(Device::ReceiptPrinter, QStringLiteral("Connection refused."), t0.addSecs(30));
    faults.failed(Device::Scale, QStringLiteral("The scale is unplugged."), t0.addSecs(60));
    const QList<DeviceFault> now = faults.current();
    QCOMPARE(now.size(), 2);
    QCOMPARE(now.at(0).device, Device::ReceiptPrinter);
    QCOMPARE(now.at(1).device, Device::Scale);
    // The fault keeps its first time and counts the failures; the reason is the latest.
    QCOMPARE(now.at(1).sinceUtc, t0);
    QCOMPARE(now.at(1).lastUtc, t0.addSecs(60));
    QCOMPARE(now.at(1).failures, 2);
    QCOMPARE(now.at(1).message, QStringLiteral("The scale is unplugged."));
    // A device that works again is no longer at fault; the next failure starts afresh.
    faults.worked(Device::Scale);
    QCOMPARE(faults.current().size(), 1);
    faults.failed(Device::Scale, QStringLiteral("Silent."), t0.addSecs(120));
    QCOMPARE(faults.current().at(1).sinceUtc, t0.addSecs(120));
    QCOMPARE(faults.current().at(1).failures, 1);
}

void TestHealth::deviceFaultsAreAdvised()
{
    const QDateTime now = m_shop->clock.nowUtc();
    HealthInputs inputs{now.addSecs(-3600), now.addSecs(-60), 0, {}, {}, {}};
    DeviceFaults faults;
    faults.failed(Device::ReceiptPrinter, QStringLiteral("Connection refused."), now.addSecs(-300));
    faults.failed(Device::ReceiptPrinter, QStringLiteral("Connection refused."), now);
    inputs.deviceFaults = faults.current();
    auto report = HealthCheck(*m_shop->store).run(m_shop->admin, inputs);
    QVERIFY(report.ok());
    QVERIFY(report->needsAttention());
    QCOMPARE(report->deviceFaults.size(), 1);
    const QString advice = report->advice.join(QLatin1Char('\n'));
    QVERIFY2(advice.contains(QStringLiteral("Receipt printer: Connection refused.")),
        qPrintable(advice));
    QVERIFY(advice.contains(QStringLiteral("2 failure(s)")));
    QVERIFY(advice.contains(now.addSecs(-300)
                                .toTimeZone(m_shop->store->timeZone())
                                .toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
}

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
