#pragma once

#include "core/domain.h"
#include "core/users.h"
#include "ui/common/unlockprompt.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace recaisse::core {
class Store;
}

namespace recaisse::ui {

class IdleCountdown;

// An administrator allows one named action with their PIN. The dialog verifies nothing itself:
// core checks the PIN when the action runs, and the caller shows core's message (wrong PIN,
// locked account) and may ask again. Left alone, the dialog closes itself (rejected).
class AdminUnlockDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int defaultIdleTimeoutMs = 60'000;

    AdminUnlockDialog(core::Store &store, const QString &actionName, QWidget *parent = nullptr);

    // The chosen administrator and the typed PIN once OK was pressed; std::nullopt otherwise.
    std::optional<core::Unlock> unlock() const;

    QString selectedUserId() const;
    void selectUser(const QString &userId);

    // How long the dialog waits for input before closing itself (tests shorten it).
    void setIdleTimeout(int milliseconds);
    int idleTimeout() const;
    // The countdown, on the store's clock (tests move the clock and check()).
    IdleCountdown *idleCountdown() const { return m_idleTimer; }

    // An UnlockPrompt that runs this dialog, modal over parent.
    static UnlockPrompt prompt(core::Store &store, QWidget *parent);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createKeypad();
    void loadAdmins();
    void appendDigit(const QString &digit);
    void submit();
    void showError(const QString &message);
    void touched();

    core::Store &m_store;
    QWidget *m_tileContainer = nullptr;
    QGridLayout *m_tileLayout = nullptr;
    QButtonGroup *m_tiles = nullptr;
    QLabel *m_noAdminLabel = nullptr;
    QLineEdit *m_pinField = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_okButton = nullptr;
    IdleCountdown *m_idleTimer = nullptr;
    std::optional<core::Unlock> m_unlock;
};

} // namespace recaisse::ui
