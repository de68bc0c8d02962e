#include "core/drawer.h"
#include "core/integrity.h"
#include "tests/support/testshop.h"

#include <QTest>

using namespace recaisse::core;
using recaisse::test::auditCount;
using recaisse::test::TestShop;

class TestDrawer : public QObject
{
    Q_OBJECT

private slots:
    void cashierNeedsAnUnlock();
    void wrongPinIsRefused();
    void adminUnlockOpensAndAudits();
    void adminMayOpenAlone();
};

void TestDrawer::cashierNeedsAnUnlock()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    const auto result = CashDrawer(*shop->store).authorizeOpening(shop->cashier, std::nullopt);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::UnlockRequired);
    QCOMPARE(auditCount(*shop->store, QStringLiteral("drawer.open")), 0);
}

void TestDrawer::wrongPinIsRefused()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    const auto result =
        CashDrawer(*shop->store)
            .authorizeOpening(shop->cashier, Unlock{shop->admin.userId, QStringLiteral("9999")});
    QVERIFY(!result);
    QCOMPARE(auditCount(*shop->store, QStringLiteral("drawer.open")), 0);
}

void TestDrawer::adminUnlockOpensAndAudits()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    const auto result =
        CashDrawer(*shop->store)
            .authorizeOpening(shop->cashier, Unlock{shop->admin.userId, QStringLiteral("123456")});
    QVERIFY2(result, qPrintable(result.error().message));
    QCOMPARE(result->userId, shop->admin.userId);
    QCOMPARE(auditCount(*shop->store, QStringLiteral("drawer.open")), 1);
    const auto report = IntegrityCheck(*shop->store).run().value();
    QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

void TestDrawer::adminMayOpenAlone()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    const auto result = CashDrawer(*shop->store).authorizeOpening(shop->admin, std::nullopt);
    QVERIFY2(result, qPrintable(result.error().message));
    QCOMPARE(auditCount(*shop->store, QStringLiteral("drawer.open")), 1);
}

QTEST_GUILESS_MAIN(TestDrawer)
#include "tst_drawer.moc"
