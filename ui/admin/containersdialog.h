#pragma once

#include "core/domain.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace recaisse::core {
class Store;
}

namespace recaisse::ui {

// « Contenants et tares »: the site's bins and cages whose tare the outflow screen subtracts (a
// list of the signed configuration). Add one (a name and its tare in kg), change the tare of the
// selected one, remove it. The rights (administrators), the rules (a unique name, a tare from
// 0,001 kg to 1 000 kg) and the audit are core's Containers; this only asks and shows.
class ContainersDialog : public QDialog
{
    Q_OBJECT

public:
    ContainersDialog(core::Store &store, const core::Actor &actor, QWidget *parent = nullptr);

    // Reads the list again.
    void refresh();
    void add();
    void changeTare();
    void remove();
    // The last error shown (empty after a success).
    QString error() const;

signals:
    void changed();

private:
    // The tare typed, in grams; none, with the field selected and the error shown, when it is
    // not a weight.
    std::optional<qint64> typedTare();
    // The selected container's id, or empty.
    QString selectedId() const;
    void showResult(const QString &error, const QString &done = {});

    core::Store &m_store;
    core::Actor m_actor;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_tare = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_setTare = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
    QString m_error;
};

} // namespace recaisse::ui
