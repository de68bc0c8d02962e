#pragma once

#include "core/domain.h"
#include "core/portability/sheetimport.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QThread;

namespace recaisse::core {
class Store;
}

namespace recaisse::ui {

// "Importer depuis un tableur", for the categories, the people or a price list: the file read by
// core (CSV or XLSX), one drop-down per field to choose its column (guessed from the header, or
// the mapping saved last time for that kind), a preview of the first rows with every invalid cell
// marked red and explained in its tooltip, then the import of every row in one transaction (or
// only the valid ones, when ticked) on a worker thread with its own database connection (the
// register keeps working), a progress bar and a working Cancel. The rules and the rights are
// core's (SheetImport); this only shows them.
class CatalogueImportDialog : public QDialog
{
    Q_OBJECT

public:
    // Rows shown in the preview; the check covers every row.
    static constexpr int previewRows = 200;

    CatalogueImportDialog(
        core::Store &store, const core::Actor &actor, QString filePath, QWidget *parent = nullptr);
    CatalogueImportDialog(core::Store &store, const core::Actor &actor,
        core::portability::ImportKind kind, QString filePath, QWidget *parent = nullptr);
    // A table read elsewhere by core: the price list of a range of the shop's Google Sheet
    // (SheetsSync::fetchPriceTable). source names it in the dialog and in the audit trail.
    CatalogueImportDialog(core::Store &store, const core::Actor &actor,
        core::portability::ImportKind kind, core::portability::SheetTable table, QString source,
        QWidget *parent = nullptr);
    ~CatalogueImportDialog() override;

    // The file dialog that asks for a spreadsheet; empty when none was chosen.
    static QString chooseSpreadsheet(QWidget *parent);
    // The dialog for that file, open and deleted when closed; null for an empty path.
    static CatalogueImportDialog *openFor(core::Store &store, const core::Actor &actor,
        core::portability::ImportKind kind, const QString &path, QWidget *parent);

    core::portability::ImportKind kind() const { return m_kind; }
    // Whether the file could be read (otherwise the dialog only shows why).
    bool fileRead() const { return m_readError.isEmpty(); }
    QString readError() const { return m_readError; }
    const core::portability::ImportCheck &plan() const { return m_plan; }
    QComboBox *fieldChooser(core::portability::ImportField field) const;
    QTableView *preview() const { return m_preview; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *cancelButton() const { return m_cancel; }
    QCheckBox *validRowsOnly() const { return m_validOnly; }
    QProgressBar *progressBar() const { return m_progress; }
    QString status() const;
    // Starts the import as the button does; false when there is nothing it may start. The
    // outcome arrives with finishedImport().
    bool runImport();
    bool isRunning() const { return m_job != nullptr; }

signals:
    void imported(int created, int updated);
    // Once the worker is done: whether it committed.
    void finishedImport(bool committed);

private:
    void build();
    void recheck();
    void finish(const core::Result<core::portability::ImportOutcome> &outcome);
    void showProgress(int done, int total);
    core::portability::ImportMapping mapping() const;

    core::Store &m_store;
    core::Actor m_actor;
    core::portability::ImportKind m_kind;
    QString m_path;
    QString m_sourceName; // the file's name, or the sheet's range
    QString m_readError;
    core::portability::SheetTable m_table;
    core::portability::ImportCheck m_plan;
    QMap<core::portability::ImportField, QComboBox *> m_choosers;
    QLabel *m_source = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_preview = nullptr;
    QStandardItemModel *m_model = nullptr;
    QCheckBox *m_validOnly = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_import = nullptr;
    QThread *m_job = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    bool m_done = false; // imported: the button closes
    int m_lastSkipped = 0;
};

} // namespace recaisse::ui
