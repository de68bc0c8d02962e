#include "journalrecords.h"

#include "core/database.h"
#include "core/ledger.h"
#include "core/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

#include <map>

namespace recaisse::core::sync {

namespace {

Error malformed(const QString &what)
{
    return Error{ErrorCode::IntegrityFailure, what};
}

const QStringList &allDocumentTables()
{
    static const QStringList tables = [] {
        QStringList list;
        for (DocumentKind kind : {DocumentKind::SessionOpen, DocumentKind::SessionClose,
                 DocumentKind::Sale, DocumentKind::Refund, DocumentKind::CashMovement,
                 DocumentKind::Deposit, DocumentKind::Closing}) {
            const DocumentTables &ofKind = tablesOf(kind);
            for (const QString &table : QStringList{ofKind.main} + ofKind.children) {
                if (!list.contains(table))
                    list.append(table);
            }
        }
        return list;
    }();
    return tables;
}

} // namespace

std::optional<QVariant> sqlFromJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QVariant();
    case QJsonValue::String:
        return QVariant(value.toString());
    case QJsonValue::Double: {
        const qint64 integer = value.toInteger(std::numeric_limits<qint64>::min());
        if (integer == std::numeric_limits<qint64>::min())
            return std::nullopt; // not an integer: never in a document row
        return QVariant(integer);
    }
    default:
        return std::nullopt;
    }
}

JournalReader::JournalReader(Store &store)
    : m_store(store)
{
}

Result<qint64> JournalReader::lastSeq(const QString &stationId)
{
    Database &db = m_store.db();
    QSqlQuery &query =
        db.prepared(QStringLiteral("SELECT max(seq) FROM journal WHERE station_id = ?"));
    if (auto result = db.exec(query, {stationId}); !result)
        return result.error();
    const qint64 last = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return last;
}

Result<QByteArrayList> JournalReader::read(const QString &stationId, qint64 first, qint64 last)
{
    Database &db = m_store.db();
    struct Entry
    {
        qint64 seq;
        bool document;
        qint64 ref;
    };
    QList<Entry> entries;
    qint64 docFirst = std::numeric_limits<qint64>::max(), docLast = 0;
    qint64 auditFirst = std::numeric_limits<qint64>::max(), auditLast = 0;
    {
        QSqlQuery &query = db.prepared(QStringLiteral("SELECT seq, kind, ref_seq FROM journal "
                                                      "WHERE station_id = ? AND seq BETWEEN ? AND "
                                                      "? ORDER BY seq"));
        if (auto result = db.exec(query, {stationId, first, last}); !result)
            return result.error();
        while (query.next()) {
            const Entry entry{query.value(0).toLongLong(),
                query.value(1).toString() == QLatin1String("document"),
                query.value(2).toLongLong()};
            qint64 &low = entry.document ? docFirst : auditFirst;
            qint64 &high = entry.document ? docLast : auditLast;
            low = std::min(low, entry.ref);
            high = std::max(high, entry.ref);
            entries.append(entry);
        }
        query.finish();
    }
    if (entries.size() != last - first + 1)
        return malformed(tr("The journal of station %1 has a gap between %2 and %3.")
                             .arg(stationId)
                             .arg(first)
                             .arg(last));

    // Every document row of the range as canonical text, grouped by document seq then table:
    // written straight from the query results (the same text canonicalJson() gives), without
    // building JSON objects, since a catch-up reads tens of thousands of documents.
    std::map<qint64, QHash<QString, QByteArrayList>> rows;
    std::map<qint64, DocumentHeader> headers;
    if (docLast > 0) {
        QSqlQuery &query = db.prepared(QStringLiteral(
            "SELECT seq, kind, series, series_seq, number, created_utc, business_day, actor_id, "
            "prev_hash, hash FROM document WHERE station_id = ? AND seq BETWEEN ? AND ?"));
        if (auto result = db.exec(query, {stationId, docFirst, docLast}); !result)
            return result.error();
        while (query.next()) {
            DocumentHeader header;
            header.stationId = stationId;
            header.seq = query.value(0).toLongLong();
            header.kind =
                documentKindFromKey(query.value(1).toString()).value_or(DocumentKind::Sale);
            header.series = query.value(2).toString();
            header.seriesSeq = query.value(3).toLongLong();
            header.number = query.value(4).toString();
            header.createdUtc = query.value(5).toString();
            header.businessDay = query.value(6).toString();
            header.actorId = query.value(7).toString();
            header.prevHash = query.value(8).toString();
            header.hash = query.value(9).toString();
            headers.emplace(header.seq, header);
        }
        query.finish();
        for (const QString &table : allDocumentTables()) {
            QSqlQuery &rowsQuery = db.prepared(QStringLiteral("SELECT * FROM %1 WHERE station_id = "
                                                              "? AND seq BETWEEN ? AND ? ORDER BY "
                                                              "seq, 3")
                                                   .arg(table));
            if (auto result = db.exec(rowsQuery, {stationId, docFirst, docLast}); !result)
                return result.error();
            // The row's columns after station_id and seq, in the byte order of their names.
            const QSqlRecord record = rowsQuery.record();
            QList<std::pair<QByteArray, int>> columns;
            for (int i = 2; i < record.count(); ++i)
                columns.append({record.fieldName(i).toUtf8(), i});
            std::sort(columns.begin(), columns.end());
            while (rowsQuery.next()) {
                CanonicalObject row;
                for (const auto &[name, index] : columns)
                    row.value(name, rowsQuery.value(index));
                rows[rowsQuery.value(1).toLongLong()][table].append(row.text());
            }
            rowsQuery.finish();
        }
    }
    std::map<qint64, AuditLog::Event> events;
    if (auditLast > 0) {
        QSqlQuery &query = db.prepared(
            QStringLiteral("SELECT seq, at_utc, actor_id, action, target, details, prev_hash, "
                           "hash FROM audit_event WHERE station_id = ? AND seq BETWEEN ? AND ?"));
        if (auto result = db.exec(query, {stationId, auditFirst, auditLast}); !result)
            return result.error();
        while (query.next()) {
            events.emplace(query.value(0).toLongLong(),
                AuditLog::Event{stationId, query.value(0).toLongLong(), query.value(1).toString(),
                    query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
                    query.value(5).toString(), query.value(6).toString(),
                    query.value(7).toString()});
        }
        query.finish();
    }

    // The records, in canonical form.
    QByteArrayList records;
    records.reserve(entries.size());
    for (const Entry &entry : entries) {
        QByteArray text;
        if (entry.document) {
            const auto header = headers.find(entry.ref);
            if (header == headers.end())
                return malformed(tr("Journal entry %1 of station %2 points to a missing document.")
                                     .arg(entry.seq)
                                     .arg(stationId));
            const DocumentHeader &h = header->second;
            const DocumentTables &tables = tablesOf(h.kind);
            const auto &documentRows = rows[entry.ref];
            CanonicalObject body; // table -> row or [rows]
            if (const QByteArrayList main = documentRows.value(tables.main); !main.isEmpty())
                body.canonical(tables.main.toUtf8(), main.first());
            for (const QString &child : tables.children) {
                if (const QByteArrayList list = documentRows.value(child); !list.isEmpty())
                    body.canonical(child.toUtf8(), '[' + list.join(',') + ']');
            }
            const QByteArray document = CanonicalObject()
                                            .string("actor", h.actorId)
                                            .canonical("body", body.text())
                                            .string("business_day", h.businessDay)
                                            .string("created_utc", h.createdUtc)
                                            .string("kind", toKey(h.kind))
                                            .string("number", h.number)
                                            .integer("seq", h.seq)
                                            .integer("series_seq", h.seriesSeq)
                                            .string("station", h.stationId)
                                            .text();
            text = CanonicalObject()
                       .canonical("doc", document)
                       .string("hash", h.hash)
                       .integer("j", entry.seq)
                       .string("prev_hash", h.prevHash)
                       .string("series", h.series)
                       .string("t", u"document")
                       .text();
        } else {
            const auto event = events.find(entry.ref);
            if (event == events.end())
                return malformed(
                    tr("Journal entry %1 of station %2 points to a missing audit event.")
                        .arg(entry.seq)
                        .arg(stationId));
            const AuditLog::Event &e = event->second;
            const QByteArray audit = CanonicalObject()
                                         .string("action", e.action)
                                         .string("actor", e.actorId)
                                         .string("at_utc", e.atUtc)
                                         .string("details", e.details)
                                         .string("hash", e.hash)
                                         .string("prev_hash", e.prevHash)
                                         .integer("seq", e.seq)
                                         .string("station", e.stationId)
                                         .string("target", e.target)
                                         .text();
            text = CanonicalObject()
                       .canonical("event", audit)
                       .integer("j", entry.seq)
                       .string("t", u"audit")
                       .text();
        }
        records.append(text);
    }
    return records;
}

JournalApplier::JournalApplier(Store &store)
    : m_store(store)
{
}

Result<QSet<QString>> JournalApplier::columnsOf(const QString &table)
{
    if (const auto known = m_columns.constFind(table); known != m_columns.cend())
        return *known;
    QSqlQuery query(m_store.db().connection());
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        return m_store.db().errorFrom(query.lastError());
    QSet<QString> columns;
    while (query.next())
        columns.insert(query.value(1).toString());
    columns.remove(QStringLiteral("station_id"));
    columns.remove(QStringLiteral("seq"));
    m_columns.insert(table, columns);
    return columns;
}

Result<qint64> JournalApplier::apply(const QString &stationId, const QByteArrayList &records)
{
    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    qint64 applied = 0;
    for (const QByteArray &record : records) {
        bool isNew = false;
        if (auto result = applyOne(stationId, record, isNew); !result)
            return result.error();
        applied += isNew ? 1 : 0;
    }
    if (auto result = transaction.commit(); !result)
        return result.error();
    return applied;
}

Result<void> JournalApplier::applyOne(
    const QString &stationId, const QByteArray &text, bool &applied)
{
    Database &db = m_store.db();
    QJsonParseError parseError;
    const QJsonObject record = QJsonDocument::fromJson(text, &parseError).object();
    const qint64 j = record.value(QStringLiteral("j")).toInteger(0);
    if (parseError.error != QJsonParseError::NoError || j < 1)
        return malformed(tr("A journal record of station %1 is not valid JSON.").arg(stationId));
    const QString type = record.value(QStringLiteral("t")).toString();
    const bool isDocument = type == QLatin1String("document");
    if (!isDocument && type != QLatin1String("audit"))
        return malformed(
            tr("Journal record %1 of station %2 has an unknown type.").arg(j).arg(stationId));

    const QJsonObject object =
        record.value(isDocument ? QStringLiteral("doc") : QStringLiteral("event")).toObject();
    const QString prevHash = isDocument ? record.value(QStringLiteral("prev_hash")).toString()
                                        : object.value(QStringLiteral("prev_hash")).toString();
    const QString hash = isDocument ? record.value(QStringLiteral("hash")).toString()
                                    : object.value(QStringLiteral("hash")).toString();
    const qint64 seq = object.value(QStringLiteral("seq")).toInteger(0);
    if (object.value(QStringLiteral("station")).toString() != stationId || seq < 1)
        return malformed(
            tr("Journal record %1 does not belong to station %2.").arg(j).arg(stationId));

    // Already held: the same record twice is harmless, a different one is a conflict.
    QSqlQuery &held = db.prepared(QStringLiteral(
        "SELECT j.kind, j.ref_seq, coalesce(d.hash, a.hash) FROM journal j "
        "LEFT JOIN document d ON j.kind = 'document' AND d.station_id = j.station_id AND d.seq = "
        "j.ref_seq LEFT JOIN audit_event a ON j.kind = 'audit' AND a.station_id = j.station_id "
        "AND a.seq = j.ref_seq WHERE j.station_id = ? AND j.seq = ?"));
    if (auto result = db.exec(held, {stationId, j}); !result)
        return result;
    if (held.next()) {
        const bool same = held.value(0).toString() == type && held.value(1).toLongLong() == seq
            && held.value(2).toString() == hash;
        held.finish();
        if (!same)
            return malformed(tr("Journal record %1 of station %2 differs from the one already "
                                "received.")
                                 .arg(j)
                                 .arg(stationId));
        return {};
    }
    held.finish();

    QSqlQuery &lastJournal =
        db.prepared(QStringLiteral("SELECT max(seq) FROM journal WHERE station_id = ?"));
    if (auto result = db.exec(lastJournal, {stationId}); !result)
        return result;
    const qint64 expectedJ = (lastJournal.next() ? lastJournal.value(0).toLongLong() : 0) + 1;
    lastJournal.finish();
    if (j != expectedJ)
        return malformed(tr("Journal record %1 of station %2 arrived before record %3.")
                             .arg(j)
                             .arg(stationId)
                             .arg(expectedJ));

    // The record must extend its chain: previous hash held here, own hash recomputed.
    const QString table = isDocument ? QStringLiteral("document") : QStringLiteral("audit_event");
    QSqlQuery &previous = db.prepared(
        QStringLiteral("SELECT hash FROM %1 WHERE station_id = ? AND seq = ?").arg(table));
    if (auto result = db.exec(previous, {stationId, seq - 1}); !result)
        return result;
    const QString expectedPrev = previous.next() ? previous.value(0).toString()
        : seq == 1                               ? QString::fromLatin1(zeroHash)
                                                 : QString();
    previous.finish();
    if (expectedPrev.isEmpty() || prevHash != expectedPrev)
        return malformed(tr("Record %1 of station %2 does not follow the previous one in its "
                            "chain.")
                             .arg(j)
                             .arg(stationId));

    const QString createdUtc = isDocument ? object.value(QStringLiteral("created_utc")).toString()
                                          : object.value(QStringLiteral("at_utc")).toString();
    if (isDocument) {
        const auto kind = documentKindFromKey(object.value(QStringLiteral("kind")).toString());
        if (!kind || record.value(QStringLiteral("series")).toString() != seriesLetter(*kind))
            return malformed(
                tr("Record %1 of station %2 is of an unknown kind.").arg(j).arg(stationId));
        if (chainHash(prevHash, object) != hash)
            return malformed(tr("Record %1 of station %2 was altered: its hash does not match.")
                                 .arg(j)
                                 .arg(stationId));
        const DocumentTables &tables = tablesOf(*kind);
        const QJsonObject body = object.value(QStringLiteral("body")).toObject();
        for (auto it = body.begin(); it != body.end(); ++it) {
            const bool isMain = it.key() == tables.main;
            if (!isMain && !tables.children.contains(it.key()))
                return malformed(
                    tr("Record %1 of station %2 names an unknown table.").arg(j).arg(stationId));
            auto columns = columnsOf(it.key());
            if (!columns)
                return columns.error();
            const QJsonArray rows = isMain ? QJsonArray{it.value()} : it.value().toArray();
            for (const QJsonValue &rowValue : rows) {
                const QJsonObject row = rowValue.toObject();
                if (row.isEmpty())
                    return malformed(
                        tr("Record %1 of station %2 has an empty row.").arg(j).arg(stationId));
                QStringList names{QStringLiteral("station_id"), QStringLiteral("seq")};
                QVariantList values{stationId, seq};
                for (auto column = row.begin(); column != row.end(); ++column) {
                    const auto value = sqlFromJson(column.value());
                    if (!columns->contains(column.key()) || !value)
                        return malformed(tr("Record %1 of station %2 has an unknown column.")
                                             .arg(j)
                                             .arg(stationId));
                    names.append(column.key());
                    values.append(*value);
                }
                QSqlQuery &insert = db.prepared(
                    QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                        .arg(it.key(), names.join(QLatin1Char(',')),
                            QStringList(names.size(), QStringLiteral("?")).join(QLatin1Char(','))));
                for (int i = 0; i < values.size(); ++i)
                    insert.bindValue(i, values.at(i));
                if (auto result = db.exec(insert); !result)
                    return result;
            }
        }
        QSqlQuery &insert = db.prepared(QStringLiteral(
            "INSERT INTO document (station_id, seq, kind, series, series_seq, number, "
            "created_utc, business_day, actor_id, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?)"));
        if (auto result = db.exec(insert,
                {stationId, seq, toKey(*kind), seriesLetter(*kind),
                    object.value(QStringLiteral("series_seq")).toInteger(),
                    object.value(QStringLiteral("number")).toString(), createdUtc,
                    object.value(QStringLiteral("business_day")).toString(),
                    object.value(QStringLiteral("actor")).toString(), prevHash, hash});
            !result)
            return result;
    } else {
        AuditLog::Event event{stationId, seq, createdUtc,
            object.value(QStringLiteral("actor")).toString(),
            object.value(QStringLiteral("action")).toString(),
            object.value(QStringLiteral("target")).toString(),
            object.value(QStringLiteral("details")).toString(), prevHash, hash};
        if (chainHash(prevHash, AuditLog::hashedForm(event)) != hash)
            return malformed(tr("Record %1 of station %2 was altered: its hash does not match.")
                                 .arg(j)
                                 .arg(stationId));
        QSqlQuery &insert = db.prepared(QStringLiteral(
            "INSERT INTO audit_event (station_id, seq, at_utc, actor_id, action, target, details, "
            "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (auto result = db.exec(insert,
                {stationId, seq, event.atUtc, event.actorId, event.action, event.target,
                    event.details, prevHash, hash});
            !result)
            return result;
    }
    QSqlQuery &journal =
        db.prepared(QStringLiteral("INSERT INTO journal (station_id, seq, kind, ref_seq, "
                                   "created_utc) VALUES (?, ?, ?, ?, ?)"));
    if (auto result = db.exec(journal, {stationId, j, type, seq, createdUtc}); !result)
        return result;
    applied = true;
    return {};
}

} // namespace recaisse::core::sync
