#pragma once

#include "core/domain.h"
#include "core/notify/pendingdeposits.h"
#include "ui/common/unlockprompt.h"

#include <QDialog>

class QAudioOutput;
class QComboBox;
class QMediaPlayer;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace recaisse::core {
class Store;
}

namespace recaisse::ui {

// The deposits announced to the Telegram bot and waiting at reception. The volunteer picks one,
// corrects its category, weight and destination if needed and validates it (core records the
// deposit) or rejects it with a reason; core tells the sender through the bot. A voice message
// plays (Qt Multimedia) while the volunteer fills the figures in. Keyboard: the arrows choose,
// Tab goes through the fields, F5 plays or stops, Enter validates, Escape closes.
class PendingDepositsDialog : public QDialog
{
    Q_OBJECT

public:
    PendingDepositsDialog(core::Store &store, const core::Actor &actor,
        UnlockPrompt unlockPrompt = {}, QWidget *parent = nullptr);

    // The deposits still shown, as core listed them.
    const QList<core::notify::PendingDeposit> &shown() const { return m_pending; }
    // The voice message being played (empty when none).
    QString playing() const;

signals:
    void depositValidated(const recaisse::core::Deposit &deposit);
    // A deposit was validated or rejected: the bot tells its sender at once when it runs here.
    void depositDecided();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void reload();
    void showSelected();
    void validateSelected();
    void rejectSelected();
    void togglePlayback();
    void showMessage(const QString &text, bool error);
    const core::notify::PendingDeposit *selected() const;
    QString describe(const core::notify::PendingDeposit &deposit) const;

    core::Store &m_store;
    core::Actor m_actor;
    UnlockPrompt m_unlockPrompt;
    QList<core::notify::PendingDeposit> m_pending;

    QListWidget *m_list = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_weight = nullptr;
    QComboBox *m_destination = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_validateButton = nullptr;
    QPushButton *m_rejectButton = nullptr;
    QPushButton *m_playButton = nullptr;
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audioOutput = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace recaisse::ui
