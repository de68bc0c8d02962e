#pragma once

#include "adminpage.h"
#include "adminwidgets.h"
#include "core/admin/auditquery.h"
#include "pagedtablemodel.h"

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;

namespace recaisse::ui {

// Who did what: the audit trail with filters, an event's detail, CSV export and the integrity
// verification.
class AuditPage : public AdminPage
{
    Q_OBJECT

public:
    // Events read at a time as the list scrolls; the CSV export takes every event of the list
    // up to the core's bound.
    static constexpr int pageSize = 200;
    static constexpr int maxExportedRows = 100000;

    AuditPage(core::Store &store, const core::Actor &actor, QWidget *parent = nullptr);
    ~AuditPage() override;

    void refresh() override;
    void search();
    // What the export button does after its file dialog; tests call it directly.
    bool exportTo(const QString &path);
    // Starts the integrity verification on a worker thread with its own connection; the
    // progress bar follows it and Cancel stops it.
    void verify();
    void cancelVerify();
    bool verifying() const { return m_verifyJob != nullptr; }

    using Model = admin::PagedTableModel<core::AuditRow>;
    QTableView *view() const { return m_view; }
    Model *model() const { return m_model; }
    QLineEdit *textField() const { return m_text; }
    QPlainTextEdit *detailView() const { return m_detail; }
    QLabel *integrityLabel() const { return m_integrity; }
    QProgressBar *integrityProgress() const { return m_progress; }
    // The events read so far (the view reads more as it scrolls).
    const QList<core::AuditRow> &rows() const { return m_model->rows(); }

private:
    void showEvent(int row);
    void showCount();
    QVariant cell(const core::AuditRow &row, int column, int role) const;
    void showVerifyProgress(qint64 checked, qint64 total);
    void showVerifyOutcome(const core::Result<core::IntegrityCheck::Report> &report);

    core::AuditFilter m_filter; // of the list shown, for the export
    admin::DateRange m_dates;
    QComboBox *m_actorFilter = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_station = nullptr;
    QLineEdit *m_text = nullptr;
    Model *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_integrity = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_cancelVerify = nullptr;
    QProgressBar *m_progress = nullptr;
    QThread *m_verifyJob = nullptr;
    std::shared_ptr<std::atomic_bool> m_verifyCancelled;
};

} // namespace recaisse::ui
