#include "core/cashsession.h"
#include "core/statistics.h"
#include "tests/support/testshop.h"
#include "ui/cashier/cashmovementscreen.h"
#include "ui/cashier/closesessionscreen.h"
#include "ui/cashier/opensessionscreen.h"
#include "ui/cashier/refundscreen.h"
#include "ui/cashier/salescreen.h"
#include "ui/common/homescreen.h"
#include "ui/common/loginscreen.h"
#include "ui/common/mainwindow.h"
#include "ui/reception/depositscreen.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace recaisse;
using recaisse::test::TestShop;

// The navigation between the screens: what each person can reach from the home screen, and
// where each step leads.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cashierOpensTheRegisterAndSells();
    void actionsFollowRoleAndSession();
    void homeButtonComesBack();
    void idleStationLocksItself();

private:
    QPushButton *homeAction(const char *name) const;

    std::unique_ptr<TestShop> m_shop;
    std::unique_ptr<ui::MainWindow> m_window;
};

QPushButton *TestMainWindow::homeAction(const char *name) const
{
    return m_window->homeScreen()->findChild<QPushButton *>(QLatin1String(name));
}

void TestMainWindow::initTestCase()
{
    m_shop = TestShop::create();
    QVERIFY(m_shop);
    qApp->setStyleSheet(ui::MainWindow::styleSheet()); // as the program does: touch sizes
    m_window = std::make_unique<ui::MainWindow>(*m_shop->store);
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The F-key shortcuts belong to the active window, as on a real register.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::cashierOpensTheRegisterAndSells()
{
    m_window->enter(m_shop->cashier);
    QCOMPARE(m_window->currentScreen(), m_window->homeScreen());
    QPushButton *open = homeAction("openSessionButton");
    QVERIFY(open && open->isVisible());
    QVERIFY(!homeAction("saleButton")->isVisible());

    // F1 from the keyboard reaches the opening of the register.
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    QTRY_COMPARE(m_window->currentScreen(), m_window->openSessionScreen());
    auto *field =
        m_window->openSessionScreen()->findChild<QLineEdit *>(QStringLiteral("floatField"));
    QVERIFY(field);
    field->clear();
    QTest::keyClicks(field, QStringLiteral("100"));
    QTest::mouseClick(
        m_window->openSessionScreen()->findChild<QPushButton *>(QStringLiteral("openButton")),
        Qt::LeftButton);

    // Once the float is in, the register is ready to sell.
    const auto session = core::CashSessions(*m_shop->store).current();
    QVERIFY(session);
    QCOMPARE(session->floatCents, 10000);
    QCOMPARE(m_window->currentScreen(), m_window->saleScreen());
    QCOMPARE(m_window->saleScreen()->currentStep(), ui::SaleScreen::Step::Category);
}

void TestMainWindow::actionsFollowRoleAndSession()
{
    // The session opened above: the cashier may sell and close, not open again.
    m_window->enter(m_shop->cashier);
    QVERIFY(!homeAction("openSessionButton")->isVisible());
    QVERIFY(homeAction("saleButton")->isVisible());
    QVERIFY(homeAction("closeSessionButton")->isVisible());
    QVERIFY(homeAction("refundButton")->isVisible());
    QVERIFY(homeAction("cashMovementButton")->isVisible());
    QVERIFY(!homeAction("depositButton")->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_COMPARE(m_window->currentScreen(), static_cast<QWidget *>(m_window->refundScreen()));
    m_window->showHome();
    QTest::keyClick(m_window.get(), Qt::Key_F6);
    QTRY_COMPARE(m_window->currentScreen(), static_cast<QWidget *>(m_window->cashMovementScreen()));
    m_window->showHome();

    // A reception volunteer only receives donations; a supervisor does none of these.
    m_window->enter(m_shop->reception);
    QVERIFY(homeAction("depositButton")->isVisible());
    QVERIFY(!homeAction("saleButton")->isVisible());
    QVERIFY(!homeAction("closeSessionButton")->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_F4);
    QTRY_COMPARE(m_window->currentScreen(), m_window->depositScreen());

    m_window->enter(m_shop->supervisor);
    for (const char *name :
        {"openSessionButton", "saleButton", "closeSessionButton", "depositButton"})
        QVERIFY2(!homeAction(name)->isVisible(), name);
}

void TestMainWindow::homeButtonComesBack()
{
    m_window->enter(m_shop->cashier);
    QTest::keyClick(m_window.get(), Qt::Key_F3);
    QTRY_COMPARE(m_window->currentScreen(), m_window->closeSessionScreen());
    auto *home = m_window->closeSessionScreen()->parentWidget()->findChild<QPushButton *>(
        QStringLiteral("homeButton"));
    QVERIFY(home);
    QVERIFY(home->height() >= 48);
    QTest::mouseClick(home, Qt::LeftButton);
    QCOMPARE(m_window->currentScreen(), m_window->homeScreen());
    // Nothing was closed on the way.
    QVERIFY(core::CashSessions(*m_shop->store).current());

    m_window->logOut();
    QCOMPARE(m_window->currentScreen(), m_window->loginScreen());
}

void TestMainWindow::idleStationLocksItself()
{
    m_window->setIdleLockDelay(300);
    m_window->enter(m_shop->cashier);
    m_window->showSale();
    // Activity keeps it open…
    for (int i = 0; i < 4; ++i) {
        QTest::qWait(150);
        QTest::keyClick(m_window.get(), Qt::Key_Shift);
    }
    QVERIFY(m_window->actor());
    // …and silence locks it: back to the login screen, nobody logged in.
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->actor(), 3000);
    QCOMPARE(m_window->currentScreen(), static_cast<QWidget *>(m_window->loginScreen()));

    m_window->setIdleLockDelay(0);
    m_window->enter(m_shop->cashier);
    QTest::qWait(500);
    QVERIFY(m_window->actor());
    m_window->logOut();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
