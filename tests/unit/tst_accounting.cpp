// The accounting export: the day's entries balance and each account carries the amount worked
// out by hand from the documents the test records.

#include "core/accounting.h"
#include "core/cashsession.h"
#include "core/donations.h"
#include "core/sales.h"
#include "core/vat.h"
#include "tests/support/syncstation.h"
#include "tests/support/testshop.h"

#include <QTest>

#include <tuple>

using namespace recaisse::core;
using recaisse::test::sameVat;
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
    void revenueAccountPerCategory();
    void dayExportedOnceUnlessSaid();
    void registerThatSyncedNothingOfTheDay();
    void vatOfEachRegisterTicketByTicket();
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

// A revenue account per category (books, and clothes, apart; the rest to the sales account), on
// a day liable at 20 % with a partial refund: every account worked out by hand, the day balances
// and equals its Z report.
void TestAccounting::revenueAccountPerCategory()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    VatStatus liable;
    liable.regime = VatRegime::Liable;
    liable.effectiveDay = store.today().addDays(1);
    QVERIFY(TillRules(store).setVat(shop->admin, liable).ok());
    shop->clock.advanceSecs(24 * 3600);
    const QDate day = store.today();

    AccountPlan plan;
    plan.categoryAccounts.insert(QStringLiteral("livres"), QStringLiteral("7071"));
    plan.categoryAccounts.insert(QStringLiteral("textile.vetements"), QStringLiteral("7072"));
    // Refused, nothing written: an unknown category, an account with a space.
    AccountPlan unknown = plan;
    unknown.categoryAccounts.insert(QStringLiteral("nowhere"), QStringLiteral("7079"));
    QCOMPARE(AccountingExport::setSitePlan(store, shop->admin, unknown).error().code,
        ErrorCode::InvalidInput);
    AccountPlan spaced = plan;
    spaced.categoryAccounts.insert(QStringLiteral("livres"), QStringLiteral("70 71"));
    QCOMPARE(AccountingExport::setSitePlan(store, shop->admin, spaced).error().code,
        ErrorCode::InvalidInput);
    QCOMPARE(AccountingExport::sitePlan(store).value(), AccountPlan{});
    QVERIFY(AccountingExport::setSitePlan(store, shop->admin, plan).ok());
    QCOMPARE(AccountingExport::sitePlan(store).value(), plan);

    QVERIFY(CashSessions(store).open(shop->cashier, 5000).ok());
    Sales sales(store);
    // T1: a 3,33 € book in cash. T2: a 1,67 € book and 10,01 € of clothes by card. T3: 5,00 € of
    // "divers" by cheque. The book of T2 given back in cash.
    QVERIFY(
        sales.record(shop->cashier, oneLine("livres.livre", 333, PaymentMethod::Cash, 333)).ok());
    SaleDraft two{{SaleLineDraft{QStringLiteral("livres.livre"), 1, 167, std::nullopt},
                      SaleLineDraft{QStringLiteral("textile.vetements"), 1, 1001, std::nullopt}},
        {PaymentDraft{PaymentMethod::Card, 1168}}};
    const auto t2 = sales.record(shop->cashier, two);
    QVERIFY(t2.ok());
    QVERIFY(sales.record(shop->cashier, oneLine("divers", 500, PaymentMethod::Cheque, 500)).ok());
    QVERIFY(sales
                .refund(shop->admin,
                    RefundDraft{
                        t2->stamp.number, {{1, 1}}, PaymentMethod::Cash, QStringLiteral("Abîmé")})
                .ok());
    // The drawer: 50,00 + 3,33 − 1,67 = 51,66 €.
    const auto z = CashSessions(store).close(shop->cashier, CloseRequest{{{1, 5166}}, {}, {}});
    QVERIFY2(z.ok(), qPrintable(z.error().message));

    const auto lines = AccountingExport(store).entries(shop->admin, day, day);
    QVERIFY2(lines.ok(), qPrintable(lines.error().message));
    // VAT ticket by ticket (excluding VAT = gross / 1,2 rounded half up): T1 333 -> 278, VAT 55;
    // T2 1168 -> 973, VAT 195; T3 500 -> 417, VAT 83; the refund -167 -> -139, VAT -28.
    // VAT 55 + 195 + 83 - 28 = 305.
    QCOMPARE(balance(*lines, day, QStringLiteral("44571")), -305);
    // Books: 333 + 167 - 167 = 333 -> 278. Clothes: 1001 -> 834 (834,17). The sales account
    // takes the rest: received 1834 - VAT 305 - 278 - 834 = 417 (T3's 500 -> 417).
    QCOMPARE(balance(*lines, day, QStringLiteral("7071")), -278);
    QCOMPARE(balance(*lines, day, QStringLiteral("7072")), -834);
    QCOMPARE(balance(*lines, day, QStringLiteral("707")), -417);
    QCOMPARE(balance(*lines, day, QStringLiteral("530")), 333 - 167);
    QCOMPARE(balance(*lines, day, QStringLiteral("5115")), 1168);
    QCOMPARE(balance(*lines, day, QStringLiteral("5112")), 500);
    qint64 debit = 0;
    qint64 credit = 0;
    for (const EntryLine &line : *lines) {
        debit += line.debitCents;
        credit += line.creditCents;
    }
    QCOMPARE(debit, qint64(1834));
    QCOMPARE(credit, debit);
    // The Z report: sales less refunds is what the revenue accounts and the VAT hold, its
    // takings by method what the payment accounts hold.
    const SessionTotals &t = z->totals;
    QCOMPARE(t.salesTotalCents - t.refundsTotalCents, qint64(278 + 834 + 417 + 305));
    QCOMPARE(t.cashSalesCents - t.cashRefundsCents, balance(*lines, day, QStringLiteral("530")));
    QCOMPARE(t.cardCents, balance(*lines, day, QStringLiteral("5115")));
    QCOMPARE(t.chequeCents, balance(*lines, day, QStringLiteral("5112")));
    // The CSV and Paheko's format name the account's categories.
    const QByteArray csv = AccountingExport::csv(*lines);
    QVERIFY2(csv.contains(";7071;Sales excluding VAT: Livres & médias;;2,78\n"), csv.constData());
    QVERIFY(AccountingExport::paheko(*lines).contains(";7072;;;8,34;;Sales excluding VAT: "));
}

// A day already exported is refused without `again`, whatever the range that holds it; with it,
// exported and audited apart.
void TestAccounting::dayExportedOnceUnlessSaid()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    const QDate day1 = store.today();
    QVERIFY(CashSessions(store).open(shop->cashier, 0).ok());
    QVERIFY(Sales(store)
                .record(shop->cashier, oneLine("livres.livre", 600, PaymentMethod::Card, 600))
                .ok());
    QVERIFY(CashSessions(store).close(shop->cashier, CloseRequest{{{1, 0}}, {}, {}}).ok());
    shop->clock.advanceSecs(24 * 3600);
    const QDate day2 = store.today();
    QVERIFY(CashSessions(store).open(shop->cashier, 0).ok());
    QVERIFY(
        Sales(store).record(shop->cashier, oneLine("divers", 900, PaymentMethod::Card, 900)).ok());
    QVERIFY(CashSessions(store).close(shop->cashier, CloseRequest{{{1, 0}}, {}, {}}).ok());

    AccountingExport accounting(store);
    QVERIFY(accounting.exportedBefore(day1, day2)->isEmpty());
    const QByteArray first = accounting.exportCsv(shop->admin, day1, day1).value();
    QCOMPARE(accounting.exportedBefore(day1, day2)->size(), 1);
    QVERIFY(accounting.exportedBefore(day2, day2)->isEmpty());
    // Day 2 alone was not exported: no question.
    QVERIFY(accounting.exportCsv(shop->admin, day2, day2).ok());
    // Both days hold an exported one: refused, named, nothing audited.
    const auto refused = accounting.exportCsv(shop->admin, day1, day2);
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QVERIFY2(refused.error().message.contains(day2.toString(QStringLiteral("dd/MM/yyyy"))),
        qPrintable(refused.error().message));
    QCOMPARE(recaisse::test::auditCount(store, QStringLiteral("export.accounting")), 2);
    QCOMPARE(recaisse::test::auditCount(store, QStringLiteral("export.accounting.again")), 0);
    // Said: the same bytes as the first time, audited as exported again.
    QCOMPARE(
        accounting.exportCsv(shop->admin, day1, day1, AccountingExport::Format::Csv, true).value(),
        first);
    QCOMPARE(recaisse::test::auditCount(store, QStringLiteral("export.accounting.again")), 1);
    QCOMPARE(accounting.exportedBefore(day1, day1)->size(), 2);
    // A cashier learns nothing and exports nothing.
    QCOMPARE(accounting.exportCsv(shop->cashier, day1, day1, AccountingExport::Format::Csv, true)
                 .error()
                 .code,
        ErrorCode::PermissionDenied);
}

// The export of a day waits for every register seen active that day: one whose last publication
// (its station.json heartbeat) was that day, or with an open session, without a closing, is
// named; once its closing arrives the day exports, with its sale. A register seen the next day
// without selling holds that day only until it publishes again.
void TestAccounting::registerThatSyncedNothingOfTheDay()
{
    recaisse::test::TwoStations shop;
    QVERIFY(shop.create());
    auto [a, b, remote, onA, onB] = std::tie(shop.a, shop.b, shop.remote, shop.onA, shop.onB);
    const auto advance = [&shop](qint64 secs) {
        shop.a.clock.advanceSecs(secs);
        shop.b.clock.advanceSecs(secs);
    };
    const QDate day = a.store->today();
    AccountingExport accounting(*a.store);
    const QStringList register2{QStringLiteral("CAISSE2")};

    // B synced this morning, nothing else: seen today without a closing.
    advance(600);
    QVERIFY(b.sync(remote).ok());
    QVERIFY(a.sync(remote).ok());
    QCOMPARE(accounting.unclosedStations(day, day).value(), register2);
    const auto refused = accounting.entries(onA, day, day);
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QVERIFY2(refused.error().message.contains(QStringLiteral("CAISSE2")),
        qPrintable(refused.error().message));
    // Yesterday is not held by it.
    QVERIFY(accounting.unclosedStations(day.addDays(-1), day.addDays(-1))->isEmpty());

    // B opens its session and sells 10,00 € by card, synced: its open session holds the day.
    QVERIFY(CashSessions(*b.store).open(onB, 0).ok());
    SaleDraft draft{{SaleLineDraft{QStringLiteral("livres.livre"), 1, 1000, std::nullopt}},
        {PaymentDraft{PaymentMethod::Card, 1000}}};
    QVERIFY(Sales(*b.store).record(onB, draft).ok());
    advance(3600);
    QVERIFY(b.sync(remote).ok());
    QVERIFY(a.sync(remote).ok());
    QCOMPARE(accounting.unclosedStations(day, day).value(), register2);
    // Closed and synced: the day exports, with B's sale.
    advance(3600);
    QVERIFY(CashSessions(*b.store).close(onB, CloseRequest{{{1, 0}}, {}, {}}).ok());
    QVERIFY(b.sync(remote).ok());
    QVERIFY(a.sync(remote).ok());
    QVERIFY(accounting.unclosedStations(day, day)->isEmpty());
    const auto lines = accounting.entries(onA, day, day);
    QVERIFY2(lines.ok(), qPrintable(lines.error().message));
    QCOMPARE(balance(*lines, day, QStringLiteral("5115")), 1000);
    QCOMPARE(balance(*lines, day, QStringLiteral("707")), -1000);

    // The next morning someone logs in at B (an audited event, published with its heartbeat),
    // without selling: that day is held, not the one before.
    advance(20 * 3600);
    const QDate next = a.store->today();
    QCOMPARE(next, day.addDays(1));
    QVERIFY(!recaisse::test::shopAdmin(*b.store).userId.isEmpty());
    QVERIFY(b.sync(remote).ok());
    QVERIFY(a.sync(remote).ok());
    QCOMPARE(accounting.unclosedStations(next, next).value(), register2);
    QVERIFY(accounting.unclosedStations(day, day)->isEmpty());
    // Seen again the day after: it recorded nothing that day, which exports (empty).
    advance(24 * 3600);
    QVERIFY(!recaisse::test::shopAdmin(*b.store).userId.isEmpty());
    QVERIFY(b.sync(remote).ok());
    QVERIFY(a.sync(remote).ok());
    QVERIFY(accounting.unclosedStations(next, next)->isEmpty());
    QVERIFY(accounting.entries(onA, next, next)->isEmpty());
}

// Two registers number their tickets alike: each station-day's VAT is summed ticket by ticket on
// its own station (3,03 € twice is 0,50 € of VAT twice, not 1,01 €), and the export books the sum.
void TestAccounting::vatOfEachRegisterTicketByTicket()
{
    recaisse::test::TwoStations shop;
    QVERIFY(shop.create());
    auto [a, b, remote, onA, onB] = std::tie(shop.a, shop.b, shop.remote, shop.onA, shop.onB);
    const QDate day = a.store->today();
    // Liable at 20 % from today, set on A, applied on B through the drive.
    VatStatus liable;
    liable.regime = VatRegime::Liable;
    liable.effectiveDay = day;
    QVERIFY(TillRules(*a.store).setVat(onA, liable).ok());
    QVERIFY(a.sync(remote).ok());
    QVERIFY(b.sync(remote).ok());

    // A sells 15,03 € twice, then 3,03 €, by card, and gives the 3,03 € back; B sells 3,03 € by
    // card.
    QVERIFY(CashSessions(*a.store).open(onA, 0).ok());
    for (int i = 0; i < 2; ++i)
        QVERIFY(
            Sales(*a.store).record(onA, oneLine("divers", 1503, PaymentMethod::Card, 1503)).ok());
    const auto a1 = Sales(*a.store).record(onA, oneLine("divers", 303, PaymentMethod::Card, 303));
    QVERIFY2(a1.ok(), qPrintable(a1.error().message));
    QCOMPARE(a1->vatRegime, std::optional(VatRegime::Liable));
    QVERIFY(Sales(*a.store)
                .refund(onA,
                    RefundDraft{a1->stamp.number, {}, PaymentMethod::Card, QStringLiteral("Cassé")})
                .ok());
    QVERIFY(CashSessions(*a.store).close(onA, CloseRequest{{{1, 0}}, {}, {}}).ok());
    QVERIFY(CashSessions(*b.store).open(onB, 0).ok());
    const auto b1 = Sales(*b.store).record(onB, oneLine("divers", 303, PaymentMethod::Card, 303));
    QVERIFY2(b1.ok(), qPrintable(b1.error().message));
    QCOMPARE(b1->vatRegime, std::optional(VatRegime::Liable));
    // The same number in each register's sequence: only the station tells the tickets apart.
    QCOMPARE(b1->stamp.seq, a1->stamp.seq);
    QVERIFY(CashSessions(*b.store).close(onB, CloseRequest{{{1, 0}}, {}, {}}).ok());
    QVERIFY(b.sync(remote).ok());
    QVERIFY(a.sync(remote).ok());

    // 3,03 € at 20 %: 252,5 → 2,53 € excluding VAT, 0,50 € VAT; 15,03 €: 1252,5 → 12,53 €, 2,50 €.
    const TillRules rules(*a.store);
    const QString stationA = a.store->station().id;
    const QString stationB = b.store->station().id;
    const auto daily = rules.dailyVat(day.addDays(-1), day.addDays(1));
    QVERIFY2(daily.ok(), qPrintable(daily.error().message));
    QCOMPARE(daily->keys(), QList<QDate>{day});
    const QMap<QString, VatTotals> stations = daily->value(day);
    QStringList both{stationA, stationB};
    both.sort(); // station ids are random
    QCOMPARE(stations.keys(), both);
    // A: 15,03 + 15,03 + 3,03 − 3,03 €.
    QVERIFY(sameVat(stations.value(stationA).liable, {{2000, 3006, 2506, 500}}));
    QVERIFY(sameVat(stations.value(stationB).liable, {{2000, 303, 253, 50}}));
    QVERIFY(stations.value(stationA).margin.isEmpty());
    // periodVat of each station says the same.
    QVERIFY(sameVat(rules.periodVat(stationA, day, day)->liable, {{2000, 3006, 2506, 500}}));
    QVERIFY(sameVat(rules.periodVat(stationB, day, day)->liable, {{2000, 303, 253, 50}}));

    const auto lines = AccountingExport(*a.store).entries(onA, day, day);
    QVERIFY2(lines.ok(), qPrintable(lines.error().message));
    QCOMPARE(balance(*lines, day, QStringLiteral("5115")), 3006 + 303);
    QCOMPARE(balance(*lines, day, QStringLiteral("44571")), -(500 + 50));
    QCOMPARE(balance(*lines, day, QStringLiteral("707")), -(2506 + 253));
}

QTEST_GUILESS_MAIN(TestAccounting)
#include "tst_accounting.moc"
