#include "mainwindow.h"

#include "core/cashsession.h"
#include "core/store.h"
#include "homescreen.h"
#include "loginscreen.h"

#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace recaisse::ui {

namespace {
// The session state in the status bar can change from another window (the CLI, a sync).
constexpr int statusRefreshMs = 60 * 1000;
} // namespace

MainWindow::MainWindow(core::Store &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ReCaisse — %1").arg(store.site().name));
    setMinimumSize(1024, 700);
    resize(1366, 768);

    m_stack = new QStackedWidget(this);
    m_login = new LoginScreen(store, m_stack);
    m_home = new HomeScreen(store, m_stack);
    m_stack->addWidget(m_login);
    m_stack->addWidget(m_home);
    setCentralWidget(m_stack);

    connect(m_login, &LoginScreen::loggedIn, this, &MainWindow::enter);
    connect(m_home, &HomeScreen::loggedOut, this, &MainWindow::logOut);

    m_stationStatus = new QLabel(this);
    m_userStatus = new QLabel(this);
    m_sessionStatus = new QLabel(this);
    statusBar()->addWidget(m_stationStatus);
    statusBar()->addWidget(m_userStatus, 1);
    statusBar()->addPermanentWidget(m_sessionStatus);
    statusBar()->setSizeGripEnabled(false);

    auto *timer = new QTimer(this);
    timer->setInterval(statusRefreshMs);
    connect(timer, &QTimer::timeout, this, &MainWindow::updateStatus);
    timer->start();

    updateStatus();
}

QString MainWindow::styleSheet()
{
    QFile file(QStringLiteral(":/style/recaisse.qss"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll());
}

void MainWindow::enter(const core::Actor &actor)
{
    m_actor = actor;
    m_home->showFor(actor);
    m_stack->setCurrentWidget(m_home);
    updateStatus();
}

void MainWindow::logOut()
{
    m_actor.reset();
    m_login->reset();
    m_stack->setCurrentWidget(m_login);
    updateStatus();
}

void MainWindow::updateStatus()
{
    m_stationStatus->setText(
        tr("Station %1 (%2)")
            .arg(m_store.station().code, core::displayName(m_store.station().kind)));
    m_userStatus->setText(m_actor
            ? tr("Logged in: %1 (%2)").arg(m_actor->name, core::displayName(m_actor->role))
            : tr("Nobody logged in"));

    if (m_store.station().kind != core::StationKind::Register) {
        m_sessionStatus->setText(tr("No cash register on this station"));
        return;
    }
    const auto session = core::CashSessions(m_store).current();
    if (!session) {
        m_sessionStatus->setText(tr("No cash session open"));
        return;
    }
    const QDateTime opened = session->openedUtc.toTimeZone(m_store.timeZone());
    const QString when = m_store.businessDay(session->openedUtc) == m_store.today()
        ? QLocale().toString(opened.time(), QLocale::ShortFormat)
        : QLocale().toString(opened, QLocale::ShortFormat);
    m_sessionStatus->setText(tr("Cash session open since %1 (%2)").arg(when, session->cashierName));
}

} // namespace recaisse::ui
