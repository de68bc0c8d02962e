#include "salescreen.h"

#include "core/money.h"
#include "core/permissions.h"
#include "core/sales.h"
#include "core/solidarity.h"
#include "core/store.h"
#include "core/users.h"
#include "core/vat.h"
#include "donationdialog.h"
#include "giftdialog.h"
#include "memberdialog.h"
#include "paymentdialog.h"
#include "taxreceiptdialog.h"
#include "ui/common/amountkeypad.h"
#include "ui/common/buttoncolumns.h"
#include "ui/common/keytext.h"
#include "ui/common/scaleweight.h"

#include <QColor>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace recaisse::ui {

namespace {
constexpr int maxCategoryColumns = 5;
constexpr int categoryButtonHeight = 88;
constexpr int bigButtonHeight = 64;
constexpr int wrapColumns = 18;

enum Column { NameColumn, QuantityColumn, UnitColumn, TotalColumn, WeightColumn, ColumnCount };

// Push buttons do not wrap their text: break long category names between words.
QString wrapped(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    QString line;
    for (const QString &word : words) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > wrapColumns) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    // A single '&' would read as a mnemonic ("Livres & médias").
    return lines.join(QLatin1Char('\n')).replace(QLatin1Char('&'), QStringLiteral("&&"));
}

// White text on dark colours, dark text on light ones.
QString buttonStyle(const QString &color)
{
    const QColor background(color.isEmpty() ? QStringLiteral("#90A4AE") : color);
    // Perceived brightness (ITU-R BT.601 weights, in thousandths).
    const bool light =
        299 * background.red() + 587 * background.green() + 114 * background.blue() > 165'000;
    return QStringLiteral("QPushButton { background: %1; border: 2px solid %2; color: %3; "
                          "font-size: 14pt; font-weight: bold; border-radius: 10px; }"
                          "QPushButton:pressed { background: %2; }")
        .arg(background.name(), background.darker(130).name(),
            light ? QStringLiteral("#212121") : QStringLiteral("#FFFFFF"));
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    return item;
}
} // namespace

SaleScreen::SaleScreen(core::Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_catalog(store)
{
    setObjectName(QStringLiteral("saleScreen"));
    setFocusPolicy(Qt::StrongFocus);
    setStyleSheet(QStringLiteral(
        "#saleScreen { background: #F5F7F5; }"
        "#ticketPane { background: #FFFFFF; border: 1px solid #DDE3DD; border-radius: 12px; }"
        "#ticketPane QLabel { background: transparent; }"
        "#saleTotal { font-size: 30pt; font-weight: bold; color: #1B5E20; }"
        "#saleTotalCaption { font-size: 16pt; font-weight: bold; }"
        "#stepTitle { font-size: 18pt; font-weight: bold; color: #1B5E20; }"
        "#stepHint { color: #546E7A; }"
        "#quantityTitle, #weightTitle, #priceTitle { font-size: 15pt; font-weight: bold; }"
        "#saleStatus { font-size: 14pt; font-weight: bold; color: #1B5E20; }"
        "QLineEdit#quantityField, QLineEdit#weightField, QLineEdit#priceField { font-size: 26pt; "
        "border: 2px solid #B0BEC5; border-radius: 8px; padding: 4px 8px; background: #FFFFFF; }"
        "QLineEdit:focus { border-color: #2E7D32; }"
        "#payButton { font-size: 20pt; }"
        "QTableWidget { font-size: 12pt; }"));

    m_paymentPrompt = [this](qint64 totalCents) -> std::optional<QList<core::PaymentDraft>> {
        PaymentDialog dialog(totalCents, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.payments();
    };
    m_giftPrompt = [this]() -> std::optional<QString> {
        // The site's gift presets; unreadable ones leave the typed reason only.
        const auto presets = core::Solidarity::sitePresets(m_store);
        GiftDialog dialog(presets ? presets->gifts : QStringList(), this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.reason();
    };
    m_discountPrompt = [this](
                           const core::SaleDraft &draft) -> std::optional<DiscountDialog::Choice> {
        DiscountDialog dialog(m_store, draft, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.choice();
    };
    m_donationPrompt = [this]() -> std::optional<core::DonationDraft> {
        DonationDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.draft();
    };

    m_taxReceiptPrompt = [this](const core::Donation &donation) -> std::optional<core::Donor> {
        TaxReceiptDialog dialog(donation, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.donor();
    };
    m_memberPrompt = [this]() -> std::optional<MemberDialog::Choice> {
        MemberDialog dialog(m_store, m_actor, this);
        dialog.offerTicketLink();
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.choice();
    };
    m_parkedPrompt = [this](const QList<core::ParkedTicket> &tickets)
        -> std::optional<ParkedTicketsDialog::Choice> {
        ParkedTicketsDialog dialog(tickets, m_store.timeZone(), this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.choice();
    };

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(16);
    layout->addWidget(createStepArea(), 3);
    layout->addWidget(createTicketPane(), 2);

    showCategoryLevel({});
    refreshTicket();
    refreshParkedCount();
}

void SaleScreen::setScale(core::Scale *scale)
{
    m_scaleWeight->setScale(scale);
}

void SaleScreen::setActor(const core::Actor &actor)
{
    m_actor = actor;
}

void SaleScreen::setUnlockPrompt(UnlockPrompt prompt)
{
    m_unlockPrompt = std::move(prompt);
}

void SaleScreen::setPaymentPrompt(PaymentPrompt prompt)
{
    m_paymentPrompt = std::move(prompt);
}

void SaleScreen::setGiftPrompt(GiftPrompt prompt)
{
    m_giftPrompt = std::move(prompt);
}

void SaleScreen::setDiscountPrompt(DiscountPrompt prompt)
{
    m_discountPrompt = std::move(prompt);
}

void SaleScreen::giveAsGift()
{
    if (m_step != Step::Price || !m_giftPrompt)
        return;
    const auto reason = m_giftPrompt();
    if (!reason)
        return;
    m_priceField->setText(core::money::formatPlain(0));
    acceptPrice(0, *reason);
}

void SaleScreen::chooseDiscount()
{
    clearError();
    if (m_draft.lines.isEmpty()) {
        showError(tr("The ticket is empty."));
        return;
    }
    if (!m_discountPrompt)
        return;
    const auto choice = m_discountPrompt(m_draft);
    if (!choice)
        return;
    m_draft.discount = choice->discount;
    // The member typed with the discount is the ticket's, shown in the ticket pane.
    if (m_draft.discount && !m_draft.discount->memberId.isEmpty()) {
        m_draft.memberId = m_draft.discount->memberId;
        m_draft.discount->memberId.clear();
    }
    refreshTicket();
}

void SaleScreen::setDonationPrompt(DonationPrompt prompt)
{
    m_donationPrompt = std::move(prompt);
}

void SaleScreen::setMemberPrompt(MemberPrompt prompt)
{
    m_memberPrompt = std::move(prompt);
}

void SaleScreen::chooseMember()
{
    clearError();
    const auto choice = m_memberPrompt ? m_memberPrompt() : std::nullopt;
    setFocus();
    if (!choice)
        return;
    if (choice->ticketMember)
        linkMember(*choice->ticketMember);
    else if (choice->fee)
        recordMembershipFee(*choice->fee);
}

void SaleScreen::recordMembershipFee(const core::MembershipDraft &draft)
{
    const auto fee = core::Members(m_store).recordFee(m_actor, draft);
    if (!fee) {
        showError(fee.error().message);
        return;
    }
    QString status = tr("Membership fee %1 recorded: %2, until %3.")
                         .arg(fee->stamp.number, core::money::format(fee->amountCents),
                             QLocale().toString(fee->periodEnd, QLocale::ShortFormat));
    // The person who just paid the fee is the customer of the ticket being keyed.
    const auto ticketMember = core::Sales::memberOf(m_draft);
    if (!m_draft.lines.isEmpty() && ticketMember && ticketMember->isEmpty()) {
        if (const auto member = core::Members(m_store).find(fee->memberId)) {
            linkMember(*member);
            status += QLatin1Char(' ') + tr("The ticket is for %1.").arg(member->number);
        }
    }
    showStatus(status);
    if (fee->method == core::PaymentMethod::Cash)
        emit drawerOpenRequested();
}

void SaleScreen::linkMember(const core::Member &member)
{
    clearError();
    m_draft.memberId = member.id;
    // One member per ticket: a discount chosen for someone else now follows the ticket's.
    if (m_draft.discount)
        m_draft.discount->memberId.clear();
    refreshTicket();
}

void SaleScreen::unlinkMember()
{
    if (m_draft.memberId.isEmpty() && (!m_draft.discount || m_draft.discount->memberId.isEmpty()))
        return;
    clearError();
    m_draft.memberId.clear();
    QString status = tr("The ticket is for nobody now.");
    if (m_draft.discount) {
        m_draft.discount->memberId.clear();
        const auto forMembers = core::Solidarity::isMemberDiscount(m_store, *m_draft.discount);
        if (!forMembers || *forMembers) {
            status += QLatin1Char(' ')
                + tr("The member discount \"%1\" is removed with the member.")
                      .arg(m_draft.discount->reason);
            m_draft.discount.reset();
        }
    }
    refreshTicket();
    showStatus(status);
}

void SaleScreen::showStatus(const QString &status)
{
    // Shown only when it says something: the ticket's lines take its room at 768 px.
    m_statusLabel->setText(status);
    m_statusLabel->setVisible(!status.isEmpty());
}

void SaleScreen::showMember(bool shown)
{
    for (QWidget *widget : {static_cast<QWidget *>(m_unlinkButton),
             static_cast<QWidget *>(m_memberLabel), static_cast<QWidget *>(m_memberState)})
        widget->setVisible(shown);
}

void SaleScreen::refreshMember()
{
    const auto memberId = core::Sales::memberOf(m_draft);
    if (memberId && memberId->isEmpty()) {
        showMember(false);
        return;
    }
    showMember(true);
    const QDate today = m_store.today();
    // Core's word first: a member discount the membership does not allow, or two members.
    const auto checked = core::Sales(m_store).checkMember(m_draft, today);
    bool warning = !checked;
    QString state = checked ? QString() : checked.error().message;
    const auto member = memberId ? core::Members(m_store).find(*memberId)
                                 : core::Result<core::Member>(memberId.error());
    if (!member) {
        m_memberLabel->setText(tr("Member"));
        m_memberState->setText(state.isEmpty() ? member.error().message : state);
        warning = true;
    } else {
        m_memberLabel->setText(tr("Member %1 · %2").arg(member->number, member->name));
        if (state.isEmpty()) {
            const QString until = QLocale().toString(member->memberUntil, QLocale::ShortFormat);
            if (member->isCurrent(today)) {
                state = tr("Membership valid until %1").arg(until);
            } else {
                warning = true;
                state = member->memberUntil.isValid() ? tr("Membership expired on %1").arg(until)
                                                      : tr("No membership fee paid");
            }
        }
        m_memberState->setText(state);
    }
    m_memberState->setProperty("warning", warning);
    m_memberState->setStyleSheet(warning ? QStringLiteral("color: #B71C1C; font-weight: bold;")
                                         : QStringLiteral("color: #1B5E20;"));
}

void SaleScreen::setParkedPrompt(ParkedPrompt prompt)
{
    m_parkedPrompt = std::move(prompt);
}

void SaleScreen::parkTicket()
{
    clearError();
    if (m_draft.lines.isEmpty()) {
        showError(tr("Key a ticket before putting it aside."));
        return;
    }
    const auto parked = core::ParkedTickets(m_store).park(m_actor, m_draft);
    if (!parked) {
        showError(parked.error().message);
        return;
    }
    clearTicket();
    refreshParkedCount();
    showStatus(tr("Ticket put aside (%1): resume it with %2.")
                   .arg(core::money::format(parked->totalCents), keyText(Qt::Key_F7)));
    setFocus();
}

void SaleScreen::showParkedTickets()
{
    clearError();
    core::ParkedTickets parked(m_store);
    const auto tickets = parked.list();
    if (!tickets) {
        showError(tickets.error().message);
        return;
    }
    const auto choice = m_parkedPrompt ? m_parkedPrompt(*tickets) : std::nullopt;
    setFocus();
    if (!choice)
        return;
    if (choice->action == ParkedTicketsDialog::Action::Abandon) {
        if (auto abandoned = parked.abandon(m_actor, choice->id); !abandoned)
            showError(abandoned.error().message);
        else
            showStatus(tr("The ticket put aside is abandoned."));
        refreshParkedCount();
        return;
    }
    // The ticket being keyed waits in its place.
    const bool swapped = !m_draft.lines.isEmpty();
    if (swapped) {
        if (auto kept = parked.park(m_actor, m_draft); !kept) {
            showError(kept.error().message);
            return;
        }
    }
    const auto draft = parked.resume(m_actor, choice->id);
    refreshParkedCount();
    if (!draft) {
        if (swapped)
            clearTicket();
        showError(draft.error().message);
        return;
    }
    clearTicket();
    m_draft = *draft;
    refreshTicket();
    showStatus(swapped ? tr("Ticket resumed; the one being keyed is put aside in its place.")
                       : tr("Ticket resumed."));
}

void SaleScreen::refreshParkedCount()
{
    const auto count = core::ParkedTickets(m_store).count();
    m_parkedCount = count ? *count : 0;
    m_parkedButton->setText(tr("Put aside: %1 (%2)").arg(m_parkedCount).arg(keyText(Qt::Key_F7)));
}

void SaleScreen::receiveDonation()
{
    clearError();
    const auto draft = m_donationPrompt ? m_donationPrompt() : std::nullopt;
    if (!draft)
        return;
    const auto donation = core::Donations(m_store).record(m_actor, *draft);
    if (!donation) {
        showError(donation.error().message);
        return;
    }
    showStatus(tr("Donation %1 recorded: %2. Thank you!")
                   .arg(donation->stamp.number, core::money::format(donation->amountCents)));
    setFocus();
    if (donation->method == core::PaymentMethod::Cash)
        emit drawerOpenRequested();
    core::TaxReceipts receipts(m_store);
    const auto settings = receipts.settings();
    if (!settings || !settings->enabled || !m_taxReceiptPrompt)
        return;
    const auto donor = m_taxReceiptPrompt(*donation);
    setFocus();
    if (!donor)
        return;
    const auto receipt = receipts.issue(m_actor, donation->stamp.number, *donor);
    if (!receipt) {
        showError(receipt.error().message);
        return;
    }
    showStatus(tr("Donation %1 recorded, tax receipt %2 issued. Thank you!")
                   .arg(donation->stamp.number, receipt->stamp.number));
    emit taxReceiptIssued(*receipt);
}

void SaleScreen::setTaxReceiptPrompt(TaxReceiptPrompt prompt)
{
    m_taxReceiptPrompt = std::move(prompt);
}

QWidget *SaleScreen::createStepArea()
{
    auto *area = new QWidget(this);
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto *top = new QHBoxLayout();
    m_backButton = new QPushButton(tr("◀ Back"), area);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_backButton->setFocusPolicy(Qt::NoFocus);
    m_backButton->setAutoDefault(false);
    m_backButton->setMinimumHeight(bigButtonHeight);
    connect(m_backButton, &QPushButton::clicked, this, &SaleScreen::goBack);
    top->addWidget(m_backButton);
    m_stepTitle = new QLabel(area);
    m_stepTitle->setObjectName(QStringLiteral("stepTitle"));
    m_stepTitle->setWordWrap(true);
    top->addWidget(m_stepTitle, 1);
    layout->addLayout(top);

    m_errorLabel = new QLabel(area);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setMinimumHeight(28);
    layout->addWidget(m_errorLabel);

    m_pages = new QStackedWidget(area);
    m_pages->addWidget(createCategoryPage());
    m_pages->addWidget(createFieldPage(QStringLiteral("quantity"), m_quantityField, m_quantityTitle,
        false, &SaleScreen::submitQuantity));
    m_pages->addWidget(createFieldPage(
        QStringLiteral("weight"), m_weightField, m_weightTitle, true, &SaleScreen::submitWeight));
    m_pages->addWidget(createPricePage());
    layout->addWidget(m_pages, 1);

    // Under the steps (the ticket pane is as tall as a 768 px screen allows): tickets put aside
    // while a customer fetches something, and a membership fee, apart from the ticket.
    auto *parkRow = new QHBoxLayout();
    m_parkButton = new QPushButton(tr("Put aside (%1)").arg(keyText(Qt::Key_F6)), area);
    m_parkButton->setObjectName(QStringLiteral("parkButton"));
    m_parkedButton = new QPushButton(area);
    m_parkedButton->setObjectName(QStringLiteral("parkedButton"));
    auto *member = new QPushButton(tr("Member (%1)").arg(keyText(memberKey())), area);
    member->setObjectName(QStringLiteral("memberButton"));
    for (QPushButton *button : {m_parkButton, m_parkedButton, member}) {
        button->setFocusPolicy(Qt::NoFocus);
        button->setAutoDefault(false);
        button->setMinimumHeight(56);
        parkRow->addWidget(button);
    }
    connect(m_parkButton, &QPushButton::clicked, this, &SaleScreen::parkTicket);
    connect(m_parkedButton, &QPushButton::clicked, this, &SaleScreen::showParkedTickets);
    connect(member, &QPushButton::clicked, this, &SaleScreen::chooseMember);
    layout->addLayout(parkRow);
    return area;
}

QWidget *SaleScreen::createCategoryPage()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("categoryPage"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus);
    // The column count follows the page's width.
    scroll->viewport()->installEventFilter(this);
    m_categoryPage = new QWidget(scroll);
    auto *outer = new QVBoxLayout(m_categoryPage);
    outer->setContentsMargins(0, 0, 0, 0);
    m_categoryGrid = new QGridLayout();
    m_categoryGrid->setSpacing(12);
    outer->addLayout(m_categoryGrid);
    outer->addStretch(1);
    scroll->setWidget(m_categoryPage);
    return scroll;
}

QWidget *SaleScreen::createFieldPage(const QString &name, QLineEdit *&field, QLabel *&title,
    bool withComma, void (SaleScreen::*submit)())
{
    auto *page = new QWidget(this);
    page->setObjectName(name + QStringLiteral("Page"));
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(24);

    auto *left = new QVBoxLayout();
    left->setSpacing(12);
    title = new QLabel(page);
    title->setObjectName(name + QStringLiteral("Title"));
    title->setWordWrap(true);
    left->addWidget(title);
    field = new QLineEdit(page);
    field->setObjectName(name + QStringLiteral("Field"));
    field->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    field->setMinimumHeight(64);
    field->setMaxLength(16);
    field->installEventFilter(this);
    connect(field, &QLineEdit::textEdited, this, [this] { clearError(); });
    left->addWidget(field);
    if (&field == &m_weightField) {
        // The station's scale, when it has one: its live reading and a key to take the weight.
        m_scaleWeight = new ScaleWeight(page);
        left->addWidget(m_scaleWeight);
        connect(m_scaleWeight, &ScaleWeight::weightTaken, this, [this](qint64 grams) {
            clearError();
            m_weightField->setText(ScaleWeight::fieldText(grams));
            m_weightField->setFocus();
        });
    }
    auto *hint = new QLabel(tr("Enter: confirm · Escape: back"), page);
    hint->setObjectName(QStringLiteral("stepHint"));
    left->addWidget(hint);
    left->addStretch(1);
    layout->addLayout(left, 1);

    AmountKeypad::Options options;
    options.comma = withComma;
    options.confirmText = tr("OK");
    auto *keypad = new AmountKeypad(field, options, page);
    connect(keypad, &AmountKeypad::edited, this, &SaleScreen::clearError);
    connect(keypad, &AmountKeypad::confirmed, this, submit);
    keypad->setObjectName(name + QStringLiteral("Keypad"));
    layout->addWidget(keypad, 0, Qt::AlignTop);
    return page;
}

QWidget *SaleScreen::createPricePage()
{
    QWidget *page = createFieldPage(
        QStringLiteral("price"), m_priceField, m_priceTitle, true, &SaleScreen::submitPrice);
    auto *left = qobject_cast<QVBoxLayout *>(page->layout()->itemAt(0)->layout());
    auto *presets = new QHBoxLayout();
    presets->setSpacing(12);
    auto *gift = new QPushButton(tr("Free gift (%1)").arg(keyText(Qt::Key_F4)), page);
    gift->setObjectName(QStringLiteral("giftButton"));
    gift->setFocusPolicy(Qt::NoFocus);
    gift->setAutoDefault(false);
    gift->setMinimumHeight(bigButtonHeight);
    connect(gift, &QPushButton::clicked, this, &SaleScreen::giveAsGift);
    presets->addWidget(gift);
    m_recyclingButton = new QPushButton(tr("Recycling"), page);
    m_recyclingButton->setObjectName(QStringLiteral("recyclingButton"));
    m_recyclingButton->setFocusPolicy(Qt::NoFocus);
    m_recyclingButton->setAutoDefault(false);
    m_recyclingButton->setMinimumHeight(bigButtonHeight);
    connect(m_recyclingButton, &QPushButton::clicked, this, &SaleScreen::sendToRecycling);
    presets->addWidget(m_recyclingButton);
    // Below the field, above the hint.
    left->insertLayout(2, presets);
    return page;
}

QWidget *SaleScreen::createTicketPane()
{
    auto *pane = new QFrame(this);
    pane->setObjectName(QStringLiteral("ticketPane"));
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(10);

    auto *title = new QLabel(tr("Ticket"), pane);
    title->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(title);

    // The member the ticket is for, as soon as chosen: number and name, the membership below
    // (wrapped, never cut), and beside them the key that takes the member off the ticket. One
    // row, so that the ticket's lines keep their room at 768 px.
    auto *memberRow = new QHBoxLayout();
    auto *memberText = new QVBoxLayout();
    memberText->setSpacing(2);
    m_memberLabel = new QLabel(pane);
    m_memberLabel->setObjectName(QStringLiteral("ticketMemberName"));
    m_memberLabel->setWordWrap(true);
    m_memberLabel->setStyleSheet(QStringLiteral("font-weight: bold;"));
    memberText->addWidget(m_memberLabel);
    m_memberState = new QLabel(pane);
    m_memberState->setObjectName(QStringLiteral("ticketMemberState"));
    m_memberState->setWordWrap(true);
    memberText->addWidget(m_memberState);
    memberRow->addLayout(memberText, 1);
    m_unlinkButton = new QPushButton(tr("Remove (%1)").arg(keyText(unlinkMemberKey())), pane);
    m_unlinkButton->setObjectName(QStringLiteral("removeMemberButton"));
    m_unlinkButton->setToolTip(tr("The ticket is for nobody"));
    m_unlinkButton->setFocusPolicy(Qt::NoFocus);
    m_unlinkButton->setAutoDefault(false);
    m_unlinkButton->setMinimumHeight(48);
    connect(m_unlinkButton, &QPushButton::clicked, this, &SaleScreen::unlinkMember);
    memberRow->addWidget(m_unlinkButton, 0, Qt::AlignVCenter);
    layout->addLayout(memberRow);
    showMember(false);

    m_table = new QTableWidget(0, ColumnCount, pane);
    m_table->setObjectName(QStringLiteral("ticketTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Category"), tr("Qty"), tr("Unit price"), tr("Total"), tr("Weight")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(44);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool selected = selectedRow() >= 0;
        m_removeButton->setEnabled(selected);
        m_changeButton->setEnabled(selected);
    });
    layout->addWidget(m_table, 1);

    auto *lineButtons = new QHBoxLayout();
    m_removeButton = new QPushButton(tr("Remove line"), pane);
    m_removeButton->setObjectName(QStringLiteral("removeLineButton"));
    m_changeButton = new QPushButton(tr("Change line"), pane);
    m_changeButton->setObjectName(QStringLiteral("changeLineButton"));
    for (QPushButton *button : {m_removeButton, m_changeButton}) {
        button->setFocusPolicy(Qt::NoFocus);
        button->setAutoDefault(false);
        button->setMinimumHeight(56);
        button->setEnabled(false);
        lineButtons->addWidget(button);
    }
    connect(m_removeButton, &QPushButton::clicked, this, &SaleScreen::removeSelectedLine);
    connect(m_changeButton, &QPushButton::clicked, this, &SaleScreen::changeSelectedLine);
    layout->addLayout(lineButtons);

    auto *totalRow = new QHBoxLayout();
    m_totalCaption = new QLabel(tr("Total"), pane);
    m_totalCaption->setObjectName(QStringLiteral("saleTotalCaption"));
    m_totalCaption->setWordWrap(true);
    totalRow->addWidget(m_totalCaption, 1);
    m_totalLabel = new QLabel(pane);
    m_totalLabel->setObjectName(QStringLiteral("saleTotal"));
    m_totalLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    totalRow->addWidget(m_totalLabel, 1);
    // The ticket's solidarity price, beside its total: no room for a row of its own at 768 px,
    // nor for its key in the label at 1024 px (F5 is in the tooltip and the manual).
    auto *discount = new QPushButton(tr("Solidarity price"), pane);
    discount->setObjectName(QStringLiteral("discountButton"));
    discount->setToolTip(tr("Solidarity price (%1)").arg(keyText(Qt::Key_F5)));
    discount->setFocusPolicy(Qt::NoFocus);
    discount->setAutoDefault(false);
    discount->setMinimumHeight(48);
    connect(discount, &QPushButton::clicked, this, &SaleScreen::chooseDiscount);
    totalRow->addWidget(discount);
    layout->addLayout(totalRow);

    m_payButton = new QPushButton(tr("Pay (%1)").arg(keyText(Qt::Key_F12)), pane);
    m_payButton->setObjectName(QStringLiteral("payButton"));
    m_payButton->setProperty("primary", true);
    m_payButton->setFocusPolicy(Qt::NoFocus);
    m_payButton->setAutoDefault(false);
    m_payButton->setMinimumHeight(72);
    connect(m_payButton, &QPushButton::clicked, this, &SaleScreen::pay);
    layout->addWidget(m_payButton);

    m_reprintButton =
        new QPushButton(tr("Reprint the last ticket (%1)").arg(keyText(Qt::Key_F9)), pane);
    m_reprintButton->setObjectName(QStringLiteral("reprintButton"));
    m_reprintButton->setFocusPolicy(Qt::NoFocus);
    m_reprintButton->setAutoDefault(false);
    m_reprintButton->setMinimumHeight(56);
    m_reprintButton->setEnabled(false);
    connect(m_reprintButton, &QPushButton::clicked, this, &SaleScreen::reprintLast);
    // A money donation ("Don") beside it: one row, so the pane still fits 768 px.
    auto *afterSale = new QHBoxLayout();
    afterSale->addWidget(m_reprintButton, 2);
    auto *donation = new QPushButton(tr("Donation"), pane);
    donation->setObjectName(QStringLiteral("donationButton"));
    donation->setFocusPolicy(Qt::NoFocus);
    donation->setAutoDefault(false);
    donation->setMinimumHeight(56);
    connect(donation, &QPushButton::clicked, this, &SaleScreen::receiveDonation);
    afterSale->addWidget(donation, 1);

    layout->addLayout(afterSale);

    m_statusLabel = new QLabel(pane);
    m_statusLabel->setObjectName(QStringLiteral("saleStatus"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->hide();
    layout->addWidget(m_statusLabel);
    return pane;
}

void SaleScreen::showCategoryLevel(const QString &parentId)
{
    if (parentId.isEmpty())
        m_roots = m_catalog.children({});
    m_levelId = parentId;
    m_level = parentId.isEmpty() ? m_roots : m_catalog.children(parentId);
    for (QPushButton *button : std::as_const(m_categoryButtons))
        delete button;
    m_categoryButtons.clear();

    int index = 0;
    for (const core::Category &category : std::as_const(m_level)) {
        QString hint;
        if (index < 9)
            hint = QString::number(index + 1);
        if (parentId.isEmpty() && !category.shortcut.isEmpty())
            hint += (hint.isEmpty() ? QString() : QStringLiteral(" · ")) + category.shortcut;
        auto *button = new QPushButton(
            wrapped(category.name) + (hint.isEmpty() ? QString() : QStringLiteral("\n") + hint),
            m_categoryPage);
        button->setObjectName(QStringLiteral("categoryButton"));
        button->setProperty("categoryId", category.id);
        button->setToolTip(category.name);
        button->setFocusPolicy(Qt::NoFocus);
        button->setAutoDefault(false);
        button->setMinimumHeight(categoryButtonHeight);
        // Equal columns whatever the names: long ones are wrapped above, and there are only as
        // many columns as the widest name allows (placeCategoryButtons()).
        button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        button->setStyleSheet(buttonStyle(category.color));
        connect(button, &QPushButton::clicked, this, [this, index] { chooseButton(index); });
        // Shown now: a widget added to a visible parent would only appear on the next event loop.
        button->show();
        m_categoryButtons.append(button);
        ++index;
    }
    m_categoryColumns = 0;
    placeCategoryButtons();
    goTo(Step::Category);
}

void SaleScreen::placeCategoryButtons()
{
    m_categoryColumns = placeInColumns(m_categoryGrid, m_categoryButtons,
        m_categoryPage->parentWidget()->width(), maxCategoryColumns, m_categoryColumns);
}

void SaleScreen::chooseButton(int index)
{
    if (index < 0 || index >= m_level.size())
        return;
    chooseCategory(m_level.at(index));
}

void SaleScreen::chooseCategory(const core::Category &category)
{
    clearError();
    showStatus({});
    if (!m_catalog.children(category.id).isEmpty()) {
        showCategoryLevel(category.id);
        return;
    }
    m_category = category;
    m_editingRow = -1;
    m_weighingOutflow = false;
    m_pending = core::SaleLineDraft{};
    m_pending.categoryId = category.id;
    m_pending.unitPriceCents = category.defaultPriceCents.value_or(0);
    // By the kilo, a line is one weighed lot: its weight makes its price.
    goTo(category.pricePerKgCents ? Step::Weight : Step::Quantity);
}

void SaleScreen::goTo(Step step)
{
    m_step = step;
    m_pages->setCurrentIndex(int(step));
    switch (step) {
    case Step::Category:
        m_backButton->setVisible(!m_levelId.isEmpty());
        if (m_levelId.isEmpty()) {
            m_stepTitle->setText(tr("Choose a category"));
        } else {
            m_stepTitle->setText(tr("%1: choose a sub-category").arg(categoryName(m_levelId)));
        }
        setFocus();
        break;
    case Step::Quantity:
        m_backButton->setVisible(true);
        m_stepTitle->setText(m_category.name);
        m_quantityTitle->setText(tr("How many?"));
        m_quantityField->setText(QString::number(m_pending.quantity));
        m_quantityField->selectAll();
        m_quantityField->setFocus();
        break;
    case Step::Weight:
        m_backButton->setVisible(true);
        m_stepTitle->setText(m_category.name);
        if (m_weighingOutflow)
            m_weightTitle->setText(tr("Weight of the %n item(s) sent to recycling, in kg", nullptr,
                int(m_pending.quantity)));
        else if (m_category.pricePerKgCents)
            m_weightTitle->setText(tr("Weight of the lot, in kg (%1/kg)")
                                       .arg(core::money::format(*m_category.pricePerKgCents)));
        else
            m_weightTitle->setText(
                tr("Weight of the %n item(s), in kg", nullptr, int(m_pending.quantity)));
        m_weightField->setPlaceholderText(tr("kg"));
        m_weightField->setText(
            m_pending.weightGrams ? core::weight::format(*m_pending.weightGrams) : QString());
        m_weightField->selectAll();
        m_weightField->setFocus();
        break;
    case Step::Price:
        m_backButton->setVisible(true);
        m_stepTitle->setText(m_category.name);
        m_priceTitle->setText(tr("Unit price (%1)").arg(boundsText(m_category)));
        m_priceField->setText(core::money::formatPlain(m_pending.unitPriceCents));
        m_priceField->selectAll();
        m_priceField->setFocus();
        // A line of the ticket being changed is not sent away; a new item may be.
        m_recyclingButton->setVisible(m_editingRow < 0);
        break;
    }
}

void SaleScreen::goBack()
{
    clearError();
    switch (m_step) {
    case Step::Category:
        if (!m_levelId.isEmpty()) {
            const auto level = m_catalog.find(m_levelId);
            showCategoryLevel(level ? level->parentId : QString());
        }
        break;
    case Step::Quantity:
        m_editingRow = -1;
        showCategoryLevel(m_category.parentId);
        break;
    case Step::Weight:
        if (m_weighingOutflow) {
            // The proposed weight was for the outflow, not for the line.
            m_weighingOutflow = false;
            if (!m_category.weightRequired)
                m_pending.weightGrams.reset();
            goTo(Step::Price);
            break;
        }
        if (m_category.pricePerKgCents) {
            showCategoryLevel(m_category.parentId);
            break;
        }
        goTo(Step::Quantity);
        break;
    case Step::Price:
        goTo(m_category.weightRequired ? Step::Weight : Step::Quantity);
        break;
    }
}

void SaleScreen::submitQuantity()
{
    const QString text = m_quantityField->text().trimmed();
    bool ok = false;
    const qint64 quantity = text.toLongLong(&ok);
    if (!ok || quantity < 1 || quantity > core::maxQuantity) {
        showError(tr("Type a quantity between 1 and %1.").arg(core::maxQuantity));
        m_quantityField->selectAll();
        m_quantityField->setFocus();
        return;
    }
    clearError();
    m_pending.quantity = quantity;
    goTo(m_category.weightRequired ? Step::Weight : Step::Price);
}

void SaleScreen::submitWeight()
{
    const auto grams = core::weight::parseKg(m_weightField->text());
    if (!grams || *grams <= 0) {
        showError(grams ? tr("Type the weight in kg, for example 2,5.") : grams.error().message);
        m_weightField->selectAll();
        m_weightField->setFocus();
        return;
    }
    // A weight outside the category's plausible range needs an administrator (core's rule).
    if (auto plausible = core::CategoryCatalog::checkWeight(m_category, m_pending.quantity, *grams);
        !plausible && !m_category.pricePerKgCents && !m_unlock
        && !core::Users(m_store).may(m_actor, core::Permission::OverrideWeight)) {
        m_unlock = m_unlockPrompt
            ? m_unlockPrompt(tr("Weight outside the plausible range of %1").arg(m_category.name))
            : std::nullopt;
        if (!m_unlock) {
            showError(plausible.error().message);
            m_weightField->selectAll();
            m_weightField->setFocus();
            return;
        }
    }
    clearError();
    m_pending.weightGrams = *grams;
    if (m_weighingOutflow) {
        recordRecycling();
        return;
    }
    if (m_category.pricePerKgCents) {
        const auto price = core::money::priceByWeight(*grams, *m_category.pricePerKgCents);
        if (!price) {
            showError(price.error().message);
            m_weightField->selectAll();
            m_weightField->setFocus();
            return;
        }
        m_pending.unitPriceCents = *price;
        addPendingLine();
        showStatus(
            tr("%1 × %2/kg = %3")
                .arg(core::weight::format(*grams), core::money::format(*m_category.pricePerKgCents),
                    core::money::format(*price)));
        return;
    }
    goTo(Step::Price);
}

void SaleScreen::sendToRecycling()
{
    clearError();
    // The weight keyed for the line is the weight sent; otherwise it is asked now, proposed from
    // the category's standard weight.
    if (m_category.weightRequired && m_pending.weightGrams) {
        recordRecycling();
        return;
    }
    m_weighingOutflow = true;
    if (m_category.averageWeightGrams)
        m_pending.weightGrams = *m_category.averageWeightGrams * m_pending.quantity;
    goTo(Step::Weight);
}

void SaleScreen::recordRecycling()
{
    core::OutflowDraft draft;
    draft.kind = core::OutflowKind::Recycling;
    draft.lines = {core::OutflowLineDraft{
        m_pending.categoryId, m_pending.quantity, m_pending.weightGrams.value_or(0)}};
    auto recorded = core::Outflows(m_store).record(m_actor, draft, m_unlock);
    if (!recorded) {
        showError(recorded.error().message);
        if (m_step == Step::Weight) {
            m_weightField->selectAll();
            m_weightField->setFocus();
        }
        return;
    }
    m_weighingOutflow = false;
    showCategoryLevel({});
    showStatus(tr("Sent to recycling: %1 × %2, %3 (%4). Not on the ticket.")
                   .arg(recorded->itemCount)
                   .arg(m_category.name, core::weight::format(recorded->totalWeightGrams),
                       recorded->stamp.number));
}

void SaleScreen::submitPrice()
{
    const auto price = core::money::parse(m_priceField->text());
    if (!price) {
        showError(price.error().message);
        m_priceField->selectAll();
        m_priceField->setFocus();
        return;
    }
    acceptPrice(*price, {});
}

void SaleScreen::acceptPrice(qint64 cents, const QString &giftReason)
{
    if (!core::Sales::priceInBounds(m_category, cents) && !mayOverridePrice()) {
        auto unlock = askUnlock(m_category);
        if (!unlock) {
            showError(
                tr("%1 is outside the bounds of \"%2\" (%3): an administrator must "
                   "allow it.")
                    .arg(core::money::format(cents), m_category.name, boundsText(m_category)));
            m_priceField->selectAll();
            m_priceField->setFocus();
            return;
        }
        m_unlock = unlock;
    }
    clearError();
    m_pending.unitPriceCents = cents;
    m_pending.giftReason = giftReason;
    addPendingLine();
}

void SaleScreen::addPendingLine()
{
    if (m_editingRow >= 0 && m_editingRow < m_draft.lines.size()) {
        m_draft.lines[m_editingRow] = m_pending;
    } else {
        if (m_draft.lines.size() >= core::maxLinesPerTicket) {
            showError(tr("A ticket has at most %1 lines.").arg(core::maxLinesPerTicket));
            return;
        }
        m_draft.lines.append(m_pending);
    }
    m_editingRow = -1;
    refreshTicket();
    showCategoryLevel({});
    emit lineAdded(categoryName(m_pending.categoryId), m_pending.quantity,
        m_pending.quantity * m_pending.unitPriceCents);
}

int SaleScreen::selectedRow() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    return ranges.isEmpty() ? -1 : ranges.first().topRow();
}

void SaleScreen::removeSelectedLine()
{
    const int row = selectedRow();
    if (row < 0 || row >= m_draft.lines.size())
        return;
    m_draft.lines.removeAt(row);
    if (m_editingRow == row)
        m_editingRow = -1;
    refreshTicket();
    clearError();
}

void SaleScreen::changeSelectedLine()
{
    const int row = selectedRow();
    if (row < 0 || row >= m_draft.lines.size())
        return;
    const auto category = m_catalog.find(m_draft.lines.at(row).categoryId);
    if (!category) {
        showError(category.error().message);
        return;
    }
    clearError();
    m_category = *category;
    m_pending = m_draft.lines.at(row);
    m_editingRow = row;
    goTo(Step::Quantity);
}

void SaleScreen::refreshTicket()
{
    m_table->setRowCount(int(m_draft.lines.size()));
    int row = 0;
    for (const core::SaleLineDraft &line : std::as_const(m_draft.lines)) {
        // A free gift says why beside its category.
        const QString name = line.giftReason.isEmpty()
            ? categoryName(line.categoryId)
            : tr("%1 (gift: %2)").arg(categoryName(line.categoryId), line.giftReason);
        m_table->setItem(row, NameColumn, cell(name, Qt::AlignLeft));
        m_table->item(row, NameColumn)->setToolTip(name);
        m_table->setItem(row, QuantityColumn, cell(QString::number(line.quantity), Qt::AlignRight));
        m_table->setItem(
            row, UnitColumn, cell(core::money::format(line.unitPriceCents), Qt::AlignRight));
        m_table->setItem(row, TotalColumn,
            cell(core::money::format(line.quantity * line.unitPriceCents), Qt::AlignRight));
        m_table->setItem(row, WeightColumn,
            cell(line.weightGrams ? core::weight::format(*line.weightGrams) : QString(),
                Qt::AlignRight));
        ++row;
    }
    m_totalLabel->setText(core::money::format(core::Sales::total(m_draft)));
    // The solidarity price and what it takes off (nothing when the lines no longer allow it:
    // paying says why).
    const auto discounts = core::Sales::lineDiscounts(m_draft);
    qint64 discounted = 0;
    if (discounts)
        for (const qint64 cents : *discounts)
            discounted += cents;
    m_totalCaption->setText(m_draft.discount
            ? tr("Total (%1 %2: %3)")
                  .arg(m_draft.discount->reason, core::Solidarity::describe(*m_draft.discount),
                      core::money::format(-discounted))
            : tr("Total"));
    m_payButton->setEnabled(!m_draft.lines.isEmpty());
    m_parkButton->setEnabled(!m_draft.lines.isEmpty());
    // Removing rows moves the current row, which a single selection follows: start afresh.
    m_table->selectionModel()->clear();
    m_removeButton->setEnabled(selectedRow() >= 0);
    m_changeButton->setEnabled(selectedRow() >= 0);
    refreshMember();
}

void SaleScreen::clearTicket()
{
    m_draft = core::SaleDraft{};
    m_unlock.reset();
    m_editingRow = -1;
    refreshTicket();
    clearError();
    showCategoryLevel({});
}

core::SaleDraft SaleScreen::takeTicket()
{
    const core::SaleDraft draft = m_draft;
    clearTicket();
    showStatus({});
    return draft;
}

void SaleScreen::restoreTicket(const core::SaleDraft &draft)
{
    clearTicket();
    m_draft = draft;
    refreshTicket();
    showStatus(tr("Your unpaid ticket is back."));
}

void SaleScreen::reprintLast()
{
    if (!m_lastSale)
        return;
    if (m_lastPrinted) {
        emit reprintRequested(*m_lastSale);
        return;
    }
    // Printed on request: the original ticket, once; the drawer opened with the sale already.
    m_lastPrinted = true;
    m_reprintButton->setText(tr("Reprint the last ticket (%1)").arg(keyText(Qt::Key_F9)));
    emit ticketPrintRequested(*m_lastSale, false);
}

bool SaleScreen::mayOverridePrice() const
{
    return core::Users(m_store).may(m_actor, core::Permission::OverridePrice);
}

std::optional<core::Unlock> SaleScreen::askUnlock(const core::Category &category)
{
    if (!m_unlockPrompt)
        return std::nullopt;
    return m_unlockPrompt(tr("Price outside the bounds of %1").arg(category.name));
}

QString SaleScreen::boundsText(const core::Category &category) const
{
    if (category.minPriceCents && category.maxPriceCents)
        return tr("%1 to %2")
            .arg(core::money::format(*category.minPriceCents),
                core::money::format(*category.maxPriceCents));
    if (category.minPriceCents)
        return tr("at least %1").arg(core::money::format(*category.minPriceCents));
    if (category.maxPriceCents)
        return tr("at most %1").arg(core::money::format(*category.maxPriceCents));
    return tr("any price");
}

QString SaleScreen::categoryName(const QString &id) const
{
    const auto category = m_catalog.find(id);
    return category ? category->name : id;
}

void SaleScreen::pay()
{
    clearError();
    showStatus({});
    if (m_draft.lines.isEmpty()) {
        showError(tr("The ticket is empty."));
        return;
    }
    core::Sales sales(m_store);
    const qint64 total = core::Sales::total(m_draft);
    core::SaleDraft toRecord = m_draft;
    const auto ticket = sales.validateTicket(toRecord);
    if (!ticket) {
        showError(ticket.error().message);
        return;
    }
    // Lines changed after the solidarity price was chosen may no longer allow it.
    if (const auto discounts = core::Sales::lineDiscounts(toRecord); !discounts) {
        showError(tr("Solidarity price: %1").arg(discounts.error().message));
        return;
    }
    // Before the customer pays: the ticket's member, and the membership a member discount needs.
    if (const auto member = sales.checkMember(toRecord, m_store.today()); !member) {
        showError(member.error().message);
        return;
    }

    // A price allowed earlier may have been changed since, or its unlock refused by core.
    if (ticket->priceOutsideBounds && !m_unlock && !mayOverridePrice()) {
        m_unlock = askUnlock(*ticket->priceOutsideBounds);
        if (!m_unlock) {
            showError(tr("A price is outside its category's bounds: an administrator "
                         "must allow it."));
            return;
        }
    }

    toRecord.payments.clear();
    if (total > 0) {
        emit paymentStarted(total);
        const auto payments = m_paymentPrompt ? m_paymentPrompt(total) : std::nullopt;
        if (!payments)
            return;
        toRecord.payments = *payments;
    }
    const auto sale = sales.record(m_actor, toRecord, m_unlock);
    if (!sale) {
        if (unlockRefused(sale.error()))
            m_unlock.reset();
        showError(sale.error().message);
        return;
    }
    const core::Sale recorded = *sale;
    m_lastSale = recorded;
    m_reprintButton->setEnabled(true);
    m_draft = core::SaleDraft{};
    m_unlock.reset();
    m_editingRow = -1;
    refreshTicket();
    showCategoryLevel({});
    QString status = recorded.changeCents > 0
        ? tr("Ticket %1 recorded. Change to give: %2")
              .arg(recorded.stamp.number, core::money::format(recorded.changeCents))
        : tr("Ticket %1 recorded.").arg(recorded.stamp.number);
    // Tickets on request (core::TillRules::printForced): printed now only when the law or the
    // site asks it; otherwise "No ticket" is the default and the cashier taps "Print the ticket"
    // if the customer wants one.
    // When the setting cannot be read, the ticket is printed: never one lost that the law wants.
    const auto every = core::TillRules(m_store).printEveryTicket();
    m_lastPrinted = core::TillRules::printForced(recorded, !every || *every);
    if (!m_lastPrinted) {
        m_reprintButton->setText(tr("Print the ticket (%1)").arg(keyText(Qt::Key_F9)));
        status += QLatin1Char(' ') + tr("No ticket printed unless the customer asks.");
    } else {
        m_reprintButton->setText(tr("Reprint the last ticket (%1)").arg(keyText(Qt::Key_F9)));
    }
    showStatus(status);
    // The next customer's first key (a category letter) comes to the screen.
    setFocus();
    emit saleRecorded(recorded);
    const bool cash = std::any_of(recorded.payments.cbegin(), recorded.payments.cend(),
        [](const core::Payment &p) { return p.method == core::PaymentMethod::Cash; });
    if (m_lastPrinted)
        emit ticketPrintRequested(recorded, cash);
    else if (cash)
        emit drawerOpenRequested();
}

QLineEdit *SaleScreen::currentField() const
{
    switch (m_step) {
    case Step::Quantity:
        return m_quantityField;
    case Step::Weight:
        return m_weightField;
    case Step::Price:
        return m_priceField;
    case Step::Category:
        break;
    }
    return nullptr;
}

void SaleScreen::showError(const QString &message)
{
    m_errorLabel->setText(message);
}

void SaleScreen::clearError()
{
    m_errorLabel->clear();
}

void SaleScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Another cashier, or the last run of the program, may have put tickets aside.
    refreshParkedCount();
    if (QLineEdit *field = currentField())
        field->setFocus();
    else
        setFocus();
}

void SaleScreen::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key == Qt::Key_Escape) {
        goBack();
        return;
    }
    if (key == Qt::Key_F12) {
        pay();
        return;
    }
    if (key == Qt::Key_F9) {
        reprintLast();
        return;
    }
    if (key == Qt::Key_F6) {
        parkTicket();
        return;
    }
    if (key == Qt::Key_F7) {
        showParkedTickets();
        return;
    }
    if (key == Qt::Key_F5) {
        chooseDiscount();
        return;
    }
    if (key == Qt::Key_F4) {
        giveAsGift();
        return;
    }
    if (key == Qt::Key_F2) {
        if (event->modifiers() & Qt::ShiftModifier)
            unlinkMember();
        else
            chooseMember();
        return;
    }
    if (QLineEdit *field = currentField()) {
        // Keys that reached the screen belong to the field of the step.
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            switch (m_step) {
            case Step::Quantity:
                submitQuantity();
                break;
            case Step::Weight:
                submitWeight();
                break;
            default:
                submitPrice();
                break;
            }
            return;
        }
        const QString text = event->text();
        if (text.size() == 1 && text.at(0).isPrint()) {
            field->setFocus();
            field->insert(text);
            return;
        }
        QWidget::keyPressEvent(event);
        return;
    }

    // Category step.
    if (key == Qt::Key_Delete) {
        removeSelectedLine();
        return;
    }
    const QString text = event->text();
    if (text.size() == 1) {
        const QChar c = text.at(0);
        if (c >= QLatin1Char('1') && c <= QLatin1Char('9')) {
            chooseButton(c.digitValue() - 1);
            return;
        }
        if (c.isLetter()) {
            for (const core::Category &root : std::as_const(m_roots)) {
                if (root.shortcut.compare(text, Qt::CaseInsensitive) == 0) {
                    chooseCategory(root);
                    return;
                }
            }
        }
    }
    QWidget::keyPressEvent(event);
}

bool SaleScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && m_categoryPage
        && watched == m_categoryPage->parentWidget())
        placeCategoryButtons();
    // QLineEdit lets Return travel on to its parent after returnPressed(): handle it once, here.
    if (event->type() == QEvent::KeyPress && watched == currentField()) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_step == Step::Quantity)
                submitQuantity();
            else if (m_step == Step::Weight)
                submitWeight();
            else
                submitPrice();
            return true;
        case Qt::Key_Escape:
            goBack();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace recaisse::ui
