#include "core/admin/sites.h"
#include "core/cashsession.h"
#include "core/money.h"
#include "core/outflows.h"
#include "core/receipt.h"
#include "core/store.h"
#include "core/users.h"
#include "tests/support/testshop.h"
#include "ui/cashier/closesessionscreen.h"
#include "ui/cashier/opensessionscreen.h"
#include "ui/cashier/zreportview.h"
#include "ui/common/adminunlockdialog.h"
#include "ui/common/idlecountdown.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <memory>

using namespace recaisse;

namespace {
const QSize screenSize(1366, 768);

void saveGrab(QWidget *widget, const QString &name)
{
    static QTemporaryDir dir; // the renders of one run, removed when the test ends
    const QString path = dir.filePath(QStringLiteral("sess-%1.png").arg(name));
    if (!widget->grab().save(path))
        qWarning("cannot save %s", qPrintable(path));
}
} // namespace

class TestSessionScreens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensWithATypedTotal();
    void dateIsConfirmedAfterThreeQuietDays();
    void lettersInTheFloatAreRefused();
    void opensWithACountByDenomination();
    void emptyCountIsRefused();
    void exactCountClosesAndShowsTheReport();
    void shortCountNeedsACommentAndAnAdmin();
    void wrongAdminPinKeepsTheSessionOpen();
    void unlockDialogReturnsTheTypedPin();
    void unlockDialogClosesItselfWhenLeftAlone();

private:
    void showScreen(QWidget *widget);
    void openSession(qint64 floatCents);
    void setCount(ui::CloseSessionScreen &screen, const core::DenominationCount &count);
    template<typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }
    static QLabel *visibleError(QWidget *parent);

    std::unique_ptr<test::TestShop> m_shop;
};

void TestSessionScreens::initTestCase()
{
    // The screens as the register shows them: with the application's style sheet.
    QFile style(QStringLiteral(":/style/recaisse.qss"));
    if (style.open(QIODevice::ReadOnly))
        qApp->setStyleSheet(QString::fromUtf8(style.readAll()));
    // To look at the French screens: RECAISSE_TEST_TRANSLATION=/path/to/recaisse_fr.qm (the
    // comparisons go through tr() too, so the test passes in either language).
    const QString translation = qEnvironmentVariable("RECAISSE_TEST_TRANSLATION");
    if (!translation.isEmpty()) {
        auto *translator = new QTranslator(qApp);
        QVERIFY2(translator->load(translation), qPrintable(translation));
        QCoreApplication::installTranslator(translator);
    }
}

void TestSessionScreens::init()
{
    m_shop = test::TestShop::create();
    QVERIFY(m_shop);
}

void TestSessionScreens::cleanup()
{
    m_shop.reset();
}

void TestSessionScreens::showScreen(QWidget *widget)
{
    widget->resize(screenSize);
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget));
}

void TestSessionScreens::openSession(qint64 floatCents)
{
    auto opened = core::CashSessions(*m_shop->store).open(m_shop->cashier, floatCents);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
}

void TestSessionScreens::setCount(
    ui::CloseSessionScreen &screen, const core::DenominationCount &count)
{
    for (auto it = count.constBegin(); it != count.constEnd(); ++it) {
        auto *field = child<QLineEdit>(&screen, QStringLiteral("count_%1").arg(it.key()));
        QVERIFY(field);
        field->clear();
        QTest::keyClicks(field, QString::number(it.value()));
    }
}

QLabel *TestSessionScreens::visibleError(QWidget *parent)
{
    const QList<QLabel *> labels = parent->findChildren<QLabel *>(QStringLiteral("errorLabel"));
    for (QLabel *label : labels) {
        if (label->isVisible())
            return label;
    }
    return nullptr;
}

void TestSessionScreens::opensWithATypedTotal()
{
    ui::OpenSessionScreen screen(*m_shop->store);
    screen.setActor(m_shop->cashier);
    showScreen(&screen);
    QSignalSpy spy(&screen, &ui::OpenSessionScreen::sessionOpened);

    auto *field = child<QLineEdit>(&screen, QStringLiteral("floatField"));
    QVERIFY(field);
    QVERIFY(field->isVisible());
    // No previous session: nothing proposed.
    QVERIFY(field->text().isEmpty());
    QVERIFY(!child<QLabel>(&screen, QStringLiteral("floatCaption"))->isVisible());
    QTest::keyClicks(field, QStringLiteral("150,00"));
    saveGrab(&screen, QStringLiteral("open-total"));
    auto *open = child<QPushButton>(&screen, QStringLiteral("openButton"));
    QVERIFY(open->height() >= 64);
    QTest::mouseClick(open, Qt::LeftButton);

    QCOMPARE(spy.count(), 1);
    const auto info = spy.at(0).at(0).value<core::OpenSessionInfo>();
    QCOMPARE(info.floatCents, 15000);
    const auto current = core::CashSessions(*m_shop->store).current();
    QVERIFY(current);
    QCOMPARE(current->floatCents, 15000);
    QCOMPARE(current->cashierId, m_shop->cashier.userId);
}

void TestSessionScreens::dateIsConfirmedAfterThreeQuietDays()
{
    openSession(10000);
    QVERIFY(core::CashSessions(*m_shop->store)
                .close(m_shop->cashier, core::CloseRequest{{{10000, 1}}, {}, {}})
                .ok());
    // Three days later to the second: no question.
    m_shop->clock.advanceSecs(core::CashSessions::dateConfirmationSecs);
    ui::OpenSessionScreen screen(*m_shop->store);
    screen.setActor(m_shop->cashier);
    showScreen(&screen);
    QVERIFY(!screen.dateConfirmation()->isVisible());

    // One second more: the date must be confirmed before the register opens.
    m_shop->clock.advanceSecs(1);
    screen.reset();
    QVERIFY(screen.dateConfirmation()->isVisible());
    QVERIFY(screen.dateConfirmation()->text().contains(
        QLocale().toString(m_shop->store->today(), QLocale::LongFormat)));
    QSignalSpy spy(&screen, &ui::OpenSessionScreen::sessionOpened);
    auto *field = child<QLineEdit>(&screen, QStringLiteral("floatField"));
    field->setText(QStringLiteral("100,00"));
    auto *open = child<QPushButton>(&screen, QStringLiteral("openButton"));
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(spy.count(), 0);
    QVERIFY(visibleError(&screen)->text().contains(QStringLiteral("3 days")));
    QVERIFY(!core::CashSessions(*m_shop->store).current());

    screen.dateConfirmation()->setChecked(true);
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QVERIFY(core::CashSessions(*m_shop->store).current());
}

void TestSessionScreens::lettersInTheFloatAreRefused()
{
    ui::OpenSessionScreen screen(*m_shop->store);
    screen.setActor(m_shop->cashier);
    showScreen(&screen);
    QSignalSpy spy(&screen, &ui::OpenSessionScreen::sessionOpened);

    auto *field = child<QLineEdit>(&screen, QStringLiteral("floatField"));
    field->clear();
    QTest::keyClicks(field, QStringLiteral("cent euros"));
    QTest::mouseClick(child<QPushButton>(&screen, QStringLiteral("openButton")), Qt::LeftButton);

    QLabel *error = visibleError(&screen);
    QVERIFY(error);
    QCOMPARE(error->text(), core::money::parse(QStringLiteral("cent euros")).error().message);
    QVERIFY(!error->text().isEmpty());
    // In red (the style sheet's #errorLabel).
    QCOMPARE(error->palette().color(error->foregroundRole()), QColor(0xC6, 0x28, 0x28));
    saveGrab(&screen, QStringLiteral("open-error"));
    QCOMPARE(spy.count(), 0);
    QVERIFY(!core::CashSessions(*m_shop->store).current());

    // Typing again clears the message.
    QTest::keyClick(field, Qt::Key_Backspace);
    QVERIFY(error->text().isEmpty());
}

void TestSessionScreens::opensWithACountByDenomination()
{
    // A previous session proposes its float.
    openSession(8000);
    {
        core::CloseRequest request;
        request.counted = {{5000, 1}, {1000, 3}};
        auto closed = core::CashSessions(*m_shop->store).close(m_shop->cashier, request);
        QVERIFY2(closed.ok(), qPrintable(closed.error().message));
    }

    ui::OpenSessionScreen screen(*m_shop->store);
    screen.setActor(m_shop->cashier);
    showScreen(&screen);
    QSignalSpy spy(&screen, &ui::OpenSessionScreen::sessionOpened);
    QCOMPARE(child<QLineEdit>(&screen, QStringLiteral("floatField"))->text(),
        core::money::formatPlain(8000));
    QVERIFY(child<QLabel>(&screen, QStringLiteral("floatCaption"))->isVisible());
    saveGrab(&screen, QStringLiteral("open-proposed"));

    QTest::mouseClick(
        child<QPushButton>(&screen, QStringLiteral("countModeButton")), Qt::LeftButton);
    QVERIFY(screen.countingByDenomination());
    // 50 € notes down to 1 cent: the 500, 200 and 100 € notes never sit in a drawer.
    QVERIFY(!screen.findChild<QLineEdit *>(QStringLiteral("count_10000")));
    QVERIFY(!screen.findChild<QLineEdit *>(QStringLiteral("count_50000")));
    for (qint64 cents : {5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1}) {
        auto *field = child<QLineEdit>(&screen, QStringLiteral("count_%1").arg(cents));
        QVERIFY(field);
        QVERIFY(field->isVisible());
        QVERIFY(field->height() >= 48);
    }

    // An empty count is not a float of zero.
    QTest::mouseClick(child<QPushButton>(&screen, QStringLiteral("openButton")), Qt::LeftButton);
    QCOMPARE(visibleError(&screen)->text(),
        ui::OpenSessionScreen::tr(
            "Enter the number of each note and coin (0 when there is none)."));
    QCOMPARE(spy.count(), 0);

    QTest::keyClicks(child<QLineEdit>(&screen, QStringLiteral("count_5000")), QStringLiteral("2"));
    QTest::keyClicks(child<QLineEdit>(&screen, QStringLiteral("count_200")), QStringLiteral("5"));
    QTest::keyClicks(child<QLineEdit>(&screen, QStringLiteral("count_50")), QStringLiteral("3"));
    // Letters never get into a count field.
    QTest::keyClicks(child<QLineEdit>(&screen, QStringLiteral("count_1")), QStringLiteral("x"));
    QVERIFY(child<QLineEdit>(&screen, QStringLiteral("count_1"))->text().isEmpty());
    QCOMPARE(
        child<QLabel>(&screen, QStringLiteral("countTotal"))->text(), core::money::format(11150));
    saveGrab(&screen, QStringLiteral("open-count"));
    QTest::mouseClick(child<QPushButton>(&screen, QStringLiteral("openButton")), Qt::LeftButton);

    QCOMPARE(spy.count(), 1);
    const auto current = core::CashSessions(*m_shop->store).current();
    QVERIFY(current);
    QCOMPARE(current->floatCents, 11150);
}

void TestSessionScreens::emptyCountIsRefused()
{
    openSession(10000);
    ui::CloseSessionScreen screen(*m_shop->store);
    screen.setActor(m_shop->cashier);
    showScreen(&screen);
    saveGrab(&screen, QStringLiteral("close-count"));

    // Blind: the expected amount appears nowhere on the count.
    const QString expected = core::money::format(10000);
    for (QLabel *label : screen.findChildren<QLabel *>()) {
        if (label->isVisible())
            QVERIFY2(!label->text().contains(expected), qPrintable(label->text()));
    }

    QTest::mouseClick(
        child<QPushButton>(&screen, QStringLiteral("validateCountButton")), Qt::LeftButton);
    QCOMPARE(screen.step(), ui::CloseSessionScreen::Step::Count);
    QCOMPARE(visibleError(&screen)->text(),
        ui::CloseSessionScreen::tr(
            "Enter the number of each note and coin (0 when there is none)."));
    saveGrab(&screen, QStringLiteral("close-empty"));
    QVERIFY(core::CashSessions(*m_shop->store).current());
}

void TestSessionScreens::exactCountClosesAndShowsTheReport()
{
    openSession(10000);
    // A chair sent to recycling during the session: on the report, apart from the sales.
    core::OutflowDraft outflow;
    outflow.lines = {core::OutflowLineDraft{QStringLiteral("mobilier.chaise"), 1, 4500}};
    QVERIFY(core::Outflows(*m_shop->store).record(m_shop->cashier, outflow));
    ui::CloseSessionScreen screen(*m_shop->store);
    screen.setActor(m_shop->cashier);
    int prompts = 0;
    screen.setUnlockPrompt([&prompts](const QString &) -> std::optional<core::Unlock> {
        ++prompts;
        return std::nullopt;
    });
    showScreen(&screen);
    QSignalSpy spy(&screen, &ui::CloseSessionScreen::sessionClosed);

    setCount(screen, {{5000, 1}, {2000, 2}, {500, 2}});
    // With a keyboard: Return in the last field validates the count.
    QTest::keyClick(child<QLineEdit>(&screen, QStringLiteral("count_1")), Qt::Key_Return);
    QCOMPARE(screen.step(), ui::CloseSessionScreen::Step::Review);
    QCOMPARE(child<QLabel>(&screen, QStringLiteral("expectedValue"))->text(),
        core::money::format(10000));
    QCOMPARE(
        child<QLabel>(&screen, QStringLiteral("countedValue"))->text(), core::money::format(10000));
    QCOMPARE(
        child<QLabel>(&screen, QStringLiteral("varianceValue"))->text(), core::money::format(0));
    saveGrab(&screen, QStringLiteral("close-review-exact"));
    QTest::mouseClick(child<QPushButton>(&screen, QStringLiteral("closeButton")), Qt::LeftButton);

    QCOMPARE(prompts, 0);
    QCOMPARE(spy.count(), 1);
    const auto report = spy.at(0).at(0).value<core::ZReport>();
    QCOMPARE(report.varianceCents, 0);
    QCOMPARE(report.countedCents, 10000);
    QVERIFY(!report.stamp.number.isEmpty());
    QCOMPARE(screen.step(), ui::CloseSessionScreen::Step::Report);
    QVERIFY(screen.reportView()->isVisible());
    const QString text = screen.reportView()->text();
    QVERIFY2(text.contains(report.stamp.number), qPrintable(text));
    QVERIFY(text.contains(m_shop->store->site().name));
    QVERIFY(text.contains(m_shop->cashier.name));
    // Opened at 08:00 UTC = 09:00 in Paris in March.
    QVERIFY2(text.contains(QStringLiteral("10/03/2026 09:00")), qPrintable(text));
    // One document, one rendering: the screen shows exactly what the printer prints.
    QCOMPARE(text,
        core::Receipt::forZReport(screen.reportView()->report(),
            core::Sites(*m_shop->store).printedSite(), m_shop->store->station(),
            m_shop->store->timeZone(), ui::ZReportView::lineWidth)
            .join(QLatin1Char('\n')));
    QVERIFY2(text.contains(core::Receipt::shortHash(report.stamp.hash)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Outflows (1)")) && text.contains(QStringLiteral("4,500"))
            && text.contains(QStringLiteral("Sales (0)")),
        qPrintable(text));
    // The report shown is the one core stored.
    const auto stored = core::CashSessions(*m_shop->store).zReport(report.stamp.seq);
    QVERIFY(stored.ok());
    QCOMPARE(stored->countedCents, 10000);
    QVERIFY(!core::CashSessions(*m_shop->store).current());

    QSignalSpy print(screen.reportView(), &ui::ZReportView::printRequested);
    QTest::mouseClick(child<QPushButton>(&screen, QStringLiteral("printButton")), Qt::LeftButton);
    QCOMPARE(print.count(), 1);
    saveGrab(&screen, QStringLiteral("close-report"));
}

void TestSessionScreens::shortCountNeedsACommentAndAnAdmin()
{
    openSession(10000);
    ui::CloseSessionScreen screen(*m_shop->store);
    screen.setActor(m_shop->cashier);
    QStringList actions;
    const QString adminId = m_shop->admin.userId;
    screen.setUnlockPrompt([&actions, adminId](const QString &action) {
        actions << action;
        return std::optional<core::Unlock>(core::Unlock{adminId, QStringLiteral("123456")});
    });
    showScreen(&screen);
    QSignalSpy spy(&screen, &ui::CloseSessionScreen::sessionClosed);

    setCount(screen, {{5000, 1}, {1000, 3}, {100, 0}});
    QTest::mouseClick(
        child<QPushButton>(&screen, QStringLiteral("validateCountButton")), Qt::LeftButton);
    QCOMPARE(screen.step(), ui::CloseSessionScreen::Step::Review);
    QCOMPARE(child<QLabel>(&screen, QStringLiteral("varianceValue"))->text(),
        core::money::format(-2000));

    // Without a comment core refuses, and nobody is asked for a PIN.
    QTest::mouseClick(child<QPushButton>(&screen, QStringLiteral("closeButton")), Qt::LeftButton);
    QCOMPARE(spy.count(), 0);
    QVERIFY(actions.isEmpty());
    QCOMPARE(visibleError(&screen)->text(),
        core::CashSessions::tr("The drawer differs by %1 (more than %2): explain it in a comment.")
            .arg(core::money::format(-2000),
                core::money::format(m_shop->store->station().varianceThresholdCents)));
    saveGrab(&screen, QStringLiteral("close-review-short"));

    QTest::keyClicks(child<QLineEdit>(&screen, QStringLiteral("commentField")),
        QStringLiteral("Billet de 20 rendu en trop"));
    QTest::mouseClick(child<QPushButton>(&screen, QStringLiteral("closeButton")), Qt::LeftButton);

    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions.constFirst(),
        ui::CloseSessionScreen::tr("Validate a cash variance of %1")
            .arg(core::money::format(-2000)));
    QCOMPARE(spy.count(), 1);
    const auto report = spy.at(0).at(0).value<core::ZReport>();
    QCOMPARE(report.varianceCents, -2000);
    QCOMPARE(report.validatedBy, QStringLiteral("Admin"));
    QCOMPARE(report.comment, QStringLiteral("Billet de 20 rendu en trop"));
    QVERIFY(screen.reportView()->text().contains(QStringLiteral("Admin")));
    QVERIFY(screen.reportView()->text().contains(QStringLiteral("rendu en trop")));
    QVERIFY(!core::CashSessions(*m_shop->store).current());
    saveGrab(&screen, QStringLiteral("close-report-variance"));
}

void TestSessionScreens::wrongAdminPinKeepsTheSessionOpen()
{
    openSession(10000);
    ui::CloseSessionScreen screen(*m_shop->store);
    screen.setActor(m_shop->cashier);
    const QString adminId = m_shop->admin.userId;
    screen.setUnlockPrompt([adminId](const QString &) {
        return std::optional<core::Unlock>(core::Unlock{adminId, QStringLiteral("0000")});
    });
    showScreen(&screen);
    QSignalSpy spy(&screen, &ui::CloseSessionScreen::sessionClosed);

    setCount(screen, {{5000, 1}, {1000, 3}});
    QTest::mouseClick(
        child<QPushButton>(&screen, QStringLiteral("validateCountButton")), Qt::LeftButton);
    QTest::keyClicks(
        child<QLineEdit>(&screen, QStringLiteral("commentField")), QStringLiteral("Erreur"));
    QTest::mouseClick(child<QPushButton>(&screen, QStringLiteral("closeButton")), Qt::LeftButton);

    QCOMPARE(spy.count(), 0);
    QLabel *error = visibleError(&screen);
    QVERIFY(error);
    QVERIFY(!error->text().isEmpty());
    // What core said, as it said it: a wrong PIN costs an attempt.
    core::CloseRequest again{{{5000, 1}, {1000, 3}}, QStringLiteral("Erreur"),
        core::Unlock{adminId, QStringLiteral("0000")}};
    const auto direct = core::CashSessions(*m_shop->store).close(m_shop->cashier, again);
    QVERIFY(!direct.ok());
    QCOMPARE(error->text().section(QLatin1Char('.'), 0, 0),
        direct.error().message.section(QLatin1Char('.'), 0, 0));
    saveGrab(&screen, QStringLiteral("close-wrong-pin"));
    // The session stays open, the count and the comment stay typed.
    QVERIFY(core::CashSessions(*m_shop->store).current());
    QCOMPARE(screen.step(), ui::CloseSessionScreen::Step::Review);
    QCOMPARE(child<QLineEdit>(&screen, QStringLiteral("count_5000"))->text(), QStringLiteral("1"));
    QCOMPARE(child<QLineEdit>(&screen, QStringLiteral("commentField"))->text(),
        QStringLiteral("Erreur"));
}

void TestSessionScreens::unlockDialogReturnsTheTypedPin()
{
    ui::AdminUnlockDialog dialog(
        *m_shop->store, QStringLiteral("Validate a cash variance of -20,00 €"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.unlock());

    // Only administrators are offered; the only one is already chosen.
    const QList<QPushButton *> tiles =
        dialog.findChildren<QPushButton *>(QStringLiteral("userTile"));
    QCOMPARE(tiles.size(), 1);
    QVERIFY(tiles.constFirst()->text().startsWith(QStringLiteral("Admin\n")));
    QCOMPARE(dialog.selectedUserId(), m_shop->admin.userId);
    QVERIFY(child<QLabel>(&dialog, QStringLiteral("actionLabel"))
                ->text()
                .contains(QStringLiteral("-20,00")));

    for (const QString &name : {QStringLiteral("key0"), QStringLiteral("key5"),
             QStringLiteral("keyClear"), QStringLiteral("keyOk")}) {
        auto *key = child<QPushButton>(&dialog, name);
        QVERIFY(key);
        QVERIFY(key->width() >= 64);
        QVERIFY(key->height() >= 64);
    }
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("key1")), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("key2")), Qt::LeftButton);
    auto *pin = child<QLineEdit>(&dialog, QStringLiteral("pinField"));
    QTest::keyClicks(pin, QStringLiteral("34"));
    QCOMPARE(pin->text(), QStringLiteral("1234"));
    saveGrab(&dialog, QStringLiteral("unlock-dialog"));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("keyOk")), Qt::LeftButton);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto unlock = dialog.unlock();
    QVERIFY(unlock);
    QCOMPARE(unlock->userId, m_shop->admin.userId);
    QCOMPARE(unlock->pin, QStringLiteral("1234"));
}

void TestSessionScreens::unlockDialogClosesItselfWhenLeftAlone()
{
    QCOMPARE(ui::AdminUnlockDialog::defaultIdleTimeoutMs, 60'000);
    ui::AdminUnlockDialog dialog(*m_shop->store, QStringLiteral("Test"));
    QCOMPARE(dialog.idleTimeout(), 60'000);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // On the station's clock: the test moves it, nothing sleeps. Typing keeps it open...
    ui::IdleCountdown *idle = dialog.idleCountdown();
    m_shop->clock.advanceSecs(50);
    idle->check();
    QVERIFY(dialog.isVisible());
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("key7")), Qt::LeftButton);
    m_shop->clock.advanceSecs(50);
    idle->check();
    QVERIFY(dialog.isVisible());
    // ...until nobody has touched it for a minute.
    m_shop->clock.advanceSecs(10);
    idle->check();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.unlock());

    // Through the prompt, a dialog that is left (here: cancelled) unlocks nothing.
    QWidget parent;
    const ui::UnlockPrompt prompt = ui::AdminUnlockDialog::prompt(*m_shop->store, &parent);
    QTimer::singleShot(100, &parent, [] {
        if (auto *active = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            active->reject();
    });
    QVERIFY(!prompt(QStringLiteral("Test")));
}

QTEST_MAIN(TestSessionScreens)
#include "tst_sessionscreens.moc"
