#pragma once

#include "core/domain.h"
#include "core/users.h"

#include <QWidget>

#include <functional>
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

// Who is at the till: the volunteer taps their name, types their PIN on the keypad (or the
// keyboard) and core checks it. Wrong PINs and lockouts are core's decisions; this screen only
// shows its message.
class LoginScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LoginScreen(core::Store &store, QWidget *parent = nullptr);

    // Back to a blank screen: users reloaded, nobody chosen, PIN and message cleared.
    void reset();

    QString selectedUserId() const;
    void selectUser(const QString &userId);

    // Asks the person named for a new PIN (typed twice); nullopt when they give up. A test
    // answers it; the default is a pair of password dialogs.
    using NewPinPrompt = std::function<std::optional<QString>(const QString &name)>;
    void setNewPinPrompt(NewPinPrompt prompt);

signals:
    void loggedIn(const recaisse::core::Actor &actor);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createTopBand();
    QWidget *createDemoBanner();
    QWidget *createKeypad();
    void reloadUsers();
    void appendDigit(const QString &digit);
    void clearPin();
    void submit();
    void showError(const QString &message);
    void clearError();
    // core asked for a new PIN (an administrator's too short): the person chooses it now.
    void chooseNewPin(const QString &userId, const QString &currentPin, const QString &reason);
    // Logged in, or the refusal shown.
    void finishLogin(const core::Result<core::Actor> &actor);

    core::Store &m_store;
    NewPinPrompt m_newPinPrompt;
    core::Users m_users;
    QLabel *m_logo = nullptr;
    QLabel *m_siteName = nullptr;
    QLabel *m_dateLabel = nullptr;
    QWidget *m_demoBanner = nullptr;
    QWidget *m_tileContainer = nullptr;
    QGridLayout *m_tileLayout = nullptr;
    QButtonGroup *m_tiles = nullptr;
    QLabel *m_noUserLabel = nullptr;
    QLineEdit *m_pinField = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_okButton = nullptr;
};

} // namespace recaisse::ui
