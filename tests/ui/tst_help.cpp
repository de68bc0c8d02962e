#include "core/cashsession.h"
#include "tests/support/testshop.h"
#include "ui/admin/adminpanel.h"
#include "ui/cashier/cashmovementscreen.h"
#include "ui/cashier/closesessionscreen.h"
#include "ui/cashier/opensessionscreen.h"
#include "ui/cashier/paymentdialog.h"
#include "ui/cashier/refundscreen.h"
#include "ui/cashier/salescreen.h"
#include "ui/common/adminunlockdialog.h"
#include "ui/common/helpmanual.h"
#include "ui/common/helptopics.h"
#include "ui/common/helpviewer.h"
#include "ui/common/homescreen.h"
#include "ui/common/idlecountdown.h"
#include "ui/common/loginscreen.h"
#include "ui/common/mainwindow.h"
#include "ui/reception/depositscreen.h"
#include "ui/sync/firststartdialog.h"
#include "ui/sync/syncpage.h"

#include <QApplication>
#include <QHash>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>

using namespace recaisse;
using recaisse::test::TestShop;
using ui::Help;
using ui::HelpTopic;

Q_DECLARE_METATYPE(recaisse::ui::HelpTopic)

// The in-app manual: every screen's Help button and the F11 key open the manual at that
// screen's own section (its heading at the top of the page), and the viewer can be read and
// left from the keyboard alone.
class TestHelp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTopicHasItsSectionInTheManual();
    void linksBetweenThePagesLeadSomewhere();
    void helpOpensTheScreensSection_data();
    void helpOpensTheScreensSection();
    void dialogsOpenTheirSection_data();
    void dialogsOpenTheirSection();
    void viewerIsUsableWithTheKeyboard();
    void unlockDialogWaitsForItsReader();
    void helpKeyIsFreeOnTheRegister();

private:
    // Brings the window to a screen; returns the widget whose Help button belongs to it.
    QWidget *goTo(const QString &screen);
    // The viewer opened by the last action, checked at the topic's heading, then closed by Esc.
    void expectViewerAt(HelpTopic topic);

    std::unique_ptr<TestShop> m_shop;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestHelp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_shop = TestShop::create();
    QVERIFY(m_shop);
    qApp->setStyleSheet(ui::MainWindow::styleSheet());
    m_window = std::make_unique<ui::MainWindow>(*m_shop->store);
    core::Store &store = *m_shop->store;
    m_window->setAdminPanelSetup([&store](ui::AdminPanel &panel, const core::Actor &actor) {
        panel.setSyncPage(new ui::SyncPage(store, actor, nullptr));
    });
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestHelp::everyTopicHasItsSectionInTheManual()
{
    const ui::HelpManual &manual = ui::HelpManual::instance();
    QVERIFY(manual.documents().size() >= 8);
    QCOMPARE(manual.documents().first(), QStringLiteral("README.md"));
    for (const HelpTopic topic : Help::topics()) {
        const QUrl url = Help::url(topic);
        QVERIFY2(manual.document(url.path()), qPrintable(url.toString()));
        QVERIFY2(manual.hasAnchor(url.path(), url.fragment(QUrl::FullyDecoded)),
            qPrintable(
                Help::heading(topic) + QStringLiteral(" is not a heading of ") + url.path()));
    }
    // GitHub's anchors, so that the same links work on the forge.
    QCOMPARE(ui::HelpManual::anchorFor(QStringLiteral("Vendre : Catégorie → Quantité → Prix")),
        QStringLiteral("vendre--catégorie--quantité--prix"));
    QCOMPARE(ui::HelpManual::anchorFor(QStringLiteral("Entrée ou sortie d’espèces")),
        QStringLiteral("entrée-ou-sortie-despèces"));
    QCOMPARE(Help::url(HelpTopic::Login).toString(), QStringLiteral("caisse.md#se-connecter"));
}

void TestHelp::linksBetweenThePagesLeadSomewhere()
{
    const ui::HelpManual &manual = ui::HelpManual::instance();
    int links = 0;
    const QStringList documents = manual.documents();
    for (const QString &name : documents) {
        const QTextDocument *document = manual.document(name);
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QString href = it.fragment().charFormat().anchorHref();
                if (href.isEmpty())
                    continue;
                const QUrl link(href);
                if (!link.scheme().isEmpty())
                    continue; // addresses outside the manual are only shown
                ++links;
                const QString target = link.path().isEmpty() ? name : link.path();
                QVERIFY2(manual.document(target), qPrintable(name + QStringLiteral(": ") + href));
                const QString anchor = link.fragment(QUrl::FullyDecoded);
                QVERIFY2(anchor.isEmpty() || manual.hasAnchor(target, anchor),
                    qPrintable(name + QStringLiteral(": ") + href));
            }
        }
    }
    QVERIFY(links >= 10);
}

QWidget *TestHelp::goTo(const QString &screen)
{
    core::Store &store = *m_shop->store;
    if (screen == QLatin1String("login")) {
        m_window->logOut();
        return m_window->loginScreen();
    }
    // The register's screens, for a cashier; all but the opening need an open session.
    const QHash<QString, std::function<QWidget *()>> cashierScreens{
        {QStringLiteral("open-session"),
            [this] {
                m_window->showOpenSession();
                return m_window->openSessionScreen();
            }},
        {QStringLiteral("sale"),
            [this] {
                m_window->showSale();
                return m_window->saleScreen();
            }},
        {QStringLiteral("close-session"),
            [this] {
                m_window->showCloseSession();
                return m_window->closeSessionScreen();
            }},
        {QStringLiteral("refund"),
            [this] {
                m_window->showRefund();
                return m_window->refundScreen();
            }},
        {QStringLiteral("cash-movement"),
            [this] {
                m_window->showCashMovement();
                return m_window->cashMovementScreen();
            }},
    };
    if (const auto show = cashierScreens.constFind(screen); show != cashierScreens.constEnd()) {
        m_window->enter(m_shop->cashier);
        if (screen != QLatin1String("open-session") && !core::CashSessions(store).current())
            (void)core::CashSessions(store).open(m_shop->cashier, 10000);
        return (*show)()->parentWidget(); // the frame with the title band and its buttons
    }
    if (screen == QLatin1String("z-report")) {
        // A session closed without a variance: the closing screen ends on its Z report.
        goTo(QStringLiteral("close-session"));
        ui::CloseSessionScreen *closing = m_window->closeSessionScreen();
        auto *grid = closing->findChild<ui::DenominationGrid *>();
        auto *validate = closing->findChild<QPushButton *>(QStringLiteral("validateCountButton"));
        auto *close = closing->findChild<QPushButton *>(QStringLiteral("closeButton"));
        if (!grid || !validate || !close)
            return nullptr;
        core::DenominationCount count;
        count.insert(5000, 2); // the 100,00 € float, nothing sold
        grid->setCount(count);
        validate->click();
        close->click();
        if (closing->step() != ui::CloseSessionScreen::Step::Report)
            return nullptr;
        return closing->parentWidget();
    }
    if (screen == QLatin1String("reception")) {
        m_window->enter(m_shop->reception);
        m_window->showDeposit();
        return m_window->depositScreen()->parentWidget();
    }
    if (screen == QLatin1String("sync") || screen == QLatin1String("users")) {
        m_window->enter(m_shop->admin);
        m_window->showAdmin();
        if (!m_window->adminPanel() || !m_window->adminPanel()->showPage(screen))
            return nullptr;
        return m_window->adminPanel();
    }
    if (screen == QLatin1String("home")) {
        m_window->enter(m_shop->cashier);
        return m_window->homeScreen();
    }
    return nullptr;
}

void TestHelp::expectViewerAt(HelpTopic topic)
{
    ui::HelpViewer *viewer = Help::openViewer();
    QVERIFY(viewer);
    QTRY_VERIFY(viewer->isVisible());
    QVERIFY(viewer->isModal());
    // In front, with the keyboard: the page has the focus.
    QVERIFY(QTest::qWaitForWindowActive(viewer));
    QTRY_COMPARE(QApplication::focusWidget(), viewer->page());
    const QUrl url = Help::url(topic);
    QCOMPARE(viewer->currentDocument(), url.path());
    QCOMPARE(viewer->currentAnchor(), url.fragment(QUrl::FullyDecoded));
    // What the reader sees first is the section's own heading, not the top of the file.
    QCOMPARE(viewer->visibleHeading(), Help::heading(topic));
    if (topic != HelpTopic::Contents)
        QVERIFY(viewer->page()->verticalScrollBar()->value() > 0);
    // The contents list points at the same section.
    QVERIFY(viewer->contents()->currentItem());
    QCOMPARE(viewer->contents()->currentItem()->text(0), Help::heading(topic));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!Help::openViewer());
}

void TestHelp::helpOpensTheScreensSection_data()
{
    QTest::addColumn<QString>("screen");
    QTest::addColumn<bool>("byKey");
    QTest::addColumn<HelpTopic>("topic");
    const struct
    {
        const char *screen;
        HelpTopic topic;
    } screens[] = {{"login", HelpTopic::Login}, {"home", HelpTopic::Home},
        {"sale", HelpTopic::Sale}, {"close-session", HelpTopic::CloseSession},
        {"z-report", HelpTopic::ZReport}, {"open-session", HelpTopic::OpenSession},
        {"refund", HelpTopic::Refund}, {"cash-movement", HelpTopic::CashMovement},
        {"reception", HelpTopic::Reception}, {"sync", HelpTopic::AdminSync},
        {"users", HelpTopic::AdminUsers}};
    for (const auto &entry : screens) {
        QTest::addRow("%s, button", entry.screen)
            << QString::fromLatin1(entry.screen) << false << entry.topic;
        QTest::addRow("%s, F11", entry.screen)
            << QString::fromLatin1(entry.screen) << true << entry.topic;
    }
}

void TestHelp::helpOpensTheScreensSection()
{
    QFETCH(QString, screen);
    QFETCH(bool, byKey);
    QFETCH(HelpTopic, topic);

    QWidget *shown = goTo(screen);
    QVERIFY(shown);
    QVERIFY(shown->isVisible());
    QCOMPARE(m_window->helpTopic(), topic);
    if (byKey) {
        QTRY_VERIFY(
            QApplication::focusWidget() && QApplication::focusWidget()->window() == m_window.get());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F11);
    } else {
        QPushButton *help = nullptr;
        const QList<QPushButton *> buttons =
            shown->findChildren<QPushButton *>(QStringLiteral("helpButton"));
        for (QPushButton *button : buttons) {
            if (button->isVisible())
                help = button;
        }
        QVERIFY(help);
        QCOMPARE(help->text(), QStringLiteral("Help (F11)"));
        QTest::mouseClick(help, Qt::LeftButton);
    }
    expectViewerAt(topic);
    // Back on the screen the reader came from, with the keyboard still there.
    QVERIFY(shown->isVisible());
    QTRY_VERIFY(QApplication::activeWindow() == m_window.get());
}

void TestHelp::dialogsOpenTheirSection_data()
{
    QTest::addColumn<QString>("dialog");
    QTest::addColumn<bool>("byKey");
    QTest::addColumn<HelpTopic>("topic");
    for (const bool byKey : {false, true}) {
        const char *how = byKey ? "F11" : "button";
        QTest::addRow("payment, %s", how)
            << QStringLiteral("payment") << byKey << HelpTopic::Payment;
        QTest::addRow("first start, %s", how)
            << QStringLiteral("first-start") << byKey << HelpTopic::FirstStart;
        QTest::addRow("administrator's validation, %s", how)
            << QStringLiteral("unlock") << byKey << HelpTopic::AdminUnlock;
    }
}

void TestHelp::dialogsOpenTheirSection()
{
    QFETCH(QString, dialog);
    QFETCH(bool, byKey);
    QFETCH(HelpTopic, topic);

    std::unique_ptr<QDialog> shown;
    if (dialog == QLatin1String("payment"))
        shown = std::make_unique<ui::PaymentDialog>(1250, m_window.get());
    else if (dialog == QLatin1String("unlock"))
        shown = std::make_unique<ui::AdminUnlockDialog>(
            *m_shop->store, QStringLiteral("Refund of ticket T1"), m_window.get());
    else
        shown = std::make_unique<ui::FirstStartDialog>(QString(), m_window.get());
    shown->show();
    shown->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(shown.get()));
    if (byKey) {
        QTRY_VERIFY(
            QApplication::focusWidget() && QApplication::focusWidget()->window() == shown.get());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F11);
    } else {
        auto *help = shown->findChild<QPushButton *>(QStringLiteral("helpButton"));
        QVERIFY(help && help->isVisible());
        QTest::mouseClick(help, Qt::LeftButton);
    }
    // Over the dialog, not behind it.
    QVERIFY(Help::openViewer());
    QCOMPARE(Help::openViewer()->parentWidget(), shown.get());
    expectViewerAt(topic);
    QVERIFY(shown->isVisible()); // Escape closed the manual, not the payment
    shown.reset();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestHelp::viewerIsUsableWithTheKeyboard()
{
    goTo(QStringLiteral("sale"));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY(QApplication::focusWidget());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F11);
    ui::HelpViewer *viewer = Help::openViewer();
    QVERIFY(viewer);
    QTRY_VERIFY(viewer->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(viewer));
    QCOMPARE(viewer->currentAnchor(), Help::url(HelpTopic::Sale).fragment(QUrl::FullyDecoded));
    QVERIFY(!viewer->canGoBack());

    // A link to another page, then Alt+Left back to the section.
    QVERIFY(viewer->open(QUrl(QStringLiteral("depannage.md"))));
    QCOMPARE(viewer->currentDocument(), QStringLiteral("depannage.md"));
    QCOMPARE(viewer->visibleHeading(), Help::heading(HelpTopic::Troubleshooting));
    QTest::keyClick(viewer->page(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(viewer->currentDocument(), QStringLiteral("caisse.md"));
    QCOMPARE(viewer->visibleHeading(), Help::heading(HelpTopic::Sale));

    // An unknown section is refused and the page stays.
    QVERIFY(!viewer->open(QUrl(QStringLiteral("caisse.md#nowhere"))));
    QCOMPARE(viewer->currentDocument(), QStringLiteral("caisse.md"));

    // The contents: Alt+C reaches them from the page (which keeps Tab for its links), arrow
    // keys move from section to section and the page follows.
    QTRY_COMPARE(QApplication::focusWidget(), viewer->page());
    QTest::keyClick(viewer->page(), Qt::Key_C, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), viewer->contents());
    const QString before = viewer->visibleHeading();
    QTest::keyClick(viewer->contents(), Qt::Key_Down);
    QCOMPARE(viewer->visibleHeading(), viewer->contents()->currentItem()->text(0));
    QVERIFY(viewer->visibleHeading() != before);

    // Alt+Home shows the contents page.
    QTest::keyClick(viewer->contents(), Qt::Key_Home, Qt::AltModifier);
    QCOMPARE(viewer->currentDocument(), QStringLiteral("README.md"));
    QCOMPARE(viewer->visibleHeading(), Help::heading(HelpTopic::Contents));

    // The buttons are big enough for a finger.
    for (const char *name : {"helpBackButton", "helpContentsButton", "helpCloseButton"}) {
        auto *button = viewer->findChild<QPushButton *>(QLatin1String(name));
        QVERIFY(button);
        QVERIFY2(button->height() >= 48, name);
    }
    QTest::keyClick(viewer->page(), Qt::Key_Escape);
    QTRY_VERIFY(!Help::openViewer());
}

void TestHelp::unlockDialogWaitsForItsReader()
{
    // The administrator's validation gives up after a while alone, but not while someone reads
    // its section of the manual.
    ui::AdminUnlockDialog dialog(
        *m_shop->store, QStringLiteral("Refund of ticket T1"), m_window.get());
    // On the station's clock: the test moves it, nothing sleeps.
    ui::IdleCountdown *idle = dialog.idleCountdown();
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::mouseClick(
        dialog.findChild<QPushButton *>(QStringLiteral("helpButton")), Qt::LeftButton);
    QVERIFY(Help::openViewer());
    m_shop->clock.advanceSecs(61);
    idle->check();
    QVERIFY(dialog.isVisible());
    QVERIFY(Help::openViewer());
    Help::openViewer()->reject();
    QTRY_VERIFY(!Help::openViewer());
    m_shop->clock.advanceSecs(61);
    idle->check();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestHelp::helpKeyIsFreeOnTheRegister()
{
    // No button of any screen already answers the help key.
    const QList<QAbstractButton *> buttons = m_window->findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons)
        QVERIFY2(button->shortcut() != Help::key(), qPrintable(button->objectName()));
    QCOMPARE(Help::key(), QKeySequence(Qt::Key_F11));
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
