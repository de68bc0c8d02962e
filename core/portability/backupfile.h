#pragma once

#include "core/domain.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace recaisse::core {

class Store;

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
};

} // namespace recaisse::core
