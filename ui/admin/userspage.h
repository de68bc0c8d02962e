#pragma once

#include "adminpage.h"
#include "core/admin/useradmin.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace recaisse::ui {

class CatalogueImportDialog;

// The people of the site: create, role, PIN reset, deactivate, Telegram whitelist; and the
// matrix of what each role may do.
class UsersPage : public AdminPage
{
    Q_OBJECT

public:
    UsersPage(core::Store &store, const core::Actor &actor, QWidget *parent = nullptr);

    void refresh() override;
    void selectUser(const QString &name);
    void startNew();
    void save();
    void toggleActive();

    QTableWidget *table() const { return m_table; }
    QTableWidget *matrix() const { return m_matrix; }
    const QList<core::UserRow> &users() const { return m_users; }
    // "Import from a spreadsheet…": asks for the file (tests answer with a path) and opens the
    // mapping dialog for people. Null when no file was chosen.
    void setSpreadsheetChooser(std::function<QString()> chooser);
    CatalogueImportDialog *importSpreadsheet();

private:
    void showSelected();
    const core::UserRow *selected() const;

    QList<core::UserRow> m_users;
    bool m_creating = false;
    QTableWidget *m_table = nullptr;
    QTableWidget *m_matrix = nullptr;
    QLabel *m_formTitle = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_pin = nullptr;
    QLineEdit *m_telegram = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_active = nullptr;
    QPushButton *m_import = nullptr;
    std::function<QString()> m_spreadsheetChooser;
};

} // namespace recaisse::ui
