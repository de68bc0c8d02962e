#pragma once

#include "core/domain.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace recaisse::core {

class Clock;
class Store;

namespace sync {
struct RestoringUser;
struct SiteKeys;
} // namespace sync

inline constexpr char backupFileFormat[] = "recaisse-backup-file-1";

// "Sauvegarder sur une clé USB / un dossier": the station's backup archive (sync/backup.h: a
// consistent snapshot and its manifest), sealed and signed as the drive's backups are
// (sync/sealedremote.h, the streamed form, bound to the path `backups/<station id>/<name>` the
// file names), written to a chosen folder for the treasurer's USB key. The file is
//
//   "recaisse-backup-file-1\n" <that path> "\n" <base64 of the station's Ed25519 public key> "\n"
//   <the shop's recovery file (keys/recovery: the site key sealed under the recovery key)> "\n"
//   <the sealed stream of the archive, signed by the station>
//
// so that the recovery key alone opens it, on a PC that cannot reach the drive. Written in a
// temporary folder of the target folder and renamed when complete (a kill leaves nothing once
// the program has started again, as for the full export).
class BackupFile
{
    Q_DECLARE_TR_FUNCTIONS(BackupFile)

public:
    // An administrator (ManageSettings; a refusal is audited); audited. `keys` are this
    // station's (the site key seals, its signing key signs), `recoveryFile` the shop's
    // (SiteRecovery::fileForBackup). Returns the file's path.
    static Result<QString> save(Store &store, const Actor &actor, const QString &outDir,
        const sync::SiteKeys &keys, const QByteArray &recoveryFile);

    // "Restaurer depuis un fichier": creates targetDb (which must not exist) from such a file,
    // for a PC whose drive is out of reach:
    // - the shop's recovery key opens the recovery file the backup file carries, and the site
    //   key it gives must open the sealed archive (a changed, cut or spliced byte, a file of
    //   another shop or a plain archive is refused); its signature must be by the station the
    //   path names, with the public key that the restored database's station registry holds for
    //   it (not revoked);
    // - it is checked as a downloaded backup is (sync::Backup::extract: only its two entries,
    //   bounded sizes, the database's checksum, exactly the schema and triggers of its version),
    //   and every hash chain of the database must verify;
    // - the key derived from the recovery key for the file's site must be the recovery key the
    //   restored station trusts;
    // - `by` must be an administrator of the restored station (PIN checked there).
    // The station then continues in a new numbering series (the lost PC may have printed numbers
    // after the backup) and is detached from the drive (no account, nothing marked as sent): it
    // rejoins the shop only through an administrator's approval or a restore from the drive with
    // the recovery key, which vouch for its new keys. Audited (sync.restore-file). Nothing is left
    // at targetDb on failure.
    static Result<std::unique_ptr<Store>> restore(const QString &archivePath,
        const QString &targetDb, const Clock &clock, const QString &recoveryKey,
        const sync::RestoringUser &by);
};

} // namespace recaisse::core
