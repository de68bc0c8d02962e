#pragma once

#include "core/devicefaults.h"
#include "core/domain.h"
#include "core/sales.h"
#include "ui/common/helptopics.h"
#include "ui/common/unlockprompt.h"

#include <QHash>
#include <QMainWindow>

#include <functional>
#include <optional>

class QLabel;
class QStackedWidget;
class QTimer;

namespace recaisse::core {
class Scale;
class Store;
namespace sync {
class SyncService;
}
} // namespace recaisse::core

namespace recaisse::ui {

class IdleCountdown;

class AboutDialog;
class AdminPanel;
class CashMovementScreen;
class CloseSessionScreen;
class DepositScreen;
class OutflowScreen;
class HomeScreen;
class LoginScreen;
class OpenSessionScreen;
class ReceiptOutput;
class RefundScreen;
class SaleScreen;
class TouchKeyboardDock;

// The station's single window: login, then the home screen of whoever logged in, then back.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(core::Store &store, QWidget *parent = nullptr);

    // The application style sheet (touch-sized fonts, calm green palette), from ui's resources.
    static QString styleSheet();

    LoginScreen *loginScreen() const { return m_login; }
    HomeScreen *homeScreen() const { return m_home; }
    OpenSessionScreen *openSessionScreen() const { return m_openSession; }
    SaleScreen *saleScreen() const { return m_sale; }
    CloseSessionScreen *closeSessionScreen() const { return m_closeSession; }
    DepositScreen *depositScreen() const { return m_deposit; }
    OutflowScreen *outflowScreen() const { return m_outflow; }
    RefundScreen *refundScreen() const { return m_refund; }
    CashMovementScreen *cashMovementScreen() const { return m_cashMovement; }

    // Where receipts, Z reports and the drawer kick go (configured from QSettings printer/*).
    ReceiptOutput *receiptOutput() const { return m_receipts; }
    // This station's devices at fault now (the printer, the display, the scale), for the health
    // page.
    const core::DeviceFaults &deviceFaults() const { return m_deviceFaults; }
    // The on-screen keyboard of text fields (mode from QSettings touch/keyboard).
    TouchKeyboardDock *touchKeyboard() const { return m_touchKeyboard; }

    // An empty place at the right of the status bar, before the session state, for the sync
    // badge: put one widget in it with setSyncBadge(). Hidden while empty.
    QWidget *statusBadgeSlot() const { return m_badgeSlot; }
    // Puts badge in the slot (the window takes ownership; a previous badge is deleted).
    void setSyncBadge(QWidget *badge);

    // The running program's sync badge in the slot: it follows sync's worker, a click on it asks
    // for a sync now.
    void showSyncOf(core::sync::SyncService &sync);
    // On the demo shop: a "Set up this computer…" button in the status bar, which makes this PC
    // a station of a shop at stationPath (the first-start dialog) and emits stationSetUp().
    void offerStationSetUp(const QString &stationPath);

    // Shows the window on its screen, never larger than the screen's available area (maximized
    // when the screen is small; full screen without decorations in register mode).
    void present();

    // Register mode (core::RegisterMode, a station setting): full screen, no window decorations;
    // closing the window (its button, Alt+F4, the session ending) asks for an administrator's
    // unlock and is refused without it.
    void setRegisterMode(bool on);
    bool registerMode() const { return m_registerMode; }

    // Opens "About ReCaisse" (version, data folder, support information) over the window, as
    // the status bar's About button does; the dialog deletes itself when closed.
    AboutDialog *showAbout();

    // Replaces the administrator's unlock dialog on every screen (tests answer directly).
    void setUnlockPrompt(UnlockPrompt prompt);

    // Someone else logs in while a cashier's unpaid ticket is held: true keeps it for them,
    // false discards it. The main window asks with a message box; tests answer directly.
    using HeldTicketPrompt =
        std::function<bool(const QString &ownerName, const core::SaleDraft &ticket)>;
    void setHeldTicketPrompt(HeldTicketPrompt prompt);
    // Whose unpaid tickets are held while they are away (user ids).
    QStringList heldTicketOwners() const;

    // Locks the station (back to the login screen) after this long without a key press, a click
    // or a touch while someone is logged in; 0 disables it.
    void setIdleLockDelay(int milliseconds);
    int idleLockDelay() const;
    // The idle lock's countdown, on the store's clock (tests move the clock and check()).
    IdleCountdown *idleCountdown() const { return m_idleTimer; }

    // The screen shown now (one of the above), for tests and screenshots.
    QWidget *currentScreen() const;
    // The section of the manual that explains the screen shown now (F11, the Help buttons).
    HelpTopic helpTopic() const;
    const std::optional<core::Actor> &actor() const { return m_actor; }

    // Shows the home screen of someone core has just authenticated.
    void enter(const core::Actor &actor);
    // Back to the login screen. An unpaid ticket on the sale screen is held for its cashier.
    void logOut();
    // The home screen of the person logged in, with fresh figures.
    void showHome();
    void showOpenSession();
    void showSale();
    void showCloseSession();
    void showDeposit();
    void showOutflow();
    void showRefund();
    void showCashMovement();
    // Opens the cash drawer without a sale: an administrator unlocks it, core audits it.
    void openDrawer();
    // The back office of the person logged in (built afresh for them, dropped at log out).
    void showAdmin();
    AdminPanel *adminPanel() const { return m_admin; }
    // Lets the program add what the window cannot build itself to each new admin panel (the
    // sync console, the Ecologic exports page, the health inputs).
    using AdminPanelSetup = std::function<void(AdminPanel &panel, const core::Actor &actor)>;
    void setAdminPanelSetup(AdminPanelSetup setup);

signals:
    // This PC has just become a station (offerStationSetUp): the program starts again on it.
    void stationSetUp();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    struct HeldTicket
    {
        QString ownerName;
        core::SaleDraft draft;
    };

    void updateStatus();
    // Reads the site's branding again: its colours in the window's style sheet, its name in the
    // title. The screens read their own logo.
    void applyBranding();
    void dropAdmin();
    void showPrintMessage(const QString &text, bool error);
    // Keeps the device's state for the health page: at fault with the reason, or working.
    void reportDevice(core::Device device, bool worked, const QString &text);
    void holdTicket();
    // Gives the person logging in their own ticket back and settles the others' tickets.
    // Returns whether their own ticket came back.
    bool settleHeldTickets(const core::Actor &actor);
    // Puts a screen under a band with its title and a button back to the home screen.
    QWidget *framed(QWidget *screen, const QString &title);
    void showFramed(QWidget *screen);

    core::Store &m_store;
    std::optional<core::Actor> m_actor;
    QStackedWidget *m_stack = nullptr;
    IdleCountdown *m_idleTimer = nullptr;
    LoginScreen *m_login = nullptr;
    HomeScreen *m_home = nullptr;
    OpenSessionScreen *m_openSession = nullptr;
    SaleScreen *m_sale = nullptr;
    CloseSessionScreen *m_closeSession = nullptr;
    DepositScreen *m_deposit = nullptr;
    OutflowScreen *m_outflow = nullptr;
    RefundScreen *m_refund = nullptr;
    CashMovementScreen *m_cashMovement = nullptr;
    QLabel *m_stationStatus = nullptr;
    QLabel *m_userStatus = nullptr;
    QLabel *m_sessionStatus = nullptr;
    QWidget *m_badgeSlot = nullptr;
    ReceiptOutput *m_receipts = nullptr;
    TouchKeyboardDock *m_touchKeyboard = nullptr;
    UnlockPrompt m_unlockPrompt;
    HeldTicketPrompt m_heldTicketPrompt;
    AdminPanel *m_admin = nullptr;
    core::Scale *m_scale = nullptr; // the station's scale, if it has one
    core::DeviceFaults m_deviceFaults;
    AdminPanelSetup m_adminSetup;
    QHash<QString, HeldTicket> m_heldTickets; // by user id
    QString m_brandedStyleSheet; // what applyBranding() set last: re-polishing is costly
    bool m_registerMode = false;
};

} // namespace recaisse::ui
