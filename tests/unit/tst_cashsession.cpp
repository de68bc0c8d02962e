#include "core/admin/sites.h"
#include "core/cashsession.h"
#include "core/integrity.h"
#include "core/ledger.h"
#include "core/sales.h"
#include "core/statistics.h"
#include "tests/support/testshop.h"

#include <QTest>

using namespace recaisse::core;
using recaisse::test::auditCount;
using recaisse::test::TestShop;

namespace {

SaleDraft saleOf(const char *category, qint64 quantity, qint64 price, QList<PaymentDraft> payments)
{
    SaleDraft draft;
    draft.lines.append(SaleLineDraft{QString::fromLatin1(category), quantity, price, std::nullopt});
    draft.payments = std::move(payments);
    return draft;
}

void verifyIntact(Store &store)
{
    const auto report = IntegrityCheck(store).run().value();
    QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

} // namespace

class TestCashSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void requireOpenSaysWhyItIsNeeded();
    void openWithFloat_data();
    void openWithFloat();
    void openCountMustMatchFloat();
    void secondOpenIsAConflict();
    void openRefusedOnReceptionStation();
    void openRefusedWithoutPermission();
    void parseCount_data();
    void parseCount();
    void parseCountRejects_data();
    void parseCountRejects();
    void closeWithEmptyCountIsRefused();
    void closeWithoutSessionIsAConflict();
    void expectedCashAndZReport();
    void varianceRules();
    void moveCashRules();
    void thresholdIsAnAdminSetting();

private:
    std::unique_ptr<TestShop> m_shop;
};

void TestCashSession::initTestCase()
{
    m_shop = TestShop::create();
    QVERIFY(m_shop);
}

void TestCashSession::cleanupTestCase()
{
    m_shop.reset();
}

void TestCashSession::openWithFloat_data()
{
    QTest::addColumn<qint64>("floatCents");
    QTest::addColumn<DenominationCount>("counted");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("0") << qint64(0) << DenominationCount{} << true;
    QTest::newRow("0 counted") << qint64(0) << DenominationCount{{100, 0}} << true;
    QTest::newRow("150 € counted")
        << qint64(15000) << DenominationCount{{5000, 2}, {2000, 2}, {500, 2}} << true;
    QTest::newRow("10 000,00 €") << qint64(1'000'000) << DenominationCount{} << true;
    QTest::newRow("10 000,00 € counted")
        << qint64(1'000'000) << DenominationCount{{50000, 20}} << true;
    QTest::newRow("10 000,01 €") << qint64(1'000'001) << DenominationCount{} << false;
    QTest::newRow("10 000,01 € counted")
        << qint64(1'000'001) << DenominationCount{{50000, 20}, {1, 1}} << false;
    QTest::newRow("-1") << qint64(-1) << DenominationCount{} << false;
    QTest::newRow("-100 €") << qint64(-10000) << DenominationCount{} << false;
}

void TestCashSession::openWithFloat()
{
    QFETCH(qint64, floatCents);
    QFETCH(DenominationCount, counted);
    QFETCH(bool, accepted);

    Store &store = *m_shop->store;
    CashSessions sessions(store);
    QVERIFY(!sessions.current());
    const StoreStatistics before = StoreStatistics::collect(store);
    auto session = sessions.open(m_shop->cashier, floatCents, counted);
    if (!accepted) {
        QVERIFY(!session.ok());
        QCOMPARE(session.error().code, ErrorCode::InvalidInput);
        QVERIFY(!sessions.current());
        QCOMPARE(StoreStatistics::collect(store).toJson(), before.toJson());
        return;
    }
    QVERIFY2(session.ok(), qPrintable(session.error().message));
    QCOMPARE(session->floatCents, floatCents);
    QCOMPARE(session->cashierName, QStringLiteral("Camille"));
    const auto current = sessions.current();
    QVERIFY(current);
    QCOMPARE(current->seq, session->seq);
    QCOMPARE(current->number, session->number);
    QCOMPARE(current->floatCents, floatCents);
    QCOMPARE(current->cashierId, m_shop->cashier.userId);
    QCOMPARE(StoreStatistics::collect(store).sessionsOpen, qint64(1));
    QCOMPARE(sessions.totals(session->seq)->expectedCashCents(), floatCents);
    QCOMPARE(*sessions.proposedFloat(), floatCents);

    // Close it with exactly the float.
    CloseRequest request;
    request.counted = floatCents == 0 ? DenominationCount{{100, 0}} : DenominationCount{};
    qint64 rest = floatCents;
    for (const qint64 denomination : euroDenominations()) {
        if (rest >= denomination) {
            request.counted.insert(denomination, rest / denomination);
            rest %= denomination;
        }
    }
    auto z = sessions.close(m_shop->cashier, request);
    QVERIFY2(z.ok(), qPrintable(z.error().message));
    QCOMPARE(z->varianceCents, qint64(0));
    QCOMPARE(z->totals.floatCents, floatCents);
    QVERIFY(!sessions.current());
    QCOMPARE(StoreStatistics::collect(store).sessionsOpen, qint64(0));
    QCOMPARE(StoreStatistics::collect(store).sessionsClosed, before.sessionsClosed + 1);
}

void TestCashSession::openCountMustMatchFloat()
{
    Store &store = *m_shop->store;
    CashSessions sessions(store);
    const StoreStatistics before = StoreStatistics::collect(store);
    for (const DenominationCount &count :
        {DenominationCount{{1000, 4}}, DenominationCount{{1000, 6}}, DenominationCount{{700, 5}},
            DenominationCount{{1000, -5}}, DenominationCount{{1000, 5}, {3, 1}}}) {
        auto session = sessions.open(m_shop->cashier, 5000, count);
        QVERIFY(!session.ok());
        QCOMPARE(session.error().code, ErrorCode::InvalidInput);
    }
    QVERIFY(!sessions.current());
    QCOMPARE(StoreStatistics::collect(store).toJson(), before.toJson());
}

void TestCashSession::secondOpenIsAConflict()
{
    Store &store = *m_shop->store;
    CashSessions sessions(store);
    auto first = sessions.open(m_shop->cashier, 2000);
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    const StoreStatistics before = StoreStatistics::collect(store);
    auto second = sessions.open(m_shop->admin, 3000);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, ErrorCode::Conflict);
    QVERIFY2(second.error().message.contains(first->number), qPrintable(second.error().message));
    QVERIFY2(second.error().message.contains(QStringLiteral("Camille")),
        qPrintable(second.error().message));
    QCOMPARE(sessions.current()->seq, first->seq);
    QCOMPARE(StoreStatistics::collect(store).toJson(), before.toJson());
    auto z = sessions.close(m_shop->cashier, CloseRequest{{{2000, 1}}, {}, {}});
    QVERIFY2(z.ok(), qPrintable(z.error().message));
}

void TestCashSession::openRefusedOnReceptionStation()
{
    auto reception = TestShop::create(StationKind::Reception);
    QVERIFY(reception);
    Store &store = *reception->store;
    const StoreStatistics before = StoreStatistics::collect(store);
    auto session = CashSessions(store).open(reception->cashier, 1000);
    QVERIFY(!session.ok());
    QCOMPARE(session.error().code, ErrorCode::Conflict);
    QVERIFY(!CashSessions(store).current());
    QCOMPARE(StoreStatistics::collect(store).toJson(), before.toJson());
}

void TestCashSession::openRefusedWithoutPermission()
{
    Store &store = *m_shop->store;
    CashSessions sessions(store);
    for (const Actor *actor : {&m_shop->reception, &m_shop->supervisor}) {
        const int denied = auditCount(store, QStringLiteral("permission.denied"));
        auto session = sessions.open(*actor, 1000);
        QCOMPARE(session.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(auditCount(store, QStringLiteral("permission.denied")), denied + 1);
        QVERIFY(!sessions.current());
    }
}

void TestCashSession::parseCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DenominationCount>("counted");
    QTest::addColumn<qint64>("total");

    QTest::newRow("example") << QStringLiteral("50x2,20x3,0.50x4")
                             << DenominationCount{{5000, 2}, {2000, 3}, {50, 4}} << qint64(16200);
    QTest::newRow("decimal comma")
        << QStringLiteral("0,50x4") << DenominationCount{{50, 4}} << qint64(200);
    QTest::newRow("spaces") << QStringLiteral(" 50 x 2 ; 20 x 3 ")
                            << DenominationCount{{5000, 2}, {2000, 3}} << qint64(16000);
    QTest::newRow("times sign") << QStringLiteral("10×3") << DenominationCount{{1000, 3}}
                                << qint64(3000);
    QTest::newRow("star") << QStringLiteral("0.01*7") << DenominationCount{{1, 7}} << qint64(7);
    QTest::newRow("repeated adds up")
        << QStringLiteral("5x1,5x2") << DenominationCount{{500, 3}} << qint64(1500);
    QTest::newRow("zero pieces") << QStringLiteral("2x0") << DenominationCount{{200, 0}}
                                 << qint64(0);
    QTest::newRow("500 €") << QStringLiteral("500x20") << DenominationCount{{50000, 20}}
                           << qint64(1'000'000);
}

void TestCashSession::parseCount()
{
    QFETCH(QString, text);
    QFETCH(DenominationCount, counted);
    QFETCH(qint64, total);
    auto parsed = CashSessions::parseCount(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(*parsed, counted);
    QCOMPARE(*CashSessions::countTotal(*parsed), total);
}

void TestCashSession::parseCountRejects_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("letters") << QStringLiteral("abc");
    QTest::newRow("7 € is no denomination") << QStringLiteral("7x2");
    QTest::newRow("0,03 € is no denomination") << QStringLiteral("0,03x2");
    QTest::newRow("negative count") << QStringLiteral("50x-1");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("10000 characters") << QString(10000, u'5');
    QTest::newRow("10000 characters of items") << QStringLiteral("1x1,").repeated(2500);
    QTest::newRow("missing count") << QStringLiteral("50x");
    QTest::newRow("missing denomination") << QStringLiteral("x2");
    QTest::newRow("trailing garbage") << QStringLiteral("50x2,zz");
    QTest::newRow("too many pieces") << QStringLiteral("1x999999");
    QTest::newRow("three decimals") << QStringLiteral("0.500x2");
}

void TestCashSession::parseCountRejects()
{
    QFETCH(QString, text);
    auto parsed = CashSessions::parseCount(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
    QVERIFY(!parsed.error().message.isEmpty());
    QVERIFY2(parsed.error().message.size() < 160, qPrintable(parsed.error().message));
}

void TestCashSession::closeWithEmptyCountIsRefused()
{
    Store &store = *m_shop->store;
    CashSessions sessions(store);
    QVERIFY(sessions.open(m_shop->cashier, 1000).ok());
    const StoreStatistics before = StoreStatistics::collect(store);
    auto z = sessions.close(m_shop->cashier, CloseRequest{});
    QVERIFY(!z.ok());
    QCOMPARE(z.error().code, ErrorCode::InvalidInput);
    auto bad = sessions.close(m_shop->cashier, CloseRequest{{{700, 1}}, {}, {}});
    QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
    auto tooLong =
        sessions.close(m_shop->cashier, CloseRequest{{{1000, 1}}, QString(501, u'c'), {}});
    QCOMPARE(tooLong.error().code, ErrorCode::InvalidInput);
    QVERIFY(sessions.current());
    QCOMPARE(StoreStatistics::collect(store).toJson(), before.toJson());
    QVERIFY(sessions.close(m_shop->cashier, CloseRequest{{{1000, 1}}, {}, {}}).ok());
}

void TestCashSession::closeWithoutSessionIsAConflict()
{
    CashSessions sessions(*m_shop->store);
    QVERIFY(!sessions.current());
    QCOMPARE(sessions.close(m_shop->cashier, CloseRequest{{{1000, 1}}, {}, {}}).error().code,
        ErrorCode::Conflict);
    QCOMPARE(sessions.moveCash(m_shop->cashier, MovementDirection::In, 100, QStringLiteral("x"))
                 .error()
                 .code,
        ErrorCode::Conflict);
}

void TestCashSession::expectedCashAndZReport()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    CashSessions sessions(store);
    Sales sales(store);
    auto session = sessions.open(shop->cashier, 10000, DenominationCount{{2000, 5}});
    QVERIFY2(session.ok(), qPrintable(session.error().message));

    // Cash with change: 6,00 € paid with 10,00 €.
    auto cash = sales.record(
        shop->cashier, saleOf("textile.vetements", 2, 300, {{PaymentMethod::Cash, 1000}}));
    QVERIFY2(cash.ok(), qPrintable(cash.error().message));
    QCOMPARE(cash->changeCents, qint64(400));
    // Card.
    QVERIFY(sales
                .record(shop->cashier,
                    saleOf("mobilier.chaise", 1, 1500, {{PaymentMethod::Card, 1500}}))
                .ok());
    // Split: 7,00 € cash + 3,00 € card.
    QVERIFY(sales
                .record(shop->cashier,
                    saleOf("textile.linge", 2, 500,
                        {{PaymentMethod::Cash, 700}, {PaymentMethod::Card, 300}}))
                .ok());
    // Cheque and free.
    QVERIFY(sales.record(shop->cashier, saleOf("livres.bd", 1, 400, {{PaymentMethod::Cheque, 400}}))
                .ok());
    QVERIFY(
        sales.record(shop->cashier, saleOf("jouets.peluche", 1, 50, {{PaymentMethod::Free, 50}}))
            .ok());
    // A cash refund of one of the two items of the first sale, by the admin.
    RefundDraft refundDraft;
    refundDraft.saleNumber = cash->stamp.number;
    refundDraft.lines = {RefundLineDraft{1, 1}};
    refundDraft.reason = QStringLiteral("Taché");
    auto refund = sales.refund(shop->admin, refundDraft);
    QVERIFY2(refund.ok(), qPrintable(refund.error().message));
    QCOMPARE(refund->totalCents, qint64(300));
    // Movements.
    QVERIFY(sessions.moveCash(shop->cashier, MovementDirection::In, 5000, QStringLiteral("Appoint"))
                .ok());
    QVERIFY(
        sessions
            .moveCash(shop->cashier, MovementDirection::Out, 2000, QStringLiteral("Dépôt banque"))
            .ok());

    // float + cash net of change - cash refunds + in - out
    const qint64 expected = 10000 + (600 + 700) - 300 + 5000 - 2000;
    auto totals = sessions.totals(session->seq);
    QVERIFY(totals.ok());
    QCOMPARE(totals->floatCents, qint64(10000));
    QCOMPARE(totals->cashSalesCents, qint64(1300));
    QCOMPARE(totals->cardCents, qint64(1800));
    QCOMPARE(totals->chequeCents, qint64(400));
    QCOMPARE(totals->freeCents, qint64(50));
    QCOMPARE(totals->cashRefundsCents, qint64(300));
    QCOMPARE(totals->movementsInCents, qint64(5000));
    QCOMPARE(totals->movementsOutCents, qint64(2000));
    QCOMPARE(totals->salesCount, qint64(5));
    QCOMPARE(totals->salesTotalCents, qint64(600 + 1500 + 1000 + 400 + 50));
    QCOMPARE(totals->refundsCount, qint64(1));
    QCOMPARE(totals->refundsTotalCents, qint64(300));
    QCOMPARE(totals->expectedCashCents(), expected);

    const DenominationCount count{{5000, 2}, {2000, 2}, {100, 0}};
    QCOMPARE(*CashSessions::countTotal(count), expected);
    QCOMPARE(*sessions.varianceFor(count), qint64(0));
    QCOMPARE(*sessions.varianceFor(DenominationCount{{5000, 2}}), qint64(10000 - expected));

    shop->clock.advanceSecs(3600);
    auto z = sessions.close(shop->cashier, CloseRequest{count, {}, {}});
    QVERIFY2(z.ok(), qPrintable(z.error().message));
    QCOMPARE(z->sessionSeq, session->seq);
    QCOMPARE(z->cashierName, QStringLiteral("Camille"));
    QCOMPARE(z->openedUtc, session->openedUtc);
    QCOMPARE(z->closedUtc, shop->clock.nowUtc());
    QCOMPARE(z->countedCents, expected);
    QCOMPARE(z->expectedCents, expected);
    QCOMPARE(z->varianceCents, qint64(0));
    QCOMPARE(z->thresholdCents, store.station().varianceThresholdCents);
    QCOMPARE(z->counted, count);
    QVERIFY(z->comment.isEmpty());
    QVERIFY(z->validatedBy.isEmpty());
    QCOMPARE(z->grandTotalCents, qint64(3550 - 300));
    QCOMPARE(z->totals.cashSalesCents, totals->cashSalesCents);
    QCOMPARE(z->totals.salesTotalCents, totals->salesTotalCents);
    QVERIFY(z->stamp.number.startsWith(QStringLiteral("CAISSE1-Z")));

    // Stored before returned: reading it back gives the same report.
    auto stored = sessions.zReport(z->stamp.seq);
    QVERIFY2(stored.ok(), qPrintable(stored.error().message));
    QCOMPARE(stored->stamp.number, z->stamp.number);
    QCOMPARE(stored->stamp.hash, z->stamp.hash);
    QCOMPARE(stored->stamp.seq, z->stamp.seq);
    QCOMPARE(stored->sessionSeq, z->sessionSeq);
    QCOMPARE(stored->cashierName, z->cashierName);
    QCOMPARE(stored->openedUtc, z->openedUtc);
    QCOMPARE(stored->closedUtc, z->closedUtc);
    QCOMPARE(stored->counted, z->counted);
    QCOMPARE(stored->countedCents, z->countedCents);
    QCOMPARE(stored->expectedCents, z->expectedCents);
    QCOMPARE(stored->varianceCents, z->varianceCents);
    QCOMPARE(stored->thresholdCents, z->thresholdCents);
    QCOMPARE(stored->comment, z->comment);
    QCOMPARE(stored->validatedBy, z->validatedBy);
    QCOMPARE(stored->grandTotalCents, z->grandTotalCents);
    const SessionTotals &a = stored->totals;
    const SessionTotals &b = z->totals;
    QCOMPARE(a.floatCents, b.floatCents);
    QCOMPARE(a.cashSalesCents, b.cashSalesCents);
    QCOMPARE(a.cashRefundsCents, b.cashRefundsCents);
    QCOMPARE(a.movementsInCents, b.movementsInCents);
    QCOMPARE(a.movementsOutCents, b.movementsOutCents);
    QCOMPARE(a.cardCents, b.cardCents);
    QCOMPARE(a.chequeCents, b.chequeCents);
    QCOMPARE(a.freeCents, b.freeCents);
    QCOMPARE(a.salesCount, b.salesCount);
    QCOMPARE(a.salesTotalCents, b.salesTotalCents);
    QCOMPARE(a.refundsCount, b.refundsCount);
    QCOMPARE(a.refundsTotalCents, b.refundsTotalCents);
    QCOMPARE(sessions.zReport(z->stamp.seq + 100).error().code, ErrorCode::NotFound);

    StoreStatistics stats = StoreStatistics::collect(store);
    QCOMPARE(stats.sessionsClosed, qint64(1));
    QCOMPARE(stats.sessionsOpen, qint64(0));
    QCOMPARE(stats.salesTotalCents, qint64(3550));
    QCOMPARE(stats.paymentsTotalCents, qint64(3550));
    QCOMPARE(stats.refundsTotalCents, qint64(300));

    // A second session: the grand total carries on.
    QCOMPARE(*sessions.proposedFloat(), qint64(10000));
    auto second = sessions.open(shop->cashier, 10000, DenominationCount{{2000, 5}});
    QVERIFY(second.ok());
    QVERIFY(
        sales
            .record(shop->cashier, saleOf("mobilier.table", 1, 2500, {{PaymentMethod::Card, 2500}}))
            .ok());
    auto z2 = sessions.close(shop->cashier, CloseRequest{{{2000, 5}}, {}, {}});
    QVERIFY2(z2.ok(), qPrintable(z2.error().message));
    QCOMPARE(z2->totals.salesTotalCents, qint64(2500));
    QCOMPARE(z2->grandTotalCents, z->grandTotalCents + 2500);
    QCOMPARE(sessions.zReport(z2->stamp.seq)->grandTotalCents, z->grandTotalCents + 2500);
    QCOMPARE(StoreStatistics::collect(store).sessionsClosed, qint64(2));
    verifyIntact(store);
}

void TestCashSession::varianceRules()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    CashSessions sessions(store);
    const qint64 threshold = store.station().varianceThresholdCents;
    QCOMPARE(threshold, qint64(500));
    QVERIFY(sessions.open(shop->cashier, 10000, DenominationCount{{2000, 5}}).ok());

    // Exactly at the threshold: no comment, no validation.
    const DenominationCount atThreshold{{2000, 4}, {1000, 1}, {500, 1}}; // 95 €
    QCOMPARE(*sessions.varianceFor(atThreshold), -threshold);
    const int alerts = auditCount(store, QStringLiteral("alert.cash-variance"));
    auto z = sessions.close(shop->cashier, CloseRequest{atThreshold, {}, {}});
    QVERIFY2(z.ok(), qPrintable(z.error().message));
    QCOMPARE(z->varianceCents, -threshold);
    QVERIFY(z->validatedBy.isEmpty());
    QCOMPARE(auditCount(store, QStringLiteral("alert.cash-variance")), alerts);

    // Beyond it (20 € missing).
    QVERIFY(sessions.open(shop->cashier, 10000, DenominationCount{{2000, 5}}).ok());
    const DenominationCount short20{{2000, 4}};
    const StoreStatistics before = StoreStatistics::collect(store);
    auto noComment = sessions.close(shop->cashier, CloseRequest{short20, {}, {}});
    QCOMPARE(noComment.error().code, ErrorCode::InvalidInput);
    auto blankComment =
        sessions.close(shop->cashier, CloseRequest{short20, QStringLiteral("   "), {}});
    QCOMPARE(blankComment.error().code, ErrorCode::InvalidInput);
    const QString comment = QStringLiteral("Billet de 20 € introuvable");
    auto noValidation = sessions.close(shop->cashier, CloseRequest{short20, comment, {}});
    QCOMPARE(noValidation.error().code, ErrorCode::UnlockRequired);
    auto byCashier = sessions.close(shop->cashier,
        CloseRequest{short20, comment, Unlock{shop->cashier.userId, QStringLiteral("1111")}});
    QCOMPARE(byCashier.error().code, ErrorCode::PermissionDenied);
    auto bySupervisor = sessions.close(shop->cashier,
        CloseRequest{short20, comment, Unlock{shop->supervisor.userId, QStringLiteral("5555")}});
    QCOMPARE(bySupervisor.error().code, ErrorCode::PermissionDenied);
    auto wrongPin = sessions.close(shop->cashier,
        CloseRequest{short20, comment, Unlock{shop->admin.userId, QStringLiteral("9999")}});
    QCOMPARE(wrongPin.error().code, ErrorCode::AuthenticationFailed);
    QVERIFY(sessions.current());
    QCOMPARE(StoreStatistics::collect(store).sessionsClosed, before.sessionsClosed);
    QCOMPARE(StoreStatistics::collect(store).journalRecords,
        before.journalRecords + 0
            + (StoreStatistics::collect(store).auditEvents - before.auditEvents));

    auto validated = sessions.close(shop->cashier,
        CloseRequest{short20, comment, Unlock{shop->admin.userId, QStringLiteral("123456")}});
    QVERIFY2(validated.ok(), qPrintable(validated.error().message));
    QCOMPARE(validated->varianceCents, qint64(-2000));
    QCOMPARE(validated->validatedBy, QStringLiteral("Admin"));
    QCOMPARE(validated->comment, comment);
    QCOMPARE(auditCount(store, QStringLiteral("alert.cash-variance")), alerts + 1);
    auto stored = sessions.zReport(validated->stamp.seq);
    QCOMPARE(stored->validatedBy, QStringLiteral("Admin"));
    QCOMPARE(stored->comment, comment);
    QCOMPARE(stored->varianceCents, qint64(-2000));

    // An excess beyond the threshold needs the same, and an admin closing validates it alone.
    QVERIFY(sessions.open(shop->admin, 0).ok());
    const DenominationCount excess{{500, 1}, {1, 1}}; // 5,01 €
    QCOMPARE(sessions.close(shop->admin, CloseRequest{excess, {}, {}}).error().code,
        ErrorCode::InvalidInput);
    auto adminClose =
        sessions.close(shop->admin, CloseRequest{excess, QStringLiteral("Trouvé"), {}});
    QVERIFY2(adminClose.ok(), qPrintable(adminClose.error().message));
    QCOMPARE(adminClose->validatedBy, QStringLiteral("Admin"));
    QCOMPARE(auditCount(store, QStringLiteral("alert.cash-variance")), alerts + 2);
    verifyIntact(store);
}

void TestCashSession::moveCashRules()
{
    Store &store = *m_shop->store;
    CashSessions sessions(store);
    QVERIFY(!sessions.current());
    QVERIFY(sessions.open(m_shop->cashier, 3000).ok());
    const StoreStatistics before = StoreStatistics::collect(store);
    QCOMPARE(
        sessions.moveCash(m_shop->cashier, MovementDirection::Out, 3001, QStringLiteral("Banque"))
            .error()
            .code,
        ErrorCode::InvalidInput);
    QCOMPARE(
        sessions.moveCash(m_shop->cashier, MovementDirection::In, 1000, QString()).error().code,
        ErrorCode::InvalidInput);
    QCOMPARE(
        sessions.moveCash(m_shop->cashier, MovementDirection::In, 1000, QStringLiteral("  \n "))
            .error()
            .code,
        ErrorCode::InvalidInput);
    QCOMPARE(sessions.moveCash(m_shop->cashier, MovementDirection::In, 1000, QString(10000, u'r'))
                 .error()
                 .code,
        ErrorCode::InvalidInput);
    QCOMPARE(sessions.moveCash(m_shop->cashier, MovementDirection::In, 0, QStringLiteral("Rien"))
                 .error()
                 .code,
        ErrorCode::InvalidInput);
    QCOMPARE(
        sessions.moveCash(m_shop->cashier, MovementDirection::In, -100, QStringLiteral("Moins"))
            .error()
            .code,
        ErrorCode::InvalidInput);
    QCOMPARE(StoreStatistics::collect(store).toJson(), before.toJson());
    QCOMPARE(
        sessions.moveCash(m_shop->reception, MovementDirection::In, 100, QStringLiteral("Appoint"))
            .error()
            .code,
        ErrorCode::PermissionDenied);

    // The whole drawer can go out, not a cent more.
    auto out =
        sessions.moveCash(m_shop->cashier, MovementDirection::Out, 3000, QStringLiteral("Banque"));
    QVERIFY2(out.ok(), qPrintable(out.error().message));
    QVERIFY(out->number.startsWith(QStringLiteral("CAISSE1-M")));
    QCOMPARE(sessions.moveCash(m_shop->cashier, MovementDirection::Out, 1, QStringLiteral("Banque"))
                 .error()
                 .code,
        ErrorCode::InvalidInput);
    const auto session = sessions.current();
    QCOMPARE(sessions.totals(session->seq)->movementsOutCents, qint64(3000));
    QCOMPARE(sessions.totals(session->seq)->expectedCashCents(), qint64(0));
    QVERIFY(sessions.close(m_shop->cashier, CloseRequest{{{100, 0}}, {}, {}}).ok());
    verifyIntact(store);
}

void TestCashSession::thresholdIsAnAdminSetting()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    CashSessions sessions(store);
    QCOMPARE(store.station().varianceThresholdCents, qint64(500));

    QCOMPARE(Sites(store).setThreshold(shop->cashier, store.station().id, 100).error().code,
        ErrorCode::PermissionDenied);
    QCOMPARE(Sites(store).setThreshold(shop->supervisor, store.station().id, 100).error().code,
        ErrorCode::PermissionDenied);
    QCOMPARE(Sites(store).setThreshold(shop->admin, store.station().id, -1).error().code,
        ErrorCode::InvalidInput);
    QCOMPARE(Sites(store).setThreshold(shop->admin, store.station().id, 1'000'001).error().code,
        ErrorCode::InvalidInput);
    QCOMPARE(store.station().varianceThresholdCents, qint64(500));
    // Beyond means strictly more than the threshold, either way.
    QVERIFY(!sessions.varianceBeyondThreshold(0));
    QVERIFY(!sessions.varianceBeyondThreshold(500));
    QVERIFY(!sessions.varianceBeyondThreshold(-500));
    QVERIFY(sessions.varianceBeyondThreshold(501));
    QVERIFY(sessions.varianceBeyondThreshold(-501));

    QVERIFY(Sites(store).setThreshold(shop->admin, store.station().id, 100));
    QVERIFY(!sessions.varianceBeyondThreshold(-100));
    QVERIFY(sessions.varianceBeyondThreshold(200));
    QCOMPARE(store.station().varianceThresholdCents, qint64(100));
    QCOMPARE(auditCount(store, QStringLiteral("settings.variance-threshold")), 1);

    // A 2 € difference was within the default 5 €; it now needs a comment and a validation.
    QVERIFY(sessions.open(shop->cashier, 1000));
    auto refused = sessions.close(shop->cashier, CloseRequest{{{1000, 1}, {200, 1}}, {}, {}});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    auto z = sessions.close(shop->cashier,
        CloseRequest{{{1000, 1}, {200, 1}}, QStringLiteral("Pièce trouvée sous le tiroir"),
            Unlock{shop->admin.userId, QStringLiteral("123456")}});
    QVERIFY2(z, qPrintable(z.error().message));
    QCOMPARE(z->thresholdCents, qint64(100));
    QCOMPARE(z->validatedBy, QStringLiteral("Admin"));

    // The setting survives a reopening of the database.
    auto reopened = Store::open(shop->path(), shop->clock);
    QVERIFY(reopened);
    QCOMPARE((*reopened)->station().varianceThresholdCents, qint64(100));
}

// The open session a sale, refund, donation or fee belongs to: Conflict with the caller's reason
// while none is open, the session once it is.
void TestCashSession::requireOpenSaysWhyItIsNeeded()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    CashSessions sessions(*shop->store);
    const QString why = QStringLiteral("Open a cash session before selling.");
    const auto none = sessions.requireOpen(why);
    QVERIFY(!none);
    QCOMPARE(none.error().code, ErrorCode::Conflict);
    QCOMPARE(none.error().message, why);
    const auto opened = sessions.open(shop->cashier, 5000);
    QVERIFY(opened.ok());
    const auto open = sessions.requireOpen(why);
    QVERIFY(open.ok());
    QCOMPARE(open->seq, opened->seq);
    QCOMPARE(open->floatCents, qint64(5000));
}

QTEST_GUILESS_MAIN(TestCashSession)
#include "tst_cashsession.moc"
