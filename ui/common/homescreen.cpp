#include "homescreen.h"

#include "branding.h"
#include "core/admin/sites.h"
#include "core/cashsession.h"
#include "core/closings.h"
#include "core/money.h"
#include "core/permissions.h"
#include "core/statistics.h"
#include "core/store.h"
#include "core/users.h"
#include "helptopics.h"
#include "ui/common/keytext.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace recaisse::ui {

namespace {

struct Card
{
    QFrame *frame = nullptr;
    QLabel *headline = nullptr;
    QWidget *figures = nullptr;
    QGridLayout *grid = nullptr;
};

Card makeCard(QWidget *parent, const QString &title)
{
    Card card;
    card.frame = new QFrame(parent);
    card.frame->setObjectName(QStringLiteral("card"));
    auto *layout = new QVBoxLayout(card.frame);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(8);

    auto *titleLabel = new QLabel(title, card.frame);
    titleLabel->setObjectName(QStringLiteral("cardTitle"));
    titleLabel->setWordWrap(true);
    layout->addWidget(titleLabel);

    card.headline = new QLabel(card.frame);
    card.headline->setObjectName(QStringLiteral("cardHeadline"));
    card.headline->setWordWrap(true);
    layout->addWidget(card.headline);

    card.figures = new QWidget(card.frame);
    card.grid = new QGridLayout(card.figures);
    card.grid->setContentsMargins(0, 0, 0, 0);
    card.grid->setHorizontalSpacing(10);
    card.grid->setVerticalSpacing(8);
    card.grid->setColumnStretch(1, 1);
    layout->addWidget(card.figures);
    layout->addStretch(1);
    return card;
}

QLabel *addFigure(const Card &card, const QString &caption)
{
    const int row = card.grid->rowCount();
    auto *captionLabel = new QLabel(caption, card.figures);
    captionLabel->setObjectName(QStringLiteral("figureCaption"));
    // A caption may take two lines; the figure beside it never is cut.
    captionLabel->setWordWrap(true);
    auto *value = new QLabel(card.figures);
    value->setObjectName(QStringLiteral("figureValue"));
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    card.grid->addWidget(captionLabel, row, 0);
    card.grid->addWidget(value, row, 1);
    return value;
}

} // namespace

HomeScreen::HomeScreen(core::Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("homeScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // Header: who is logged in, and the way out.
    auto *band = new QFrame(this);
    band->setObjectName(QStringLiteral("topBand"));
    auto *bandLayout = new QHBoxLayout(band);
    bandLayout->setContentsMargins(24, 12, 24, 12);
    m_logo = new QLabel(band);
    m_logo->setObjectName(QStringLiteral("siteLogo"));
    m_logo->hide();
    bandLayout->addWidget(m_logo, 0, Qt::AlignVCenter);
    auto *who = new QVBoxLayout();
    who->setSpacing(2);
    m_greeting = new QLabel(band);
    m_greeting->setObjectName(QStringLiteral("siteName"));
    who->addWidget(m_greeting);
    m_roleLabel = new QLabel(band);
    m_roleLabel->setObjectName(QStringLiteral("stationLabel"));
    // Role, station and site: on two lines rather than wider than a 1024 px screen.
    m_roleLabel->setWordWrap(true);
    who->addWidget(m_roleLabel);
    bandLayout->addLayout(who, 1);

    auto *refreshButton = new QPushButton(tr("Refresh figures"), band);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    refreshButton->setMinimumHeight(56);
    refreshButton->setAutoDefault(false);
    connect(refreshButton, &QPushButton::clicked, this, &HomeScreen::refresh);
    bandLayout->addWidget(refreshButton);
    auto *helpButton = Help::button(band, [] { return HelpTopic::Home; });
    helpButton->setMinimumHeight(56);
    bandLayout->addWidget(helpButton);

    auto *logoutButton = new QPushButton(tr("Log out (%1)").arg(keyText(Qt::Key_F10)), band);
    logoutButton->setShortcut(QKeySequence(Qt::Key_F10));
    logoutButton->setObjectName(QStringLiteral("logoutButton"));
    logoutButton->setMinimumSize(180, 64);
    logoutButton->setAutoDefault(false);
    connect(logoutButton, &QPushButton::clicked, this, &HomeScreen::loggedOut);
    bandLayout->addWidget(logoutButton);
    layout->addWidget(band);

    auto *body = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(16, 16, 16, 16);
    // What this person can do here: the register's main gestures on the first row, the
    // occasional ones on the next two (at most three a row, so that they fit 1024 px);
    // F1..F7 from the keyboard.
    auto *mainActions = new QHBoxLayout();
    mainActions->setSpacing(16);
    auto *otherActions = new QHBoxLayout();
    otherActions->setSpacing(16);
    auto *moreActions = new QHBoxLayout();
    moreActions->setSpacing(16);
    const auto addAction = [&](QHBoxLayout *row, const QString &text, const char *name, Qt::Key key,
                               void (HomeScreen::*signal)()) {
        auto *button = new QPushButton(text.arg(keyText(key)), body);
        button->setObjectName(QLatin1String(name));
        button->setProperty("role", QStringLiteral("action"));
        button->setMinimumHeight(row == mainActions ? 72 : 60);
        // The occasional gestures in a smaller type.
        button->setProperty("secondary", row != mainActions);
        button->setShortcut(QKeySequence(key));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, signal);
        row->addWidget(button, 1);
        return button;
    };
    m_openButton = addAction(mainActions, tr("Open the register (%1)"), "openSessionButton",
        Qt::Key_F1, &HomeScreen::openSessionRequested);
    m_saleButton = addAction(
        mainActions, tr("Sell (%1)"), "saleButton", Qt::Key_F2, &HomeScreen::saleRequested);
    m_closeButton = addAction(mainActions, tr("Close the register (%1)"), "closeSessionButton",
        Qt::Key_F3, &HomeScreen::closeSessionRequested);
    m_refundButton = addAction(otherActions, tr("Refund a ticket (%1)"), "refundButton", Qt::Key_F5,
        &HomeScreen::refundRequested);
    m_cashButton = addAction(otherActions, tr("Cash in or out (%1)"), "cashMovementButton",
        Qt::Key_F6, &HomeScreen::cashMovementRequested);
    m_depositButton = addAction(moreActions, tr("Receive a donation (%1)"), "depositButton",
        Qt::Key_F4, &HomeScreen::depositRequested);
    m_outflowButton = addAction(moreActions, tr("Outflows (%1)"), "outflowButton", Qt::Key_F8,
        &HomeScreen::outflowRequested);
    m_drawerButton = addAction(moreActions, tr("Open the drawer (%1)"), "openDrawerButton",
        Qt::Key_F7, &HomeScreen::openDrawerRequested);
    m_adminButton = addAction(moreActions, tr("Administration (%1)"), "adminButton", Qt::Key_F9,
        &HomeScreen::adminRequested);
    bodyLayout->addLayout(mainActions);
    bodyLayout->addSpacing(12);
    bodyLayout->addLayout(otherActions);
    bodyLayout->addSpacing(12);
    bodyLayout->addLayout(moreActions);
    bodyLayout->addSpacing(16);

    auto *cards = new QHBoxLayout();
    cards->setSpacing(12);
    bodyLayout->addLayout(cards);
    bodyLayout->addStretch(1);
    layout->addWidget(body, 1);

    const Card session = makeCard(body, tr("Cash session of this register"));
    m_sessionState = session.headline;
    m_sessionFigures = session.figures;
    m_sessionOpened = addFigure(session, tr("Opened"));
    m_sessionCashier = addFigure(session, tr("By"));
    m_sessionFloat = addFigure(session, tr("Float"));
    m_sessionSales = addFigure(session, tr("Sales"));
    m_sessionTakings = addFigure(session, tr("Takings"));
    cards->addWidget(session.frame, 1);

    const Card lastDay = makeCard(body, tr("Last closed day"));
    m_lastDayState = lastDay.headline;
    m_lastDayFigures = lastDay.figures;
    m_lastDaySales = addFigure(lastDay, tr("Sales"));
    m_lastDayTakings = addFigure(lastDay, tr("Takings"));
    m_lastDayRefunds = addFigure(lastDay, tr("Refunds"));
    cards->addWidget(lastDay.frame, 1);

    const Card totals = makeCard(body, tr("Recorded in this station's database"));
    m_totalsState = totals.headline;
    m_totalSales = addFigure(totals, tr("Sales"));
    m_totalTakings = addFigure(totals, tr("Takings"));
    m_totalRefunds = addFigure(totals, tr("Refunds"));
    m_totalDeposits = addFigure(totals, tr("Deposits"));
    m_totalWeight = addFigure(totals, tr("Weight received"));
    cards->addWidget(totals.frame, 1);
}

void HomeScreen::showFor(const core::Actor &actor)
{
    m_actor = actor;
    m_greeting->setText(tr("Hello, %1").arg(actor.name));
    // The branding may have changed in the back office since the last time.
    QString siteName = m_store.site().name;
    if (const auto site = core::Sites(m_store).branding()) {
        siteName = site->name;
        branding::showLogo(m_logo, site->logo);
    }
    m_roleLabel->setText(tr("%1 · station %2 · %3")
                             .arg(core::displayName(actor.role), m_store.station().code, siteName));
    refresh();
}

void HomeScreen::refresh()
{
    refreshActions();
    refreshSession();
    refreshLastDay();
    refreshTotals();
}

QString HomeScreen::describeInstant(const QDateTime &utc) const
{
    const QDateTime local = utc.toTimeZone(m_store.timeZone());
    const QString time = QLocale().toString(local.time(), QLocale::ShortFormat);
    if (m_store.businessDay(utc) == m_store.today())
        return tr("today at %1").arg(time);
    return tr("%1 at %2")
        .arg(QLocale().toString(local.date(), QStringLiteral("dddd d MMMM")), time);
}

void HomeScreen::refreshActions()
{
    // Only a convenience: core checks every permission again when the action runs.
    const bool isRegister = m_store.station().kind == core::StationKind::Register;
    const bool open = isRegister && core::CashSessions(m_store).current().has_value();
    const core::Users users(m_store);
    const auto may = [&](core::Permission permission) { return users.may(m_actor, permission); };
    m_openButton->setVisible(isRegister && !open && may(core::Permission::OpenSession));
    m_saleButton->setVisible(open && may(core::Permission::RecordSale));
    m_closeButton->setVisible(open && may(core::Permission::CloseSession));
    m_depositButton->setVisible(may(core::Permission::RecordDeposit));
    // Whoever receives donations weighs what leaves without a sale.
    m_outflowButton->setVisible(may(core::Permission::RecordDeposit));
    // A cashier may start a refund: an administrator unlocks it on the spot.
    m_refundButton->setVisible(open && may(core::Permission::RecordSale));
    m_cashButton->setVisible(open && may(core::Permission::CashMovement));
    // Anyone at an open register may ask: an administrator unlocks it, and core audits it.
    m_drawerButton->setVisible(open && may(core::Permission::RecordSale));
    m_adminButton->setVisible(may(core::Permission::ViewReports));
}

void HomeScreen::refreshSession()
{
    if (m_store.station().kind != core::StationKind::Register) {
        m_sessionState->setText(tr("This station is not a cash register."));
        m_sessionFigures->hide();
        return;
    }
    const core::CashSessions sessions(m_store);
    const auto current = sessions.current();
    if (!current) {
        m_sessionState->setText(tr("No cash session open"));
        m_sessionFigures->hide();
        return;
    }
    m_sessionState->setText(tr("Session %1 is open").arg(current->number));
    m_sessionOpened->setText(describeInstant(current->openedUtc));
    m_sessionCashier->setText(current->cashierName);
    m_sessionFloat->setText(core::money::format(current->floatCents));
    const auto totals = sessions.totals(current->seq);
    if (totals) {
        m_sessionSales->setText(QLocale().toString(totals->salesCount));
        m_sessionTakings->setText(core::money::format(totals->salesTotalCents));
    } else {
        m_sessionSales->setText(totals.error().message);
        m_sessionTakings->clear();
    }
    m_sessionFigures->show();
}

void HomeScreen::refreshLastDay()
{
    const QList<core::PeriodClosing> days = core::Closings(m_store).list(core::PeriodKind::Day, 1);
    if (days.isEmpty()) {
        m_lastDayState->setText(tr("No day closed yet on this station."));
        m_lastDayFigures->hide();
        return;
    }
    const core::PeriodClosing &day = days.first();
    m_lastDayState->setText(QLocale().toString(day.first, QStringLiteral("dddd d MMMM yyyy")));
    m_lastDaySales->setText(QLocale().toString(day.salesCount));
    m_lastDayTakings->setText(core::money::format(day.salesTotalCents));
    m_lastDayRefunds->setText(core::money::format(day.refundsTotalCents));
    m_lastDayFigures->show();
}

void HomeScreen::refreshTotals()
{
    const core::StoreStatistics stats = core::StoreStatistics::collect(m_store);
    m_totalsState->setText(tr("Everything this database holds, all days together."));
    m_totalSales->setText(QLocale().toString(stats.sales));
    m_totalTakings->setText(core::money::format(stats.salesTotalCents));
    m_totalRefunds->setText(core::money::format(stats.refundsTotalCents));
    m_totalDeposits->setText(QLocale().toString(stats.deposits));
    m_totalWeight->setText(core::weight::format(stats.depositWeightGrams));
}

} // namespace recaisse::ui
