#pragma once

#include "adminpage.h"
#include "core/domain.h"
#include "core/portability/sheetimport.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace recaisse::ui {

class CatalogueImportDialog;
class ContainersDialog;
class TownsDialog;

// The category tree and one category's form: EEE code, prices, weight, button colour and order,
// shortcut, active.
class CategoriesPage : public AdminPage
{
    Q_OBJECT

public:
    CategoriesPage(core::Store &store, const core::Actor &actor, QWidget *parent = nullptr);

    void refresh() override;
    void selectCategory(const QString &id);
    // A new category under the selected one (child) or beside it.
    void startNew(bool child);
    void save();

    QTreeWidget *tree() const { return m_tree; }
    // "Import from a spreadsheet…": asks for the file (a file dialog; tests answer with a path)
    // and opens the mapping dialog, which refreshes the tree once it imported. Null when no file
    // was chosen.
    void setSpreadsheetChooser(std::function<QString()> chooser);
    CatalogueImportDialog *importSpreadsheet(
        core::portability::ImportKind kind = core::portability::ImportKind::Categories);
    // Opens « Contenants et tares » (the site's bins and cages; its own rights and audit).
    ContainersDialog *openContainers();
    // Opens « Communes » (the towns the reception offers; its own rights and audit).
    TownsDialog *openTowns();
    QString selectedId() const { return m_current.id; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showCategory(const core::Category &category);

    QList<core::Category> m_categories;
    core::Category m_current;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_formTitle = nullptr;
    QLabel *m_usage = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_parent = nullptr;
    QComboBox *m_eee = nullptr;
    // The eco-organism: the default, none, or one partner category (super-administrators).
    QComboBox *m_partner = nullptr;
    QLineEdit *m_defaultPrice = nullptr;
    QLineEdit *m_minPrice = nullptr;
    QLineEdit *m_maxPrice = nullptr;
    QLineEdit *m_pricePerKg = nullptr;
    QLineEdit *m_weight = nullptr;
    QLineEdit *m_minWeight = nullptr;
    QLineEdit *m_maxWeight = nullptr;
    QCheckBox *m_weightRequired = nullptr;
    QCheckBox *m_durable = nullptr; // tickets on request: a durable good's ticket is printed
    QSpinBox *m_warrantyMonths = nullptr;
    // A liable shop's VAT rate for the category (empty: its parent's, else the default).
    QLineEdit *m_vatRate = nullptr;
    QLineEdit *m_color = nullptr;
    QLabel *m_swatch = nullptr;
    QSpinBox *m_position = nullptr;
    QLineEdit *m_shortcut = nullptr;
    QCheckBox *m_active = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_newSibling = nullptr;
    QPushButton *m_newChild = nullptr;
    QPushButton *m_importSheet = nullptr;
    QPushButton *m_containers = nullptr;
    QPushButton *m_towns = nullptr;
    QPushButton *m_importPrices = nullptr; // a price list: prices of existing categories
    std::function<QString()> m_spreadsheetChooser;
};

} // namespace recaisse::ui
