#pragma once

#include "core/domain.h"
#include "core/mail/mailaccount.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QThread;

namespace recaisse::core {
class Store;
}

namespace recaisse::ui {

// The site's outgoing mail account: server, port, security, login, password (to the keychain,
// never shown back: left empty, the kept one stays), sender, and a test message sent through
// what the form says before it is saved. Saving and sending (keychain, network) run in a thread
// of their own with their own database connection; the answer is one sentence under the form.
class MailAccountDialog : public QDialog
{
    Q_OBJECT

public:
    MailAccountDialog(core::Store &store, const core::Actor &actor, QWidget *parent = nullptr);
    ~MailAccountDialog() override;

    core::mail::MailAccountSettings settings() const;

    void save();
    void sendTest();

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QComboBox *securityBox() const { return m_security; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *fromEdit() const { return m_from; }
    QLineEdit *testAddress() const { return m_testAddress; }
    QLabel *resultLabel() const { return m_result; }
    // Shown on a station that is not an administration station: where the shared settings
    // are changed (hidden elsewhere).
    QLabel *readOnlyLabel() const { return m_readOnly; }
    bool busy() const { return m_job != nullptr; }
    bool saved() const { return m_saved; }

signals:
    void jobFinished();

private:
    struct Outcome
    {
        bool saved = false;
        QString message;
    };
    void runJob(const QString &doing, std::function<Outcome()> job);
    void securityChosen();
    void updateButtons();

    core::Store &m_store;
    core::Actor m_actor;
    std::optional<core::mail::MailAccountSettings> m_loaded;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_security = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_testAddress = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_result = nullptr;
    QThread *m_job = nullptr;
    bool m_saved = false;
    bool m_mayChange = false;
    bool m_sharedEditable = true; // server, port, security, user, sender (not the password)
    QLabel *m_readOnly = nullptr;
};

} // namespace recaisse::ui
