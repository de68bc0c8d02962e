#include "taxreceiptdialog.h"

#include "core/money.h"
#include "ui/common/keytext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace recaisse::ui {

TaxReceiptDialog::TaxReceiptDialog(const core::Donation &donation, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("taxReceiptDialog"));
    setWindowTitle(tr("Tax receipt"));
    setModal(true);
    setMinimumWidth(560);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 20);
    layout->setSpacing(10);
    auto *title =
        new QLabel(tr("Donation %1 of %2: does the donor want a tax receipt?")
                       .arg(donation.stamp.number, core::money::format(donation.amountCents)),
            this);
    title->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(new QLabel(tr("Donor's name and first names"), this));
    m_nameField = new QLineEdit(this);
    m_nameField->setObjectName(QStringLiteral("donorName"));
    m_nameField->setMaxLength(core::maxDonorNameLength);
    m_nameField->setMinimumHeight(48);
    layout->addWidget(m_nameField);
    layout->addWidget(new QLabel(tr("Donor's address"), this));
    m_addressField = new QLineEdit(this);
    m_addressField->setObjectName(QStringLiteral("donorAddress"));
    m_addressField->setMaxLength(core::maxDonorAddressLength);
    m_addressField->setMinimumHeight(48);
    layout->addWidget(m_addressField);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setMinimumHeight(28);
    layout->addWidget(m_errorLabel);
    for (QLineEdit *field : {m_nameField, m_addressField})
        connect(field, &QLineEdit::textEdited, m_errorLabel, &QLabel::clear);

    auto *buttons = new QHBoxLayout();
    auto *none = new QPushButton(tr("No receipt (%1)").arg(keyText(Qt::Key_Escape)), this);
    none->setObjectName(QStringLiteral("noReceiptButton"));
    auto *issue = new QPushButton(tr("Issue the receipt"), this);
    issue->setObjectName(QStringLiteral("issueReceiptButton"));
    issue->setProperty("primary", true);
    for (QPushButton *button : {none, issue}) {
        button->setAutoDefault(false);
        button->setMinimumHeight(56);
        buttons->addWidget(button);
    }
    connect(none, &QPushButton::clicked, this, &QDialog::reject);
    connect(issue, &QPushButton::clicked, this, &TaxReceiptDialog::issue);
    layout->addLayout(buttons);
    m_nameField->setFocus();
}

core::Donor TaxReceiptDialog::donor() const
{
    return core::Donor{m_nameField->text().simplified(), m_addressField->text().simplified()};
}

void TaxReceiptDialog::issue()
{
    const core::Donor typed = donor();
    if (typed.name.isEmpty() || typed.address.isEmpty()) {
        m_errorLabel->setText(tr("Type the donor's name and address."));
        return;
    }
    accept();
}

} // namespace recaisse::ui
