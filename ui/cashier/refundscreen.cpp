#include "refundscreen.h"

#include "core/money.h"
#include "core/permissions.h"
#include "core/store.h"
#include "core/users.h"
#include "ui/cashier/opensessionscreen.h"
#include "ui/common/formrow.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace recaisse::ui {

namespace {
constexpr int fieldHeight = 56;
constexpr int rowHeight = 68; // a keypad-style step button: 64 px of content and its border

} // namespace

RefundScreen::RefundScreen(core::Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("refundScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(12);

    auto *title = new QLabel(tr("Refund a ticket"), this);
    title->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(title);

    auto *columns = new QHBoxLayout();
    columns->setSpacing(24);
    layout->addLayout(columns, 1);

    // Left: the ticket and its lines.
    auto *ticketCard = new QFrame(this);
    ticketCard->setObjectName(QStringLiteral("card"));
    auto *ticketLayout = new QVBoxLayout(ticketCard);
    ticketLayout->setContentsMargins(20, 16, 20, 16);
    ticketLayout->setSpacing(10);
    auto *numberCaption = new QLabel(tr("Ticket number"), ticketCard);
    numberCaption->setObjectName(QStringLiteral("cardTitle"));
    ticketLayout->addWidget(numberCaption);
    auto *numberRow = new QHBoxLayout();
    numberRow->setSpacing(12);
    m_numberField = new QLineEdit(ticketCard);
    m_numberField->setObjectName(QStringLiteral("ticketField"));
    m_numberField->setPlaceholderText(QStringLiteral("CAISSE1-T000042"));
    m_numberField->setMinimumHeight(fieldHeight);
    m_numberField->setMaxLength(64);
    connect(m_numberField, &QLineEdit::textEdited, this, [this] { showError({}); });
    connect(m_numberField, &QLineEdit::returnPressed, this, &RefundScreen::findTicket);
    numberRow->addWidget(m_numberField, 1);
    auto *findButton = new QPushButton(tr("Find"), ticketCard);
    findButton->setObjectName(QStringLiteral("findButton"));
    findButton->setAutoDefault(false);
    findButton->setMinimumSize(140, fieldHeight);
    connect(findButton, &QPushButton::clicked, this, &RefundScreen::findTicket);
    numberRow->addWidget(findButton);
    ticketLayout->addLayout(numberRow);

    m_saleLabel = new QLabel(ticketCard);
    m_saleLabel->setObjectName(QStringLiteral("saleLabel"));
    m_saleLabel->setWordWrap(true);
    ticketLayout->addWidget(m_saleLabel);

    auto *scroll = new QScrollArea(ticketCard);
    scroll->setObjectName(QStringLiteral("refundLines"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_linesWidget = new QWidget(scroll);
    m_linesLayout = new QVBoxLayout(m_linesWidget);
    m_linesLayout->setContentsMargins(0, 0, 0, 0);
    m_linesLayout->setSpacing(8);
    m_linesLayout->addStretch(1);
    scroll->setWidget(m_linesWidget);
    ticketLayout->addWidget(scroll, 1);
    columns->addWidget(ticketCard, 3);

    // Right: how and why.
    auto *refundCard = new QFrame(this);
    refundCard->setObjectName(QStringLiteral("card"));
    auto *refundLayout = new QVBoxLayout(refundCard);
    refundLayout->setContentsMargins(20, 16, 20, 16);
    refundLayout->setSpacing(10);
    auto *methodCaption = new QLabel(tr("Pay back"), refundCard);
    methodCaption->setObjectName(QStringLiteral("cardTitle"));
    refundLayout->addWidget(methodCaption);
    auto *methodRow = new QHBoxLayout();
    methodRow->setSpacing(10);
    m_methods = new QButtonGroup(this);
    m_methods->setExclusive(true);
    const auto makeMethod = [&](core::PaymentMethod method, const QString &name) {
        auto *button = new QPushButton(core::displayName(method), refundCard);
        button->setObjectName(name);
        button->setCheckable(true);
        button->setAutoDefault(false);
        button->setProperty("choice", true);
        button->setMinimumHeight(fieldHeight); // as wide as its name needs
        m_methods->addButton(button, int(method));
        methodRow->addWidget(button);
        return button;
    };
    m_cashButton = makeMethod(core::PaymentMethod::Cash, QStringLiteral("cashButton"));
    m_cardButton = makeMethod(core::PaymentMethod::Card, QStringLiteral("cardButton"));
    m_chequeButton = makeMethod(core::PaymentMethod::Cheque, QStringLiteral("chequeButton"));
    refundLayout->addLayout(methodRow);

    auto *reasonCaption = new QLabel(tr("Reason (required)"), refundCard);
    reasonCaption->setObjectName(QStringLiteral("cardTitle"));
    refundLayout->addWidget(reasonCaption);
    m_reasonField = new QLineEdit(refundCard);
    m_reasonField->setObjectName(QStringLiteral("reasonField"));
    m_reasonField->setMinimumHeight(fieldHeight);
    m_reasonField->setMaxLength(core::maxTextLength);
    m_reasonField->setPlaceholderText(tr("e.g. broken item"));
    connect(m_reasonField, &QLineEdit::textEdited, this, [this] { showError({}); });
    refundLayout->addWidget(m_reasonField);
    refundLayout->addStretch(1);
    columns->addWidget(refundCard, 2);

    m_errorLabel = FormRow::addMessage(layout, this, QStringLiteral("errorLabel"));
    m_resultLabel = FormRow::addMessage(layout, this, QStringLiteral("resultLabel"), false);

    const FormRow::Buttons buttons =
        FormRow::addButtons(layout, this, tr("Refund"), QStringLiteral("refundButton"));
    connect(buttons.back, &QPushButton::clicked, this, &RefundScreen::cancelled);
    m_refundButton = buttons.primary;
    connect(m_refundButton, &QPushButton::clicked, this, &RefundScreen::submit);

    reset();
}

void RefundScreen::setActor(const core::Actor &actor)
{
    m_actor = actor;
    reset();
}

void RefundScreen::setUnlockPrompt(UnlockPrompt prompt)
{
    m_prompt = std::move(prompt);
}

void RefundScreen::reset()
{
    m_sale.reset();
    clearLines();
    m_numberField->clear();
    m_reasonField->clear();
    m_saleLabel->clear();
    m_cashButton->setChecked(true);
    m_resultLabel->clear();
    m_resultLabel->hide();
    m_refundButton->setEnabled(false);
    showError({});
    m_numberField->setFocus();
}

void RefundScreen::clearLines()
{
    for (const LineRow &row : std::as_const(m_rows)) {
        delete row.check->parentWidget();
    }
    m_rows.clear();
}

void RefundScreen::findTicket()
{
    m_resultLabel->hide();
    const QString number = m_numberField->text().trimmed().toUpper();
    if (number.isEmpty()) {
        showError(tr("Type the number printed on the ticket."));
        return;
    }
    const auto sale = core::Sales(m_store).findByNumber(number);
    if (!sale) {
        m_sale.reset();
        clearLines();
        m_saleLabel->clear();
        m_refundButton->setEnabled(false);
        showError(sale.error().message);
        return;
    }
    m_numberField->setText(number);
    showError({});
    showSale(*sale);
}

void RefundScreen::showSale(const core::Sale &sale)
{
    m_sale = sale;
    clearLines();
    m_saleLabel->setText(tr("Ticket %1 of %2: %3")
                             .arg(sale.stamp.number,
                                 sale.stamp.createdUtc.toTimeZone(m_store.timeZone())
                                     .toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                                 core::money::format(sale.totalCents)));
    int index = 0;
    for (const core::SaleLine &line : sale.lines) {
        auto *rowWidget = new QWidget(m_linesWidget);
        auto *row = new QHBoxLayout(rowWidget);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(12);
        auto *check =
            new QCheckBox(tr("%1 × %2 — %3")
                              .arg(line.quantity)
                              .arg(line.categoryName, core::money::format(line.unitPriceCents)),
                rowWidget);
        check->setObjectName(QStringLiteral("refundLine"));
        check->setChecked(true);
        check->setMinimumHeight(rowHeight);
        row->addWidget(check, 1);
        auto *quantity = new QSpinBox(rowWidget);
        quantity->setObjectName(QStringLiteral("refundQuantity"));
        quantity->setRange(1, int(qBound<qint64>(1, line.quantity, core::maxQuantity)));
        quantity->setValue(quantity->maximum());
        quantity->setFixedSize(80, rowHeight);
        quantity->setAlignment(Qt::AlignCenter);
        quantity->setButtonSymbols(QAbstractSpinBox::NoButtons);
        quantity->setAccessibleName(tr("Quantity to refund"));
        // Touch-size steps instead of the spin box's small arrows.
        auto *minus = new QPushButton(QStringLiteral("\u2212"), rowWidget);
        minus->setObjectName(QStringLiteral("quantityMinus"));
        auto *plus = new QPushButton(QStringLiteral("+"), rowWidget);
        plus->setObjectName(QStringLiteral("quantityPlus"));
        for (QPushButton *step : {minus, plus}) {
            step->setProperty("keypad", true);
            step->setFixedSize(rowHeight, rowHeight);
            step->setAutoDefault(false);
            step->setFocusPolicy(Qt::NoFocus);
            connect(check, &QCheckBox::toggled, step, &QPushButton::setEnabled);
        }
        connect(minus, &QPushButton::clicked, quantity, &QSpinBox::stepDown);
        connect(plus, &QPushButton::clicked, quantity, &QSpinBox::stepUp);
        row->addWidget(minus);
        row->addWidget(quantity);
        row->addWidget(plus);
        connect(check, &QCheckBox::toggled, quantity, &QSpinBox::setEnabled);
        connect(check, &QCheckBox::toggled, this, [this] { showError({}); });
        m_linesLayout->insertWidget(index++, rowWidget);
        rowWidget->show();
        m_rows.append(LineRow{line.lineNo, check, quantity});
    }
    m_refundButton->setEnabled(true);
}

core::PaymentMethod RefundScreen::method() const
{
    return core::PaymentMethod(m_methods->checkedId());
}

void RefundScreen::submit()
{
    m_resultLabel->hide();
    if (!m_sale) {
        showError(tr("Find the ticket first."));
        return;
    }
    core::RefundDraft draft;
    draft.saleNumber = m_sale->stamp.number;
    draft.method = method();
    draft.reason = m_reasonField->text().trimmed();
    for (const LineRow &row : std::as_const(m_rows)) {
        if (row.check->isChecked())
            draft.lines.append(core::RefundLineDraft{row.saleLineNo, row.quantity->value()});
    }
    if (draft.lines.isEmpty()) {
        showError(tr("Tick at least one line to refund."));
        return;
    }
    // Everything ticked at the sold quantities: the whole ticket, as far as it is not refunded yet
    // (core then says so when nothing is left).
    const bool whole = draft.lines.size() == m_rows.size()
        && std::all_of(m_rows.cbegin(), m_rows.cend(),
            [](const LineRow &row) { return row.quantity->value() == row.quantity->maximum(); });
    if (whole)
        draft.lines.clear();
    if (draft.reason.isEmpty()) {
        showError(core::Sales::tr("Give the reason for the refund."));
        m_reasonField->setFocus();
        return;
    }
    std::optional<core::Unlock> unlock;
    if (!core::Users(m_store).may(m_actor, core::Permission::RecordRefund) && m_prompt)
        unlock = m_prompt(tr("Refund of ticket %1").arg(draft.saleNumber));
    const auto refund = core::Sales(m_store).refund(m_actor, draft, unlock);
    if (!refund) {
        showError(refund.error().message);
        return;
    }
    const core::Refund done = *refund;
    m_sale.reset();
    clearLines();
    m_saleLabel->clear();
    m_numberField->clear();
    m_reasonField->clear();
    m_refundButton->setEnabled(false);
    showError({});
    m_resultLabel->setText(tr("Refund %1 recorded: %2 to give back")
                               .arg(done.stamp.number, core::money::format(done.totalCents)));
    m_resultLabel->show();
    emit refunded(done);
}

void RefundScreen::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

} // namespace recaisse::ui
