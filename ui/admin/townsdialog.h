#pragma once

#include "core/domain.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace recaisse::core {
class Store;
}

namespace recaisse::ui {

// « Communes »: the towns the reception offers for a donor (a list of the signed configuration),
// most frequent first, on which the material report counts what was received. Add one (a name and
// its postcode), remove the selected one. The rights (administrators, on an administration
// station), the rules (five-digit postcode, not twice) and the audit are core's Towns.
class TownsDialog : public QDialog
{
    Q_OBJECT

public:
    TownsDialog(core::Store &store, const core::Actor &actor, QWidget *parent = nullptr);

    void refresh();
    void add();
    void remove();
    // The last error shown (empty after a success).
    QString error() const;
    QTableWidget *table() const { return m_table; }

signals:
    void changed();

private:
    QString selectedId() const;
    void showResult(const QString &error, const QString &done = {});

    core::Store &m_store;
    core::Actor m_actor;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_postcode = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
    QString m_error;
};

} // namespace recaisse::ui
