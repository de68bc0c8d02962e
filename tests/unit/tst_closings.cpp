#include "core/cashsession.h"
#include "core/closings.h"
#include "core/deposits.h"
#include "core/integrity.h"
#include "core/ledger.h"
#include "core/money.h"
#include "core/receipt.h"
#include "core/sales.h"
#include "core/statistics.h"
#include "core/sync/syncworker.h"
#include "tests/support/testshop.h"

#include <QSignalSpy>
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
    void closingCarriesAnchorCountsAndPerpetualTotals();
    void automaticClosingsOverAQuarterMatchClosePeriods();
    void nextPeriodEndIsTheNextBusinessMidnight();
    void printedClosing();
    void clockBehindTheLastDocumentWritesNothing();
    void dateConfirmationAfterThreeQuietDays();

private:
    static void sellAt(TestShop &shop, const QDateTime &utc, qint64 cents);
};

// A sale in the register's session, left open: closing a session would close the ended
// periods by itself (automaticClosings...), and these tests look at close-periods alone.
void TestClosings::sellAt(TestShop &shop, const QDateTime &utc, qint64 cents)
{
    shop.clock.set(utc);
    CashSessions sessions(*shop.store);
    if (!sessions.current())
        QVERIFY(sessions.open(shop.cashier, 0).ok());
    SaleDraft draft;
    draft.lines.append(SaleLineDraft{QStringLiteral("divers"), 1, cents, std::nullopt});
    draft.payments.append(PaymentDraft{PaymentMethod::Card, cents});
    auto sale = Sales(*shop.store).record(shop.cashier, draft);
    QVERIFY2(sale.ok(), qPrintable(sale.error().message));
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

void TestClosings::closingCarriesAnchorCountsAndPerpetualTotals()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    sellAt(*shop, QDateTime(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::utc()), 1500);
    sellAt(*shop, QDateTime(QDate(2026, 3, 2), QTime(11, 0), QTimeZone::utc()), 700);
    RefundDraft refund;
    refund.saleNumber = QStringLiteral("CAISSE1-T000001");
    refund.method = PaymentMethod::Card;
    refund.reason = QStringLiteral("Cassé");
    QVERIFY(Sales(store).refund(shop->admin, refund).ok());
    // The station's last document of the day: the refund.
    const auto lastOfDay = findDocument(store, QStringLiteral("CAISSE1-R000001"));
    QVERIFY(lastOfDay.ok());

    shop->clock.set(QDateTime(QDate(2026, 3, 3), QTime(9, 0), QTimeZone::utc()));
    sellAt(*shop, QDateTime(QDate(2026, 3, 3), QTime(9, 0), QTimeZone::utc()), 400);
    auto closed = Closings(store).closeEndedPeriodsAutomatically();
    QVERIFY2(closed.ok(), qPrintable(closed.error().message));
    QCOMPARE(closed->size(), 1);
    const PeriodClosing &day = closed->first();
    QCOMPARE(day.actorId, QString());
    QCOMPARE(day.salesCount, qint64(2));
    QCOMPARE(day.salesTotalCents, qint64(2200));
    QCOMPARE(day.refundsCount, qint64(1));
    QCOMPARE(day.refundsTotalCents, qint64(1500));
    QCOMPARE(day.grandTotalCents, qint64(700));
    QCOMPARE(day.absoluteGrandTotalCents, qint64(3700));
    // session-open, 2 sales, refund: the session of the 3rd and its sale come after.
    QCOMPARE(day.documentsCount, qint64(4));
    QCOMPARE(day.lastSeq, lastOfDay->seq);
    QCOMPARE(day.lastHash, lastOfDay->hash);
    // A document of the chain like any other, read back as written.
    const auto header = findDocument(store, day.stamp.number);
    QVERIFY(header.ok());
    QCOMPARE(header->kind, DocumentKind::Closing);
    QCOMPARE(header->form, 2);
    const auto listed = Closings(store).recent(10).value();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().lastHash, lastOfDay->hash);
    QCOMPARE(listed.first().absoluteGrandTotalCents, qint64(3700));
    QCOMPARE(listed.first().documentsCount, qint64(4));
    const auto report = IntegrityCheck(store).run().value();
    QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    QCOMPARE(report.closingsChecked, qint64(1));
}

// A register used only through the program (no close-periods ever) for a quarter: the day and
// month closings it makes by itself, after each session close and at midnight in the background
// worker, are those close-periods makes at the end on a station with the same sales.
void TestClosings::automaticClosingsOverAQuarterMatchClosePeriods()
{
    auto gui = TestShop::create();
    QVERIFY(gui);
    auto cli = TestShop::create();
    QVERIFY(cli);
    const QTimeZone paris("Europe/Paris");
    const auto at = [&](const QDate &day, int hour, int minute) {
        return QDateTime(day, QTime(hour, minute), paris).toUTC();
    };
    gui->clock.set(at(QDate(2026, 1, 1), 0, 30));
    cli->clock.set(at(QDate(2026, 1, 1), 0, 30));
    recaisse::core::sync::SyncWorker worker(gui->path(), gui->clock, {});
    worker.start();
    QSignalSpy workerClosings(&worker, &recaisse::core::sync::SyncWorker::periodsClosed);
    QVERIFY(CashSessions(*cli->store).open(cli->cashier, 0).ok());

    int ticket = 0;
    const auto sell = [&](TestShop &shop, qint64 cents) {
        SaleDraft draft;
        draft.lines.append(SaleLineDraft{QStringLiteral("divers"), 1, cents, std::nullopt});
        draft.payments.append(PaymentDraft{PaymentMethod::Card, cents});
        return Sales(*shop.store).record(shop.cashier, draft).ok();
    };
    for (QDate day(2026, 1, 1); day <= QDate(2026, 3, 31); day = day.addDays(1)) {
        if (day.dayOfWeek() == Qt::Sunday || day.day() == 13)
            continue; // closed
        gui->clock.set(at(day, 9, 0));
        cli->clock.set(at(day, 9, 0));
        CashSessions sessions(*gui->store);
        if (!sessions.current())
            QVERIFY(sessions.open(gui->cashier, 0).ok());
        for (int i = 0; i < 1 + day.day() % 4; ++i) {
            const qint64 cents = 100 * (1 + (++ticket * 7) % 23);
            gui->clock.advanceSecs(600);
            cli->clock.advanceSecs(600);
            QVERIFY(sell(*gui, cents));
            QVERIFY(sell(*cli, cents));
        }
        if (day.dayOfWeek() == Qt::Friday) { // a refund of the day's first ticket
            for (TestShop *shop : {gui.get(), cli.get()}) {
                RefundDraft refund;
                refund.saleNumber =
                    QStringLiteral("CAISSE1-T%1").arg(ticket, 6, 10, QLatin1Char('0'));
                refund.method = PaymentMethod::Card;
                refund.reason = QStringLiteral("Ne marche pas");
                QVERIFY(Sales(*shop->store).refund(shop->admin, refund).ok());
            }
        }
        // On Wednesdays the register stays open overnight: the worker closes the day at
        // midnight; otherwise the session closes at 18:00 and closes the days before.
        if (day.dayOfWeek() != Qt::Wednesday) {
            gui->clock.set(at(day, 18, 0));
            QVERIFY(sessions.close(gui->cashier, CloseRequest{{{100, 0}}, {}, {}}).ok());
        }
        gui->clock.set(at(day.addDays(1), 0, 0).addSecs(5));
        worker.closeEndedPeriods();
    }
    QVERIFY(workerClosings.size() > 0);

    // What close-periods makes on the other station, on April 1st.
    cli->clock.set(at(QDate(2026, 4, 1), 8, 0));
    auto manual = Closings(*cli->store).closeEndedPeriods(cli->admin);
    QVERIFY2(manual.ok(), qPrintable(manual.error().message));

    for (PeriodKind kind : {PeriodKind::Day, PeriodKind::Month}) {
        const auto automatic = Closings(*gui->store).list(kind, 1000);
        const auto expected = Closings(*cli->store).list(kind, 1000);
        QCOMPARE(automatic.size(), expected.size());
        QCOMPARE(automatic.size(), kind == PeriodKind::Day ? 74 : 3);
        for (int i = 0; i < automatic.size(); ++i) {
            const PeriodClosing &a = automatic.at(i);
            const PeriodClosing &e = expected.at(i);
            QCOMPARE(a.first, e.first);
            QCOMPARE(a.last, e.last);
            QCOMPARE(a.salesCount, e.salesCount);
            QCOMPARE(a.salesTotalCents, e.salesTotalCents);
            QCOMPARE(a.refundsCount, e.refundsCount);
            QCOMPARE(a.refundsTotalCents, e.refundsTotalCents);
            QCOMPARE(a.grandTotalCents, e.grandTotalCents);
            QCOMPARE(a.absoluteGrandTotalCents, e.absoluteGrandTotalCents);
            QCOMPARE(a.actorId, QString()); // by the program
            QCOMPARE(e.actorId, cli->admin.userId);
            // Each anchor is the last document of its own chain at the period's end.
            const QDateTime periodEnd = at(a.last.addDays(1), 0, 0);
            QVERIFY(a.stamp.createdUtc >= periodEnd);
        }
    }
    QCOMPARE(Closings(*gui->store).list(PeriodKind::Year).size(), 0);
    const auto report = IntegrityCheck(*gui->store).run().value();
    QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    QCOMPARE(report.closingsChecked, qint64(77));
}

void TestClosings::nextPeriodEndIsTheNextBusinessMidnight()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    shop->clock.set(QDateTime(QDate(2026, 7, 12), QTime(21, 59), QTimeZone::utc()));
    QCOMPARE(Closings(*shop->store).nextPeriodEndUtc(),
        QDateTime(QDate(2026, 7, 12), QTime(22, 0), QTimeZone::utc()));
    shop->clock.set(QDateTime(QDate(2026, 7, 12), QTime(22, 0), QTimeZone::utc()));
    QCOMPARE(Closings(*shop->store).nextPeriodEndUtc(),
        QDateTime(QDate(2026, 7, 13), QTime(22, 0), QTimeZone::utc()));
}

void TestClosings::printedClosing()
{
    PeriodClosing closing;
    closing.stamp.number = QStringLiteral("CAISSE1-C000007");
    closing.stamp.createdUtc = QDateTime(QDate(2026, 4, 1), QTime(6, 0), QTimeZone::utc());
    closing.stamp.hash = QStringLiteral("ab").repeated(32);
    closing.kind = PeriodKind::Month;
    closing.first = QDate(2026, 3, 1);
    closing.last = QDate(2026, 3, 31);
    closing.salesCount = 12;
    closing.salesTotalCents = 4500;
    closing.refundsCount = 1;
    closing.refundsTotalCents = 500;
    closing.documentsCount = 20;
    closing.lastSeq = 41;
    closing.lastHash = QStringLiteral("cd").repeated(32);
    closing.grandTotalCents = 90000;
    closing.absoluteGrandTotalCents = 91000;
    SiteInfo site;
    site.name = QStringLiteral("Ressourcerie");
    StationInfo station;
    station.code = QStringLiteral("CAISSE1");
    const QStringList lines =
        Receipt::forClosing(closing, site, station, QTimeZone("Europe/Paris"), 42);
    const QString text = lines.join(QLatin1Char('\n'));
    for (const QString &line : lines)
        QVERIFY2(line.size() <= 42, qPrintable(line));
    QVERIFY(text.contains(QStringLiteral("MONTH CLOSING")));
    QVERIFY(text.contains(QStringLiteral("Period: 03/2026")));
    QVERIFY(text.contains(QStringLiteral("Closed: 01/04/2026 08:00")));
    QVERIFY(text.contains(QStringLiteral("Last hash: cdcdcdcdcdcd")));
    QVERIFY(text.contains(QStringLiteral("Last document: 41")));
    QVERIFY(text.contains(QStringLiteral("Sales (12)")));
    QVERIFY(text.contains(money::format(90000)));
    QVERIFY(text.contains(money::format(91000)));
}

// A PC whose clock fell behind the station's last document (a dead CMOS battery, a wrong manual
// setting) records nothing: no sale, no deposit, no closing, and says why.
void TestClosings::clockBehindTheLastDocumentWritesNothing()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    sellAt(*shop, QDateTime(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::utc()), 1000);
    sellAt(*shop, QDateTime(QDate(2026, 3, 4), QTime(10, 0), QTimeZone::utc()), 1000);
    const StoreStatistics before = StoreStatistics::collect(store);

    for (const QDateTime &wrong : {QDateTime(QDate(2009, 1, 1), QTime(0, 0), QTimeZone::utc()),
             QDateTime(QDate(2026, 3, 3), QTime(12, 0), QTimeZone::utc())}) {
        shop->clock.set(wrong);
        SaleDraft draft;
        draft.lines.append(SaleLineDraft{QStringLiteral("divers"), 1, 500, std::nullopt});
        draft.payments.append(PaymentDraft{PaymentMethod::Card, 500});
        const auto sale = Sales(store).record(shop->cashier, draft);
        QVERIFY(!sale.ok());
        QCOMPARE(sale.error().code, ErrorCode::ClockWrong);
        QVERIFY2(sale.error().message.contains(QStringLiteral("Set the date and time of the PC")),
            qPrintable(sale.error().message));

        DepositDraft deposit;
        deposit.lines.append(DepositLineDraft{QStringLiteral("textile.vetements"), 1, 1500,
            Destination::Shop, Origin::VoluntaryDropOff});
        const auto received = Deposits(store).record(shop->reception, deposit);
        QVERIFY(!received.ok());
        QCOMPARE(received.error().code, ErrorCode::ClockWrong);

        // On the 3rd the 2nd has ended: its closing is due, and refused too.
        const auto closed = Closings(store).closeEndedPeriods(shop->admin);
        if (wrong.date().year() == 2026) {
            QVERIFY(!closed.ok());
            QCOMPARE(closed.error().code, ErrorCode::ClockWrong);
        }
        const auto automatic = Closings(store).closeEndedPeriodsAutomatically();
        QVERIFY(!automatic.ok() || automatic->isEmpty());
        const StoreStatistics after = StoreStatistics::collect(store);
        QCOMPARE(after.journalRecords, before.journalRecords);
        QCOMPARE(after.sales, before.sales);
        QCOMPARE(after.deposits, before.deposits);
        QVERIFY(Closings(store).list(PeriodKind::Day).isEmpty());
    }

    // Within the tolerance (an NTP correction), the document takes the last one's time.
    shop->clock.set(QDateTime(QDate(2026, 3, 4), QTime(9, 56), QTimeZone::utc()));
    SaleDraft draft;
    draft.lines.append(SaleLineDraft{QStringLiteral("divers"), 1, 500, std::nullopt});
    draft.payments.append(PaymentDraft{PaymentMethod::Card, 500});
    const auto sale = Sales(store).record(shop->cashier, draft);
    QVERIFY(sale.ok());
    QCOMPARE(sale->stamp.createdUtc, QDateTime(QDate(2026, 3, 4), QTime(10, 0), QTimeZone::utc()));
}

void TestClosings::dateConfirmationAfterThreeQuietDays()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    CashSessions sessions(*shop->store);
    // No document yet: nothing to compare the date with.
    QCOMPARE(sessions.needsDateConfirmation().value(), std::optional<QDate>());
    sellAt(*shop, QDateTime(QDate(2026, 3, 2), QTime(17, 0), QTimeZone::utc()), 1000);
    QVERIFY(sessions.close(shop->cashier, CloseRequest{{{100, 0}}, {}, {}}).ok());
    shop->clock.set(QDateTime(QDate(2026, 3, 5), QTime(17, 0), QTimeZone::utc()));
    QCOMPARE(sessions.needsDateConfirmation().value(), std::optional<QDate>());
    QVERIFY(sessions.checkDateConfirmation(std::nullopt).ok());
    shop->clock.advanceSecs(1);
    QCOMPARE(sessions.needsDateConfirmation().value(), std::optional<QDate>(QDate(2026, 3, 5)));
    const auto refused = sessions.checkDateConfirmation(std::nullopt);
    QCOMPARE(refused.error().code, ErrorCode::ClockWrong);
    QCOMPARE(sessions.checkDateConfirmation(QDate(2026, 3, 4)).error().code, ErrorCode::ClockWrong);
    QVERIFY(sessions.checkDateConfirmation(QDate(2026, 3, 5)).ok());
}

QTEST_GUILESS_MAIN(TestClosings)
#include "tst_closings.moc"
