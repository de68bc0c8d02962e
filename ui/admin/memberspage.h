#pragma once

#include "adminpage.h"
#include "core/members.h"

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace recaisse::ui {

// The member register ("Adhérents"): search by name or number, the memberships to renew,
// registering a member, the selected member's purchases (core::Members::purchases, as
// `recaisse-cli member purchases`), and the personal-data rights (GDPR): export everything held
// about a member as JSON, or erase their name and contact (asked twice). Core checks the rights
// and audits.
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
    // The selected member's tickets (date, number, paid, discount, refunded) and their total,
    // under the list until another member is chosen.
    void showPurchases();
    void exportSelected();
    // The first call asks for confirmation, the second erases.
    void eraseSelected();

private:
    const core::Member *selected() const;
    void disarmErase();
    void hidePurchases();

    FileChooser m_fileChooser;
    QList<core::Member> m_members;
    bool m_eraseArmed = false;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_renewals = nullptr;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_contact = nullptr;
    QPushButton *m_register = nullptr;
    QPushButton *m_purchases = nullptr;
    QWidget *m_purchasesBox = nullptr;
    QLabel *m_purchasesTitle = nullptr;
    QTableWidget *m_purchasesTable = nullptr;
    QLabel *m_purchasesTotal = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_erase = nullptr;
};

} // namespace recaisse::ui
