#pragma once

#include "core/domain.h"
#include "core/vat.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace recaisse::core {
class Store;
}

namespace recaisse::ui {

// The site's VAT status from a day on (today or later: a past document keeps the regime it was
// made under): not liable, the margin scheme for second-hand goods, or liable with a default
// rate; the mention printed on tickets, Z reports and closings. Core checks and audits the change
// (TillRules::setVat). Rates per category are set on the Categories page (or with
// `recaisse-cli vat --category-rate`) and carry over to a new liable setting.
class VatDialog : public QDialog
{
    Q_OBJECT

public:
    VatDialog(core::Store &store, const core::Actor &actor, QWidget *parent = nullptr);

    // Records the setting typed; accepts when core took it, else shows why.
    void save();
    // The regime in force today, in words, for the settings page.
    static QString describe(const core::VatStatus &status);

private:
    void regimeChosen();

    core::Store &m_store;
    core::Actor m_actor;
    QComboBox *m_regime = nullptr;
    QDateEdit *m_from = nullptr;
    QLineEdit *m_mention = nullptr;
    QLineEdit *m_rate = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace recaisse::ui
