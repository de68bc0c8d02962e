#pragma once

#include "core/parkedtickets.h"

#include <QDialog>
#include <QTimeZone>

#include <optional>

class QListWidget;
class QPushButton;

namespace recaisse::ui {

// The tickets put aside at this register, oldest first, with the time they were put aside, their
// number of items and total: one is resumed (Enter, or a double tap) or abandoned (asked twice).
class ParkedTicketsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Action { Resume, Abandon };
    struct Choice
    {
        Action action = Action::Resume;
        qint64 id = 0;
    };

    ParkedTicketsDialog(
        const QList<core::ParkedTicket> &tickets, const QTimeZone &zone, QWidget *parent = nullptr);

    const std::optional<Choice> &choice() const { return m_choice; }
    // One line of the list, also used by the closing screen's warning.
    static QString describe(const core::ParkedTicket &ticket, const QTimeZone &zone);

    void resumeSelected();
    // The first tap asks for confirmation, the second abandons.
    void abandonSelected();

private:
    qint64 selectedId() const;

    QList<core::ParkedTicket> m_tickets;
    QListWidget *m_list = nullptr;
    QPushButton *m_abandonButton = nullptr;
    bool m_abandonArmed = false;
    std::optional<Choice> m_choice;
};

} // namespace recaisse::ui
