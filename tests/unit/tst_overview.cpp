#include "core/admin/overview.h"
#include "core/money.h"
#include "core/store.h"
#include "tests/support/adminshop.h"

#include <QTest>
#include <QTimeZone>

using namespace recaisse;
using namespace recaisse::core;

class TestOverview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsEveryRegisterOfTheSite();
    void todaysTakingsByPaymentKind();
    void totalsOfThePeriods();
    void chartsCoverThirtyDaysAndEveryFamily();
    void freshnessInWords();
    void cashierAndReceptionAreRefusedAndAudited();
    void refundsComeOffTheDay();

private:
    std::unique_ptr<test::AdminShop> m_data;
};

void TestOverview::initTestCase()
{
    m_data = test::AdminShop::create();
    QVERIFY(m_data);
}

void TestOverview::showsEveryRegisterOfTheSite()
{
    test::TestShop &s = *m_data->shop;
    auto overview = OverviewReport(*s.store).compute(s.admin);
    QVERIFY2(overview.ok(), qPrintable(overview.error().message));
    QCOMPARE(overview->stations.size(), 3);
    QStringList codes;
    for (const StationDay &station : overview->stations)
        codes << station.code;
    QCOMPARE(codes,
        QStringList(
            {QStringLiteral("CAISSE1"), QStringLiteral("CAISSE2"), QStringLiteral("CAISSE3")}));
    const StationDay &local = overview->stations.at(0);
    QVERIFY(local.sessionOpen);
    QCOMPARE(local.operatorName, QStringLiteral("Camille"));
    QVERIFY(local.lastDocumentUtc.isValid());
    QCOMPARE(local.lastDocumentUtc, m_data->todaysSale.stamp.createdUtc);
    // The copies have no activity today, but their history is there.
    QVERIFY(overview->stations.at(1).lastDocumentUtc.isValid());
    QVERIFY(overview->stations.at(1).lastDocumentUtc < local.lastDocumentUtc);
}

void TestOverview::todaysTakingsByPaymentKind()
{
    test::TestShop &s = *m_data->shop;
    auto overview = OverviewReport(*s.store).compute(s.supervisor);
    QVERIFY2(overview.ok(), qPrintable(overview.error().message));
    const StationDay &local = overview->stations.at(0);
    QCOMPARE(local.tickets, 1);
    QCOMPARE(local.cashCents, 700); // 10 € handed over, 3 € change
    QCOMPARE(local.cardCents, 0);
    QCOMPARE(local.takingsCents(), 700);
    QCOMPARE(overview->stations.at(1).tickets, 0);
    QCOMPARE(overview->today.takingsCents, 700);
    QCOMPARE(overview->today.tickets, 1);
}

void TestOverview::totalsOfThePeriods()
{
    test::TestShop &s = *m_data->shop;
    auto overview = OverviewReport(*s.store).compute(s.admin);
    QVERIFY(overview.ok());
    QCOMPARE(overview->day, QDate(2026, 3, 11));
    QCOMPARE(overview->week.first, QDate(2026, 3, 9));
    QCOMPARE(overview->month.first, QDate(2026, 3, 1));
    // Yesterday (Tuesday) the three registers worked: the week holds more than today.
    QVERIFY(overview->week.takingsCents > overview->today.takingsCents);
    QVERIFY(overview->month.takingsCents >= overview->week.takingsCents);
    QVERIFY(overview->month.tickets >= overview->week.tickets);
}

void TestOverview::chartsCoverThirtyDaysAndEveryFamily()
{
    test::TestShop &s = *m_data->shop;
    auto overview = OverviewReport(*s.store).compute(s.admin);
    QVERIFY(overview.ok());
    QCOMPARE(overview->dailyTakings.size(), OverviewReport::chartDays);
    QCOMPARE(overview->dailyTakings.last().first, overview->day);
    QCOMPARE(overview->dailyTakings.first().first, overview->day.addDays(-29));
    qint64 sum = 0;
    for (const auto &point : overview->dailyTakings)
        sum += point.second;
    QVERIFY(sum > 0);
    QCOMPARE(overview->families.size(), 8);
    qint64 received = 0;
    for (const FamilyWeights &family : overview->families)
        received += family.receivedGrams;
    QVERIFY(received > 0);
}

void TestOverview::freshnessInWords()
{
    const QDateTime now(QDate(2026, 3, 11), QTime(12, 0), QTimeZone::utc());
    QCOMPARE(OverviewReport::freshness({}, now), QStringLiteral("no data yet"));
    QCOMPARE(
        OverviewReport::freshness(now.addSecs(-20), now), QStringLiteral("up to date just now"));
    QCOMPARE(
        OverviewReport::freshness(now.addSecs(-180), now), QStringLiteral("up to date 3 min ago"));
    QCOMPARE(
        OverviewReport::freshness(now.addSecs(-7300), now), QStringLiteral("up to date 2 h ago"));
    QCOMPARE(
        OverviewReport::freshness(now.addDays(-4), now), QStringLiteral("up to date 4 day(s) ago"));
}

void TestOverview::cashierAndReceptionAreRefusedAndAudited()
{
    test::TestShop &s = *m_data->shop;
    const int before = test::auditCount(*s.store, QStringLiteral("permission.denied"));
    for (const Actor &actor : {s.cashier, s.reception}) {
        auto overview = OverviewReport(*s.store).compute(actor);
        QVERIFY(!overview.ok());
        QCOMPARE(overview.error().code, ErrorCode::PermissionDenied);
    }
    QCOMPARE(test::auditCount(*s.store, QStringLiteral("permission.denied")), before + 2);
}

void TestOverview::refundsComeOffTheDay()
{
    test::TestShop &s = *m_data->shop;
    core::RefundDraft draft;
    draft.saleNumber = m_data->todaysSale.stamp.number;
    draft.method = PaymentMethod::Cash;
    draft.reason = QStringLiteral("Ne fonctionne pas");
    auto refund = Sales(*s.store).refund(s.admin, draft);
    QVERIFY2(refund.ok(), qPrintable(refund.error().message));
    auto overview = OverviewReport(*s.store).compute(s.admin);
    QVERIFY(overview.ok());
    const StationDay &local = overview->stations.at(0);
    QCOMPARE(local.refundsCents, 700);
    QCOMPARE(local.takingsCents(), 0);
    QCOMPARE(overview->today.takingsCents, 0);
    QCOMPARE(overview->today.tickets, 1);
}

QTEST_GUILESS_MAIN(TestOverview)
#include "tst_overview.moc"
