#pragma once

#include "core/domain.h"
#include "core/sales.h"
#include "ui/common/unlockprompt.h"

#include <QList>
#include <QWidget>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace recaisse::core {
class Store;
}

namespace recaisse::ui {

// Refunding a ticket: find it by its number, choose the lines and quantities given back, how the
// money goes back and why. Core checks everything (what is left to refund, the drawer, the PIN).
class RefundScreen : public QWidget
{
    Q_OBJECT

public:
    explicit RefundScreen(core::Store &store, QWidget *parent = nullptr);

    // Who refunds; also resets the screen.
    void setActor(const core::Actor &actor);
    // Asked for a second person's PIN when the actor may not refund alone.
    void setUnlockPrompt(UnlockPrompt prompt);
    void reset();

signals:
    void refunded(const recaisse::core::Refund &refund);
    void cancelled();

private:
    struct LineRow
    {
        int saleLineNo = 0;
        QCheckBox *check = nullptr;
        QSpinBox *quantity = nullptr;
    };

    void findTicket();
    void showSale(const core::Sale &sale);
    void clearLines();
    void submit();
    void showError(const QString &message);
    core::PaymentMethod method() const;

    core::Store &m_store;
    core::Actor m_actor;
    UnlockPrompt m_prompt;
    std::optional<core::Sale> m_sale;
    QList<LineRow> m_rows;
    QLineEdit *m_numberField = nullptr;
    QLabel *m_saleLabel = nullptr;
    QWidget *m_linesWidget = nullptr;
    QVBoxLayout *m_linesLayout = nullptr;
    QButtonGroup *m_methods = nullptr;
    QPushButton *m_cashButton = nullptr;
    QPushButton *m_cardButton = nullptr;
    QPushButton *m_chequeButton = nullptr;
    QLineEdit *m_reasonField = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_resultLabel = nullptr;
    QPushButton *m_refundButton = nullptr;
};

} // namespace recaisse::ui
