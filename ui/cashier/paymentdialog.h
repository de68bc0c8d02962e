#pragma once

#include "core/domain.h"
#include "core/sales.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace recaisse::ui {

// How the customer pays a ticket: one or several payments (cash, card, cheque, free) until the
// total is covered. Only cash may exceed what remains; the dialog shows the change to give. A
// cheque's bank and number may be typed beside its amount (Tab from the amount).
class PaymentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PaymentDialog(qint64 totalCents, QWidget *parent = nullptr);

    QList<core::PaymentDraft> payments() const { return m_payments; }
    qint64 totalCents() const { return m_totalCents; }
    qint64 paidCents() const;
    qint64 remainingCents() const;
    core::PaymentMethod method() const { return m_method; }
    void setMethod(core::PaymentMethod method);
    // Adds the amount in the field as a payment of the chosen method; accepts once paid.
    void confirmAmount();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createMethods();
    void refresh();
    void updateChange();
    void undoLast();
    void showError(const QString &message);

    qint64 m_totalCents = 0;
    core::PaymentMethod m_method = core::PaymentMethod::Cash;
    QList<core::PaymentDraft> m_payments;
    QButtonGroup *m_methods = nullptr;
    QLabel *m_paidLabel = nullptr;
    QLabel *m_remainingLabel = nullptr;
    QListWidget *m_paymentList = nullptr;
    QLineEdit *m_amountField = nullptr;
    QLabel *m_changeLabel = nullptr;
    QWidget *m_chequeBox = nullptr;
    QLineEdit *m_chequeBank = nullptr;
    QLineEdit *m_chequeNumber = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_undoButton = nullptr;
};

} // namespace recaisse::ui
