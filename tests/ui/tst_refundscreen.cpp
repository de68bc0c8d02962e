#include "core/cashsession.h"
#include "core/money.h"
#include "core/sales.h"
#include "core/statistics.h"
#include "core/store.h"
#include "tests/support/testshop.h"
#include "ui/cashier/cashmovementscreen.h"
#include "ui/cashier/refundscreen.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace recaisse;

namespace {
const QSize screenSize(1366, 768);

void saveGrab(QWidget *widget, const QString &name)
{
    static QTemporaryDir dir; // the renders of one run, removed when the test ends
    const QString path = dir.filePath(QStringLiteral("refund-%1.png").arg(name));
    if (!widget->grab().save(path))
        qWarning("cannot save %s", qPrintable(path));
    // To look at them: RECAISSE_TEST_GRABS=/some/folder keeps a copy there.
    const QString keep = qEnvironmentVariable("RECAISSE_TEST_GRABS");
    if (!keep.isEmpty())
        widget->grab().save(keep + QStringLiteral("/refund-%1.png").arg(name));
}
} // namespace

class TestRefundScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void cashierWithoutUnlockRefundsNothing();
    void adminUnlockRefundsTheTicket();
    void uncheckedLineIsNotRefunded();
    void unknownNumberIsReported();
    void reasonIsRequired();
    void cashInIsRecorded();
    void lettersInTheAmountAreRefused();
    void cashOutBeyondTheDrawerIsRefused();

private:
    void showScreen(QWidget *widget);
    void findTicket(ui::RefundScreen &screen, const QString &number);
    template<typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }
    static QLabel *visibleError(QWidget *parent);
    qint64 sessionSeq() const { return core::CashSessions(*m_shop->store).current()->seq; }

    std::unique_ptr<test::TestShop> m_shop;
    core::Sale m_sale;
};

void TestRefundScreen::initTestCase()
{
    QFile style(QStringLiteral(":/style/recaisse.qss"));
    if (style.open(QIODevice::ReadOnly))
        qApp->setStyleSheet(QString::fromUtf8(style.readAll()));
    const QString translation = qEnvironmentVariable("RECAISSE_TEST_TRANSLATION");
    if (!translation.isEmpty()) {
        auto *translator = new QTranslator(qApp);
        QVERIFY2(translator->load(translation), qPrintable(translation));
        QCoreApplication::installTranslator(translator);
    }
}

void TestRefundScreen::init()
{
    m_shop = test::TestShop::create();
    QVERIFY(m_shop);
    auto opened = core::CashSessions(*m_shop->store).open(m_shop->cashier, 10000);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    // 3 × 2,50 € of clothes and a 8,00 € lamp, paid 20,00 € in cash.
    core::SaleDraft draft{{core::SaleLineDraft{QStringLiteral("textile.vetements"), 3, 250, {}},
                              core::SaleLineDraft{QStringLiteral("eee.lampe"), 1, 800, 1200}},
        {core::PaymentDraft{core::PaymentMethod::Cash, 2000}}};
    auto sale = core::Sales(*m_shop->store).record(m_shop->cashier, draft);
    QVERIFY2(sale.ok(), qPrintable(sale.error().message));
    m_sale = *sale;
}

void TestRefundScreen::cleanup()
{
    m_shop.reset();
}

void TestRefundScreen::showScreen(QWidget *widget)
{
    widget->resize(screenSize);
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget));
}

void TestRefundScreen::findTicket(ui::RefundScreen &screen, const QString &number)
{
    auto *field = child<QLineEdit>(&screen, QStringLiteral("ticketField"));
    QVERIFY(field);
    field->clear();
    QTest::keyClicks(field, number);
    QTest::keyClick(field, Qt::Key_Return);
}

QLabel *TestRefundScreen::visibleError(QWidget *parent)
{
    const QList<QLabel *> labels = parent->findChildren<QLabel *>(QStringLiteral("errorLabel"));
    for (QLabel *label : labels) {
        if (label->isVisible() && !label->text().isEmpty())
            return label;
    }
    return nullptr;
}

void TestRefundScreen::cashierWithoutUnlockRefundsNothing()
{
    ui::RefundScreen screen(*m_shop->store);
    screen.setActor(m_shop->cashier);
    QStringList actions;
    screen.setUnlockPrompt([&actions](const QString &action) -> std::optional<core::Unlock> {
        actions << action;
        return std::nullopt;
    });
    showScreen(&screen);
    QSignalSpy spy(&screen, &ui::RefundScreen::refunded);

    findTicket(screen, m_sale.stamp.number.toLower());
    const QList<QCheckBox *> lines = screen.findChildren<QCheckBox *>(QStringLiteral("refundLine"));
    QCOMPARE(lines.size(), 2);
    for (QCheckBox *line : lines) {
        QVERIFY(line->isChecked());
        QVERIFY(line->height() >= 48);
    }
    const QList<QSpinBox *> quantities =
        screen.findChildren<QSpinBox *>(QStringLiteral("refundQuantity"));
    QCOMPARE(quantities.size(), 2);
    QCOMPARE(quantities.at(0)->maximum(), 3);
    QCOMPARE(quantities.at(0)->value(), 3);
    QVERIFY(quantities.at(0)->height() >= 48);
    QTest::keyClicks(
        child<QLineEdit>(&screen, QStringLiteral("reasonField")), QStringLiteral("Casse"));
    saveGrab(&screen, QStringLiteral("found"));
    QTest::mouseClick(child<QPushButton>(&screen, QStringLiteral("refundButton")), Qt::LeftButton);

    QCOMPARE(
        actions, QStringList{ui::RefundScreen::tr("Refund of ticket %1").arg(m_sale.stamp.number)});
    QCOMPARE(spy.count(), 0);
    QLabel *error = visibleError(&screen);
    QVERIFY(error);
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(core::StoreStatistics::collect(*m_shop->store).refunds, qint64(0));
    // The form is kept.
    QCOMPARE(screen.findChildren<QCheckBox *>(QStringLiteral("refundLine")).size(), 2);
    QCOMPARE(
        child<QLineEdit>(&screen, QStringLiteral("reasonField"))->text(), QStringLiteral("Casse"));
    saveGrab(&screen, QStringLiteral("no-unlock"));
}

void TestRefundScreen::adminUnlockRefundsTheTicket()
{
    ui::RefundScreen screen(*m_shop->store);
    screen.setActor(m_shop->cashier);
    const QString adminId = m_shop->admin.userId;
    screen.setUnlockPrompt([adminId](const QString &) {
        return std::optional<core::Unlock>(core::Unlock{adminId, QStringLiteral("123456")});
    });
    showScreen(&screen);
    QSignalSpy spy(&screen, &ui::RefundScreen::refunded);

    findTicket(screen, m_sale.stamp.number);
    QTest::mouseClick(child<QPushButton>(&screen, QStringLiteral("cardButton")), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(&screen, QStringLiteral("reasonField")),
        QStringLiteral("Ne fonctionne pas"));
    QTest::mouseClick(child<QPushButton>(&screen, QStringLiteral("refundButton")), Qt::LeftButton);

    QCOMPARE(spy.count(), 1);
    const auto refund = spy.at(0).at(0).value<core::Refund>();
    QCOMPARE(refund.totalCents, qint64(1550));
    QCOMPARE(refund.method, core::PaymentMethod::Card);
    QCOMPARE(refund.saleNumber, m_sale.stamp.number);
    const auto stats = core::StoreStatistics::collect(*m_shop->store);
    QCOMPARE(stats.refunds, qint64(1));
    QCOMPARE(stats.refundsTotalCents, qint64(1550));
    QVERIFY(!visibleError(&screen));
    auto *result = child<QLabel>(&screen, QStringLiteral("resultLabel"));
    QVERIFY(result->isVisible());
    QCOMPARE(result->text(),
        ui::RefundScreen::tr("Refund %1 recorded: %2 to give back")
            .arg(refund.stamp.number, core::money::format(1550)));
    saveGrab(&screen, QStringLiteral("done"));

    // The same ticket again: core says it is already refunded.
    findTicket(screen, m_sale.stamp.number);
    QTest::keyClicks(
        child<QLineEdit>(&screen, QStringLiteral("reasonField")), QStringLiteral("Encore"));
    QTest::mouseClick(child<QPushButton>(&screen, QStringLiteral("refundButton")), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QVERIFY(visibleError(&screen));
    QCOMPARE(visibleError(&screen)->text(),
        core::Sales::tr("Ticket %1 has already been refunded in full.").arg(m_sale.stamp.number));
    QCOMPARE(core::StoreStatistics::collect(*m_shop->store).refunds, qint64(1));
}

void TestRefundScreen::uncheckedLineIsNotRefunded()
{
    ui::RefundScreen screen(*m_shop->store);
    screen.setActor(m_shop->admin);
    int prompts = 0;
    screen.setUnlockPrompt([&prompts](const QString &) -> std::optional<core::Unlock> {
        ++prompts;
        return std::nullopt;
    });
    showScreen(&screen);
    QSignalSpy spy(&screen, &ui::RefundScreen::refunded);

    findTicket(screen, m_sale.stamp.number);
    const QList<QCheckBox *> lines = screen.findChildren<QCheckBox *>(QStringLiteral("refundLine"));
    QCOMPARE(lines.size(), 2);
    QTest::mouseClick(lines.at(1), Qt::LeftButton, {}, QPoint(16, lines.at(1)->height() / 2));
    QVERIFY(!lines.at(1)->isChecked());
    const QList<QPushButton *> minus =
        screen.findChildren<QPushButton *>(QStringLiteral("quantityMinus"));
    QCOMPARE(minus.size(), 2);
    QVERIFY(minus.at(0)->width() >= 48 && minus.at(0)->height() >= 48);
    QVERIFY(!minus.at(1)->isEnabled());
    QTest::mouseClick(minus.at(0), Qt::LeftButton);
    QCOMPARE(screen.findChildren<QSpinBox *>(QStringLiteral("refundQuantity")).at(0)->value(), 2);
    QTest::keyClicks(
        child<QLineEdit>(&screen, QStringLiteral("reasonField")), QStringLiteral("Tache"));
    saveGrab(&screen, QStringLiteral("partial"));
    QTest::mouseClick(child<QPushButton>(&screen, QStringLiteral("refundButton")), Qt::LeftButton);

    QCOMPARE(prompts, 0); // an admin refunds alone
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<core::Refund>().totalCents, qint64(500));
    QCOMPARE(spy.at(0).at(0).value<core::Refund>().method, core::PaymentMethod::Cash);
    const auto stats = core::StoreStatistics::collect(*m_shop->store);
    QCOMPARE(stats.refunds, qint64(1));
    QCOMPARE(stats.refundsTotalCents, qint64(500));
    const auto totals = core::CashSessions(*m_shop->store).totals(sessionSeq());
    QVERIFY(totals.ok());
    QCOMPARE(totals->cashRefundsCents, qint64(500));
}

void TestRefundScreen::unknownNumberIsReported()
{
    ui::RefundScreen screen(*m_shop->store);
    screen.setActor(m_shop->admin);
    showScreen(&screen);
    findTicket(screen, QStringLiteral("CAISSE1-T999999"));
    QVERIFY(visibleError(&screen));
    QCOMPARE(visibleError(&screen)->text(),
        core::Sales(*m_shop->store)
            .findByNumber(QStringLiteral("CAISSE1-T999999"))
            .error()
            .message);
    QVERIFY(screen.findChildren<QCheckBox *>(QStringLiteral("refundLine")).isEmpty());
    QVERIFY(!child<QPushButton>(&screen, QStringLiteral("refundButton"))->isEnabled());
    saveGrab(&screen, QStringLiteral("unknown"));
}

void TestRefundScreen::reasonIsRequired()
{
    ui::RefundScreen screen(*m_shop->store);
    screen.setActor(m_shop->admin);
    showScreen(&screen);
    QSignalSpy spy(&screen, &ui::RefundScreen::refunded);
    findTicket(screen, m_sale.stamp.number);
    QTest::mouseClick(child<QPushButton>(&screen, QStringLiteral("refundButton")), Qt::LeftButton);
    QCOMPARE(spy.count(), 0);
    QVERIFY(visibleError(&screen));
    QCOMPARE(visibleError(&screen)->text(), core::Sales::tr("Give the reason for the refund."));
    QCOMPARE(core::StoreStatistics::collect(*m_shop->store).refunds, qint64(0));
}

void TestRefundScreen::cashInIsRecorded()
{
    ui::CashMovementScreen screen(*m_shop->store);
    screen.setActor(m_shop->cashier);
    showScreen(&screen);
    QSignalSpy spy(&screen, &ui::CashMovementScreen::moved);

    for (const QString &key : {QStringLiteral("key2"), QStringLiteral("key0"),
             QStringLiteral("keyComma"), QStringLiteral("key0"), QStringLiteral("key0")}) {
        auto *button = child<QPushButton>(&screen, key);
        QVERIFY(button);
        QVERIFY(button->width() >= 48 && button->height() >= 48);
        QTest::mouseClick(button, Qt::LeftButton);
    }
    QCOMPARE(
        child<QLineEdit>(&screen, QStringLiteral("amountField"))->text(), QStringLiteral("20,00"));
    QTest::mouseClick(child<QPushButton>(&screen, QStringLiteral("preset0")), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(&screen, QStringLiteral("reasonField"))->text(),
        ui::CashMovementScreen::tr("Change float top-up"));
    saveGrab(&screen, QStringLiteral("movement"));
    QTest::mouseClick(child<QPushButton>(&screen, QStringLiteral("recordButton")), Qt::LeftButton);

    QVERIFY(!visibleError(&screen));
    QCOMPARE(spy.count(), 1);
    const auto stamp = spy.at(0).at(0).value<core::DocumentStamp>();
    QVERIFY(!stamp.number.isEmpty());
    QVERIFY(child<QLabel>(&screen, QStringLiteral("resultLabel"))->text().contains(stamp.number));
    const auto totals = core::CashSessions(*m_shop->store).totals(sessionSeq());
    QVERIFY(totals.ok());
    QCOMPARE(totals->movementsInCents, qint64(2000));
    QCOMPARE(totals->movementsOutCents, qint64(0));
    saveGrab(&screen, QStringLiteral("movement-done"));
}

void TestRefundScreen::lettersInTheAmountAreRefused()
{
    ui::CashMovementScreen screen(*m_shop->store);
    screen.setActor(m_shop->cashier);
    showScreen(&screen);
    QSignalSpy spy(&screen, &ui::CashMovementScreen::moved);
    QTest::keyClicks(
        child<QLineEdit>(&screen, QStringLiteral("amountField")), QStringLiteral("abc"));
    QTest::keyClicks(
        child<QLineEdit>(&screen, QStringLiteral("reasonField")), QStringLiteral("Achat"));
    QTest::mouseClick(child<QPushButton>(&screen, QStringLiteral("recordButton")), Qt::LeftButton);
    QCOMPARE(spy.count(), 0);
    QVERIFY(visibleError(&screen));
    QCOMPARE(visibleError(&screen)->text(), core::money::parse(u"abc").error().message);
    const auto totals = core::CashSessions(*m_shop->store).totals(sessionSeq());
    QCOMPARE(totals->movementsInCents, qint64(0));
    saveGrab(&screen, QStringLiteral("movement-letters"));
}

void TestRefundScreen::cashOutBeyondTheDrawerIsRefused()
{
    ui::CashMovementScreen screen(*m_shop->store);
    screen.setActor(m_shop->cashier);
    showScreen(&screen);
    QSignalSpy spy(&screen, &ui::CashMovementScreen::moved);
    QTest::mouseClick(child<QPushButton>(&screen, QStringLiteral("outButton")), Qt::LeftButton);
    QTest::keyClicks(
        child<QLineEdit>(&screen, QStringLiteral("amountField")), QStringLiteral("500"));
    QTest::mouseClick(child<QPushButton>(&screen, QStringLiteral("preset1")), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&screen, QStringLiteral("recordButton")), Qt::LeftButton);
    QCOMPARE(spy.count(), 0);
    QVERIFY(visibleError(&screen));
    // What core says, as it says it (the drawer holds the 100,00 € float and 15,50 € of sales).
    const auto direct = core::CashSessions(*m_shop->store)
                            .moveCash(m_shop->cashier, core::MovementDirection::Out, 50000,
                                ui::CashMovementScreen::tr("Bank deposit"));
    QVERIFY(!direct.ok());
    QCOMPARE(visibleError(&screen)->text(), direct.error().message);
    QVERIFY(visibleError(&screen)->text().contains(core::money::format(11550)));
    QCOMPARE(core::CashSessions(*m_shop->store).totals(sessionSeq())->movementsOutCents, qint64(0));
    saveGrab(&screen, QStringLiteral("movement-out-refused"));
}

QTEST_MAIN(TestRefundScreen)
#include "tst_refundscreen.moc"
