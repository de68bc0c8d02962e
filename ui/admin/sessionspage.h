#pragma once

#include "adminpage.h"
#include "adminwidgets.h"
#include "core/admin/sessionhistory.h"
#include "pagedtablemodel.h"

#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTableWidget;

namespace recaisse::ui {

class ZReportView;

// The history of every register's cash sessions, with filters, a session's detail and the
// reprint of its Z report.
class SessionsPage : public AdminPage
{
    Q_OBJECT

public:
    // Sessions read at a time as the list scrolls.
    static constexpr int pageSize = 200;

    SessionsPage(core::Store &store, const core::Actor &actor, QWidget *parent = nullptr);

    void refresh() override;
    // Runs the filters as they are set.
    void search();
    void showDetail(int row);
    void backToList();
    void reprintZ();

    using Model = admin::PagedTableModel<core::SessionSummary>;
    QTableView *view() const { return m_view; }
    Model *model() const { return m_model; }
    // The sessions read so far (the view reads more as it scrolls).
    const QList<core::SessionSummary> &sessions() const { return m_model->rows(); }
    bool detailShown() const;
    const core::SessionDetail &detail() const { return m_detail; }
    ZReportView *zReportView() const;

private:
    void fillDetail();
    void showCount();
    QVariant cell(const core::SessionSummary &s, int column, int role) const;

    core::SessionDetail m_detail;
    QStackedWidget *m_stack = nullptr;
    QComboBox *m_register = nullptr;
    QComboBox *m_cashier = nullptr;
    admin::DateRange m_dates;
    QCheckBox *m_variance = nullptr;
    QCheckBox *m_long = nullptr;
    Model *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_detailFigures = nullptr;
    QTableWidget *m_tickets = nullptr;
    QTableWidget *m_movements = nullptr;
    QPushButton *m_reprint = nullptr;
    // The reprinted Z's view while its dialog is open: its dialog, a child of this page, can
    // outlive this class's part of the object (it is deleted with the QWidget part).
    QPointer<ZReportView> m_zView;
};

} // namespace recaisse::ui
