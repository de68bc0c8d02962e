#pragma once

#include "adminpage.h"
#include "core/closings.h"

class QPushButton;
class QTableWidget;

namespace recaisse::ui {

// The station's day, month and year closings (made by the program itself), newest first: the
// period, when it was closed, its figures, the perpetual grand total and the chain's last hash at
// the period's end; one can be printed on the receipt printer.
class ClosingsPage : public AdminPage
{
    Q_OBJECT

public:
    // Closings shown (the newest).
    static constexpr int shownClosings = 400;

    ClosingsPage(core::Store &store, const core::Actor &actor, QWidget *parent = nullptr);

    void refresh() override;
    void printSelected();

    QTableWidget *table() const { return m_table; }
    const QList<core::PeriodClosing> &closings() const { return m_closings; }

signals:
    void printRequested(const core::PeriodClosing &closing);

private:
    QTableWidget *m_table = nullptr;
    QPushButton *m_print = nullptr;
    QList<core::PeriodClosing> m_closings;
};

} // namespace recaisse::ui
