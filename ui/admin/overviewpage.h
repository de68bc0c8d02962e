#pragma once

#include "adminpage.h"
#include "core/admin/overview.h"

class QChart;
class QLabel;
class QTableWidget;
class QTimer;

namespace recaisse::ui {

// Every register of the site, the day's, week's and month's takings, and two charts. Refreshes
// itself while shown.
class OverviewPage : public AdminPage
{
    Q_OBJECT

public:
    static constexpr int refreshSeconds = 30;

    OverviewPage(core::Store &store, const core::Actor &actor, QWidget *parent = nullptr);

    void refresh() override;
    const core::Overview &overview() const { return m_overview; }
    QTableWidget *stationsTable() const { return m_stations; }
    QTimer *refreshTimer() const { return m_timer; }

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void fitStations();
    void fillCharts();

    core::Overview m_overview;
    QLabel *m_today = nullptr;
    QLabel *m_week = nullptr;
    QLabel *m_month = nullptr;
    QLabel *m_updated = nullptr;
    QTableWidget *m_stations = nullptr;
    QChart *m_takingsChart = nullptr;
    QChart *m_familiesChart = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace recaisse::ui
