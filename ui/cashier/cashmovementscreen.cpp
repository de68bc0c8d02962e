#include "cashmovementscreen.h"

#include "core/cashsession.h"
#include "core/money.h"
#include "core/store.h"
#include "ui/cashier/opensessionscreen.h"
#include "ui/common/amountkeypad.h"
#include "ui/common/formrow.h"

#include <QButtonGroup>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace recaisse::ui {

namespace {
constexpr int fieldHeight = 56;
constexpr int maxReasonLength = 200;

} // namespace

CashMovementScreen::CashMovementScreen(core::Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("cashMovementScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 12);
    layout->setSpacing(8);

    auto *title = new QLabel(tr("Cash in or out of the drawer"), this);
    title->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(title);

    auto *directions = new QHBoxLayout();
    directions->setSpacing(12);
    m_directions = new QButtonGroup(this);
    m_directions->setExclusive(true);
    m_inButton = new QPushButton(tr("Cash in"), this);
    m_inButton->setObjectName(QStringLiteral("inButton"));
    m_outButton = new QPushButton(tr("Cash out"), this);
    m_outButton->setObjectName(QStringLiteral("outButton"));
    for (QPushButton *button : {m_inButton, m_outButton}) {
        button->setCheckable(true);
        button->setAutoDefault(false);
        button->setProperty("choice", true);
        button->setMinimumSize(240, 56);
        m_directions->addButton(button);
        directions->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this] { showError({}); });
    }
    directions->addStretch(1);
    layout->addLayout(directions);

    auto *columns = new QHBoxLayout();
    columns->setSpacing(24);
    layout->addLayout(columns, 1);

    auto *amountCard = new QFrame(this);
    amountCard->setObjectName(QStringLiteral("card"));
    auto *amountLayout = new QVBoxLayout(amountCard);
    amountLayout->setContentsMargins(16, 10, 16, 10);
    amountLayout->setSpacing(8);
    auto *amountCaption = new QLabel(tr("Amount"), amountCard);
    amountCaption->setObjectName(QStringLiteral("cardTitle"));
    amountLayout->addWidget(amountCaption);
    m_amountField = new QLineEdit(amountCard);
    m_amountField->setObjectName(QStringLiteral("amountField"));
    m_amountField->setProperty("money", true);
    m_amountField->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_amountField->setFixedSize(AmountKeypad::Options{}.rowWidth(), 64);
    m_amountField->setPlaceholderText(QStringLiteral("0,00"));
    m_amountField->setMaxLength(16);
    connect(m_amountField, &QLineEdit::textEdited, this, [this] { showError({}); });
    connect(m_amountField, &QLineEdit::returnPressed, this, [this] { m_reasonField->setFocus(); });
    // The keypad beside the field, not under it: the whole form fits above the buttons at 768 px.
    auto *amountRow = new QHBoxLayout();
    amountRow->setSpacing(24);
    amountRow->addWidget(m_amountField, 0, Qt::AlignTop);
    auto *keypad = new AmountKeypad(m_amountField, AmountKeypad::Options{}, amountCard);
    connect(keypad, &AmountKeypad::edited, this, [this] { showError({}); });
    amountRow->addWidget(keypad);
    amountLayout->addLayout(amountRow);
    amountLayout->addStretch(1);
    columns->addWidget(amountCard);

    auto *reasonCard = new QFrame(this);
    reasonCard->setObjectName(QStringLiteral("card"));
    auto *reasonLayout = new QVBoxLayout(reasonCard);
    reasonLayout->setContentsMargins(16, 10, 16, 10);
    reasonLayout->setSpacing(8);
    auto *reasonCaption = new QLabel(tr("Reason (required)"), reasonCard);
    reasonCaption->setObjectName(QStringLiteral("cardTitle"));
    reasonLayout->addWidget(reasonCaption);
    m_reasonField = new QLineEdit(reasonCard);
    m_reasonField->setObjectName(QStringLiteral("reasonField"));
    m_reasonField->setMinimumHeight(64);
    m_reasonField->setMaxLength(maxReasonLength);
    connect(m_reasonField, &QLineEdit::textEdited, this, [this] { showError({}); });
    connect(m_reasonField, &QLineEdit::returnPressed, this, &CashMovementScreen::submit);
    reasonLayout->addWidget(m_reasonField);
    const QStringList presets{tr("Change float top-up"), tr("Bank deposit"), tr("Small purchase")};
    int index = 0;
    for (const QString &preset : presets) {
        auto *button = new QPushButton(preset, reasonCard);
        button->setObjectName(QStringLiteral("preset%1").arg(index++));
        button->setAutoDefault(false);
        button->setFocusPolicy(Qt::NoFocus);
        button->setMinimumHeight(fieldHeight);
        connect(button, &QPushButton::clicked, this, [this, preset] {
            m_reasonField->setText(preset);
            showError({});
        });
        reasonLayout->addWidget(button);
    }
    reasonLayout->addStretch(1);
    columns->addWidget(reasonCard, 1);

    m_errorLabel = FormRow::addMessage(layout, this, QStringLiteral("errorLabel"));
    m_resultLabel = FormRow::addMessage(layout, this, QStringLiteral("resultLabel"), false);

    const FormRow::Buttons buttons =
        FormRow::addButtons(layout, this, tr("Record"), QStringLiteral("recordButton"));
    connect(buttons.back, &QPushButton::clicked, this, &CashMovementScreen::cancelled);
    m_recordButton = buttons.primary;
    connect(m_recordButton, &QPushButton::clicked, this, &CashMovementScreen::submit);

    reset();
}

void CashMovementScreen::setActor(const core::Actor &actor)
{
    m_actor = actor;
    reset();
}

void CashMovementScreen::reset()
{
    m_inButton->setChecked(true);
    m_amountField->clear();
    m_reasonField->clear();
    m_resultLabel->clear();
    m_resultLabel->hide();
    showError({});
    m_amountField->setFocus();
}

void CashMovementScreen::submit()
{
    m_resultLabel->hide();
    const auto amount = core::money::parse(m_amountField->text());
    if (!amount) {
        showError(amount.error().message);
        m_amountField->setFocus();
        return;
    }
    const core::MovementDirection direction =
        m_outButton->isChecked() ? core::MovementDirection::Out : core::MovementDirection::In;
    const auto stamp = core::CashSessions(m_store).moveCash(
        m_actor, direction, *amount, m_reasonField->text().trimmed());
    if (!stamp) {
        showError(stamp.error().message);
        return;
    }
    const core::DocumentStamp done = *stamp;
    m_amountField->clear();
    m_reasonField->clear();
    showError({});
    m_resultLabel->setText(
        (direction == core::MovementDirection::In ? tr("Cash in %1 recorded: %2")
                                                  : tr("Cash out %1 recorded: %2"))
            .arg(done.number, core::money::format(*amount)));
    m_resultLabel->show();
    emit moved(done);
}

void CashMovementScreen::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

} // namespace recaisse::ui
