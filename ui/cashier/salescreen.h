#pragma once

#include "core/categories.h"
#include "core/domain.h"
#include "core/donations.h"
#include "core/members.h"
#include "core/outflows.h"
#include "core/parkedtickets.h"
#include "core/sales.h"
#include "core/taxreceipts.h"
#include "discountdialog.h"
#include "memberdialog.h"
#include "parkedticketsdialog.h"
#include "ui/common/unlockprompt.h"

#include <QKeySequence>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QGridLayout;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace recaisse::core {
class Scale;
class Store;
} // namespace recaisse::core

namespace recaisse::ui {

class ScaleWeight;

// The register: a ticket is keyed line by line in three steps that follow each other
// (Category → Quantity → [Weight] → Price), shown on the left; the ticket is on the right, with
// its total and the Pay button. Escape goes back one step and never clears the ticket.
class SaleScreen : public QWidget
{
    Q_OBJECT

public:
    enum class Step { Category, Quantity, Weight, Price };
    Q_ENUM(Step)

    // Asks how the ticket is paid; std::nullopt when the payment is cancelled.
    using PaymentPrompt =
        std::function<std::optional<QList<core::PaymentDraft>>(qint64 totalCents)>;

    explicit SaleScreen(core::Store &store, QWidget *parent = nullptr);

    void setActor(const core::Actor &actor);
    // The station's scale beside the weight field (nullptr: none).
    void setScale(core::Scale *scale);
    void setUnlockPrompt(UnlockPrompt prompt);
    void setPaymentPrompt(PaymentPrompt prompt);
    // Asks the amount and method of a money donation; std::nullopt when cancelled.
    using DonationPrompt = std::function<std::optional<core::DonationDraft>()>;
    void setDonationPrompt(DonationPrompt prompt);
    // A money donation at the till: recorded apart from the ticket being keyed; when the
    // association may issue tax receipts, the donor is asked whether they want one.
    void receiveDonation();
    // Asks the donor's identity for a tax receipt; std::nullopt: no receipt.
    using TaxReceiptPrompt = std::function<std::optional<core::Donor>(const core::Donation &)>;
    void setTaxReceiptPrompt(TaxReceiptPrompt prompt);

    // Asks the member, then either a membership fee (amount and method) or the member of the
    // ticket; std::nullopt when cancelled.
    using MemberPrompt = std::function<std::optional<MemberDialog::Choice>()>;
    void setMemberPrompt(MemberPrompt prompt);
    // The member key (F2): a membership fee at the till (a document of its own, apart from the
    // ticket being keyed; the member is then the ticket's if it has lines and none yet), or the
    // member the ticket is for.
    void chooseMember();
    // The ticket is for this member: shown in the ticket pane (number, name, membership) until
    // paid; core checks it again at payment.
    void linkMember(const core::Member &member);
    // The ticket is for nobody (Shift+F2); a members-only discount goes with the member.
    void unlinkMember();
    static QKeySequence memberKey() { return QKeySequence(Qt::Key_F2); }
    static QKeySequence unlinkMemberKey() { return QKeySequence(Qt::SHIFT | Qt::Key_F2); }

    // Shows the tickets put aside and says which to resume or abandon; std::nullopt: none.
    using ParkedPrompt = std::function<std::optional<ParkedTicketsDialog::Choice>(
        const QList<core::ParkedTicket> &tickets)>;
    void setParkedPrompt(ParkedPrompt prompt);
    // Puts the ticket being keyed aside (F6): kept by core, the till is free for the next
    // customer.
    void parkTicket();
    // The tickets put aside (F7): one is resumed (the ticket being keyed, if any, is put aside
    // in its place) or abandoned.
    void showParkedTickets();
    // Asks why the item being keyed is given for free; std::nullopt when cancelled.
    using GiftPrompt = std::function<std::optional<QString>()>;
    void setGiftPrompt(GiftPrompt prompt);
    // The item being keyed is a free gift (F4 at the price step): a 0 € line with its reason.
    void giveAsGift();
    // Asks the solidarity price of the ticket; std::nullopt when cancelled.
    using DiscountPrompt =
        std::function<std::optional<DiscountDialog::Choice>(const core::SaleDraft &draft)>;
    void setDiscountPrompt(DiscountPrompt prompt);
    // A solidarity price for the whole ticket (F5), or back to the full price.
    void chooseDiscount();

    // How many tickets are put aside at this register, as the button shows.
    qint64 parkedCount() const { return m_parkedCount; }

    const core::SaleDraft &draft() const { return m_draft; }
    Step currentStep() const { return m_step; }
    // The parent of the category buttons shown (empty: the roots).
    QString categoryLevel() const { return m_levelId; }

    // The ticket is paid and recorded (or the reason is shown, the ticket kept).
    void pay();
    // Forgets the ticket being keyed (after a logout, for instance).
    void clearTicket();
    // Whether lines are keyed and not paid yet.
    bool hasUnpaidLines() const { return !m_draft.lines.isEmpty(); }
    // Hands the unpaid ticket over (the screen is left empty), to be given back with
    // restoreTicket() when its cashier returns. An unlock given for it is not kept.
    core::SaleDraft takeTicket();
    void restoreTicket(const core::SaleDraft &draft);

    // The last ticket recorded on this screen, for a reprint.
    const std::optional<core::Sale> &lastSale() const { return m_lastSale; }
    // Asks for a duplicate of the last ticket (F9).
    void reprintLast();

signals:
    void saleRecorded(const recaisse::core::Sale &sale);
    // For the customer display: a line added to the ticket, and the total when payment starts.
    void lineAdded(const QString &name, qint64 quantity, qint64 amountCents);
    void paymentStarted(qint64 totalCents);
    void reprintRequested(const recaisse::core::Sale &sale);
    // The ticket of the sale just recorded is printed: always when the law or the site asks it
    // (a durable good, systematic printing), otherwise when the cashier taps "Print the ticket".
    // openDrawer: the cash drawer opens with it (cash taken, drawer not opened yet).
    void ticketPrintRequested(const recaisse::core::Sale &sale, bool openDrawer);
    // A tax receipt was issued for a donation: it is written as a PDF (and printed).
    void taxReceiptIssued(const recaisse::core::TaxReceipt &receipt);
    // A cash sale whose ticket is not printed, or a cash donation: the drawer opens alone.
    void drawerOpenRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createStepArea();
    QWidget *createCategoryPage();
    QWidget *createFieldPage(const QString &name, QLineEdit *&field, QLabel *&title, bool withComma,
        void (SaleScreen::*submit)());
    QWidget *createPricePage();
    QWidget *createTicketPane();

    void showCategoryLevel(const QString &parentId);
    // Puts the category buttons in as many columns as the page's width holds without cutting a
    // name (2 on a 1024 px screen, more on wider ones).
    void placeCategoryButtons();
    void chooseCategory(const core::Category &category);
    void chooseButton(int index);
    void goTo(Step step);
    void goBack();
    void submitQuantity();
    void submitWeight();
    void submitPrice();
    // Adds the line being keyed at this price (a free gift with its reason), once an
    // administrator allowed a price outside the category's bounds.
    void acceptPrice(qint64 cents, const QString &giftReason);
    // The item being keyed leaves for recycling: an outflow document, not a ticket line.
    void sendToRecycling();
    void recordRecycling();
    void addPendingLine();
    void removeSelectedLine();
    void changeSelectedLine();
    void refreshTicket();
    // The ticket's member in the pane (hidden without one), with core's word on the discount.
    void refreshMember();
    void showMember(bool shown);
    void showStatus(const QString &status);
    void recordMembershipFee(const core::MembershipDraft &draft);
    void refreshParkedCount();
    int selectedRow() const;
    QLineEdit *currentField() const;
    bool mayOverridePrice() const;
    std::optional<core::Unlock> askUnlock(const core::Category &category);
    QString boundsText(const core::Category &category) const;
    QString categoryName(const QString &id) const;
    void showError(const QString &message);
    void clearError();

    core::Store &m_store;
    core::CategoryCatalog m_catalog;
    core::Actor m_actor;
    UnlockPrompt m_unlockPrompt;
    PaymentPrompt m_paymentPrompt;
    DonationPrompt m_donationPrompt;
    ParkedPrompt m_parkedPrompt;
    TaxReceiptPrompt m_taxReceiptPrompt;
    MemberPrompt m_memberPrompt;
    GiftPrompt m_giftPrompt;
    DiscountPrompt m_discountPrompt;
    qint64 m_parkedCount = 0;

    core::SaleDraft m_draft;
    // Kept for the sale once an admin allowed a price or confirmed a weight.
    std::optional<core::Unlock> m_unlock;
    Step m_step = Step::Category;

    // The line being keyed.
    core::Category m_category;
    core::SaleLineDraft m_pending;
    int m_editingRow = -1; // the ticket line being changed, -1 for a new line
    bool m_weighingOutflow = false; // the weight step asks the weight sent to recycling

    QString m_levelId;
    QList<core::Category> m_roots;
    QList<core::Category> m_level;
    QList<QPushButton *> m_categoryButtons;

    QLabel *m_stepTitle = nullptr;
    QLabel *m_errorLabel = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_categoryPage = nullptr;
    QGridLayout *m_categoryGrid = nullptr;
    int m_categoryColumns = 0; // as placed last
    QPushButton *m_backButton = nullptr;
    QLineEdit *m_quantityField = nullptr;
    QLabel *m_quantityTitle = nullptr;
    QLineEdit *m_weightField = nullptr;
    ScaleWeight *m_scaleWeight = nullptr;
    QLabel *m_weightTitle = nullptr;
    QLineEdit *m_priceField = nullptr;
    QLabel *m_priceTitle = nullptr;
    QPushButton *m_recyclingButton = nullptr;

    QPushButton *m_unlinkButton = nullptr;
    QLabel *m_memberLabel = nullptr;
    QLabel *m_memberState = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_totalCaption = nullptr;
    QLabel *m_totalLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_changeButton = nullptr;
    QPushButton *m_payButton = nullptr;
    QPushButton *m_parkButton = nullptr;
    QPushButton *m_parkedButton = nullptr;
    QPushButton *m_reprintButton = nullptr;
    std::optional<core::Sale> m_lastSale;
    bool m_lastPrinted = false; // the last sale's ticket has been printed once
};

} // namespace recaisse::ui
