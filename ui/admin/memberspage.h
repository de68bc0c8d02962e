#pragma once

#include "adminpage.h"
#include "core/members.h"

#include <functional>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace recaisse::ui {

// The member register ("Adhérents"): search by name or number, the memberships to renew,
// registering a member, and the personal-data rights (GDPR): export everything held about a member
// as JSON, or erase their name and contact (asked twice). Core checks the rights and audits.
class MembersPage : public AdminPage
{
    Q_OBJECT

public:
    // Asks where to save the export: the proposed file name; an empty answer cancels.
    using FileChooser = std::function<QString(const QString &proposed)>;

    MembersPage(core::Store &store, const core::Actor &actor, QWidget *parent = nullptr);

    void refresh() override;
    void setFileChooser(FileChooser chooser);
    const QList<core::Member> &shown() const { return m_members; }
    void selectRow(int row);

    void registerMember();
    void exportSelected();
    // The first call asks for confirmation, the second erases.
    void eraseSelected();

private:
    const core::Member *selected() const;
    void disarmErase();

    FileChooser m_fileChooser;
    QList<core::Member> m_members;
    bool m_eraseArmed = false;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_renewals = nullptr;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_contact = nullptr;
    QPushButton *m_register = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_erase = nullptr;
};

} // namespace recaisse::ui
