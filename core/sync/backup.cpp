#include "backup.h"

#include "core/database.h"
#include "core/domain.h"
#include "core/ledger.h"
#include "core/store.h"
#include "core/technicalevents.h"
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
#include <QMap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUuid>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <limits>
#include <numeric>

Q_LOGGING_CATEGORY(lcBackup, "recaisse.sync.backup")

namespace recaisse::core {
const QList<QStringList> &schemaMigrations(); // migrations.cpp
}

namespace recaisse::core::sync {

namespace {

const char manifestEntry[] = "manifest.json";
const char nameTimeFormat[] = "yyyyMMdd'T'HHmmss'Z'";
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

// "20261207T013740Z" as a UTC time; invalid for anything else.
QDateTime timeOfName(const QString &text)
{
    if (text.size() != 16)
        return {};
    QDateTime time = QDateTime::fromString(text, QLatin1String(nameTimeFormat));
    if (!time.isValid())
        return {};
    time.setTimeZone(QTimeZone::utc());
    return time;
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

// A table, index, trigger or view of a database: what it is and its SQL text.
Result<QStringList> schemaOf(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT type, name, tbl_name, coalesce(sql, '') FROM "
                                   "sqlite_master ORDER BY type, name")))
        return failed(ErrorCode::NotADatabase, query.lastError().text());
    QStringList rows;
    while (query.next()) {
        rows.append(QStringLiteral("%1 %2 on %3: %4")
                        .arg(query.value(0).toString(), query.value(1).toString(),
                            query.value(2).toString(), query.value(3).toString()));
    }
    return rows;
}

// The schema a database of that version has when ReCaisse made it: a fresh in-memory database
// migrated to that version.
Result<QStringList> expectedSchema(int version)
{
    const QString name =
        QStringLiteral("recaisse-schema-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    Result<QStringList> rows = failed(ErrorCode::StorageFailure, QString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        QString problem = db.open() ? QString() : db.lastError().text();
        const QList<QStringList> &steps = schemaMigrations();
        for (int step = 0; problem.isEmpty() && step < version; ++step) {
            for (const QString &statement : steps.at(step)) {
                QSqlQuery query(db);
                if (!query.exec(statement)) {
                    problem = query.lastError().text();
                    break;
                }
            }
        }
        rows = problem.isEmpty() ? schemaOf(db) : failed(ErrorCode::StorageFailure, problem);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

// Room on the disk that holds path's folder, minus what must stay free. Unbounded when the
// system cannot tell (a chroot or container without its mount table): the absolute caps still
// apply, and a disk that fills up during the extraction is a write error that removes the file.
qint64 roomBeside(const QString &path)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    if (!storage.isValid() || !storage.isReady() || storage.bytesAvailable() < 0)
        return std::numeric_limits<qint64>::max();
    return std::max<qint64>(0, storage.bytesAvailable() - Backup::reserveBytes);
}

} // namespace

Result<void> Backup::checkDatabase(const QString &path)
{
    const auto refused = [](const QString &why) { return failed(ErrorCode::NotADatabase, why); };
    const QString name =
        QStringLiteral("recaisse-check-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    Result<void> outcome;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        outcome = [&]() -> Result<void> {
            if (!db.open())
                return refused(tr("its database cannot be opened: %1").arg(db.lastError().text()));
            QSqlQuery query(db);
            // Before anything reads the schema: a view, trigger or default value of the file
            // calls no function that is not harmless (SQLite 3.31+), and extensions stay off
            // (this connection never enables them).
            if (!query.exec(QStringLiteral("PRAGMA trusted_schema=OFF"))
                || !query.exec(QStringLiteral("PRAGMA trusted_schema")) || !query.next()
                || query.value(0).toInt() != 0)
                return refused(tr("this SQLite cannot read its database safely (trusted_schema)"));
            query.finish();
            if (!query.exec(QStringLiteral("PRAGMA cell_size_check=ON")))
                return refused(query.lastError().text());
            // A damaged page can make the check itself fail: that is its verdict too.
            if (!query.exec(QStringLiteral("PRAGMA integrity_check(1)")))
                return refused(tr("its database fails the integrity check: %1")
                                   .arg(query.lastError().text().left(200)));
            if (!query.next())
                return refused(tr("its database fails the integrity check: %1").arg(QString()));
            if (const QString verdict = query.value(0).toString(); verdict != QLatin1String("ok"))
                return refused(
                    tr("its database fails the integrity check: %1").arg(verdict.left(200)));
            query.finish();
            if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
                return refused(tr("its database has no schema version"));
            const int version = query.value(0).toInt();
            query.finish();
            if (version < 1 || version > Database::latestSchemaVersion())
                return refused(
                    tr("its database's schema version %1 is unknown to this program (1 to %2)")
                        .arg(version)
                        .arg(Database::latestSchemaVersion()));
            auto actual = schemaOf(db);
            if (!actual)
                return refused(actual.error().message);
            auto expected = expectedSchema(version);
            if (!expected)
                return expected.error();
            for (const QString &row : std::as_const(*expected)) {
                if (!actual->contains(row))
                    return refused(
                        tr("its database's schema lacks or changed: %1").arg(row.left(160)));
            }
            for (const QString &row : std::as_const(*actual)) {
                if (!expected->contains(row))
                    return refused(tr("its database's schema has something ReCaisse never made: %1")
                                       .arg(row.left(160)));
            }
            return {};
        }();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

Result<RestoredSeries> Backup::continueInNewSeries(Store &store, const QString &backupName)
{
    // The series the station used last, as far as anything held shows it: the snapshot's own
    // series, the series of its last published document, the series a previous restore moved
    // to (published at once, even when it issued nothing).
    Database &db = store.db();
    const QString stationId = store.station().id;
    const QString code = store.station().code;
    int current = store.station().numberingSeries;
    QString lastNumber;
    {
        QSqlQuery &last = db.prepared(QStringLiteral(
            "SELECT number FROM document WHERE station_id = ? ORDER BY seq DESC LIMIT 1"));
        if (auto result = db.exec(last, {stationId}); !result)
            return result.error();
        if (last.next())
            lastNumber = last.value(0).toString();
        last.finish();
        current = std::max(current, numberingSeriesOf(lastNumber, code));
    }
    {
        QSqlQuery &restores = db.prepared(
            QStringLiteral("SELECT details FROM audit_event WHERE station_id = ? AND action = "
                           "'station.restore' ORDER BY seq DESC LIMIT 1"));
        if (auto result = db.exec(restores, {stationId}); !result)
            return result.error();
        if (restores.next()) {
            const QJsonObject details =
                QJsonDocument::fromJson(restores.value(0).toString().toUtf8()).object();
            current = std::max(current,
                numberingSeriesFromName(details.value(QStringLiteral("new_series")).toString()));
        }
        restores.finish();
    }
    if (current >= maxNumberingSeries)
        return failed(ErrorCode::Conflict,
            tr("Station %1 has used every numbering series: create it again under another code.")
                .arg(code));
    const RestoredSeries series{
        numberingSeriesName(current), numberingSeriesName(current + 1), lastNumber};

    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    if (auto result = AuditLog(store).record(QString(), QStringLiteral("station.restore"), code,
            {{QStringLiteral("old_series"), series.oldSeries},
                {QStringLiteral("new_series"), series.newSeries},
                {QStringLiteral("last_number"), series.lastNumber},
                {QStringLiteral("backup"), backupName}});
        !result)
        return result.error();
    if (auto result = store.setNumberingSeries(current + 1); !result)
        return result.error();
    // In the journal of technical events too, as the first document of the new series.
    if (auto result = TechnicalEvents(store).record(QString(), TechnicalEventKind::Restore,
            {{QStringLiteral("old_series"), series.oldSeries},
                {QStringLiteral("new_series"), series.newSeries},
                {QStringLiteral("last_number"), series.lastNumber},
                {QStringLiteral("backup"), backupName}});
        !result) {
        (void)store.reloadIdentity();
        return result.error();
    }
    if (auto result = transaction.commit(); !result) {
        (void)store.reloadIdentity();
        return result.error();
    }
    return series;
}

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
    // xz through liblzma, never an external program (ARCHIVE_WARN): a libarchive built without
    // liblzma fails here, clearly, rather than on the PC of a shop.
    if (archive_write_add_filter_xz(out) != ARCHIVE_OK
        || archive_write_set_filter_option(
               out, "xz", "compression-level", QByteArray::number(xzPreset).constData())
            != ARCHIVE_OK) {
        archive_write_free(out);
        return failed(ErrorCode::StorageFailure,
            tr("This program's libarchive cannot compress with xz: the backup %1 was not written.")
                .arg(archivePath));
    }
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

Result<BackupManifest> Backup::extract(
    const QString &archivePath, const QString &targetDb, qint64 maxBytes)
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
    // The two compressions a snapshot was ever written with, nothing else (no bzip2, lzma,
    // zstd... decoder to reach). Whatever their ratio, the output is capped below.
    archive_read_support_filter_xz(in);
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
            // A decompression bomb announces its size (manifest, tar header) or is cut there:
            // nothing larger than the cap or the free disk is ever written.
            const qint64 announced = std::max(manifest->bytes, qint64(archive_entry_size(entry)));
            if (announced > maxBytes) {
                problem = tr("its database would take %1 MB, more than the %2 MB a restore "
                             "accepts")
                              .arg(announced / (1024 * 1024))
                              .arg(maxBytes / (1024 * 1024));
                break;
            }
            if (const qint64 room = roomBeside(targetDb); announced > room) {
                problem = tr("its database would take %1 MB and the disk has only %2 MB free "
                             "for it")
                              .arg(announced / (1024 * 1024))
                              .arg(room / (1024 * 1024));
                break;
            }
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
    if (problem.isEmpty()) {
        if (auto checked = checkDatabase(partial); !checked)
            problem = checked.error().message;
    }
    if (!problem.isEmpty()) {
        Database::removeFiles(partial);
        return notBackup(problem);
    }
    if (!QFile::rename(partial, targetDb)) {
        QFile::remove(partial);
        return failed(ErrorCode::StorageFailure, tr("Cannot create %1.").arg(targetDb));
    }
    return *manifest;
}

QList<bool> Backup::retained(
    const QList<QDateTime> &createdUtc, const QDate &todayUtc, const BackupRetention &rule)
{
    QList<qsizetype> newestFirst(createdUtc.size());
    std::iota(newestFirst.begin(), newestFirst.end(), 0);
    std::stable_sort(newestFirst.begin(), newestFirst.end(),
        [&](qsizetype a, qsizetype b) { return createdUtc.at(a) > createdUtc.at(b); });
    QList<bool> keep(createdUtc.size(), false);
    QSet<qint64> days;
    QSet<int> months;
    QSet<int> years;
    // The first backup met of a day, a month or a year is its newest.
    for (const qsizetype i : std::as_const(newestFirst)) {
        const QDate day = createdUtc.at(i).toUTC().date();
        const int month = day.year() * 12 + day.month() - 1;
        if (!days.contains(day.toJulianDay()) && days.size() < rule.days) {
            days.insert(day.toJulianDay());
            keep[i] = true;
        }
        if (!months.contains(month) && months.size() < rule.months) {
            months.insert(month);
            keep[i] = true;
        }
        if (!years.contains(day.year()) && day.year() >= todayUtc.year() - rule.years) {
            years.insert(day.year());
            keep[i] = true;
        }
    }
    return keep;
}

QDateTime Backup::createdFromName(const QString &name)
{
    // "20261207T013740Z-j0000001234.tar.xz" (older versions: "....tar.gz", and before them
    // "...Z-CAISSE1-j....tar.gz")
    if (!(name.endsWith(QLatin1String(snapshotSuffix))
            || name.endsWith(QLatin1String(olderSnapshotSuffix)))
        || name.size() < 17 || name.at(16) != QLatin1Char('-'))
        return {};
    return timeOfName(name.left(16));
}

std::optional<RestorePoint> Backup::restorePointFromName(const QString &name)
{
    if (const QDateTime created = createdFromName(name); created.isValid()) {
        RestorePoint point;
        point.name = name;
        point.createdUtc = created;
        point.snapshot = name;
        point.snapshotUtc = created;
        const qsizetype j = name.lastIndexOf(QLatin1String("-j"));
        bool ok = false;
        // Both suffixes have the same length.
        static_assert(sizeof snapshotSuffix == sizeof olderSnapshotSuffix);
        const qsizetype digits = name.size() - (j + 2) - qsizetype(sizeof snapshotSuffix - 1);
        point.journalSeq = j < 0 ? 0 : name.mid(j + 2, digits).toLongLong(&ok);
        if (!ok)
            point.journalSeq = 0;
        return point;
    }
    // "20261207T013740Z-j0000001234-b20261201T013740Z.point"
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{8}T\\d{6}Z)-j(\\d{10})-b(\\d{8}T\\d{6}Z)\\.point$"));
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch())
        return std::nullopt;
    RestorePoint point;
    point.name = name;
    point.createdUtc = timeOfName(match.captured(1));
    point.journalSeq = match.captured(2).toLongLong();
    point.snapshotUtc = timeOfName(match.captured(3));
    if (!point.createdUtc.isValid() || !point.snapshotUtc.isValid()
        || point.snapshotUtc > point.createdUtc)
        return std::nullopt;
    return point;
}

QList<RestorePoint> Backup::restorePointsIn(const QStringList &names)
{
    // The snapshots by the time their name gives; a point starts from the one of its time.
    QMap<QDateTime, QString> snapshots;
    for (const QString &name : names) {
        if (const QDateTime created = createdFromName(name); created.isValid())
            snapshots.insert(created, name);
    }
    // A snapshot is a point of its own only when no point file starts from it (one made by an
    // older version): else the point files say which restore points it serves.
    QSet<QDateTime> started;
    QList<RestorePoint> files;
    for (const QString &name : names) {
        auto point = restorePointFromName(name);
        if (point && point->snapshot.isEmpty()) {
            started.insert(point->snapshotUtc);
            point->snapshot = snapshots.value(point->snapshotUtc);
            if (!point->snapshot.isEmpty())
                files.append(*point);
        }
    }
    QMap<QDateTime, RestorePoint> points;
    for (auto it = snapshots.cbegin(); it != snapshots.cend(); ++it) {
        if (!started.contains(it.key()))
            points.insert(it.key(), *restorePointFromName(it.value()));
    }
    for (const RestorePoint &point : std::as_const(files))
        points.insert(point.createdUtc, point);
    QList<RestorePoint> newestFirst(points.cbegin(), points.cend());
    std::reverse(newestFirst.begin(), newestFirst.end());
    return newestFirst;
}

QStringList Backup::prunable(
    const QStringList &names, const QDate &todayUtc, const BackupRetention &rule)
{
    const QList<RestorePoint> points = restorePointsIn(names);
    QList<QDateTime> times;
    for (const RestorePoint &point : points)
        times.append(point.createdUtc);
    const QList<bool> keep = retained(times, todayUtc, rule);
    QSet<QString> needed;
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (keep.at(i)) {
            needed.insert(points.at(i).name);
            needed.insert(points.at(i).snapshot);
        }
    }
    QStringList gone;
    for (const QString &name : names) {
        // A point whose snapshot is missing starts nowhere: it goes with the unkept ones.
        if (!needed.contains(name) && restorePointFromName(name))
            gone.append(name);
    }
    return gone;
}

RemoteResult<QList<RestorePoint>> Backup::restorePoints(Remote &remote, const QString &stationId)
{
    const QString folder = QStringLiteral("backups/") + stationId;
    QStringList names;
    if (auto listing = remote.list(folder); listing) {
        for (const RemoteEntry &entry : *listing) {
            if (!entry.isFolder)
                names.append(entry.name);
        }
    } else if (listing.error().failure != Failure::NotFound) {
        return listing.error();
    }
    QList<RestorePoint> opened;
    for (RestorePoint point : restorePointsIn(names)) {
        if (point.name != point.snapshot) {
            auto file = remote.get(folder + QLatin1Char('/') + point.name, maxManifestBytes);
            if (!file) {
                if (file.error().failure == Failure::Untrusted
                    || file.error().failure == Failure::NotFound)
                    continue;
                return file.error();
            }
            const QJsonObject o = QJsonDocument::fromJson(*file).object();
            if (o.value(QStringLiteral("format")).toString() != QLatin1String(restorePointFormat)
                || o.value(QStringLiteral("station_id")).toString() != stationId
                || o.value(QStringLiteral("snapshot")).toString() != point.snapshot
                || o.value(QStringLiteral("journal_seq")).toInteger(-1) != point.journalSeq)
                continue;
            point.stationCode = o.value(QStringLiteral("station_code")).toString().left(16);
            point.documents = o.value(QStringLiteral("documents")).toInteger(-1);
        }
        opened.append(point);
    }
    return opened;
}

bool Backup::isDue(Store &store)
{
    const QDateTime last = QDateTime::fromString(
        SyncEngine::state(store, QStringLiteral("last_backup_utc")), Qt::ISODate);
    return !last.isValid() || last.secsTo(store.clock().nowUtc()) >= 24 * 3600;
}

RemoteResult<QString> Backup::upload(Store &store, Remote &remote)
{
    auto uploaded = uploadRestorePoint(store, remote);
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

RemoteResult<QString> Backup::uploadSnapshot(
    Store &store, Remote &remote, const QString &folder, BackupManifest *made)
{
    QTemporaryDir work;
    if (!work.isValid())
        return RemoteError{Failure::Local, 0, tr("Cannot create a temporary folder."), -1};
    const QString archive = work.filePath(QStringLiteral("backup") + QLatin1String(snapshotSuffix));
    auto manifest = create(store, archive);
    if (!manifest)
        return local(manifest.error());
    // The station's opaque id is the folder; the name says when and how far, nothing more.
    const QString name = QStringLiteral("%1-j%2%3")
                             .arg(manifest->createdUtc.toString(QLatin1String(nameTimeFormat)))
                             .arg(manifest->journalSeq, 10, 10, QLatin1Char('0'))
                             .arg(QLatin1String(snapshotSuffix));
    const QString temporary = folder + QStringLiteral("/.upload-") + name + QStringLiteral(".part");
    if (auto result = remote.putFile(temporary, archive); !result)
        return result.error();
    if (auto result = remote.move(temporary, folder + QLatin1Char('/') + name); !result)
        return result.error();
    *made = *manifest;
    return name;
}

RemoteResult<QString> Backup::uploadRestorePoint(Store &store, Remote &remote)
{
    const QString folder = QStringLiteral("backups/") + store.station().id;
    if (auto result = remote.makeFolders(folder); !result)
        return result.error();
    auto listing = remote.list(folder);
    if (!listing)
        return listing.error();
    QStringList names;
    for (const RemoteEntry &entry : *listing) {
        if (!entry.isFolder)
            names.append(entry.name);
    }
    const QDateTime now = store.clock().nowUtc();
    // The snapshot today's point starts from: the newest on the drive while it is less than a
    // week old (a clock set back counts as old) and this station's keys uploaded it (after a
    // restore, the lost PC's are retired and what they signed is no longer read), else a new one.
    QString snapshot;
    QDateTime snapshotUtc;
    for (const QString &name : std::as_const(names)) {
        const QDateTime created = createdFromName(name);
        if (created.isValid() && (!snapshotUtc.isValid() || created > snapshotUtc)) {
            snapshot = name;
            snapshotUtc = created;
        }
    }
    const QString snapshotState = QStringLiteral("backup_snapshot");
    qint64 journalSeq = 0;
    QDateTime created = now;
    const qint64 age = snapshotUtc.isValid() ? snapshotUtc.secsTo(now) : -1;
    if (age < 0 || age >= fullSnapshotEverySecs
        || SyncEngine::state(store, snapshotState) != snapshot) {
        BackupManifest manifest;
        auto uploaded = uploadSnapshot(store, remote, folder, &manifest);
        if (!uploaded)
            return uploaded.error();
        snapshot = *uploaded;
        snapshotUtc = manifest.createdUtc;
        journalSeq = manifest.journalSeq;
        // A snapshot made now is its own restore point: the point file has its time.
        created = manifest.createdUtc;
        names.append(snapshot);
        if (auto saved = SyncEngine::setState(store, snapshotState, snapshot); !saved)
            return local(saved.error());
    } else {
        auto last = JournalReader(store).lastSeq(store.station().id);
        if (!last)
            return local(last.error());
        journalSeq = *last;
    }
    // A restore from this point brings back its snapshot and the journal published on the drive
    // (Backup::restore replays it whole), not what only this PC holds: the point counts the
    // documents in one or the other now, which a restore brings back at the least.
    auto published = publishedJournalEnd(remote, store.station().id);
    if (!published)
        return published.error();
    const std::optional<RestorePoint> fromSnapshot = restorePointFromName(snapshot);
    const qint64 covered = std::max(*published, fromSnapshot ? fromSnapshot->journalSeq : 0);
    QSqlQuery count(store.db().connection());
    count.prepare(QStringLiteral("SELECT count(*) FROM journal WHERE station_id = ? AND kind = "
                                 "'document' AND seq <= ?"));
    count.addBindValue(store.station().id);
    count.addBindValue(covered);
    if (!count.exec() || !count.next())
        return local(failed(ErrorCode::StorageFailure, count.lastError().text()));
    const QString name = QStringLiteral("%1-j%2-b%3.point")
                             .arg(created.toString(QLatin1String(nameTimeFormat)))
                             .arg(journalSeq, 10, 10, QLatin1Char('0'))
                             .arg(snapshotUtc.toString(QLatin1String(nameTimeFormat)));
    const QJsonObject point{{QStringLiteral("format"), QLatin1String(restorePointFormat)},
        {QStringLiteral("station_id"), store.station().id},
        {QStringLiteral("station_code"), store.station().code},
        {QStringLiteral("created_utc"), isoUtc(created)},
        {QStringLiteral("journal_seq"), journalSeq}, {QStringLiteral("snapshot"), snapshot},
        {QStringLiteral("documents"), count.value(0).toLongLong()}};
    if (auto result = remote.put(
            folder + QLatin1Char('/') + name, QJsonDocument(point).toJson(QJsonDocument::Compact));
        !result)
        return result.error();
    names.append(name);
    if (auto saved =
            SyncEngine::setState(store, QStringLiteral("last_backup_utc"), isoUtc(created));
        !saved)
        return local(saved.error());

    // Retention: a name that is neither a point nor a snapshot is not one of ours and is left
    // alone; a snapshot goes only when no kept point starts from it.
    for (const QString &gone : prunable(names, now.date()))
        (void)remote.remove(folder + QLatin1Char('/') + gone);
    return QString(folder + QLatin1Char('/') + name);
}

RemoteResult<qint64> publishedJournalEnd(Remote &remote, const QString &stationId)
{
    auto listing = remote.list(journalFolder(stationId));
    if (!listing)
        return listing.error().failure == Failure::NotFound ? RemoteResult<qint64>(qint64(0))
                                                            : RemoteResult<qint64>(listing.error());
    qint64 last = 0;
    for (const RemoteEntry &entry : *listing) {
        if (const auto range = parseSegmentName(entry.name))
            last = std::max(last, range->last);
    }
    return last;
}

RemoteResult<std::pair<QString, QJsonObject>> Backup::publishedStation(
    Remote &remote, const QString &code)
{
    // Find the station by its code among the published identities.
    auto stations = remote.list(QStringLiteral("stations"));
    if (!stations)
        return stations.error();
    for (const RemoteEntry &entry : *stations) {
        auto file =
            remote.get(stationFolder(entry.name) + QStringLiteral("/station.json"), 64 * 1024);
        const QJsonObject object = file ? QJsonDocument::fromJson(*file).object() : QJsonObject();
        if (object.value(QStringLiteral("code")).toString() == code.trimmed().toUpper())
            return std::pair{entry.name, object};
    }
    return RemoteError{Failure::NotFound, 0,
        tr("No station %1 was published on this drive.").arg(code.left(16)), -1};
}

RemoteResult<std::unique_ptr<Store>> Backup::restore(Remote &remote, const QString &code,
    const QString &targetDb, const Clock &clock, const RestoringUser &by,
    const BeforeClaim &beforeClaim, const QString &point)
{
    auto found = publishedStation(remote, code);
    if (!found)
        return found.error();
    const QString stationId = found->first;
    const QJsonObject identity = found->second;

    // The restore point: the one asked for, or the newest; its file must open (sealed and signed
    // by the station) and name its snapshot.
    auto points = restorePoints(remote, stationId);
    if (!points)
        return points.error();
    std::optional<RestorePoint> chosen;
    for (const RestorePoint &candidate : std::as_const(*points)) {
        if (point.isEmpty() || candidate.name == point) {
            chosen = candidate;
            break;
        }
    }
    if (!point.isEmpty() && !chosen)
        return RemoteError{Failure::NotFound, 0,
            tr("No restore point %1 of %2 on the drive.").arg(point.left(80), code.left(16)), -1};

    const auto removeTarget = [&targetDb] { Database::removeFiles(targetDb); };
    // Replays what the station published after its snapshot (or its whole journal) on the store
    // made by one of the two branches below, moves it to a new numbering series and publishes
    // that move before the station can issue any number.
    const auto finish = [&](std::unique_ptr<Store> store,
                            const QString &backupName) -> RemoteResult<std::unique_ptr<Store>> {
        const auto fail = [&](const RemoteError &error) -> RemoteResult<std::unique_ptr<Store>> {
            store.reset();
            removeTarget();
            return error;
        };
        const auto replay =
            applyPublishedSegments(*store, remote, stationId, code, 64LL * 1024 * 1024);
        if (!replay)
            return fail(replay.error());
        // What the drive holds of the journal counts as sent; what only the snapshot held (made
        // after the last sync) is published with the restore below.
        auto published = publishedJournalEnd(remote, stationId);
        if (!published)
            return fail(published.error());
        if (*published > replay->through)
            return fail(RemoteError{Failure::Protocol, 0,
                tr("The drive holds records of %1 that the restore could not apply.")
                    .arg(code.left(16)),
                -1});
        if (auto saved = SyncEngine::setState(
                *store, QStringLiteral("pushed_through"), QString::number(*published));
            !saved)
            return fail(local(saved.error()));
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
        if (auto series = continueInNewSeries(*store, backupName); !series)
            return fail(local(series.error()));
        if (beforeClaim) {
            if (auto prepared = beforeClaim(*store, *published, *restorer); !prepared)
                return fail(prepared.error());
        }
        // The new series is claimed on the drive before any number of it is issued: a second
        // restore of this station, even from an older backup, starts after it.
        const SyncReport pushed = SyncEngine(*store, remote).push();
        if (!pushed.ok())
            return fail(pushed.error);
        return store;
    };

    if (chosen) {
        const QString snapshot = chosen->snapshot;
        // Downloaded beside the station file, on the disk it will live on, never more than
        // that disk can hold.
        QTemporaryDir work(QFileInfo(targetDb).absolutePath() + QStringLiteral("/.restore-XXXXXX"));
        if (!work.isValid())
            return local(failed(ErrorCode::StorageFailure,
                tr("Cannot create a working folder next to %1.").arg(targetDb)));
        // xz or gzip (older snapshots): extract() tells them by their content.
        const QString archive = work.filePath(QStringLiteral("backup.archive"));
        const qint64 room = roomBeside(archive);
        if (room <= 0)
            return local(failed(ErrorCode::StorageFull,
                tr("The disk of %1 is full: free some space before restoring.").arg(targetDb)));
        if (auto result = remote.getFile(QStringLiteral("backups/%1/%2").arg(stationId, snapshot),
                archive, std::min(maxArchiveBytes, room));
            !result)
            return result.error();
        auto manifest = extract(archive, targetDb);
        if (!manifest)
            return local(Error{manifest.error().code,
                tr("The backup %1 of %2 was refused and nothing was restored. %3")
                    .arg(snapshot.left(80), code.left(16), manifest.error().message)});
        if (manifest->stationId != stationId) {
            removeTarget();
            return RemoteError{Failure::Protocol, 0,
                tr("The backup of %1 on the drive belongs to another station.").arg(code.left(16)),
                -1};
        }
        auto store = Store::open(targetDb, clock);
        if (!store) {
            removeTarget();
            return local(store.error());
        }
        return finish(std::move(*store), snapshot);
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
    return finish(std::move(*store), QString());
}

} // namespace recaisse::core::sync
