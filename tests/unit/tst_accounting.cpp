// The accounting export: the day's entries balance and each account carries the amount worked
// out by hand from the documents the test records.

#include "core/accounting.h"
#include "core/cashsession.h"
#include "core/donations.h"
#include "core/sales.h"
#include "core/vat.h"
#include "tests/support/testshop.h"

#include <QTest>

using namespace recaisse::core;
using recaisse::test::TestShop;

namespace {

SaleDraft oneLine(const char *category, qint64 price, PaymentMethod method, qint64 paid)
{
    return SaleDraft{{SaleLineDraft{QString::fromLatin1(category), 1, price, std::nullopt}},
        {PaymentDraft{method, paid}}};
}

// debit − credit of an account on a day (0 when it has no line).
qint64 balance(const QList<EntryLine> &lines, const QDate &day, const QString &account)
{
    qint64 total = 0;
    for (const EntryLine &line : lines) {
        if (line.day == day && line.account == account)
            total += line.debitCents - line.creditCents;
    }
    return total;
}

} // namespace

class TestAccounting : public QObject
{
    Q_OBJECT

private slots:
    void daysBalanceAndMatchTheDocuments();
    void refusals();
    void sitePlanAndPaheko();
};

void TestAccounting::daysBalanceAndMatchTheDocuments()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    const QDate day1(2026, 3, 10);
    const QDate day2(2026, 3, 11);
    QVERIFY(CashSessions(store).open(shop->cashier, 5000).ok());
    Sales sales(store);
    // 5,00 € paid with a 10 € note: 5,00 € kept.
    QVERIFY(
        sales.record(shop->cashier, oneLine("livres.livre", 500, PaymentMethod::Cash, 1000)).ok());
    const auto card =
        sales.record(shop->cashier, oneLine("textile.vetements", 1000, PaymentMethod::Card, 1000));
    QVERIFY(card.ok());
    QVERIFY(sales.record(shop->cashier, oneLine("divers", 2000, PaymentMethod::Cheque, 2000)).ok());
    // The card sale is given back by card.
    QVERIFY(
        sales
            .refund(shop->admin,
                RefundDraft{card->stamp.number, {}, PaymentMethod::Card, QStringLiteral("Taché")})
            .ok());
    QVERIFY(Donations(store).record(shop->cashier, {PaymentMethod::Cash, 700}).ok());
    QVERIFY(Donations(store).record(shop->cashier, {PaymentMethod::Cheque, 300}).ok());
    // The drawer should hold 50 + 5 + 7 = 62,00 €; 61,80 € is counted (0,20 € missing).
    auto z = CashSessions(store).close(shop->cashier, CloseRequest{{{1, 6180}}, {}, {}});
    QVERIFY2(z.ok(), qPrintable(z.error().message));

    // From the next day on, liable at 20 %.
    VatStatus liable;
    liable.regime = VatRegime::Liable;
    liable.effectiveDay = day2;
    QVERIFY(TillRules(store).setVat(shop->admin, liable).ok());
    shop->clock.advanceSecs(24 * 3600);
    QVERIFY(CashSessions(store).open(shop->cashier, 5000).ok());
    QVERIFY(sales.record(shop->cashier, oneLine("divers", 1503, PaymentMethod::Card, 1503)).ok());
    // Day 2's session is still open: its figures could change, the export names the register.
    const auto open = AccountingExport(store).entries(shop->admin, day1, day2);
    QVERIFY(!open);
    QCOMPARE(open.error().code, ErrorCode::Conflict);
    QVERIFY2(
        open.error().message.contains(QStringLiteral("CAISSE1")), qPrintable(open.error().message));
    QVERIFY(AccountingExport(store).entries(shop->admin, day1, day1).ok());
    QVERIFY(CashSessions(store).close(shop->cashier, CloseRequest{{{1, 5000}}, {}, {}}).ok());

    const auto lines = AccountingExport(store).entries(shop->admin, day1, day2);
    QVERIFY2(lines.ok(), qPrintable(lines.error().message));
    for (const QDate &day : {day1, day2}) {
        qint64 debit = 0;
        qint64 credit = 0;
        for (const EntryLine &line : *lines) {
            if (line.day == day) {
                debit += line.debitCents;
                credit += line.creditCents;
            }
        }
        QVERIFY(debit > 0);
        QCOMPARE(debit, credit);
    }
    // Day 1: cash 5,00 + 7,00 donated − 0,20 missing; cards 10,00 − 10,00; cheques 20,00 + 3,00.
    QCOMPARE(balance(*lines, day1, QStringLiteral("530")), 500 + 700 - 20);
    QCOMPARE(balance(*lines, day1, QStringLiteral("5115")), 0);
    QCOMPARE(balance(*lines, day1, QStringLiteral("5112")), 2000 + 300);
    QCOMPARE(balance(*lines, day1, QStringLiteral("707")), -(500 + 2000));
    QCOMPARE(balance(*lines, day1, QStringLiteral("7541")), -(700 + 300));
    QCOMPARE(balance(*lines, day1, QStringLiteral("658")), 20);
    QCOMPARE(balance(*lines, day1, QStringLiteral("44571")), 0);
    // Day 2: 15,03 € at 20 %: 12,53 € excluding VAT (1252,5 rounded half up), 2,50 € VAT.
    QCOMPARE(balance(*lines, day2, QStringLiteral("5115")), 1503);
    QCOMPARE(balance(*lines, day2, QStringLiteral("707")), -1253);
    QCOMPARE(balance(*lines, day2, QStringLiteral("44571")), -250);

    const auto exported = AccountingExport(store).exportCsv(shop->admin, day1, day2);
    QVERIFY(exported.ok());
    QCOMPARE(recaisse::test::auditCount(store, QStringLiteral("export.accounting")), 1);
    const QByteArray csv = *exported;
    QCOMPARE(csv, AccountingExport::csv(*lines));
    QVERIFY(csv.startsWith("date;journal;piece;account;label;debit;credit\n"));
    QVERIFY(csv.contains("2026-03-11;VE;J-2026-03-11;44571;VAT collected;;2,50\n"));
}

void TestAccounting::refusals()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    AccountingExport accounting(*shop->store);
    QCOMPARE(accounting.entries(shop->cashier, QDate(2026, 3, 1), QDate(2026, 3, 2)).error().code,
        ErrorCode::PermissionDenied);
    QCOMPARE(accounting.entries(shop->admin, QDate(2026, 3, 2), QDate(2026, 3, 1)).error().code,
        ErrorCode::InvalidInput);
    const auto empty = accounting.entries(shop->admin, QDate(2026, 3, 1), QDate(2026, 3, 2));
    QVERIFY(empty.ok());
    QVERIFY(empty->isEmpty());
}

// The site's account plan, changed by an administrator (audited, every account required), and
// Paheko's grouped import format.
void TestAccounting::sitePlanAndPaheko()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    const QDate day(2026, 3, 10);
    QVERIFY(CashSessions(store).open(shop->cashier, 5000).ok());
    QVERIFY(Sales(store)
                .record(shop->cashier, oneLine("livres.livre", 1000, PaymentMethod::Cash, 1000))
                .ok());
    QVERIFY(CashSessions(store).close(shop->cashier, CloseRequest{{{1, 6000}}, {}, {}}).ok());

    QCOMPARE(AccountingExport::sitePlan(store).value(), AccountPlan{});
    AccountPlan plan;
    plan.cash = QStringLiteral("5300");
    plan.sales = QStringLiteral("7070");
    QCOMPARE(AccountingExport::setSitePlan(store, shop->cashier, plan).error().code,
        ErrorCode::PermissionDenied);
    QVERIFY(AccountingExport::setSitePlan(store, shop->admin, plan).ok());
    QCOMPARE(recaisse::test::auditCount(store, QStringLiteral("accounting.plan")), 1);
    QCOMPARE(AccountingExport::sitePlan(store).value(), plan);
    // A missing account or one with a space: refused, the plan unchanged.
    AccountPlan missing = plan;
    missing.vat.clear();
    const auto refused = AccountingExport::setSitePlan(store, shop->admin, missing);
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QVERIFY2(refused.error().message.contains(QStringLiteral("VAT collected")),
        qPrintable(refused.error().message));
    missing.vat = QStringLiteral("445 71");
    QVERIFY(!AccountingExport::setSitePlan(store, shop->admin, missing));
    QCOMPARE(AccountingExport::sitePlan(store).value(), plan);
    QCOMPARE(recaisse::test::auditCount(store, QStringLiteral("accounting.plan")), 1);

    // The export takes the site's plan: 10,00 € in cash to 5300, the sale to 7070.
    const auto lines = AccountingExport(store).entries(shop->admin, day, day);
    QVERIFY2(lines.ok(), qPrintable(lines.error().message));
    QCOMPARE(lines->size(), 2);
    QCOMPARE(balance(*lines, day, QStringLiteral("5300")), 1000);
    QCOMPARE(balance(*lines, day, QStringLiteral("7070")), -1000);

    // Paheko: its 16 columns; the entry's first line carries its type, label, date and piece,
    // the next one only its account and amount.
    const QByteArray paheko = AccountingExport::paheko(*lines);
    const QList<QByteArray> rows = paheko.split('\n');
    QCOMPARE(rows.size(), 4); // header, two lines, the empty end
    QVERIFY(rows.at(0).startsWith("Numéro d'écriture;Type;Statut;Libellé;Date;"));
    QCOMPARE(rows.at(1),
        QByteArray(";Avancé;;Till takings of 10/03/2026;10/03/2026;;J-2026-03-10;5300;;10,00;;;"
                   "Cash takings;;;"));
    QCOMPARE(rows.at(2), QByteArray(";;;;;;;7070;;;10,00;;Sales excluding VAT;;;"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(rows.at(i).count(';'), 15);
    const auto exported =
        AccountingExport(store).exportCsv(shop->admin, day, day, AccountingExport::Format::Paheko);
    QVERIFY(exported.ok());
    QCOMPARE(*exported, paheko);
}

QTEST_GUILESS_MAIN(TestAccounting)
#include "tst_accounting.moc"
