#pragma once

#include "core/cashsession.h"
#include "core/domain.h"

#include <QList>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace recaisse::core {
class Store;
}

namespace recaisse::ui {

// The euro notes and coins a drawer holds (50 € notes down to 1 cent), one count field each,
// with the live total. Shared by the opening and the closing count.
class DenominationGrid : public QWidget
{
    Q_OBJECT

public:
    explicit DenominationGrid(QWidget *parent = nullptr);

    // The denominations shown (cents, largest first): the euro ones without the 500/200/100 €
    // notes.
    static QList<qint64> denominations();

    // Nothing typed in any field.
    bool isEmpty() const;
    // Every denomination with its count; blank fields count 0. Empty when isEmpty().
    core::DenominationCount count() const;
    qint64 total() const;
    void setCount(const core::DenominationCount &count);
    void clear();
    QLineEdit *field(qint64 cents) const;

signals:
    void changed();
    // Return pressed in the last field (0,01 €): the count is typed in.
    void completed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateTotal();

    QList<QLineEdit *> m_fields;
    QList<QLabel *> m_subtotals;
    QLabel *m_total = nullptr;
};

// Opening the register: the float, typed as a total or counted by denomination.
class OpenSessionScreen : public QWidget
{
    Q_OBJECT

public:
    explicit OpenSessionScreen(core::Store &store, QWidget *parent = nullptr);

    // Who opens; also resets the screen (proposed float, no message).
    void setActor(const core::Actor &actor);
    void reset();

    // Whether the float is counted by denomination (otherwise typed as a total).
    bool countingByDenomination() const;
    void setCountingByDenomination(bool byDenomination);

    // The box the cashier ticks to confirm today's date (shown after 3 days without documents).
    QCheckBox *dateConfirmation() const { return m_dateConfirmation; }

signals:
    void sessionOpened(const recaisse::core::OpenSessionInfo &session);
    void cancelled();

private:
    void submit();
    void showError(const QString &message);

    core::Store &m_store;
    core::Actor m_actor;
    QButtonGroup *m_modes = nullptr;
    QPushButton *m_totalMode = nullptr;
    QPushButton *m_countMode = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_floatField = nullptr;
    QLabel *m_floatCaption = nullptr;
    DenominationGrid *m_grid = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_openButton = nullptr;
    QCheckBox *m_dateConfirmation = nullptr;
    std::optional<QDate> m_confirmDay;
};

} // namespace recaisse::ui
