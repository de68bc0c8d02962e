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
}

// "Sauvegarder sur une clé USB / un dossier": the station's backup archive, the very file the
// daily backup uploads to the drive (sync/backup.h: a consistent snapshot and its manifest,
// under the same name), written to a chosen folder for the treasurer's USB key. Written in a
// temporary folder of the target folder and renamed when complete (a kill leaves nothing once
// the program has started again, as for the full export).
class BackupFile
{
    Q_DECLARE_TR_FUNCTIONS(BackupFile)

public:
    // An administrator (ManageSettings; a refusal is audited); audited. Returns the file's path.
    static Result<QString> save(Store &store, const Actor &actor, const QString &outDir);

    // "Restaurer depuis un fichier": creates targetDb (which must not exist) from such a file,
    // for a PC whose drive is out of reach. A file in hand carries no signature the drive's rules
    // could check, so:
    // - it is checked as a downloaded backup is (sync::Backup::extract: only its two entries,
    //   bounded sizes, the database's checksum, exactly the schema and triggers of its version),
    //   and every hash chain of the database must verify;
    // - the shop's recovery key is required: the key derived from it for the file's site must be
    //   the recovery key the restored station trusts (a file of another shop, or a typing error,
    //   is refused);
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
