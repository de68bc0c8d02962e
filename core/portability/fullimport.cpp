#include "fullimport.h"

#include "core/database.h"
#include "core/integrity.h"
#include "core/ledger.h"
#include "core/password.h"
#include "core/store.h"
#include "core/users.h"
#include "portability.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <archive.h>
#include <archive_entry.h>

namespace recaisse::core {

using namespace portability;

namespace {

// What no PIN ever hashes to: the people of an archive have no PIN until an administrator gives
// them one.
const QString noPin = QStringLiteral("!");
constexpr qsizetype readChunk = 256 * 1024;

struct ListedFile
{
    qint64 bytes = 0;
    QString sha256;
};

class ImportRun
{
public:
    ImportRun(const FullImport::Options &options, const Clock &clock, QString partial)
        : m_options(options)
        , m_clock(clock)
        , m_partial(std::move(partial))
    {
    }
    ~ImportRun()
    {
        m_transaction.reset();
        m_store.reset();
        if (m_archive)
            archive_read_free(m_archive);
    }

    Result<FullImport::Outcome> run();
    void closeStore()
    {
        m_transaction.reset();
        m_store.reset();
    }

private:
    Error bad(const QString &why) const
    {
        return makeError(ErrorCode::InvalidInput,
            FullImport::tr("%1 cannot be imported: %2")
                .arg(QFileInfo(m_options.zipPath).fileName(), why));
    }
    Error damaged() const
    {
        return bad(FullImport::tr("the file is truncated or damaged (%1)")
                       .arg(QString::fromUtf8(archive_error_string(m_archive))));
    }
    Result<void> readManifest();
    Result<void> readEntity(const EntitySpec &spec, const QString &name);
    // The next line of the entry being read; with wholeChunks, whatever was read next (a file
    // that is not made of lines).
    Result<bool> nextLine(QByteArray &line, bool wholeChunks = false);
    Result<void> record(const EntitySpec &spec, const QJsonObject &object, qint64 index);
    Result<void> createStore(const QJsonObject &site);
    Result<void> insertRow(const QString &table, const QJsonObject &object,
        const QHash<QString, QVariant> &fixed, const QStringList &nested, const QString &where);
    Result<void> finish();

    const FullImport::Options &m_options;
    const Clock &m_clock;
    QString m_partial;
    archive *m_archive = nullptr;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Transaction> m_transaction;
    QHash<QString, QList<ColumnSpec>> m_columns;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_inserts;

    QHash<QString, ListedFile> m_listed;
    QStringList m_order; // the manifest's files, in the archive's order
    QJsonObject m_manifestCounts;
    QMap<QString, qint64> m_counts;
    QString m_siteId;
    QSet<QString> m_stations;
    QString m_adminId;
    QString m_stationCode;
    qint64 m_totalBytes = 0;

    // The entry being read.
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_entryBytes = 0;
    qint64 m_entryLimit = 0;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

Result<bool> ImportRun::nextLine(QByteArray &line, bool wholeChunks)
{
    for (;;) {
        if (wholeChunks && m_pos < m_buffer.size()) {
            line = m_buffer.mid(m_pos);
            m_pos = m_buffer.size();
            return true;
        }
        const qsizetype newline = m_buffer.indexOf('\n', m_pos);
        if (newline >= 0) {
            line = m_buffer.mid(m_pos, newline - m_pos);
            m_pos = newline + 1;
            return true;
        }
        if (m_buffer.size() - m_pos > FullImport::maxRecordBytes)
            return bad(FullImport::tr("a record is larger than %1 MB")
                           .arg(FullImport::maxRecordBytes / (1024 * 1024)));
        if (m_eof) {
            line = m_buffer.mid(m_pos);
            m_pos = m_buffer.size();
            return !line.isEmpty();
        }
        if (m_pos > 0) {
            m_buffer.remove(0, m_pos);
            m_pos = 0;
        }
        const qsizetype had = m_buffer.size();
        m_buffer.resize(had + readChunk);
        const la_ssize_t read = archive_read_data(m_archive, m_buffer.data() + had, readChunk);
        if (read < 0)
            return damaged();
        m_buffer.resize(had + qsizetype(read));
        if (read == 0) {
            m_eof = true;
            continue;
        }
        m_hash.addData(QByteArrayView(m_buffer.constData() + had, qsizetype(read)));
        m_entryBytes += read;
        m_totalBytes += read;
        // Actual sizes, whatever the headers declared.
        if (m_entryBytes > m_entryLimit)
            return bad(FullImport::tr("a file is larger than its manifest says"));
        if (m_totalBytes > FullImport::maxTotalBytes)
            return bad(FullImport::tr("its files are larger than %1 GB in all")
                           .arg(FullImport::maxTotalBytes >> 30));
    }
}

Result<void> ImportRun::readManifest()
{
    archive_entry *entry = nullptr;
    const int status = archive_read_next_header(m_archive, &entry);
    if (status != ARCHIVE_OK)
        return bad(FullImport::tr("it is not a ZIP file of a ReCaisse export"));
    if (QString::fromUtf8(archive_entry_pathname(entry)) != QString::fromLatin1(manifestName)
        || archive_entry_filetype(entry) != AE_IFREG)
        return bad(FullImport::tr("its first file is not manifest.json"));
    if (archive_entry_size_is_set(entry)
        && archive_entry_size(entry) > FullImport::maxManifestBytes)
        return bad(FullImport::tr("its manifest is too large"));
    QByteArray bytes;
    QByteArray chunk(readChunk, Qt::Uninitialized);
    for (;;) {
        const la_ssize_t read = archive_read_data(m_archive, chunk.data(), size_t(chunk.size()));
        if (read < 0)
            return damaged();
        if (read == 0)
            break;
        bytes.append(chunk.constData(), qsizetype(read));
        if (bytes.size() > FullImport::maxManifestBytes)
            return bad(FullImport::tr("its manifest is too large"));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (!document.isObject())
        return bad(FullImport::tr("its manifest is not valid JSON"));
    const QJsonObject manifest = document.object();
    if (manifest.value(QStringLiteral("format")).toString() != QString::fromLatin1(formatName))
        return bad(FullImport::tr("it is not a ReCaisse full export"));
    const int version = manifest.value(QStringLiteral("format_version")).toInt(0);
    if (version > formatVersion)
        return bad(FullImport::tr("it was made by a newer ReCaisse (format %1; this one reads up "
                                  "to %2): update ReCaisse first")
                       .arg(version)
                       .arg(formatVersion));
    if (version < 1)
        return bad(FullImport::tr("its manifest has no format version"));
    static const QRegularExpression safeName(QStringLiteral("^[a-z0-9_]{1,64}\\.(json|xlsx|pdf)$"));
    const QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
    if (files.isEmpty() || files.size() > FullImport::maxEntries)
        return bad(FullImport::tr("its manifest lists no file or too many"));
    for (const QJsonValue &value : files) {
        const QJsonObject file = value.toObject();
        const QString name = file.value(QStringLiteral("name")).toString();
        const qint64 size = file.value(QStringLiteral("bytes")).toInteger(-1);
        const QString sha = file.value(QStringLiteral("sha256")).toString();
        if (!safeName.match(name).hasMatch() || m_listed.contains(name))
            return bad(FullImport::tr("its manifest lists a file named \"%1\"").arg(name.left(80)));
        if (size < 0 || size > FullImport::maxFileBytes)
            return bad(FullImport::tr("%1 is declared larger than %2 GB")
                           .arg(name)
                           .arg(FullImport::maxFileBytes >> 30));
        if (sha.size() != 64 || QByteArray::fromHex(sha.toLatin1()).size() != 32)
            return bad(FullImport::tr("its manifest has no SHA-256 for %1").arg(name));
        m_listed.insert(name, {size, sha.toLower()});
        m_order << name;
    }
    for (const EntitySpec &spec : entities()) {
        if (!m_listed.contains(spec.name + QStringLiteral(".json")))
            return bad(FullImport::tr("%1.json is missing").arg(spec.name));
    }
    m_manifestCounts = manifest.value(QStringLiteral("counts")).toObject();
    return {};
}

Result<void> ImportRun::createStore(const QJsonObject &site)
{
    SiteInfo info;
    info.id = site.value(QStringLiteral("id")).toString();
    info.name = site.value(QStringLiteral("name")).toString();
    info.timeZone = site.value(QStringLiteral("time_zone")).toString();
    info.address = site.value(QStringLiteral("address")).toString();
    info.demo = site.value(QStringLiteral("demo")).toInteger() == 1;
    // A code of its own: it can never be one of the exported stations' codes.
    m_stationCode =
        QStringLiteral("ARCHIVE-") + QUuid::createUuid().toString(QUuid::Id128).left(4).toUpper();
    auto store =
        Store::createForSite(m_partial, info, m_stationCode, StationKind::BackOffice, m_clock);
    if (!store)
        return bad(store.error().message);
    m_store = std::move(*store);
    m_siteId = info.id;
    m_transaction = std::make_unique<Transaction>(m_store->db());
    if (!m_transaction->started())
        return m_transaction->started();
    // Rows come in file order, not in the order their references need: checked at commit.
    QSqlQuery pragma(m_store->db().connection());
    if (!pragma.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
        return m_store->db().errorFrom(pragma.lastError());
    // The site's row as exported (its creation time, branding), over the one just made.
    auto columns = columnsOf(m_store->db(), QStringLiteral("site"));
    if (!columns)
        return columns.error();
    QStringList sets;
    QList<QVariant> values;
    for (const ColumnSpec &column : *columns) {
        if (column.name == QLatin1String("id"))
            continue;
        if (!site.contains(column.name))
            return bad(FullImport::tr("sites.json: field %1 is missing").arg(column.name));
        auto value = storedValue(column, site.value(column.name));
        if (!value)
            return bad(QStringLiteral("sites.json: ") + value.error().message);
        sets << column.name + QStringLiteral(" = ?");
        values << *value;
    }
    for (auto it = site.constBegin(); it != site.constEnd(); ++it) {
        bool known = false;
        for (const ColumnSpec &column : *columns)
            known = known || column.name == it.key() || displayKeyOf(column.name) == it.key();
        if (!known)
            return bad(FullImport::tr("sites.json: unknown field %1").arg(it.key().left(80)));
    }
    QSqlQuery update(m_store->db().connection());
    update.prepare(
        QStringLiteral("UPDATE site SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))));
    for (const QVariant &value : std::as_const(values))
        update.addBindValue(value);
    update.addBindValue(m_siteId);
    if (!update.exec())
        return bad(
            QStringLiteral("sites.json: ") + m_store->db().errorFrom(update.lastError()).message);
    return {};
}

Result<void> ImportRun::insertRow(const QString &table, const QJsonObject &object,
    const QHash<QString, QVariant> &fixed, const QStringList &nested, const QString &where)
{
    Database &db = m_store->db();
    if (!m_columns.contains(table)) {
        auto columns = columnsOf(db, table);
        if (!columns)
            return columns.error();
        m_columns.insert(table, *columns);
        QStringList names;
        for (const ColumnSpec &column : *columns)
            names << column.name;
        auto insert = std::make_shared<QSqlQuery>(db.connection());
        if (!insert->prepare(
                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                    .arg(table, names.join(QStringLiteral(", ")),
                        QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", ")))))
            return db.errorFrom(insert->lastError());
        m_inserts.insert(table, insert);
    }
    const QList<ColumnSpec> &columns = m_columns[table];
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (nested.contains(it.key()))
            continue;
        bool known = false;
        for (const ColumnSpec &column : columns) {
            if (fixed.contains(column.name))
                continue;
            if (column.name == it.key()) {
                known = true;
            } else if (displayKeyOf(column.name) == it.key()) {
                known = it.value().isString() || it.value().isNull();
            }
            if (known)
                break;
        }
        if (!known)
            return bad(FullImport::tr("%1: unknown field %2").arg(where, it.key().left(80)));
    }
    QSqlQuery &insert = *m_inserts.value(table);
    for (const ColumnSpec &column : columns) {
        if (const auto value = fixed.constFind(column.name); value != fixed.cend()) {
            insert.addBindValue(*value);
            continue;
        }
        if (!object.contains(column.name))
            return bad(FullImport::tr("%1: field %2 is missing").arg(where, column.name));
        auto value = storedValue(column, object.value(column.name));
        if (!value)
            return bad(where + QStringLiteral(": ") + value.error().message);
        insert.addBindValue(*value);
    }
    if (!insert.exec())
        return bad(where + QStringLiteral(": ") + db.errorFrom(insert.lastError()).message);
    return {};
}

Result<void> ImportRun::record(const EntitySpec &spec, const QJsonObject &object, qint64 index)
{
    const QString where = FullImport::tr("%1.json, record %2").arg(spec.name).arg(index + 1);
    if (spec.scope == EntitySpec::Scope::Site) {
        if (index > 0 || m_store)
            return bad(FullImport::tr("sites.json holds more than one site"));
        return createStore(object);
    }
    if (!m_store)
        return bad(FullImport::tr("sites.json must come first and hold the site"));
    const QString stationId = object.value(QStringLiteral("station_id")).toString();
    if (spec.scope == EntitySpec::Scope::SiteColumn
        && object.value(QStringLiteral("site_id")).toString() != m_siteId)
        return bad(FullImport::tr("%1: belongs to another site").arg(where));
    if (spec.scope == EntitySpec::Scope::SiteStations && !m_stations.contains(stationId))
        return bad(FullImport::tr("%1: names a station the export does not hold").arg(where));

    if (spec.table == QLatin1String("station")) {
        m_stations.insert(object.value(QStringLiteral("id")).toString());
        return insertRow(spec.table, object,
            {{QStringLiteral("is_local"), 0}, {QStringLiteral("last_pull_utc"), QVariant()},
                {QStringLiteral("heartbeat_utc"), QVariant()},
                {QStringLiteral("heartbeat_seq"), QVariant()}},
            {}, where);
    }
    if (spec.table == QLatin1String("app_user")) {
        QString pinHash = noPin;
        const auto role = roleFromKey(object.value(QStringLiteral("role")).toString());
        if (role && isAdministrator(*role)
            && object.value(QStringLiteral("name"))
                    .toString()
                    .compare(m_options.adminName, Qt::CaseInsensitive)
                == 0) {
            if (auto valid = Users::validatePin(m_options.newPin, *role); !valid)
                return valid.error();
            pinHash = password::hash(m_options.newPin);
            m_adminId = object.value(QStringLiteral("id")).toString();
        }
        return insertRow(spec.table, object,
            {{QStringLiteral("pin_hash"), pinHash}, {QStringLiteral("failed_attempts"), 0},
                {QStringLiteral("locked_until_utc"), QVariant()}},
            {}, where);
    }
    if (!spec.kind)
        return insertRow(spec.table, object, {}, {}, where);

    const DocumentTables &tables = tablesOf(*spec.kind);
    if (object.value(QStringLiteral("kind")).toString() != toKey(*spec.kind))
        return bad(FullImport::tr("%1: not a document of kind %2").arg(where, toKey(*spec.kind)));
    if (!object.value(tables.main).isObject())
        return bad(FullImport::tr("%1: field %2 is missing").arg(where, tables.main));
    QStringList nested{tables.main};
    nested << tables.children;
    if (auto header = insertRow(QStringLiteral("document"), object, {}, nested, where); !header)
        return header;
    const QHash<QString, QVariant> keys{{QStringLiteral("station_id"), stationId},
        {QStringLiteral("seq"), object.value(QStringLiteral("seq")).toInteger()}};
    if (auto main = insertRow(tables.main, object.value(tables.main).toObject(), keys, {}, where);
        !main)
        return main;
    for (const QString &child : tables.children) {
        const QJsonValue rows = object.value(child);
        if (!rows.isArray())
            return bad(FullImport::tr("%1: field %2 is missing").arg(where, child));
        for (const QJsonValue &row : rows.toArray()) {
            if (!row.isObject())
                return bad(FullImport::tr("%1: a row of %2 is not an object").arg(where, child));
            if (auto inserted = insertRow(child, row.toObject(), keys, {}, where); !inserted)
                return inserted;
            ++m_counts[childSheetName(*spec.kind, child)];
        }
    }
    return {};
}

Result<void> ImportRun::readEntity(const EntitySpec &spec, const QString &name)
{
    bool started = false;
    bool ended = false;
    qint64 index = 0;
    QByteArray line;
    for (;;) {
        auto more = nextLine(line);
        if (!more)
            return more.error();
        if (!*more)
            break;
        const QByteArray text = line.trimmed();
        if (text.isEmpty())
            continue;
        if (ended)
            return bad(FullImport::tr("%1 goes on after its end").arg(name));
        if (!started) {
            if (text != "[")
                return bad(FullImport::tr("%1 is not a list of records").arg(name));
            started = true;
            continue;
        }
        if (text == "]") {
            ended = true;
            continue;
        }
        QJsonParseError error;
        const QJsonDocument document =
            QJsonDocument::fromJson(text.endsWith(',') ? text.chopped(1) : text, &error);
        if (!document.isObject())
            return bad(FullImport::tr("%1, record %2: not a JSON object").arg(name).arg(index + 1));
        if (auto recorded = record(spec, document.object(), index); !recorded)
            return recorded;
        ++index;
    }
    if (!ended)
        return bad(FullImport::tr("%1 ends before its last record").arg(name));
    m_counts.insert(spec.name, index);
    return {};
}

Result<void> ImportRun::finish()
{
    if (!m_store)
        return bad(FullImport::tr("sites.json holds no site"));
    for (auto it = m_manifestCounts.constBegin(); it != m_manifestCounts.constEnd(); ++it) {
        if (m_counts.value(it.key()) != it.value().toInteger(-1))
            return bad(FullImport::tr("%1: %2 records where the manifest counts %3")
                           .arg(it.key())
                           .arg(m_counts.value(it.key()))
                           .arg(it.value().toInteger(-1)));
    }
    if (m_adminId.isEmpty())
        return bad(
            FullImport::tr("the export has no administrator named %1").arg(m_options.adminName));
    Database &db = m_store->db();
    QSqlQuery mark(db.connection());
    mark.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, '1')"));
    mark.addBindValue(QString::fromLatin1(archiveMetaKey));
    if (!mark.exec())
        return db.errorFrom(mark.lastError());
    if (auto committed = m_transaction->commit(); !committed)
        return bad(committed.error().message);
    m_transaction.reset();
    if (auto reloaded = m_store->reloadIdentity(); !reloaded)
        return reloaded;
    qint64 records = 0;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        records += it.key().contains(QLatin1Char('.')) ? 0 : it.value();
    if (auto audited = AuditLog(*m_store).record(m_adminId, QStringLiteral("import.all"), m_siteId,
            {{QStringLiteral("file"), QFileInfo(m_options.zipPath).fileName()},
                {QStringLiteral("records"), records}});
        !audited)
        return audited;
    // The documents kept their hashes: the chains must verify as they did on the shop's PCs.
    auto report = IntegrityCheck(*m_store).run();
    if (!report)
        return report.error();
    if (!report->intact())
        return bad(FullImport::tr("its documents do not pass the integrity check: %1")
                       .arg(report->problems.mid(0, 3).join(QStringLiteral("; "))));
    return {};
}

Result<FullImport::Outcome> ImportRun::run()
{
    m_archive = archive_read_new();
    archive_read_support_format_zip(m_archive);
    if (archive_read_open_filename(
            m_archive, QFile::encodeName(m_options.zipPath).constData(), size_t(readChunk))
        != ARCHIVE_OK)
        return bad(FullImport::tr("it cannot be opened (%1)")
                       .arg(QString::fromUtf8(archive_error_string(m_archive))));
    if (auto manifest = readManifest(); !manifest)
        return manifest.error();
    QSet<QString> seen;
    int lastEntity = -1;
    for (int n = 0;; ++n) {
        archive_entry *entry = nullptr;
        const int status = archive_read_next_header(m_archive, &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status != ARCHIVE_OK)
            return damaged();
        if (n >= FullImport::maxEntries)
            return bad(FullImport::tr("it holds too many files"));
        const QString name = QString::fromUtf8(archive_entry_pathname(entry));
        // Names are only compared with the manifest's: a file is never written from one.
        if (name.startsWith(QLatin1Char('/')) || name.contains(QLatin1String(".."))
            || name.contains(QLatin1Char('\\')) || name.contains(QLatin1Char(':')))
            return bad(FullImport::tr("it holds an unsafe name \"%1\"").arg(name.left(80)));
        if (archive_entry_filetype(entry) != AE_IFREG)
            return bad(FullImport::tr("\"%1\" is not a regular file (a link or a folder)")
                           .arg(name.left(80)));
        const auto listed = m_listed.constFind(name);
        if (listed == m_listed.cend() || seen.contains(name))
            return bad(FullImport::tr("it holds \"%1\", which its manifest does not list")
                           .arg(name.left(80)));
        seen.insert(name);
        if (archive_entry_size_is_set(entry) && archive_entry_size(entry) != listed->bytes)
            return bad(FullImport::tr("%1 is declared %2 bytes where the manifest says %3")
                           .arg(name)
                           .arg(archive_entry_size(entry))
                           .arg(listed->bytes));
        m_buffer.clear();
        m_pos = 0;
        m_eof = false;
        m_entryBytes = 0;
        m_entryLimit = listed->bytes;
        m_hash.reset();
        const EntitySpec *spec = entityNamed(name.chopped(5));
        if (name.endsWith(QLatin1String(".json")) && spec) {
            const int position = int(spec - entities().constData());
            if (position <= lastEntity)
                return bad(FullImport::tr("its files are not in the export's order"));
            lastEntity = position;
            if (auto read = readEntity(*spec, name); !read)
                return read.error();
        } else {
            QByteArray line;
            for (;;) { // the workbook: only its hash matters
                auto more = nextLine(line, true);
                if (!more)
                    return more.error();
                if (!*more)
                    break;
            }
        }
        if (m_entryBytes != listed->bytes
            || QString::fromLatin1(m_hash.result().toHex()) != listed->sha256)
            return bad(FullImport::tr("%1 does not match its SHA-256 in the manifest (altered or "
                                      "truncated)")
                           .arg(name));
    }
    if (seen.size() != m_listed.size())
        return bad(FullImport::tr("files of its manifest are missing"));
    if (auto finished = finish(); !finished)
        return finished.error();
    return FullImport::Outcome{m_options.dbPath, m_stationCode, m_counts};
}

} // namespace

QString FullImport::partialPath(const QString &dbPath)
{
    return dbPath + QStringLiteral(".import-partial");
}

Result<FullImport::Outcome> FullImport::run(const Options &options, const Clock &clock)
{
    for (const QString &suffix : Database::fileSuffixes()) {
        if (QFileInfo::exists(options.dbPath + suffix))
            return makeError(ErrorCode::InvalidInput,
                tr("%1 already exists: the import makes a new database.").arg(options.dbPath));
    }
    if (!QFileInfo(options.zipPath).isFile())
        return makeError(ErrorCode::NotFound, tr("%1 does not exist.").arg(options.zipPath));
    const QString partial = partialPath(options.dbPath);
    Database::removeFiles(partial); // left by an import that was killed
    Result<Outcome> outcome = makeError(ErrorCode::InvalidInput, QString());
    {
        ImportRun run(options, clock, partial);
        outcome = run.run();
        run.closeStore();
    }
    if (!outcome) {
        Database::removeFiles(partial);
        return outcome.error();
    }
    for (const QString &suffix : Database::fileSuffixes()) {
        if (QFileInfo::exists(partial + suffix)
            && !QFile::rename(partial + suffix, options.dbPath + suffix)) {
            Database::removeFiles(partial);
            Database::removeFiles(options.dbPath);
            return makeError(ErrorCode::StorageFailure,
                tr("The imported database cannot be moved to %1.").arg(options.dbPath));
        }
    }
    return outcome;
}

} // namespace recaisse::core
