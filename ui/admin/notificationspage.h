#pragma once

#include "adminpage.h"
#include "core/notify/notifications.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

namespace recaisse::ui {

// « Notifications »: the events ReCaisse can tell the team about (a closing beyond the
// threshold, repeated variances, many refunds, a failing sync, no backup), each with its
// switch, recipients (Telegram ids of the whitelist, e-mail addresses), quiet hours and
// thresholds; and the latest messages. The rules and their checks are core's.
class NotificationsPage : public AdminPage
{
    Q_OBJECT

public:
    static constexpr int shownMessages = 100;

    NotificationsPage(core::Store &store, const core::Actor &actor, QWidget *parent = nullptr);

    void refresh() override;
    // Shows the event of that row in the form.
    void select(int row);
    void save();

    QTableWidget *table() const { return m_table; }
    QTableWidget *logTable() const { return m_log; }
    QCheckBox *enabledBox() const { return m_enabled; }
    QLineEdit *telegramEdit() const { return m_telegram; }
    QLineEdit *emailsEdit() const { return m_emails; }
    QCheckBox *quietBox() const { return m_quiet; }
    QTimeEdit *quietFromEdit() const { return m_quietFrom; }
    QTimeEdit *quietToEdit() const { return m_quietTo; }
    QSpinBox *thresholdBox() const { return m_threshold; }
    QSpinBox *windowBox() const { return m_window; }

private:
    core::notify::EventRule formRule() const;
    void showRule(const core::notify::EventRule &rule);
    void fitTableHeight();

    QList<core::notify::EventRule> m_rules;
    int m_row = 0;
    QTableWidget *m_table = nullptr;
    QLabel *m_formTitle = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_telegram = nullptr;
    QLineEdit *m_emails = nullptr;
    QCheckBox *m_quiet = nullptr;
    QTimeEdit *m_quietFrom = nullptr;
    QTimeEdit *m_quietTo = nullptr;
    QLabel *m_thresholdLabel = nullptr;
    QSpinBox *m_threshold = nullptr;
    QLabel *m_windowLabel = nullptr;
    QSpinBox *m_window = nullptr;
    QPushButton *m_save = nullptr;
    QTableWidget *m_log = nullptr;
};

} // namespace recaisse::ui
