#include "paymentdialog.h"

#include "core/money.h"
#include "ui/common/amountkeypad.h"
#include "ui/common/helptopics.h"
#include "ui/common/keytext.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace recaisse::ui {

namespace {
constexpr int methodHeight = 72;
} // namespace

PaymentDialog::PaymentDialog(qint64 totalCents, QWidget *parent)
    : QDialog(parent)
    , m_totalCents(totalCents)
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Payment"));
    setModal(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 20);
    layout->setSpacing(24);

    auto *left = new QVBoxLayout();
    left->setSpacing(10);
    auto *due = new QLabel(tr("Amount due: %1").arg(core::money::format(m_totalCents)), this);
    due->setObjectName(QStringLiteral("amountDue"));
    left->addWidget(due);
    m_paidLabel = new QLabel(this);
    m_paidLabel->setObjectName(QStringLiteral("paidLabel"));
    left->addWidget(m_paidLabel);
    m_remainingLabel = new QLabel(this);
    m_remainingLabel->setObjectName(QStringLiteral("remainingLabel"));
    left->addWidget(m_remainingLabel);
    left->addWidget(createMethods());

    auto *amountTitle = new QLabel(tr("Amount received"), this);
    amountTitle->setObjectName(QStringLiteral("sectionTitle"));
    left->addWidget(amountTitle);
    m_amountField = new QLineEdit(this);
    m_amountField->setObjectName(QStringLiteral("amountField"));
    m_amountField->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_amountField->setMinimumHeight(64);
    m_amountField->setMaxLength(16);
    m_amountField->installEventFilter(this);
    connect(m_amountField, &QLineEdit::textChanged, this, [this] {
        m_errorLabel->clear();
        updateChange();
    });
    left->addWidget(m_amountField);
    // The change to give (cash) and a cheque's bank and number share one row: never both.
    auto *changeRow = new QHBoxLayout();
    m_changeLabel = new QLabel(this);
    m_changeLabel->setObjectName(QStringLiteral("changeLabel"));
    m_changeLabel->setMinimumHeight(36);
    changeRow->addWidget(m_changeLabel, 1);
    m_chequeBox = new QWidget(this);
    m_chequeBox->setObjectName(QStringLiteral("chequeBox"));
    auto *cheque = new QHBoxLayout(m_chequeBox);
    cheque->setContentsMargins(0, 0, 0, 0);
    m_chequeBank = new QLineEdit(m_chequeBox);
    m_chequeBank->setObjectName(QStringLiteral("chequeBankField"));
    m_chequeBank->setPlaceholderText(tr("Bank (optional)"));
    m_chequeBank->setMaxLength(core::maxChequeBankLength);
    m_chequeBank->installEventFilter(this);
    cheque->addWidget(m_chequeBank, 3);
    m_chequeNumber = new QLineEdit(m_chequeBox);
    m_chequeNumber->setObjectName(QStringLiteral("chequeNumberField"));
    m_chequeNumber->setPlaceholderText(tr("Cheque no. (optional)"));
    m_chequeNumber->setMaxLength(core::maxChequeNumberLength);
    m_chequeNumber->installEventFilter(this);
    cheque->addWidget(m_chequeNumber, 2);
    changeRow->addWidget(m_chequeBox, 1);
    left->addLayout(changeRow);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setMinimumHeight(28);
    left->addWidget(m_errorLabel);

    auto *listTitle = new QLabel(tr("Payments received"), this);
    left->addWidget(listTitle);
    m_paymentList = new QListWidget(this);
    m_paymentList->setObjectName(QStringLiteral("paymentList"));
    m_paymentList->setFocusPolicy(Qt::NoFocus);
    m_paymentList->setMaximumHeight(120);
    left->addWidget(m_paymentList);

    auto *bottom = new QHBoxLayout();
    m_undoButton = new QPushButton(tr("Remove last payment"), this);
    m_undoButton->setObjectName(QStringLiteral("undoPaymentButton"));
    m_undoButton->setFocusPolicy(Qt::NoFocus);
    m_undoButton->setAutoDefault(false);
    m_undoButton->setMinimumHeight(56);
    connect(m_undoButton, &QPushButton::clicked, this, &PaymentDialog::undoLast);
    bottom->addWidget(m_undoButton);
    auto *cancel = new QPushButton(tr("Cancel (%1)").arg(keyText(Qt::Key_Escape)), this);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setFocusPolicy(Qt::NoFocus);
    cancel->setAutoDefault(false);
    cancel->setMinimumHeight(56);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    bottom->addWidget(cancel);
    auto *help = Help::button(this, [] { return HelpTopic::Payment; });
    help->setMinimumHeight(56);
    bottom->addWidget(help);
    Help::installKey(this, [] { return HelpTopic::Payment; });
    left->addLayout(bottom);
    layout->addLayout(left, 1);

    AmountKeypad::Options options;
    options.confirmText = tr("Confirm (%1)").arg(keyText(Qt::Key_Enter));
    options.keyWidth = 88;
    options.keyHeight = 64;
    auto *keypad = new AmountKeypad(m_amountField, options, this);
    connect(keypad, &AmountKeypad::confirmed, this, &PaymentDialog::confirmAmount);
    layout->addWidget(keypad, 0, Qt::AlignBottom);

    setMethod(core::PaymentMethod::Cash);
    refresh();
}

QWidget *PaymentDialog::createMethods()
{
    auto *box = new QWidget(this);
    // Two by two: four in a row would make the dialog wider than a 1024 px screen.
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(10);
    int index = 0;
    m_methods = new QButtonGroup(this);
    m_methods->setExclusive(true);
    const struct
    {
        core::PaymentMethod method;
        const char *name;
        Qt::Key key;
    } methods[] = {
        {core::PaymentMethod::Cash, "cashButton", Qt::Key_F1},
        {core::PaymentMethod::Card, "cardButton", Qt::Key_F2},
        {core::PaymentMethod::Cheque, "chequeButton", Qt::Key_F3},
        {core::PaymentMethod::Free, "freeButton", Qt::Key_F4},
    };
    for (const auto &entry : methods) {
        // "Espèces (F1)": the method from the keyboard as well as by touch.
        const QString key = QKeySequence(entry.key).toString(QKeySequence::NativeText);
        auto *button =
            new QPushButton(tr("%1 (%2)").arg(core::displayName(entry.method), key), box);
        button->setShortcut(QKeySequence(entry.key));
        button->setObjectName(QString::fromLatin1(entry.name));
        button->setProperty("method", true);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus);
        button->setAutoDefault(false);
        button->setMinimumHeight(methodHeight);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_methods->addButton(button, int(entry.method));
        grid->addWidget(button, index / 2, index % 2);
        ++index;
    }
    connect(m_methods, &QButtonGroup::idClicked, this,
        [this](int id) { setMethod(core::PaymentMethod(id)); });
    return box;
}

qint64 PaymentDialog::paidCents() const
{
    qint64 paid = 0;
    for (const core::PaymentDraft &payment : m_payments)
        paid += payment.amountCents;
    return paid;
}

qint64 PaymentDialog::remainingCents() const
{
    return qMax<qint64>(0, m_totalCents - paidCents());
}

void PaymentDialog::setMethod(core::PaymentMethod method)
{
    m_method = method;
    if (QAbstractButton *button = m_methods->button(int(method)))
        button->setChecked(true);
    // Only cash may exceed what remains: other methods start from the exact amount.
    if (method != core::PaymentMethod::Cash)
        m_amountField->setText(core::money::formatPlain(remainingCents()));
    m_chequeBox->setVisible(method == core::PaymentMethod::Cheque);
    m_amountField->selectAll();
    m_amountField->setFocus();
    m_errorLabel->clear();
    updateChange();
}

void PaymentDialog::refresh()
{
    m_paidLabel->setText(tr("Paid: %1").arg(core::money::format(paidCents())));
    m_remainingLabel->setText(tr("Remaining: %1").arg(core::money::format(remainingCents())));
    m_paymentList->clear();
    for (const core::PaymentDraft &payment : std::as_const(m_payments)) {
        QString text = tr("%1: %2").arg(
            core::displayName(payment.method), core::money::format(payment.amountCents));
        if (!payment.chequeBank.isEmpty() || !payment.chequeNumber.isEmpty())
            text +=
                QStringLiteral(" (%1)").arg(QStringList{payment.chequeBank, payment.chequeNumber}
                                                .join(QLatin1Char(' '))
                                                .trimmed());
        m_paymentList->addItem(text);
    }
    m_chequeBank->clear();
    m_chequeNumber->clear();
    m_undoButton->setEnabled(!m_payments.isEmpty());
    m_amountField->setText(core::money::formatPlain(remainingCents()));
    m_amountField->selectAll();
    m_amountField->setFocus();
    updateChange();
}

void PaymentDialog::updateChange()
{
    if (m_method != core::PaymentMethod::Cash) {
        m_changeLabel->clear();
        return;
    }
    const auto amount = core::money::parse(m_amountField->text());
    if (amount && *amount > remainingCents())
        m_changeLabel->setText(
            tr("Change to give: %1").arg(core::money::format(*amount - remainingCents())));
    else
        m_changeLabel->clear();
}

void PaymentDialog::confirmAmount()
{
    const auto amount = core::money::parse(m_amountField->text());
    if (!amount) {
        showError(amount.error().message);
        return;
    }
    core::PaymentDraft payment{m_method, *amount};
    if (m_method == core::PaymentMethod::Cheque) {
        payment.chequeBank = m_chequeBank->text().simplified();
        payment.chequeNumber = m_chequeNumber->text().simplified();
    }
    if (auto accepted = core::Sales::acceptPayment(m_totalCents, m_payments, payment); !accepted) {
        showError(accepted.error().message);
        return;
    }
    m_payments.append(payment);
    if (paidCents() >= m_totalCents) {
        accept();
        return;
    }
    refresh();
}

void PaymentDialog::undoLast()
{
    if (m_payments.isEmpty())
        return;
    m_payments.removeLast();
    refresh();
}

void PaymentDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_amountField->selectAll();
    m_amountField->setFocus();
}

bool PaymentDialog::eventFilter(QObject *watched, QEvent *event)
{
    const bool field =
        watched == m_amountField || watched == m_chequeBank || watched == m_chequeNumber;
    if (field && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            confirmAmount();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace recaisse::ui
