#pragma once

// The background sync of a station: a worker living in its own thread with its own database
// connection, running the sync engine every few minutes, on demand and when the network comes
// back; failures wait with an exponential, jittered, capped backoff (credentials and a full drive
// wait for a person instead); the daily backup; a Telegram message to the admins when nothing
// went through for a day. The register never waits for it.

#include "core/clock.h"
#include "core/domain.h"
#include "sealedremote.h"
#include "sitekeys.h"
#include "syncengine.h"

#include <QDateTime>
#include <QObject>
#include <QThread>

#include <memory>

class QTimer;

namespace recaisse::core::sync {

enum class SyncState {
    Off, // no account set up
    Synced, // nothing pending
    Syncing,
    Pending, // records wait for the next run
    Offline, // the server cannot be reached; retrying
    Error, // needs a person: password refused, drive full, damaged data
};
QString toKey(SyncState state);

struct SyncSnapshot
{
    SyncState state = SyncState::Off;
    SyncStatus status;
    QDateTime nextAttemptUtc;
};

class SyncWorker : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        int intervalSeconds = 300;
        int retryBaseSeconds = 30;
        int retryMaxSeconds = 1800;
        int statusRefreshSeconds = 10;
        int alertAfterHours = 24;
    };

    SyncWorker(QString databasePath, const Clock &clock, Settings settings);
    ~SyncWorker() override;

    // The wait before the next attempt after `failures` failures in a row: base·2^(n-1), capped,
    // then scaled by a jitter in [0.5, 1] so that registers do not retry in step; a server's
    // Retry-After wins when it is longer.
    static int backoffSeconds(
        int failures, const Settings &settings, double jitter, int retryAfter);

    // In the worker's thread: a backup asked for by actor, who must be an administrator.
    void backupNow(const Actor &actor);

public Q_SLOTS:
    void start(); // in the worker's thread: opens the database, arms the timers
    void syncNow();
    void networkBack();
    // Closes the ended days, months and years (at each business midnight, on the station's
    // clock, and before each sync), then arms itself for the next period's end.
    void closeEndedPeriods();

Q_SIGNALS:
    void snapshotChanged(const recaisse::core::sync::SyncSnapshot &snapshot);
    void backupFinished(bool ok, const QString &message);
    // Closings the worker wrote (their number), for the status bar and the tests.
    void periodsClosed(int count);

private:
    void run();
    void schedule(int seconds);
    void publish();
    void alertIfStale(const SyncReport &report);
    // The drive through the sealing layer; the keys are read from the keychain once.
    RemoteResult<SealedRemote::Connection> connectSealed();
    // Tells the admins (Telegram) of each account lock after wrong PINs on this station, once.
    void alertLocks();

    QString m_path;
    const Clock &m_clock;
    Settings m_settings;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SiteKeys> m_keys;
    QTimer *m_next = nullptr;
    QTimer *m_refresh = nullptr;
    QTimer *m_periodEnd = nullptr;
    int m_failures = 0;
    bool m_running = false;
    bool m_waitingForPerson = false;
    QDateTime m_nextAttemptUtc;
    QString m_openError;
};

// Owns the worker's thread: quits and waits on destruction.
class SyncService : public QObject
{
    Q_OBJECT

public:
    SyncService(const QString &databasePath, const Clock &clock,
        SyncWorker::Settings settings = SyncWorker::Settings{}, QObject *parent = nullptr);
    ~SyncService() override;

    SyncWorker *worker() const { return m_worker; }
    void syncNow();
    // A backup now, by actor (an administrator: Backup::upload checks and audits it).
    void backupNow(const Actor &actor);

private:
    QThread m_thread;
    SyncWorker *m_worker = nullptr;
};

} // namespace recaisse::core::sync

Q_DECLARE_METATYPE(recaisse::core::sync::SyncSnapshot)
