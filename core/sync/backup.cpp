#include "backup.h"

#include "core/database.h"
#include "core/domain.h"
#include "core/ledger.h"
#include "core/store.h"
#include "core/users.h"
#include "journalrecords.h"
#include "segment.h"
#include "siteconfig.h"
#include "syncengine.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>

Q_LOGGING_CATEGORY(lcBackup, "recaisse.sync.backup")

namespace recaisse::core::sync {

namespace {

const char manifestEntry[] = "manifest.json";
const char databaseEntry[] = "station.sqlite";
constexpr qint64 maxManifestBytes = 64 * 1024;

Error failed(ErrorCode code, const QString &message)
{
    return Error{code, message};
}

RemoteError local(const Error &error)
{
    return RemoteError{Failure::Local, 0, error.message, -1};
}

QString fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

QJsonObject toJson(const BackupManifest &manifest)
{
    return {{QStringLiteral("format"), QLatin1String(backupFormat)},
        {QStringLiteral("station_id"), manifest.stationId},
        {QStringLiteral("station_code"), manifest.stationCode},
        {QStringLiteral("site_id"), manifest.siteId},
        {QStringLiteral("journal_seq"), manifest.journalSeq},
        {QStringLiteral("schema_version"), manifest.schemaVersion},
        {QStringLiteral("created_utc"), isoUtc(manifest.createdUtc)},
        {QStringLiteral("sha256"), manifest.sha256}, {QStringLiteral("bytes"), manifest.bytes}};
}

std::optional<BackupManifest> manifestFrom(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(backupFormat))
        return std::nullopt;
    BackupManifest m;
    m.stationId = o.value(QStringLiteral("station_id")).toString();
    m.stationCode = o.value(QStringLiteral("station_code")).toString();
    m.siteId = o.value(QStringLiteral("site_id")).toString();
    m.journalSeq = o.value(QStringLiteral("journal_seq")).toInteger(-1);
    m.schemaVersion = int(o.value(QStringLiteral("schema_version")).toInteger());
    m.createdUtc =
        QDateTime::fromString(o.value(QStringLiteral("created_utc")).toString(), Qt::ISODate);
    m.sha256 = o.value(QStringLiteral("sha256")).toString();
    m.bytes = o.value(QStringLiteral("bytes")).toInteger(-1);
    if (m.stationId.isEmpty() || m.siteId.isEmpty() || m.journalSeq < 0 || m.sha256.size() != 64
        || m.bytes < 0)
        return std::nullopt;
    return m;
}

bool writeEntry(
    archive *out, const char *name, qint64 size, const std::function<qint64(char *, qint64)> &read)
{
    archive_entry *entry = archive_entry_new();
    archive_entry_set_pathname(entry, name);
    archive_entry_set_size(entry, size);
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0600);
    const bool headerOk = archive_write_header(out, entry) == ARCHIVE_OK;
    archive_entry_free(entry);
    if (!headerOk)
        return false;
    char buffer[64 * 1024];
    qint64 done = 0;
    while (done < size) {
        const qint64 n = read(buffer, std::min<qint64>(sizeof buffer, size - done));
        if (n <= 0 || archive_write_data(out, buffer, size_t(n)) != n)
            return false;
        done += n;
    }
    return true;
}

} // namespace

Result<BackupManifest> Backup::create(Store &store, const QString &archivePath)
{
    QTemporaryDir work(QFileInfo(archivePath).absolutePath() + QStringLiteral("/.backup-XXXXXX"));
    if (!work.isValid())
        return failed(ErrorCode::StorageFailure,
            tr("Cannot create a working folder next to %1.").arg(archivePath));
    const QString snapshot = work.filePath(QString::fromLatin1(databaseEntry));

    BackupManifest manifest;
    manifest.stationId = store.station().id;
    manifest.stationCode = store.station().code;
    manifest.siteId = store.site().id;
    manifest.schemaVersion = store.db().schemaVersion();
    manifest.createdUtc = store.clock().nowUtc();
    {
        // The journal position and the snapshot must describe the same instant: both are read
        // inside one read transaction (VACUUM INTO reads a consistent WAL snapshot).
        auto last = JournalReader(store).lastSeq(store.station().id);
        if (!last)
            return last.error();
        manifest.journalSeq = *last;
        QString quoted = snapshot;
        quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
        if (auto result = store.db().exec(QStringLiteral("VACUUM INTO '%1'").arg(quoted)); !result)
            return result.error();
        // A sale committed between the two reads is in the snapshot but after journalSeq:
        // harmless, the replay of segments skips what is already held.
    }
    manifest.sha256 = fileSha256(snapshot);
    manifest.bytes = QFileInfo(snapshot).size();

    QFile database(snapshot);
    if (!database.open(QIODevice::ReadOnly))
        return failed(ErrorCode::StorageFailure, tr("Cannot read the snapshot %1.").arg(snapshot));
    const QByteArray manifestJson = QJsonDocument(toJson(manifest)).toJson();
    const QString partial = archivePath + QStringLiteral(".part");
    archive *out = archive_write_new();
    archive_write_add_filter_gzip(out);
    archive_write_set_format_pax_restricted(out);
    bool ok =
        archive_write_open_filename(out, QFile::encodeName(partial).constData()) == ARCHIVE_OK;
    qint64 manifestPos = 0;
    ok = ok && writeEntry(out, manifestEntry, manifestJson.size(), [&](char *buffer, qint64 max) {
        const qint64 n = std::min(max, manifestJson.size() - manifestPos);
        std::memcpy(buffer, manifestJson.constData() + manifestPos, size_t(n));
        manifestPos += n;
        return n;
    });
    ok = ok && writeEntry(out, databaseEntry, manifest.bytes, [&](char *buffer, qint64 max) {
        return database.read(buffer, max);
    });
    ok = archive_write_close(out) == ARCHIVE_OK && ok;
    archive_write_free(out);
    if (!ok || !QFile::rename(partial, archivePath)) {
        QFile::remove(partial);
        return failed(ErrorCode::StorageFull,
            tr("The backup %1 could not be written (disk full or not writable).").arg(archivePath));
    }
    return manifest;
}

Result<BackupManifest> Backup::extract(const QString &archivePath, const QString &targetDb)
{
    const auto notBackup = [&archivePath](const QString &why) {
        return failed(ErrorCode::NotADatabase,
            tr("%1 is not a ReCaisse backup: %2").arg(QFileInfo(archivePath).fileName(), why));
    };
    if (QFileInfo::exists(targetDb))
        return failed(ErrorCode::Conflict,
            tr("%1 already exists: restore only creates a new station file.").arg(targetDb));
    const QString partial = targetDb + QStringLiteral(".restoring");
    QFile::remove(partial);

    archive *in = archive_read_new();
    archive_read_support_filter_gzip(in);
    archive_read_support_format_tar(in);
    if (archive_read_open_filename(in, QFile::encodeName(archivePath).constData(), 64 * 1024)
        != ARCHIVE_OK) {
        archive_read_free(in);
        return notBackup(tr("it cannot be opened as a compressed archive"));
    }
    std::optional<BackupManifest> manifest;
    bool haveDatabase = false;
    QString problem;
    archive_entry *entry = nullptr;
    int status = ARCHIVE_OK;
    while (problem.isEmpty() && (status = archive_read_next_header(in, &entry)) == ARCHIVE_OK) {
        // Only two names are accepted, and they are never used as paths: an entry called
        // "../../etc/x" or "/home/..." is refused, not extracted.
        const QByteArray name = archive_entry_pathname(entry);
        const bool regular = archive_entry_filetype(entry) == AE_IFREG;
        if (name == manifestEntry && regular && !manifest) {
            if (archive_entry_size(entry) > maxManifestBytes) {
                problem = tr("its manifest is too large");
                break;
            }
            QByteArray json(qsizetype(archive_entry_size(entry)), Qt::Uninitialized);
            if (archive_read_data(in, json.data(), size_t(json.size())) != json.size()) {
                problem = tr("its manifest is truncated");
                break;
            }
            manifest = manifestFrom(json);
            if (!manifest)
                problem = tr("its manifest is not valid");
        } else if (name == databaseEntry && regular && manifest && !haveDatabase) {
            QFile file(partial);
            if (!file.open(QIODevice::WriteOnly)) {
                problem = tr("%1 cannot be written").arg(partial);
                break;
            }
            char buffer[64 * 1024];
            la_ssize_t n = 0;
            qint64 total = 0;
            while ((n = archive_read_data(in, buffer, sizeof buffer)) > 0) {
                total += n;
                if (total > manifest->bytes || file.write(buffer, n) != n) {
                    problem = tr("its database is larger than announced or the disk is full");
                    break;
                }
            }
            if (n < 0)
                problem = tr("it is truncated or damaged");
            file.close();
            haveDatabase = true;
        } else {
            problem =
                tr("it holds an unexpected entry \"%1\"").arg(QString::fromUtf8(name).left(80));
        }
    }
    if (problem.isEmpty() && status != ARCHIVE_EOF && status != ARCHIVE_OK)
        problem = tr("it is truncated or damaged");
    archive_read_free(in);
    if (problem.isEmpty() && (!manifest || !haveDatabase))
        problem = tr("it lacks its manifest or its database");
    if (problem.isEmpty() && fileSha256(partial) != manifest->sha256)
        problem = tr("its database fails its checksum");
    if (!problem.isEmpty()) {
        QFile::remove(partial);
        return notBackup(problem);
    }
    if (!QFile::rename(partial, targetDb)) {
        QFile::remove(partial);
        return failed(ErrorCode::StorageFailure, tr("Cannot create %1.").arg(targetDb));
    }
    return *manifest;
}

bool Backup::isDue(Store &store)
{
    const QDateTime last = QDateTime::fromString(
        SyncEngine::state(store, QStringLiteral("last_backup_utc")), Qt::ISODate);
    return !last.isValid() || last.secsTo(store.clock().nowUtc()) >= 24 * 3600;
}

RemoteResult<QString> Backup::upload(Store &store, Remote &remote, int keep)
{
    auto uploaded = uploadSnapshot(store, remote, keep);
    const QString failedAt = uploaded ? QString() : isoUtc(store.clock().nowUtc());
    const QString reason = uploaded ? QString() : uploaded.error().message.left(2000);
    if (!SyncEngine::setState(store, QStringLiteral("last_backup_failure_utc"), failedAt)
        || !SyncEngine::setState(store, QStringLiteral("last_backup_error"), reason))
        qCWarning(lcBackup) << "cannot record the backup's outcome:" << reason;
    return uploaded;
}

RemoteResult<QString> Backup::upload(Store &store, const Actor &actor, Remote &remote)
{
    if (auto allowed = Users(store).require(actor, Permission::ManageSettings); !allowed)
        return local(allowed.error());
    auto uploaded = upload(store, remote);
    if (uploaded) {
        if (auto audited =
                AuditLog(store).record(actor.userId, QStringLiteral("sync.backup-now"), *uploaded);
            !audited)
            return local(audited.error());
    }
    return uploaded;
}

Result<Actor> Backup::confirmRestorer(Store &restored, const RestoringUser &by)
{
    Users users(restored);
    auto user = users.findByName(by.name);
    if (!user)
        return user.error();
    auto actor = users.login(user->id, by.pin);
    if (!actor)
        return actor.error();
    if (!isAdministrator(actor->role)) {
        if (auto result =
                AuditLog(restored).record(actor->userId, QStringLiteral("permission.denied"),
                    QStringLiteral("sync.restore"), {{QStringLiteral("role"), toKey(actor->role)}});
            !result)
            return result.error();
        return makeError(ErrorCode::PermissionDenied,
            tr("Only an administrator of the station can restore it: %1 is not one.")
                .arg(actor->name));
    }
    return actor;
}

RemoteResult<QString> Backup::uploadSnapshot(Store &store, Remote &remote, int keep)
{
    QTemporaryDir work;
    if (!work.isValid())
        return RemoteError{Failure::Local, 0, tr("Cannot create a temporary folder."), -1};
    const QString archive = work.filePath(QStringLiteral("backup.tar.gz"));
    auto manifest = create(store, archive);
    if (!manifest)
        return local(manifest.error());
    const QString folder = QStringLiteral("backups/") + store.station().id;
    const QString name =
        QStringLiteral("%1-%2-j%3.tar.gz")
            .arg(manifest->createdUtc.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")),
                store.station().code)
            .arg(manifest->journalSeq, 10, 10, QLatin1Char('0'));
    if (auto result = remote.makeFolders(folder); !result)
        return result.error();
    const QString temporary = folder + QStringLiteral("/.upload-") + name + QStringLiteral(".part");
    if (auto result = remote.putFile(temporary, archive); !result)
        return result.error();
    if (auto result = remote.move(temporary, folder + QLatin1Char('/') + name); !result)
        return result.error();
    if (auto saved = SyncEngine::setState(
            store, QStringLiteral("last_backup_utc"), isoUtc(manifest->createdUtc));
        !saved)
        return local(saved.error());

    // Retention: the names start with the UTC time, so they sort by age.
    if (auto listing = remote.list(folder); listing) {
        QStringList names;
        for (const RemoteEntry &entry : *listing) {
            if (!entry.isFolder && entry.name.endsWith(QLatin1String(".tar.gz"))
                && !entry.name.startsWith(QLatin1Char('.')))
                names.append(entry.name);
        }
        std::sort(names.begin(), names.end());
        for (qsizetype i = 0; i + keep < names.size(); ++i)
            (void)remote.remove(folder + QLatin1Char('/') + names.at(i));
    }
    return QString(folder + QLatin1Char('/') + name);
}

RemoteResult<std::unique_ptr<Store>> Backup::restore(Remote &remote, const QString &code,
    const QString &targetDb, const Clock &clock, const RestoringUser &by)
{
    // Find the station by its code among the published identities.
    auto stations = remote.list(QStringLiteral("stations"));
    if (!stations)
        return stations.error();
    QString stationId;
    QJsonObject identity;
    for (const RemoteEntry &entry : *stations) {
        auto file =
            remote.get(stationFolder(entry.name) + QStringLiteral("/station.json"), 64 * 1024);
        const QJsonObject object = file ? QJsonDocument::fromJson(*file).object() : QJsonObject();
        if (object.value(QStringLiteral("code")).toString() == code.trimmed().toUpper()) {
            stationId = entry.name;
            identity = object;
        }
    }
    if (stationId.isEmpty())
        return RemoteError{Failure::NotFound, 0,
            tr("No station %1 was published on this drive.").arg(code.left(16)), -1};

    QStringList names;
    if (auto backups = remote.list(QStringLiteral("backups/") + stationId); backups) {
        for (const RemoteEntry &entry : *backups) {
            if (!entry.isFolder && entry.name.endsWith(QLatin1String(".tar.gz"))
                && !entry.name.startsWith(QLatin1Char('.')))
                names.append(entry.name);
        }
    } else if (backups.error().failure != Failure::NotFound) {
        return backups.error();
    }
    std::sort(names.begin(), names.end());

    const auto removeTarget = [&targetDb] { Database::removeFiles(targetDb); };
    // Replays what the station published after its snapshot (or its whole journal) on the store
    // made by one of the two branches below.
    const auto finish = [&](std::unique_ptr<Store> store) -> RemoteResult<std::unique_ptr<Store>> {
        const auto replay =
            applyPublishedSegments(*store, remote, stationId, code, 64LL * 1024 * 1024);
        if (!replay) {
            store.reset();
            removeTarget();
            return replay.error();
        }
        // Everything held is published: the next push starts after it, the next ticket after it.
        if (auto saved = SyncEngine::setState(
                *store, QStringLiteral("pushed_through"), QString::number(replay->through));
            !saved) {
            store.reset();
            removeTarget();
            return local(saved.error());
        }
        (void)store->db().exec(QStringLiteral("DELETE FROM sync_segment"));
        (void)store->db().exec(QStringLiteral("DELETE FROM sync_sealed"));
        // A new PC has no people of its own: the restorer proves to be an administrator of the
        // restored station, or the file goes away and nothing is restored.
        auto restorer = confirmRestorer(*store, by);
        if (restorer) {
            if (auto audited = AuditLog(*store).record(
                    restorer->userId, QStringLiteral("sync.restore"), store->station().code);
                !audited)
                restorer = audited.error();
        }
        if (!restorer) {
            store.reset();
            removeTarget();
            return local(restorer.error());
        }
        return store;
    };

    if (!names.isEmpty()) {
        QTemporaryDir work;
        const QString archive = work.filePath(QStringLiteral("backup.tar.gz"));
        if (auto result =
                remote.getFile(QStringLiteral("backups/%1/%2").arg(stationId, names.last()),
                    archive, maxArchiveBytes);
            !result)
            return result.error();
        auto manifest = extract(archive, targetDb);
        if (!manifest)
            return local(manifest.error());
        if (manifest->stationId != stationId) {
            removeTarget();
            return RemoteError{Failure::Protocol, 0,
                tr("The newest backup of %1 belongs to another station.").arg(code.left(16)), -1};
        }
        auto store = Store::open(targetDb, clock);
        if (!store) {
            removeTarget();
            return local(store.error());
        }
        return finish(std::move(*store));
    }

    // No snapshot yet (the daily backup had not run): the station is rebuilt from the shop's
    // configuration and its whole journal.
    qint64 version = 0;
    auto config = SiteConfig::fetchLatest(remote, &version);
    if (!config)
        return config.error();
    const SiteInfo site = SiteConfig::siteOf(*config);
    auto store = Store::createForSite(targetDb, site, code,
        stationKindFromKey(identity.value(QStringLiteral("kind")).toString())
            .value_or(StationKind::Register),
        clock, stationId);
    if (!store) {
        removeTarget();
        return local(store.error());
    }
    const bool publisher = config->value(QStringLiteral("publisher")).toString() == stationId;
    auto configured = [&]() -> Result<void> {
        if (!publisher) {
            if (auto r =
                    SyncEngine::setState(**store, QStringLiteral("joined"), QStringLiteral("1"));
                !r)
                return r;
        }
        if (auto r = SiteConfig::apply(**store, *config); !r)
            return r;
        return SyncEngine::setState(
            **store, QStringLiteral("config_applied_version"), QString::number(version));
    }();
    if (!configured) {
        store->reset();
        removeTarget();
        return local(configured.error());
    }
    return finish(std::move(*store));
}

} // namespace recaisse::core::sync
