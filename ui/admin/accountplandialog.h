#pragma once

#include "core/accounting.h"
#include "core/domain.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace recaisse::core {
class Store;
}

namespace recaisse::ui {

// The site's account plan for the accounting export: one account per line of the day's entry
// (cash, cheques, cards, sales, donations, fees, VAT, cash variances). Core checks every account
// (1 to 20 letters or digits, none missing) and audits the change
// (AccountingExport::setSitePlan); Defaults puts back the French associations' chart. Beside it,
// a revenue account per category (empty: the parent's, else the sales account).
class AccountPlanDialog : public QDialog
{
    Q_OBJECT

public:
    AccountPlanDialog(core::Store &store, const core::Actor &actor, QWidget *parent = nullptr);

    // Records the accounts typed; accepts when core took them, else shows why.
    void save();
    void restoreDefaults();
    QTableWidget *categoryTable() const { return m_categories; }

private:
    void showPlan(const core::AccountPlan &plan);

    core::Store &m_store;
    core::Actor m_actor;
    QList<QLineEdit *> m_fields; // in AccountPlan::fields() order
    QTableWidget *m_categories = nullptr; // name, account; the id in the name's user data
    QLabel *m_errorLabel = nullptr;
};

} // namespace recaisse::ui
