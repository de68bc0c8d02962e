#include "core/cashsession.h"
#include "core/categories.h"
#include "core/members.h"
#include "core/money.h"
#include "core/parkedtickets.h"
#include "core/sales.h"
#include "core/solidarity.h"
#include "core/statistics.h"
#include "core/store.h"
#include "core/taxreceipts.h"
#include "tests/support/testshop.h"
#include "ui/cashier/discountdialog.h"
#include "ui/cashier/giftdialog.h"
#include "ui/cashier/memberdialog.h"
#include "ui/cashier/parkedticketsdialog.h"
#include "ui/cashier/paymentdialog.h"
#include "ui/cashier/salescreen.h"
#include "ui/cashier/taxreceiptdialog.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace recaisse;
using Step = ui::SaleScreen::Step;

namespace {

// Where the 1366x768 renders go: a folder removed when the test ends.
QString grabPath(const char *name)
{
    static QTemporaryDir dir;
    return dir.filePath(QLatin1String(name));
}

} // namespace

class TestSaleScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void shortcutDigitsQuantityAndPriceAddALine();
    void aLeafRootIsPickedByItsShortcut();
    void cashSaleGivesChange();
    void cardSale();
    void splitSale();
    void lettersInThePriceAreRefused();
    void quantityOutOfRangeIsRefused();
    void priceAboveMaxWithoutUnlockIsRefused();
    void priceAboveMaxWithAnAdminUnlockIsRecorded();
    void escapeGoesBackAndKeepsTheTicket();
    void weightIsAskedForElectricalEquipment();
    void absurdWeightNeedsAnAdministrator();
    void linesCanBeRemovedAndChanged();
    void giftNeedsAnUnlockBelowTheMinimum();
    void recyclingRecordsAnOutflowNotASale();
    void paymentDialogSplitsAndGivesChange();
    void ticketsAreOnRequestUnlessDurable();
    void donationIsRecordedApart();
    void ticketsArePutAsideAndResumed();
    void membershipFeeIsRecordedApart();
    void donorAsksForATaxReceipt();
    void byTheKiloTheWeightMakesThePrice();
    void solidarityPriceAndFreeGift();
    void rendersAt1366x768();
    void sitePresetsAndTheMemberDiscount();
    void theTicketShowsItsMemberBeforePayment();
    void aFeeAtTheTillMakesTheTicketTheMembers();

private:
    QWidget *target() const;
    void type(const QString &text);
    void press(Qt::Key key);
    int buttonIndex(const QString &categoryId) const;
    void pickByDigit(const QString &categoryId);
    // Shortcut of the root, sub-category, quantity, price, optional weight: a new line.
    void addLine(char shortcut, const QString &categoryId, const QString &quantity,
        const QString &price, const QString &weightKg = {});
    QLabel *errorLabel() const;
    QPushButton *button(const QString &name) const;
    QTableWidget *table() const;

    std::unique_ptr<test::TestShop> m_shop;
    std::unique_ptr<ui::SaleScreen> m_screen;
    std::optional<QList<core::PaymentDraft>> m_nextPayments;
    QList<qint64> m_paymentTotals;
    std::optional<core::Unlock> m_nextUnlock;
    QStringList m_unlockActions;
    std::optional<QString> m_nextGift;
    std::optional<ui::DiscountDialog::Choice> m_nextDiscount;
};

void TestSaleScreen::initTestCase()
{
    // The shipped style sheet, so that the screenshots look like the application.
    QFile style(QStringLiteral(":/style/recaisse.qss"));
    if (style.open(QIODevice::ReadOnly))
        qApp->setStyleSheet(QString::fromUtf8(style.readAll()));
}

void TestSaleScreen::init()
{
    m_shop = test::TestShop::create();
    QVERIFY(m_shop);
    const auto session = core::CashSessions(*m_shop->store).open(m_shop->cashier, 5000);
    QVERIFY2(session.ok(), qPrintable(session.error().message));

    m_nextPayments.reset();
    m_paymentTotals.clear();
    m_nextUnlock.reset();
    m_unlockActions.clear();
    m_nextGift = QStringLiteral("Don solidaire");
    m_nextDiscount.reset();

    m_screen = std::make_unique<ui::SaleScreen>(*m_shop->store);
    m_screen->setActor(m_shop->cashier);
    m_screen->setPaymentPrompt([this](qint64 total) {
        m_paymentTotals << total;
        return m_nextPayments;
    });
    m_screen->setUnlockPrompt([this](const QString &action) {
        m_unlockActions << action;
        return m_nextUnlock;
    });
    m_screen->setGiftPrompt([this] { return m_nextGift; });
    m_screen->setDiscountPrompt([this](const core::SaleDraft &) { return m_nextDiscount; });
    m_screen->resize(1366, 768);
    m_screen->show();
    m_screen->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
    QCOMPARE(m_screen->currentStep(), Step::Category);
}

void TestSaleScreen::cleanup()
{
    m_screen.reset();
    m_shop.reset();
}

QWidget *TestSaleScreen::target() const
{
    QWidget *focus = QApplication::focusWidget();
    return focus ? focus : m_screen.get();
}

void TestSaleScreen::type(const QString &text)
{
    QTest::keyClicks(target(), text);
}

void TestSaleScreen::press(Qt::Key key)
{
    QTest::keyClick(target(), key);
}

int TestSaleScreen::buttonIndex(const QString &categoryId) const
{
    const QList<QPushButton *> buttons =
        m_screen->findChildren<QPushButton *>(QStringLiteral("categoryButton"));
    // findChildren follows creation order, which is the order on screen.
    for (int i = 0; i < buttons.size(); ++i) {
        if (buttons.at(i)->property("categoryId").toString() == categoryId)
            return i;
    }
    return -1;
}

void TestSaleScreen::pickByDigit(const QString &categoryId)
{
    const int index = buttonIndex(categoryId);
    QVERIFY2(index >= 0 && index < 9, qPrintable(categoryId));
    type(QString::number(index + 1));
}

void TestSaleScreen::addLine(char shortcut, const QString &categoryId, const QString &quantity,
    const QString &price, const QString &weightKg)
{
    const auto before = m_screen->draft().lines.size();
    QCOMPARE(m_screen->currentStep(), Step::Category);
    type(QString(QLatin1Char(shortcut)));
    pickByDigit(categoryId);
    QCOMPARE(m_screen->currentStep(), Step::Quantity);
    type(quantity);
    press(Qt::Key_Return);
    if (!weightKg.isEmpty()) {
        QCOMPARE(m_screen->currentStep(), Step::Weight);
        type(weightKg);
        press(Qt::Key_Return);
    }
    QCOMPARE(m_screen->currentStep(), Step::Price);
    type(price);
    press(Qt::Key_Return);
    QCOMPARE(m_screen->currentStep(), Step::Category);
    QCOMPARE(m_screen->draft().lines.size(), before + 1);
}

QLabel *TestSaleScreen::errorLabel() const
{
    return m_screen->findChild<QLabel *>(QStringLiteral("errorLabel"));
}

QPushButton *TestSaleScreen::button(const QString &name) const
{
    return m_screen->findChild<QPushButton *>(name);
}

QTableWidget *TestSaleScreen::table() const
{
    return m_screen->findChild<QTableWidget *>(QStringLiteral("ticketTable"));
}

void TestSaleScreen::shortcutDigitsQuantityAndPriceAddALine()
{
    type(QStringLiteral("v"));
    QCOMPARE(m_screen->currentStep(), Step::Category);
    QCOMPARE(m_screen->categoryLevel(), QStringLiteral("vaisselle"));
    const auto buttons = m_screen->findChildren<QPushButton *>(QStringLiteral("categoryButton"));
    QCOMPARE(buttons.size(), 5);
    for (QPushButton *b : buttons)
        QVERIFY(b->height() >= 64);

    pickByDigit(QStringLiteral("vaisselle.casserole"));
    QCOMPARE(m_screen->currentStep(), Step::Quantity);
    auto *quantity = m_screen->findChild<QLineEdit *>(QStringLiteral("quantityField"));
    QCOMPARE(quantity->text(), QStringLiteral("1"));
    type(QStringLiteral("2"));
    press(Qt::Key_Return);
    QCOMPARE(m_screen->currentStep(), Step::Price);
    auto *price = m_screen->findChild<QLineEdit *>(QStringLiteral("priceField"));
    QCOMPARE(price->text(), QStringLiteral("2,00")); // the category's default price
    type(QStringLiteral("3,50"));
    press(Qt::Key_Enter);

    QCOMPARE(m_screen->currentStep(), Step::Category);
    QCOMPARE(m_screen->categoryLevel(), QString());
    QCOMPARE(m_screen->draft().lines.size(), 1);
    const core::SaleLineDraft line = m_screen->draft().lines.first();
    QCOMPARE(line.categoryId, QStringLiteral("vaisselle.casserole"));
    QCOMPARE(line.quantity, 2);
    QCOMPARE(line.unitPriceCents, 350);
    QVERIFY(!line.weightGrams);
    QCOMPARE(table()->rowCount(), 1);
    QCOMPARE(table()->item(0, 3)->text(), core::money::format(700));
    QCOMPARE(m_screen->findChild<QLabel *>(QStringLiteral("saleTotal"))->text(),
        core::money::format(700));
    QVERIFY(errorLabel()->text().isEmpty());
    QVERIFY(m_unlockActions.isEmpty());
}

void TestSaleScreen::aLeafRootIsPickedByItsShortcut()
{
    // Ten roots: the digits reach the first nine, the shortcuts all of them.
    pickByDigit(QStringLiteral("eee"));
    QCOMPARE(m_screen->currentStep(), Step::Category);
    QCOMPARE(m_screen->categoryLevel(), QStringLiteral("eee"));
    press(Qt::Key_Escape);
    QCOMPARE(m_screen->categoryLevel(), QString());
    type(QStringLiteral("x"));
    QCOMPARE(m_screen->currentStep(), Step::Quantity);
    press(Qt::Key_Return); // quantity 1
    press(Qt::Key_Return); // default price 1,00
    QCOMPARE(m_screen->draft().lines.size(), 1);
    QCOMPARE(m_screen->draft().lines.first().categoryId, QStringLiteral("divers"));
    QCOMPARE(m_screen->draft().lines.first().unitPriceCents, 100);
}

void TestSaleScreen::cashSaleGivesChange()
{
    addLine(
        'V', QStringLiteral("vaisselle.casserole"), QStringLiteral("2"), QStringLiteral("3,50"));
    const auto before = core::StoreStatistics::collect(*m_shop->store);
    QSignalSpy spy(m_screen.get(), &ui::SaleScreen::saleRecorded);
    m_nextPayments = QList<core::PaymentDraft>{{core::PaymentMethod::Cash, 1000}};
    QVERIFY(button(QStringLiteral("payButton"))->height() >= 64);
    QTest::mouseClick(button(QStringLiteral("payButton")), Qt::LeftButton);

    QCOMPARE(m_paymentTotals, QList<qint64>{700});
    QCOMPARE(spy.count(), 1);
    const auto sale = spy.at(0).at(0).value<core::Sale>();
    QCOMPARE(sale.totalCents, 700);
    QCOMPARE(sale.changeCents, 300);
    const auto after = core::StoreStatistics::collect(*m_shop->store);
    QCOMPARE(after.sales, before.sales + 1);
    QCOMPARE(after.salesTotalCents, before.salesTotalCents + 700);
    QCOMPARE(after.paymentsTotalCents, before.paymentsTotalCents + 700);
    const auto stored = core::Sales(*m_shop->store).findByNumber(sale.stamp.number);
    QVERIFY(stored.ok());
    QCOMPARE(stored->totalCents, 700);
    QCOMPARE(stored->lines.size(), 1);

    auto *status = m_screen->findChild<QLabel *>(QStringLiteral("saleStatus"));
    QVERIFY(status->text().contains(sale.stamp.number));
    QVERIFY(status->text().contains(core::money::format(300)));
    QVERIFY(m_screen->draft().lines.isEmpty());
    QCOMPARE(table()->rowCount(), 0);
    QCOMPARE(m_screen->currentStep(), Step::Category);
}

void TestSaleScreen::cardSale()
{
    addLine('L', QStringLiteral("livres.livre"), QStringLiteral("3"), QStringLiteral("1"));
    const auto before = core::StoreStatistics::collect(*m_shop->store);
    QSignalSpy spy(m_screen.get(), &ui::SaleScreen::saleRecorded);
    m_nextPayments = QList<core::PaymentDraft>{{core::PaymentMethod::Card, 300}};
    m_screen->pay();
    QCOMPARE(spy.count(), 1);
    const auto sale = spy.at(0).at(0).value<core::Sale>();
    QCOMPARE(sale.payments.size(), 1);
    QCOMPARE(sale.payments.first().method, core::PaymentMethod::Card);
    QCOMPARE(sale.changeCents, 0);
    const auto after = core::StoreStatistics::collect(*m_shop->store);
    QCOMPARE(after.sales, before.sales + 1);
    QCOMPARE(after.salesTotalCents, before.salesTotalCents + 300);
}

void TestSaleScreen::splitSale()
{
    addLine(
        'V', QStringLiteral("vaisselle.casserole"), QStringLiteral("2"), QStringLiteral("3,50"));
    addLine('T', QStringLiteral("textile.vetements"), QStringLiteral("1"), QStringLiteral("4"));
    QSignalSpy spy(m_screen.get(), &ui::SaleScreen::saleRecorded);
    m_nextPayments = QList<core::PaymentDraft>{
        {core::PaymentMethod::Card, 600}, {core::PaymentMethod::Cash, 1000}};
    m_screen->pay();
    QCOMPARE(m_paymentTotals, QList<qint64>{1100});
    QCOMPARE(spy.count(), 1);
    const auto sale = spy.at(0).at(0).value<core::Sale>();
    QCOMPARE(sale.totalCents, 1100);
    QCOMPARE(sale.payments.size(), 2);
    QCOMPARE(sale.changeCents, 500);
    QCOMPARE(core::StoreStatistics::collect(*m_shop->store).sales, 1);

    // Too little paid: core refuses and the ticket stays.
    addLine('L', QStringLiteral("livres.livre"), QStringLiteral("1"), QStringLiteral("2"));
    m_nextPayments = QList<core::PaymentDraft>{{core::PaymentMethod::Card, 100}};
    m_screen->pay();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(m_screen->draft().lines.size(), 1);
    QVERIFY(!errorLabel()->text().isEmpty());

    // A cancelled payment changes nothing either.
    m_nextPayments.reset();
    m_screen->pay();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(m_screen->draft().lines.size(), 1);
}

void TestSaleScreen::lettersInThePriceAreRefused()
{
    type(QStringLiteral("V"));
    pickByDigit(QStringLiteral("vaisselle.casserole"));
    press(Qt::Key_Return);
    QCOMPARE(m_screen->currentStep(), Step::Price);
    type(QStringLiteral("abc"));
    press(Qt::Key_Return);
    QCOMPARE(m_screen->currentStep(), Step::Price);
    QVERIFY(!errorLabel()->text().isEmpty());
    QVERIFY(m_screen->draft().lines.isEmpty());
    QVERIFY(m_unlockActions.isEmpty());

    // Typing again clears the message; a good price goes through.
    type(QStringLiteral("2,5"));
    QVERIFY(errorLabel()->text().isEmpty());
    press(Qt::Key_Return);
    QCOMPARE(m_screen->draft().lines.size(), 1);
    QCOMPARE(m_screen->draft().lines.first().unitPriceCents, 250);
}

void TestSaleScreen::quantityOutOfRangeIsRefused()
{
    type(QStringLiteral("J"));
    pickByDigit(QStringLiteral("jouets.jouet"));
    const QString message = ui::SaleScreen::tr("Type a quantity between 1 and %1.").arg(999);
    type(QStringLiteral("0"));
    press(Qt::Key_Return);
    QCOMPARE(m_screen->currentStep(), Step::Quantity);
    QCOMPARE(errorLabel()->text(), message);
    type(QStringLiteral("1000"));
    press(Qt::Key_Return);
    QCOMPARE(m_screen->currentStep(), Step::Quantity);
    QCOMPARE(errorLabel()->text(), message);
    type(QStringLiteral("999"));
    press(Qt::Key_Return);
    QCOMPARE(m_screen->currentStep(), Step::Price);
    QVERIFY(errorLabel()->text().isEmpty());
    QVERIFY(m_screen->draft().lines.isEmpty());
}

void TestSaleScreen::priceAboveMaxWithoutUnlockIsRefused()
{
    type(QStringLiteral("V"));
    pickByDigit(QStringLiteral("vaisselle.casserole")); // at most 15,00 €
    press(Qt::Key_Return);
    type(QStringLiteral("20"));
    press(Qt::Key_Return);
    QCOMPARE(m_unlockActions.size(), 1);
    QVERIFY(m_unlockActions.first().contains(QStringLiteral("Casseroles")));
    QCOMPARE(m_screen->currentStep(), Step::Price);
    QVERIFY(!errorLabel()->text().isEmpty());
    QVERIFY(m_screen->draft().lines.isEmpty());
    QCOMPARE(core::StoreStatistics::collect(*m_shop->store).sales, 0);
}

void TestSaleScreen::priceAboveMaxWithAnAdminUnlockIsRecorded()
{
    m_nextUnlock = core::Unlock{m_shop->admin.userId, QStringLiteral("123456")};
    addLine('V', QStringLiteral("vaisselle.casserole"), QStringLiteral("1"), QStringLiteral("20"));
    QCOMPARE(m_unlockActions.size(), 1);
    QCOMPARE(m_screen->draft().lines.first().unitPriceCents, 2000);

    QSignalSpy spy(m_screen.get(), &ui::SaleScreen::saleRecorded);
    m_nextPayments = QList<core::PaymentDraft>{{core::PaymentMethod::Cash, 2000}};
    m_screen->pay();
    QCOMPARE(spy.count(), 1);
    const auto sale = spy.at(0).at(0).value<core::Sale>();
    QCOMPARE(sale.overrideBy, QStringLiteral("Admin"));
    QCOMPARE(core::StoreStatistics::collect(*m_shop->store).sales, 1);
    QCOMPARE(test::auditCount(*m_shop->store, QStringLiteral("price.override")), 1);
}

void TestSaleScreen::escapeGoesBackAndKeepsTheTicket()
{
    addLine(
        'V', QStringLiteral("vaisselle.casserole"), QStringLiteral("2"), QStringLiteral("3,50"));
    type(QStringLiteral("T"));
    pickByDigit(QStringLiteral("textile.vetements"));
    type(QStringLiteral("4"));
    press(Qt::Key_Return);
    QCOMPARE(m_screen->currentStep(), Step::Price);

    press(Qt::Key_Escape);
    QCOMPARE(m_screen->currentStep(), Step::Quantity);
    QCOMPARE(m_screen->findChild<QLineEdit *>(QStringLiteral("quantityField"))->text(),
        QStringLiteral("4"));
    press(Qt::Key_Escape);
    QCOMPARE(m_screen->currentStep(), Step::Category);
    QCOMPARE(m_screen->categoryLevel(), QStringLiteral("textile"));
    press(Qt::Key_Escape);
    QCOMPARE(m_screen->categoryLevel(), QString());
    press(Qt::Key_Escape);
    QCOMPARE(m_screen->currentStep(), Step::Category);

    QCOMPARE(m_screen->draft().lines.size(), 1);
    QCOMPARE(m_screen->draft().lines.first().unitPriceCents, 350);
    QCOMPARE(table()->rowCount(), 1);
}

void TestSaleScreen::weightIsAskedForElectricalEquipment()
{
    type(QStringLiteral("E"));
    QCOMPARE(m_screen->categoryLevel(), QStringLiteral("eee"));
    pickByDigit(QStringLiteral("eee.petit-menager"));
    press(Qt::Key_Return);
    QCOMPARE(m_screen->currentStep(), Step::Weight);
    type(QStringLiteral("abc"));
    press(Qt::Key_Return);
    QCOMPARE(m_screen->currentStep(), Step::Weight);
    QVERIFY(!errorLabel()->text().isEmpty());
    type(QStringLiteral("2,5"));
    press(Qt::Key_Return);
    QCOMPARE(m_screen->currentStep(), Step::Price);
    press(Qt::Key_Escape);
    QCOMPARE(m_screen->currentStep(), Step::Weight);
    press(Qt::Key_Return);
    press(Qt::Key_Return); // default price 5,00
    QCOMPARE(m_screen->draft().lines.size(), 1);
    QCOMPARE(m_screen->draft().lines.first().weightGrams, std::optional<qint64>(2500));
    QCOMPARE(table()->item(0, 4)->text(), core::weight::format(2500));

    QSignalSpy spy(m_screen.get(), &ui::SaleScreen::saleRecorded);
    m_nextPayments = QList<core::PaymentDraft>{{core::PaymentMethod::Cash, 500}};
    m_screen->pay();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(
        spy.at(0).at(0).value<core::Sale>().lines.first().weightGrams, std::optional<qint64>(2500));
}

void TestSaleScreen::absurdWeightNeedsAnAdministrator()
{
    // A small appliance (standard weight 2,5 kg: 0,250 kg to 30 kg an item) typed at 9 999 kg.
    type(QStringLiteral("E"));
    pickByDigit(QStringLiteral("eee.petit-menager"));
    press(Qt::Key_Return);
    QCOMPARE(m_screen->currentStep(), Step::Weight);
    type(QStringLiteral("9999"));
    press(Qt::Key_Return);
    QCOMPARE(m_unlockActions.size(), 1);
    QCOMPARE(m_screen->currentStep(), Step::Weight);
    QVERIFY2(errorLabel()->text().contains(QStringLiteral("0,250\u00a0kg"))
            && errorLabel()->text().contains(QStringLiteral("30,000\u00a0kg")),
        qPrintable(errorLabel()->text()));
    QVERIFY(m_screen->draft().lines.isEmpty());

    // An administrator confirms it: the line is kept, the sale recorded and audited.
    m_nextUnlock = core::Unlock{m_shop->admin.userId, QStringLiteral("123456")};
    press(Qt::Key_Return);
    QCOMPARE(m_unlockActions.size(), 2);
    QCOMPARE(m_screen->currentStep(), Step::Price);
    press(Qt::Key_Return); // default price 5,00
    QCOMPARE(m_screen->draft().lines.size(), 1);
    QCOMPARE(m_screen->draft().lines.first().weightGrams, std::optional<qint64>(9'999'000));
    QSignalSpy spy(m_screen.get(), &ui::SaleScreen::saleRecorded);
    m_nextPayments = QList<core::PaymentDraft>{{core::PaymentMethod::Cash, 500}};
    m_screen->pay();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(test::auditCount(*m_shop->store, QStringLiteral("weight.override")), 1);
}

void TestSaleScreen::ticketsAreOnRequestUnlessDurable()
{
    QSignalSpy printed(m_screen.get(), &ui::SaleScreen::ticketPrintRequested);
    QSignalSpy drawer(m_screen.get(), &ui::SaleScreen::drawerOpenRequested);
    // Books only: no ticket unless the customer asks; the drawer opens for the cash.
    addLine('L', QStringLiteral("livres.livre"), QStringLiteral("1"), QStringLiteral("1"));
    m_nextPayments = QList<core::PaymentDraft>{{core::PaymentMethod::Cash, 100}};
    m_screen->pay();
    QCOMPARE(printed.count(), 0);
    QCOMPARE(drawer.count(), 1);
    QPushButton *print = button(QStringLiteral("reprintButton"));
    QVERIFY(print->isEnabled());
    QVERIFY(print->height() >= 56);
    QVERIFY(print->text().contains(QStringLiteral("Print the ticket")));
    // The customer asks: the original ticket, once, without opening the drawer again.
    QTest::mouseClick(print, Qt::LeftButton);
    QCOMPARE(printed.count(), 1);
    QCOMPARE(printed.at(0).at(1).toBool(), false);
    QVERIFY(print->text().contains(QStringLiteral("Reprint")));

    // A lamp (electrical equipment, a durable good): printed at once, with its warranty.
    addLine('E', QStringLiteral("eee.lampe"), QStringLiteral("1"), QStringLiteral("9"),
        QStringLiteral("1,2"));
    m_nextPayments = QList<core::PaymentDraft>{{core::PaymentMethod::Card, 900}};
    m_screen->pay();
    QCOMPARE(printed.count(), 2);
    const auto sale = printed.at(1).at(0).value<core::Sale>();
    QVERIFY(sale.lines.first().durable);
    QCOMPARE(sale.lines.first().warrantyMonths, 24);
    QCOMPARE(drawer.count(), 1);
}

void TestSaleScreen::donationIsRecordedApart()
{
    QSignalSpy drawer(m_screen.get(), &ui::SaleScreen::drawerOpenRequested);
    core::DonationDraft next{core::PaymentMethod::Cash, -500};
    m_screen->setDonationPrompt([&next] { return std::optional(next); });
    QPushButton *donation = button(QStringLiteral("donationButton"));
    QVERIFY(donation->height() >= 56);
    // A negative donation is refused with the reason; nothing is written.
    QTest::mouseClick(donation, Qt::LeftButton);
    QVERIFY(!errorLabel()->text().isEmpty());
    QCOMPARE(core::StoreStatistics::collect(*m_shop->store).donations, 0);
    next.amountCents = 500;
    QTest::mouseClick(donation, Qt::LeftButton);
    const auto stats = core::StoreStatistics::collect(*m_shop->store);
    QCOMPARE(stats.donations, 1);
    QCOMPARE(stats.donationsCents, 500);
    QCOMPARE(stats.sales, 0);
    QCOMPARE(drawer.count(), 1);
}

void TestSaleScreen::ticketsArePutAsideAndResumed()
{
    using Action = ui::ParkedTicketsDialog::Action;
    std::optional<ui::ParkedTicketsDialog::Choice> next;
    QList<QList<core::ParkedTicket>> shown;
    m_screen->setParkedPrompt([&](const QList<core::ParkedTicket> &tickets) {
        shown << tickets;
        return next;
    });
    core::ParkedTickets parked(*m_shop->store);
    QPushButton *park = button(QStringLiteral("parkButton"));
    QPushButton *list = button(QStringLiteral("parkedButton"));
    QVERIFY(park->height() >= 56 && list->height() >= 56);
    QVERIFY(!park->isEnabled()); // nothing keyed yet

    // First customer: 2 × 3,50 € = 7,00 €, put aside from the keyboard (F6).
    addLine(
        'V', QStringLiteral("vaisselle.casserole"), QStringLiteral("2"), QStringLiteral("3,50"));
    press(Qt::Key_F6);
    QVERIFY(m_screen->draft().lines.isEmpty());
    QCOMPARE(m_screen->parkedCount(), qint64(1));
    QVERIFY(list->text().contains(QLatin1Char('1')));

    // Second customer: 1 × 1,00 € paid meanwhile; its ticket is the first number.
    addLine('L', QStringLiteral("livres.livre"), QStringLiteral("1"), QStringLiteral("1"));
    m_nextPayments = QList<core::PaymentDraft>{{core::PaymentMethod::Card, 100}};
    m_screen->pay();
    QCOMPARE(m_screen->lastSale()->stamp.number, QStringLiteral("CAISSE1-T000001"));

    // Third customer keys 1 × 12,00 €, then the first comes back (F7): the two swap.
    addLine('M', QStringLiteral("mobilier.petit"), QStringLiteral("1"), QStringLiteral("12"));
    const qint64 firstId = parked.list().value().at(0).id;
    next = ui::ParkedTicketsDialog::Choice{Action::Resume, firstId};
    press(Qt::Key_F7);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.at(0).size(), 1);
    QCOMPARE(shown.at(0).at(0).totalCents, qint64(700));
    QCOMPARE(core::Sales::total(m_screen->draft()), qint64(700));
    QCOMPARE(m_screen->parkedCount(), qint64(1));
    QCOMPARE(parked.list().value().at(0).totalCents, qint64(1200));
    m_nextPayments = QList<core::PaymentDraft>{{core::PaymentMethod::Cash, 1000}};
    m_screen->pay();
    QCOMPARE(m_screen->lastSale()->stamp.number, QStringLiteral("CAISSE1-T000002"));
    QCOMPARE(m_screen->lastSale()->changeCents, qint64(300));

    // The third customer left: abandoned by touch, audited.
    next = ui::ParkedTicketsDialog::Choice{Action::Abandon, parked.list().value().at(0).id};
    QTest::mouseClick(list, Qt::LeftButton);
    QCOMPARE(m_screen->parkedCount(), qint64(0));
    QCOMPARE(test::auditCount(*m_shop->store, QStringLiteral("ticket.abandon")), 1);
    QCOMPARE(core::StoreStatistics::collect(*m_shop->store).sales, 2);

    // The dialog itself: Enter resumes the selected ticket, abandoning asks twice.
    core::ParkedTicket ticket;
    ticket.id = 42;
    ticket.parkedUtc = QDateTime(QDate(2026, 3, 10), QTime(9, 15), QTimeZone::utc());
    ticket.cashierName = QStringLiteral("Camille");
    ticket.totalCents = 1900;
    ticket.itemCount = 3;
    QCOMPARE(ui::ParkedTicketsDialog::describe(ticket, QTimeZone("Europe/Paris")),
        QStringLiteral("10:15 · 3 item(s) · ") + core::money::format(1900)
            + QStringLiteral(" · Camille"));
    {
        ui::ParkedTicketsDialog dialog({ticket}, QTimeZone("Europe/Paris"));
        dialog.abandonSelected();
        QVERIFY(!dialog.choice());
        dialog.abandonSelected();
        QVERIFY(dialog.choice());
        QCOMPARE(dialog.choice()->action, Action::Abandon);
        QCOMPARE(dialog.choice()->id, qint64(42));
    }
    {
        ui::ParkedTicketsDialog dialog({ticket}, QTimeZone("Europe/Paris"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(dialog.findChild<QWidget *>(QStringLiteral("parkedList")), Qt::Key_Return);
        QVERIFY(dialog.choice());
        QCOMPARE(dialog.choice()->action, Action::Resume);
    }
}

void TestSaleScreen::membershipFeeIsRecordedApart()
{
    // The dialog: a new member registered by name, found and chosen, then 15,00 € in cash.
    std::optional<core::MembershipDraft> drafted;
    {
        ui::MemberDialog dialog(*m_shop->store, m_shop->cashier);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *amount = dialog.findChild<QLineEdit *>(QStringLiteral("feeAmount"));
        amount->setText(QStringLiteral("15"));
        dialog.pay(core::PaymentMethod::Cash);
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->text().isEmpty());
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // no member yet
        dialog.findChild<QLineEdit *>(QStringLiteral("memberName"))
            ->setText(QStringLiteral("Dominique Lapierre"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("registerMemberButton")),
            Qt::LeftButton);
        QVERIFY(dialog.selected());
        QCOMPARE(dialog.selected()->name, QStringLiteral("Dominique Lapierre"));
        QTest::mouseClick(
            dialog.findChild<QPushButton *>(QStringLiteral("feeCash")), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.draft().amountCents, qint64(1500));
        QCOMPARE(dialog.draft().memberId, dialog.selected()->id);
        drafted = dialog.draft();
    }
    // Found again by a part of the name.
    {
        ui::MemberDialog dialog(*m_shop->store, m_shop->cashier);
        dialog.findChild<QLineEdit *>(QStringLiteral("memberSearch"))
            ->setText(QStringLiteral("lapier"));
        QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("memberList"))->count(), 1);
    }

    QSignalSpy drawer(m_screen.get(), &ui::SaleScreen::drawerOpenRequested);
    m_screen->setMemberPrompt([&drafted] {
        return std::optional(ui::MemberDialog::Choice{drafted, std::nullopt});
    });
    QPushButton *member = button(QStringLiteral("memberButton"));
    QVERIFY(member->height() >= 56);
    QTest::mouseClick(member, Qt::LeftButton);
    const auto stats = core::StoreStatistics::collect(*m_shop->store);
    QCOMPARE(stats.memberships, 1);
    QCOMPARE(stats.membershipsCents, 1500);
    QCOMPARE(stats.sales, 0);
    QCOMPARE(drawer.count(), 1);
    QVERIFY(m_screen->findChild<QLabel *>(QStringLiteral("saleStatus"))
                ->text()
                .contains(QStringLiteral("-A")));
}

void TestSaleScreen::donorAsksForATaxReceipt()
{
    QSignalSpy issued(m_screen.get(), &ui::SaleScreen::taxReceiptIssued);
    int asked = 0;
    std::optional<core::Donor> donor = core::Donor{
        QStringLiteral("Lapierre Dominique"), QStringLiteral("3 rue des Lilas, 69001 Lyon")};
    m_screen->setTaxReceiptPrompt([&](const core::Donation &) {
        ++asked;
        return donor;
    });
    m_screen->setDonationPrompt([] {
        return std::optional(core::DonationDraft{core::PaymentMethod::Cheque, 5000});
    });
    // Not entitled: nobody is asked.
    m_screen->receiveDonation();
    QCOMPARE(asked, 0);
    QCOMPARE(issued.count(), 0);
    QVERIFY(core::TaxReceipts(*m_shop->store)
                .setSettings(m_shop->admin, {true, QStringLiteral("Réemploi")})
                .ok());
    m_screen->receiveDonation();
    QCOMPARE(asked, 1);
    QCOMPARE(issued.count(), 1);
    const auto receipt = issued.at(0).at(0).value<core::TaxReceipt>();
    QCOMPARE(receipt.stamp.number, QStringLiteral("CAISSE1-F000001"));
    QCOMPARE(receipt.donationNumber, QStringLiteral("CAISSE1-G000002"));
    QCOMPARE(receipt.amountCents, qint64(5000));
    // The donor wants none: no receipt, no number.
    donor.reset();
    m_screen->receiveDonation();
    QCOMPARE(asked, 2);
    QCOMPARE(issued.count(), 1);

    // The dialog refuses an empty address.
    core::Donation donation;
    donation.stamp.number = QStringLiteral("CAISSE1-G000009");
    donation.amountCents = 1000;
    ui::TaxReceiptDialog dialog(donation);
    dialog.findChild<QLineEdit *>(QStringLiteral("donorName"))->setText(QStringLiteral("Alix"));
    dialog.issue();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    dialog.findChild<QLineEdit *>(QStringLiteral("donorAddress"))
        ->setText(QStringLiteral("12 avenue Foch"));
    dialog.issue();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.donor().address, QStringLiteral("12 avenue Foch"));
}

void TestSaleScreen::linesCanBeRemovedAndChanged()
{
    addLine(
        'V', QStringLiteral("vaisselle.casserole"), QStringLiteral("2"), QStringLiteral("3,50"));
    addLine('L', QStringLiteral("livres.livre"), QStringLiteral("1"), QStringLiteral("1"));
    addLine('J', QStringLiteral("jouets.jouet"), QStringLiteral("1"), QStringLiteral("2"));
    QCOMPARE(table()->rowCount(), 3);

    QVERIFY(!button(QStringLiteral("removeLineButton"))->isEnabled());
    table()->selectRow(1);
    QVERIFY(button(QStringLiteral("removeLineButton"))->isEnabled());
    QTest::mouseClick(button(QStringLiteral("removeLineButton")), Qt::LeftButton);
    QCOMPARE(m_screen->draft().lines.size(), 2);
    QCOMPARE(m_screen->draft().lines.at(1).categoryId, QStringLiteral("jouets.jouet"));

    QVERIFY(table()->selectedRanges().isEmpty());
    table()->selectRow(1);
    press(Qt::Key_Delete);
    QCOMPARE(m_screen->draft().lines.size(), 1);

    table()->selectRow(0);
    QVERIFY(button(QStringLiteral("changeLineButton"))->isEnabled());
    QTest::mouseClick(button(QStringLiteral("changeLineButton")), Qt::LeftButton);
    QCOMPARE(m_screen->currentStep(), Step::Quantity);
    QCOMPARE(m_screen->findChild<QLineEdit *>(QStringLiteral("quantityField"))->text(),
        QStringLiteral("2"));
    type(QStringLiteral("3"));
    press(Qt::Key_Return);
    QCOMPARE(m_screen->findChild<QLineEdit *>(QStringLiteral("priceField"))->text(),
        QStringLiteral("3,50"));
    press(Qt::Key_Return);
    QCOMPARE(m_screen->draft().lines.size(), 1);
    QCOMPARE(m_screen->draft().lines.first().quantity, 3);
    QCOMPARE(m_screen->draft().lines.first().unitPriceCents, 350);
    QCOMPARE(m_screen->findChild<QLabel *>(QStringLiteral("saleTotal"))->text(),
        core::money::format(1050));
}

// A free gift on F4 at the price step (its reason asked), a member’s −10 % on F5: the total
// shown and the payment asked are net of the discount; the sale keeps both.
void TestSaleScreen::solidarityPriceAndFreeGift()
{
    addLine(
        'V', QStringLiteral("vaisselle.casserole"), QStringLiteral("2"), QStringLiteral("3,50"));
    type(QStringLiteral("L"));
    pickByDigit(QStringLiteral("livres.livre")); // at least 0,20 €: an administrator allows 0 €
    press(Qt::Key_Return);
    QCOMPARE(m_screen->currentStep(), Step::Price);
    m_nextGift = QStringLiteral("Maraude");
    m_nextUnlock = core::Unlock{m_shop->admin.userId, QStringLiteral("123456")};
    press(Qt::Key_F4);
    QCOMPARE(m_screen->currentStep(), Step::Category);
    QCOMPARE(m_screen->draft().lines.size(), 2);
    QCOMPARE(m_screen->draft().lines.at(1).giftReason, QStringLiteral("Maraude"));
    QCOMPARE(m_screen->draft().lines.at(1).unitPriceCents, 0);
    QVERIFY(table()->item(1, 0)->text().contains(QStringLiteral("Maraude")));

    // 10 % of 7,00 € = 0,70 €: 6,30 € to pay.
    m_nextDiscount = ui::DiscountDialog::Choice{
        core::Discount{core::DiscountKind::Percent, 1000, QStringLiteral("Adhérent")}};
    press(Qt::Key_F5);
    auto *total = m_screen->findChild<QLabel *>(QStringLiteral("saleTotal"));
    QCOMPARE(total->text(), core::money::format(630));
    auto *caption = m_screen->findChild<QLabel *>(QStringLiteral("saleTotalCaption"));
    QVERIFY2(caption->text().contains(QStringLiteral("Adhérent")), qPrintable(caption->text()));

    QSignalSpy spy(m_screen.get(), &ui::SaleScreen::saleRecorded);
    m_nextPayments = QList<core::PaymentDraft>{{core::PaymentMethod::Cash, 1000}};
    press(Qt::Key_F12);
    QCOMPARE(m_paymentTotals, QList<qint64>{630});
    QCOMPARE(spy.count(), 1);
    const auto sale = spy.at(0).at(0).value<core::Sale>();
    QCOMPARE(sale.totalCents, 630);
    QCOMPARE(sale.changeCents, 370);
    QCOMPARE(sale.discountCents(), 70);
    QCOMPARE(sale.lines.at(1).giftReason, QStringLiteral("Maraude"));
    QVERIFY(!m_screen->draft().discount);

    // Back to the full price: the discount is removed before payment.
    addLine(
        'V', QStringLiteral("vaisselle.casserole"), QStringLiteral("1"), QStringLiteral("3,50"));
    press(Qt::Key_F5);
    QVERIFY(m_screen->draft().discount);
    m_nextDiscount = ui::DiscountDialog::Choice{};
    press(Qt::Key_F5);
    QVERIFY(!m_screen->draft().discount);
    QCOMPARE(total->text(), core::money::format(350));
}

void TestSaleScreen::giftNeedsAnUnlockBelowTheMinimum()
{
    type(QStringLiteral("L"));
    pickByDigit(QStringLiteral("livres.livre")); // at least 0,20 €
    press(Qt::Key_Return);
    QCOMPARE(m_screen->currentStep(), Step::Price);
    QPushButton *gift = button(QStringLiteral("giftButton"));
    QVERIFY(gift->isVisible());
    QTest::mouseClick(gift, Qt::LeftButton);
    QCOMPARE(m_unlockActions.size(), 1);
    QCOMPARE(m_screen->currentStep(), Step::Price);
    QVERIFY(m_screen->draft().lines.isEmpty());

    m_nextUnlock = core::Unlock{m_shop->admin.userId, QStringLiteral("123456")};
    QTest::mouseClick(gift, Qt::LeftButton);
    QCOMPARE(m_screen->draft().lines.size(), 1);
    QCOMPARE(m_screen->draft().lines.first().unitPriceCents, 0);

    // A free ticket needs no payment.
    QSignalSpy spy(m_screen.get(), &ui::SaleScreen::saleRecorded);
    m_screen->pay();
    QCOMPARE(spy.count(), 1);
    QVERIFY(m_paymentTotals.isEmpty());
}

// "Recycling" records an outflow document (never a 0 € sale): the weight sent is asked when the
// category has no weight step, checked against the category's plausible range, confirmed on
// screen, and the ticket is left as it was.
void TestSaleScreen::recyclingRecordsAnOutflowNotASale()
{
    core::Store &store = *m_shop->store;
    const auto count = [&store](const QString &sql) {
        QSqlQuery query(store.db().connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    };
    addLine('L', QStringLiteral("livres.livre"), QStringLiteral("1"), QStringLiteral("1"));

    type(QStringLiteral("M"));
    pickByDigit(QStringLiteral("mobilier.chaise"));
    type(QStringLiteral("2"));
    press(Qt::Key_Return);
    QCOMPARE(m_screen->currentStep(), Step::Price);
    QPushButton *recycling = button(QStringLiteral("recyclingButton"));
    QVERIFY(recycling->isVisible());
    QTest::mouseClick(recycling, Qt::LeftButton);
    // A chair has no weight step: the weight sent is asked, proposed from the standard weight.
    QCOMPARE(m_screen->currentStep(), Step::Weight);
    auto *weightField = m_screen->findChild<QLineEdit *>(QStringLiteral("weightField"));
    QCOMPARE(weightField->text(), core::weight::format(2 * 4500));
    QVERIFY(m_screen->findChild<QLabel *>(QStringLiteral("weightTitle"))
                ->text()
                .contains(QLatin1String("recycling")));

    // Two chairs of 10 t: outside the range, a cashier needs an administrator; none came.
    type(QStringLiteral("10000"));
    press(Qt::Key_Return);
    QCOMPARE(m_unlockActions.size(), 1);
    QCOMPARE(m_screen->currentStep(), Step::Weight);
    QVERIFY(!errorLabel()->text().isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outflow")), 0);

    type(QStringLiteral("8,5"));
    press(Qt::Key_Return);
    QCOMPARE(m_screen->currentStep(), Step::Category);
    const QString confirmation =
        m_screen->findChild<QLabel *>(QStringLiteral("saleStatus"))->text();
    QVERIFY2(confirmation.contains(QLatin1String("Sent to recycling"))
            && confirmation.contains(core::weight::format(8500))
            && confirmation.contains(QLatin1String("-E000001")),
        qPrintable(confirmation));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outflow WHERE kind = 'recycling'")), 1);
    QCOMPARE(count(QStringLiteral(
                 "SELECT weight_grams FROM outflow_line WHERE category_id = 'mobilier.chaise'")),
        8500);
    QCOMPARE(count(QStringLiteral(
                 "SELECT quantity FROM outflow_line WHERE category_id = 'mobilier.chaise'")),
        2);
    // The ticket keeps its one line and no sale was recorded.
    QCOMPARE(m_screen->draft().lines.size(), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sale")), 0);

    // Electrical equipment was weighed for the line: Recycling sends it at once.
    type(QStringLiteral("E"));
    pickByDigit(QStringLiteral("eee.petit-menager"));
    press(Qt::Key_Return);
    type(QStringLiteral("2,5"));
    press(Qt::Key_Return);
    QCOMPARE(m_screen->currentStep(), Step::Price);
    QTest::mouseClick(recycling, Qt::LeftButton);
    QCOMPARE(m_screen->currentStep(), Step::Category);
    QCOMPARE(count(QStringLiteral("SELECT total_weight_grams FROM outflow o JOIN outflow_line l "
                                  "USING (station_id, seq) WHERE l.eee_code = 'EEE-5'")),
        2500);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sale_line")), 0);
    QCOMPARE(m_screen->draft().lines.size(), 1);
}

void TestSaleScreen::paymentDialogSplitsAndGivesChange()
{
    ui::PaymentDialog dialog(700);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("amountField"));
    QVERIFY(field);
    QCOMPARE(field->text(), QStringLiteral("7,00"));
    for (const char *name : {"cashButton", "cardButton", "chequeButton", "freeButton"})
        QVERIFY(dialog.findChild<QPushButton *>(QLatin1String(name))->height() >= 64);

    QTest::mouseClick(
        dialog.findChild<QPushButton *>(QStringLiteral("cardButton")), Qt::LeftButton);
    QCOMPARE(dialog.method(), core::PaymentMethod::Card);
    // A card cannot pay more than what remains.
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("9"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(dialog.payments().isEmpty());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->text().isEmpty());

    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("2"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(dialog.payments().size(), 1);
    QCOMPARE(dialog.remainingCents(), 500);
    QCOMPARE(field->text(), QStringLiteral("5,00"));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    QTest::mouseClick(
        dialog.findChild<QPushButton *>(QStringLiteral("cashButton")), Qt::LeftButton);
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("10"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("changeLabel"))
                ->text()
                .contains(core::money::format(500)));
    QTest::keyClick(field, Qt::Key_Enter);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QList<core::PaymentDraft> payments = dialog.payments();
    QCOMPARE(payments.size(), 2);
    QCOMPARE(payments.at(0).method, core::PaymentMethod::Card);
    QCOMPARE(payments.at(0).amountCents, 200);
    QCOMPARE(payments.at(1).method, core::PaymentMethod::Cash);
    QCOMPARE(payments.at(1).amountCents, 1000);
}

void TestSaleScreen::rendersAt1366x768()
{
    m_screen->resize(1366, 768);
    addLine(
        'V', QStringLiteral("vaisselle.casserole"), QStringLiteral("2"), QStringLiteral("3,50"));
    addLine('E', QStringLiteral("eee.gros-froid"), QStringLiteral("1"), QStringLiteral("60"),
        QStringLiteral("45"));
    addLine('M', QStringLiteral("mobilier.petit"), QStringLiteral("12"), QStringLiteral("8"));
    QTest::qWait(20);
    QVERIFY(m_screen->grab().save(grabPath("sale-categories.png")));
    type(QStringLiteral("E"));
    QTest::qWait(20);
    QVERIFY(m_screen->grab().save(grabPath("sale-subcategories.png")));
    pickByDigit(QStringLiteral("eee.gros-froid"));
    QTest::qWait(20);
    QVERIFY(m_screen->grab().save(grabPath("sale-quantity.png")));
    press(Qt::Key_Return);
    QTest::qWait(20);
    QVERIFY(m_screen->grab().save(grabPath("sale-weight.png")));
    type(QStringLiteral("40"));
    press(Qt::Key_Return);
    type(QStringLiteral("abc"));
    press(Qt::Key_Return);
    QTest::qWait(20);
    QVERIFY(m_screen->grab().save(grabPath("sale-price.png")));

    ui::PaymentDialog dialog(core::Sales::total(m_screen->draft()));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(20);
    QVERIFY(dialog.grab().save(grabPath("sale-payment.png")));
}

// A category sold by the kilo skips the quantity: the weight of the lot makes its price (core's
// rule: 1,250 kg × 4,00 €/kg = 5,00 €, worked out by hand).
void TestSaleScreen::byTheKiloTheWeightMakesThePrice()
{
    core::CategoryCatalog catalog(*m_shop->store);
    core::Category clothes = *catalog.find(QStringLiteral("textile.vetements"));
    clothes.pricePerKgCents = 400;
    QVERIFY(catalog.save(m_shop->admin, clothes));
    // A screen made after the change, as at the next login.
    m_screen = std::make_unique<ui::SaleScreen>(*m_shop->store);
    m_screen->setActor(m_shop->cashier);
    m_screen->setPaymentPrompt([this](qint64 total) {
        m_paymentTotals << total;
        return m_nextPayments;
    });
    m_screen->resize(1366, 768);
    m_screen->show();
    m_screen->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));

    type(QStringLiteral("T"));
    pickByDigit(QStringLiteral("textile.vetements"));
    QCOMPARE(m_screen->currentStep(), Step::Weight);
    type(QStringLiteral("1,25"));
    press(Qt::Key_Return);
    QCOMPARE(m_screen->currentStep(), Step::Category);
    QCOMPARE(m_screen->draft().lines.size(), 1);
    const core::SaleLineDraft line = m_screen->draft().lines.first();
    QCOMPARE(line.quantity, 1);
    QCOMPARE(line.unitPriceCents, 500);
    QCOMPARE(line.weightGrams, std::optional<qint64>(1250));

    QSignalSpy spy(m_screen.get(), &ui::SaleScreen::saleRecorded);
    m_nextPayments = QList<core::PaymentDraft>{{core::PaymentMethod::Card, 500}};
    m_screen->pay();
    QCOMPARE(spy.count(), 1);
    const core::Sale sale = spy.at(0).at(0).value<core::Sale>();
    QCOMPARE(sale.totalCents, 500);
    QCOMPARE(sale.lines.first().pricePerKgCents, std::optional<qint64>(400));
}

void TestSaleScreen::sitePresetsAndTheMemberDiscount()
{
    core::Store &store = *m_shop->store;
    const core::SolidarityPresets presets{
        {core::Discount{core::DiscountKind::Fixed, 200, QStringLiteral("Bénévole")},
            core::Discount{core::DiscountKind::Percent, 1000, QStringLiteral("Adhérent"), true}},
        {QStringLiteral("Vestiaire")}};
    QVERIFY(core::Solidarity::setSitePresets(store, m_shop->admin, presets).ok());

    // The gift dialog offers the site's reasons, the first on F2.
    {
        ui::GiftDialog gifts(core::Solidarity::sitePresets(store).value().gifts);
        const auto buttons = gifts.findChildren<QPushButton *>(QStringLiteral("giftReasonButton"));
        QCOMPARE(buttons.size(), 1);
        QVERIFY(buttons.first()->text().startsWith(QStringLiteral("Vestiaire")));
        QTest::keyClick(&gifts, Qt::Key_F2);
        QCOMPARE(gifts.result(), int(QDialog::Accepted));
        QCOMPARE(gifts.reason(), QStringLiteral("Vestiaire"));
    }

    core::SaleDraft draft{{{QStringLiteral("livres.livre"), 1, 1000, std::nullopt}}, {}};
    // F2: 2,00 € off for volunteers, nobody to name.
    {
        ui::DiscountDialog dialog(store, draft);
        QCOMPARE(
            dialog.findChildren<QPushButton *>(QStringLiteral("discountPresetButton")).size(), 2);
        QTest::keyClick(&dialog, Qt::Key_F2);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.choice().discount->value, 200);
    }
    // F3, members only: refused without a member, and for a member who never paid a fee.
    const auto member = core::Members(store).create(m_shop->cashier, QStringLiteral("Sacha"), {});
    QVERIFY(member.ok());
    {
        ui::DiscountDialog dialog(store, draft);
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
        QTest::keyClick(&dialog, Qt::Key_F3);
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY2(!error->text().isEmpty(), "no reason shown");
        dialog.setMemberTyped(member->number);
        QTest::keyClick(&dialog, Qt::Key_F3);
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY2(
            error->text().contains(QStringLiteral("no membership")), qPrintable(error->text()));
    }
    // Once the fee is paid, the member price is taken with the member.
    QVERIFY(core::Members(store)
                .recordFee(m_shop->cashier, {member->id, core::PaymentMethod::Cash, 1000})
                .ok());
    ui::DiscountDialog dialog(store, draft);
    dialog.setMemberTyped(QStringLiteral("sach"));
    QTest::keyClick(&dialog, Qt::Key_F3);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.choice().discount->memberId, member->id);
    QVERIFY(dialog.choice().discount->membersOnly);

    // A discount typed by hand for members only: refused without a member, taken with one.
    ui::DiscountDialog typed(store, draft);
    QTest::mouseClick(
        typed.findChild<QPushButton *>(QStringLiteral("membersOnlyButton")), Qt::LeftButton);
    typed.findChild<QLineEdit *>(QStringLiteral("discountValueField"))
        ->setText(QStringLiteral("15"));
    typed.findChild<QLineEdit *>(QStringLiteral("discountReasonField"))
        ->setText(QStringLiteral("Adhérent bénévole"));
    typed.applyTyped();
    QVERIFY(typed.result() != QDialog::Accepted);
    typed.setMemberTyped(member->number);
    typed.applyTyped();
    QCOMPARE(typed.result(), int(QDialog::Accepted));
    QCOMPARE(typed.choice().discount->value, 1500);
    QVERIFY(typed.choice().discount->membersOnly);
    QCOMPARE(typed.choice().discount->memberId, member->id);
}

// The member linked to the ticket (F2, Enter in the dialog) is in the ticket pane at once: number,
// name and membership (ended: in red), with core's reason when a member discount is not allowed;
// Shift+F2 removes the member and the member discount with them. At 1024×768 nothing is cut.
void TestSaleScreen::theTicketShowsItsMemberBeforePayment()
{
    core::Store &store = *m_shop->store;
    core::Members members(store);
    const core::Member camille =
        members.create(m_shop->cashier, QStringLiteral("Camille Vasseur"), {}).value();
    // Paid on 10/03/2026: a member until 09/03/2027.
    QVERIFY(members.recordFee(m_shop->cashier, {camille.id, core::PaymentMethod::Cash, 1500}).ok());

    // The dialog: the number typed, Enter: the member for the ticket.
    {
        ui::MemberDialog dialog(store, m_shop->cashier);
        dialog.offerTicketLink();
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("linkMemberButton"))->isVisible());
        auto *search = dialog.findChild<QLineEdit *>(QStringLiteral("memberSearch"));
        QTest::keyClicks(search, camille.number);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.choice().fee);
        QCOMPARE(dialog.choice().ticketMember->id, camille.id);
    }

    m_screen->resize(1024, 768);
    auto *name = m_screen->findChild<QLabel *>(QStringLiteral("ticketMemberName"));
    const QLabel *box = name;
    auto *state = m_screen->findChild<QLabel *>(QStringLiteral("ticketMemberState"));
    QVERIFY(!box->isVisible());
    // 2 books at 4,00 € = 8,00 €.
    addLine('L', QStringLiteral("livres.livre"), QStringLiteral("2"), QStringLiteral("4"));
    int asked = 0;
    m_screen->setMemberPrompt([&] {
        ++asked;
        return std::optional(ui::MemberDialog::Choice{std::nullopt, camille});
    });
    press(Qt::Key_F2);
    QCOMPARE(asked, 1);
    QCOMPARE(m_screen->draft().memberId, camille.id);
    QVERIFY(box->isVisible());
    QVERIFY(button(QStringLiteral("removeMemberButton"))->isVisible());
    QVERIFY2(name->text().contains(QStringLiteral("CAISSE1-1"))
            && name->text().contains(QStringLiteral("Camille Vasseur")),
        qPrintable(name->text()));
    QVERIFY2(state->text().contains(QLocale().toString(QDate(2027, 3, 9), QLocale::ShortFormat)),
        qPrintable(state->text()));
    QVERIFY(!state->property("warning").toBool());

    // A year later the membership has ended: said in red before any payment.
    m_shop->clock.set(QDateTime(QDate(2027, 3, 10), QTime(9, 0), QTimeZone::utc()));
    m_screen->linkMember(camille);
    QVERIFY2(state->text().contains(QStringLiteral("expired")), qPrintable(state->text()));
    QVERIFY(state->property("warning").toBool());
    // The members' −10 % (the default preset): core's reason at once, and refused at payment.
    core::Discount memberPrice{core::DiscountKind::Percent, 1000, QStringLiteral("Member"), true};
    m_nextDiscount = ui::DiscountDialog::Choice{memberPrice};
    press(Qt::Key_F5);
    QVERIFY2(state->text().contains(QStringLiteral("ended on")), qPrintable(state->text()));
    // The longest state still fits a 1024×768 screen.
    const QSize needed = m_screen->minimumSizeHint().expandedTo(m_screen->minimumSize());
    QVERIFY2(needed.width() <= 1024 && needed.height() <= 768,
        qPrintable(QStringLiteral("%1×%2").arg(needed.width()).arg(needed.height())));
    // Refused before the payment is asked.
    m_nextPayments = QList<core::PaymentDraft>{{core::PaymentMethod::Cash, 720}};
    press(Qt::Key_F12);
    QVERIFY2(errorLabel()->text().contains(QStringLiteral("ended on")),
        qPrintable(errorLabel()->text()));
    QVERIFY(m_paymentTotals.isEmpty());
    QCOMPARE(m_screen->draft().lines.size(), 1);

    // Shift+F2: nobody, and the member discount goes with the member.
    QTest::keyClick(target(), Qt::Key_F2, Qt::ShiftModifier);
    QVERIFY(m_screen->draft().memberId.isEmpty());
    QVERIFY(!m_screen->draft().discount);
    QVERIFY(!box->isVisible());
    QCOMPARE(m_screen->findChild<QLabel *>(QStringLiteral("saleTotal"))->text(),
        core::money::format(800));

    // Linked again with the button, paid at the full price: the ticket is in Camille's name.
    QTest::mouseClick(button(QStringLiteral("memberButton")), Qt::LeftButton);
    QCOMPARE(asked, 2);
    QVERIFY(box->isVisible());
    m_nextPayments = QList<core::PaymentDraft>{{core::PaymentMethod::Cash, 800}};
    press(Qt::Key_F12);
    QVERIFY2(errorLabel()->text().isEmpty(), qPrintable(errorLabel()->text()));
    QVERIFY(m_screen->lastSale());
    QCOMPARE(m_screen->lastSale()->memberNumber, QStringLiteral("CAISSE1-1"));
    QCOMPARE(m_screen->lastSale()->totalCents, qint64(800));
    QVERIFY(!box->isVisible()); // the next ticket is for nobody
    const core::MemberPurchases bought = members.purchases(camille.id).value();
    QCOMPARE(bought.tickets.size(), 1);
    QCOMPARE(bought.totalCents, qint64(800));
}

// A fee taken at the till while a ticket is keyed: the customer who paid it is the ticket's
// member, and the discount dialog has their number already typed.
void TestSaleScreen::aFeeAtTheTillMakesTheTicketTheMembers()
{
    core::Store &store = *m_shop->store;
    const core::Member alix =
        core::Members(store).create(m_shop->cashier, QStringLiteral("Alix Martin"), {}).value();
    // 1 book at 5,00 €.
    addLine('L', QStringLiteral("livres.livre"), QStringLiteral("1"), QStringLiteral("5"));
    m_screen->setMemberPrompt([&] {
        return std::optional(ui::MemberDialog::Choice{
            core::MembershipDraft{alix.id, core::PaymentMethod::Card, 1000}, std::nullopt});
    });
    press(Qt::Key_F2);
    QCOMPARE(m_screen->draft().memberId, alix.id);
    auto *state = m_screen->findChild<QLabel *>(QStringLiteral("ticketMemberState"));
    QVERIFY2(state->text().contains(QLocale().toString(QDate(2027, 3, 9), QLocale::ShortFormat)),
        qPrintable(state->text()));
    ui::DiscountDialog dialog(store, m_screen->draft());
    QCOMPARE(
        dialog.findChild<QLineEdit *>(QStringLiteral("discountMemberField"))->text(), alix.number);
    // The members' −10 % on 5,00 €: 0,50 € off, 4,50 € to pay.
    QTest::keyClick(&dialog, Qt::Key_F3);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    m_nextDiscount = dialog.choice();
    press(Qt::Key_F5);
    QCOMPARE(m_screen->draft().memberId, alix.id);
    QVERIFY(m_screen->draft().discount->memberId.isEmpty());
    QCOMPARE(m_screen->findChild<QLabel *>(QStringLiteral("saleTotal"))->text(),
        core::money::format(450));
    m_nextPayments = QList<core::PaymentDraft>{{core::PaymentMethod::Card, 450}};
    press(Qt::Key_F12);
    QVERIFY2(m_screen->lastSale(), qPrintable(errorLabel()->text()));
    QCOMPARE(m_screen->lastSale()->memberNumber, alix.number);
    QCOMPARE(m_screen->lastSale()->discountCents(), qint64(50));
}

QTEST_MAIN(TestSaleScreen)
#include "tst_salescreen.moc"
