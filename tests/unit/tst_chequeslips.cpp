// Cheque remittance slips (issue 20): the cheques of closed sessions (sales, donations, fees) not
// yet remitted, a numbered slip that remits them once, its PDF. Amounts worked out by hand.

#include "core/admin/sites.h"
#include "core/cashsession.h"
#include "core/chequeslips.h"
#include "core/donations.h"
#include "core/integrity.h"
#include "core/ledger.h"
#include "core/members.h"
#include "core/receipt.h"
#include "core/sales.h"
#include "tests/support/syncstation.h"
#include "tests/support/testshop.h"

#include <QSqlQuery>
#include <QTest>

#include <tuple>

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
    void bankAndNumberKeptWithTheCheque();
    void slipKnownOnEveryStation();
    void zListsChequesNotDeposited();
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
    QCOMPARE(rowCount(store, QStringLiteral("cheque_deposit")), qint64(0));

    const ChequeSlip slip = slips.remit(shop->admin).value();
    QCOMPARE(slip.number, QStringLiteral("CAISSE1-B000001"));
    QCOMPARE(slip.cheques.size(), 3);
    QCOMPARE(slip.totalCents, qint64(6000));
    QCOMPARE(auditCount(store, QStringLiteral("cheque.remit")), 1);
    QVERIFY(slips.pending(shop->admin)->isEmpty());

    // Never twice: nothing left to remit, a remitted cheque refused, the database refuses the
    // line again, and a slip is never changed.
    QCOMPARE(slips.remit(shop->admin).error().code, ErrorCode::InvalidInput);
    QCOMPARE(slips.remit(shop->admin, {pending.first()}).error().code, ErrorCode::Conflict);
    QCOMPARE(rowCount(store, QStringLiteral("cheque_deposit")), qint64(1));
    QSqlQuery again(store.db().connection());
    QVERIFY(!again.exec(QStringLiteral("UPDATE cheque_deposit SET total_cents = 1")));
    QVERIFY(!again.exec(QStringLiteral("DELETE FROM deposited_cheque")));
    // The slip is a document of the chain: verify finds it intact.
    QVERIFY(IntegrityCheck(store).run()->intact());

    // The second session's 7,00 € cheque, once closed, on the next slip.
    closeExactly(*shop);
    const QList<Cheque> next = slips.pending(shop->admin).value();
    QCOMPARE(next.size(), 1);
    QCOMPARE(next.first().amountCents, qint64(700));
    QCOMPARE(slips.remit(shop->admin, next)->number, QStringLiteral("CAISSE1-B000002"));

    // The first slip read back, and its PDF for the bank.
    const ChequeSlip found = slips.find(slip.number).value();
    QCOMPARE(found.cheques.size(), 3);
    QCOMPARE(found.totalCents, qint64(6000));
    QCOMPARE(found.cheques.at(1).source, QStringLiteral("donation"));
    const QByteArray pdf = ChequeSlips::pdf(found, Sites(store).printedSite(), store.timeZone());
    QVERIFY(pdf.startsWith("%PDF-1.4"));
    QVERIFY(pdf.endsWith("%%EOF\n"));
    QVERIFY(pdf.contains("CAISSE1-B000001"));
    QVERIFY(pdf.contains("60,00"));
    QVERIFY(pdf.contains(split.stamp.number.toLatin1()));
    QCOMPARE(slips.find(QStringLiteral("CAISSE1-B000009")).error().code, ErrorCode::NotFound);
}

void TestChequeSlips::bankAndNumberKeptWithTheCheque()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    QVERIFY(CashSessions(store).open(shop->cashier, 5000).ok());
    // Refused, nothing written: a bank on a card payment, a number too long.
    SaleLineDraft line{QStringLiteral("livres.livre"), 1, 1200, {}};
    SaleDraft card{{line}, {{PaymentMethod::Card, 1200, QStringLiteral("BNP"), {}}}};
    QCOMPARE(Sales(store).record(shop->cashier, card).error().code, ErrorCode::InvalidInput);
    SaleDraft tooLong{
        {line}, {{PaymentMethod::Cheque, 1200, {}, QString(maxChequeNumberLength + 1, u'7')}}};
    QCOMPARE(Sales(store).record(shop->cashier, tooLong).error().code, ErrorCode::InvalidInput);
    QCOMPARE(Sales::acceptPayment(1200, {}, card.payments.first()).error().code,
        ErrorCode::InvalidInput);
    QCOMPARE(rowCount(store, QStringLiteral("sale")), qint64(0));

    // 12,00 €: 10,00 € by a cheque of the Crédit Mutuel no. 0012345, 2,00 € by a cheque with
    // neither.
    const Sale sale = sell(*shop, 1200,
        {{PaymentMethod::Cheque, 1000, QStringLiteral(" Crédit  Mutuel "),
             QStringLiteral("0012345")},
            {PaymentMethod::Cheque, 200}});
    const Sale back = Sales(store).findByNumber(sale.stamp.number).value();
    QCOMPARE(back.payments.at(0).chequeBank, QStringLiteral("Crédit Mutuel"));
    QCOMPARE(back.payments.at(0).chequeNumber, QStringLiteral("0012345"));
    QVERIFY(back.payments.at(1).chequeBank.isEmpty());
    QCOMPARE(findDocument(store, sale.stamp.number)->form, currentForm(DocumentKind::Sale).version);
    closeExactly(*shop);

    ChequeSlips slips(store);
    const QList<Cheque> pending = slips.pending(shop->admin).value();
    QCOMPARE(pending.size(), 2);
    QCOMPARE(pending.at(0).bank, QStringLiteral("Crédit Mutuel"));
    QCOMPARE(pending.at(0).number, QStringLiteral("0012345"));
    QVERIFY(pending.at(1).number.isEmpty());
    // Only the first on the slip; it keeps its bank and number.
    const ChequeSlip slip = slips.remit(shop->admin, {pending.at(0)}).value();
    QCOMPARE(slip.totalCents, qint64(1000));
    const ChequeSlip found = slips.find(slip.number).value();
    QCOMPARE(found.cheques.first().bank, QStringLiteral("Crédit Mutuel"));
    QCOMPARE(found.cheques.first().number, QStringLiteral("0012345"));
    QVERIFY(
        ChequeSlips::pdf(found, Sites(store).printedSite(), store.timeZone()).contains("0012345"));
    QCOMPARE(slips.pending(shop->admin)->size(), 1);
    QCOMPARE(slips.slips()->size(), 1);
    QVERIFY(slips.remittedTwice()->isEmpty());
    // Every form's documents (the earlier sales, this one, the slip) verify.
    QVERIFY(IntegrityCheck(store).run()->intact());
}

void TestChequeSlips::slipKnownOnEveryStation()
{
    recaisse::test::TwoStations shop;
    QVERIFY(shop.create());
    auto [a, b, remote, onA, onB] = std::tie(shop.a, shop.b, shop.remote, shop.onA, shop.onB);

    // A cheque of 25,00 € at register B, its session closed, synced.
    QVERIFY(CashSessions(*b.store).open(onB, 0).ok());
    SaleDraft draft{{SaleLineDraft{QStringLiteral("livres.livre"), 1, 2500, {}}},
        {{PaymentMethod::Cheque, 2500, QStringLiteral("La Banque Postale"),
            QStringLiteral("9876543")}}};
    const Sale sale = Sales(*b.store).record(onB, draft).value();
    QVERIFY(CashSessions(*b.store).close(onB, CloseRequest{{{1, 0}}, {}, {}}).ok());
    QVERIFY(b.sync(remote).ok());
    QVERIFY(a.sync(remote).ok());

    // The administration station sees it with its bank and number, and deposits it.
    ChequeSlips onAdmin(*a.store);
    const QList<Cheque> pending = onAdmin.pending(onA).value();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().stationId, b.store->station().id);
    QCOMPARE(pending.first().documentNumber, sale.stamp.number);
    QCOMPARE(pending.first().bank, QStringLiteral("La Banque Postale"));
    const ChequeSlip slip = onAdmin.remit(onA).value();
    QCOMPARE(slip.number, QStringLiteral("CAISSE1-B000001"));
    QVERIFY(a.sync(remote).ok());
    QVERIFY(b.sync(remote).ok());

    // Register B knows the cheque is deposited, and the slip.
    ChequeSlips onRegister(*b.store);
    QVERIFY(onRegister.pending(onB)->isEmpty());
    const ChequeSlip known = onRegister.find(slip.number).value();
    QCOMPARE(known.totalCents, qint64(2500));
    QCOMPARE(known.cheques.first().number, QStringLiteral("9876543"));
    QCOMPARE(onRegister.slips()->first().number, slip.number);
    QVERIFY(IntegrityCheck(*b.store).run()->intact());
}

void TestChequeSlips::zListsChequesNotDeposited()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    CashSessions sessions(store);
    ChequeSlips slips(store);
    const auto amounts = [](const QList<Cheque> &cheques) {
        QList<qint64> list;
        for (const Cheque &cheque : cheques)
            list << cheque.amountCents;
        return list;
    };

    // Session 1: a 20,00 € book paid 15,00 € by a Crédit Agricole cheque no. 0012345 and 5,00 €
    // in cash; a 30,00 € donation by cheque.
    QVERIFY(sessions.open(shop->cashier, 5000).ok());
    const Sale first = sell(*shop, 2000,
        {{PaymentMethod::Cheque, 1500, QStringLiteral("Crédit Agricole"),
             QStringLiteral("0012345")},
            {PaymentMethod::Cash, 500}});
    const Donation donation =
        Donations(store).record(shop->cashier, {PaymentMethod::Cheque, 3000}).value();
    const qint64 expected1 = sessions.totals(sessions.current()->seq)->expectedCashCents();
    const ZReport z1 =
        sessions.close(shop->cashier, CloseRequest{{{1, expected1}}, {}, {}}).value();
    // Z1: 2 cheques, 15,00 + 30,00 = 45,00 €, oldest first.
    QCOMPARE(z1.chequesWaiting.size(), 2);
    QCOMPARE(amounts(z1.chequesWaiting), (QList<qint64>{1500, 3000}));
    QCOMPARE(z1.chequesWaiting.at(0).documentNumber, first.stamp.number);
    QCOMPARE(z1.chequesWaiting.at(1).documentNumber, donation.stamp.number);

    // The donation's cheque goes to the bank; session 2: a 7,00 € cheque with neither bank nor
    // number, an 8,00 € card sale.
    const QList<Cheque> afterZ1 = slips.pending(shop->admin).value();
    QVERIFY(slips.remit(shop->admin, {afterZ1.at(1)}).ok());
    QVERIFY(sessions.open(shop->cashier, 5000).ok());
    const Sale second = sell(*shop, 700, {{PaymentMethod::Cheque, 700}});
    sell(*shop, 800, {{PaymentMethod::Card, 800}});
    const ZReport z2 = sessions.close(shop->cashier, CloseRequest{{{1, 5000}}, {}, {}}).value();
    // Z2: the first session's 15,00 € cheque, still not deposited, and this one's 7,00 €: 2
    // cheques, 22,00 €; the same list as the health page's and the Cheques page's rule.
    QCOMPARE(amounts(z2.chequesWaiting), (QList<qint64>{1500, 700}));
    QCOMPARE(z2.chequesWaiting.at(1).documentNumber, second.stamp.number);
    const QList<Cheque> pending = slips.pending(shop->admin).value();
    QCOMPARE(pending.size(), z2.chequesWaiting.size());
    for (qsizetype i = 0; i < pending.size(); ++i)
        QVERIFY(pending.at(i).sameAs(z2.chequesWaiting.at(i)));

    const QString text =
        Receipt::forZReport(z2, store.site(), store.station(), store.timeZone(), 42)
            .join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QStringLiteral("Cheques not deposited (2)")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("22,00")));
    QVERIFY(text.contains(first.stamp.number));
    QVERIFY(text.contains(QStringLiteral("Crédit Agricole no. 0012345")));
    QVERIFY(text.contains(second.stamp.number));
    QVERIFY(!text.contains(donation.stamp.number));

    // Every cheque on a slip now. The Zs reprinted say what they said that evening; a third
    // session's Z has no cheque to list.
    QVERIFY(slips.remit(shop->admin).ok());
    QCOMPARE(amounts(sessions.zReport(z1.stamp.seq)->chequesWaiting), (QList<qint64>{1500, 3000}));
    QCOMPARE(amounts(sessions.zReport(z2.stamp.seq)->chequesWaiting), (QList<qint64>{1500, 700}));
    QVERIFY(sessions.open(shop->cashier, 5000).ok());
    const ZReport z3 = sessions.close(shop->cashier, CloseRequest{{{1, 5000}}, {}, {}}).value();
    QVERIFY(z3.chequesWaiting.isEmpty());
    QVERIFY(!Receipt::forZReport(z3, store.site(), store.station(), store.timeZone(), 42)
                 .join(QLatin1Char('\n'))
                 .contains(QStringLiteral("Cheques not deposited")));
}

QTEST_GUILESS_MAIN(TestChequeSlips)
#include "tst_chequeslips.moc"
