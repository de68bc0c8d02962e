#pragma once

#include "core/domain.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace recaisse::core {
class Store;
}

namespace recaisse::ui {

// What a person sees right after logging in: who they are, the state of this register's cash
// session and the figures recorded on this station.
class HomeScreen : public QWidget
{
    Q_OBJECT

public:
    explicit HomeScreen(core::Store &store, QWidget *parent = nullptr);

    void showFor(const core::Actor &actor);
    // Reads the session and the figures again from core.
    void refresh();

signals:
    void loggedOut();
    void openSessionRequested();
    void saleRequested();
    void closeSessionRequested();
    void depositRequested();
    void outflowRequested();
    void refundRequested();
    void cashMovementRequested();
    // Open the cash drawer without a sale (the main window asks for the unlock).
    void openDrawerRequested();
    // The manager's back office (admins, super-admins and supervisors).
    void adminRequested();

private:
    QString describeInstant(const QDateTime &utc) const;
    void refreshActions();
    void refreshSession();
    void refreshLastDay();
    void refreshTotals();

    core::Store &m_store;
    core::Actor m_actor;
    QLabel *m_logo = nullptr;
    QLabel *m_greeting = nullptr;
    QLabel *m_roleLabel = nullptr;

    QPushButton *m_openButton = nullptr;
    QPushButton *m_saleButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QPushButton *m_depositButton = nullptr;
    QPushButton *m_outflowButton = nullptr;
    QPushButton *m_refundButton = nullptr;
    QPushButton *m_cashButton = nullptr;
    QPushButton *m_drawerButton = nullptr;
    QPushButton *m_adminButton = nullptr;

    QLabel *m_sessionState = nullptr;
    QWidget *m_sessionFigures = nullptr;
    QLabel *m_sessionOpened = nullptr;
    QLabel *m_sessionCashier = nullptr;
    QLabel *m_sessionFloat = nullptr;
    QLabel *m_sessionSales = nullptr;
    QLabel *m_sessionTakings = nullptr;

    QLabel *m_lastDayState = nullptr;
    QWidget *m_lastDayFigures = nullptr;
    QLabel *m_lastDaySales = nullptr;
    QLabel *m_lastDayTakings = nullptr;
    QLabel *m_lastDayRefunds = nullptr;

    QLabel *m_totalsState = nullptr;
    QLabel *m_totalSales = nullptr;
    QLabel *m_totalTakings = nullptr;
    QLabel *m_totalRefunds = nullptr;
    QLabel *m_totalDeposits = nullptr;
    QLabel *m_totalWeight = nullptr;
};

} // namespace recaisse::ui
