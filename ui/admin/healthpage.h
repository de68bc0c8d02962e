#pragma once

#include "adminpage.h"
#include "core/admin/health.h"

class QDateTimeEdit;
class QLabel;
class QPushButton;

namespace recaisse::ui {

// The station's health: database, disk, backups, sync, errors, with advice in plain words.
class HealthPage : public AdminPage
{
    Q_OBJECT

public:
    HealthPage(core::Store &store, const core::Actor &actor, QWidget *parent = nullptr);

    // Where the last backup and sync times come from (the sync engine); "never" until set.
    void setInputsProvider(core::HealthInputsProvider provider);
    void refresh() override;

    const core::HealthReport &report() const { return m_report; }
    QLabel *adviceLabel() const { return m_advice; }
    QLabel *maintenanceLabel() const { return m_maintenance; }
    // The PC's clock, confirmed by an administrator once set right (StationClock::confirm).
    QDateTimeEdit *clockEdit() const { return m_clockEdit; }
    QPushButton *confirmClockButton() const { return m_confirmClock; }

private:
    void confirmClock();

    core::HealthInputsProvider m_provider;
    core::HealthReport m_report;
    QLabel *m_figures = nullptr;
    QLabel *m_maintenance = nullptr;
    QLabel *m_advice = nullptr;
    QDateTimeEdit *m_clockEdit = nullptr;
    QPushButton *m_confirmClock = nullptr;
};

} // namespace recaisse::ui
