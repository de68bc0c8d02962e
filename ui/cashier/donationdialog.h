#pragma once

#include "core/donations.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace recaisse::ui {

// A money donation at the till ("Don"): the amount on the keypad, then the way it is given (cash,
// card or cheque). Core checks it (core::Donations::validate): never 0 nor negative.
class DonationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DonationDialog(QWidget *parent = nullptr);

    const core::DonationDraft &draft() const { return m_draft; }
    // Takes the amount in the field given by that method; accepts when core allows it.
    void give(core::PaymentMethod method);

private:
    core::DonationDraft m_draft;
    QLineEdit *m_amountField = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace recaisse::ui
