#pragma once

#include "core/domain.h"
#include "core/sync/syncworker.h"
#include "core/sync/webdavclient.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace recaisse::core {
class Store;
}

namespace recaisse::ui {

class JoinStationsBox;

// The sync console of the admin panel: the state of this station's sync, every station of the
// shop with the freshness of its data, the history of runs with their details, "Synchroniser
// maintenant", the kDrive account with "Tester la connexion", and the Telegram alerts.
// Network and keychain work runs off the UI thread.
class SyncPage : public QWidget
{
    Q_OBJECT

public:
    // service may be null (no background sync: the buttons that need it are hidden).
    SyncPage(core::Store &store, const core::Actor &actor, core::sync::SyncService *service,
        QWidget *parent = nullptr);
    ~SyncPage() override;

    void refresh();
    QString resultText() const;
    // What could not be read at the last refresh; empty when all was read.
    QString errorText() const;
    JoinStationsBox *joinStations() const { return m_joinStations; }

    // Asked when the address names a folder the drive does not have: true creates it. A question
    // dialog by default; tests answer with their own.
    using CreateFolderPrompt = std::function<bool(const QString &address)>;
    void setCreateFolderPrompt(CreateFolderPrompt prompt);

signals:
    // A background job (test, save) finished; tests wait for it.
    void jobFinished();

private:
    void showSnapshot(const core::sync::SyncSnapshot &snapshot);
    void testConnection();
    void createFolder(const core::sync::DavAccount &account);
    void saveAccount();
    void saveTelegram();
    void showLogDetail();
    void setBusy(bool busy);
    // Runs job off the UI thread, shows its message, then runs after.
    void runJob(std::function<QString()> job, std::function<void()> after);

    core::Store &m_store;
    core::Actor m_actor;
    core::sync::SyncService *m_service;
    QLabel *m_error = nullptr; // what could not be read, instead of silently empty tables
    QLabel *m_state = nullptr;
    QLabel *m_facts = nullptr;
    QPushButton *m_syncNow = nullptr;
    QPushButton *m_backupNow = nullptr;
    QTableWidget *m_stations = nullptr;
    JoinStationsBox *m_joinStations = nullptr;
    QTableWidget *m_log = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_result = nullptr;
    QLineEdit *m_chats = nullptr;
    QLineEdit *m_api = nullptr;
    QLabel *m_apiReadOnly = nullptr;
    QLineEdit *m_token = nullptr;
    QPushButton *m_saveTelegram = nullptr;
    QList<core::sync::SyncEngine::LogEntry> m_entries;
    QThread *m_job = nullptr;
    CreateFolderPrompt m_createFolderPrompt;
};

} // namespace recaisse::ui
