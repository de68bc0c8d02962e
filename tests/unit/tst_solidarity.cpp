// Solidarity prices (issue 20): a discount on the whole ticket (a percentage or an amount) and
// free gifts, in the sale, the ticket, the Z report, the tonnage and the accounting export. Every
// expected figure is worked out by hand in the comments, never read back from the code under test.

#include "core/accounting.h"
#include "core/admin/sites.h"
#include "core/cashsession.h"
#include "core/exports/tonnagereport.h"
#include "core/integrity.h"
#include "core/parkedtickets.h"
#include "core/receipt.h"
#include "core/sales.h"
#include "core/solidarity.h"
#include "core/vat.h"
#include "tests/support/testshop.h"

#include <QSqlQuery>
#include <QTest>

using namespace recaisse::core;
using recaisse::test::rowCount;
using recaisse::test::sameVat;
using recaisse::test::TestShop;

namespace {

SaleLineDraft line(const char *category, qint64 quantity, qint64 price,
    std::optional<qint64> weight = std::nullopt, const QString &gift = {})
{
    return SaleLineDraft{QString::fromLatin1(category), quantity, price, weight, gift};
}

} // namespace

class TestSolidarity : public QObject
{
    Q_OBJECT

private slots:
    void lineDiscounts_data();
    void lineDiscounts();
    void refusedDiscounts_data();
    void refusedDiscounts();
    void fixtureDay();
    void badInputWritesNothing();
};

void TestSolidarity::lineDiscounts_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QList<qint64>>("totals");
    QTest::addColumn<QList<qint64>>("expected");
    const int percent = int(DiscountKind::Percent);
    const int fixed = int(DiscountKind::Fixed);
    // 50 % of 15,03 € = 7,515 → 7,52 € (half up); of 3,03 € = 1,515 → 1,52 €; a gift takes none.
    QTest::newRow("50 %") << percent << qint64(5000) << QList<qint64>{1503, 303, 0}
                          << QList<qint64>{752, 152, 0};
    // 10 % of 12,50 € = 1,25 €; of 9,95 € = 0,995 → 1,00 €.
    QTest::newRow("10 %") << percent << qint64(1000) << QList<qint64>{1250, 995}
                          << QList<qint64>{125, 100};
    QTest::newRow("100 %") << percent << qint64(10000) << QList<qint64>{1250, 1}
                           << QList<qint64>{1250, 1};
    // 5,00 € over 10,00 + 3,00 + 0 + 2,00 €: 333,3 → 333; 100; 0; 66,7 → 66; one cent left
    // goes to the first priced line: 334, 100, 0, 66.
    QTest::newRow("5 € spread") << fixed << qint64(500) << QList<qint64>{1000, 300, 0, 200}
                                << QList<qint64>{334, 100, 0, 66};
    QTest::newRow("whole total") << fixed << qint64(1500) << QList<qint64>{1000, 300, 0, 200}
                                 << QList<qint64>{1000, 300, 0, 200};
    // 0,02 € over three 0,01 € lines: 0 each, the two cents left to the first two lines.
    QTest::newRow("cents left") << fixed << qint64(2) << QList<qint64>{1, 1, 1}
                                << QList<qint64>{1, 1, 0};
    // A gift first: the cent left skips it.
    QTest::newRow("gift skipped") << fixed << qint64(1) << QList<qint64>{0, 3, 3}
                                  << QList<qint64>{0, 1, 0};
}

void TestSolidarity::lineDiscounts()
{
    QFETCH(int, kind);
    QFETCH(qint64, value);
    QFETCH(QList<qint64>, totals);
    QFETCH(QList<qint64>, expected);
    const auto shares =
        Solidarity::lineDiscounts(totals, Discount{DiscountKind(kind), value, QStringLiteral("x")});
    QVERIFY2(shares.ok(), qPrintable(shares.error().message));
    QCOMPARE(*shares, expected);
}

void TestSolidarity::refusedDiscounts_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("reason");
    const int percent = int(DiscountKind::Percent);
    const int fixed = int(DiscountKind::Fixed);
    const QString reason = QStringLiteral("Adhérent");
    QTest::newRow("above 100 %") << percent << qint64(10001) << reason;
    QTest::newRow("0 %") << percent << qint64(0) << reason;
    QTest::newRow("negative %") << percent << qint64(-1000) << reason;
    QTest::newRow("0 €") << fixed << qint64(0) << reason;
    QTest::newRow("above the total") << fixed << qint64(1301) << reason;
    QTest::newRow("no reason") << percent << qint64(1000) << QStringLiteral("  ");
    QTest::newRow("long reason") << percent << qint64(1000) << QString(101, QLatin1Char('a'));
}

void TestSolidarity::refusedDiscounts()
{
    QFETCH(int, kind);
    QFETCH(qint64, value);
    QFETCH(QString, reason);
    const auto shares =
        Solidarity::lineDiscounts({1000, 300}, Discount{DiscountKind(kind), value, reason});
    QVERIFY(!shares);
    QCOMPARE(shares.error().code, ErrorCode::InvalidInput);
}

void TestSolidarity::fixtureDay()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    // Liable from 11/03/2026: books 5,5 % (on the parent category), clothes 10 %, else 20 %.
    VatStatus liable;
    liable.regime = VatRegime::Liable;
    liable.defaultRateBp = 2000;
    liable.categoryRatesBp = {
        {QStringLiteral("livres"), 550}, {QStringLiteral("textile.vetements"), 1000}};
    liable.effectiveDay = QDate(2026, 3, 11);
    QVERIFY(TillRules(store).setVat(shop->admin, liable).ok());
    shop->clock.advanceSecs(24 * 3600);
    const QDate day(2026, 3, 11);
    QVERIFY(CashSessions(store).open(shop->cashier, 5000).ok());
    Sales sales(store);

    // Ticket A: a member's −10 %. 10,00 € of books → 1,00 € off; 15,03 € of misc → 1,503 →
    // 1,50 € off. Paid 30,00 € in cash: total 9,00 + 13,53 = 22,53 €, change 7,47 €.
    SaleDraft a{{line("livres.livre", 1, 1000), line("divers", 1, 1503)},
        {{PaymentMethod::Cash, 3000}},
        Discount{DiscountKind::Percent, 1000, QStringLiteral(" Adhérent ")}};
    QCOMPARE(Sales::total(a), qint64(2253));
    auto saleA = sales.record(shop->cashier, a);
    QVERIFY2(saleA.ok(), qPrintable(saleA.error().message));
    QCOMPARE(saleA->totalCents, qint64(2253));
    QCOMPARE(saleA->changeCents, qint64(747));
    QCOMPARE(saleA->lines.at(0).discountCents, qint64(100));
    QCOMPARE(saleA->lines.at(1).discountCents, qint64(150));
    QCOMPARE(saleA->lines.at(1).totalCents, qint64(1353));
    // 9,00 € at 5,5 %: 853,08 → 8,53 €, VAT 0,47 €; 13,53 € at 20 %: 1127,5 → 11,28 €, VAT 2,25 €.
    QVERIFY(sameVat(saleVat(*saleA), {{550, 900, 853, 47}, {2000, 1353, 1128, 225}}));

    // Ticket B: 5,00 € off for a social-services card. 2 × 2,50 € of clothes and 10,00 € misc:
    // 500 × 500 / 1500 = 166,7 → 166, 500 × 1000 / 1500 = 333,3 → 333, the cent left to the
    // first line: 167 and 333. Totals 3,33 + 6,67 = 10,00 € by card.
    SaleDraft b{{line("textile.vetements", 2, 250), line("divers", 1, 1000)},
        {{PaymentMethod::Card, 1000}},
        Discount{DiscountKind::Fixed, 500, QStringLiteral("Carte services sociaux")}};
    auto saleB = sales.record(shop->cashier, b);
    QVERIFY2(saleB.ok(), qPrintable(saleB.error().message));
    QCOMPARE(saleB->lines.at(0).discountCents, qint64(167));
    QCOMPARE(saleB->lines.at(0).totalCents, qint64(333));
    QCOMPARE(saleB->lines.at(1).totalCents, qint64(667));
    // 3,33 € at 10 %: 302,7 → 3,03 €, VAT 0,30 €; 6,67 € at 20 %: 555,8 → 5,56 €, VAT 1,11 €.
    QVERIFY(sameVat(saleVat(*saleB), {{1000, 333, 303, 30}, {2000, 667, 556, 111}}));

    // Ticket C: a free gift for street outreach (2,5 kg at 0 €: below the misc minimum of
    // 0,10 €, so an administrator keys it, as any 0 € line there) and a 2,00 € book by cheque.
    SaleDraft c{
        {line("divers", 1, 0, 2500, QStringLiteral("Maraude")), line("livres.livre", 1, 200)},
        {{PaymentMethod::Cheque, 200}}, std::nullopt};
    QVERIFY(!sales.record(shop->cashier, c));
    auto saleC = sales.record(shop->admin, c);
    QVERIFY2(saleC.ok(), qPrintable(saleC.error().message));
    QCOMPARE(saleC->overrideBy, shop->admin.name);
    QCOMPARE(saleC->lines.at(0).giftReason, QStringLiteral("Maraude"));
    // 2,00 € at 5,5 %: 189,57 → 1,90 €, VAT 0,10 €; the gift's rate carries nothing.
    QVERIFY(sameVat(saleVat(*saleC), {{550, 200, 190, 10}, {2000, 0, 0, 0}}));

    // One of the two discounted clothes back by card: 333 × 1 / 2 = 166,5 → 1,66 €; the second
    // would give back the 1,67 € left, so both make exactly the line's 3,33 €.
    auto refund = sales.refund(shop->admin,
        RefundDraft{saleB->stamp.number, {{1, 1}}, PaymentMethod::Card, QStringLiteral("Taché")});
    QVERIFY2(refund.ok(), qPrintable(refund.error().message));
    QCOMPARE(refund->totalCents, qint64(166));

    // The sale read back keeps the discount, the original prices and the gift.
    const auto readA = sales.findByNumber(saleA->stamp.number);
    QVERIFY(readA.ok());
    QCOMPARE(readA->discount,
        std::optional(Discount{DiscountKind::Percent, 1000, QStringLiteral("Adhérent")}));
    QCOMPARE(readA->discountCents(), qint64(250));
    QCOMPARE(readA->lines.at(1).listCents(), qint64(1503));
    QCOMPARE(
        sales.findByNumber(saleC->stamp.number)->lines.at(0).giftReason, QStringLiteral("Maraude"));

    // The ticket: original prices, each line's discount, the reason and the rate.
    const SiteInfo printed = Sites(store).printedSite();
    const QString ticketA = Receipt::forSale(*readA, printed, store.station(), store.timeZone())
                                .join(QLatin1Char('\n'));
    QVERIFY2(ticketA.contains(QStringLiteral("15,03")), qPrintable(ticketA));
    QVERIFY(ticketA.contains(QStringLiteral("Before discount")));
    QVERIFY(ticketA.contains(QStringLiteral("25,03")));
    QVERIFY(ticketA.contains(QStringLiteral("Adhérent −10\u00a0%")));
    QVERIFY(ticketA.contains(QStringLiteral("-2,50")));
    QVERIFY(ticketA.contains(QStringLiteral("22,53")));
    const QString ticketC = Receipt::forSale(*saleC, printed, store.station(), store.timeZone())
                                .join(QLatin1Char('\n'));
    QVERIFY2(ticketC.contains(QStringLiteral("Free gift: Maraude")), qPrintable(ticketC));
    QVERIFY(!ticketC.contains(QStringLiteral("Before discount")));

    // The Z: sales 22,53 + 10,00 + 2,00 = 34,53 €, refunds 1,66 €; 2 discounted tickets,
    // 2,50 + 5,00 = 7,50 € off; 1 gift of 2,5 kg. The drawer: 50,00 + 22,53 = 72,53 €.
    CashSessions sessions(store);
    auto z = sessions.close(shop->cashier, CloseRequest{{{1, 7253}}, {}, {}});
    QVERIFY2(z.ok(), qPrintable(z.error().message));
    QCOMPARE(z->totals.salesTotalCents, qint64(3453));
    QCOMPARE(z->totals.refundsTotalCents, qint64(166));
    QCOMPARE(z->varianceCents, qint64(0));
    QCOMPARE(z->solidarity.discountedTickets, qint64(2));
    QCOMPARE(z->solidarity.discountCents, qint64(750));
    QCOMPARE(z->solidarity.giftItems, qint64(1));
    QCOMPARE(z->solidarity.giftGrams, qint64(2500));
    // 5,5 %: 9,00 + 2,00 = 11,00 €, net 8,53 + 1,90 = 10,43 €. 10 %: 3,33 − 1,66 = 1,67 €; the
    // refund's 1,66 € → 150,9 → 1,51 € net, so 3,03 − 1,51 = 1,52 €. 20 %: 13,53 + 6,67 =
    // 20,20 €, net 11,28 + 5,56 = 16,84 €.
    QVERIFY(sameVat(
        z->vat.liable, {{550, 1100, 1043, 57}, {1000, 167, 152, 15}, {2000, 2020, 1684, 336}}));
    const auto stored = sessions.zReport(z->stamp.seq);
    QVERIFY(stored.ok());
    QCOMPARE(stored->solidarity.discountCents, qint64(750));
    const QString zText = Receipt::forZReport(*stored, printed, store.station(), store.timeZone())
                              .join(QLatin1Char('\n'));
    QVERIFY2(zText.contains(QStringLiteral("Solidarity discounts (2)")), qPrintable(zText));
    QVERIFY(zText.contains(QStringLiteral("-7,50")));
    QVERIFY(zText.contains(QStringLiteral("Free gifts (1)")));

    // The gift is reused, apart from the sales.
    const auto tonnage = TonnageReports(store).aggregate(day, day);
    QVERIFY2(tonnage.ok(), qPrintable(tonnage.error().message));
    QCOMPARE(tonnage->total.givenGrams, qint64(2500));

    // The accounting export: cash 22,53 €, card 10,00 − 1,66 = 8,34 €, cheque 2,00 €: 32,87 €
    // received; VAT 0,57 + 0,15 + 3,36 = 4,08 €; sales net of the discounts 32,87 − 4,08 =
    // 28,79 €. Debits equal credits.
    auto entries = AccountingExport(store).entries(shop->admin, day, day);
    QVERIFY2(entries.ok(), qPrintable(entries.error().message));
    QMap<QString, qint64> balance;
    qint64 debits = 0;
    qint64 credits = 0;
    for (const EntryLine &entry : *entries) {
        balance[entry.account] += entry.debitCents - entry.creditCents;
        debits += entry.debitCents;
        credits += entry.creditCents;
    }
    QCOMPARE(debits, credits);
    QCOMPARE(balance.value(QStringLiteral("530")), qint64(2253));
    QCOMPARE(balance.value(QStringLiteral("5115")), qint64(834));
    QCOMPARE(balance.value(QStringLiteral("5112")), qint64(200));
    QCOMPARE(balance.value(QStringLiteral("44571")), qint64(-408));
    QCOMPARE(balance.value(QStringLiteral("707")), qint64(-2879));

    const auto report = IntegrityCheck(store).run().value();
    QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

void TestSolidarity::badInputWritesNothing()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    QVERIFY(CashSessions(store).open(shop->cashier, 5000).ok());
    Sales sales(store);
    const qint64 before = rowCount(store, QStringLiteral("sale"));

    SaleDraft tooMuch{{line("livres.livre", 1, 1000)}, {{PaymentMethod::Cash, 1000}},
        Discount{DiscountKind::Percent, 10001, QStringLiteral("Adhérent")}};
    auto refused = sales.record(shop->cashier, tooMuch);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);

    SaleDraft aboveTotal{{line("livres.livre", 1, 1000)}, {{PaymentMethod::Cash, 1000}},
        Discount{DiscountKind::Fixed, 1001, QStringLiteral("Adhérent")}};
    QVERIFY(!sales.record(shop->cashier, aboveTotal));

    // A gift is given at 0 €, with its reason.
    SaleDraft pricedGift{{line("divers", 1, 100, std::nullopt, QStringLiteral("Maraude"))},
        {{PaymentMethod::Cash, 100}}, std::nullopt};
    auto gift = sales.record(shop->cashier, pricedGift);
    QVERIFY(!gift);
    QVERIFY2(
        gift.error().message.contains(QStringLiteral("0,00")), qPrintable(gift.error().message));
    SaleDraft blankGift{
        {line("divers", 1, 0, std::nullopt, QStringLiteral("   "))}, {}, std::nullopt};
    const auto blank = sales.validateTicket(blankGift);
    QVERIFY(!blank);
    QVERIFY2(blank.error().message.contains(QStringLiteral("reason")),
        qPrintable(blank.error().message));
    QCOMPARE(rowCount(store, QStringLiteral("sale")), before);

    // A put-aside ticket keeps its gift.
    ParkedTickets parked(store);
    SaleDraft withGift{
        {line("divers", 1, 0, 1200, QStringLiteral("Kit étudiant"))}, {}, std::nullopt};
    auto kept = parked.park(shop->cashier, withGift);
    QVERIFY2(kept.ok(), qPrintable(kept.error().message));
    auto back = parked.resume(shop->cashier, kept->id);
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QCOMPARE(back->lines.at(0).giftReason, QStringLiteral("Kit étudiant"));
}

QTEST_GUILESS_MAIN(TestSolidarity)
#include "tst_solidarity.moc"
