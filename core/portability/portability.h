#pragma once

// The full export's format, shared by the export (fullexport.h) and the import (fullimport.h):
// which entities it holds, which tables and columns each comes from, and how a stored value
// becomes a JSON value and back. One description, so that what is exported is exactly what an
// import can rebuild.

#include "core/ledger.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>
#include <QVariant>

#include <optional>

namespace recaisse::core {

class Database;

namespace portability {

inline constexpr char formatName[] = "recaisse-full-export";
// Raised when the files' shape changes; an import refuses a newer one.
inline constexpr int formatVersion = 1;
inline constexpr char manifestName[] = "manifest.json";
inline constexpr char workbookName[] = "recaisse.xlsx";
// The PDF report: charts and key figures (exportreport.h).
inline constexpr char reportName[] = "report.pdf";

// A column of a stored table as the export sees it.
struct ColumnSpec
{
    enum class Type { Integer, Text, Blob };
    QString name;
    Type type = Type::Text;
    bool primaryKey = false;
};

// One JSON file of the export: a table's rows of the exported site, or one kind of document
// (its header, its main row and its child rows, kept so that the hash chain stays verifiable).
struct EntitySpec
{
    QString name; // the file is name + ".json"
    QString table; // the table its rows come from (for a document: the kind's main table)
    std::optional<DocumentKind> kind; // set for documents
    // Columns never exported: secrets and what only means something on the exporting PC.
    QStringList excluded;
    enum class Scope {
        Site, // the site row itself
        SiteColumn, // rows whose site_id is the site
        SiteStations, // rows whose station_id is one of the site's stations
        Shared, // rows without a site (categories)
        LocalSite, // this station's own settings: only when the site exported is the station's
    };
    Scope scope = Scope::Shared;
};

// In file order: an import reads them in that order (the site first, the documents after the
// stations and users they name).
const QList<EntitySpec> &entities();
const EntitySpec *entityNamed(const QString &name);

// Every column that holds a secret, for the tests and as a second line of defence: the export
// refuses to write one of them.
const QStringList &secretColumns(); // "table.column"

// The columns of a table, from the database's own schema.
Result<QList<ColumnSpec>> columnsOf(Database &db, const QString &table);

// The sheet of the workbook a child table of a document kind goes to, and its JSON key.
QString childSheetName(DocumentKind kind, const QString &childTable);

// Stored UTC times in the site's local time, as exported: "2026-03-10T09:00:00.000+01:00", what
// QDateTime::toString(Qt::ISODateWithMs) gives in the zone. The zone's offset is kept with the
// span of time it holds for (up to the next transition): records come in time order, so a time
// costs a parse and a format instead of a time-zone lookup and two QDateTime conversions.
class LocalTimes
{
public:
    explicit LocalTimes(const QTimeZone &zone = QTimeZone::utc());
    const QTimeZone &zone() const { return m_zone; }
    // The exported text of a stored isoUtc() time; any other text is returned as it is.
    QString exported(const QString &storedUtc);

private:
    int offsetAt(qint64 msecsUtc);

    QTimeZone m_zone;
    qint64 m_from = 1; // [m_from, m_to): where m_offset holds; empty at first
    qint64 m_to = 0;
    int m_offset = 0;
};

// A stored value as exported: integers as numbers, times (columns ending in _utc) in ISO 8601
// with the site's offset, blobs in base64, NULL as null.
QJsonValue exportedValue(const ColumnSpec &column, const QVariant &value, LocalTimes &times);
// A value as JSON text, appended to out as QJsonDocument::toJson(Compact) writes it: the full
// export writes its records straight into bytes rather than building a QJsonObject each.
void appendJson(QByteArray &out, const QJsonValue &value);
// Appends the row's columns to a JSON object being written, as "name":value pairs (a comma first
// unless `first`, which is then cleared); each money column (ending in _cents) also gets a
// display string ("12,50 €") under its name with _display instead of _cents. Returns the
// exported values, in the columns' order.
QList<QJsonValue> appendRow(QByteArray &out, const QList<ColumnSpec> &columns,
    const QList<QVariant> &values, LocalTimes &times, bool &first);
// The display key of a money column ("total_cents" -> "total_display"); empty for other columns.
QString displayKeyOf(const QString &column);

// The stored value of an exported one; an error naming the column when it does not fit.
Result<QVariant> storedValue(const ColumnSpec &column, const QJsonValue &value);

// Temporary files of an export in progress are named so; any left by a killed program is
// removed by removeLeftovers() at the next start.
inline constexpr char partialPrefix[] = ".recaisse-export-";
inline constexpr char partialSuffix[] = ".partial";
// Removes every leftover temporary export folder in dir; returns how many were removed.
int removeLeftovers(const QString &dir);
// The temporary folder of the export (or backup copy) in progress is kept in the station's
// database, so that the next start removes it after a kill: markPartial(db, {}) forgets it.
Result<void> markPartial(Database &db, const QString &folder);
// Removes the marked folder (only a folder of the pattern above) and forgets it.
void removeMarkedPartial(Database &db);
// A new temporary folder in dir (which must exist and be writable), of the pattern above and
// marked.
Result<QString> makeMarkedPartial(Database &db, const QString &dir);

// Whether this database is a read-only archive made by importing a full export (fullimport.h):
// it shows the shop's data and records no document.
inline constexpr char archiveMetaKey[] = "archive_station";
bool isArchiveStation(Database &db);

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(Portability)
};

} // namespace portability
} // namespace recaisse::core
