#include "core/cashsession.h"
#include "core/closings.h"
#include "core/integrity.h"
#include "core/sales.h"
#include "core/statistics.h"
#include "tests/support/testshop.h"

#include <QTest>
#include <QTimeZone>

using namespace recaisse::core;
using recaisse::test::TestShop;

class TestClosings : public QObject
{
    Q_OBJECT

private slots:
    void businessDayIsParisTime();
    void closesEachEndedPeriodOnce();
    void refusedWithoutPermission_data();
    void refusedWithoutPermission();

private:
    static void sellAt(TestShop &shop, const QDateTime &utc, qint64 cents);
};

void TestClosings::sellAt(TestShop &shop, const QDateTime &utc, qint64 cents)
{
    shop.clock.set(utc);
    CashSessions sessions(*shop.store);
    QVERIFY(sessions.open(shop.cashier, 0).ok());
    SaleDraft draft;
    draft.lines.append(SaleLineDraft{QStringLiteral("divers"), 1, cents, std::nullopt});
    draft.payments.append(PaymentDraft{PaymentMethod::Card, cents});
    auto sale = Sales(*shop.store).record(shop.cashier, draft);
    QVERIFY2(sale.ok(), qPrintable(sale.error().message));
    QVERIFY(sessions.close(shop.cashier, CloseRequest{{{100, 0}}, {}, {}}).ok());
}

void TestClosings::businessDayIsParisTime()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    // Winter (UTC+1): 23:30 UTC is already the next day in Paris.
    QCOMPARE(store.businessDay(QDateTime(QDate(2026, 1, 12), QTime(23, 30), QTimeZone::utc())),
        QDate(2026, 1, 13));
    QCOMPARE(store.businessDay(QDateTime(QDate(2026, 1, 12), QTime(22, 59), QTimeZone::utc())),
        QDate(2026, 1, 12));
    // Summer (UTC+2): 22:30 UTC is the next day.
    QCOMPARE(store.businessDay(QDateTime(QDate(2026, 7, 12), QTime(22, 30), QTimeZone::utc())),
        QDate(2026, 7, 13));
    QCOMPARE(store.startOfDayUtc(QDate(2026, 1, 13)),
        QDateTime(QDate(2026, 1, 12), QTime(23, 0), QTimeZone::utc()));
}

void TestClosings::closesEachEndedPeriodOnce()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    Closings closings(store);

    // Three business days of January with sales, one without in between.
    sellAt(*shop, QDateTime(QDate(2026, 1, 27), QTime(10, 0), QTimeZone::utc()), 1000);
    sellAt(*shop, QDateTime(QDate(2026, 1, 27), QTime(23, 30), QTimeZone::utc()),
        200); // Paris: the 28th
    sellAt(*shop, QDateTime(QDate(2026, 1, 30), QTime(15, 0), QTimeZone::utc()), 3000);

    // Day 4 (the 31st): the three days with activity close, in order; the month has not ended.
    shop->clock.set(QDateTime(QDate(2026, 1, 31), QTime(8, 0), QTimeZone::utc()));
    const StoreStatistics beforeClosing = StoreStatistics::collect(store);
    auto day = closings.closeEndedPeriods(shop->admin);
    QVERIFY2(day.ok(), qPrintable(day.error().message));
    QCOMPARE(day->size(), 3);
    const QDate days[] = {QDate(2026, 1, 27), QDate(2026, 1, 28), QDate(2026, 1, 30)};
    const qint64 totals[] = {1000, 200, 3000};
    const qint64 grand[] = {1000, 1200, 4200};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(day->at(i).kind, PeriodKind::Day);
        QCOMPARE(day->at(i).first, days[i]);
        QCOMPARE(day->at(i).last, days[i]);
        QCOMPARE(day->at(i).salesCount, qint64(1));
        QCOMPARE(day->at(i).salesTotalCents, totals[i]);
        QCOMPARE(day->at(i).refundsTotalCents, qint64(0));
        QCOMPARE(day->at(i).grandTotalCents, grand[i]);
        QVERIFY(day->at(i).stamp.number.startsWith(QStringLiteral("CAISSE1-C")));
    }
    QCOMPARE(StoreStatistics::collect(store).journalRecords, beforeClosing.journalRecords + 3);
    QCOMPARE(closings.list(PeriodKind::Day).size(), 3);
    QCOMPARE(closings.list(PeriodKind::Month).size(), 0);

    // Never twice.
    const StoreStatistics before = StoreStatistics::collect(store);
    auto again = closings.closeEndedPeriods(shop->admin);
    QVERIFY(again.ok());
    QVERIFY(again->isEmpty());
    QCOMPARE(StoreStatistics::collect(store).journalRecords, before.journalRecords);

    // February: a sale, then the month of January closes.
    sellAt(*shop, QDateTime(QDate(2026, 2, 3), QTime(10, 0), QTimeZone::utc()), 500);
    shop->clock.set(QDateTime(QDate(2026, 2, 4), QTime(8, 0), QTimeZone::utc()));
    auto february = closings.closeEndedPeriods(shop->admin);
    QVERIFY2(february.ok(), qPrintable(february.error().message));
    QCOMPARE(february->size(), 2);
    QCOMPARE(february->at(0).kind, PeriodKind::Day);
    QCOMPARE(february->at(0).first, QDate(2026, 2, 3));
    QCOMPARE(february->at(0).grandTotalCents, qint64(4700));
    QCOMPARE(february->at(1).kind, PeriodKind::Month);
    QCOMPARE(february->at(1).first, QDate(2026, 1, 1));
    QCOMPARE(february->at(1).last, QDate(2026, 1, 31));
    QCOMPARE(february->at(1).salesCount, qint64(3));
    QCOMPARE(february->at(1).salesTotalCents, qint64(4200));
    QCOMPARE(february->at(1).grandTotalCents, qint64(4200));
    const auto months = closings.list(PeriodKind::Month);
    QCOMPARE(months.size(), 1);
    QCOMPARE(months.first().stamp.number, february->at(1).stamp.number);
    QCOMPARE(months.first().salesTotalCents, qint64(4200));

    // Still never twice, a day later.
    shop->clock.set(QDateTime(QDate(2026, 2, 5), QTime(8, 0), QTimeZone::utc()));
    QVERIFY(closings.closeEndedPeriods(shop->admin)->isEmpty());
    QCOMPARE(closings.list(PeriodKind::Day).size(), 4);
    QCOMPARE(closings.list(PeriodKind::Month).size(), 1);
    QCOMPARE(closings.list(PeriodKind::Year).size(), 0);
    const auto report = IntegrityCheck(store).run().value();
    QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

void TestClosings::refusedWithoutPermission_data()
{
    QTest::addColumn<QString>("who");
    QTest::newRow("cashier") << QStringLiteral("cashier");
    QTest::newRow("supervisor") << QStringLiteral("supervisor");
}

void TestClosings::refusedWithoutPermission()
{
    QFETCH(QString, who);
    auto shop = TestShop::create();
    QVERIFY(shop);
    sellAt(*shop, QDateTime(QDate(2026, 1, 27), QTime(10, 0), QTimeZone::utc()), 1000);
    shop->clock.set(QDateTime(QDate(2026, 3, 1), QTime(10, 0), QTimeZone::utc()));
    const Actor &actor = who == QLatin1String("cashier") ? shop->cashier : shop->supervisor;
    auto result = Closings(*shop->store).closeEndedPeriods(actor);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::PermissionDenied);
    QVERIFY(Closings(*shop->store).list(PeriodKind::Day).isEmpty());
    QVERIFY(Closings(*shop->store).list(PeriodKind::Month).isEmpty());
}

QTEST_GUILESS_MAIN(TestClosings)
#include "tst_closings.moc"
