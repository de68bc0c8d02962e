// Weights taken from a simulated scale on a pseudo-terminal: a deposit at the reception desk and a
// sale line at the register, exactly; unstable readings are never taken; manual entry stays
// possible.
#include "categorydigit.h"
#include "core/cashsession.h"
#include "core/deposits.h"
#include "core/money.h"
#include "core/scale.h"
#include "core/statistics.h"
#include "tests/support/simulatedscale.h"
#include "tests/support/testshop.h"
#include "ui/cashier/salescreen.h"
#include "ui/common/mainwindow.h"
#include "ui/common/scaleweight.h"
#include "ui/reception/depositscreen.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace recaisse;
using recaisse::test::SimulatedScale;

class TestScaleEntry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void depositWeightComesFromTheScale();
    void noScaleNoPanel();
    void saleLineWeightFromTheScale();
};

void TestScaleEntry::initTestCase()
{
    qApp->setStyleSheet(ui::MainWindow::styleSheet());
}

void TestScaleEntry::depositWeightComesFromTheScale()
{
    auto shop = test::TestShop::create(core::StationKind::Reception);
    QVERIFY(shop);
    SimulatedScale simulated(core::ScaleProtocol::MtSics);
    QVERIFY(simulated.isOpen());
    simulated.setWeight(800, false);
    ui::DepositScreen screen(*shop->store);
    screen.setActor(shop->reception);
    core::ScaleSettings settings;
    settings.port = simulated.slavePath();
    settings.protocol = core::ScaleProtocol::MtSics;
    settings.pollMs = 50;
    core::Scale scale(settings);
    QVERIFY(scale.start());
    screen.setScale(&scale);
    screen.resize(1366, 768);
    screen.show();
    screen.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&screen));

    QTest::keyClick(&screen, 'T'); // Textile
    QTest::keyClick(&screen, '1'); // its first kind
    auto *weight = screen.findChild<QLineEdit *>(QStringLiteral("weightField"));
    QVERIFY(weight && weight->isVisible() && weight->hasFocus());
    auto *panel = screen.findChild<ui::ScaleWeight *>();
    QVERIFY(panel && panel->isVisible());

    // While the pan moves: "unstable", and the key takes nothing.
    QTRY_COMPARE(panel->reading()->text(),
        ui::ScaleWeight::tr("Scale: %1").arg(ui::ScaleWeight::tr("Unstable")));
    QVERIFY(!panel->takeButton()->isEnabled());
    QTest::keyClick(weight, ui::ScaleWeight::takeKey);
    QVERIFY(weight->text().isEmpty());

    // Settled: the live reading, then the key puts the stable weight in the field.
    simulated.setWeight(3258, true);
    QTRY_VERIFY(panel->takeButton()->isEnabled());
    QCOMPARE(
        panel->reading()->text(), ui::ScaleWeight::tr("Scale: %1").arg(core::weight::format(3258)));
    QTest::keyClick(weight, ui::ScaleWeight::takeKey);
    QCOMPARE(weight->text(), QStringLiteral("3,258"));
    QTest::keyClick(weight, Qt::Key_Return);
    QCOMPARE(screen.draft().lines.size(), 1);
    QCOMPARE(screen.draft().lines.at(0).weightGrams, 3258);

    // The button does the same (touch screens).
    QTest::keyClick(&screen, 'x'); // Divers
    QVERIFY(weight->isVisible());
    simulated.setWeight(12040, true);
    QTRY_COMPARE(panel->reading()->text(),
        ui::ScaleWeight::tr("Scale: %1").arg(core::weight::format(12040)));
    QTest::mouseClick(panel->takeButton(), Qt::LeftButton);
    QCOMPARE(weight->text(), QStringLiteral("12,040"));
    QTest::keyClick(weight, Qt::Key_Return);
    QCOMPARE(screen.draft().lines.size(), 2);

    // The scale is unplugged: a clear message, nothing to take, the weight typed by hand.
    simulated.unplug();
    QTRY_VERIFY(panel->reading()->text().contains(simulated.slavePath()));
    QVERIFY(!panel->takeButton()->isEnabled());
    QTest::keyClick(&screen, 'x');
    QTest::keyClick(weight, ui::ScaleWeight::takeKey);
    QVERIFY(weight->text().isEmpty());
    QTest::keyClicks(weight, QStringLiteral("2,5"));
    QTest::keyClick(weight, Qt::Key_Return);
    QCOMPARE(screen.draft().lines.size(), 3);

    QSignalSpy recorded(&screen, &ui::DepositScreen::depositRecorded);
    QTest::mouseClick(
        screen.findChild<QPushButton *>(QStringLiteral("closeTicketButton")), Qt::LeftButton);
    QCOMPARE(recorded.count(), 1);
    const qint64 total = 3258 + 12040 + 2500;
    QCOMPARE(recorded.at(0).at(0).value<core::Deposit>().totalWeightGrams, total);
    const core::StoreStatistics stats = core::StoreStatistics::collect(*shop->store);
    QCOMPARE(stats.depositLines, 3);
    QCOMPARE(stats.depositWeightGrams, total);
}

void TestScaleEntry::noScaleNoPanel()
{
    auto shop = test::TestShop::create(core::StationKind::Reception);
    QVERIFY(shop);
    ui::DepositScreen screen(*shop->store);
    screen.setActor(shop->reception);
    screen.setScale(nullptr);
    screen.show();
    QTest::keyClick(&screen, 'x');
    auto *panel = screen.findChild<ui::ScaleWeight *>();
    QVERIFY(panel);
    QVERIFY(!panel->isVisible());
    QVERIFY(!panel->take());
}

void TestScaleEntry::saleLineWeightFromTheScale()
{
    auto shop = test::TestShop::create();
    QVERIFY(shop);
    QVERIFY(core::CashSessions(*shop->store).open(shop->cashier, 5000).ok());
    SimulatedScale simulated(core::ScaleProtocol::Toledo8217);
    simulated.setWeight(2345, false);
    core::ScaleSettings settings;
    settings.port = simulated.slavePath();
    settings.protocol = core::ScaleProtocol::Toledo8217;
    settings.pollMs = 50;
    core::Scale scale(settings);
    QVERIFY(scale.start());
    ui::SaleScreen screen(*shop->store);
    screen.setActor(shop->cashier);
    screen.setScale(&scale);
    screen.resize(1366, 768);
    screen.show();
    screen.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&screen));

    // Small household appliances ask for a weight: E, the category's digit, quantity 1.
    QTest::keyClicks(&screen, QStringLiteral("E"));
    const int digit = test::categoryDigit(screen, QStringLiteral("eee.petit-menager"));
    QVERIFY(digit > 0 && digit <= 9);
    QTest::keyClicks(QApplication::focusWidget(), QString::number(digit));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(screen.currentStep(), ui::SaleScreen::Step::Weight);
    auto *weight = screen.findChild<QLineEdit *>(QStringLiteral("weightField"));
    QVERIFY(weight->hasFocus());
    auto *panel = screen.findChild<ui::ScaleWeight *>();
    QVERIFY(panel && panel->isVisible());
    QTRY_COMPARE(panel->reading()->text(),
        ui::ScaleWeight::tr("Scale: %1").arg(ui::ScaleWeight::tr("Unstable")));
    QTest::keyClick(weight, ui::ScaleWeight::takeKey);
    QCOMPARE(weight->text(), QString()); // the pan moves: nothing taken
    simulated.setWeight(2345, true);
    QTRY_VERIFY(panel->takeButton()->isEnabled());
    QTest::keyClick(weight, ui::ScaleWeight::takeKey);
    QCOMPARE(weight->text(), QStringLiteral("2,345"));
    QTest::keyClick(weight, Qt::Key_Return);
    QCOMPARE(screen.currentStep(), ui::SaleScreen::Step::Price);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("5"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(screen.draft().lines.size(), 1);
    QCOMPARE(screen.draft().lines.at(0).weightGrams, std::optional<qint64>(2345));
}

QTEST_MAIN(TestScaleEntry)
#include "tst_scaleentry.moc"
