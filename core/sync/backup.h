#pragma once

// Backups of a station: a consistent SQLite snapshot (VACUUM INTO, safe while the register
// sells) and a manifest, in a .tar.gz uploaded to `backups/<station-id>/`. Restore onto a new PC
// = the newest snapshot + the station's journal segments published after it, so that ticket
// numbers continue after the highest published one and nothing synced is lost.

#include "core/clock.h"
#include "core/domain.h"
#include "core/result.h"
#include "remote.h"

#include <QCoreApplication>
#include <QDateTime>

#include <memory>

namespace recaisse::core {
class Store;
}

namespace recaisse::core::sync {

inline constexpr char backupFormat[] = "recaisse-backup-1";

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

    // Writes the archive (manifest.json + station.sqlite) at archivePath.
    static Result<BackupManifest> create(Store &store, const QString &archivePath);
    // Checks and unpacks an archive: only its two expected entries, never a path of its own
    // choosing; the database lands at targetDb only when its checksum and format are right.
    static Result<BackupManifest> extract(const QString &archivePath, const QString &targetDb);

    // Creates a backup and uploads it; keeps the `keep` newest backups of the station. The
    // outcome is recorded for the health page: a failure's time and reason (SyncStatus), until
    // a backup succeeds again.
    static RemoteResult<QString> upload(Store &store, Remote &remote, int keep = 14);
    // The same asked for by a person (the sync page's button, `recaisse-cli backup now`): an
    // administrator (ManageSettings; a refusal is audited); audited.
    static RemoteResult<QString> upload(Store &store, const Actor &actor, Remote &remote);
    // Whether the daily backup is due (none yet, or the last one is a day old).
    static bool isDue(Store &store);

    // Creates targetDb as station `code` of the shop on the server, restored, when `by` is an
    // administrator of the restored station (their PIN checked there, audited): otherwise
    // targetDb is removed and nothing is restored.
    static RemoteResult<std::unique_ptr<Store>> restore(Remote &remote, const QString &code,
        const QString &targetDb, const Clock &clock, const RestoringUser &by);

private:
    static Result<Actor> confirmRestorer(Store &restored, const RestoringUser &by);
    static RemoteResult<QString> uploadSnapshot(Store &store, Remote &remote, int keep);
};

} // namespace recaisse::core::sync
