#pragma once

#include "core/domain.h"
#include "core/sync/joinrequest.h"
#include "core/sync/remote.h"

#include <QGroupBox>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace recaisse::core {
class Store;
}

namespace recaisse::ui {

// The sync page's "Stations joining the shop" (docs/protocol-join.md): "Make a join code" shows a
// single-use code large with its expiry; the requests waiting on the drive are listed ("CAISSE3
// asks to join the shop", with the fingerprint to compare with the new station's screen) with
// Approve and Refuse; "New recovery kit" makes a new recovery key and saves its PDF. Only an
// administrator on an administration station acts here. The drive and the keychain are used off
// the UI thread, each job on its own connection to the station's database.
class JoinStationsBox : public QGroupBox
{
    Q_OBJECT

public:
    // How a job reaches the drive; by default the station's kDrive account (SyncAccount::connect).
    using RemoteFactory =
        std::function<core::Result<std::unique_ptr<core::sync::Remote>>(core::Store &)>;
    // The site key and this station's keys; by default from the keychain (SiteKeyStore).
    using KeysLoader = std::function<core::Result<core::sync::SiteKeys>(core::Store &)>;
    // Where to save a new recovery kit; empty cancels. A file dialog by default.
    using KitPathPrompt = std::function<QString()>;

    JoinStationsBox(core::Store &store, const core::Actor &actor, QWidget *parent = nullptr);
    ~JoinStationsBox() override;

    void setRemoteFactory(RemoteFactory factory) { m_remoteFactory = std::move(factory); }
    void setKeysLoader(KeysLoader loader) { m_keysLoader = std::move(loader); }
    void setKitPathPrompt(KitPathPrompt prompt) { m_kitPathPrompt = std::move(prompt); }

    // Reads the requests on the drive again.
    void refresh();
    void makeJoinCode();
    // Approves or refuses the selected request.
    void answerSelected(bool approve);
    void makeRecoveryKit();

    QString codeText() const;
    QString messageText() const;
    int requestCount() const;
    QString requestText(int row) const;
    void selectRequest(int row);

signals:
    // A job finished (the list, an answer, a code); tests wait for it. `approved` when a station
    // was approved: the sync should run now to publish the configuration.
    void jobFinished();
    void stationApproved();

private:
    void runJob(std::function<QString()> job, std::function<void()> after = {});
    void showRequests(const QList<core::sync::PendingJoin> &requests);
    void setBusy(bool busy);

    core::Store &m_store;
    core::Actor m_actor;
    RemoteFactory m_remoteFactory;
    KeysLoader m_keysLoader;
    KitPathPrompt m_kitPathPrompt;
    QLabel *m_code = nullptr;
    QLabel *m_codeExpiry = nullptr;
    QTableWidget *m_requests = nullptr;
    QPushButton *m_makeCode = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_refuse = nullptr;
    QPushButton *m_newKit = nullptr;
    QLabel *m_message = nullptr;
    QList<core::sync::PendingJoin> m_pending;
    QThread *m_job = nullptr;
};

} // namespace recaisse::ui
