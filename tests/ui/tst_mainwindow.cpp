#include "core/cashsession.h"
#include "core/registermode.h"
#include "core/statistics.h"
#include "tests/support/testshop.h"
#include "ui/cashier/cashmovementscreen.h"
#include "ui/cashier/closesessionscreen.h"
#include "ui/cashier/opensessionscreen.h"
#include "ui/cashier/refundscreen.h"
#include "ui/cashier/salescreen.h"
#include "ui/common/homescreen.h"
#include "ui/common/idlecountdown.h"
#include "ui/common/loginscreen.h"
#include "ui/common/mainwindow.h"
#include "ui/common/receiptoutput.h"
#include "ui/reception/depositscreen.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
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
    void idleLockKeepsTheTicketForItsCashier();
    void anotherCashierDecidesAboutAHeldTicket();
    void drawerOpensWithAnUnlockAndIsAudited();
    void printerFaultIsKeptUntilItPrintsAgain();
    void statusBarHasRoomForASyncBadge();
    void aDemoShopSaysSoOnEveryScreen();
    void registerModeClosesOnlyWithAnAdmin();

private:
    QPushButton *homeAction(const char *name) const;
    // Keys one line on the sale screen: category shortcut and digit, quantity, price.
    void keyLine(const QString &category, const QString &quantity, const QString &price);

    std::unique_ptr<TestShop> m_shop;
    std::unique_ptr<ui::MainWindow> m_window;
    QTemporaryDir m_receipts;
};

void TestMainWindow::keyLine(const QString &category, const QString &quantity, const QString &price)
{
    const auto type = [](const QString &text) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClicks(focus, text);
    };
    const auto press = [](Qt::Key key) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, key);
    };
    QCOMPARE(m_window->saleScreen()->currentStep(), ui::SaleScreen::Step::Category);
    type(category);
    QCOMPARE(m_window->saleScreen()->currentStep(), ui::SaleScreen::Step::Quantity);
    type(quantity);
    press(Qt::Key_Return);
    QCOMPARE(m_window->saleScreen()->currentStep(), ui::SaleScreen::Step::Price);
    type(price);
    press(Qt::Key_Return);
    QCOMPARE(m_window->saleScreen()->currentStep(), ui::SaleScreen::Step::Category);
}

QPushButton *TestMainWindow::homeAction(const char *name) const
{
    return m_window->homeScreen()->findChild<QPushButton *>(QLatin1String(name));
}

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_shop = TestShop::create();
    QVERIFY(m_shop);
    qApp->setStyleSheet(ui::MainWindow::styleSheet()); // as the program does: touch sizes
    m_window = std::make_unique<ui::MainWindow>(*m_shop->store);
    ui::ReceiptOutput::Config receipts;
    receipts.systemPrinter = false;
    receipts.pdfFolder = m_receipts.path();
    m_window->receiptOutput()->setConfig(receipts);
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
    // On the station's clock: the test moves it, nothing sleeps.
    ui::IdleCountdown *idle = m_window->idleCountdown();
    m_window->setIdleLockDelay(5 * 60 * 1000);
    m_window->enter(m_shop->cashier);
    m_window->showSale();
    // Activity keeps it open: a key every 4 minutes…
    for (int i = 0; i < 4; ++i) {
        m_shop->clock.advanceSecs(4 * 60);
        idle->check();
        QVERIFY(m_window->actor());
        QTest::keyClick(m_window.get(), Qt::Key_Shift);
    }
    // …and 5 minutes of silence lock it, not a second earlier: back to the login screen.
    m_shop->clock.advanceSecs(5 * 60 - 1);
    idle->check();
    QVERIFY(m_window->actor());
    m_shop->clock.advanceSecs(1);
    idle->check();
    QVERIFY(!m_window->actor());
    QCOMPARE(m_window->currentScreen(), static_cast<QWidget *>(m_window->loginScreen()));

    // 0: never.
    m_window->setIdleLockDelay(0);
    m_window->enter(m_shop->cashier);
    m_shop->clock.advanceSecs(60 * 60);
    idle->check();
    QVERIFY(m_window->actor());
    m_window->logOut();
}

void TestMainWindow::idleLockKeepsTheTicketForItsCashier()
{
    QVERIFY(core::CashSessions(*m_shop->store).current());
    m_window->setIdleLockDelay(300);
    m_window->enter(m_shop->cashier);
    m_window->showSale();
    keyLine(QStringLiteral("t1"), QStringLiteral("2"), QStringLiteral("3"));
    QCOMPARE(m_window->saleScreen()->draft().lines.size(), 1);

    m_shop->clock.advanceSecs(1);
    m_window->idleCountdown()->check();
    QVERIFY(!m_window->actor());
    // Nothing of the ticket stays on the screen while the station is locked…
    QVERIFY(!m_window->saleScreen()->hasUnpaidLines());
    QCOMPARE(m_window->heldTicketOwners(), QStringList{m_shop->cashier.userId});
    m_window->setIdleLockDelay(0);

    // …and it comes back to the same cashier, on the sale screen, without a question.
    bool asked = false;
    m_window->setHeldTicketPrompt([&](const QString &, const core::SaleDraft &) {
        asked = true;
        return true;
    });
    m_window->enter(m_shop->cashier);
    QVERIFY(!asked);
    QCOMPARE(m_window->currentScreen(), m_window->saleScreen());
    QCOMPARE(m_window->saleScreen()->draft().lines.size(), 1);
    QCOMPARE(m_window->saleScreen()->draft().lines.at(0).quantity, 2);
    QCOMPARE(m_window->saleScreen()->draft().lines.at(0).unitPriceCents, 300);
    QVERIFY(m_window->heldTicketOwners().isEmpty());
    m_window->saleScreen()->clearTicket();
    m_window->logOut();
}

void TestMainWindow::anotherCashierDecidesAboutAHeldTicket()
{
    m_window->enter(m_shop->cashier);
    m_window->showSale();
    keyLine(QStringLiteral("t1"), QStringLiteral("1"), QStringLiteral("4"));
    m_window->logOut();
    QCOMPARE(m_window->heldTicketOwners(), QStringList{m_shop->cashier.userId});

    // The admin keeps it for Camille: the admin starts with an empty ticket.
    QString askedFor;
    m_window->setHeldTicketPrompt([&](const QString &owner, const core::SaleDraft &ticket) {
        askedFor = owner;
        return ticket.lines.size() == 1;
    });
    m_window->enter(m_shop->admin);
    QCOMPARE(askedFor, m_shop->cashier.name);
    QCOMPARE(m_window->currentScreen(), m_window->homeScreen());
    QVERIFY(!m_window->saleScreen()->hasUnpaidLines());
    QCOMPARE(m_window->heldTicketOwners(), QStringList{m_shop->cashier.userId});
    m_window->logOut();

    // The next time, the admin discards it: Camille finds nothing.
    m_window->setHeldTicketPrompt([](const QString &, const core::SaleDraft &) { return false; });
    m_window->enter(m_shop->admin);
    QVERIFY(m_window->heldTicketOwners().isEmpty());
    m_window->logOut();
    m_window->enter(m_shop->cashier);
    QCOMPARE(m_window->currentScreen(), m_window->homeScreen());
    QVERIFY(!m_window->saleScreen()->hasUnpaidLines());
    m_window->logOut();
}

void TestMainWindow::drawerOpensWithAnUnlockAndIsAudited()
{
    QTcpServer printer;
    QVERIFY(printer.listen(QHostAddress::LocalHost));
    QByteArray received;
    connect(&printer, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = printer.nextPendingConnection())
            connect(socket, &QTcpSocket::readyRead, this,
                [&received, socket] { received += socket->readAll(); });
    });
    const ui::ReceiptOutput::Config previous = m_window->receiptOutput()->config();
    ui::ReceiptOutput::Config config = previous;
    config.escposHost = QStringLiteral("127.0.0.1");
    config.escposPort = printer.serverPort();
    m_window->receiptOutput()->setConfig(config);

    QString askedFor;
    std::optional<core::Unlock> answer;
    m_window->setUnlockPrompt([&](const QString &action) {
        askedFor = action;
        return answer;
    });
    m_window->enter(m_shop->cashier);
    QPushButton *drawer = homeAction("openDrawerButton");
    QVERIFY(drawer && drawer->isVisible());
    QVERIFY(drawer->text().contains(QStringLiteral("F7")));

    // Nobody unlocks: nothing opens, nothing is recorded.
    QTest::mouseClick(drawer, Qt::LeftButton);
    QVERIFY(askedFor.contains(QStringLiteral("drawer")));
    QCOMPARE(test::auditCount(*m_shop->store, QStringLiteral("drawer.open")), 0);

    // A wrong PIN is asked again; the right one opens it, once.
    int asked = 0;
    m_window->setUnlockPrompt([&](const QString &) -> std::optional<core::Unlock> {
        ++asked;
        return core::Unlock{
            m_shop->admin.userId, asked == 1 ? QStringLiteral("9999") : QStringLiteral("123456")};
    });
    QTest::mouseClick(drawer, Qt::LeftButton);
    QCOMPARE(asked, 2);
    QCOMPARE(test::auditCount(*m_shop->store, QStringLiteral("drawer.open")), 1);
    QTRY_VERIFY(received.contains(QByteArray("\x1bp\x00", 3)));

    m_window->receiptOutput()->setConfig(previous);
    m_window->logOut();
}

void TestMainWindow::printerFaultIsKeptUntilItPrintsAgain()
{
    QTcpServer printer;
    QVERIFY(printer.listen(QHostAddress::LocalHost));
    const quint16 port = printer.serverPort();
    printer.close();
    const ui::ReceiptOutput::Config previous = m_window->receiptOutput()->config();
    ui::ReceiptOutput::Config config = previous;
    config.escposHost = QStringLiteral("127.0.0.1");
    config.escposPort = port;
    m_window->receiptOutput()->setConfig(config);

    // Nobody listens: the failure is kept for the health page, with its time.
    QVERIFY(m_window->deviceFaults().current().isEmpty());
    m_window->receiptOutput()->printTest({QStringLiteral("test")});
    QTRY_COMPARE(m_window->deviceFaults().current().size(), 1);
    const core::DeviceFault fault = m_window->deviceFaults().current().constFirst();
    QCOMPARE(fault.device, core::Device::ReceiptPrinter);
    QCOMPARE(fault.sinceUtc, m_shop->clock.nowUtc());
    QVERIFY(!fault.message.isEmpty());

    // The printer is back: the next ticket clears the fault.
    QVERIFY(printer.listen(QHostAddress::LocalHost, port));
    m_window->receiptOutput()->printTest({QStringLiteral("test")});
    QTRY_VERIFY(m_window->deviceFaults().current().isEmpty());
    m_window->receiptOutput()->setConfig(previous);
}

void TestMainWindow::statusBarHasRoomForASyncBadge()
{
    QWidget *slot = m_window->statusBadgeSlot();
    QVERIFY(slot);
    QVERIFY(m_window->statusBar()->isAncestorOf(slot));
    QVERIFY(!slot->isVisible());
    auto *badge = new QLabel(QStringLiteral("sync"));
    m_window->setSyncBadge(badge);
    QVERIFY(slot->isVisible());
    QCOMPARE(badge->parentWidget(), slot);
    m_window->setSyncBadge(nullptr);
    QVERIFY(!slot->isVisible());
}

void TestMainWindow::aDemoShopSaysSoOnEveryScreen()
{
    // A real shop: no mark.
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("demoMark")));
    auto demo = TestShop::create(core::StationKind::Register, TestShop::DemoShop);
    QVERIFY(demo);
    ui::MainWindow window(*demo->store);
    window.resize(1024, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *mark = window.findChild<QLabel *>(QStringLiteral("demoMark"));
    QVERIFY(mark);
    QVERIFY(window.statusBar()->isAncestorOf(mark));
    QVERIFY(mark->isVisible());
    // Past the login, on the home screen, the register and the back office alike.
    window.enter(demo->cashier);
    QVERIFY(mark->isVisible());
    window.showOpenSession();
    QVERIFY(mark->isVisible());
    window.logOut();
    window.enter(demo->admin);
    window.showAdmin();
    QVERIFY(mark->isVisible());
    QVERIFY(mark->geometry().right() <= window.statusBar()->width());
    window.logOut();
}

void TestMainWindow::registerModeClosesOnlyWithAnAdmin()
{
    // Turned on by an administrator, audited; a cashier may not.
    core::RegisterMode mode(*m_shop->store);
    QVERIFY(!mode.isOn());
    QVERIFY(!mode.set(m_shop->cashier, true));
    const int audited = test::auditCount(*m_shop->store, QStringLiteral("settings.register-mode"));
    QVERIFY(mode.set(m_shop->admin, true));
    QVERIFY(mode.isOn());
    QCOMPARE(
        test::auditCount(*m_shop->store, QStringLiteral("settings.register-mode")), audited + 1);

    ui::MainWindow window(*m_shop->store);
    window.setIdleLockDelay(0);
    window.setRegisterMode(mode.isOn());
    QVERIFY(window.windowFlags().testFlag(Qt::FramelessWindowHint));
    window.present();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isFullScreen());
    window.enter(m_shop->cashier);

    // Nobody unlocks: the window stays, whoever is logged in; Alt+F4 asks the same.
    int asked = 0;
    window.setUnlockPrompt([&asked](const QString &) -> std::optional<core::Unlock> {
        ++asked;
        return std::nullopt;
    });
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QTest::keyClick(&window, Qt::Key_F4, Qt::AltModifier);
    QVERIFY(window.isVisible());
    QCOMPARE(asked, 2);

    // A cashier's PIN does not unlock it.
    window.setUnlockPrompt([this](const QString &) -> std::optional<core::Unlock> {
        return core::Unlock{m_shop->cashier.userId, QStringLiteral("1111")};
    });
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());

    // An administrator's does, and it is audited.
    const int left = test::auditCount(*m_shop->store, QStringLiteral("register-mode.leave"));
    window.setUnlockPrompt([this](const QString &) -> std::optional<core::Unlock> {
        return core::Unlock{m_shop->admin.userId, QStringLiteral("123456")};
    });
    QVERIFY(window.close());
    QVERIFY(!window.isVisible());
    QCOMPARE(test::auditCount(*m_shop->store, QStringLiteral("register-mode.leave")), left + 1);

    QVERIFY(mode.set(m_shop->admin, false));
    QVERIFY(!mode.isOn());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
