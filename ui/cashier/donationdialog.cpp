#include "donationdialog.h"

#include "core/money.h"
#include "ui/common/amountkeypad.h"
#include "ui/common/keytext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace recaisse::ui {

DonationDialog::DonationDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("donationDialog"));
    setWindowTitle(tr("Donation"));
    setModal(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 20);
    layout->setSpacing(24);
    auto *left = new QVBoxLayout();
    left->setSpacing(10);
    auto *title = new QLabel(tr("Money given to the association: never a sale."), this);
    title->setWordWrap(true);
    left->addWidget(title);
    left->addWidget(new QLabel(tr("Amount of the donation"), this));
    m_amountField = new QLineEdit(this);
    m_amountField->setObjectName(QStringLiteral("donationAmount"));
    m_amountField->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_amountField->setMinimumHeight(64);
    m_amountField->setMaxLength(16);
    left->addWidget(m_amountField);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setMinimumHeight(28);
    left->addWidget(m_errorLabel);
    connect(m_amountField, &QLineEdit::textChanged, m_errorLabel, &QLabel::clear);

    left->addWidget(new QLabel(tr("Given in:"), this));
    for (const auto &[method, name] : {std::pair{core::PaymentMethod::Cash, "donationCash"},
             std::pair{core::PaymentMethod::Card, "donationCard"},
             std::pair{core::PaymentMethod::Cheque, "donationCheque"}}) {
        auto *button = new QPushButton(core::displayName(method), this);
        button->setObjectName(QString::fromLatin1(name));
        button->setFocusPolicy(Qt::NoFocus);
        button->setAutoDefault(false);
        button->setMinimumHeight(64);
        connect(button, &QPushButton::clicked, this, [this, m = method] { give(m); });
        left->addWidget(button);
    }
    auto *cancel = new QPushButton(tr("Cancel (%1)").arg(keyText(Qt::Key_Escape)), this);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setFocusPolicy(Qt::NoFocus);
    cancel->setAutoDefault(false);
    cancel->setMinimumHeight(56);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    left->addWidget(cancel);
    left->addStretch(1);
    layout->addLayout(left, 1);

    AmountKeypad::Options options;
    options.keyWidth = 88;
    options.keyHeight = 64;
    layout->addWidget(new AmountKeypad(m_amountField, options, this), 0, Qt::AlignBottom);
}

void DonationDialog::give(core::PaymentMethod method)
{
    const auto amount = core::money::parse(m_amountField->text(), true);
    if (!amount) {
        m_errorLabel->setText(amount.error().message);
        return;
    }
    const core::DonationDraft draft{method, *amount};
    if (auto valid = core::Donations::validate(draft); !valid) {
        m_errorLabel->setText(valid.error().message);
        return;
    }
    m_draft = draft;
    accept();
}

} // namespace recaisse::ui
