#pragma once

#include "core/donations.h"
#include "core/taxreceipts.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace recaisse::ui {

// After a money donation, when the association may issue tax receipts: the donor who asks for
// one gives their name and address; "No receipt" is the default.
class TaxReceiptDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TaxReceiptDialog(const core::Donation &donation, QWidget *parent = nullptr);

    core::Donor donor() const;
    // Accepts when a name and an address are typed.
    void issue();

private:
    QLineEdit *m_nameField = nullptr;
    QLineEdit *m_addressField = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace recaisse::ui
