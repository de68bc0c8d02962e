// A whole day at the register, driven only by key presses and clicks on the real main window
// and its real dialogs; what core recorded is then read back through core's services.

#include "core/cashsession.h"
#include "core/integrity.h"
#include "core/ledger.h"
#include "core/sales.h"
#include "core/statistics.h"
#include "tests/support/testshop.h"
#include "ui/cashier/closesessionscreen.h"
#include "ui/cashier/opensessionscreen.h"
#include "ui/cashier/paymentdialog.h"
#include "ui/cashier/refundscreen.h"
#include "ui/cashier/salescreen.h"
#include "ui/cashier/zreportview.h"
#include "ui/common/adminunlockdialog.h"
#include "ui/common/homescreen.h"
#include "ui/common/loginscreen.h"
#include "ui/common/mainwindow.h"
#include "ui/common/receiptoutput.h"
#include "ui/reception/depositscreen.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace recaisse;
using recaisse::test::auditCount;
using recaisse::test::TestShop;

namespace {

// Answers the next modal dialog of type T as soon as its own event loop shows it.
template<typename T>
void whenModal(std::function<void(T *)> answer)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, answer] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        answer(dialog);
    });
    timer->start();
}

// A closed modal dialog gives the activation back to the main window (the window manager does
// it on a desktop; the offscreen platform needs to be told).
void backToWindow(QWidget *window)
{
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
}

template<typename T = QPushButton>
T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

void click(QWidget *parent, const char *name)
{
    auto *button = child(parent, name);
    QVERIFY2(button, name);
    QVERIFY2(button->isVisible() && button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

// Keys go where a cashier's keyboard sends them: to the widget with the focus.
void type(const QString &text)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClicks(focus, text);
}

void press(Qt::Key key)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, key);
}

// An administrator unlocks with their PIN on the dialog's keypad.
void unlockWithAdminPin(ui::AdminUnlockDialog *dialog, const QString &adminId)
{
    dialog->selectUser(adminId);
    for (const QChar digit : QStringLiteral("123456")) {
        const QByteArray name = "key" + QString(digit).toLatin1();
        QTest::mouseClick(child(dialog, name.constData()), Qt::LeftButton);
    }
    QTest::mouseClick(child(dialog, "keyOk"), Qt::LeftButton);
}

} // namespace

class TestWholeShift : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aDayAtTheRegister();

private:
    void logIn(const QString &name, const QString &pin);
    void keyLine(const QString &quantity, const QString &price);
    core::Sale pay(const std::function<void(ui::PaymentDialog *)> &howTheCustomerPays);

    std::unique_ptr<TestShop> m_shop;
    std::unique_ptr<ui::MainWindow> m_window;
    QTemporaryDir m_receipts;
};

void TestWholeShift::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_shop = TestShop::create();
    QVERIFY(m_shop);
    qApp->setStyleSheet(ui::MainWindow::styleSheet());
    m_window = std::make_unique<ui::MainWindow>(*m_shop->store);
    ui::ReceiptOutput::Config receipts;
    receipts.systemPrinter = false;
    receipts.pdfFolder = m_receipts.path();
    m_window->receiptOutput()->setConfig(receipts);
    m_window->setIdleLockDelay(0);
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestWholeShift::cleanupTestCase()
{
    m_window.reset();
    m_shop.reset();
}

void TestWholeShift::logIn(const QString &name, const QString &pin)
{
    ui::LoginScreen *login = m_window->loginScreen();
    QCOMPARE(m_window->currentScreen(), login);
    QPushButton *tile = nullptr;
    for (QPushButton *candidate : login->findChildren<QPushButton *>(QStringLiteral("userTile"))) {
        if (candidate->text().startsWith(name + QLatin1Char('\n')))
            tile = candidate;
    }
    QVERIFY2(tile, qPrintable(name));
    QTest::mouseClick(tile, Qt::LeftButton);
    for (const QChar digit : pin) {
        const QByteArray key = "key" + QString(digit).toLatin1();
        click(login, key.constData());
    }
    click(login, "keyOk");
    QTRY_VERIFY(m_window->actor());
    QCOMPARE(m_window->actor()->name, name);
    QCOMPARE(m_window->currentScreen(), m_window->homeScreen());
}

void TestWholeShift::keyLine(const QString &quantity, const QString &price)
{
    ui::SaleScreen *sale = m_window->saleScreen();
    QCOMPARE(sale->currentStep(), ui::SaleScreen::Step::Category);
    type(QStringLiteral("t1")); // Textile, then its first sub-category
    QCOMPARE(sale->currentStep(), ui::SaleScreen::Step::Quantity);
    type(quantity);
    press(Qt::Key_Return);
    QCOMPARE(sale->currentStep(), ui::SaleScreen::Step::Price);
    type(price);
    press(Qt::Key_Return);
    QCOMPARE(sale->currentStep(), ui::SaleScreen::Step::Category);
}

core::Sale TestWholeShift::pay(const std::function<void(ui::PaymentDialog *)> &howTheCustomerPays)
{
    QSignalSpy recorded(m_window->saleScreen(), &ui::SaleScreen::saleRecorded);
    whenModal<ui::PaymentDialog>(howTheCustomerPays);
    press(Qt::Key_F12);
    [&] { QTRY_COMPARE(recorded.size(), 1); }();
    backToWindow(m_window.get());
    if (recorded.isEmpty())
        return {};
    return recorded.at(0).at(0).value<core::Sale>();
}

void TestWholeShift::aDayAtTheRegister()
{
    core::Store &store = *m_shop->store;
    const QString adminId = m_shop->admin.userId;

    // Camille logs in on the PIN keypad and opens the register with a 100 € float.
    logIn(m_shop->cashier.name, QStringLiteral("1111"));
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    QTRY_COMPARE(m_window->currentScreen(), m_window->openSessionScreen());
    auto *floatField = child<QLineEdit>(m_window->openSessionScreen(), "floatField");
    QVERIFY(floatField);
    floatField->selectAll();
    QTest::keyClicks(floatField, QStringLiteral("100"));
    click(m_window->openSessionScreen(), "openButton");
    QCOMPARE(m_window->currentScreen(), m_window->saleScreen());
    const auto session = core::CashSessions(store).current();
    QVERIFY(session);
    QCOMPARE(session->floatCents, 10000);

    // 1. Cash with change: 2 × 3 € paid with a 10 € note.
    keyLine(QStringLiteral("2"), QStringLiteral("3"));
    const core::Sale cash = pay([](ui::PaymentDialog *dialog) {
        auto *amount = child<QLineEdit>(dialog, "amountField");
        amount->selectAll();
        QTest::keyClicks(amount, QStringLiteral("10"));
        QTest::keyClick(amount, Qt::Key_Return);
    });
    QVERIFY(!cash.stamp.number.isEmpty());

    // 2. Card: 4 €.
    keyLine(QStringLiteral("1"), QStringLiteral("4"));
    const core::Sale card = pay([](ui::PaymentDialog *dialog) {
        QTest::mouseClick(child(dialog, "cardButton"), Qt::LeftButton);
        QTest::keyClick(child<QLineEdit>(dialog, "amountField"), Qt::Key_Return);
    });
    QVERIFY(!card.stamp.number.isEmpty());

    // 3. Split: 10 €, 4 € in cash and the rest by card.
    keyLine(QStringLiteral("1"), QStringLiteral("10"));
    const core::Sale split = pay([](ui::PaymentDialog *dialog) {
        auto *amount = child<QLineEdit>(dialog, "amountField");
        amount->selectAll();
        QTest::keyClicks(amount, QStringLiteral("4"));
        QTest::keyClick(amount, Qt::Key_Return);
        QTest::mouseClick(child(dialog, "cardButton"), Qt::LeftButton);
        QTest::keyClick(amount, Qt::Key_Return);
    });
    QVERIFY(!split.stamp.number.isEmpty());

    // What core recorded, read back by number.
    core::Sales sales(store);
    const auto cashBack = sales.findByNumber(cash.stamp.number);
    QVERIFY2(cashBack, qPrintable(cashBack.error().message));
    QCOMPARE(cashBack->totalCents, 600);
    QCOMPARE(cashBack->changeCents, 400);
    QCOMPARE(cashBack->payments.size(), 1);
    QCOMPARE(cashBack->payments.at(0).method, core::PaymentMethod::Cash);
    const auto cardBack = sales.findByNumber(card.stamp.number);
    QVERIFY(cardBack);
    QCOMPARE(cardBack->totalCents, 400);
    QCOMPARE(cardBack->payments.at(0).method, core::PaymentMethod::Card);
    const auto splitBack = sales.findByNumber(split.stamp.number);
    QVERIFY(splitBack);
    QCOMPARE(splitBack->totalCents, 1000);
    QCOMPARE(splitBack->payments.size(), 2);
    QCOMPARE(splitBack->payments.at(0).method, core::PaymentMethod::Cash);
    QCOMPARE(splitBack->payments.at(0).amountCents, 400);
    QCOMPARE(splitBack->payments.at(1).method, core::PaymentMethod::Card);
    QCOMPARE(splitBack->payments.at(1).amountCents, 600);
    // Tickets are printed when the customer asks (loi AGEC): none of the three was; the last
    // customer asks for theirs (a PDF here: no printer on this machine).
    const QDir receipts(m_receipts.path());
    QVERIFY(!QFile::exists(receipts.filePath(split.stamp.number + QStringLiteral(".pdf"))));
    click(m_window->currentScreen(), "reprintButton");
    QVERIFY(QFile::exists(receipts.filePath(split.stamp.number + QStringLiteral(".pdf"))));
    QVERIFY(!QFile::exists(receipts.filePath(cash.stamp.number + QStringLiteral(".pdf"))));

    // Refund of the first ticket, in cash, allowed by the administrator's PIN.
    click(m_window->currentScreen()->parentWidget(), "homeButton");
    QCOMPARE(m_window->currentScreen(), m_window->homeScreen());
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_COMPARE(m_window->currentScreen(), static_cast<QWidget *>(m_window->refundScreen()));
    ui::RefundScreen *refund = m_window->refundScreen();
    auto *ticketField = child<QLineEdit>(refund, "ticketField");
    QVERIFY(ticketField);
    ticketField->setFocus();
    QTest::keyClicks(ticketField, cash.stamp.number);
    QTest::keyClick(ticketField, Qt::Key_Return);
    auto *reason = child<QLineEdit>(refund, "reasonField");
    QVERIFY(reason);
    QTest::keyClicks(reason, QStringLiteral("Pull trop petit"));
    whenModal<ui::AdminUnlockDialog>(
        [adminId](ui::AdminUnlockDialog *dialog) { unlockWithAdminPin(dialog, adminId); });
    click(refund, "refundButton");
    QTRY_COMPARE(auditCount(store, QStringLiteral("refund")), 1);
    backToWindow(m_window.get());

    // Closing: 90 € counted where 104 € are expected, beyond the 5 € threshold.
    click(refund->parentWidget(), "homeButton");
    QTest::keyClick(m_window.get(), Qt::Key_F3);
    QTRY_COMPARE(m_window->currentScreen(), m_window->closeSessionScreen());
    ui::CloseSessionScreen *close = m_window->closeSessionScreen();
    for (QLineEdit *field : close->findChildren<QLineEdit *>()) {
        if (!field->property("count").toBool())
            continue;
        const qint64 cents = field->property("cents").toLongLong();
        if (cents == 5000 || cents == 2000) {
            field->setFocus();
            QTest::keyClicks(field, cents == 5000 ? QStringLiteral("1") : QStringLiteral("2"));
        }
    }
    click(close, "validateCountButton");
    QCOMPARE(close->step(), ui::CloseSessionScreen::Step::Review);
    auto *comment = child<QLineEdit>(close, "commentField");
    QVERIFY(comment);
    comment->setFocus();
    QTest::keyClicks(comment, QStringLiteral("Erreur de rendu de monnaie"));
    whenModal<ui::AdminUnlockDialog>(
        [adminId](ui::AdminUnlockDialog *dialog) { unlockWithAdminPin(dialog, adminId); });
    click(close, "closeButton");
    QTRY_COMPARE(close->step(), ui::CloseSessionScreen::Step::Report);
    backToWindow(m_window.get());
    QVERIFY(close->reportView()->isVisible());
    QVERIFY(!core::CashSessions(store).current());

    // The Z report as core stored it.
    const auto z = core::CashSessions(store).zReport(close->reportView()->report().stamp.seq);
    QVERIFY2(z, qPrintable(z.error().message));
    QCOMPARE(z->totals.floatCents, 10000);
    QCOMPARE(z->totals.salesCount, 3);
    QCOMPARE(z->totals.salesTotalCents, 2000);
    QCOMPARE(z->totals.cashSalesCents, 1000);
    QCOMPARE(z->totals.cardCents, 1000);
    QCOMPARE(z->totals.refundsCount, 1);
    QCOMPARE(z->totals.cashRefundsCents, 600);
    QCOMPARE(z->expectedCents, 10400);
    QCOMPARE(z->countedCents, 9000);
    QCOMPARE(z->varianceCents, -1400);
    QCOMPARE(z->comment, QStringLiteral("Erreur de rendu de monnaie"));
    QCOMPARE(z->validatedBy, m_shop->admin.name);
    QVERIFY(z->validatedBy.size() > 0);
    QVERIFY(
        QFile::exists(QDir(m_receipts.path()).filePath(z->stamp.number + QStringLiteral(".pdf"))));
    press(Qt::Key_Return); // Done
    QTRY_COMPARE(m_window->currentScreen(), m_window->homeScreen());

    // Jo, at reception, records a donation ticket on the same station.
    click(m_window->homeScreen(), "logoutButton");
    logIn(m_shop->reception.name, QStringLiteral("4444"));
    QTest::keyClick(m_window.get(), Qt::Key_F4);
    QTRY_COMPARE(m_window->currentScreen(), m_window->depositScreen());
    ui::DepositScreen *deposit = m_window->depositScreen();
    QSignalSpy deposited(deposit, &ui::DepositScreen::depositRecorded);
    QTest::keyClick(deposit, 't');
    QTest::keyClick(deposit, '1');
    auto *weight = child<QLineEdit>(deposit, "weightField");
    QVERIFY(weight);
    QTest::keyClicks(weight, QStringLiteral("2,5"));
    QTest::keyClick(weight, Qt::Key_Return);
    QCOMPARE(deposit->draft().lines.size(), 1);
    QTest::keyClick(deposit, Qt::Key_F12); // Close the ticket (F12)
    QCOMPARE(deposited.size(), 1);
    const auto depositRecorded = deposited.at(0).at(0).value<core::Deposit>();
    const auto header = core::findDocument(store, depositRecorded.stamp.number);
    QVERIFY2(header, qPrintable(header.error().message));
    QCOMPARE(header->kind, core::DocumentKind::Deposit);
    const core::StoreStatistics statistics = core::StoreStatistics::collect(store);
    QCOMPARE(statistics.deposits, 1);
    QCOMPARE(statistics.depositWeightGrams, 2500);

    // Every chain and sequence still holds.
    const auto report = core::IntegrityCheck(store).run().value();
    QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestWholeShift)
#include "tst_wholeshift.moc"
