// The weight of what is sold (issue 19): the price by the kilo, one rounding rule checked against
// hand-computed values; every new sale line carries a weight and its source (measured, or the
// category's standard weight stored at sale time), and reuse tonnage counts those weights, the
// estimated part apart. Every expected figure is written by hand below.

#include "core/cashsession.h"
#include "core/categories.h"
#include "core/exports/ecologicexport.h"
#include "core/exports/tonnagereport.h"
#include "core/integrity.h"
#include "core/ledger.h"
#include "core/money.h"
#include "core/receipt.h"
#include "core/sales.h"
#include "tests/support/testshop.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace recaisse::core;
using recaisse::test::TestShop;

namespace {

QStringList rows(Store &store, const QString &sql)
{
    QSqlQuery query(store.db().connection());
    QStringList out;
    if (!query.exec(sql))
        return {QStringLiteral("error")};
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields << (query.value(i).isNull() ? QStringLiteral("NULL")
                                               : query.value(i).toString());
        out << fields.join(QLatin1Char('|'));
    }
    return out;
}

} // namespace

class TestWeighedSales : public QObject
{
    Q_OBJECT

private slots:
    void priceByWeight_data();
    void priceByWeight();
    void aLineByTheKiloIsOneWeighedLotAtThePriceOfItsWeight();
    void everyLineCarriesAWeightAndItsSource();
};

void TestWeighedSales::priceByWeight_data()
{
    QTest::addColumn<qint64>("grams");
    QTest::addColumn<qint64>("centsPerKg");
    QTest::addColumn<qint64>("cents"); // -1: refused
    // Worked out by hand: grams × price per kg / 1000, half a cent and above rounds up.
    QTest::newRow("1,250 kg at 4,00 €/kg") << qint64(1250) << qint64(400) << qint64(500);
    QTest::newRow("0,001 kg at 4,00 €/kg: 0,4 c") << qint64(1) << qint64(400) << qint64(0);
    QTest::newRow("0,001 kg at 5,00 €/kg: half a cent") << qint64(1) << qint64(500) << qint64(1);
    QTest::newRow("0,001 kg at 4,99 €/kg: 0,499 c") << qint64(1) << qint64(499) << qint64(0);
    QTest::newRow("1,234 kg at 2,50 €/kg: 308,5 c") << qint64(1234) << qint64(250) << qint64(309);
    QTest::newRow("1,233 kg at 2,50 €/kg: 308,25 c") << qint64(1233) << qint64(250) << qint64(308);
    QTest::newRow("0,333 kg at 1,50 €/kg: 49,95 c") << qint64(333) << qint64(150) << qint64(50);
    QTest::newRow("1 t at 1 000 €/kg: the maximum price")
        << qint64(1'000'000) << qint64(100'000) << qint64(100'000'000);
    QTest::newRow("1 t and 1 g at 1 000 €/kg: above it")
        << qint64(1'000'001) << qint64(100'000) << qint64(-1);
    QTest::newRow("10 t at 0,01 €/kg") << qint64(10'000'000) << qint64(1) << qint64(10'000);
    QTest::newRow("no weight") << qint64(0) << qint64(400) << qint64(-1);
    QTest::newRow("negative weight") << qint64(-5) << qint64(400) << qint64(-1);
    QTest::newRow("more than 10 t") << qint64(10'000'001) << qint64(1) << qint64(-1);
    QTest::newRow("no price per kg") << qint64(1000) << qint64(0) << qint64(-1);
    QTest::newRow("above 1 000 €/kg") << qint64(1000) << qint64(100'001) << qint64(-1);
}

void TestWeighedSales::priceByWeight()
{
    QFETCH(qint64, grams);
    QFETCH(qint64, centsPerKg);
    QFETCH(qint64, cents);
    const auto price = money::priceByWeight(grams, centsPerKg);
    if (cents < 0) {
        QVERIFY(!price);
        QVERIFY(!price.error().message.isEmpty());
    } else {
        QVERIFY2(price, qPrintable(price ? QString() : price.error().message));
        QCOMPARE(*price, cents);
    }
}

void TestWeighedSales::aLineByTheKiloIsOneWeighedLotAtThePriceOfItsWeight()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    CategoryCatalog catalog(store);
    Category clothes = *catalog.find(QStringLiteral("textile.vetements"));
    clothes.pricePerKgCents = 400;
    QVERIFY(catalog.save(shop->admin, clothes));
    clothes.pricePerKgCents = 100'001;
    QVERIFY(!catalog.save(shop->admin, clothes));
    QCOMPARE(*catalog.find(QStringLiteral("textile.vetements"))->pricePerKgCents, qint64(400));
    QVERIFY(CashSessions(store).open(shop->cashier, 0));

    const auto sell = [&](qint64 quantity, qint64 price, std::optional<qint64> grams) {
        SaleDraft draft;
        draft.lines = {SaleLineDraft{QStringLiteral("textile.vetements"), quantity, price, grams}};
        if (price > 0)
            draft.payments = {PaymentDraft{PaymentMethod::Card, quantity * price}};
        return Sales(store).record(shop->cashier, draft);
    };
    // Not weighed, two lots on a line, or a price that is not the weight's: refused.
    QVERIFY(!sell(1, 500, std::nullopt));
    QVERIFY(!sell(2, 500, 1250));
    const auto wrongPrice = sell(1, 450, 1250);
    QVERIFY(!wrongPrice);
    QVERIFY2(wrongPrice.error().message.contains(money::format(500)),
        qPrintable(wrongPrice.error().message));
    QCOMPARE(rows(store, QStringLiteral("SELECT count(*) FROM sale")),
        QStringList({QStringLiteral("0")}));

    // 1,250 kg × 4,00 €/kg = 5,00 €; 2,345 kg × 4,00 €/kg = 9,38 €.
    const auto sale = sell(1, 500, 1250);
    QVERIFY2(sale, qPrintable(sale.error().message));
    QCOMPARE(sale->totalCents, qint64(500));
    QVERIFY(sell(1, 938, 2345));
    QCOMPARE(rows(store,
                 QStringLiteral("SELECT weight_grams, weight_source, price_per_kg_cents, "
                                "total_cents FROM sale_line ORDER BY seq")),
        QStringList(
            {QStringLiteral("1250|measured|400|500"), QStringLiteral("2345|measured|400|938")}));
    // The receipt says how the price was made.
    const QString receipt =
        Receipt::forSale(*sale, store.site(), store.station(), store.timeZone(), 42)
            .join(QLatin1Char('\n'));
    QVERIFY2(
        receipt.contains(Receipt::tr("%1 × %2/kg").arg(weight::format(1250), money::format(400))),
        qPrintable(receipt));
    // Read back from the chain the same: sale form 3 brought the weight source (later forms keep
    // it).
    const auto header = findDocument(store, sale->stamp.number);
    QVERIFY(header);
    QVERIFY(header->form >= 3);
    const auto integrity = IntegrityCheck(store).run();
    QVERIFY2(integrity->intact(), qPrintable(integrity->problems.join(u'\n')));

    // Reuse counts the weighed kilograms, all measured: 1,250 + 2,345 kg.
    const auto report = TonnageReports(store).aggregate(QDate(2026, 3, 10), QDate(2026, 3, 10));
    QVERIFY(report);
    QCOMPARE(report->total.soldGrams, qint64(3595));
    QCOMPARE(report->total.soldEstimatedGrams, qint64(0));
    QCOMPARE(report->total.soldCents, qint64(1438));
}

void TestWeighedSales::everyLineCarriesAWeightAndItsSource()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    QVERIFY(CashSessions(store).open(shop->cashier, 0));
    // Three books unweighed (standard weight 350 g each: 1,050 kg estimated), a small appliance
    // weighed 2,6 kg, a plate weighed 0,8 kg although its category does not ask for it.
    SaleDraft draft;
    draft.lines = {SaleLineDraft{QStringLiteral("livres.livre"), 3, 100, std::nullopt},
        SaleLineDraft{QStringLiteral("eee.petit-menager"), 1, 800, qint64(2600)},
        SaleLineDraft{QStringLiteral("vaisselle.assiette"), 1, 50, qint64(800)}};
    draft.payments = {PaymentDraft{PaymentMethod::Card, 1150}};
    const auto sale = Sales(store).record(shop->cashier, draft);
    QVERIFY2(sale, qPrintable(sale.error().message));
    QCOMPARE(rows(store,
                 QStringLiteral("SELECT category_id, weight_grams, weight_source, "
                                "price_per_kg_cents FROM sale_line ORDER BY line_no")),
        QStringList({QStringLiteral("livres.livre|1050|estimated|NULL"),
            QStringLiteral("eee.petit-menager|2600|measured|NULL"),
            QStringLiteral("vaisselle.assiette|800|measured|NULL")}));

    // The standard weight changes afterwards: the line keeps the one of its sale.
    CategoryCatalog catalog(store);
    Category books = *catalog.find(QStringLiteral("livres.livre"));
    books.averageWeightGrams = 500;
    QVERIFY(catalog.save(shop->admin, books));

    // One book of the three comes back: 2 of 3 of 1,050 kg = 0,700 kg stay estimated.
    RefundDraft refund;
    refund.saleNumber = sale->stamp.number;
    refund.lines = {RefundLineDraft{1, 1}};
    refund.method = PaymentMethod::Card;
    refund.reason = QStringLiteral("Abîmé");
    QVERIFY(Sales(store).refund(shop->admin, refund));

    const auto report = TonnageReports(store).aggregate(QDate(2026, 3, 10), QDate(2026, 3, 10));
    QVERIFY(report);
    QCOMPARE(report->total.soldGrams, qint64(700 + 2600 + 800));
    QCOMPARE(report->total.soldEstimatedGrams, qint64(700));
    QCOMPARE(report->total.soldCount, qint64(2 + 1 + 1));
    // Ecologic sees the appliance, weighed.
    const auto eee = EcologicExport(store).aggregate(*EcologicPeriod::quarter(2026, 1));
    QVERIFY(eee);
    QCOMPARE(eee->rows.at(4).reuseGrams, qint64(2600));
    QCOMPARE(eee->rows.at(4).reuseEstimatedGrams, qint64(0));
}

QTEST_GUILESS_MAIN(TestWeighedSales)
#include "tst_weighedsales.moc"
