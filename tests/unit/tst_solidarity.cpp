// Solidarity prices (issue 20): a discount on the whole ticket (a percentage or an amount) and
// free gifts, in the sale, the ticket, the Z report, the tonnage and the accounting export. Every
// expected figure is worked out by hand in the comments, never read back from the code under test.

#include "core/accounting.h"
#include "core/admin/sites.h"
#include "core/cashsession.h"
#include "core/closings.h"
#include "core/exports/tonnagereport.h"
#include "core/integrity.h"
#include "core/members.h"
#include "core/money.h"
#include "core/parkedtickets.h"
#include "core/receipt.h"
#include "core/sales.h"
#include "core/solidarity.h"
#include "core/sync/siteconfig.h"
#include "core/vat.h"
#include "tests/support/testshop.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace recaisse::core;
using recaisse::test::auditCount;
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
    void sitePresets();
    void memberDiscountNeedsCurrentMembership();
    void anExpiredMemberKeepsTheTicketNotTheMemberPrice();
    void closingsShowDiscountsAndGifts();
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

    // ... and its solidarity price: 10,00 € of books and the gift at −50 % → 5,00 €.
    SaleDraft discounted{
        {line("livres.livre", 1, 1000), line("divers", 1, 0, 800, QStringLiteral("Maraude"))}, {},
        Discount{DiscountKind::Percent, 5000, QStringLiteral("Carte services sociaux")}};
    auto keptDiscount = parked.park(shop->cashier, discounted);
    QVERIFY2(keptDiscount.ok(), qPrintable(keptDiscount.error().message));
    QCOMPARE(keptDiscount->totalCents, qint64(500));
    const auto listed = parked.list().value();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().draft.discount, discounted.discount);
    QCOMPARE(listed.first().totalCents, qint64(500));
    auto resumed = parked.resume(shop->cashier, keptDiscount->id);
    QVERIFY2(resumed.ok(), qPrintable(resumed.error().message));
    QCOMPARE(resumed->discount, discounted.discount);
    QCOMPARE(resumed->lines.at(1).giftReason, QStringLiteral("Maraude"));
    QCOMPARE(Sales::total(*resumed), qint64(500));
    // A discount core refuses is not put aside.
    SaleDraft refusedDiscount{{line("livres.livre", 1, 1000)}, {},
        Discount{DiscountKind::Fixed, 1001, QStringLiteral("Carte services sociaux")}};
    QVERIFY(!parked.park(shop->cashier, refusedDiscount));
    QCOMPARE(parked.count().value(), qint64(0));
}

void TestSolidarity::sitePresets()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    // Until an administrator sets them: −50 % social-services card, −10 % members only.
    const SolidarityPresets defaults = Solidarity::sitePresets(store).value();
    QCOMPARE(defaults, Solidarity::defaultPresets());
    QCOMPARE(defaults.discounts.size(), 2);
    QVERIFY(!defaults.discounts.at(0).membersOnly);
    QVERIFY(defaults.discounts.at(1).membersOnly);
    QCOMPARE(defaults.gifts.size(), 3);

    const SolidarityPresets mine{
        {Discount{DiscountKind::Percent, 5000, QStringLiteral(" Carte CCAS ")},
            Discount{DiscountKind::Fixed, 200, QStringLiteral("Bénévole")},
            Discount{DiscountKind::Percent, 1000, QStringLiteral("Adhérent"), true}},
        {QStringLiteral("Don solidaire"), QStringLiteral("Maraude"), QStringLiteral("Kit étudiant"),
            QStringLiteral("Vestiaire")}};
    QVERIFY(!Solidarity::setSitePresets(store, shop->cashier, mine));
    const auto saved = Solidarity::setSitePresets(store, shop->admin, mine);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    const SolidarityPresets read = Solidarity::sitePresets(store).value();
    QCOMPARE(read.discounts.size(), 3);
    QCOMPARE(read.discounts.at(0),
        (Discount{DiscountKind::Percent, 5000, QStringLiteral("Carte CCAS")}));
    QCOMPARE(
        read.discounts.at(1), (Discount{DiscountKind::Fixed, 200, QStringLiteral("Bénévole")}));
    QVERIFY(read.discounts.at(2).membersOnly);
    QCOMPARE(read.gifts, mine.gifts);
    QCOMPARE(auditCount(store, QStringLiteral("solidarity.presets")), 1);

    // Refused, nothing written: too many, a name twice, a rate of 0 or above 100 %, an amount of
    // 0, a blank gift.
    const Discount ok{DiscountKind::Percent, 1000, QStringLiteral("A")};
    QList<SolidarityPresets> refused;
    refused << SolidarityPresets{QList<Discount>(5, ok), {}};
    for (int i = 0; i < 5; ++i)
        refused.last().discounts[i].reason = QStringLiteral("Remise %1").arg(i);
    refused << SolidarityPresets{{},
        {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
            QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7")}};
    refused << SolidarityPresets{
        {ok, Discount{DiscountKind::Fixed, 100, QStringLiteral(" a ")}}, {}};
    refused << SolidarityPresets{{Discount{DiscountKind::Percent, 0, QStringLiteral("Zéro")}}, {}};
    refused << SolidarityPresets{
        {Discount{DiscountKind::Percent, 10001, QStringLiteral("Trop")}}, {}};
    refused << SolidarityPresets{{Discount{DiscountKind::Fixed, 0, QStringLiteral("Rien")}}, {}};
    refused << SolidarityPresets{{}, {QStringLiteral("Maraude"), QStringLiteral("  ")}};
    refused << SolidarityPresets{{}, {QStringLiteral("Maraude"), QStringLiteral("maraude")}};
    for (const SolidarityPresets &bad : std::as_const(refused)) {
        const auto result = Solidarity::setSitePresets(store, shop->admin, bad);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    }
    QCOMPARE(Solidarity::sitePresets(store).value(), read);
    QCOMPARE(auditCount(store, QStringLiteral("solidarity.presets")), 1);

    // They travel in the site's configuration: what this station publishes carries them, a
    // published version replaces them, a damaged one is refused and changes nothing.
    QJsonObject config = sync::SiteConfig::collect(store).value();
    QJsonObject site = config.value(QStringLiteral("site")).toObject();
    const auto toJson = [](const QString &text) {
        return QJsonDocument::fromJson(text.toUtf8()).object();
    };
    QCOMPARE(Solidarity::presetsFromJson(
                 toJson(site.value(QStringLiteral("solidarity_presets")).toString()))
                 .value(),
        read);
    const SolidarityPresets published{
        {Discount{DiscountKind::Percent, 2000, QStringLiteral("Étudiant")}},
        {QStringLiteral("Maraude")}};
    site.insert(QStringLiteral("solidarity_presets"),
        QString::fromUtf8(
            QJsonDocument(Solidarity::presetsToJson(published)).toJson(QJsonDocument::Compact)));
    config.insert(QStringLiteral("site"), site);
    const auto applied = sync::SiteConfig::apply(store, config);
    QVERIFY2(applied.ok(), qPrintable(applied.error().message));
    QCOMPARE(Solidarity::sitePresets(store).value(), published);
    site.insert(QStringLiteral("solidarity_presets"),
        QStringLiteral(
            R"({"discounts":[{"reason":"X","kind":"percent","value":15000}],"gifts":[]})"));
    config.insert(QStringLiteral("site"), site);
    const auto damaged = sync::SiteConfig::apply(store, config);
    QVERIFY(!damaged);
    QCOMPARE(damaged.error().code, ErrorCode::IntegrityFailure);
    QCOMPARE(Solidarity::sitePresets(store).value(), published);
}

void TestSolidarity::memberDiscountNeedsCurrentMembership()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    QVERIFY(CashSessions(store).open(shop->cashier, 5000).ok());
    Sales sales(store);
    Members members(store);
    const auto camille = members.create(shop->cashier, QStringLiteral("Camille Martin"), {});
    QVERIFY2(camille.ok(), qPrintable(camille.error().message));
    const qint64 before = rowCount(store, QStringLiteral("sale"));

    // The members' −10 % on a 10,00 € book: 9,00 €.
    SaleDraft draft{{line("livres.livre", 1, 1000)}, {{PaymentMethod::Cash, 900}},
        Discount{DiscountKind::Percent, 1000, QStringLiteral("Adhérent"), true}};
    auto refused = sales.record(shop->cashier, draft);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("choose the member")),
        qPrintable(refused.error().message));
    // A member who never paid a fee.
    draft.discount->memberId = camille->id;
    refused = sales.record(shop->cashier, draft);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("has no membership")),
        qPrintable(refused.error().message));
    QCOMPARE(rowCount(store, QStringLiteral("sale")), before);

    // The fee paid today covers 10/03/2026 to 09/03/2027.
    auto fee = members.recordFee(shop->cashier, {camille->id, PaymentMethod::Cash, 1000});
    QVERIFY2(fee.ok(), qPrintable(fee.error().message));
    QCOMPARE(fee->periodEnd, QDate(2027, 3, 9));
    auto sold = sales.record(shop->cashier, draft);
    QVERIFY2(sold.ok(), qPrintable(sold.error().message));
    QCOMPARE(sold->totalCents, qint64(900));
    QCOMPARE(sold->discountCents(), qint64(100));

    // Current on its last day, refused the day after.
    QVERIFY(Solidarity::checkMember(store, *draft.discount, QDate(2027, 3, 9)).ok());
    const auto late = Solidarity::checkMember(store, *draft.discount, QDate(2027, 3, 10));
    QVERIFY(!late);
    QVERIFY2(
        late.error().message.contains(QStringLiteral("ended")), qPrintable(late.error().message));
    // An unknown member, and a discount that is not for members only (it needs nobody).
    Discount stranger = *draft.discount;
    stranger.memberId = QStringLiteral("no-such-member");
    QVERIFY(!Solidarity::checkMember(store, stranger, QDate(2026, 3, 10)));
    QVERIFY(Solidarity::checkMember(
        store, Discount{DiscountKind::Percent, 1000, QStringLiteral("Adhérent")}, QDate(2030, 1, 1))
                .ok());

    // A sale on 10/03/2027, once the membership has ended, is refused with the reason.
    shop->clock.set(QDateTime(QDate(2027, 3, 10), QTime(9, 0), QTimeZone::utc()));
    const qint64 sales2026 = rowCount(store, QStringLiteral("sale"));
    refused = sales.record(shop->cashier, draft);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("ended")),
        qPrintable(refused.error().message));
    QCOMPARE(rowCount(store, QStringLiteral("sale")), sales2026);
}

// The shop's rule for a membership that ended: the member may still be named on a ticket (their
// purchase history), at the full price or with a discount that is not for members, but never
// with a member discount, even one retyped without its members-only mark. The last day of the
// membership still counts.
void TestSolidarity::anExpiredMemberKeepsTheTicketNotTheMemberPrice()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    QVERIFY(CashSessions(store).open(shop->cashier, 5000).ok());
    const Discount social{DiscountKind::Percent, 5000, QStringLiteral("Carte sociale")};
    const Discount members{DiscountKind::Percent, 1500, QStringLiteral("Adhérent"), true};
    QVERIFY(Solidarity::setSitePresets(store, shop->admin,
        SolidarityPresets{{social, members},
            {}}).ok());
    const Member alix =
        Members(store).create(shop->cashier, QStringLiteral("Alix Martin"), {}).value();
    // The fee paid on 10/03/2026 covers 10/03/2026 to 09/03/2027.
    QCOMPARE(Members(store)
                 .recordFee(shop->cashier, {alix.id, PaymentMethod::Cash, 1500})
                 .value()
                 .periodEnd,
        QDate(2027, 3, 9));
    Sales sales(store);
    // 12,50 € of books and 7,30 € of clothes: 19,80 € at the full price. The member's −15 %:
    // 187,5 → 1,88 € and 109,5 → 1,10 € (half up), 2,98 € off, 16,82 € to pay. The social card's
    // −50 %: 6,25 € + 3,65 € = 9,90 € off, 9,90 € to pay.
    const auto ticket = [&](std::optional<Discount> discount, qint64 paid) {
        SaleDraft draft{{line("livres.livre", 1, 1250), line("textile.vetements", 1, 730)},
            {{PaymentMethod::Cash, paid}}, discount};
        draft.memberId = alix.id; // linked at the till, apart from the discount
        return draft;
    };

    // 09/03/2027, the membership's last day: the member price.
    shop->clock.set(QDateTime(QDate(2027, 3, 9), QTime(9, 0), QTimeZone::utc()));
    const auto lastDay = sales.record(shop->cashier, ticket(members, 1682));
    QVERIFY2(lastDay.ok(), qPrintable(lastDay.error().message));
    QCOMPARE(lastDay->totalCents, qint64(1682));
    QCOMPARE(lastDay->discountCents(), qint64(298));
    QCOMPARE(lastDay->memberNumber, alix.number);

    // 10/03/2027: ended. The member price is refused, with the way out, and nothing is written.
    shop->clock.set(QDateTime(QDate(2027, 3, 10), QTime(9, 0), QTimeZone::utc()));
    const qint64 salesBefore = rowCount(store, QStringLiteral("sale"));
    const qint64 documentsBefore = rowCount(store, QStringLiteral("document"));
    auto refused = sales.record(shop->cashier, ticket(members, 1682));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QVERIFY2(refused.error().message.contains(QStringLiteral("ended on")),
        qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QStringLiteral("without this discount")),
        qPrintable(refused.error().message));
    // The same discount retyped without the mark (as `sale --discount 15% --discount-reason
    // adhérent` would send it) is still the member discount.
    Discount retyped{DiscountKind::Percent, 1500, QStringLiteral(" adhérent ")};
    QVERIFY(Solidarity::isMemberDiscount(store, retyped).value());
    QVERIFY(!Solidarity::isMemberDiscount(store, social).value());
    refused = sales.record(shop->cashier, ticket(retyped, 1682));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("ended on")),
        qPrintable(refused.error().message));
    QCOMPARE(rowCount(store, QStringLiteral("sale")), salesBefore);
    QCOMPARE(rowCount(store, QStringLiteral("document")), documentsBefore);

    // The social card is not a member discount: 9,90 €, in Alix's name.
    const auto socialSale = sales.record(shop->cashier, ticket(social, 990));
    QVERIFY2(socialSale.ok(), qPrintable(socialSale.error().message));
    QCOMPARE(socialSale->totalCents, qint64(990));
    QCOMPARE(socialSale->discountCents(), qint64(990));
    QCOMPARE(socialSale->memberNumber, alix.number);
    // At the full price: 19,80 €, in Alix's name.
    const auto fullPrice = sales.record(shop->cashier, ticket(std::nullopt, 1980));
    QVERIFY2(fullPrice.ok(), qPrintable(fullPrice.error().message));
    QCOMPARE(fullPrice->totalCents, qint64(1980));
    QCOMPARE(fullPrice->memberNumber, alix.number);

    // Alix's history: 16,82 + 9,90 + 19,80 = 46,52 € paid, 2,98 + 9,90 = 12,88 € off.
    const MemberPurchases bought = Members(store).purchases(alix.id).value();
    QCOMPARE(bought.tickets.size(), 3);
    QCOMPARE(bought.totalCents, qint64(4652));
    QCOMPARE(bought.discountCents, qint64(1288));
    QCOMPARE(bought.netCents(), qint64(4652));
}

void TestSolidarity::closingsShowDiscountsAndGifts()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    CashSessions sessions(store);
    QVERIFY(sessions.open(shop->cashier, 5000).ok());
    Sales sales(store);
    const auto sell = [&](const Actor &actor, const SaleDraft &draft) {
        const auto sale = sales.record(actor, draft);
        if (!sale)
            qWarning("%s", qPrintable(sale.error().message));
        return sale.ok();
    };
    // 10/03: a member's −10 % on a 12,35 € book: 123,5 → 1,24 € off, 11,11 € in cash; two
    // objects given for street outreach (1,6 kg, keyed by an administrator: 0 € is below the
    // misc minimum).
    QVERIFY(sell(shop->cashier,
        SaleDraft{{line("livres.livre", 1, 1235)}, {{PaymentMethod::Cash, 1111}},
            Discount{DiscountKind::Percent, 1000, QStringLiteral("Adhérent")}}));
    QVERIFY(sell(shop->admin,
        SaleDraft{{line("divers", 2, 0, 1600, QStringLiteral("Maraude"))}, {}, std::nullopt}));
    // 11/03: 3,00 € off 4,00 + 2,00 € (shares 2,00 and 1,00), 3,00 € in cash; a student kit
    // (0,7 kg); a 1,00 € book at full price.
    shop->clock.advanceSecs(24 * 3600);
    QVERIFY(sell(shop->cashier,
        SaleDraft{{line("livres.livre", 1, 400), line("divers", 1, 200)},
            {{PaymentMethod::Cash, 300}},
            Discount{DiscountKind::Fixed, 300, QStringLiteral("Carte services sociaux")}}));
    QVERIFY(sell(shop->admin,
        SaleDraft{{line("divers", 1, 0, 700, QStringLiteral("Kit étudiant"))}, {}, std::nullopt}));
    QVERIFY(sell(shop->cashier,
        SaleDraft{{line("livres.livre", 1, 100)}, {{PaymentMethod::Cash, 100}}, std::nullopt}));
    // The drawer: 50,00 + 11,11 + 3,00 + 1,00 = 65,11 €.
    auto z = sessions.close(shop->cashier, CloseRequest{{{1, 6511}}, {}, {}});
    QVERIFY2(z.ok(), qPrintable(z.error().message));
    QCOMPARE(z->varianceCents, qint64(0));

    shop->clock.set(QDateTime(QDate(2027, 1, 2), QTime(8, 0), QTimeZone::utc()));
    QVERIFY(Closings(store).closeEndedPeriods(shop->admin).ok());
    const auto closings = Closings(store).recent(10).value();
    const auto find = [&](PeriodKind kind, const QDate &first) {
        const auto it = std::find_if(closings.cbegin(), closings.cend(),
            [&](const PeriodClosing &c) { return c.kind == kind && c.first == first; });
        return it == closings.cend() ? PeriodClosing{} : *it;
    };
    const PeriodClosing day10 = find(PeriodKind::Day, QDate(2026, 3, 10));
    QVERIFY(!day10.stamp.number.isEmpty());
    QCOMPARE(day10.solidarity.discountedTickets, qint64(1));
    QCOMPARE(day10.solidarity.discountCents, qint64(124));
    QCOMPARE(day10.solidarity.giftItems, qint64(2));
    QCOMPARE(day10.solidarity.giftGrams, qint64(1600));
    const PeriodClosing day11 = find(PeriodKind::Day, QDate(2026, 3, 11));
    QCOMPARE(day11.solidarity.discountedTickets, qint64(1));
    QCOMPARE(day11.solidarity.discountCents, qint64(300));
    QCOMPARE(day11.solidarity.giftItems, qint64(1));
    QCOMPARE(day11.solidarity.giftGrams, qint64(700));
    // March and 2026: 2 discounted tickets, 1,24 + 3,00 = 4,24 € off, 3 gifts of 2,3 kg; the
    // same as the session's Z, which held every ticket.
    for (const PeriodClosing &period :
        {find(PeriodKind::Month, QDate(2026, 3, 1)), find(PeriodKind::Year, QDate(2026, 1, 1))}) {
        QVERIFY(!period.stamp.number.isEmpty());
        QCOMPARE(period.salesCount, qint64(5));
        QCOMPARE(period.salesTotalCents, qint64(1511));
        QCOMPARE(period.solidarity.discountedTickets, qint64(2));
        QCOMPARE(period.solidarity.discountCents, qint64(424));
        QCOMPARE(period.solidarity.giftItems, qint64(3));
        QCOMPARE(period.solidarity.giftGrams, qint64(2300));
        QCOMPARE(period.solidarity.discountCents, z->solidarity.discountCents);
        QCOMPARE(period.solidarity.giftGrams, z->solidarity.giftGrams);
    }
    // Printed (and written to PDF) with them.
    const QString monthText = Receipt::forClosing(
        find(PeriodKind::Month, QDate(2026, 3, 1)), store.site(), store.station(), store.timeZone())
                                  .join(QLatin1Char('\n'));
    QVERIFY2(monthText.contains(QStringLiteral("Solidarity discounts (2)")), qPrintable(monthText));
    QVERIFY(monthText.contains(QStringLiteral("-4,24")));
    QVERIFY(monthText.contains(QStringLiteral("Free gifts (3)")));
    QVERIFY(monthText.contains(weight::format(2300)));

    const auto report = IntegrityCheck(store).run().value();
    QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestSolidarity)
#include "tst_solidarity.moc"
