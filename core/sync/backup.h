#pragma once

// Backups of a station: a consistent SQLite snapshot (VACUUM INTO, safe while the register
// sells) and a manifest, in a .tar.xz uploaded to `backups/<station-id>/`, at most once a week;
// every day a *restore point* is written beside it: a small sealed file naming the snapshot it
// starts from and how far the station's journal had reached (the journal on the drive carries
// every record after the snapshot). Restore onto a new PC = a restore point's snapshot + the
// station's journal segments published after it, so that nothing synced is lost; the restored
// station then numbers in a new series (ledger.h), since the lost PC may have printed numbers it
// never synced.

#include "core/clock.h"
#include "core/domain.h"
#include "core/result.h"
#include "remote.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace recaisse::core {
class Store;
}

namespace recaisse::core::sync {

inline constexpr char backupFormat[] = "recaisse-backup-1";
inline constexpr char restorePointFormat[] = "recaisse-restore-point-1";
// A snapshot's name ends with the compression of its archive: xz (LZMA2); older versions wrote
// gzip. Both are listed, kept and read; only xz is written.
inline constexpr char snapshotSuffix[] = ".tar.xz";
inline constexpr char olderSnapshotSuffix[] = ".tar.gz";

struct BackupManifest
{
    QString stationId;
    QString stationCode;
    QString siteId;
    qint64 journalSeq = 0; // the station's last journal record in the snapshot
    int schemaVersion = 0;
    QDateTime createdUtc;
    QString sha256; // of station.sqlite
    qint64 bytes = 0;
};

// A restored station's move to its next numbering series (ledger.h).
struct RestoredSeries
{
    QString oldSeries; // "A"
    QString newSeries; // "B"
    QString lastNumber; // the station's last number held after the replay; empty when none
};

// A restore point on the drive: `backups/<station-id>/<created>-j<journal seq>-b<snapshot's
// created>.point` (sealed JSON), or a snapshot of an older version that has no point file (then
// name == snapshot).
struct RestorePoint
{
    QString name; // file name in the station's backup folder
    QDateTime createdUtc;
    qint64 journalSeq = 0; // the station's last journal record when it was made
    QString snapshot; // the snapshot's file name it starts from
    QDateTime snapshotUtc; // when that snapshot was made
    QString stationCode; // from the point's content (listed points only)
    // The station's documents in its snapshot or published on the drive when it was made (a
    // restore from it brings back at least these); -1 when unknown.
    qint64 documents = -1;
};

// The restore points kept on the drive: the newest backup of each of the `days` most recent
// days that have one, of each of the `months` most recent months that have one, and of every
// year of the conservation period (this year and the `years` before it).
struct BackupRetention
{
    int days = 14;
    int months = 12;
    int years = 6;
};

// The end of the station's journal published on the drive (0 when nothing is), from the names
// of its segments.
RemoteResult<qint64> publishedJournalEnd(Remote &remote, const QString &stationId);

// Who restores a station: a person of the restored station, by name and PIN.
struct RestoringUser
{
    QString name;
    QString pin;
};

class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    static constexpr qint64 maxArchiveBytes = 4LL * 1024 * 1024 * 1024;
    // The largest station database a restore unpacks (ten years of a busy shop's three
    // stations hold a few GB), and the room it leaves free on the disk beside it.
    static constexpr qint64 maxDatabaseBytes = 32LL * 1024 * 1024 * 1024;
    static constexpr qint64 reserveBytes = 256LL * 1024 * 1024;

    // The xz preset of the archive: 6, xz's default (8 MiB dictionary; about 95 MiB of memory to
    // compress, 10 MiB to read back). On the 68 MB snapshot of the two-year demo: 0.59 times
    // gzip -6's size for 30 s of CPU; preset 4 0.68 times for 11 s, preset 9 1 % smaller than 6
    // for 660 MiB of memory.
    static constexpr int xzPreset = 6;

    // Writes the archive (manifest.json + station.sqlite, tar compressed with xz) at
    // archivePath.
    static Result<BackupManifest> create(Store &store, const QString &archivePath);
    // Checks and unpacks an archive (xz or gzip; no other compression is read): only its two
    // expected entries, never a path of its own choosing, never more than maxBytes nor than the
    // disk can hold with reserveBytes to spare; the database lands at targetDb only when its
    // checksum is right and checkDatabase accepts it.
    static Result<BackupManifest> extract(
        const QString &archivePath, const QString &targetDb, qint64 maxBytes = maxDatabaseBytes);
    // Whether a station database from the drive can be opened as one: read with SQLite's
    // trusted_schema off and no extension, it passes the integrity check, its schema version is
    // one this program knows, and its tables, indexes, triggers and views are exactly, SQL text
    // included, those a fresh database of that version has (a dropped immutability trigger or an
    // added one is refused). Nothing is written to it.
    static Result<void> checkDatabase(const QString &path);

    // A full snapshot is uploaded when the newest on the drive is this old (or there is none).
    static constexpr qint64 fullSnapshotEverySecs = 7 * 24 * 3600;

    // Writes today's restore point: a new snapshot when the newest on the drive is a week old
    // (or none is there), then the point file naming it. Then prunes the station's folder
    // (prunable()). Returns the point's path. The outcome is recorded for the health page: a
    // failure's time and reason (SyncStatus), until a backup succeeds again.
    static RemoteResult<QString> upload(Store &store, Remote &remote);
    // The same asked for by a person (the sync page's button, `recaisse-cli backup now`): an
    // administrator (ManageSettings; a refusal is audited); audited.
    static RemoteResult<QString> upload(Store &store, const Actor &actor, Remote &remote);
    // Which of the restore points made at createdUtc (any order) are kept on todayUtc, in the
    // same order. The newest is always kept, and so is the only point of a year of the period.
    static QList<bool> retained(const QList<QDateTime> &createdUtc, const QDate &todayUtc,
        const BackupRetention &rule = {});
    // Which files of a station's backup folder (names as listed) go on todayUtc: the restore
    // points the rule does not keep, and the snapshots no kept point starts from. Names that are
    // neither a point nor a snapshot are never in it.
    static QStringList prunable(
        const QStringList &names, const QDate &todayUtc, const BackupRetention &rule = {});
    // The time a backup's name says it was made; invalid for a name a backup never has.
    static QDateTime createdFromName(const QString &name);
    // The restore point a file name describes (a point file, or a snapshot as its own point);
    // nullopt for any other name.
    static std::optional<RestorePoint> restorePointFromName(const QString &name);
    // The restore points of a station folder's names whose snapshot is there, newest first.
    static QList<RestorePoint> restorePointsIn(const QStringList &names);
    // The station's restore points on the drive, newest first, each point file opened (code,
    // document count): a point that does not open is left out.
    static RemoteResult<QList<RestorePoint>> restorePoints(
        Remote &remote, const QString &stationId);
    // Whether the daily backup is due (none yet, or the last one is a day old).
    static bool isDue(Store &store);

    // Runs on the restored store once the restorer is confirmed and the new numbering series
    // made, before anything is published: `journalThrough` is the last record of the station's
    // journal on the drive (what the lost PC published). A failure undoes the restore.
    using BeforeClaim = std::function<RemoteResult<void>(
        Store &restored, qint64 journalThrough, const Actor &restorer)>;

    // Creates targetDb as station `code` of the shop on the server, restored, when `by` is an
    // administrator of the restored station (their PIN checked there, audited): otherwise
    // targetDb is removed and nothing is restored. From the restore point named `point` (the
    // newest when empty): its snapshot, then every journal record published after it, through
    // the last one synced.
    static RemoteResult<std::unique_ptr<Store>> restore(Remote &remote, const QString &code,
        const QString &targetDb, const Clock &clock, const RestoringUser &by,
        const BeforeClaim &beforeClaim = {}, const QString &point = {});

    // The id and published identity (station.json) of the station `code` on the drive.
    static RemoteResult<std::pair<QString, QJsonObject>> publishedStation(
        Remote &remote, const QString &code);

    // Moves a station just rebuilt from the drive to the series after every one it used, with
    // the audit event "station.restore" (old series, last number held, new series, backup).
    static Result<RestoredSeries> continueInNewSeries(Store &store, const QString &backupName);

    // A new PC has no people of its own: the restorer proves to be an administrator of the
    // restored station (their PIN checked there; a refusal is audited there).
    static Result<Actor> confirmRestorer(Store &restored, const RestoringUser &by);

private:
    static RemoteResult<QString> uploadRestorePoint(Store &store, Remote &remote);
    static RemoteResult<QString> uploadSnapshot(
        Store &store, Remote &remote, const QString &folder, BackupManifest *made);
};

} // namespace recaisse::core::sync
