// The till's money rules (issue 20): VAT regimes and the rounding rule, tickets on request and
// durable goods, money donations apart from sales. Every expected figure is written by hand below
// (worked out from the lines each test inserts), never read back from the code under test.

#include "core/admin/sites.h"
#include "core/cashsession.h"
#include "core/closings.h"
#include "core/donations.h"
#include "core/integrity.h"
#include "core/receipt.h"
#include "core/sales.h"
#include "core/statistics.h"
#include "core/sync/siteconfig.h"
#include "core/vat.h"
#include "tests/support/testshop.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace recaisse::core;
using recaisse::test::auditCount;
using recaisse::test::rowCount;
using recaisse::test::sameVat;
using recaisse::test::TestShop;

namespace {

SaleLineDraft line(const char *category, qint64 quantity, qint64 price,
    std::optional<qint64> weight = std::nullopt)
{
    return SaleLineDraft{QString::fromLatin1(category), quantity, price, weight};
}

Sale sell(TestShop &shop, QList<SaleLineDraft> lines)
{
    const SaleDraft draft{std::move(lines), {}};
    SaleDraft paid = draft;
    paid.payments = {{PaymentMethod::Card, Sales::total(draft)}};
    auto sale = Sales(*shop.store).record(shop.cashier, paid);
    if (!sale)
        qWarning() << sale.error().message;
    return sale.value();
}

void nextDay(TestShop &shop)
{
    shop.clock.advanceSecs(24 * 3600);
}

ZReport closeExactly(TestShop &shop)
{
    CashSessions sessions(*shop.store);
    const qint64 expected = sessions.totals(sessions.current()->seq)->expectedCashCents();
    auto z = sessions.close(shop.cashier, CloseRequest{{{1, expected}}, {}, {}});
    if (!z)
        qWarning() << z.error().message;
    return z.value();
}

} // namespace

class TestTillMoney : public QObject
{
    Q_OBJECT

private slots:
    void roundingHalfUp_data();
    void roundingHalfUp();
    void parseRate_data();
    void parseRate();
    void fixtureDayAcrossRegimes();
    void badVatChangesWriteNothing();
    void categoryRateFromTheEditor();
    void ticketsOnRequest();
    void negativeDonationIsRefused();
    void settingsTravelWithTheSignedConfiguration();
};

void TestTillMoney::roundingHalfUp_data()
{
    QTest::addColumn<qint64>("gross");
    QTest::addColumn<int>("rateBp");
    QTest::addColumn<qint64>("net");
    // 3 × 100 / 120 = 2,5 cents: half up to 3.
    QTest::newRow("half cent up") << qint64(3) << 2000 << qint64(3);
    QTest::newRow("7,5 -> 8") << qint64(9) << 2000 << qint64(8);
    QTest::newRow("1252,5 -> 1253") << qint64(1503) << 2000 << qint64(1253);
    QTest::newRow("83,33 -> 83") << qint64(100) << 2000 << qint64(83);
    QTest::newRow("5,5 %: 1424,64 -> 1425") << qint64(1503) << 550 << qint64(1425);
    QTest::newRow("10 %: 454,55 -> 455") << qint64(500) << 1000 << qint64(455);
    QTest::newRow("0 %") << qint64(1234) << 0 << qint64(1234);
    QTest::newRow("100 %: 0,5 -> 1") << qint64(1) << 10000 << qint64(1);
    QTest::newRow("refund: -7,5 -> -8") << qint64(-9) << 2000 << qint64(-8);
}

void TestTillMoney::roundingHalfUp()
{
    QFETCH(qint64, gross);
    QFETCH(int, rateBp);
    QFETCH(qint64, net);
    QCOMPARE(vat::excludingVat(gross, rateBp), net);
}

void TestTillMoney::parseRate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("bp"); // -1: refused
    QTest::newRow("20") << QStringLiteral("20") << 2000;
    QTest::newRow("5,5") << QStringLiteral("5,5") << 550;
    QTest::newRow("5.5 %") << QStringLiteral("5.5 %") << 550;
    QTest::newRow("2,10") << QStringLiteral("2,10") << 210;
    QTest::newRow("0") << QStringLiteral("0") << 0;
    QTest::newRow("100") << QStringLiteral("100") << 10000;
    QTest::newRow("100,01") << QStringLiteral("100,01") << -1;
    QTest::newRow("150") << QStringLiteral("150") << -1;
    QTest::newRow("-1") << QStringLiteral("-1") << -1;
    QTest::newRow("words") << QStringLiteral("vingt") << -1;
}

void TestTillMoney::parseRate()
{
    QFETCH(QString, text);
    QFETCH(int, bp);
    const auto parsed = vat::parseRate(text);
    if (bp < 0) {
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
    } else {
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(*parsed, bp);
    }
    QCOMPARE(vat::formatRate(550), QStringLiteral("5,5\u00a0%"));
    QCOMPARE(vat::formatRate(2000), QStringLiteral("20\u00a0%"));
}

void TestTillMoney::fixtureDayAcrossRegimes()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    TillRules rules(store);

    auto site = Sites(store).branding();
    QVERIFY(site.ok());
    SiteSettings withSiret = *site;
    withSiret.siret = QStringLiteral("12345678900012");
    QVERIFY(Sites(store).save(shop->admin, withSiret).ok());
    withSiret.siret = QStringLiteral("1234");
    QVERIFY(!Sites(store).save(shop->admin, withSiret));

    // Day 1 (10/03/2026): never set, not liable with the default mention.
    QVERIFY(CashSessions(store).open(shop->cashier, 5000).ok());
    const Sale exempt = sell(*shop, {line("livres.livre", 1, 1503)});
    QCOMPARE(exempt.vatRegime, std::optional(VatRegime::NotLiable));
    QVERIFY(saleVat(exempt).isEmpty());
    // The margin scheme from tomorrow on: today's tickets keep their regime.
    VatStatus margin;
    margin.regime = VatRegime::Margin;
    margin.mention = VatStatus::defaultMention(VatRegime::Margin);
    margin.effectiveDay = QDate(2026, 3, 11);
    QVERIFY(rules.setVat(shop->admin, margin).ok());
    const Sale stillExempt = sell(*shop, {line("livres.livre", 1, 303)});
    QCOMPARE(stillExempt.vatRegime, std::optional(VatRegime::NotLiable));
    const QString exemptTicket =
        Receipt::forSale(stillExempt, Sites(store).printedSite(), store.station(), store.timeZone())
            .join(QLatin1Char('\n'));
    QVERIFY2(exemptTicket.contains(QStringLiteral("TVA non applicable, art. 293 B du CGI")),
        qPrintable(exemptTicket));
    QVERIFY(exemptTicket.contains(QStringLiteral("12345678900012")));
    const ZReport z1 = closeExactly(*shop);
    QVERIFY(z1.vat.isEmpty());

    // Day 2: margin scheme, VAT on the whole price at 20 %, per ticket.
    nextDay(*shop);
    QVERIFY(CashSessions(store).open(shop->cashier, 5000).ok());
    const Sale m1 =
        sell(*shop, {line("livres.livre", 1, 1503), line("textile.vetements", 1, 1000)});
    const Sale m2 = sell(*shop, {line("livres.livre", 1, 303)});
    QCOMPARE(m1.vatRegime, std::optional(VatRegime::Margin));
    // Ticket 1: 25,03 € → 2503 × 100 / 120 = 2085,83 → 20,86 € ; VAT 4,17 €.
    QVERIFY(sameVat(saleVat(m1), {{2000, 2503, 2086, 417}}));
    // Ticket 2: 3,03 € → 252,5 cents → 2,53 € (half up); VAT 0,50 €.
    QVERIFY(sameVat(saleVat(m2), {{2000, 303, 253, 50}}));
    const QString marginTicket =
        Receipt::forSale(m1, Sites(store).printedSite(), store.station(), store.timeZone())
            .join(QLatin1Char('\n'));
    QVERIFY(marginTicket.contains(QStringLiteral("Régime particulier – Biens d’occasion")));
    // The margin scheme's VAT never appears on a ticket.
    QVERIFY(!marginTicket.contains(QStringLiteral("VAT")));
    const ZReport z2 = closeExactly(*shop);
    // The Z sums the tickets (2086 + 253), not 2806 × 100 / 120 = 2338.
    QVERIFY(sameVat(z2.vat.margin, {{2000, 2806, 2339, 467}}));
    QVERIFY(z2.vat.liable.isEmpty());

    // Day 3: liable, books at 5,5 % (set on the parent category), clothes at 10 %, else 20 %.
    VatStatus liable;
    liable.regime = VatRegime::Liable;
    liable.defaultRateBp = 2000;
    liable.categoryRatesBp = {
        {QStringLiteral("livres"), 550}, {QStringLiteral("textile.vetements"), 1000}};
    liable.effectiveDay = QDate(2026, 3, 12);
    QVERIFY(rules.setVat(shop->admin, liable).ok());
    QCOMPARE(auditCount(store, QStringLiteral("vat.change")), 2);
    nextDay(*shop);
    QVERIFY(CashSessions(store).open(shop->cashier, 5000).ok());
    const Sale l1 = sell(*shop,
        {line("livres.livre", 1, 1000), line("livres.bd", 1, 503),
            line("textile.vetements", 2, 250), line("divers", 1, 1503)});
    const Sale l2 = sell(*shop, {line("divers", 1, 303), line("eee.lampe", 1, 900, 1200)});
    // 15,03 € at 5,5 %: 1424,64 → 14,25 €; 5,00 € at 10 %: 454,55 → 4,55 €; 15,03 € at 20 %:
    // 1252,5 → 12,53 €.
    QVERIFY(sameVat(
        saleVat(l1), {{550, 1503, 1425, 78}, {1000, 500, 455, 45}, {2000, 1503, 1253, 250}}));
    // 3,03 + 9,00 = 12,03 € at 20 %: 1002,5 → 10,03 €.
    QVERIFY(sameVat(saleVat(l2), {{2000, 1203, 1003, 200}}));
    const QString liableTicket =
        Receipt::forSale(l1, Sites(store).printedSite(), store.station(), store.timeZone())
            .join(QLatin1Char('\n'));
    QVERIFY2(
        liableTicket.contains(QStringLiteral("5,5\u00a0% excl. VAT")), qPrintable(liableTicket));
    QVERIFY(liableTicket.contains(QStringLiteral("14,25")));

    // The 3,03 € line of ticket 2 is given back by card: its VAT (2,53 € + 0,50 €) comes off.
    auto refund = Sales(store).refund(shop->admin,
        RefundDraft{l2.stamp.number, {{1, 1}}, PaymentMethod::Card, QStringLiteral("Cassé")});
    QVERIFY2(refund.ok(), qPrintable(refund.error().message));

    // Donations: apart from the sales, cash ones in the drawer.
    Donations donations(store);
    QVERIFY(donations.record(shop->cashier, {PaymentMethod::Cash, 1000}).ok());
    QVERIFY(donations.record(shop->cashier, {PaymentMethod::Card, 500}).ok());
    const StoreStatistics stats = StoreStatistics::collect(store);
    // Every ticket of the three days: 15,03 + 3,03 + 25,03 + 3,03 + 35,06 + 12,03 €.
    QCOMPARE(stats.salesTotalCents, qint64(1503 + 303 + 2503 + 303 + 3506 + 1203));
    QCOMPARE(stats.donationsCents, qint64(1500));

    const ZReport z3 = closeExactly(*shop);
    QCOMPARE(z3.totals.salesCount, qint64(2));
    QCOMPARE(z3.totals.salesTotalCents, qint64(3506 + 1203));
    QCOMPARE(z3.totals.donationsCount, qint64(2));
    QCOMPARE(z3.totals.donationsCents, qint64(1500));
    QCOMPARE(z3.totals.cashDonationsCents, qint64(1000));
    QCOMPARE(z3.totals.cardDonationsCents, qint64(500));
    // Float 50,00 € + 10,00 € donated in cash; every sale was paid by card.
    QCOMPARE(z3.expectedCents, qint64(5000 + 1000));
    QCOMPARE(z3.totals.cardCents, qint64(3506 + 1203));
    QCOMPARE(z3.totals.refundsTotalCents, qint64(303));
    QVERIFY(sameVat(z3.vat.liable,
        {{550, 1503, 1425, 78}, {1000, 500, 455, 45},
            {2000, 1503 + 1203 - 303, 1253 + 1003 - 253, 250 + 200 - 50}}));
    // The Z stored, read back, says the same.
    const auto stored = CashSessions(store).zReport(z3.stamp.seq);
    QVERIFY(stored.ok());
    QCOMPARE(stored->totals.donationsCents, qint64(1500));
    QCOMPARE(stored->totals.cashDonationsCents, qint64(1000));
    QVERIFY(sameVat(stored->vat.liable, z3.vat.liable));
    const QString zText =
        Receipt::forZReport(*stored, Sites(store).printedSite(), store.station(), store.timeZone())
            .join(QLatin1Char('\n'));
    QVERIFY2(zText.contains(QStringLiteral("Donations (2)")), qPrintable(zText));
    QVERIFY(zText.contains(QStringLiteral("12345678900012")));

    // The day closing of day 3 counts the donations apart and sums the tickets' VAT.
    nextDay(*shop);
    QVERIFY(Closings(store).closeEndedPeriods(shop->admin).ok());
    const auto days = Closings(store).recent(10);
    QVERIFY(days.ok());
    const auto day3 = std::find_if(days->cbegin(), days->cend(), [](const PeriodClosing &c) {
        return c.kind == PeriodKind::Day && c.first == QDate(2026, 3, 12);
    });
    QVERIFY(day3 != days->cend());
    QCOMPARE(day3->salesTotalCents, qint64(3506 + 1203));
    QCOMPARE(day3->donationsCount, qint64(2));
    QCOMPARE(day3->donationsCents, qint64(1500));
    QVERIFY(sameVat(day3->vat.liable, z3.vat.liable));
    const auto day2 = std::find_if(days->cbegin(), days->cend(), [](const PeriodClosing &c) {
        return c.kind == PeriodKind::Day && c.first == QDate(2026, 3, 11);
    });
    QVERIFY(day2 != days->cend());
    QVERIFY(sameVat(day2->vat.margin, {{2000, 2806, 2339, 467}}));

    // Old tickets keep their meaning; every chain still verifies.
    QCOMPARE(Sales(store).findByNumber(exempt.stamp.number)->vatRegime,
        std::optional(VatRegime::NotLiable));
    QCOMPARE(
        Sales(store).findByNumber(m1.stamp.number)->vatRegime, std::optional(VatRegime::Margin));
    const auto report = IntegrityCheck(store).run().value();
    QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

// The category editor sets one category's rate: a new setting of today, copied from the one in
// force with that one change, checked and audited like any VAT setting.
void TestTillMoney::categoryRateFromTheEditor()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    TillRules rules(store);
    const QString books = QStringLiteral("livres");

    // Not liable (never set): no rate per category.
    QCOMPARE(rules.setCategoryRate(shop->admin, books, 550).error().code, ErrorCode::InvalidInput);

    VatStatus liable;
    liable.regime = VatRegime::Liable;
    liable.defaultRateBp = 2000;
    liable.categoryRatesBp = {{QStringLiteral("textile.vetements"), 1000}};
    liable.effectiveDay = QDate(2026, 3, 10);
    QVERIFY(rules.setVat(shop->admin, liable).ok());
    QCOMPARE(auditCount(store, QStringLiteral("vat.change")), 1);

    QVERIFY(rules.setCategoryRate(shop->admin, books, 550).ok());
    QCOMPARE(auditCount(store, QStringLiteral("vat.change")), 2);
    const VatStatus now = rules.vatInForce(QDate(2026, 3, 10)).value();
    // The other category's rate and the default are kept.
    QCOMPARE(now.categoryRatesBp.value(books), 550);
    QCOMPARE(now.categoryRatesBp.value(QStringLiteral("textile.vetements")), 1000);
    QCOMPARE(now.defaultRateBp, 2000);
    QCOMPARE(rules.ownRate(books).value(), std::optional<int>(550));
    QCOMPARE(rules.ownRate(QStringLiteral("livres.livre")).value(), std::optional<int>());

    // A book of 10,55 € at 5,5 % (inherited from its parent): 10,00 € excluding VAT, VAT 0,55 €.
    QVERIFY(CashSessions(store).open(shop->cashier, 5000).ok());
    const Sale book = sell(*shop, {line("livres.livre", 1, 1055)});
    QVERIFY(sameVat(saleVat(book), {{550, 1055, 1000, 55}}));

    // Refused, nothing written: a cashier, a rate above 100 %, an unknown category.
    const qint64 settings = rules.vatHistory()->size();
    QCOMPARE(rules.setCategoryRate(shop->cashier, books, 1000).error().code,
        ErrorCode::PermissionDenied);
    QCOMPARE(
        rules.setCategoryRate(shop->admin, books, 10001).error().code, ErrorCode::InvalidInput);
    QVERIFY(!rules.setCategoryRate(shop->admin, QStringLiteral("nowhere"), 1000));
    QCOMPARE(rules.vatHistory()->size(), settings);
    QCOMPARE(rules.ownRate(books).value(), std::optional<int>(550));

    // Back to the default: the next book is at 20 % (10,55 → 879,17 → 8,79 €, VAT 1,76 €); the
    // ticket already made keeps its 5,5 %.
    QVERIFY(rules.setCategoryRate(shop->admin, books, std::nullopt).ok());
    const Sale later = sell(*shop, {line("livres.livre", 1, 1055)});
    QVERIFY(sameVat(saleVat(later), {{2000, 1055, 879, 176}}));
    QVERIFY(sameVat(
        saleVat(Sales(store).findByNumber(book.stamp.number).value()), {{550, 1055, 1000, 55}}));

    // A setting scheduled for later would undo the change on its day: refused.
    VatStatus scheduled = liable;
    scheduled.effectiveDay = QDate(2026, 4, 1);
    QVERIFY(rules.setVat(shop->admin, scheduled).ok());
    QCOMPARE(rules.setCategoryRate(shop->admin, books, 550).error().code, ErrorCode::Conflict);
}

void TestTillMoney::badVatChangesWriteNothing()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    TillRules rules(store);
    QVERIFY(rules.vatHistory()->isEmpty());

    VatStatus past;
    past.regime = VatRegime::Liable;
    past.effectiveDay = QDate(2026, 3, 9); // the clock says 10/03/2026
    auto refused = rules.setVat(shop->admin, past);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);

    VatStatus tooHigh;
    tooHigh.regime = VatRegime::Liable;
    tooHigh.effectiveDay = QDate(2026, 3, 10);
    tooHigh.categoryRatesBp = {{QStringLiteral("livres"), 10001}};
    QVERIFY(!rules.setVat(shop->admin, tooHigh));
    tooHigh.categoryRatesBp.clear();
    tooHigh.defaultRateBp = -1;
    QVERIFY(!rules.setVat(shop->admin, tooHigh));

    VatStatus noMention;
    noMention.effectiveDay = QDate(2026, 3, 10);
    QVERIFY(!rules.setVat(shop->admin, noMention));

    VatStatus byCashier;
    byCashier.regime = VatRegime::Liable;
    byCashier.effectiveDay = QDate(2026, 3, 10);
    QCOMPARE(rules.setVat(shop->cashier, byCashier).error().code, ErrorCode::PermissionDenied);

    QVERIFY(rules.vatHistory()->isEmpty());
    QCOMPARE(auditCount(store, QStringLiteral("vat.change")), 0);
    QCOMPARE(rules.vatInForce(QDate(2026, 3, 10))->regime, VatRegime::NotLiable);
}

void TestTillMoney::ticketsOnRequest()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    TillRules rules(store);
    QVERIFY(CashSessions(store).open(shop->cashier, 5000).ok());

    // No durable good: printed only when the customer asks.
    const Sale books = sell(*shop, {line("livres.livre", 2, 100)});
    QVERIFY(!books.lines.at(0).durable);
    QVERIFY(!TillRules::printForced(books, *rules.printEveryTicket()));

    // An electrical appliance: always printed, with the legal warranty (2 years by default).
    const Sale lamp = sell(*shop, {line("livres.livre", 1, 100), line("eee.lampe", 1, 900, 1200)});
    QVERIFY(lamp.lines.at(1).durable);
    QCOMPARE(lamp.lines.at(1).warrantyMonths, 24);
    QVERIFY(TillRules::printForced(lamp, false));
    const QString text =
        Receipt::forSale(lamp, Sites(store).printedSite(), store.station(), store.timeZone())
            .join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QStringLiteral("Legal guarantee of conformity: 24 months")),
        qPrintable(text));
    // Read back from the chain, the ticket still says so.
    QVERIFY(Sales(store).findByNumber(lamp.stamp.number)->lines.at(1).durable);

    // The shop flags bicycles as durable goods with a 12-month warranty.
    QVERIFY(rules.setWarranty(shop->admin, QStringLiteral("sport"), {true, 12}).ok());
    QVERIFY(!rules.setWarranty(shop->admin, QStringLiteral("sport"), {true, 121}));
    QCOMPARE(rules.setWarranty(shop->cashier, QStringLiteral("sport"), {false, 0}).error().code,
        ErrorCode::PermissionDenied);
    const Sale bike = sell(*shop, {line("sport.velo", 1, 3000)});
    QVERIFY(bike.lines.at(0).durable);
    QCOMPARE(bike.lines.at(0).warrantyMonths, 12);
    QCOMPARE(auditCount(store, QStringLiteral("category.warranty")), 1);

    // A site that prints every ticket.
    QVERIFY(rules.setPrintEveryTicket(shop->admin, true).ok());
    QVERIFY(TillRules::printForced(books, *rules.printEveryTicket()));
    QCOMPARE(auditCount(store, QStringLiteral("site.ticket-printing")), 1);
}

void TestTillMoney::negativeDonationIsRefused()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    Donations donations(store);
    // Without a session: refused.
    QCOMPARE(donations.record(shop->cashier, {PaymentMethod::Cash, 500}).error().code,
        ErrorCode::Conflict);
    QVERIFY(CashSessions(store).open(shop->cashier, 5000).ok());
    const qint64 before = rowCount(store, QStringLiteral("document"));
    for (const DonationDraft &bad : {DonationDraft{PaymentMethod::Cash, -500},
             DonationDraft{PaymentMethod::Cash, 0}, DonationDraft{PaymentMethod::Free, 500}}) {
        auto refused = donations.record(shop->cashier, bad);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    }
    QCOMPARE(rowCount(store, QStringLiteral("document")), before);
    QCOMPARE(rowCount(store, QStringLiteral("donation")), qint64(0));
    auto given = donations.record(shop->cashier, {PaymentMethod::Cheque, 2000});
    QVERIFY2(given.ok(), qPrintable(given.error().message));
    QVERIFY(given->stamp.number.contains(QStringLiteral("-G")));
    // Never turnover.
    QCOMPARE(StoreStatistics::collect(store).salesTotalCents, qint64(0));
    const auto report = IntegrityCheck(store).run().value();
    QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

void TestTillMoney::settingsTravelWithTheSignedConfiguration()
{
    // Every station must make its tickets under the same rules: they live in the site and
    // category rows that the signed configuration publishes to the other stations.
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    TillRules rules(store);
    VatStatus margin;
    margin.regime = VatRegime::Margin;
    margin.mention = VatStatus::defaultMention(VatRegime::Margin);
    margin.effectiveDay = QDate(2026, 3, 12);
    QVERIFY(rules.setVat(shop->admin, margin).ok());
    QVERIFY(rules.setWarranty(shop->admin, QStringLiteral("sport.velo"), {true, 12}).ok());
    QVERIFY(rules.setPrintEveryTicket(shop->admin, true).ok());
    const auto config = sync::SiteConfig::collect(store);
    QVERIFY(config.ok());
    const QJsonObject site = config->value(QStringLiteral("site")).toObject();
    QCOMPARE(site.value(QStringLiteral("print_every_ticket")).toInteger(), 1);
    QVERIFY(
        site.value(QStringLiteral("vat_settings")).toString().contains(QStringLiteral("margin")));
    bool velo = false;
    for (const QJsonValue &value : config->value(QStringLiteral("categories")).toArray()) {
        const QJsonObject category = value.toObject();
        if (category.value(QStringLiteral("id")).toString() == QLatin1String("sport.velo")) {
            velo = true;
            QCOMPARE(category.value(QStringLiteral("durable")).toInteger(), 1);
            QCOMPARE(category.value(QStringLiteral("warranty_months")).toInteger(), 12);
        }
    }
    QVERIFY(velo);
}

QTEST_GUILESS_MAIN(TestTillMoney)
#include "tst_tillmoney.moc"
