#include "overviewpage.h"

#include "adminwidgets.h"
#include "core/money.h"
#include "core/store.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace recaisse::ui {

namespace {

QLabel *totalCard(QWidget *parent, QHBoxLayout *row, const QString &title)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("card"));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 8, 16, 8);
    auto *caption = new QLabel(title, frame);
    caption->setObjectName(QStringLiteral("figureCaption"));
    layout->addWidget(caption);
    auto *value = new QLabel(frame);
    value->setObjectName(QStringLiteral("figureValue"));
    layout->addWidget(value);
    row->addWidget(frame, 1);
    return value;
}

// Below this the axes' labels overlap. The views ask for no more: a chart view asks for the size
// of its last scene, so a page once made tall would stay taller than the screen.
constexpr int chartMinimumHeight = 260;

// Charts draw in euros; amounts stay in cents everywhere else.
qreal euros(qint64 cents)
{
    return qreal(cents) / 100.0;
}

} // namespace

OverviewPage::OverviewPage(core::Store &store, const core::Actor &actor, QWidget *parent)
    : AdminPage(store, actor, tr("Overview"), parent)
{
    setObjectName(QStringLiteral("adminOverview"));
    auto *totals = new QHBoxLayout;
    m_today = totalCard(this, totals, tr("Today"));
    m_week = totalCard(this, totals, tr("This week"));
    m_month = totalCard(this, totals, tr("This month"));
    body()->addLayout(totals);

    m_stations = admin::makeTable(this,
        // "Bank card" is "Carte" here: the full "Carte bancaire" of the till squeezed the last
        // column's freshness out of a 1366-pixel screen.
        {tr("Station"), tr("Session"), tr("Cashier"), tr("Since"), tr("Cash"), tr("Bank card"),
            tr("Cheque"), tr("Free"), tr("Tickets"), tr("Data")},
        QStringLiteral("stationsTable"));
    m_stations->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    body()->addWidget(m_stations);

    auto *charts = new QHBoxLayout;
    m_takingsChart = new QChart;
    m_takingsChart->setTitle(tr("Takings per day (30 days, €)"));
    m_takingsChart->legend()->hide();
    auto *takingsView = new QChartView(m_takingsChart, this);
    takingsView->setObjectName(QStringLiteral("takingsChart"));
    takingsView->setRenderHint(QPainter::Antialiasing);
    takingsView->setMinimumHeight(chartMinimumHeight);
    takingsView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    charts->addWidget(takingsView, 3);
    m_familiesChart = new QChart;
    m_familiesChart->setTitle(tr("EEE weights over 30 days (kg)"));
    auto *familiesView = new QChartView(m_familiesChart, this);
    familiesView->setObjectName(QStringLiteral("familiesChart"));
    familiesView->setRenderHint(QPainter::Antialiasing);
    familiesView->setMinimumHeight(chartMinimumHeight);
    familiesView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    charts->addWidget(familiesView, 2);
    body()->addLayout(charts, 3);

    m_updated = new QLabel(this);
    m_updated->setObjectName(QStringLiteral("figureCaption"));
    m_updated->setWordWrap(true);
    body()->addWidget(m_updated);

    m_timer = new QTimer(this);
    m_timer->setInterval(refreshSeconds * 1000);
    connect(m_timer, &QTimer::timeout, this, &OverviewPage::refresh);
}

void OverviewPage::showEvent(QShowEvent *event)
{
    AdminPage::showEvent(event);
    m_timer->start();
}

void OverviewPage::hideEvent(QHideEvent *event)
{
    m_timer->stop();
    AdminPage::hideEvent(event);
}

void OverviewPage::refresh()
{
    auto overview = core::OverviewReport(m_store).compute(m_actor);
    if (!overview) {
        showError(overview.error());
        return;
    }
    clearMessage();
    m_overview = std::move(*overview);
    const auto total = [](const core::PeriodTotal &period) {
        return tr("%1 · %n ticket(s)", nullptr, int(period.tickets))
            .arg(core::money::format(period.takingsCents));
    };
    m_today->setText(total(m_overview.today));
    m_week->setText(total(m_overview.week));
    m_month->setText(total(m_overview.month));

    m_stations->setRowCount(int(m_overview.stations.size()));
    const QDateTime now = m_overview.computedUtc;
    for (int row = 0; row < m_overview.stations.size(); ++row) {
        const core::StationDay &s = m_overview.stations.at(row);
        m_stations->setItem(row, 0,
            admin::readOnlyCell(s.code + QStringLiteral(" — ") + core::displayName(s.kind)));
        m_stations->setItem(
            row, 1, admin::readOnlyCell(core::OverviewReport::sessionState(s, m_store.timeZone())));
        if (s.sessionOpen)
            m_stations->item(row, 1)->setForeground(QColor(0x2E, 0x7D, 0x32));
        m_stations->setItem(
            row, 2, admin::readOnlyCell(s.sessionOpen ? s.operatorName : QStringLiteral("—")));
        m_stations->setItem(row, 3,
            admin::readOnlyCell(s.sessionOpen
                    ? s.openedUtc.toTimeZone(m_store.timeZone()).toString(QStringLiteral("HH:mm"))
                    : QStringLiteral("—")));
        m_stations->setItem(row, 4, admin::readOnlyCell(core::money::format(s.cashCents), true));
        m_stations->setItem(row, 5, admin::readOnlyCell(core::money::format(s.cardCents), true));
        m_stations->setItem(row, 6, admin::readOnlyCell(core::money::format(s.chequeCents), true));
        m_stations->setItem(row, 7, admin::readOnlyCell(core::money::format(s.freeCents), true));
        m_stations->setItem(row, 8, admin::readOnlyCell(QString::number(s.tickets), true));
        auto *freshness = admin::readOnlyCell(core::OverviewReport::freshnessOf(s, now));
        if (core::OverviewReport::isStale(s, now))
            freshness->setForeground(QColor(0xBF, 0x36, 0x0C));
        m_stations->setItem(row, 9, freshness);
    }
    m_updated->setText(
        tr("Business day of %1 · updated at %2 · refreshed every %n second(s)", nullptr,
            refreshSeconds)
            .arg(QLocale(QLocale::French)
                     .toString(m_overview.day, QStringLiteral("dddd d MMMM yyyy")),
                now.toTimeZone(m_store.timeZone()).toString(QStringLiteral("HH:mm:ss"))));
    fitStations();
    fillCharts();
}

void OverviewPage::fitStations()
{
    // As tall as its rows (up to eight stations) and its horizontal scroll bar when the columns
    // are wider than the page (1024 px): the charts take the rest.
    int height = m_stations->horizontalHeader()->height() + 2 * m_stations->frameWidth();
    for (int row = 0; row < qMin(8, m_stations->rowCount()); ++row)
        height += m_stations->rowHeight(row);
    if (m_stations->horizontalHeader()->length()
        > m_stations->width() - 2 * m_stations->frameWidth())
        height += m_stations->horizontalScrollBar()->sizeHint().height();
    m_stations->setFixedHeight(height);
}

void OverviewPage::resizeEvent(QResizeEvent *event)
{
    AdminPage::resizeEvent(event);
    fitStations();
}

void OverviewPage::fillCharts()
{
    m_takingsChart->removeAllSeries();
    for (QAbstractAxis *axis : m_takingsChart->axes())
        m_takingsChart->removeAxis(axis);
    auto *set = new QBarSet(tr("Takings"));
    set->setColor(QColor(0x2E, 0x7D, 0x32));
    QStringList days;
    qint64 max = 0;
    for (const auto &point : m_overview.dailyTakings) {
        *set << euros(point.second);
        days << point.first.toString(QStringLiteral("dd/MM"));
        max = qMax(max, point.second);
    }
    auto *series = new QBarSeries;
    series->append(set);
    m_takingsChart->addSeries(series);
    auto *dayAxis = new QBarCategoryAxis;
    dayAxis->append(days);
    // Thirty dates do not fit under the bars: the title names the period instead.
    dayAxis->setLabelsVisible(false);
    if (!m_overview.dailyTakings.isEmpty())
        m_takingsChart->setTitle(
            tr("Takings per day from %1 to %2 (€)")
                .arg(m_overview.dailyTakings.first().first.toString(QStringLiteral("dd/MM")),
                    m_overview.dailyTakings.last().first.toString(QStringLiteral("dd/MM"))));
    m_takingsChart->addAxis(dayAxis, Qt::AlignBottom);
    series->attachAxis(dayAxis);
    auto *amountAxis = new QValueAxis;
    amountAxis->setRange(0, qMax<qreal>(10, euros(max) * 1.1));
    amountAxis->setLabelFormat(QStringLiteral("%.0f"));
    amountAxis->setLabelsFont(QFont(font().family(), 8));
    amountAxis->applyNiceNumbers();
    m_takingsChart->addAxis(amountAxis, Qt::AlignLeft);
    series->attachAxis(amountAxis);

    QStringList families;
    QList<qint64> received;
    QList<qint64> reused;
    for (const core::FamilyWeights &family : m_overview.families) {
        families << family.eeeCode.mid(4); // "EEE-4" -> "4"
        received << family.receivedGrams;
        reused << family.reusedGrams;
    }
    admin::showReceivedAndReused(
        m_familiesChart, families, received, reused, QFont(font().family(), 8));
    m_familiesChart->axes(Qt::Horizontal).constFirst()->setTitleText(tr("EEE family"));
}

} // namespace recaisse::ui
