// Cheque remittance slips (issue 20): the cheques of closed sessions (sales, donations, fees) not
// yet remitted, a numbered slip that remits them once, its PDF. Amounts worked out by hand.

#include "core/admin/sites.h"
#include "core/cashsession.h"
#include "core/chequeslips.h"
#include "core/donations.h"
#include "core/members.h"
#include "core/sales.h"
#include "tests/support/testshop.h"

#include <QSqlQuery>
#include <QTest>

using namespace recaisse::core;
using recaisse::test::auditCount;
using recaisse::test::rowCount;
using recaisse::test::TestShop;

namespace {

void closeExactly(TestShop &shop)
{
    CashSessions sessions(*shop.store);
    const qint64 expected = sessions.totals(sessions.current()->seq)->expectedCashCents();
    auto z = sessions.close(shop.cashier, CloseRequest{{{1, expected}}, {}, {}});
    QVERIFY2(z.ok(), qPrintable(z.error().message));
}

Sale sell(TestShop &shop, qint64 price, const QList<PaymentDraft> &payments)
{
    SaleLineDraft line;
    line.categoryId = QStringLiteral("livres.livre");
    line.unitPriceCents = price;
    SaleDraft draft;
    draft.lines = {line};
    draft.payments = payments;
    auto sale = Sales(*shop.store).record(shop.cashier, draft);
    if (!sale)
        qWarning() << sale.error().message;
    return sale.value();
}

} // namespace

class TestChequeSlips : public QObject
{
    Q_OBJECT

private slots:
    void remittedOnceWithItsSlip();
};

void TestChequeSlips::remittedOnceWithItsSlip()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    ChequeSlips slips(store);
    QVERIFY(CashSessions(store).open(shop->cashier, 5000).ok());
    // A 20,00 € book: 15,00 € by cheque, 5,00 € in cash; a 30,00 € donation and a 15,00 € fee
    // by cheque; a card sale, no cheque.
    const Sale split =
        sell(*shop, 2000, {{PaymentMethod::Cheque, 1500}, {PaymentMethod::Cash, 500}});
    sell(*shop, 800, {{PaymentMethod::Card, 800}});
    QVERIFY(Donations(store).record(shop->cashier, {PaymentMethod::Cheque, 3000}).ok());
    Members members(store);
    const Member member =
        members.create(shop->cashier, QStringLiteral("Camille Durand"), {}).value();
    QVERIFY(members.recordFee(shop->cashier, {member.id, PaymentMethod::Cheque, 1500}).ok());

    // The session is open: nothing waits for the bank yet.
    QVERIFY(slips.pending(shop->admin)->isEmpty());
    closeExactly(*shop);
    // A new session's cheque waits for its closing.
    QVERIFY(CashSessions(store).open(shop->cashier, 5000).ok());
    sell(*shop, 700, {{PaymentMethod::Cheque, 700}});

    const QList<Cheque> pending = slips.pending(shop->admin).value();
    QCOMPARE(pending.size(), 3);
    qint64 total = 0;
    for (const Cheque &cheque : pending)
        total += cheque.amountCents;
    QCOMPARE(total, qint64(1500 + 3000 + 1500));
    QCOMPARE(pending.first().source, QStringLiteral("sale"));
    QCOMPARE(pending.first().documentNumber, split.stamp.number);
    QCOMPARE(pending.first().lineNo, 1);

    // A cashier neither lists nor remits; a supervisor lists, never remits.
    QCOMPARE(slips.pending(shop->cashier).error().code, ErrorCode::PermissionDenied);
    QVERIFY(slips.pending(shop->supervisor).ok());
    QCOMPARE(slips.remit(shop->supervisor).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(rowCount(store, QStringLiteral("cheque_slip")), qint64(0));

    const ChequeSlip slip = slips.remit(shop->admin).value();
    QCOMPARE(slip.number, QStringLiteral("CAISSE1-BR000001"));
    QCOMPARE(slip.cheques.size(), 3);
    QCOMPARE(slip.totalCents, qint64(6000));
    QCOMPARE(auditCount(store, QStringLiteral("cheque.remit")), 1);
    QVERIFY(slips.pending(shop->admin)->isEmpty());

    // Never twice: nothing left to remit, a remitted cheque refused, the database refuses the
    // line again, and a slip is never changed.
    QCOMPARE(slips.remit(shop->admin).error().code, ErrorCode::InvalidInput);
    QCOMPARE(slips.remit(shop->admin, {pending.first()}).error().code, ErrorCode::Conflict);
    QCOMPARE(rowCount(store, QStringLiteral("cheque_slip")), qint64(1));
    QSqlQuery again(store.db().connection());
    QVERIFY(!again.exec(QStringLiteral(
        "INSERT INTO cheque_slip_item (slip_id, source, station_id, seq, line_no, number, "
        "business_day, amount_cents) SELECT slip_id, source, station_id, seq, line_no, "
        "number, business_day, amount_cents FROM cheque_slip_item LIMIT 1")));
    QVERIFY(!again.exec(QStringLiteral("UPDATE cheque_slip SET total_cents = 1")));
    QVERIFY(!again.exec(QStringLiteral("DELETE FROM cheque_slip_item")));

    // The second session's 7,00 € cheque, once closed, on the next slip.
    closeExactly(*shop);
    const QList<Cheque> next = slips.pending(shop->admin).value();
    QCOMPARE(next.size(), 1);
    QCOMPARE(next.first().amountCents, qint64(700));
    QCOMPARE(slips.remit(shop->admin, next)->number, QStringLiteral("CAISSE1-BR000002"));

    // The first slip read back, and its PDF for the bank.
    const ChequeSlip found = slips.find(slip.number).value();
    QCOMPARE(found.cheques.size(), 3);
    QCOMPARE(found.totalCents, qint64(6000));
    QCOMPARE(found.cheques.at(1).source, QStringLiteral("donation"));
    const QByteArray pdf = ChequeSlips::pdf(found, Sites(store).printedSite(), store.timeZone());
    QVERIFY(pdf.startsWith("%PDF-1.4"));
    QVERIFY(pdf.endsWith("%%EOF\n"));
    QVERIFY(pdf.contains("CAISSE1-BR000001"));
    QVERIFY(pdf.contains("60,00"));
    QVERIFY(pdf.contains(split.stamp.number.toLatin1()));
    QCOMPARE(slips.find(QStringLiteral("CAISSE1-BR000009")).error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestChequeSlips)
#include "tst_chequeslips.moc"
