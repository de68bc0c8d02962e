#include "discountdialog.h"

#include "core/members.h"
#include "core/money.h"
#include "core/solidarity.h"
#include "core/store.h"
#include "core/vat.h"
#include "ui/common/amountkeypad.h"
#include "ui/common/keytext.h"
#include "ui/common/touchkeyboard.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace recaisse::ui {

DiscountDialog::DiscountDialog(core::Store &store, const core::SaleDraft &draft, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("discountDialog"));
    setWindowTitle(tr("Solidarity price"));
    setModal(true);
    m_draft.discount.reset();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 20);
    layout->setSpacing(24);
    auto *left = new QVBoxLayout();
    left->setSpacing(10);
    left->addWidget(new QLabel(
        tr("Full price: %1").arg(core::money::format(core::Sales::listTotal(m_draft))), this));
    // The site's presets; unreadable ones leave the typed discount only.
    auto presets = core::Solidarity::sitePresets(m_store);
    if (presets)
        m_presets = presets->discounts;
    for (int i = 0; i < m_presets.size(); ++i) {
        const core::Discount &preset = m_presets.at(i);
        auto *button = new QPushButton(
            QStringLiteral("%1 %2 (%3)")
                .arg(preset.reason, core::Solidarity::describe(preset), keyText(presetKey(i))),
            this);
        button->setObjectName(QStringLiteral("discountPresetButton"));
        button->setFocusPolicy(Qt::NoFocus);
        button->setAutoDefault(false);
        button->setMinimumHeight(52);
        connect(button, &QPushButton::clicked, this, [this, i] { choosePreset(i); });
        left->addWidget(button);
    }
    // Beside the presets, above the keypad (typed on the touch keyboard): the member a
    // members-only discount needs, or the member the ticket is for.
    m_memberField = new QLineEdit(this);
    m_memberField->setObjectName(QStringLiteral("discountMemberField"));
    m_memberField->setMaxLength(core::maxMemberNameLength);
    m_memberField->setMinimumHeight(40);
    // The member already linked to the ticket.
    if (const auto ticketMember = core::Sales::memberOf(draft);
        ticketMember && !ticketMember->isEmpty()) {
        if (const auto member = core::Members(m_store).find(*ticketMember))
            m_memberField->setText(member->number);
    }

    auto *kinds = new QHBoxLayout();
    m_percentButton = new QPushButton(tr("Percentage"), this);
    m_percentButton->setObjectName(QStringLiteral("percentButton"));
    m_amountButton = new QPushButton(tr("Amount in €"), this);
    m_amountButton->setObjectName(QStringLiteral("amountButton"));
    for (QPushButton *button : {m_percentButton, m_amountButton}) {
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus);
        button->setAutoDefault(false);
        button->setMinimumHeight(48);
        kinds->addWidget(button);
    }
    connect(m_percentButton, &QPushButton::clicked, this, [this] { setAmountTyped(false); });
    connect(m_amountButton, &QPushButton::clicked, this, [this] { setAmountTyped(true); });
    // A typed discount may be for members only, like a preset.
    m_membersOnlyButton = new QPushButton(tr("Members only"), this);
    m_membersOnlyButton->setObjectName(QStringLiteral("membersOnlyButton"));
    m_membersOnlyButton->setCheckable(true);
    m_membersOnlyButton->setFocusPolicy(Qt::NoFocus);
    m_membersOnlyButton->setAutoDefault(false);
    m_membersOnlyButton->setMinimumHeight(48);
    kinds->addWidget(m_membersOnlyButton);
    left->addLayout(kinds);
    m_valueField = new QLineEdit(this);
    m_valueField->setObjectName(QStringLiteral("discountValueField"));
    m_valueField->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_valueField->setMinimumHeight(56);
    m_valueField->setMaxLength(12);
    // The keypad beside it types the figures.
    m_valueField->setProperty(TouchKeyboard::property, false);
    left->addWidget(m_valueField);
    left->addWidget(new QLabel(tr("Reason"), this));
    m_reasonField = new QLineEdit(this);
    m_reasonField->setObjectName(QStringLiteral("discountReasonField"));
    m_reasonField->setMaxLength(core::Solidarity::maxReasonLength);
    m_reasonField->setMinimumHeight(48);
    left->addWidget(m_reasonField);
    m_previewLabel = new QLabel(this);
    m_previewLabel->setObjectName(QStringLiteral("discountPreview"));
    left->addWidget(m_previewLabel);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setMinimumHeight(28);
    left->addWidget(m_errorLabel);
    if (!presets)
        m_errorLabel->setText(presets.error().message);
    connect(m_memberField, &QLineEdit::textChanged, m_errorLabel, &QLabel::clear);
    for (QLineEdit *field : {m_valueField, m_reasonField})
        connect(field, &QLineEdit::textChanged, this, [this] {
            m_errorLabel->clear();
            updatePreview();
        });

    auto *buttons = new QHBoxLayout();
    auto *apply = new QPushButton(tr("Apply (%1)").arg(keyText(Qt::Key_Return)), this);
    apply->setObjectName(QStringLiteral("applyDiscountButton"));
    auto *none = new QPushButton(tr("Full price"), this);
    none->setObjectName(QStringLiteral("noDiscountButton"));
    auto *cancel = new QPushButton(tr("Cancel (%1)").arg(keyText(Qt::Key_Escape)), this);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    for (QPushButton *button : {apply, none, cancel}) {
        button->setFocusPolicy(Qt::NoFocus);
        button->setAutoDefault(false);
        button->setMinimumHeight(56);
        buttons->addWidget(button);
    }
    connect(apply, &QPushButton::clicked, this, &DiscountDialog::applyTyped);
    connect(none, &QPushButton::clicked, this, &DiscountDialog::removeDiscount);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    left->addLayout(buttons);
    left->addStretch(1);
    layout->addLayout(left, 1);

    AmountKeypad::Options options;
    options.keyWidth = 80;
    options.keyHeight = 60;
    auto *right = new QVBoxLayout();
    auto *memberLabel = new QLabel(tr("Member (number or name)"), this);
    memberLabel->setWordWrap(true);
    right->addWidget(memberLabel);
    right->addWidget(m_memberField);
    right->addStretch(1);
    right->addWidget(new AmountKeypad(m_valueField, options, this));
    layout->addLayout(right);
    setAmountTyped(false);
    m_valueField->setFocus();
}

void DiscountDialog::setAmountTyped(bool amount)
{
    m_amount = amount;
    m_percentButton->setChecked(!amount);
    m_amountButton->setChecked(amount);
    m_valueField->setPlaceholderText(amount ? tr("e.g. 5,00") : tr("e.g. 10"));
    updatePreview();
}

void DiscountDialog::choosePreset(int index)
{
    if (index < 0 || index >= m_presets.size())
        return;
    core::Discount discount = m_presets.at(index);
    if (chooseMember(discount))
        tryAccept(discount);
}

bool DiscountDialog::chooseMember(core::Discount &discount)
{
    const QString typed = m_memberField->text().simplified();
    if (typed.isEmpty()) {
        if (!discount.membersOnly)
            return true;
        m_errorLabel->setText(tr("Type the member's number or name first."));
        m_memberField->setFocus();
        return false;
    }
    const auto found = core::Members(m_store).search(typed);
    if (!found) {
        m_errorLabel->setText(found.error().message);
        return false;
    }
    // The number typed whole, or the only member the text finds.
    for (const core::Member &member : *found)
        if (member.number.compare(typed, Qt::CaseInsensitive) == 0)
            discount.memberId = member.id;
    if (discount.memberId.isEmpty() && found->size() == 1)
        discount.memberId = found->first().id;
    if (discount.memberId.isEmpty()) {
        m_errorLabel->setText(found->isEmpty()
                ? tr("No member matches \"%1\".").arg(typed)
                : tr("Several members match \"%1\": type the number.").arg(typed));
        return false;
    }
    return true;
}

void DiscountDialog::setMemberTyped(const QString &text)
{
    m_memberField->setText(text);
}

void DiscountDialog::setMembersOnly(bool membersOnly)
{
    m_membersOnlyButton->setChecked(membersOnly);
}

void DiscountDialog::applyTyped()
{
    core::Discount discount;
    discount.kind = m_amount ? core::DiscountKind::Fixed : core::DiscountKind::Percent;
    if (m_amount) {
        const auto cents = core::money::parse(m_valueField->text());
        if (!cents) {
            m_errorLabel->setText(cents.error().message);
            return;
        }
        discount.value = *cents;
    } else {
        const auto rate = core::vat::parseRate(m_valueField->text());
        if (!rate) {
            m_errorLabel->setText(rate.error().message);
            return;
        }
        discount.value = *rate;
    }
    discount.reason = m_reasonField->text();
    discount.membersOnly = m_membersOnlyButton->isChecked();
    if (chooseMember(discount))
        tryAccept(discount);
}

void DiscountDialog::removeDiscount()
{
    m_choice = Choice{};
    accept();
}

void DiscountDialog::tryAccept(const core::Discount &discount)
{
    core::SaleDraft withDiscount = m_draft;
    withDiscount.discount = discount;
    if (const auto shares = core::Sales::lineDiscounts(withDiscount); !shares) {
        m_errorLabel->setText(shares.error().message);
        return;
    }
    if (const auto member = core::Solidarity::checkMember(m_store, discount, m_store.today());
        !member) {
        m_errorLabel->setText(member.error().message);
        return;
    }
    m_choice = Choice{discount};
    accept();
}

void DiscountDialog::updatePreview()
{
    core::SaleDraft withDiscount = m_draft;
    core::Discount discount;
    discount.reason = m_reasonField->text().isEmpty() ? QStringLiteral("-") : m_reasonField->text();
    if (m_amount) {
        const auto parsed = core::money::parse(m_valueField->text());
        discount.kind = core::DiscountKind::Fixed;
        discount.value = parsed ? *parsed : 0;
    } else {
        const auto parsed = core::vat::parseRate(m_valueField->text());
        discount.value = parsed ? *parsed : 0;
    }
    withDiscount.discount = discount;
    if (core::Sales::lineDiscounts(withDiscount))
        m_previewLabel->setText(
            tr("New total: %1").arg(core::money::format(core::Sales::total(withDiscount))));
    else
        m_previewLabel->clear();
}

void DiscountDialog::keyPressEvent(QKeyEvent *event)
{
    for (int i = 0; i < m_presets.size(); ++i) {
        if (event->key() == presetKey(i)) {
            choosePreset(i);
            return;
        }
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        applyTyped();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace recaisse::ui
