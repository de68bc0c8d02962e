// The customer display during a sale keyed on the sale screen: the exact bytes the pole display
// (a pseudo-terminal) receives for the line, the total, the payment and the change, then the
// welcome again; a display that fails gives one status-bar message and never stops the sale.
#include "categorydigit.h"
#include "core/cashsession.h"
#include "core/customerdisplay.h"
#include "core/store.h"
#include "tests/support/pseudoterminal.h"
#include "tests/support/testshop.h"
#include "ui/cashier/salescreen.h"
#include "ui/common/customerdisplayfeed.h"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace recaisse;
using recaisse::test::PseudoTerminal;

class TestCustomerDisplayFeed : public QObject
{
    Q_OBJECT

private slots:
    void saleOnThePoleDisplay();
    void brokenDisplayIsReportedOnce();

private:
    // The sale screen wired to the feed as the main window wires it.
    static void wire(ui::SaleScreen &screen, ui::CustomerDisplayFeed &feed);
    static void type(const QString &text);
};

void TestCustomerDisplayFeed::wire(ui::SaleScreen &screen, ui::CustomerDisplayFeed &feed)
{
    connect(&screen, &ui::SaleScreen::lineAdded, &feed, &ui::CustomerDisplayFeed::showLine);
    connect(&screen, &ui::SaleScreen::paymentStarted, &feed, &ui::CustomerDisplayFeed::showTotal);
    connect(&screen, &ui::SaleScreen::saleRecorded, &feed, &ui::CustomerDisplayFeed::showSale);
}

void TestCustomerDisplayFeed::type(const QString &text)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClicks(focus, text);
}

void TestCustomerDisplayFeed::saleOnThePoleDisplay()
{
    auto shop = test::TestShop::create();
    QVERIFY(shop);
    QVERIFY(core::CashSessions(*shop->store).open(shop->cashier, 5000).ok());
    PseudoTerminal pty;
    QVERIFY(pty.isOpen());
    core::CustomerDisplaySettings settings;
    settings.port = pty.slavePath();
    ui::CustomerDisplayFeed feed(*shop->store, settings);
    feed.setPaidScreenMs(100);
    QSignalSpy messages(&feed, &ui::CustomerDisplayFeed::message);
    feed.start();

    ui::SaleScreen screen(*shop->store);
    screen.setActor(shop->cashier);
    screen.setPaymentPrompt([](qint64) {
        return std::optional(QList<core::PaymentDraft>{{core::PaymentMethod::Cash, 1000}});
    });
    wire(screen, feed);
    QSignalSpy lines(&screen, &ui::SaleScreen::lineAdded);
    screen.resize(1366, 768);
    screen.show();
    screen.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&screen));

    // Two saucepans at 3,50 €: V, the category's digit, quantity, price.
    QTest::keyClicks(&screen, QStringLiteral("V"));
    const int digit = test::categoryDigit(screen, QStringLiteral("vaisselle.casserole"));
    QVERIFY(digit > 0 && digit <= 9);
    type(QString::number(digit));
    type(QStringLiteral("2"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    type(QStringLiteral("3,50"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(lines.count(), 1);
    const QString name = lines.at(0).at(0).toString();
    QVERIFY(!name.isEmpty());

    QSignalSpy recorded(&screen, &ui::SaleScreen::saleRecorded);
    QTest::mouseClick(screen.findChild<QPushButton *>(QStringLiteral("payButton")), Qt::LeftButton);
    QCOMPARE(recorded.count(), 1);

    const core::PoleDisplayText text;
    const QByteArray welcome = text.welcome(shop->store->site().name);
    const QByteArray expected = text.initialize() + welcome + text.lineAdded(name, 2, 700)
        + text.total(700) + text.paid(1000, 300) + welcome;
    QTRY_COMPARE(pty.received(), expected);
    QVERIFY(expected.contains(QByteArray("3,00 \xd5"))); // the change, in PC858
    QCOMPARE(messages.count(), 0);
}

void TestCustomerDisplayFeed::brokenDisplayIsReportedOnce()
{
    auto shop = test::TestShop::create();
    QVERIFY(shop);
    core::CustomerDisplaySettings settings;
    settings.port = QStringLiteral("/nonexistent/ttyUSB9");
    ui::CustomerDisplayFeed feed(*shop->store, settings);
    QSignalSpy messages(&feed, &ui::CustomerDisplayFeed::message);
    feed.start();
    feed.showLine(QStringLiteral("Casserole"), 1, 350);
    feed.showTotal(350);
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages.at(0).at(0).toString().contains(settings.port));
    QVERIFY(messages.at(0).at(1).toBool());
}

QTEST_MAIN(TestCustomerDisplayFeed)
#include "tst_customerdisplayfeed.moc"
