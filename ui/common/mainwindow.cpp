#include "mainwindow.h"

#include "aboutdialog.h"
#include "adminunlockdialog.h"
#include "branding.h"
#include "core/admin/sites.h"
#include "core/cashsession.h"
#include "core/drawer.h"
#include "core/money.h"
#include "core/permissions.h"
#include "core/registermode.h"
#include "core/scale.h"
#include "core/store.h"
#include "core/users.h"
#include "customerdisplayfeed.h"
#include "homescreen.h"
#include "idlecountdown.h"
#include "loginscreen.h"
#include "receiptoutput.h"
#include "touchkeyboarddock.h"
#include "ui/admin/adminpanel.h"
#include "ui/admin/closingspage.h"
#include "ui/admin/devicespage.h"
#include "ui/cashier/cashmovementscreen.h"
#include "ui/cashier/closesessionscreen.h"
#include "ui/cashier/opensessionscreen.h"
#include "ui/cashier/refundscreen.h"
#include "ui/cashier/salescreen.h"
#include "ui/cashier/zreportview.h"
#include "ui/reception/depositscreen.h"
#include "ui/reception/outflowscreen.h"
#include "ui/sync/firststartdialog.h"
#include "ui/sync/syncbadge.h"

#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace recaisse::ui {

namespace {
// The session state in the status bar can change from another window (the CLI, a sync).
constexpr int statusRefreshMs = 60 * 1000;
// A register left alone is locked after five minutes unless the station says otherwise.
constexpr int defaultIdleLockMs = 5 * 60 * 1000;
// How long a printing outcome stays in the status bar; a failure stays longer.
constexpr int printMessageMs = 10 * 1000;
constexpr int printErrorMs = 60 * 1000;
// How many times a wrong unlock PIN is asked again before giving up.
constexpr int maxUnlockAttempts = 3;
} // namespace

MainWindow::MainWindow(core::Store &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ReCaisse — %1").arg(store.site().name));
    // The layouts decide the smallest size (1024×768 screens and up); present() fits the screen.
    resize(1366, 768);

    m_stack = new QStackedWidget(this);
    m_login = new LoginScreen(store, m_stack);
    m_home = new HomeScreen(store, m_stack);
    m_stack->addWidget(m_login);
    m_stack->addWidget(m_home);
    setCentralWidget(m_stack);

    const UnlockPrompt unlock = AdminUnlockDialog::prompt(store, this);
    m_unlockPrompt = unlock;
    m_openSession = new OpenSessionScreen(store, m_stack);
    m_stack->addWidget(framed(m_openSession, tr("Open the register")));
    m_sale = new SaleScreen(store, m_stack);
    m_sale->setUnlockPrompt(unlock);
    m_stack->addWidget(framed(m_sale, tr("Sale")));
    m_closeSession = new CloseSessionScreen(store, m_stack);
    m_closeSession->setUnlockPrompt(unlock);
    m_stack->addWidget(framed(m_closeSession, tr("Close the register")));
    m_refund = new RefundScreen(store, m_stack);
    m_refund->setUnlockPrompt(unlock);
    m_stack->addWidget(framed(m_refund, tr("Refund a ticket")));
    m_cashMovement = new CashMovementScreen(store, m_stack);
    m_stack->addWidget(framed(m_cashMovement, tr("Cash in or out")));
    m_deposit = new DepositScreen(store, m_stack);
    m_deposit->setUnlockPrompt(unlock);
    m_stack->addWidget(framed(m_deposit, tr("Reception of a donation")));
    m_outflow = new OutflowScreen(store, m_stack);
    m_outflow->setUnlockPrompt(unlock);
    m_stack->addWidget(framed(m_outflow, tr("Outflows")));

    connect(m_login, &LoginScreen::loggedIn, this, &MainWindow::enter);
    connect(m_home, &HomeScreen::loggedOut, this, &MainWindow::logOut);
    connect(m_home, &HomeScreen::openSessionRequested, this, &MainWindow::showOpenSession);
    connect(m_home, &HomeScreen::saleRequested, this, &MainWindow::showSale);
    connect(m_home, &HomeScreen::closeSessionRequested, this, &MainWindow::showCloseSession);
    connect(m_home, &HomeScreen::depositRequested, this, &MainWindow::showDeposit);
    connect(m_home, &HomeScreen::outflowRequested, this, &MainWindow::showOutflow);
    // Once the drawer is counted in, the register is ready to sell.
    connect(m_openSession, &OpenSessionScreen::sessionOpened, this, &MainWindow::showSale);
    connect(m_sale, &SaleScreen::saleRecorded, this, &MainWindow::updateStatus);
    connect(m_closeSession, &CloseSessionScreen::sessionClosed, this, &MainWindow::updateStatus);
    connect(m_home, &HomeScreen::refundRequested, this, &MainWindow::showRefund);
    connect(m_home, &HomeScreen::cashMovementRequested, this, &MainWindow::showCashMovement);
    connect(m_refund, &RefundScreen::cancelled, this, &MainWindow::showHome);
    connect(m_cashMovement, &CashMovementScreen::cancelled, this, &MainWindow::showHome);
    connect(m_openSession, &OpenSessionScreen::cancelled, this, &MainWindow::showHome);
    connect(m_closeSession, &CloseSessionScreen::cancelled, this, &MainWindow::showHome);
    connect(m_closeSession, &CloseSessionScreen::finished, this, &MainWindow::showHome);
    connect(m_home, &HomeScreen::openDrawerRequested, this, &MainWindow::openDrawer);
    connect(m_home, &HomeScreen::adminRequested, this, &MainWindow::showAdmin);

    // Core has committed each document before it reaches the printer; a printer that fails
    // only says so in the status bar.
    m_receipts = new ReceiptOutput(store, this);
    m_receipts->setConfig(ReceiptOutput::Config::fromSettings(
        QSettings(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    connect(m_receipts, &ReceiptOutput::message, this, &MainWindow::showPrintMessage);
    connect(m_receipts, &ReceiptOutput::message, this, [this](const QString &text, bool error) {
        reportDevice(core::Device::ReceiptPrinter, !error, text);
    });
    m_touchKeyboard = new TouchKeyboardDock(TouchKeyboardDock::modeFromSettings(QSettings()), this);
    // The station's scale (device-local scale/*), one for every screen that weighs; its problems
    // also go to the status bar.
    if (const auto scaleSettings = core::ScaleSettings::fromSettings(QSettings());
        scaleSettings.configured()) {
        m_scale = new core::Scale(scaleSettings, this);
        connect(m_scale, &core::Scale::problemOccurred, this,
            [this](core::Scale::Problem, const QString &text) {
                showPrintMessage(text, true);
                reportDevice(core::Device::Scale, false, text);
            });
        connect(m_scale, &core::Scale::readingChanged, this,
            [this] { reportDevice(core::Device::Scale, true, {}); });
        m_deposit->setScale(m_scale);
        m_outflow->setScale(m_scale);
        m_sale->setScale(m_scale);
        static_cast<void>(m_scale->start()); // a failure comes as problemOccurred
    }
    // The customer display, when this station has one (device-local display/* settings).
    if (const auto display = core::CustomerDisplaySettings::fromSettings(QSettings());
        display.configured()) {
        auto *feed = new CustomerDisplayFeed(store, display, this);
        connect(feed, &CustomerDisplayFeed::message, this, &MainWindow::showPrintMessage);
        connect(feed, &CustomerDisplayFeed::message, this, [this](const QString &text, bool error) {
            reportDevice(core::Device::CustomerDisplay, !error, text);
        });
        connect(feed, &CustomerDisplayFeed::working, this,
            [this] { reportDevice(core::Device::CustomerDisplay, true, {}); });
        connect(m_sale, &SaleScreen::lineAdded, feed, &CustomerDisplayFeed::showLine);
        connect(m_sale, &SaleScreen::paymentStarted, feed, &CustomerDisplayFeed::showTotal);
        connect(m_sale, &SaleScreen::saleRecorded, feed, &CustomerDisplayFeed::showSale);
        feed->start();
    }
    connect(m_sale, &SaleScreen::ticketPrintRequested, m_receipts,
        [this](const core::Sale &sale, bool openDrawer) {
            m_receipts->printSale(sale, false, openDrawer);
        });
    connect(m_sale, &SaleScreen::drawerOpenRequested, m_receipts, [this] {
        if (m_receipts->hasDrawer())
            m_receipts->kickDrawer();
    });
    connect(m_sale, &SaleScreen::taxReceiptIssued, m_receipts,
        [this](const core::TaxReceipt &receipt) { m_receipts->writeTaxReceipt(receipt); });
    connect(m_sale, &SaleScreen::reprintRequested, m_receipts,
        [this](const core::Sale &sale) { m_receipts->printSale(sale, true); });
    connect(m_deposit, &DepositScreen::depositRecorded, m_receipts,
        [this](const core::Deposit &deposit) {
            m_receipts->printDeposit(deposit, m_deposit->lastDraft());
        });
    connect(m_deposit, &DepositScreen::printRequested, m_receipts,
        [this](const core::Deposit &deposit) {
            m_receipts->printDeposit(deposit, m_deposit->lastDraft(), true);
        });
    connect(m_closeSession, &CloseSessionScreen::sessionClosed, m_receipts,
        [this](const core::ZReport &report) { m_receipts->printZReport(report); });
    connect(m_closeSession->reportView(), &ZReportView::printRequested, m_receipts,
        [this] { m_receipts->printZReport(m_closeSession->reportView()->report(), true); });

    m_heldTicketPrompt = [this](const QString &ownerName, const core::SaleDraft &ticket) {
        QMessageBox box(QMessageBox::Question, tr("Unpaid ticket"),
            tr("%1 left an unpaid ticket (%n line(s), %2) when the register locked.", nullptr,
                int(ticket.lines.size()))
                .arg(ownerName, core::money::format(core::Sales::total(ticket))),
            QMessageBox::NoButton, this);
        box.setInformativeText(
            tr("Keep it for %1, who will find it when logging in again, or discard it?")
                .arg(ownerName));
        QPushButton *keep =
            box.addButton(tr("Keep it for %1").arg(ownerName), QMessageBox::AcceptRole);
        box.addButton(tr("Discard it"), QMessageBox::DestructiveRole);
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        return box.clickedButton() == keep;
    };

    m_stationStatus = new QLabel(this);
    m_userStatus = new QLabel(this);
    m_userStatus->setObjectName(QStringLiteral("userStatus"));
    m_userStatus->setProperty("peopleData", true); // a person's name, not a text to translate
    m_sessionStatus = new QLabel(this);
    // Whether the register is open, and since when, is never cut: the user's name gives way.
    m_sessionStatus->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    // A demo shop says so on every screen, at the left of the status bar (core decides).
    if (store.isDemo()) {
        // Short, so that it is never cut on a 1024 pixel wide screen; the rest says it in full.
        auto *demo = new QLabel(tr("DEMONSTRATION"), this);
        demo->setObjectName(QStringLiteral("demoMark"));
        demo->setToolTip(tr("DEMO SHOP — fictitious data"));
        demo->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
        statusBar()->addWidget(demo);
    }
    statusBar()->addWidget(m_stationStatus);
    statusBar()->addWidget(m_userStatus, 1);
    m_badgeSlot = new QWidget(this);
    m_badgeSlot->setObjectName(QStringLiteral("statusBadgeSlot"));
    auto *badgeLayout = new QHBoxLayout(m_badgeSlot);
    badgeLayout->setContentsMargins(0, 0, 0, 0);
    m_badgeSlot->hide();
    statusBar()->addPermanentWidget(m_badgeSlot);
    statusBar()->addPermanentWidget(m_sessionStatus);
    // At the far right of every screen, login included: support asks for it first.
    auto *about = new QToolButton(this);
    about->setObjectName(QStringLiteral("aboutButton"));
    about->setText(tr("About"));
    about->setToolTip(tr("Version of ReCaisse and information for the support"));
    about->setAutoRaise(true);
    about->setCursor(Qt::PointingHandCursor);
    about->setFocusPolicy(Qt::NoFocus); // the register's keys stay on the screen
    about->setMinimumHeight(36);
    connect(about, &QToolButton::clicked, this, &MainWindow::showAbout);
    statusBar()->addPermanentWidget(about);
    statusBar()->setSizeGripEnabled(false);

    m_idleTimer = new IdleCountdown(store.clock(), defaultIdleLockMs, this);
    connect(m_idleTimer, &IdleCountdown::timeout, this, [this] {
        if (m_actor)
            logOut();
    });
    qApp->installEventFilter(this);

    auto *timer = new QTimer(this);
    timer->setInterval(statusRefreshMs);
    connect(timer, &QTimer::timeout, this, &MainWindow::updateStatus);
    timer->start();

    Help::installKey(this, [this] { return helpTopic(); });

    applyBranding();
    updateStatus();
}

QString MainWindow::styleSheet()
{
    QFile file(QStringLiteral(":/style/recaisse.qss"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll());
}

void MainWindow::setSyncBadge(QWidget *badge)
{
    QLayout *layout = m_badgeSlot->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *old = item->widget(); old && old != badge)
            old->deleteLater();
        delete item;
    }
    if (badge)
        layout->addWidget(badge);
    m_badgeSlot->setVisible(badge != nullptr);
}

void MainWindow::showSyncOf(core::sync::SyncService &sync)
{
    auto *badge = new SyncBadge;
    connect(sync.worker(), &core::sync::SyncWorker::snapshotChanged, badge, &SyncBadge::show);
    connect(badge, &SyncBadge::syncRequested, &sync, &core::sync::SyncService::syncNow);
    setSyncBadge(badge);
}

void MainWindow::offerStationSetUp(const QString &stationPath)
{
    auto *setUp = new QPushButton(tr("Set up this computer…"), m_badgeSlot);
    setUp->setObjectName(QStringLiteral("setUpButton"));
    setUp->setMinimumHeight(36);
    connect(setUp, &QPushButton::clicked, this, [this, stationPath] {
        FirstStartDialog dialog(stationPath, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        QMessageBox::information(this, tr("ReCaisse"),
            tr("This computer is now a station of the shop. ReCaisse restarts on it."));
        emit stationSetUp();
    });
    auto *layout = qobject_cast<QHBoxLayout *>(m_badgeSlot->layout());
    layout->insertWidget(0, setUp);
    m_badgeSlot->show();
}

void MainWindow::setRegisterMode(bool on)
{
    m_registerMode = on;
    setWindowFlag(Qt::FramelessWindowHint, on);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_registerMode) {
        event->accept();
        return;
    }
    const auto unlock =
        m_unlockPrompt ? m_unlockPrompt(tr("Leave register mode")) : std::optional<core::Unlock>();
    const auto allowed = core::RegisterMode(m_store).authorizeLeaving(unlock);
    if (!allowed) {
        if (unlock)
            showPrintMessage(allowed.error().message, true);
        event->ignore();
        return;
    }
    event->accept();
}

void MainWindow::present()
{
    if (m_registerMode) {
        showFullScreen();
        return;
    }
    const QScreen *screen = this->screen();
    const QRect available = screen ? screen->availableGeometry() : QRect();
    if (available.isValid()) {
        resize(size().boundedTo(available.size()));
        // The register's screens are laid out for the whole of a small screen.
        if (available.width() <= 1366 || available.height() <= 768) {
            showMaximized();
            return;
        }
    }
    show();
}

AboutDialog *MainWindow::showAbout()
{
    auto *dialog =
        new AboutDialog(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
            m_store.db().path(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::setUnlockPrompt(UnlockPrompt prompt)
{
    m_unlockPrompt = prompt;
    m_sale->setUnlockPrompt(prompt);
    m_closeSession->setUnlockPrompt(prompt);
    m_refund->setUnlockPrompt(prompt);
    m_deposit->setUnlockPrompt(prompt);
    m_outflow->setUnlockPrompt(prompt);
}

void MainWindow::setHeldTicketPrompt(HeldTicketPrompt prompt)
{
    m_heldTicketPrompt = std::move(prompt);
}

QStringList MainWindow::heldTicketOwners() const
{
    return m_heldTickets.keys();
}

void MainWindow::reportDevice(core::Device device, bool worked, const QString &text)
{
    if (worked)
        m_deviceFaults.worked(device);
    else
        m_deviceFaults.failed(device, text, m_store.clock().nowUtc());
}

void MainWindow::showPrintMessage(const QString &text, bool error)
{
    statusBar()->setProperty("error", error);
    statusBar()->style()->unpolish(statusBar());
    statusBar()->style()->polish(statusBar());
    statusBar()->showMessage(text, error ? printErrorMs : printMessageMs);
}

void MainWindow::openDrawer()
{
    if (!m_actor)
        return;
    if (!m_receipts->hasDrawer()) {
        showPrintMessage(tr("No cash drawer is connected to this station."), true);
        return;
    }
    const bool needsUnlock = !core::Users(m_store).may(*m_actor, core::Permission::OpenDrawer);
    // A mistyped PIN is asked again (core counts the failures and locks the account).
    for (int attempt = 0; attempt < maxUnlockAttempts; ++attempt) {
        std::optional<core::Unlock> unlock;
        if (needsUnlock) {
            unlock = m_unlockPrompt ? m_unlockPrompt(tr("Open the cash drawer without a sale"))
                                    : std::nullopt;
            if (!unlock)
                return;
        }
        const auto allowed = core::CashDrawer(m_store).authorizeOpening(*m_actor, unlock);
        if (allowed) {
            m_receipts->kickDrawer();
            return;
        }
        showPrintMessage(allowed.error().message, true);
        if (!needsUnlock || allowed.error().code != core::ErrorCode::AuthenticationFailed)
            return;
    }
}

void MainWindow::holdTicket()
{
    if (!m_actor || !m_sale->hasUnpaidLines())
        return;
    m_heldTickets.insert(m_actor->userId, HeldTicket{m_actor->name, m_sale->takeTicket()});
}

bool MainWindow::settleHeldTickets(const core::Actor &actor)
{
    const QStringList owners = m_heldTickets.keys();
    for (const QString &owner : owners) {
        if (owner == actor.userId)
            continue;
        const HeldTicket &held = m_heldTickets[owner];
        // Never mixed into the newcomer's sale: kept apart for its owner, or dropped.
        if (!m_heldTicketPrompt || !m_heldTicketPrompt(held.ownerName, held.draft))
            m_heldTickets.remove(owner);
    }
    const auto own = m_heldTickets.constFind(actor.userId);
    if (own == m_heldTickets.constEnd())
        return false;
    m_sale->restoreTicket(own->draft);
    m_heldTickets.erase(own);
    return true;
}

void MainWindow::setIdleLockDelay(int milliseconds)
{
    m_idleTimer->setInterval(qMax(0, milliseconds));
    if (milliseconds <= 0)
        m_idleTimer->stop();
    else if (m_actor)
        m_idleTimer->start();
}

int MainWindow::idleLockDelay() const
{
    return m_idleTimer->interval();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Alt+F4 in register mode: the window asks for an administrator instead of any widget
    // acting on it.
    if (m_registerMode && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_F4 && key->modifiers().testFlag(Qt::AltModifier)) {
            close();
            return true;
        }
    }
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        if (m_actor && m_idleTimer->interval() > 0)
            m_idleTimer->start(); // someone is there: the countdown starts again
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::enter(const core::Actor &actor)
{
    if (!m_actor || m_actor->userId != actor.userId)
        statusBar()->clearMessage();
    m_actor = actor;
    if (m_idleTimer->interval() > 0)
        m_idleTimer->start();
    m_openSession->setActor(actor);
    m_sale->setActor(actor);
    m_closeSession->setActor(actor);
    m_deposit->setActor(actor);
    m_outflow->setActor(actor);
    m_refund->setActor(actor);
    m_cashMovement->setActor(actor);
    m_home->showFor(actor);
    m_stack->setCurrentWidget(m_home);
    // The F-keys of the home screen must not go to a field of a screen left behind.
    m_home->setFocus();
    updateStatus();
    if (settleHeldTickets(actor) && core::CashSessions(m_store).current())
        showSale();
}

QWidget *MainWindow::framed(QWidget *screen, const QString &title)
{
    auto *frame = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *band = new QWidget(frame);
    band->setObjectName(QStringLiteral("screenBand"));
    band->setAttribute(Qt::WA_StyledBackground);
    auto *bandLayout = new QHBoxLayout(band);
    bandLayout->setContentsMargins(24, 4, 24, 4);
    auto *back = new QPushButton(tr("← Home"), band);
    back->setObjectName(QStringLiteral("homeButton"));
    back->setAutoDefault(false);
    back->setFocusPolicy(Qt::TabFocus);
    connect(back, &QPushButton::clicked, this, &MainWindow::showHome);
    bandLayout->addWidget(back);
    bandLayout->addSpacing(16);
    bandLayout->addWidget(new QLabel(title, band), 1);
    bandLayout->addWidget(Help::button(band, [this] { return helpTopic(); }));
    layout->addWidget(band);
    screen->setParent(frame);
    layout->addWidget(screen, 1);
    return frame;
}

void MainWindow::showFramed(QWidget *screen)
{
    m_stack->setCurrentWidget(screen->parentWidget());
    screen->setFocus();
    updateStatus();
}

QWidget *MainWindow::currentScreen() const
{
    QWidget *current = m_stack->currentWidget();
    for (QWidget *screen : {static_cast<QWidget *>(m_openSession), static_cast<QWidget *>(m_sale),
             static_cast<QWidget *>(m_closeSession), static_cast<QWidget *>(m_deposit),
             static_cast<QWidget *>(m_refund), static_cast<QWidget *>(m_cashMovement),
             static_cast<QWidget *>(m_outflow)}) {
        if (screen->parentWidget() == current)
            return screen;
    }
    return current;
}

HelpTopic MainWindow::helpTopic() const
{
    QWidget *screen = currentScreen();
    if (screen == m_home)
        return HelpTopic::Home;
    if (screen == m_openSession)
        return HelpTopic::OpenSession;
    if (screen == m_sale)
        return HelpTopic::Sale;
    if (screen == m_closeSession) {
        return m_closeSession->step() == CloseSessionScreen::Step::Report ? HelpTopic::ZReport
                                                                          : HelpTopic::CloseSession;
    }
    if (screen == m_refund)
        return HelpTopic::Refund;
    if (screen == m_cashMovement)
        return HelpTopic::CashMovement;
    if (screen == m_deposit || screen == m_outflow)
        return HelpTopic::Reception;
    if (m_admin && screen == m_admin)
        return Help::adminPageTopic(m_admin->currentPage());
    return HelpTopic::Login;
}

void MainWindow::showHome()
{
    if (!m_actor) {
        logOut();
        return;
    }
    applyBranding(); // an admin may just have changed it
    m_home->showFor(*m_actor);
    m_stack->setCurrentWidget(m_home);
    m_home->setFocus();
    updateStatus();
}

void MainWindow::showOpenSession()
{
    m_openSession->reset();
    showFramed(m_openSession);
}

void MainWindow::showSale()
{
    showFramed(m_sale);
}

void MainWindow::showCloseSession()
{
    m_closeSession->reset();
    showFramed(m_closeSession);
}

void MainWindow::showDeposit()
{
    showFramed(m_deposit);
}

void MainWindow::showOutflow()
{
    showFramed(m_outflow);
}

void MainWindow::showRefund()
{
    m_refund->reset();
    showFramed(m_refund);
}

void MainWindow::showCashMovement()
{
    m_cashMovement->reset();
    showFramed(m_cashMovement);
}

void MainWindow::setAdminPanelSetup(AdminPanelSetup setup)
{
    m_adminSetup = std::move(setup);
}

void MainWindow::showAdmin()
{
    if (!m_actor)
        return;
    dropAdmin();
    // The panel refuses (and core audits) anyone who may not see it. It has its own title band
    // with a way back, so it is not framed like the register's screens.
    m_admin = new AdminPanel(m_store, *m_actor, m_stack);
    if (m_adminSetup && !m_admin->refused())
        m_adminSetup(*m_admin, *m_actor);
    if (m_admin->devicesPage())
        m_admin->devicesPage()->setStationScale(m_scale);
    if (m_admin->closingsPage())
        connect(m_admin->closingsPage(), &ClosingsPage::printRequested, m_receipts,
            [this](const core::PeriodClosing &closing) { m_receipts->printClosing(closing); });
    connect(m_admin, &AdminPanel::closeRequested, this, &MainWindow::showHome);
    m_stack->addWidget(m_admin);
    m_stack->setCurrentWidget(m_admin);
    m_admin->setFocus();
    updateStatus();
}

void MainWindow::dropAdmin()
{
    if (!m_admin)
        return;
    m_stack->removeWidget(m_admin);
    m_admin->deleteLater();
    m_admin = nullptr;
}

void MainWindow::logOut()
{
    holdTicket();
    dropAdmin(); // the back office belongs to the person who opened it
    // What was printed for the last person is not the next one's business.
    statusBar()->clearMessage();
    m_idleTimer->stop();
    m_actor.reset();
    applyBranding();
    m_login->reset();
    m_stack->setCurrentWidget(m_login);
    updateStatus();
}

void MainWindow::applyBranding()
{
    const auto site = core::Sites(m_store).branding();
    if (!site) {
        qWarning("Cannot read the site's branding: %s", qUtf8Printable(site.error().message));
        return;
    }
    setWindowTitle(tr("ReCaisse — %1").arg(site->name));
    // The sale and deposit screens carry their own sheets with the same greens.
    for (QWidget *screen : {static_cast<QWidget *>(m_sale), static_cast<QWidget *>(m_deposit)}) {
        static const char baseProperty[] = "recaisseUnbrandedStyleSheet";
        if (!screen)
            continue;
        if (!screen->property(baseProperty).isValid())
            screen->setProperty(baseProperty, screen->styleSheet());
        const QString branded =
            branding::styleSheet(screen->property(baseProperty).toString(), *site);
        if (screen->styleSheet() != branded)
            screen->setStyleSheet(branded);
    }
    const QString base = styleSheet();
    QString sheet = branding::styleSheet(base, *site);
    // Without branding the application's own sheet applies: nothing to set on the window.
    if (sheet == base)
        sheet.clear();
    if (sheet == m_brandedStyleSheet)
        return;
    m_brandedStyleSheet = sheet;
    // Set on the window itself (over the application's sheet), so that the screens inside it
    // take the site's colours.
    QWidget::setStyleSheet(sheet);
}

void MainWindow::updateStatus()
{
    // Short texts: the whole status bar fits a 1024 px screen without cutting any of them.
    m_stationStatus->setText(
        tr("%1 · %2", "station code and kind")
            .arg(m_store.station().code, core::displayName(m_store.station().kind)));
    m_stationStatus->setToolTip(tr("This station"));
    // The name alone: with a demo shop's mark, name and role together were cut at 1024 px. The
    // role is in the tooltip, and in the header of every screen that depends on it.
    m_userStatus->setText(m_actor ? m_actor->name : tr("Nobody logged in"));
    m_userStatus->setToolTip(m_actor
            ? tr("%1 (%2)", "who is logged in").arg(m_actor->name, core::displayName(m_actor->role))
            : QString());

    if (m_store.station().kind != core::StationKind::Register) {
        m_sessionStatus->setText(tr("No cash register on this station"));
        return;
    }
    const auto session = core::CashSessions(m_store).current();
    if (!session) {
        m_sessionStatus->setText(tr("Register closed"));
        return;
    }
    const QDateTime opened = session->openedUtc.toTimeZone(m_store.timeZone());
    // Day and month only for a session left open overnight: the status bar fits 1024 px.
    if (m_store.businessDay(session->openedUtc) == m_store.today()) {
        m_sessionStatus->setText(tr("Register open at %1 (%2)")
                                     .arg(QLocale().toString(opened.time(), QLocale::ShortFormat),
                                         session->cashierName));
    } else {
        m_sessionStatus->setText(
            tr("Register open since %1 (%2)")
                .arg(opened.toString(QStringLiteral("dd/MM HH:mm")), session->cashierName));
    }
}

} // namespace recaisse::ui
