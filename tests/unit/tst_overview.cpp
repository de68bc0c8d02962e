#include "core/admin/overview.h"
#include "core/money.h"
#include "core/store.h"
#include "tests/support/adminshop.h"

#include <QSqlQuery>
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
    void freshnessIsTheLastPullNotTheLastDocument();
    void staleAfterADayWithoutAPull();
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

void TestOverview::freshnessIsTheLastPullNotTheLastDocument()
{
    test::TestShop &s = *m_data->shop;
    const QDateTime before = s.clock.nowUtc();
    // Two days later (Friday 13 March, 9:00 UTC). CAISSE2 closed its session days ago and has
    // recorded nothing since, but its journal was pulled 10 minutes ago: it is up to date.
    // CAISSE3's journal has not arrived for two days.
    const QDateTime now(QDate(2026, 3, 13), QTime(9, 0), QTimeZone::utc());
    s.clock.set(now);
    const auto stamp = [](const QDateTime &t) { return t.toString(Qt::ISODate); };
    QSqlQuery sql(s.store->db().connection());
    QVERIFY(sql.prepare(QStringLiteral("UPDATE station SET last_pull_utc = ? WHERE code = ?")));
    sql.addBindValue(stamp(now.addSecs(-600)));
    sql.addBindValue(QStringLiteral("CAISSE2"));
    QVERIFY(sql.exec());
    sql.addBindValue(stamp(now.addDays(-2)));
    sql.addBindValue(QStringLiteral("CAISSE3"));
    QVERIFY(sql.exec());
    // The instant of CAISSE2's last closing, read from the documents.
    QVERIFY(sql.prepare(QStringLiteral(
        "SELECT max(d.created_utc) FROM document d JOIN station st ON st.id = d.station_id "
        "WHERE st.code = 'CAISSE2' AND d.kind = 'session-close'")));
    QVERIFY(sql.exec() && sql.next());
    const QDateTime closedUtc = QDateTime::fromString(sql.value(0).toString(), Qt::ISODate);
    QVERIFY(closedUtc.isValid());
    QVERIFY(closedUtc.secsTo(now) > 24 * 3600); // the newest document would look stale

    auto overview = OverviewReport(*s.store).compute(s.admin);
    s.clock.set(before);
    QVERIFY2(overview.ok(), qPrintable(overview.error().message));
    const StationDay &local = overview->stations.at(0);
    const StationDay &second = overview->stations.at(1);
    const StationDay &third = overview->stations.at(2);
    QCOMPARE(second.code, QStringLiteral("CAISSE2"));
    QVERIFY(second.lastDocumentUtc.secsTo(now) > 24 * 3600);

    // This computer's station is always up to date; its session is open.
    QVERIFY(local.isLocal);
    QVERIFY(!OverviewReport::isStale(local, now));
    QCOMPARE(OverviewReport::freshnessOf(local, now), QStringLiteral("up to date just now"));
    QCOMPARE(OverviewReport::sessionState(local, s.store->timeZone()), QStringLiteral("open"));

    QVERIFY(!second.isLocal);
    QCOMPARE(second.dataAsOfUtc, now.addSecs(-600));
    QVERIFY(!OverviewReport::isStale(second, now));
    QCOMPARE(OverviewReport::freshnessOf(second, now), QStringLiteral("up to date 10 min ago"));
    QVERIFY(!second.sessionOpen);
    QCOMPARE(second.closedSinceUtc, closedUtc);
    QCOMPARE(OverviewReport::sessionState(second, s.store->timeZone()),
        QStringLiteral("closed since ")
            + closedUtc.toTimeZone(s.store->timeZone()).toString(QStringLiteral("dd/MM HH:mm")));

    QVERIFY(OverviewReport::isStale(third, now));
    QCOMPARE(OverviewReport::freshnessOf(third, now), QStringLiteral("up to date 2 day(s) ago"));
}

void TestOverview::staleAfterADayWithoutAPull()
{
    const QDateTime now(QDate(2026, 3, 11), QTime(12, 0), QTimeZone::utc());
    StationDay station;
    QVERIFY(OverviewReport::isStale(station, now)); // never pulled
    QCOMPARE(OverviewReport::freshnessOf(station, now), QStringLiteral("no data yet"));
    station.dataAsOfUtc = now.addSecs(-(24 * 3600 - 60));
    QVERIFY(!OverviewReport::isStale(station, now));
    station.dataAsOfUtc = now.addSecs(-(24 * 3600 + 60));
    QVERIFY(OverviewReport::isStale(station, now));
    // Not a register: no session state.
    station.kind = StationKind::Reception;
    QCOMPARE(OverviewReport::sessionState(station, QTimeZone::utc()), QStringLiteral("—"));
    station.kind = StationKind::Register;
    QCOMPARE(OverviewReport::sessionState(station, QTimeZone::utc()), QStringLiteral("closed"));
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
