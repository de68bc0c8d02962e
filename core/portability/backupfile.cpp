#include "backupfile.h"

#include "core/database.h"
#include "core/integrity.h"
#include "core/ledger.h"
#include "core/permissions.h"
#include "core/store.h"
#include "core/sync/backup.h"
#include "core/sync/recovery.h"
#include "core/sync/rekey.h"
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

Result<std::unique_ptr<Store>> BackupFile::restore(const QString &archivePath,
    const QString &targetDb, const Clock &clock, const QString &recoveryKey,
    const sync::RestoringUser &by)
{
    if (QFileInfo::exists(targetDb))
        return makeError(ErrorCode::Conflict,
            tr("%1 already exists: a restore creates a new station file.").arg(targetDb));
    const QFileInfo file(archivePath);
    if (!file.isFile())
        return makeError(ErrorCode::NotFound, tr("No backup file %1.").arg(archivePath));
    if (file.size() > sync::Backup::maxArchiveBytes)
        return makeError(ErrorCode::InvalidInput,
            tr("%1 is larger than any backup: it is refused.").arg(file.fileName()));
    if (recoveryKey.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
            tr("Restoring from a file needs the shop's recovery key (the recovery kit)."));
    if (sync::SiteRecovery::normalized(recoveryKey).isEmpty())
        return makeError(ErrorCode::InvalidInput,
            tr("This is not a recovery key: the recovery kit shows 8 groups of 4 letters and "
               "digits."));
    auto manifest = sync::Backup::extract(archivePath, targetDb);
    if (!manifest)
        return Error{manifest.error().code,
            tr("The backup %1 was refused and nothing was restored. %2")
                .arg(file.fileName().left(80), manifest.error().message)};
    auto opened = Store::open(targetDb, clock);
    if (!opened) {
        Database::removeFiles(targetDb);
        return opened.error();
    }
    std::unique_ptr<Store> store = std::move(*opened);
    const auto fail = [&](const Error &error) -> Result<std::unique_ptr<Store>> {
        store.reset();
        Database::removeFiles(targetDb);
        return error;
    };
    if (store->station().id != manifest->stationId || store->site().id != manifest->siteId)
        return fail(makeError(ErrorCode::IntegrityFailure,
            tr("The backup %1 does not hold the station its manifest names: it is refused.")
                .arg(file.fileName().left(80))));
    // The recovery key vouches for the file's shop: without it, anyone's file would do.
    const QByteArray trusted = sync::StationRekey::trustedPublic(*store);
    if (trusted.isEmpty())
        return fail(makeError(ErrorCode::AuthenticationFailed,
            tr("The shop of this backup has no recovery key, so a file cannot prove it is the "
               "shop's: restore this station from the drive instead.")));
    const auto derived = sync::SiteRecovery::signingKey(recoveryKey, store->site().id);
    if (!derived || derived->publicKey != trusted)
        return fail(makeError(ErrorCode::AuthenticationFailed,
            tr("This recovery key is not the one of the shop of %1: nothing was restored.")
                .arg(file.fileName().left(80))));
    auto report = IntegrityCheck(*store).run();
    if (!report)
        return fail(report.error());
    if (!report->intact())
        return fail(makeError(ErrorCode::IntegrityFailure,
            tr("The backup %1 fails the integrity check (%2): nothing was restored.")
                .arg(file.fileName().left(80), report->problems.value(0).left(200))));
    auto restorer = sync::Backup::confirmRestorer(*store, by);
    if (!restorer)
        return fail(restorer.error());
    {
        Database &db = store->db();
        Transaction transaction(db);
        if (!transaction.started())
            return fail(transaction.started().error());
        // Detached from the drive: the keys that signed for this station are lost with its PC.
        for (const char *sql :
            {"DELETE FROM sync_account", "DELETE FROM sync_segment", "DELETE FROM sync_sealed"}) {
            if (auto done = db.exec(QString::fromLatin1(sql)); !done)
                return fail(done.error());
        }
        if (auto audited = AuditLog(*store).record(restorer->userId,
                QStringLiteral("sync.restore-file"), store->station().code,
                {{QStringLiteral("file"), file.fileName().left(200)},
                    {QStringLiteral("backup_created_utc"),
                        manifest->createdUtc.toString(Qt::ISODate)},
                    {QStringLiteral("journal_seq"), manifest->journalSeq}});
            !audited)
            return fail(audited.error());
        if (auto committed = transaction.commit(); !committed)
            return fail(committed.error());
    }
    if (auto series = sync::Backup::continueInNewSeries(*store, file.fileName()); !series)
        return fail(series.error());
    return store;
}

} // namespace recaisse::core
