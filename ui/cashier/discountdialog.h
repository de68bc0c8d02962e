#pragma once

#include "core/sales.h"
#include "core/solidarity.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace recaisse::core {
class Store;
}

namespace recaisse::ui {

// A solidarity price for the whole ticket, chosen before payment: one of the site's presets (a
// social-services card, a member) on one key, or a rate or an amount typed with its reason, for
// everyone or for members only. A members-only discount needs the member's number, which the sale
// keeps (a member typed with any discount is kept too; the ticket's member is typed in advance):
// core refuses a membership that is not
// current on the sale's day (core::Solidarity::checkMember). Core shares it over the lines
// (core::Solidarity::lineDiscounts); the dialog shows the new total and refuses what core refuses
// (above 100 %, above the total, no reason).
class DiscountDialog : public QDialog
{
    Q_OBJECT

public:
    // The choice: a discount, or none (the ticket back at its full price).
    struct Choice
    {
        std::optional<core::Discount> discount;
    };

    DiscountDialog(core::Store &store, const core::SaleDraft &draft, QWidget *parent = nullptr);

    const Choice &choice() const { return m_choice; }
    // The presets' keys: F2 for the first, F3 for the second...
    static Qt::Key presetKey(int index) { return Qt::Key(Qt::Key_F2 + index); }
    void choosePreset(int index);
    // Takes the rate (or amount) and the reason typed; accepts when core allows them.
    void applyTyped();
    void setAmountTyped(bool amount);
    void removeDiscount();
    // The member, by number or name (one member must match): needed by a members-only discount,
    // and kept in the sale with any discount.
    void setMemberTyped(const QString &text);
    // Whether the typed discount is for members only.
    void setMembersOnly(bool membersOnly);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    // Sets the discount's member from the member typed; false (with the error shown) when a
    // members-only discount has none or the text finds no single member.
    bool chooseMember(core::Discount &discount);
    void tryAccept(const core::Discount &discount);
    void updatePreview();

    core::Store &m_store;
    core::SaleDraft m_draft;
    QList<core::Discount> m_presets;
    Choice m_choice;
    bool m_amount = false;
    QLineEdit *m_valueField = nullptr;
    QLineEdit *m_reasonField = nullptr;
    QLineEdit *m_memberField = nullptr;
    QPushButton *m_percentButton = nullptr;
    QPushButton *m_amountButton = nullptr;
    QPushButton *m_membersOnlyButton = nullptr;
    QLabel *m_previewLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace recaisse::ui
