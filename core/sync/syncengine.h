#pragma once

// One synchronisation of a station with its site's shared folder (DESIGN.md, "Sync protocol"):
// push this station's journal in immutable segments (temporary name, then MOVE; marked sent only
// once the server confirmed), pull the other stations' segments and apply them, upload the files
// waiting in the outbox. Runs on the sync worker's own Store (its own connection), never on the
// UI thread. Everything is idempotent: a run cut at any point is simply run again.

#include "core/admin/health.h"
#include "core/result.h"
#include "remote.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace recaisse::core {
class Store;
}

namespace recaisse::core::sync {

// Folders created at the account's root when an account is set up.
const QStringList &siteFolders();
QString stationFolder(const QString &stationId);
QString journalFolder(const QString &stationId);

// Where a push spent its local time encoding segments, in nanoseconds (segments sealed ahead by
// seal() cost nothing here). The remote's own time (sealing, the wire) is measured around it.
struct PushTimings
{
    qint64 readNs = 0; // journal rows read and written as canonical records
    qint64 encodeNs = 0; // records joined into the segment's text, checksum and trailer
    qint64 compressNs = 0; // gzip
};

struct SyncReport
{
    qint64 pushedRecords = 0;
    qint64 pulledRecords = 0;
    qint64 bytesUp = 0;
    qint64 bytesDown = 0;
    int segmentsUp = 0;
    int filesUploaded = 0;
    bool configApplied = false;
    bool configPublished = false;
    int keysReplaced = 0; // restored stations whose new keys were learnt (StationRekey)
    // Files refused as untrusted (sealedremote.h, the pull rules): nothing of them was applied;
    // the run carries on with everything else and ends as failed with these reasons.
    QStringList refusals;
    RemoteError error; // failure None when everything went through
    PushTimings timings;
    bool ok() const { return error.failure == Failure::None; }
};

// What the status bar and `sync status` show; read from the station's database, so any
// connection (the UI's included) can ask.
struct SyncStatus
{
    bool configured = false;
    QString url;
    QString user;
    qint64 pendingRecords = 0; // journal records of this station not yet confirmed by the server
    qint64 pendingFiles = 0;
    QDateTime lastSuccessUtc;
    QDateTime lastAttemptUtc;
    QDateTime failingSinceUtc;
    QString lastError;
    Failure lastFailure = Failure::None;
    QDateTime lastBackupUtc;
    QDateTime lastBackupFailureUtc; // the last backup that failed, if none succeeded since
    QString lastBackupError;
};

// Downloads and applies, in order, the segments of a station published after what the store
// holds (a pull, or the replay of a restore). Stops at a gap, a damaged or a refused segment.
struct AppliedSegments
{
    qint64 through = 0; // the station's last journal seq held now
    qint64 records = 0; // newly applied
    qint64 bytes = 0; // downloaded
    // Segments refused (Failure::Untrusted) while another segment on the drive carried the same
    // records: after a restore, what the lost PC's retired key published beyond its journal
    // end, beside the restored station's own segments. The caller audits them.
    QStringList refused;
};
// `waitForDisk` false: each segment commits without waiting for the disk (JournalApplier::
// setWaitForDisk), for another station's records, which the drive still holds; the caller's next
// ordinary commit makes them durable.
RemoteResult<AppliedSegments> applyPublishedSegments(Store &store, Remote &remote,
    const QString &stationId, const QString &code, qint64 maxSegmentBytes, bool waitForDisk = true);

class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)

public:
    struct Options
    {
        int segmentRecords = 2000; // records per segment at most
        qint64 maxSegmentBytes = 64LL * 1024 * 1024; // largest segment download accepted
    };

    SyncEngine(Store &store, Remote &remote);
    SyncEngine(Store &store, Remote &remote, Options options);

    // Seal, push, then pull, then the member register, then the outbox; stops at the first
    // remote failure. The outcome is
    // recorded in the sync log and the station's sync state.
    SyncReport run();

    // Encodes, ahead of the network, this station's segments not yet sent: the full ones, which
    // stay valid since the journal is immutable, and the tail, sealed again once newer records
    // outgrow it. Runs first in run(), which the worker calls online or not: a station offline
    // for weeks has its segments ready when the network comes back, and the catch-up is only the
    // upload. Returns how many segments it sealed.
    Result<int> seal();

    SyncReport push();
    SyncReport pull();
    SyncReport uploadOutbox();

    // Creates the folder structure of the site on the server.
    RemoteResult<void> prepareFolders();

    static Result<SyncStatus> status(Store &store);
    // Queues a local file for upload to `remotePath` (e.g. "exports/ecologic_....csv").
    static Result<void> enqueueUpload(
        Store &store, const QString &localFile, const QString &remotePath);

    // Small persistent facts of the sync worker.
    static QString state(Store &store, const QString &key);
    static Result<void> setState(Store &store, const QString &key, const QString &value);

    // The sync log (newest first), for the sync page.
    struct LogEntry
    {
        qint64 id = 0;
        QDateTime atUtc;
        bool ok = false;
        QString failure;
        int httpStatus = 0;
        QString message;
        qint64 pushed = 0;
        qint64 pulled = 0;
        qint64 bytesUp = 0;
        qint64 durationMs = 0;
    };
    static Result<QList<LogEntry>> log(Store &store, int limit);
    // Failed runs since that instant (the health page's "errors of the last 7 days").
    static Result<int> failuresSince(Store &store, const QDateTime &sinceUtc);
    // What the health page weighs from the sync: last backup (or its failure), last success,
    // failures of the last 7 days.
    static Result<HealthInputs> healthInputs(Store &store);

    // Every station of the site this one knows, with what it holds of each (sync console).
    struct StationState
    {
        QString id;
        QString code;
        QString kind;
        bool isLocal = false;
        QDateTime lastPullUtc; // when its data last arrived here (invalid for this station)
        QDateTime newestRecordUtc; // its newest record held here
        qint64 records = 0;
    };
    static Result<QList<StationState>> stations(Store &store);
    static void recordRun(Store &store, const SyncReport &report, qint64 durationMs);
    // Audits a refused file once (sync.refused): the same refusal seen again at every sync is
    // not audited again.
    static void auditRefusal(Store &store, const RemoteError &error);

    // Hooks for the site configuration (published by the admin station, applied by the others).
    using ConfigStep = std::function<RemoteResult<bool>(Store &, Remote &)>;
    void setConfigSteps(ConfigStep publish, ConfigStep apply);

private:
    RemoteResult<void> pushSegment(qint64 first, qint64 last, SyncReport &report);
    // The end of the sealed segment that starts at first and ends by last; 0 when there is none.
    Result<qint64> sealedEnd(qint64 first, qint64 last);
    // The segment first..last as uploaded: sealed ahead, or encoded now; and its SHA-256.
    Result<std::pair<QByteArray, QString>> encodedSegment(
        qint64 first, qint64 last, PushTimings &timings);
    Result<std::pair<QByteArray, QString>> encodeFromJournal(
        qint64 first, qint64 last, PushTimings &timings);
    RemoteResult<void> republishLost(const QList<RemoteEntry> &published, SyncReport &report);
    RemoteResult<void> publishStationFile(qint64 lastSeq);
    // The member register this station holds (stations/<id>/members.json), when it changed since
    // it was last published; and another station's, merged here (Members::applyShared).
    RemoteResult<void> publishMembers();
    RemoteResult<void> pullMembers(const QString &stationId, SyncReport &report);
    RemoteResult<void> pullStation(const QString &stationId, SyncReport &report);
    RemoteError localError(const Error &error) const;

    Store &m_store;
    Remote &m_remote;
    Options m_options;
    ConfigStep m_publishConfig;
    ConfigStep m_applyConfig;
};

} // namespace recaisse::core::sync
