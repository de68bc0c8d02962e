#pragma once

#include "adminpage.h"
#include "adminwidgets.h"
#include "core/admin/auditquery.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace recaisse::ui {

// Who did what: the audit trail with filters, an event's detail, CSV export and the integrity
// verification.
class AuditPage : public AdminPage
{
    Q_OBJECT

public:
    AuditPage(core::Store &store, const core::Actor &actor, QWidget *parent = nullptr);

    void refresh() override;
    void search();
    // What the export button does after its file dialog; tests call it directly.
    bool exportTo(const QString &path);
    void verify();

    QTableWidget *table() const { return m_table; }
    QLineEdit *textField() const { return m_text; }
    QPlainTextEdit *detailView() const { return m_detail; }
    QLabel *integrityLabel() const { return m_integrity; }
    const QList<core::AuditRow> &rows() const { return m_rows; }

private:
    void showEvent(int row);

    QList<core::AuditRow> m_rows;
    admin::DateRange m_dates;
    QComboBox *m_actorFilter = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_station = nullptr;
    QLineEdit *m_text = nullptr;
    QTableWidget *m_table = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_integrity = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_verify = nullptr;
};

} // namespace recaisse::ui
