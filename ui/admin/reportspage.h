#pragma once

#include "adminpage.h"
#include "core/mail/scheduledreports.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QThread;

namespace recaisse::ui {

// The reports sent by e-mail ("Rapports programmés"): the list with their next run and last
// result, add / edit / suspend / remove, send one now, a test message, and the latest attempts.
// Sending (network, keychain) runs in a thread of its own with its own database connection.
class ReportsPage : public AdminPage
{
    Q_OBJECT

public:
    // Attempts shown (the newest).
    static constexpr int shownAttempts = 100;

    ReportsPage(core::Store &store, const core::Actor &actor, QWidget *parent = nullptr);
    ~ReportsPage() override;

    void refresh() override;

    // Opens the dialog to add (or edit the selected) report; the test can answer it.
    void addReport();
    void editSelected();
    void removeSelected();
    void toggleSelected();
    void sendSelected();
    void sendTest();
    // The mail account's form (server, password, a test e-mail), through the dialog runner.
    void editAccount();
    void editSheets();
    // Instead of exec(): a test fills and accepts the dialog itself.
    void setDialogRunner(std::function<int(QDialog &)> runner) { m_runDialog = std::move(runner); }

    QTableWidget *table() const { return m_table; }
    QTableWidget *attemptsTable() const { return m_attempts; }
    QLineEdit *testAddress() const { return m_testAddress; }
    QString resultText() const;
    bool busy() const { return m_job != nullptr; }

signals:
    void jobFinished();

private:
    std::optional<core::mail::ScheduledReport> selected() const;
    bool editInDialog(core::mail::ScheduledReport &report, const QString &title);
    void runJob(std::function<QString()> job);
    void updateButtons();

    QLabel *m_account = nullptr;
    QPushButton *m_accountButton = nullptr;
    QPushButton *m_sheetsButton = nullptr;
    QTableWidget *m_table = nullptr;
    QTableWidget *m_attempts = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_send = nullptr;
    QLineEdit *m_testAddress = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_result = nullptr;
    QList<core::mail::ScheduledReport> m_reports;
    QThread *m_job = nullptr;
    std::function<int(QDialog &)> m_runDialog;
};

// The add/edit form of one report.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(
        const core::mail::ScheduledReport &report, const QString &title, QWidget *parent = nullptr);

    core::mail::ScheduledReport report() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeBox() const { return m_type; }
    QComboBox *frequencyBox() const { return m_frequency; }
    QLineEdit *recipientsEdit() const { return m_recipients; }
    QComboBox *formatBox() const { return m_format; }

private:
    core::mail::ScheduledReport m_report;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_frequency = nullptr;
    QLineEdit *m_recipients = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_station = nullptr;
    QLineEdit *m_cashier = nullptr;
    QLineEdit *m_category = nullptr;
};

} // namespace recaisse::ui
