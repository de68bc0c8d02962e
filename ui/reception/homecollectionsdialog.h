#pragma once

#include "core/domain.h"
#include "core/homecollections.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace recaisse::core {
class Store;
}

namespace recaisse::ui {

// « Collectes à domicile »: the pickups planned at this station (day, town, address, contact),
// a new one planned, the slip saved as a PDF to print, one cancelled, or one chosen to weigh its
// objects on the deposit screen (which records it as done). The rules, the erasure of the address
// and the audit are core's HomeCollections; this only asks and shows.
class HomeCollectionsDialog : public QDialog
{
    Q_OBJECT

public:
    // Where to save a slip: a file dialog by default (tests answer with a path).
    using FileChooser = std::function<QString(const QString &proposedName)>;

    HomeCollectionsDialog(core::Store &store, const core::Actor &actor, QWidget *parent = nullptr);

    void setFileChooser(FileChooser chooser);
    void refresh();
    void plan();
    void saveSlip();
    void cancelSelected();
    // Hands the selected pickup to the deposit screen and closes.
    void weighSelected();

    QTableWidget *table() const { return m_table; }
    // The last error shown (empty after a success).
    QString error() const { return m_error; }

signals:
    void weighRequested(const recaisse::core::HomeCollection &collection);

private:
    std::optional<core::HomeCollection> selected() const;
    void showResult(const QString &error, const QString &done = {});

    core::Store &m_store;
    core::Actor m_actor;
    FileChooser m_fileChooser;
    QList<core::HomeCollection> m_collections;
    QTableWidget *m_table = nullptr;
    QDateEdit *m_day = nullptr;
    QComboBox *m_town = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_contact = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_plan = nullptr;
    QPushButton *m_slip = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_weigh = nullptr;
    QLabel *m_message = nullptr;
    QString m_error;
};

} // namespace recaisse::ui
