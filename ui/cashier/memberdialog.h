#pragma once

#include "core/domain.h"
#include "core/members.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace recaisse::core {
class Store;
}

namespace recaisse::ui {

// A member at the till: the member is found by name or number (or registered here with a name
// and an optional contact), then either linked to the ticket being keyed (offerTicketLink(): Enter
// in the search field or the list) or a membership fee is taken: the amount on the keypad and the
// way it is paid (cash, card or cheque). Core checks the fee (core::Members::validate) and records
// it.
class MemberDialog : public QDialog
{
    Q_OBJECT

public:
    // What the dialog was accepted for: a fee to record, or the member of the ticket.
    struct Choice
    {
        std::optional<core::MembershipDraft> fee;
        std::optional<core::Member> ticketMember;
    };

    MemberDialog(core::Store &store, const core::Actor &actor, QWidget *parent = nullptr);

    // Shows "For this ticket" (the dialog is opened from the sale screen).
    void offerTicketLink();
    const Choice &choice() const { return m_choice; }
    const core::MembershipDraft &draft() const { return m_draft; }
    const std::optional<core::Member> &selected() const { return m_selected; }

    // Lists the members the search field finds.
    void search();
    // Registers the member typed in the "new member" fields and selects them.
    void registerMember();
    void select(int row);
    // Takes the amount in the field paid that way; accepts when core allows it.
    void pay(core::PaymentMethod method);
    // Accepts with the member chosen (the only one found if none is chosen) for the ticket.
    void linkToTicket();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showError(const QString &message);

    core::Store &m_store;
    core::Actor m_actor;
    QList<core::Member> m_found;
    std::optional<core::Member> m_selected;
    core::MembershipDraft m_draft;
    Choice m_choice;
    bool m_linkOffered = false;

    QLineEdit *m_searchField = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_nameField = nullptr;
    QLineEdit *m_contactField = nullptr;
    QLabel *m_selectedLabel = nullptr;
    QLineEdit *m_amountField = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_linkButton = nullptr;
};

} // namespace recaisse::ui
