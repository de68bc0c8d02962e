#include "fullexport.h"

#include "core/buildinfo.h"
#include "core/demoshop.h"
#include "core/ledger.h"
#include "core/permissions.h"
#include "core/store.h"
#include "exportreport.h"
#include "portability.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <chrono>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#else
#include <time.h>
#endif

namespace recaisse::core {

using namespace portability;

namespace {

constexpr qint64 progressEvery = 2000;

// One JSON array written record by record, one record per line, hashed as it goes. Records are
// gathered and handed to the file (and the hash) a megabyte at a time: one system call and one
// hash update per megabyte rather than per record.
class JsonArrayFile
{
public:
    bool open(const QString &path)
    {
        m_file.setFileName(path);
        m_pending.reserve(flushAt + 64 * 1024);
        return m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)
            && write("[\n");
    }
    // One record's JSON text (appendRow()).
    bool add(const QByteArray &record)
    {
        if (m_records++ > 0 && !write(",\n"))
            return false;
        return write(record);
    }
    bool finish()
    {
        const bool ok = write(m_records > 0 ? "\n]\n" : "]\n") && flush();
        m_file.close();
        return ok && m_file.error() == QFileDevice::NoError;
    }
    qint64 bytes() const { return m_bytes; }
    QString sha256() { return QString::fromLatin1(m_hash.result().toHex()); }

private:
    static constexpr qsizetype flushAt = 1024 * 1024;

    bool write(QByteArrayView data)
    {
        m_pending.append(data);
        m_bytes += data.size();
        return m_pending.size() < flushAt || flush();
    }
    bool flush()
    {
        m_hash.addData(m_pending);
        const bool ok = m_file.write(m_pending) == m_pending.size();
        m_pending.resize(0);
        return ok;
    }
    QFile m_file;
    QByteArray m_pending;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_bytes = 0;
    qint64 m_records = 0;
};

// The calling thread's CPU time (user and system) in nanoseconds; -1 where it is not known. Unlike
// the wall clock it does not count the time other programs had the processor.
qint64 threadCpuNanoseconds()
{
#ifdef Q_OS_WIN
    FILETIME created, exited, kernel, user;
    if (!GetThreadTimes(GetCurrentThread(), &created, &exited, &kernel, &user))
        return -1;
    const auto ticks = [](const FILETIME &t) {
        return (qint64(t.dwHighDateTime) << 32) | qint64(t.dwLowDateTime);
    };
    return (ticks(kernel) + ticks(user)) * 100; // 100 ns ticks
#elif defined(CLOCK_THREAD_CPUTIME_ID)
    timespec now{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) != 0)
        return -1;
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
#else
    return -1;
#endif
}

// The JSON writing's cost, apart from the database and the workbook: wall time, and with the
// benchmark's option the thread's CPU time and the number of sections measured.
struct JsonCost
{
    std::chrono::nanoseconds wall{0};
    bool measureCpu = false;
    qint64 cpuNanoseconds = 0;
    qint64 sections = 0;
};

// Adds the time spent in its scope to a JsonCost.
class Timed
{
public:
    explicit Timed(JsonCost &cost)
        : m_cost(cost)
        , m_cpuStart(cost.measureCpu ? threadCpuNanoseconds() : 0)
        , m_start(std::chrono::steady_clock::now())
    {
    }
    ~Timed()
    {
        m_cost.wall += std::chrono::steady_clock::now() - m_start;
        if (m_cost.measureCpu) {
            m_cost.cpuNanoseconds += threadCpuNanoseconds() - m_cpuStart;
            ++m_cost.sections;
        }
    }
    Timed(const Timed &) = delete;
    Timed &operator=(const Timed &) = delete;

private:
    JsonCost &m_cost;
    qint64 m_cpuStart;
    std::chrono::steady_clock::time_point m_start;
};

// What an empty measured section costs in thread CPU time (the clock reads themselves), in
// nanoseconds per section: taken off the JSON writing's measured CPU time.
double emptySectionCpuNanoseconds()
{
    constexpr int samples = 20'000;
    JsonCost cost;
    cost.measureCpu = true;
    for (int i = 0; i < samples; ++i)
        Timed timed(cost);
    return double(cost.cpuNanoseconds) / samples;
}

struct FileEntry
{
    QString name;
    qint64 bytes = 0;
    QString sha256;
};

Workbook::CellKind cellKindOf(const ColumnSpec &column)
{
    if (column.type == ColumnSpec::Type::Integer)
        return column.name.endsWith(QLatin1String("_cents")) ? Workbook::CellKind::Money
                                                             : Workbook::CellKind::Integer;
    if (column.name.endsWith(QLatin1String("_utc")))
        return Workbook::CellKind::Time;
    return Workbook::CellKind::Text;
}

QStringList names(const QList<ColumnSpec> &columns)
{
    QStringList list;
    for (const ColumnSpec &column : columns)
        list << column.name;
    return list;
}

QList<ColumnSpec> without(const QList<ColumnSpec> &columns, const QStringList &excluded)
{
    QList<ColumnSpec> kept;
    for (const ColumnSpec &column : columns) {
        if (!excluded.contains(column.name))
            kept.append(column);
    }
    return kept;
}

QString orderOf(const QList<ColumnSpec> &columns, const QString &alias)
{
    QStringList keys;
    for (const ColumnSpec &column : columns) {
        if (column.primaryKey)
            keys << alias + column.name;
    }
    return keys.isEmpty() ? alias + QStringLiteral("rowid") : keys.join(QStringLiteral(", "));
}

QString selectList(const QList<ColumnSpec> &columns, const QString &alias)
{
    QStringList list;
    for (const ColumnSpec &column : columns)
        list << alias + column.name;
    return list.join(QStringLiteral(", "));
}

QList<QVariant> rowValues(const QSqlQuery &query, int first, qsizetype count)
{
    QList<QVariant> values;
    values.reserve(count);
    for (int i = 0; i < count; ++i)
        values.append(query.value(first + i));
    return values;
}

// The work of one run: the read snapshot, the files, the workbook, the progress.
class ExportRun
{
public:
    ExportRun(Store &store, const Actor &actor, const FullExport::Options &options, QString siteId,
        QString workDir)
        : m_store(store)
        , m_db(store.db())
        , m_actor(actor)
        , m_options(options)
        , m_siteId(std::move(siteId))
        , m_workDir(std::move(workDir))
        , m_workbook(QDir(m_workDir).filePath(QString::fromLatin1(workbookName)), m_workDir,
              options.sheetRowLimit)
    {
    }

    Result<void> writeAll();
    Result<QString> zip(const QString &zipPath);
    QMap<QString, qint64> counts() const { return m_counts; }
    const JsonCost &jsonCost() const { return m_jsonCost; }
    qint64 jsonRows() const { return m_jsonRows; }

private:
    Result<void> prepareTotal();
    Result<void> writeTable(const EntitySpec &spec);
    Result<void> writeDocuments(const EntitySpec &spec);
    Result<void> writeReport();
    Result<void> writeManifest();
    Result<void> stepped(const QString &entity);
    Error cannotRead(const QSqlQuery &query) const { return m_db.errorFrom(query.lastError()); }
    Error cannotWrite(const QString &name) const
    {
        return makeError(ErrorCode::StorageFailure,
            FullExport::tr("The export cannot write %1 in %2.").arg(name, m_options.outDir));
    }
    bool cancelled() const { return m_options.cancel && m_options.cancel->load(); }
    QString scopeFilter(const EntitySpec &spec, const QString &alias, bool &bindSite) const;
    Result<void> finishFile(JsonArrayFile &file, const QString &name);

    Store &m_store;
    Database &m_db;
    const Actor &m_actor;
    const FullExport::Options &m_options;
    QString m_siteId;
    QString m_workDir;
    QTimeZone m_zone;
    LocalTimes m_times;
    bool m_demo = false; // the site is a demo shop (SiteInfo::demo): its files say so
    Workbook m_workbook;
    QList<FileEntry> m_files;
    QMap<QString, qint64> m_counts;
    qint64 m_done = 0;
    qint64 m_total = 0;
    JsonCost m_jsonCost{{}, m_options.measureJsonCpu &&threadCpuNanoseconds() >= 0};
    qint64 m_jsonRows = 0;
};

QString ExportRun::scopeFilter(const EntitySpec &spec, const QString &alias, bool &bindSite) const
{
    bindSite = true;
    switch (spec.scope) {
    case EntitySpec::Scope::Site:
        return QStringLiteral(" WHERE %1id = ?").arg(alias);
    case EntitySpec::Scope::SiteColumn:
        return QStringLiteral(" WHERE %1site_id = ?").arg(alias);
    case EntitySpec::Scope::SiteStations:
        return QStringLiteral(" WHERE %1station_id IN (SELECT id FROM station WHERE site_id = ?)")
            .arg(alias);
    case EntitySpec::Scope::Shared:
        break;
    case EntitySpec::Scope::LocalSite:
        if (m_siteId != m_store.site().id) {
            bindSite = false;
            return QStringLiteral(" WHERE 0");
        }
        break;
    }
    bindSite = false;
    return {};
}

Result<void> ExportRun::stepped(const QString &entity)
{
    ++m_done;
    if (m_options.progress && m_done % progressEvery == 0)
        m_options.progress({entity, m_done, m_total});
    if (cancelled())
        return makeError(ErrorCode::InvalidInput, FullExport::tr("The export was cancelled."));
    return {};
}

Result<void> ExportRun::prepareTotal()
{
    for (const EntitySpec &spec : entities()) {
        bool bindSite = false;
        QSqlQuery count(m_db.connection());
        if (spec.kind) {
            count.prepare(QStringLiteral("SELECT count(*) FROM document d WHERE d.kind = ? AND "
                                         "d.station_id IN (SELECT id FROM station WHERE "
                                         "site_id = ?)"));
            count.addBindValue(toKey(*spec.kind));
            count.addBindValue(m_siteId);
        } else {
            count.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(spec.table)
                + scopeFilter(spec, {}, bindSite));
            if (bindSite)
                count.addBindValue(m_siteId);
        }
        if (!count.exec() || !count.next())
            return cannotRead(count);
        m_total += count.value(0).toLongLong();
    }
    return {};
}

Result<void> ExportRun::finishFile(JsonArrayFile &file, const QString &name)
{
    if (!file.finish())
        return cannotWrite(name);
    m_files.append({name, file.bytes(), file.sha256()});
    return {};
}

Result<void> ExportRun::writeTable(const EntitySpec &spec)
{
    auto all = columnsOf(m_db, spec.table);
    if (!all)
        return all.error();
    const QList<ColumnSpec> columns = without(*all, spec.excluded);
    for (const ColumnSpec &column : columns) {
        if (secretColumns().contains(spec.table + QLatin1Char('.') + column.name))
            return makeError(ErrorCode::IntegrityFailure,
                FullExport::tr("The export refuses to write the secret column %1.%2.")
                    .arg(spec.table, column.name));
    }
    QList<Workbook::Column> sheetColumns;
    for (const ColumnSpec &column : columns) {
        if (column.type == ColumnSpec::Type::Blob)
            continue; // a logo has no place in a cell
        sheetColumns.append({column.name, cellKindOf(column)});
    }
    if (auto sheet = m_workbook.beginSheet(spec.name, sheetColumns); !sheet)
        return sheet;

    const QString name = spec.name + QStringLiteral(".json");
    JsonArrayFile file;
    if (!file.open(QDir(m_workDir).filePath(name)))
        return cannotWrite(name);
    bool bindSite = false;
    QSqlQuery rows(m_db.connection());
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral("SELECT %1 FROM %2").arg(selectList(columns, {}), spec.table)
        + scopeFilter(spec, {}, bindSite) + QStringLiteral(" ORDER BY ") + orderOf(*all, {}));
    if (bindSite)
        rows.addBindValue(m_siteId);
    if (!rows.exec())
        return cannotRead(rows);
    qint64 records = 0;
    QByteArray record;
    while (rows.next()) {
        const QList<QVariant> values = rowValues(rows, 0, columns.size());
        QList<QJsonValue> exported;
        {
            Timed timed(m_jsonCost);
            record.resize(0);
            record.append('{');
            bool first = true;
            exported = appendRow(record, columns, values, m_times, first);
            record.append('}');
            if (!file.add(record))
                return cannotWrite(name);
            ++m_jsonRows;
        }
        QList<QJsonValue> cells;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (columns.at(i).type != ColumnSpec::Type::Blob) // no logo in a cell, as above
                cells.append(exported.at(i));
        }
        if (auto added = m_workbook.addRow(cells); !added)
            return added;
        ++records;
        if (auto step = stepped(spec.name); !step)
            return step;
    }
    if (rows.lastError().isValid())
        return cannotRead(rows);
    m_counts.insert(spec.name, records);
    return finishFile(file, name);
}

Result<void> ExportRun::writeDocuments(const EntitySpec &spec)
{
    const DocumentKind kind = *spec.kind;
    const DocumentTables &tables = tablesOf(kind);
    auto header = columnsOf(m_db, QStringLiteral("document"));
    auto mainAll = columnsOf(m_db, tables.main);
    if (!header)
        return header.error();
    if (!mainAll)
        return mainAll.error();
    const QStringList keys{QStringLiteral("station_id"), QStringLiteral("seq")};
    const QList<ColumnSpec> main = without(*mainAll, keys);
    struct Child
    {
        QString table;
        QList<ColumnSpec> all;
        QList<ColumnSpec> kept;
        std::unique_ptr<QSqlQuery> rows;
        bool hasRow = false;
        qint64 count = 0;
    };
    std::vector<Child> children;
    for (const QString &table : tables.children) {
        auto columns = columnsOf(m_db, table);
        if (!columns)
            return columns.error();
        children.push_back({table, *columns, without(*columns, keys), nullptr, false, 0});
    }

    // The workbook: the header and the main row on the entity's sheet; a sheet per child table
    // is written after it (a constant-memory workbook writes its sheets one after the other).
    QList<Workbook::Column> sheetColumns;
    const QStringList headerNames = names(*header);
    for (const ColumnSpec &column : *header)
        sheetColumns.append({column.name, cellKindOf(column)});
    for (const ColumnSpec &column : main)
        sheetColumns.append(
            {headerNames.contains(column.name) ? tables.main + QLatin1Char('.') + column.name
                                               : column.name,
                cellKindOf(column)});
    if (auto sheet = m_workbook.beginSheet(spec.name, sheetColumns); !sheet)
        return sheet;

    const QString siteStations =
        QStringLiteral("d.station_id IN (SELECT id FROM station WHERE site_id = ?)");
    QSqlQuery documents(m_db.connection());
    documents.setForwardOnly(true);
    documents.prepare(QStringLiteral("SELECT %1, %2 FROM document d JOIN %3 m ON m.station_id = "
                                     "d.station_id AND m.seq = d.seq WHERE d.kind = ? AND %4 "
                                     "ORDER BY d.station_id, d.seq")
                          .arg(selectList(*header, QStringLiteral("d.")),
                              selectList(main, QStringLiteral("m.")), tables.main, siteStations));
    documents.addBindValue(toKey(kind));
    documents.addBindValue(m_siteId);
    if (!documents.exec())
        return cannotRead(documents);
    for (Child &child : children) {
        child.rows = std::make_unique<QSqlQuery>(m_db.connection());
        child.rows->setForwardOnly(true);
        child.rows->prepare(QStringLiteral("SELECT %1 FROM %2 c JOIN document d ON d.station_id = "
                                           "c.station_id AND d.seq = c.seq WHERE d.kind = ? AND "
                                           "%3 ORDER BY %4")
                                .arg(selectList(child.all, QStringLiteral("c.")), child.table,
                                    siteStations, orderOf(child.all, QStringLiteral("c."))));
        child.rows->addBindValue(toKey(kind));
        child.rows->addBindValue(m_siteId);
        if (!child.rows->exec())
            return cannotRead(*child.rows);
        child.hasRow = child.rows->next();
    }
    const int stationColumn = int(headerNames.indexOf(QStringLiteral("station_id")));
    const int seqColumn = int(headerNames.indexOf(QStringLiteral("seq")));

    const QString name = spec.name + QStringLiteral(".json");
    JsonArrayFile file;
    if (!file.open(QDir(m_workDir).filePath(name)))
        return cannotWrite(name);
    qint64 records = 0;
    QByteArray record;
    while (documents.next()) {
        const QList<QVariant> headerValues = rowValues(documents, 0, header->size());
        const QList<QVariant> mainValues = rowValues(documents, int(header->size()), main.size());
        // The document's header, its main row under the main table's name, then each child
        // table's rows as an array.
        QList<QJsonValue> cells;
        {
            Timed timed(m_jsonCost);
            record.resize(0);
            record.append('{');
            bool first = true;
            cells = appendRow(record, *header, headerValues, m_times, first);
            if (!first)
                record.append(',');
            appendJson(record, tables.main);
            record.append(":{");
            bool firstInMain = true;
            cells += appendRow(record, main, mainValues, m_times, firstInMain);
            record.append('}');
        }

        const QString station = documents.value(stationColumn).toString();
        const qint64 seq = documents.value(seqColumn).toLongLong();
        // Child rows come in the same (station, seq) order: a merge, never a query per document.
        for (Child &child : children) {
            {
                Timed timed(m_jsonCost);
                record.append(',');
                appendJson(record, child.table);
                record.append(":[");
            }
            bool firstRow = true;
            while (child.hasRow) {
                const QString childStation = child.rows->value(0).toString();
                const qint64 childSeq = child.rows->value(1).toLongLong();
                const int order = childStation.compare(station);
                if (order > 0 || (order == 0 && childSeq > seq))
                    break;
                if (order == 0 && childSeq == seq) {
                    const QList<QVariant> values = rowValues(*child.rows, 2, child.kept.size());
                    Timed timed(m_jsonCost);
                    record.append(firstRow ? "{" : ",{");
                    firstRow = false;
                    bool firstColumn = true;
                    appendRow(record, child.kept, values, m_times, firstColumn);
                    record.append('}');
                    ++m_jsonRows;
                    ++child.count;
                }
                child.hasRow = child.rows->next();
            }
            Timed timed(m_jsonCost);
            record.append(']');
        }
        {
            Timed timed(m_jsonCost);
            record.append('}');
            if (!file.add(record))
                return cannotWrite(name);
            ++m_jsonRows;
        }
        if (auto added = m_workbook.addRow(cells); !added)
            return added;
        ++records;
        if (auto step = stepped(spec.name); !step)
            return step;
    }
    if (documents.lastError().isValid())
        return cannotRead(documents);
    m_counts.insert(spec.name, records);
    for (Child &child : children) {
        child.rows.reset();
        m_counts.insert(childSheetName(kind, child.table), child.count);
    }
    if (auto finished = finishFile(file, name); !finished)
        return finished;

    // The child tables' sheets, read once more in the same order.
    for (Child &child : children) {
        QList<Workbook::Column> columns{{QStringLiteral("number"), Workbook::CellKind::Text}};
        for (const ColumnSpec &column : child.kept)
            columns.append({column.name, cellKindOf(column)});
        if (auto sheet = m_workbook.beginSheet(childSheetName(kind, child.table), columns); !sheet)
            return sheet;
        QSqlQuery rows(m_db.connection());
        rows.setForwardOnly(true);
        rows.prepare(QStringLiteral("SELECT d.number, %1 FROM %2 c JOIN document d ON "
                                    "d.station_id = c.station_id AND d.seq = c.seq WHERE d.kind = "
                                    "? AND %3 ORDER BY %4")
                         .arg(selectList(child.kept, QStringLiteral("c.")), child.table,
                             siteStations, orderOf(child.all, QStringLiteral("c."))));
        rows.addBindValue(toKey(kind));
        rows.addBindValue(m_siteId);
        if (!rows.exec())
            return cannotRead(rows);
        while (rows.next()) {
            QList<QJsonValue> cells{rows.value(0).toString()};
            for (qsizetype i = 0; i < child.kept.size(); ++i)
                cells.append(exportedValue(child.kept.at(i), rows.value(int(i) + 1), m_times));
            if (auto added = m_workbook.addRow(cells); !added)
                return added;
            if (cancelled())
                return makeError(
                    ErrorCode::InvalidInput, FullExport::tr("The export was cancelled."));
        }
        if (rows.lastError().isValid())
            return cannotRead(rows);
    }
    return {};
}

Result<void> ExportRun::writeReport()
{
    if (m_options.progress)
        m_options.progress({QString::fromLatin1(reportName), m_done, m_total});
    auto figures = ExportReport::collect(m_store, m_actor, m_siteId);
    if (!figures)
        return figures.error();
    const QByteArray pdf = ExportReport::pdf(*figures, m_store.clock().nowUtc());
    const QString name = QString::fromLatin1(reportName);
    QFile file(QDir(m_workDir).filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.flush())
        return cannotWrite(name);
    m_files.append({name, pdf.size(),
        QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex())});
    return {};
}

Result<void> ExportRun::writeManifest()
{
    QJsonObject counts;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        counts.insert(it.key(), it.value());
    QJsonArray files;
    for (const FileEntry &entry : std::as_const(m_files))
        files.append(QJsonObject{{QStringLiteral("name"), entry.name},
            {QStringLiteral("bytes"), entry.bytes}, {QStringLiteral("sha256"), entry.sha256}});
    QJsonArray sheets;
    for (const Workbook::Sheet &sheet : m_workbook.sheets())
        sheets.append(QJsonObject{
            {QStringLiteral("name"), sheet.name}, {QStringLiteral("rows"), sheet.rows}});
    const QJsonObject manifest{{QStringLiteral("format"), QString::fromLatin1(formatName)},
        {QStringLiteral("format_version"), formatVersion},
        {QStringLiteral("schema_version"), m_db.schemaVersion()},
        {QStringLiteral("program_version"), buildinfo::version()},
        {QStringLiteral("site_id"), m_siteId}, {QStringLiteral("demo"), m_demo},
        {QStringLiteral("created"),
            m_store.clock().nowUtc().toTimeZone(m_zone).toString(Qt::ISODateWithMs)},
        {QStringLiteral("counts"), counts}, {QStringLiteral("files"), files},
        {QStringLiteral("sheets"), sheets}};
    QFile file(QDir(m_workDir).filePath(QString::fromLatin1(manifestName)));
    const QByteArray bytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
        return cannotWrite(QString::fromLatin1(manifestName));
    return {};
}

Result<void> ExportRun::writeAll()
{
    QSqlQuery zoneQuery(m_db.connection());
    zoneQuery.prepare(QStringLiteral("SELECT time_zone, demo FROM site WHERE id = ?"));
    zoneQuery.addBindValue(m_siteId);
    if (!zoneQuery.exec())
        return cannotRead(zoneQuery);
    if (!zoneQuery.next())
        return makeError(
            ErrorCode::NotFound, FullExport::tr("The shop has no site %1.").arg(m_siteId));
    m_zone = QTimeZone(zoneQuery.value(0).toString().toLatin1());
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
    m_times = LocalTimes(m_zone);
    m_demo = zoneQuery.value(1).toInt() == 1;
    zoneQuery.finish();
    if (auto total = prepareTotal(); !total)
        return total;
    // A demo shop's workbook opens on a sheet that says so.
    if (m_demo) {
        if (auto notice = m_workbook.addNotice(FullExport::tr("DEMONSTRATION"), DemoShop::notice());
            !notice)
            return notice;
    }
    for (const EntitySpec &spec : entities()) {
        if (m_options.progress)
            m_options.progress({spec.name, m_done, m_total});
        auto written = spec.kind ? writeDocuments(spec) : writeTable(spec);
        if (!written)
            return written;
    }
    if (auto closed = m_workbook.close(); !closed)
        return closed;
    QFile workbook(QDir(m_workDir).filePath(QString::fromLatin1(workbookName)));
    if (!workbook.open(QIODevice::ReadOnly))
        return cannotWrite(QString::fromLatin1(workbookName));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&workbook))
        return cannotWrite(QString::fromLatin1(workbookName));
    m_files.append({QString::fromLatin1(workbookName), workbook.size(),
        QString::fromLatin1(hash.result().toHex())});
    if (auto report = writeReport(); !report)
        return report;
    if (m_options.progress)
        m_options.progress({QString::fromLatin1(manifestName), m_done, m_total});
    return writeManifest();
}

Result<QString> ExportRun::zip(const QString &zipPath)
{
    QStringList parts{QString::fromLatin1(manifestName)};
    for (const FileEntry &entry : std::as_const(m_files))
        parts << entry.name;
    archive *out = archive_write_new();
    bool ok = archive_write_set_format_zip(out) == ARCHIVE_OK
        && archive_write_zip_set_compression_deflate(out) == ARCHIVE_OK
        && archive_write_open_filename(out, QFile::encodeName(zipPath).constData()) == ARCHIVE_OK;
    const qint64 now = m_store.clock().nowUtc().toSecsSinceEpoch();
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    bool stopped = false;
    for (const QString &part : std::as_const(parts)) {
        if (!ok)
            break;
        QFile file(QDir(m_workDir).filePath(part));
        if (!file.open(QIODevice::ReadOnly)) {
            ok = false;
            break;
        }
        // The workbook is a ZIP itself: stored as it is, not compressed twice.
        const bool stored = part == QLatin1String(workbookName);
        ok = (stored ? archive_write_zip_set_compression_store(out)
                     : archive_write_zip_set_compression_deflate(out))
            == ARCHIVE_OK;
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, part.toUtf8().constData());
        archive_entry_set_size(entry, file.size());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_mtime(entry, now, 0);
        ok = ok && archive_write_header(out, entry) == ARCHIVE_OK;
        archive_entry_free(entry);
        while (ok && !file.atEnd()) {
            const qint64 read = file.read(buffer.data(), buffer.size());
            ok = read >= 0
                && archive_write_data(out, buffer.constData(), size_t(read)) == la_ssize_t(read);
            if (cancelled()) {
                stopped = true;
                ok = false;
            }
        }
    }
    ok = archive_write_close(out) == ARCHIVE_OK && ok;
    archive_write_free(out);
    if (stopped)
        return makeError(ErrorCode::InvalidInput, FullExport::tr("The export was cancelled."));
    if (!ok)
        return cannotWrite(QFileInfo(zipPath).fileName());
    return zipPath;
}

QString fileNameFor(const QString &siteName, bool demo, const QDateTime &local)
{
    QString slug;
    for (const QChar c : siteName.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            slug += c.toLower();
        else if (!slug.endsWith(QLatin1Char('-')) && c.isSpace())
            slug += QLatin1Char('-');
    }
    if (slug.isEmpty())
        slug = QStringLiteral("site");
    // A demo shop's export says so in its name, like its declarations.
    return QStringLiteral("recaisse-export-%1%2-%3")
        .arg(DemoShop::fileNamePrefix(demo, QLatin1Char('-')), slug,
            local.toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

} // namespace

FullExport::FullExport(Store &store)
    : m_store(store)
{
}

bool FullExport::mayExport(const Actor &actor, const QString &siteId)
{
    switch (actor.role) {
    case Role::SuperAdmin:
        return true;
    case Role::Admin:
    case Role::Supervisor:
        return actor.siteId == siteId;
    case Role::Cashier:
    case Role::Reception:
        break;
    }
    return false;
}

void FullExport::cleanupAfterCrash(Store &store)
{
    removeMarkedPartial(store.db());
}

Result<FullExport::Outcome> FullExport::run(const Actor &actor, const Options &options)
{
    const QString siteId = options.siteId.isEmpty() ? m_store.site().id : options.siteId;
    AuditLog audit(m_store);
    if (!mayExport(actor, siteId)) {
        (void)audit.record(actor.userId, QStringLiteral("permission.denied"),
            QStringLiteral("export.all"),
            {{QStringLiteral("permission"), QStringLiteral("export-all")},
                {QStringLiteral("site"), siteId}});
        return makeError(ErrorCode::PermissionDenied,
            tr("%1 may not export the shop's data (administrators and supervisors of the site "
               "only).")
                .arg(actor.name));
    }
    Database &db = m_store.db();
    auto made = makeMarkedPartial(db, options.outDir);
    if (!made)
        return made.error();
    const QString workDir = *made;
    const QFileInfo outDir(options.outDir);
    const auto cleanUp = [&] {
        QDir(workDir).removeRecursively();
        (void)markPartial(db, {});
    };

    QString siteName;
    bool demo = false;
    Result<QString> zipped = QString();
    QMap<QString, qint64> counts;
    JsonCost jsonCost;
    qint64 jsonRows = 0;
    {
        // One read snapshot for every file: a sale recorded meanwhile is either everywhere or
        // nowhere.
        QSqlQuery snapshot(db.connection());
        if (!snapshot.exec(QStringLiteral("BEGIN DEFERRED"))) {
            cleanUp();
            return db.errorFrom(snapshot.lastError());
        }
        QSqlQuery nameQuery(db.connection());
        nameQuery.prepare(QStringLiteral("SELECT name, demo FROM site WHERE id = ?"));
        nameQuery.addBindValue(siteId);
        if (nameQuery.exec() && nameQuery.next()) {
            siteName = nameQuery.value(0).toString();
            demo = nameQuery.value(1).toInt() == 1;
        }
        nameQuery.finish();
        ExportRun run(m_store, actor, options, siteId, workDir);
        auto written = run.writeAll();
        counts = run.counts();
        jsonCost = run.jsonCost();
        jsonRows = run.jsonRows();
        (void)snapshot.exec(QStringLiteral("COMMIT"));
        zipped = written ? run.zip(QDir(workDir).filePath(QStringLiteral("export.zip")))
                         : Result<QString>(written.error());
    }
    if (!zipped) {
        cleanUp();
        return zipped.error();
    }
    const QString base =
        fileNameFor(siteName, demo, m_store.clock().nowUtc().toTimeZone(m_store.timeZone()));
    QString finalPath = QDir(outDir.absoluteFilePath()).filePath(base + QStringLiteral(".zip"));
    for (int n = 2; QFileInfo::exists(finalPath); ++n)
        finalPath =
            QDir(outDir.absoluteFilePath()).filePath(base + QStringLiteral("-%1.zip").arg(n));
    if (!QFile::rename(*zipped, finalPath)) {
        cleanUp();
        return makeError(
            ErrorCode::StorageFailure, tr("The export cannot be moved to %1.").arg(finalPath));
    }
    cleanUp();
    qint64 records = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        records += it.key().contains(QLatin1Char('.')) ? 0 : it.value();
    if (auto recorded = audit.record(actor.userId, QStringLiteral("export.all"), siteId,
            {{QStringLiteral("file"), QFileInfo(finalPath).fileName()},
                {QStringLiteral("records"), records}});
        !recorded) {
        QFile::remove(finalPath);
        return recorded.error();
    }
    if (options.progress)
        options.progress({QString(), records, records});
    Outcome outcome{finalPath, counts, jsonRows, jsonCost.wall.count()};
    if (jsonCost.measureCpu) {
        outcome.jsonClockNanoseconds =
            qint64(emptySectionCpuNanoseconds() * double(jsonCost.sections));
        outcome.jsonCpuNanoseconds =
            std::max<qint64>(0, jsonCost.cpuNanoseconds - outcome.jsonClockNanoseconds);
    }
    return outcome;
}

} // namespace recaisse::core
