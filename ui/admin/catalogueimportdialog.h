#pragma once

#include "core/domain.h"
#include "core/portability/catalogueimport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace recaisse::core {
class Store;
}

namespace recaisse::ui {

// "Importer les catégories depuis un tableur": the file read by core (CSV or XLSX), one drop-down
// per field to choose its column (guessed from the header, or the mapping saved last time), a
// preview of the first rows with every invalid cell marked red and explained in its tooltip, then
// the import of every row in one transaction (or only the valid ones, when ticked) with a
// progress bar and a working Cancel. The rules and the rights are core's; this only shows them.
class CatalogueImportDialog : public QDialog
{
    Q_OBJECT

public:
    // Rows shown in the preview; the check covers every row.
    static constexpr int previewRows = 200;

    CatalogueImportDialog(
        core::Store &store, const core::Actor &actor, QString filePath, QWidget *parent = nullptr);

    // Whether the file could be read (otherwise the dialog only shows why).
    bool fileRead() const { return m_readError.isEmpty(); }
    QString readError() const { return m_readError; }
    const core::portability::CataloguePlan &plan() const { return m_plan; }
    QComboBox *fieldChooser(core::portability::CatalogueField field) const;
    QTableView *preview() const { return m_preview; }
    QPushButton *importButton() const { return m_import; }
    QCheckBox *validRowsOnly() const { return m_validOnly; }
    QString status() const;
    // Runs the import as the button does; true when it was committed.
    bool runImport();

signals:
    void imported(int created, int updated);

private:
    void buildMapping();
    void recheck();
    core::portability::CatalogueMapping mapping() const;

    core::Store &m_store;
    core::Actor m_actor;
    QString m_path;
    QString m_readError;
    core::portability::SheetTable m_table;
    core::portability::CataloguePlan m_plan;
    QMap<core::portability::CatalogueField, QComboBox *> m_choosers;
    QLabel *m_source = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_preview = nullptr;
    QStandardItemModel *m_model = nullptr;
    QCheckBox *m_validOnly = nullptr;
    QPushButton *m_import = nullptr;
    bool m_done = false; // imported: the button closes
    int m_lastSkipped = 0;
};

} // namespace recaisse::ui
