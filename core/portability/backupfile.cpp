#include "backupfile.h"

#include "core/ledger.h"
#include "core/permissions.h"
#include "core/store.h"
#include "core/sync/backup.h"
#include "core/users.h"
#include "portability.h"

#include <QDir>
#include <QFileInfo>

namespace recaisse::core {

Result<QString> BackupFile::save(Store &store, const Actor &actor, const QString &outDir)
{
    if (auto allowed = Users(store).require(actor, Permission::ManageSettings); !allowed)
        return allowed.error();
    Database &db = store.db();
    auto made = portability::makeMarkedPartial(db, outDir);
    if (!made)
        return made.error();
    const QString work = *made;
    const QFileInfo folder(outDir);
    const auto cleanUp = [&] { portability::removeMarkedPartial(db); };
    const QString archive = QDir(work).filePath(QStringLiteral("backup.tar.gz"));
    auto manifest = sync::Backup::create(store, archive);
    if (!manifest) {
        cleanUp();
        return manifest.error();
    }
    // The drive's name for the same backup: when it was made, the station, its last record.
    const QString name =
        QStringLiteral("%1-%2-j%3.tar.gz")
            .arg(manifest->createdUtc.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")),
                store.station().code)
            .arg(manifest->journalSeq, 10, 10, QLatin1Char('0'));
    const QString target = QDir(folder.absoluteFilePath()).filePath(name);
    if (QFileInfo::exists(target) || !QFile::rename(archive, target)) {
        cleanUp();
        return makeError(
            ErrorCode::StorageFailure, tr("The backup cannot be written as %1.").arg(target));
    }
    cleanUp();
    if (auto audited = AuditLog(store).record(actor.userId, QStringLiteral("sync.backup-save"),
            name, {{QStringLiteral("bytes"), QFileInfo(target).size()}});
        !audited) {
        QFile::remove(target);
        return audited.error();
    }
    return target;
}

} // namespace recaisse::core
