#pragma once

#include "core/domain.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QThread;

namespace recaisse::core {
class Store;
}

namespace recaisse::ui {

// The shop's Google Sheet (core/sync/sheets.h): the spreadsheet, the service account's key file
// (read when saving, kept in the keychain, never shown back), the reports, how often they are
// published and over how many days, and Google's addresses. Saving and publishing (keychain,
// network) run in a thread of their own with their own database connection; the answer is one
// sentence under the form. A price list is read from a range of the sheet the same way, then
// checked and imported in the spreadsheet imports' mapping dialog (CatalogueImportDialog).
// Administrators only.
class SheetsDialog : public QDialog
{
    Q_OBJECT

public:
    SheetsDialog(core::Store &store, const core::Actor &actor, QWidget *parent = nullptr);
    ~SheetsDialog() override;

    void save();
    void publishNow();
    // Reads the range of the price list from the sheet, then opens the mapping dialog on it (or
    // says why it could not be read).
    void importPrices();

    QLineEdit *spreadsheetEdit() const { return m_spreadsheet; }
    QLineEdit *keyFileEdit() const { return m_keyFile; }
    QLineEdit *priceRangeEdit() const { return m_priceRange; }
    QLabel *resultLabel() const { return m_result; }
    bool busy() const { return m_job != nullptr; }

signals:
    void jobFinished();

private:
    void chooseKeyFile();
    void runJob(const QString &doing, std::function<QString()> job);
    void updateButtons();

    core::Store &m_store;
    core::Actor m_actor;
    bool m_mayChange = false;
    QLineEdit *m_spreadsheet = nullptr;
    QLabel *m_account = nullptr;
    QLineEdit *m_keyFile = nullptr;
    QPushButton *m_choose = nullptr;
    QList<QCheckBox *> m_reports;
    QSpinBox *m_every = nullptr;
    QSpinBox *m_days = nullptr;
    QLineEdit *m_api = nullptr;
    QLineEdit *m_tokenUrl = nullptr;
    QLineEdit *m_priceRange = nullptr;
    QPushButton *m_importPrices = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_publish = nullptr;
    QLabel *m_result = nullptr;
    QThread *m_job = nullptr;
};

} // namespace recaisse::ui
