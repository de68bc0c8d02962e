#include "core/cashsession.h"
#include "core/categories.h"
#include "core/integrity.h"
#include "core/ledger.h"
#include "core/money.h"
#include "core/sales.h"
#include "core/statistics.h"
#include "core/users.h"
#include "tests/support/testshop.h"

#include <QTest>

using namespace recaisse::core;
using recaisse::test::auditCount;
using recaisse::test::TestShop;

namespace {

SaleLineDraft line(const char *category, qint64 quantity, qint64 price,
    std::optional<qint64> weight = std::nullopt)
{
    return SaleLineDraft{QString::fromLatin1(category), quantity, price, weight};
}

SaleDraft draftOf(QList<SaleLineDraft> lines, QList<PaymentDraft> payments)
{
    return SaleDraft{std::move(lines), std::move(payments)};
}

void verifyConsistent(Store &store)
{
    const StoreStatistics stats = StoreStatistics::collect(store);
    QCOMPARE(stats.salesTotalCents, stats.linesTotalCents);
    QCOMPARE(stats.salesTotalCents, stats.paymentsTotalCents);
    const auto report = IntegrityCheck(store).run().value();
    QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

} // namespace

class TestSales : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void saleIsRecordedWhole();
    void splitPayment();
    void numberingIsGapFree();
    void badDraftsWriteNothing_data();
    void badDraftsWriteNothing();
    void priceOutsideBounds();
    void priceInBounds_data();
    void priceInBounds();
    void acceptPayment_data();
    void acceptPayment();
    void validateTicketNeedsNoPayment();
    void wrongUnlockPinIsCounted();
    void zeroTotalSaleWithoutPayment();
    void refundNeedsAnAdmin();
    void partialRefundByLine();
    void refundErrors();
    void cashRefundLargerThanDrawer();
    void noOpenSessionWritesNothing();

private:
    std::unique_ptr<TestShop> m_shop;
};

void TestSales::initTestCase()
{
    m_shop = TestShop::create();
    QVERIFY(m_shop);
    auto session = CashSessions(*m_shop->store).open(m_shop->cashier, 5000);
    QVERIFY2(session.ok(), qPrintable(session.error().message));
}

void TestSales::cleanupTestCase()
{
    m_shop.reset();
}

void TestSales::saleIsRecordedWhole()
{
    Store &store = *m_shop->store;
    const StoreStatistics before = StoreStatistics::collect(store);
    auto sale = Sales(store).record(m_shop->cashier,
        draftOf({line("textile.vetements", 3, 250), line("eee.lampe", 1, 800, 1200)},
            {{PaymentMethod::Cash, 2000}}));
    QVERIFY2(sale.ok(), qPrintable(sale.error().message));
    QCOMPARE(sale->totalCents, qint64(1550));
    QCOMPARE(sale->changeCents, qint64(450));
    QCOMPARE(sale->lines.size(), 2);
    QCOMPARE(sale->lines.at(1).eeeCode, QStringLiteral("EEE-3"));
    QCOMPARE(*sale->lines.at(1).weightGrams, qint64(1200));

    const StoreStatistics after = StoreStatistics::collect(store);
    QCOMPARE(after.sales, before.sales + 1);
    QCOMPARE(after.saleLines, before.saleLines + 2);
    QCOMPARE(after.salesTotalCents, before.salesTotalCents + 1550);
    QCOMPARE(after.linesTotalCents, before.linesTotalCents + 1550);
    QCOMPARE(after.paymentsTotalCents, before.paymentsTotalCents + 1550);
    QVERIFY(after.journalRecords > before.journalRecords);

    auto stored = Sales(store).findByNumber(sale->stamp.number);
    QVERIFY(stored.ok());
    QCOMPARE(stored->totalCents, qint64(1550));
    QCOMPARE(stored->changeCents, qint64(450));
    QCOMPARE(stored->cashierId, m_shop->cashier.userId);
    QCOMPARE(stored->lines.at(0).categoryName, QStringLiteral("Vêtements"));
    QCOMPARE(stored->lines.at(0).totalCents, qint64(750));
    QCOMPARE(stored->payments.size(), 1);
    QCOMPARE(stored->payments.at(0).amountCents, qint64(2000));
    QCOMPARE(stored->stamp.hash, sale->stamp.hash);
    QCOMPARE(stored->sessionSeq, CashSessions(store).current()->seq);
    verifyConsistent(store);
}

void TestSales::splitPayment()
{
    Store &store = *m_shop->store;
    auto sale = Sales(store).record(m_shop->cashier,
        draftOf({line("mobilier.table", 1, 4500)},
            {{PaymentMethod::Card, 2000}, {PaymentMethod::Cheque, 1000},
                {PaymentMethod::Cash, 2000}}));
    QVERIFY2(sale.ok(), qPrintable(sale.error().message));
    QCOMPARE(sale->changeCents, qint64(500));
    auto stored = Sales(store).findByNumber(sale->stamp.number);
    QCOMPARE(stored->payments.size(), 3);
    QCOMPARE(stored->payments.at(0).method, PaymentMethod::Card);
    QCOMPARE(stored->payments.at(1).method, PaymentMethod::Cheque);
    QCOMPARE(stored->payments.at(2).method, PaymentMethod::Cash);
    verifyConsistent(store);
}

void TestSales::numberingIsGapFree()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    QVERIFY(CashSessions(store).open(shop->cashier, 0).ok());
    Sales sales(store);
    const SaleDraft draft = draftOf({line("livres.livre", 1, 100)}, {{PaymentMethod::Card, 100}});
    QCOMPARE(sales.record(shop->cashier, draft)->stamp.number, QStringLiteral("CAISSE1-T000001"));
    // A refused sale does not use a number.
    QVERIFY(!sales.record(shop->cashier, draftOf({}, {})).ok());
    QCOMPARE(sales.record(shop->cashier, draft)->stamp.number, QStringLiteral("CAISSE1-T000002"));
    store.db().failAfter(8);
    auto failed = sales.record(shop->cashier, draft);
    store.db().failAfter(0);
    QVERIFY(!failed.ok());
    // Other documents do not take ticket numbers either.
    QVERIFY(CashSessions(store)
                .moveCash(shop->cashier, MovementDirection::In, 100, QStringLiteral("Appoint"))
                .ok());
    QCOMPARE(sales.record(shop->cashier, draft)->stamp.number, QStringLiteral("CAISSE1-T000003"));
    QCOMPARE(StoreStatistics::collect(store).sales, qint64(3));
    verifyConsistent(store);
}

void TestSales::badDraftsWriteNothing_data()
{
    QTest::addColumn<SaleDraft>("draft");

    const QList<PaymentDraft> paid{{PaymentMethod::Cash, 100'000'000}};
    QTest::newRow("no lines") << draftOf({}, paid);
    QTest::newRow("quantity 0") << draftOf({line("livres.livre", 0, 100)}, paid);
    QTest::newRow("quantity -1") << draftOf({line("livres.livre", -1, 100)}, paid);
    QTest::newRow("quantity 1000") << draftOf({line("livres.livre", 1000, 100)}, paid);
    QTest::newRow("price -1") << draftOf({line("divers", 1, -1)}, paid);
    QTest::newRow("price above maximum") << draftOf({line("divers", 1, money::maxCents + 1)}, paid);
    QTest::newRow("total above maximum")
        << draftOf({line("divers", 1, money::maxCents), line("divers", 1, 100)}, paid);
    QTest::newRow("weight 0") << draftOf({line("livres.livre", 1, 100, 0)}, paid);
    QTest::newRow("negative weight") << draftOf({line("livres.livre", 1, 100, -500)}, paid);
    QTest::newRow("weight above maximum")
        << draftOf({line("livres.livre", 1, 100, weight::maxGrams + 1)}, paid);
    QTest::newRow("EEE weight missing") << draftOf({line("eee.lampe", 1, 500)}, paid);
    QTest::newRow("unknown category") << draftOf({line("fusees", 1, 100)}, paid);
    QTest::newRow("empty category") << draftOf({line("", 1, 100)}, paid);
    QList<SaleLineDraft> many;
    for (int i = 0; i < 201; ++i)
        many.append(line("livres.livre", 1, 100));
    QTest::newRow("201 lines") << draftOf(many, paid);
    QTest::newRow("underpaid") << draftOf(
        {line("livres.livre", 2, 100)}, {{PaymentMethod::Cash, 199}});
    QTest::newRow("not paid") << draftOf({line("livres.livre", 2, 100)}, {});
    QTest::newRow("card overpays")
        << draftOf({line("livres.livre", 2, 100)}, {{PaymentMethod::Card, 300}});
    QTest::newRow("free overpays")
        << draftOf({line("livres.livre", 2, 100)}, {{PaymentMethod::Free, 300}});
    QTest::newRow("card and cash overpay beyond the cash") << draftOf(
        {line("livres.livre", 2, 100)}, {{PaymentMethod::Cash, 50}, {PaymentMethod::Card, 300}});
    QList<PaymentDraft> eleven;
    for (int i = 0; i < 11; ++i)
        eleven.append(PaymentDraft{PaymentMethod::Card, 10});
    QTest::newRow("11 payments") << draftOf({line("livres.livre", 1, 110)}, eleven);
    QTest::newRow("zero payment") << draftOf(
        {line("livres.livre", 1, 100)}, {{PaymentMethod::Cash, 100}, {PaymentMethod::Card, 0}});
    QTest::newRow("negative payment") << draftOf(
        {line("livres.livre", 1, 100)}, {{PaymentMethod::Cash, 200}, {PaymentMethod::Card, -100}});
    QTest::newRow("payment above maximum")
        << draftOf({line("livres.livre", 1, 100)}, {{PaymentMethod::Cash, money::maxCents + 1}});
}

void TestSales::badDraftsWriteNothing()
{
    QFETCH(SaleDraft, draft);
    Store &store = *m_shop->store;
    Sales sales(store);
    const StoreStatistics before = StoreStatistics::collect(store);
    QVERIFY(!sales.validate(draft).ok());
    auto sale = sales.record(m_shop->cashier, draft);
    QVERIFY(!sale.ok());
    QVERIFY2(
        sale.error().code == ErrorCode::InvalidInput || sale.error().code == ErrorCode::NotFound,
        qPrintable(sale.error().message));
    QVERIFY(!sale.error().message.isEmpty());
    QVERIFY2(sale.error().message.size() < 200, qPrintable(sale.error().message));
    QCOMPARE(StoreStatistics::collect(store).toJson(), before.toJson());
}

void TestSales::priceOutsideBounds()
{
    Store &store = *m_shop->store;
    Sales sales(store);
    // Vêtements: 0,50 € to 20,00 €.
    const SaleDraft above =
        draftOf({line("textile.vetements", 1, 2500)}, {{PaymentMethod::Card, 2500}});
    const SaleDraft below =
        draftOf({line("textile.vetements", 1, 10)}, {{PaymentMethod::Cash, 10}});
    StoreStatistics before = StoreStatistics::collect(store);
    const int overrides = auditCount(store, QStringLiteral("price.override"));

    auto alone = sales.record(m_shop->cashier, above);
    QCOMPARE(alone.error().code, ErrorCode::UnlockRequired);
    QCOMPARE(sales.record(m_shop->cashier, below).error().code, ErrorCode::UnlockRequired);
    QCOMPARE(StoreStatistics::collect(store).sales, before.sales);
    QCOMPARE(StoreStatistics::collect(store).journalRecords, before.journalRecords);

    auto byCashier = sales.record(
        m_shop->cashier, above, Unlock{m_shop->cashier.userId, QStringLiteral("1111")});
    QCOMPARE(byCashier.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(StoreStatistics::collect(store).sales, before.sales);
    QCOMPARE(auditCount(store, QStringLiteral("price.override")), overrides);

    auto byAdmin = sales.record(
        m_shop->cashier, above, Unlock{m_shop->admin.userId, QStringLiteral("123456")});
    QVERIFY2(byAdmin.ok(), qPrintable(byAdmin.error().message));
    QCOMPARE(byAdmin->overrideBy, QStringLiteral("Admin"));
    QCOMPARE(Sales(store).findByNumber(byAdmin->stamp.number)->overrideBy, QStringLiteral("Admin"));
    QCOMPARE(auditCount(store, QStringLiteral("price.override")), overrides + 1);
    const auto events = AuditLog(store).recent(5).value();
    bool found = false;
    for (const auto &event : events)
        found = found
            || (event.action == QLatin1String("price.override")
                && event.target == byAdmin->stamp.number);
    QVERIFY(found);
    QCOMPARE(StoreStatistics::collect(store).sales, before.sales + 1);

    // An admin selling needs no unlock; inside the bounds nobody does.
    auto adminSale = sales.record(m_shop->admin, below);
    QVERIFY2(adminSale.ok(), qPrintable(adminSale.error().message));
    QCOMPARE(adminSale->overrideBy, QStringLiteral("Admin"));
    auto normal = sales.record(m_shop->cashier,
        draftOf({line("textile.vetements", 1, 2000)}, {{PaymentMethod::Card, 2000}}));
    QVERIFY(normal.ok());
    QVERIFY(normal->overrideBy.isEmpty());
    verifyConsistent(store);
}

void TestSales::priceInBounds_data()
{
    // -1: no bound.
    QTest::addColumn<qint64>("min");
    QTest::addColumn<qint64>("max");
    QTest::addColumn<qint64>("price");
    QTest::addColumn<bool>("inBounds");
    QTest::newRow("no bounds, 0") << qint64(-1) << qint64(-1) << qint64(0) << true;
    QTest::newRow("no bounds, 999 999,99")
        << qint64(-1) << qint64(-1) << qint64(99'999'999) << true;
    QTest::newRow("at the minimum") << qint64(50) << qint64(-1) << qint64(50) << true;
    QTest::newRow("1 cent below the minimum") << qint64(50) << qint64(-1) << qint64(49) << false;
    QTest::newRow("at the maximum") << qint64(-1) << qint64(2000) << qint64(2000) << true;
    QTest::newRow("1 cent above the maximum")
        << qint64(-1) << qint64(2000) << qint64(2001) << false;
    QTest::newRow("between both") << qint64(50) << qint64(2000) << qint64(1000) << true;
    QTest::newRow("gift under a minimum") << qint64(50) << qint64(2000) << qint64(0) << false;
}

void TestSales::priceInBounds()
{
    QFETCH(qint64, min);
    QFETCH(qint64, max);
    QFETCH(qint64, price);
    QFETCH(bool, inBounds);
    Category category;
    if (min >= 0)
        category.minPriceCents = min;
    if (max >= 0)
        category.maxPriceCents = max;
    QCOMPARE(Sales::priceInBounds(category, price), inBounds);
}

void TestSales::acceptPayment_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<int>("taken"); // card payments of 1 cent already taken
    QTest::addColumn<int>("method");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("error"); // empty: accepted

    const int cash = int(PaymentMethod::Cash);
    const int card = int(PaymentMethod::Card);
    const int cheque = int(PaymentMethod::Cheque);
    QTest::newRow("cash, exact") << qint64(1250) << 0 << cash << qint64(1250) << QString();
    QTest::newRow("cash gives change") << qint64(1250) << 0 << cash << qint64(2000) << QString();
    QTest::newRow("card, exact") << qint64(1250) << 0 << card << qint64(1250) << QString();
    QTest::newRow("card, part") << qint64(1250) << 0 << card << qint64(500) << QString();
    QTest::newRow("card above the total")
        << qint64(1250) << 0 << card << qint64(1251)
        << QStringLiteral("Only cash can exceed what remains to pay (12,50\u00A0€).");
    QTest::newRow("cheque above what remains")
        << qint64(1250) << 3 << cheque << qint64(1248)
        << QStringLiteral("Only cash can exceed what remains to pay (12,47\u00A0€).");
    QTest::newRow("zero") << qint64(1250) << 0 << cash << qint64(0)
                          << QStringLiteral("Type an amount above 0,00 €.");
    QTest::newRow("negative") << qint64(1250) << 0 << card << qint64(-100)
                              << QStringLiteral("Type an amount above 0,00 €.");
    QTest::newRow("ninth after eight") << qint64(1250) << 8 << card << qint64(1) << QString();
    QTest::newRow("tenth after nine") << qint64(1250) << 9 << card << qint64(1) << QString();
    QTest::newRow("eleventh after ten") << qint64(1250) << 10 << cash << qint64(1240)
                                        << QStringLiteral("A ticket has at most 10 payments.");
}

void TestSales::acceptPayment()
{
    QFETCH(qint64, total);
    QFETCH(int, taken);
    QFETCH(int, method);
    QFETCH(qint64, amount);
    QFETCH(QString, error);
    const QList<PaymentDraft> payments(taken, PaymentDraft{PaymentMethod::Card, 1});
    const auto result =
        Sales::acceptPayment(total, payments, PaymentDraft{PaymentMethod(method), amount});
    if (error.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.error().message));
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QCOMPARE(result.error().message, error);
    }
}

void TestSales::validateTicketNeedsNoPayment()
{
    Store &store = *m_shop->store;
    Sales sales(store);
    const StoreStatistics before = StoreStatistics::collect(store);

    // Vêtements: 0,50 € to 20,00 €. A ticket of lines alone is checked without any payment.
    auto inside = sales.validateTicket(draftOf({line("textile.vetements", 2, 1500)}, {}));
    QVERIFY2(inside.ok(), qPrintable(inside.error().message));
    QVERIFY(!inside->priceOutsideBounds);

    auto outside = sales.validateTicket(
        draftOf({line("textile.vetements", 1, 1500), line("textile.vetements", 1, 2500)}, {}));
    QVERIFY2(outside.ok(), qPrintable(outside.error().message));
    QVERIFY(outside->priceOutsideBounds);
    QCOMPARE(outside->priceOutsideBounds->id, QStringLiteral("textile.vetements"));

    auto empty = sales.validateTicket(SaleDraft{});
    QCOMPARE(empty.error().message, QStringLiteral("The ticket has no line."));
    auto quantity = sales.validateTicket(draftOf({line("textile.vetements", 1000, 100)}, {}));
    QCOMPARE(quantity.error().message,
        QStringLiteral("Line 1: the quantity must be between 1 and 999."));
    // validate() still wants the payments that validateTicket() leaves to the payment dialog.
    QCOMPARE(sales.validate(draftOf({line("textile.vetements", 1, 100)}, {})).error().message,
        QStringLiteral("The ticket is not paid."));
    QCOMPARE(StoreStatistics::collect(store).sales, before.sales);
}

void TestSales::wrongUnlockPinIsCounted()
{
    Store &store = *m_shop->store;
    Users users(store);
    auto unlocker = users.create(
        m_shop->admin, QStringLiteral("Dominique"), Role::Admin, QStringLiteral("666666"));
    QVERIFY(unlocker.ok());
    Sales sales(store);
    const SaleDraft above =
        draftOf({line("textile.vetements", 1, 2500)}, {{PaymentMethod::Card, 2500}});
    const StoreStatistics before = StoreStatistics::collect(store);
    for (int i = 1; i < Users::maxFailedAttempts; ++i) {
        auto sale =
            sales.record(m_shop->cashier, above, Unlock{unlocker->id, QStringLiteral("0000")});
        QCOMPARE(sale.error().code, ErrorCode::AuthenticationFailed);
    }
    auto locked =
        sales.record(m_shop->cashier, above, Unlock{unlocker->id, QStringLiteral("0000")});
    QCOMPARE(locked.error().code, ErrorCode::AccountLocked);
    QVERIFY(users.find(unlocker->id)->locked);
    QCOMPARE(StoreStatistics::collect(store).sales, before.sales);
}

void TestSales::zeroTotalSaleWithoutPayment()
{
    Store &store = *m_shop->store;
    Category don;
    don.id = QStringLiteral("don");
    don.name = QStringLiteral("Don 0 €");
    don.minPriceCents = 0;
    don.defaultPriceCents = 0;
    QVERIFY(CategoryCatalog(store).save(m_shop->admin, don).ok());
    const StoreStatistics before = StoreStatistics::collect(store);
    auto sale = Sales(store).record(m_shop->cashier, draftOf({line("don", 3, 0)}, {}));
    QVERIFY2(sale.ok(), qPrintable(sale.error().message));
    QCOMPARE(sale->totalCents, qint64(0));
    QCOMPARE(sale->changeCents, qint64(0));
    QVERIFY(sale->payments.isEmpty());
    const StoreStatistics after = StoreStatistics::collect(store);
    QCOMPARE(after.sales, before.sales + 1);
    QCOMPARE(after.saleLines, before.saleLines + 1);
    QCOMPARE(after.salesTotalCents, before.salesTotalCents);
    // Unbounded categories take 0 too.
    QVERIFY(Sales(store).record(m_shop->cashier, draftOf({line("mobilier", 1, 0)}, {})).ok());
    verifyConsistent(store);
}

void TestSales::refundNeedsAnAdmin()
{
    Store &store = *m_shop->store;
    Sales sales(store);
    auto sale = sales.record(
        m_shop->cashier, draftOf({line("livres.bd", 2, 300)}, {{PaymentMethod::Card, 600}}));
    QVERIFY(sale.ok());
    RefundDraft draft{
        sale->stamp.number, {}, PaymentMethod::Card, QStringLiteral("Pages manquantes")};
    const StoreStatistics before = StoreStatistics::collect(store);
    QCOMPARE(sales.refund(m_shop->cashier, draft).error().code, ErrorCode::UnlockRequired);
    QCOMPARE(
        sales.refund(m_shop->cashier, draft, Unlock{m_shop->cashier.userId, QStringLiteral("1111")})
            .error()
            .code,
        ErrorCode::PermissionDenied);
    QCOMPARE(sales.refund(m_shop->supervisor, draft).error().code, ErrorCode::UnlockRequired);
    QCOMPARE(StoreStatistics::collect(store).refunds, before.refunds);

    const int refundEvents = auditCount(store, QStringLiteral("refund"));
    auto refund = sales.refund(
        m_shop->cashier, draft, Unlock{m_shop->admin.userId, QStringLiteral("123456")});
    QVERIFY2(refund.ok(), qPrintable(refund.error().message));
    QCOMPARE(refund->totalCents, qint64(600));
    QCOMPARE(refund->authorizedBy, QStringLiteral("Admin"));
    QCOMPARE(refund->saleNumber, sale->stamp.number);
    QVERIFY(refund->stamp.number.startsWith(QStringLiteral("CAISSE1-R")));
    const StoreStatistics after = StoreStatistics::collect(store);
    QCOMPARE(after.refunds, before.refunds + 1);
    QCOMPARE(after.refundsTotalCents, before.refundsTotalCents + 600);
    QCOMPARE(auditCount(store, QStringLiteral("refund")), refundEvents + 1);

    // Fully refunded: nothing left.
    auto again = sales.refund(m_shop->admin, draft);
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QCOMPARE(StoreStatistics::collect(store).refunds, after.refunds);
    verifyConsistent(store);
}

void TestSales::partialRefundByLine()
{
    Store &store = *m_shop->store;
    Sales sales(store);
    auto sale = sales.record(m_shop->cashier,
        draftOf({line("vaisselle.verre", 4, 30), line("vaisselle.assiette", 2, 100)},
            {{PaymentMethod::Cash, 500}}));
    QVERIFY(sale.ok());
    RefundDraft draft{sale->stamp.number, {RefundLineDraft{1, 3}}, PaymentMethod::Cash,
        QStringLiteral("Ébréchés")};
    auto first = sales.refund(m_shop->admin, draft);
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    QCOMPARE(first->totalCents, qint64(90));

    // Only one glass is left on line 1.
    const StoreStatistics before = StoreStatistics::collect(store);
    draft.lines = {RefundLineDraft{1, 2}};
    QCOMPARE(sales.refund(m_shop->admin, draft).error().code, ErrorCode::InvalidInput);
    draft.lines = {RefundLineDraft{2, 3}};
    QCOMPARE(sales.refund(m_shop->admin, draft).error().code, ErrorCode::InvalidInput);
    draft.lines = {RefundLineDraft{3, 1}};
    QCOMPARE(sales.refund(m_shop->admin, draft).error().code, ErrorCode::InvalidInput);
    draft.lines = {RefundLineDraft{1, 0}};
    QCOMPARE(sales.refund(m_shop->admin, draft).error().code, ErrorCode::InvalidInput);
    draft.lines = {RefundLineDraft{1, 1}, RefundLineDraft{1, 1}};
    QCOMPARE(sales.refund(m_shop->admin, draft).error().code, ErrorCode::InvalidInput);
    QCOMPARE(StoreStatistics::collect(store).toJson(), before.toJson());

    // Everything else (empty lines: what is left).
    draft.lines.clear();
    auto rest = sales.refund(m_shop->admin, draft);
    QVERIFY2(rest.ok(), qPrintable(rest.error().message));
    QCOMPARE(rest->totalCents, qint64(30 + 200));
    QCOMPARE(StoreStatistics::collect(store).refundsTotalCents, before.refundsTotalCents + 230);
    QCOMPARE(sales.refund(m_shop->admin, draft).error().code, ErrorCode::Conflict);
    verifyConsistent(store);
}

void TestSales::refundErrors()
{
    Store &store = *m_shop->store;
    Sales sales(store);
    auto sale = sales.record(
        m_shop->cashier, draftOf({line("livres.livre", 1, 200)}, {{PaymentMethod::Card, 200}}));
    QVERIFY(sale.ok());
    auto refund = sales.refund(m_shop->admin,
        RefundDraft{sale->stamp.number, {}, PaymentMethod::Card, QStringLiteral("Doublon")});
    QVERIFY(refund.ok());
    const StoreStatistics before = StoreStatistics::collect(store);

    auto ofRefund = sales.refund(m_shop->admin,
        RefundDraft{refund->stamp.number, {}, PaymentMethod::Card, QStringLiteral("x")});
    QVERIFY(!ofRefund.ok());
    QCOMPARE(ofRefund.error().code, ErrorCode::InvalidInput);
    auto unknown = sales.refund(m_shop->admin,
        RefundDraft{
            QStringLiteral("CAISSE1-T999999"), {}, PaymentMethod::Card, QStringLiteral("x")});
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QVERIFY(!sales
                 .refund(m_shop->admin,
                     RefundDraft{QString(), {}, PaymentMethod::Card, QStringLiteral("x")})
                 .ok());
    auto noReason = sales.refund(m_shop->admin,
        RefundDraft{sale->stamp.number, {}, PaymentMethod::Card, QStringLiteral("  ")});
    QCOMPARE(noReason.error().code, ErrorCode::InvalidInput);
    auto longReason = sales.refund(m_shop->admin,
        RefundDraft{sale->stamp.number, {}, PaymentMethod::Card, QString(10000, u'r')});
    QCOMPARE(longReason.error().code, ErrorCode::InvalidInput);
    QVERIFY(longReason.error().message.size() < 200);
    auto free = sales.refund(m_shop->admin,
        RefundDraft{sale->stamp.number, {}, PaymentMethod::Free, QStringLiteral("x")});
    QCOMPARE(free.error().code, ErrorCode::InvalidInput);
    QCOMPARE(StoreStatistics::collect(store).toJson(), before.toJson());
}

void TestSales::cashRefundLargerThanDrawer()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    QVERIFY(CashSessions(store).open(shop->cashier, 1000).ok());
    Sales sales(store);
    auto sale = sales.record(
        shop->cashier, draftOf({line("mobilier.canape", 1, 5000)}, {{PaymentMethod::Card, 5000}}));
    QVERIFY(sale.ok());
    const StoreStatistics before = StoreStatistics::collect(store);
    auto cash = sales.refund(shop->admin,
        RefundDraft{sale->stamp.number, {}, PaymentMethod::Cash, QStringLiteral("Trop grand")});
    QVERIFY(!cash.ok());
    QCOMPARE(cash.error().code, ErrorCode::Conflict);
    QCOMPARE(StoreStatistics::collect(store).toJson(), before.toJson());
    auto card = sales.refund(shop->admin,
        RefundDraft{sale->stamp.number, {}, PaymentMethod::Card, QStringLiteral("Trop grand")});
    QVERIFY2(card.ok(), qPrintable(card.error().message));
    verifyConsistent(store);
}

void TestSales::noOpenSessionWritesNothing()
{
    Store &store = *m_shop->store;
    CashSessions sessions(store);
    const auto open = sessions.current();
    QVERIFY(open);
    auto expected = sessions.totals(open->seq)->expectedCashCents();
    QVERIFY(
        sessions.close(m_shop->admin, CloseRequest{DenominationCount{{1, expected}}, {}, {}}).ok());
    QVERIFY(!sessions.current());

    const StoreStatistics before = StoreStatistics::collect(store);
    auto sale = Sales(store).record(
        m_shop->cashier, draftOf({line("livres.livre", 1, 100)}, {{PaymentMethod::Cash, 100}}));
    QVERIFY(!sale.ok());
    QCOMPARE(sale.error().code, ErrorCode::Conflict);
    QCOMPARE(StoreStatistics::collect(store).toJson(), before.toJson());
    verifyConsistent(store);
}

QTEST_GUILESS_MAIN(TestSales)
#include "tst_sales.moc"
