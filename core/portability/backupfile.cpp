#include "backupfile.h"

#include "core/database.h"
#include "core/integrity.h"
#include "core/ledger.h"
#include "core/permissions.h"
#include "core/store.h"
#include "core/sync/backup.h"
#include "core/sync/recovery.h"
#include "core/sync/rekey.h"
#include "core/sync/sealedremote.h"
#include "core/sync/sitekeys.h"
#include "core/sync/stationregistry.h"
#include "core/users.h"
#include "portability.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace recaisse::core {

namespace {

using sync::Failure;
using sync::RemoteEntry;
using sync::RemoteError;
using sync::RemoteResult;

constexpr qint64 maxHeaderLineBytes = 64 * 1024;

// The one file the sealing layer writes or reads for a backup file, in hand rather than on a
// drive: putFile keeps a copy of the sealed stream at `file`, getFile gives it back. Nothing
// else is ever asked of it.
class FileInHand final : public sync::Remote
{
public:
    explicit FileInHand(QString file)
        : m_file(std::move(file))
    {
    }
    RemoteResult<QList<RemoteEntry>> list(const QString &) override { return refused(); }
    RemoteResult<void> makeFolders(const QString &) override { return refused(); }
    RemoteResult<void> put(const QString &, const QByteArray &) override { return refused(); }
    RemoteResult<void> putFile(const QString &, const QString &localFile) override
    {
        QFile::remove(m_file);
        if (!QFile::copy(localFile, m_file))
            return RemoteError{
                Failure::Local, 0, BackupFile::tr("Cannot write %1.").arg(m_file), -1};
        return {};
    }
    RemoteResult<void> move(const QString &, const QString &) override { return refused(); }
    RemoteResult<QByteArray> get(const QString &, qint64) override { return refused(); }
    RemoteResult<void> getFile(const QString &, const QString &localFile, qint64 maxBytes) override
    {
        if (QFileInfo(m_file).size() > maxBytes)
            return RemoteError{Failure::Protocol, 0, BackupFile::tr("The file is too large."), -1};
        QFile::remove(localFile);
        if (!QFile::copy(m_file, localFile))
            return RemoteError{
                Failure::Local, 0, BackupFile::tr("Cannot write %1.").arg(localFile), -1};
        return {};
    }
    RemoteResult<void> remove(const QString &) override { return refused(); }

private:
    static RemoteError refused()
    {
        return RemoteError{Failure::Local, 0, BackupFile::tr("Not a file in hand."), -1};
    }
    QString m_file;
};

// What the head of a backup file says.
struct SealedHead
{
    QString path; // "backups/<station id>/<name>"
    QString stationId;
    QByteArray signingPublic;
    QByteArray recoveryFile;
};

} // namespace

Result<QString> BackupFile::save(Store &store, const Actor &actor, const QString &outDir,
    const sync::SiteKeys &keys, const QByteArray &recoveryFile)
{
    if (auto allowed = Users(store).require(actor, Permission::ManageSettings); !allowed)
        return allowed.error();
    Database &db = store.db();
    auto made = portability::makeMarkedPartial(db, outDir);
    if (!made)
        return made.error();
    const QString work = *made;
    const auto cleanUp = [&] { portability::removeMarkedPartial(db); };
    if (keys.siteId != store.site().id || keys.stationId != store.station().id
        || !keys.isComplete()) {
        cleanUp();
        return makeError(ErrorCode::AuthenticationFailed,
            tr("This station does not hold its keys: the backup file cannot be sealed."));
    }
    const QString archive =
        QDir(work).filePath(QStringLiteral("backup") + QLatin1String(sync::snapshotSuffix));
    auto manifest = sync::Backup::create(store, archive);
    if (!manifest) {
        cleanUp();
        return manifest.error();
    }
    // The drive's name for the same backup: when it was made, the station, its last record.
    const QString name =
        QStringLiteral("%1-%2-j%3.recaisse-backup")
            .arg(manifest->createdUtc.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")),
                store.station().code)
            .arg(manifest->journalSeq, 10, 10, QLatin1Char('0'));
    const QString path = QStringLiteral("backups/%1/%2").arg(store.station().id, name);
    const QString sealedStream = QDir(work).filePath(QStringLiteral("sealed"));
    FileInHand hand(sealedStream);
    sync::SealedRemote sealer(hand, keys, [](const QString &) { return std::nullopt; });
    if (auto sealed = sealer.putFile(path, archive); !sealed) {
        cleanUp();
        return makeError(ErrorCode::StorageFailure, sealed.error().message);
    }
    const QString partial = QDir(work).filePath(QStringLiteral("file"));
    {
        QFile out(partial);
        QFile stream(sealedStream);
        bool ok = out.open(QIODevice::WriteOnly) && stream.open(QIODevice::ReadOnly);
        ok = ok
            && out.write(QByteArray(backupFileFormat) + '\n' + path.toUtf8() + '\n'
                   + keys.signing.publicKey.toBase64() + '\n' + recoveryFile.trimmed() + '\n')
                > 0;
        while (ok && !stream.atEnd()) {
            const QByteArray chunk = stream.read(1024 * 1024);
            ok = !chunk.isEmpty() && out.write(chunk) == chunk.size();
        }
        if (!ok || !out.flush()) {
            cleanUp();
            return makeError(ErrorCode::StorageFull,
                tr("The backup %1 could not be written (disk full or not writable).").arg(name));
        }
    }
    const QFileInfo folder(outDir);
    const QString target = QDir(folder.absoluteFilePath()).filePath(name);
    if (QFileInfo::exists(target) || !QFile::rename(partial, target)) {
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
    const auto refused = [&](ErrorCode code, const QString &why) {
        return Error{code,
            tr("The backup %1 was refused and nothing was restored. %2")
                .arg(file.fileName().left(80), why)};
    };
    // The head: format, path, the signer's public key and the shop's recovery file.
    SealedHead head;
    QTemporaryDir work(QFileInfo(targetDb).absolutePath() + QStringLiteral("/.restore-XXXXXX"));
    if (!work.isValid())
        return makeError(ErrorCode::StorageFailure,
            tr("Cannot create a working folder next to %1.").arg(targetDb));
    const QString sealedStream = work.filePath(QStringLiteral("sealed"));
    {
        QFile in(archivePath);
        if (!in.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::NotFound, tr("Cannot read %1.").arg(archivePath));
        QByteArrayList lines;
        for (int i = 0; i < 4; ++i) {
            const QByteArray line = in.readLine(maxHeaderLineBytes);
            if (!line.endsWith('\n'))
                break;
            lines.append(line.chopped(1));
        }
        static const QRegularExpression pathPattern(
            QStringLiteral("^backups/([0-9A-Za-z-]{1,64})/[0-9A-Za-z.-]{1,120}$"));
        const QRegularExpressionMatch match = pathPattern.match(QString::fromUtf8(lines.value(1)));
        const auto key =
            QByteArray::fromBase64Encoding(lines.value(2), QByteArray::AbortOnBase64DecodingErrors);
        if (lines.size() != 4 || lines.at(0) != backupFileFormat || !match.hasMatch() || !key
            || key.decoded.size() != 32)
            return refused(ErrorCode::NotADatabase,
                tr("It is not a sealed ReCaisse backup file (older versions saved a plain "
                   "archive, which cannot prove it is the shop's: restore from the drive)."));
        head = SealedHead{match.captured(0), match.captured(1), key.decoded, lines.at(3)};
        QFile out(sealedStream);
        if (!out.open(QIODevice::WriteOnly))
            return makeError(ErrorCode::StorageFailure, tr("Cannot write %1.").arg(sealedStream));
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(1024 * 1024);
            if (chunk.isEmpty() || out.write(chunk) != chunk.size())
                return makeError(ErrorCode::StorageFull, tr("Cannot write %1.").arg(sealedStream));
        }
    }
    // The recovery key opens the shop's recovery file, whose site key opens the archive.
    auto site = sync::SiteRecovery::open(head.recoveryFile, recoveryKey);
    if (!site)
        return makeError(ErrorCode::AuthenticationFailed,
            tr("This recovery key is not the one of the shop of %1: nothing was restored.")
                .arg(file.fileName().left(80)));
    sync::SiteKeys reading = sync::SiteKeys::forJoiningStation(site->siteId, head.stationId);
    reading.siteKey = site->siteKey;
    FileInHand hand(sealedStream);
    sync::SealedRemote opener(
        hand, reading, [&head](const QString &id) -> std::optional<sync::RegisteredStation> {
            if (id != head.stationId)
                return std::nullopt;
            sync::RegisteredStation signer;
            signer.stationId = id;
            signer.signingPublic = head.signingPublic;
            return signer;
        });
    // xz, or gzip in a file saved by an older version: extract() tells them by their content.
    const QString archive = work.filePath(QStringLiteral("backup.archive"));
    if (auto opened = opener.getFile(head.path, archive, sync::Backup::maxArchiveBytes); !opened)
        return refused(ErrorCode::IntegrityFailure, opened.error().message);
    QFile::remove(sealedStream);

    auto manifest = sync::Backup::extract(archive, targetDb);
    if (!manifest)
        return refused(manifest.error().code, manifest.error().message);
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
    if (store->station().id != manifest->stationId || store->site().id != manifest->siteId
        || manifest->stationId != head.stationId || manifest->siteId != site->siteId)
        return fail(makeError(ErrorCode::IntegrityFailure,
            tr("The backup %1 does not hold the station its manifest names: it is refused.")
                .arg(file.fileName().left(80))));
    // Signed by the station itself, with the key the shop registered for it.
    auto registered = sync::StationRegistry::find(*store, head.stationId);
    if (!registered)
        return fail(registered.error());
    if (!*registered || (*registered)->isRevoked()
        || (*registered)->signingPublic != head.signingPublic)
        return fail(makeError(ErrorCode::AuthenticationFailed,
            tr("The backup %1 is not signed by its station's registered key: it is refused.")
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
