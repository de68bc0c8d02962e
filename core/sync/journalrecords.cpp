#include "journalrecords.h"

#include "core/canonicalreader.h"
#include "core/database.h"
#include "core/ledger.h"
#include "core/store.h"

#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <vector>

Q_LOGGING_CATEGORY(lcJournal, "recaisse.sync.journal")

namespace recaisse::core::sync {

namespace {

Error malformed(const QString &what)
{
    return Error{ErrorCode::IntegrityFailure, what};
}

// Whether a key of a record is `name`, an ASCII name of the schema (a table, a field). Compared
// without decoding: an escape or a byte above 0x7f cannot be part of such a name.
bool isName(const CanonicalValue &key, QLatin1StringView name)
{
    return !key.hasEscapes() && key.rawString() == QByteArrayView(name.data(), name.size());
}

bool isName(const CanonicalValue &key, const QString &name)
{
    const QByteArrayView raw = key.rawString();
    return !key.hasEscapes() && QLatin1StringView(raw.data(), raw.size()) == name;
}

// The member `name` of an object read, for a name held as a QString.
CanonicalValue member(const CanonicalValue &object, const QString &name)
{
    for (const CanonicalValue::Member each : object.members()) {
        if (isName(each.key, name))
            return each.value;
    }
    return {};
}

// Binds a string as text, as QJsonValue::toString() reads it: any other value as ''.
void bindString(DirectStatement &statement, int index, const CanonicalValue &value)
{
    if (value.hasEscapes())
        statement.bindUtf8(index, value.toUtf8());
    else
        statement.bindUtf8(index, value.rawString());
}

// Binds a stored row's value: null, an integer or text (sqlFromJson()'s rule); false for
// anything else, which no stored row holds.
bool bindRowValue(DirectStatement &statement, int index, const CanonicalValue &value)
{
    switch (value.type()) {
    case CanonicalValue::Type::Null:
        statement.bindNull(index);
        return true;
    case CanonicalValue::Type::Integer:
        statement.bindInteger(index, value.toInteger());
        return true;
    case CanonicalValue::Type::String:
        bindString(statement, index, value);
        return true;
    default:
        return false;
    }
}

// A document table as the reader selects it: every field any canonical form hashes from it,
// and for each form version, those of its fields in the byte order of their names with their
// index in the selection (after the document seq).
struct TableSelection
{
    QString table;
    QString orderBy;
    QStringList fields;
    QHash<int, QList<std::pair<QByteArray, int>>> canonicalOrder; // form version -> fields
};

const QList<TableSelection> &allDocumentTables()
{
    static const QList<TableSelection> tables = [] {
        QList<TableSelection> list;
        for (DocumentKind kind : allDocumentKinds()) {
            for (int version = 1; const CanonicalForm *form = canonicalForm(kind, version);
                 ++version) {
                for (const CanonicalTable &table :
                    QList<CanonicalTable>{form->main} + form->children) {
                    auto selection = std::find_if(list.begin(), list.end(),
                        [&](const TableSelection &s) { return s.table == table.table; });
                    if (selection == list.end()) {
                        list.append(TableSelection{table.table, table.orderBy, {}, {}});
                        selection = list.end() - 1;
                    }
                    QList<std::pair<QByteArray, int>> order;
                    for (const QString &field : table.fields) {
                        if (!selection->fields.contains(field))
                            selection->fields.append(field);
                        order.append({field.toUtf8(), int(selection->fields.indexOf(field)) + 1});
                    }
                    std::sort(order.begin(), order.end());
                    selection->canonicalOrder.insert(version, order);
                }
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
            "prev_hash, hash, form FROM document WHERE station_id = ? AND seq BETWEEN ? AND ?"));
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
            header.form = query.value(10).toInt();
            headers.emplace(header.seq, header);
        }
        query.finish();
        for (const TableSelection &table : allDocumentTables()) {
            QString sql = QStringLiteral("SELECT seq, %1 FROM %2 WHERE station_id = ? AND seq "
                                         "BETWEEN ? AND ? ORDER BY seq")
                              .arg(table.fields.join(QStringLiteral(", ")), table.table);
            if (!table.orderBy.isEmpty())
                sql += QStringLiteral(", ") + table.orderBy;
            QSqlQuery &rowsQuery = db.prepared(sql);
            if (auto result = db.exec(rowsQuery, {stationId, docFirst, docLast}); !result)
                return result.error();
            // Each row holds the fields of its document's canonical form, and only those.
            qint64 formSeq = 0;
            const QList<std::pair<QByteArray, int>> *columns = nullptr;
            while (rowsQuery.next()) {
                const qint64 seq = rowsQuery.value(0).toLongLong();
                if (seq != formSeq || !columns) {
                    formSeq = seq;
                    const auto header = headers.find(seq);
                    const auto order = table.canonicalOrder.constFind(
                        header == headers.end() ? 1 : header->second.form);
                    columns = order == table.canonicalOrder.cend() ? nullptr : &*order;
                }
                if (!columns)
                    continue; // a row the document's form does not hash: never sent
                CanonicalObject row;
                for (const auto &[name, index] : *columns)
                    row.value(name, rowsQuery.value(index));
                rows[seq][table.table].append(row.text());
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
            const CanonicalForm *form = canonicalForm(h.kind, h.form);
            if (!form)
                return malformed(tr("Document %1 has canonical form %2, unknown to this version.")
                                     .arg(h.number)
                                     .arg(h.form));
            const auto &documentRows = rows[entry.ref];
            CanonicalObject body; // table -> row or [rows]
            if (const QByteArrayList main = documentRows.value(form->main.table); !main.isEmpty())
                body.canonical(form->main.table.toUtf8(), main.first());
            for (const CanonicalTable &child : form->children) {
                if (const QByteArrayList list = documentRows.value(child.table); !list.isEmpty())
                    body.canonical(child.table.toUtf8(), '[' + list.join(',') + ']');
            }
            CanonicalObject document;
            document.string("actor", h.actorId)
                .canonical("body", body.text())
                .string("business_day", h.businessDay)
                .string("created_utc", h.createdUtc)
                .string("kind", toKey(h.kind))
                .string("number", h.number)
                .integer("seq", h.seq)
                .integer("series_seq", h.seriesSeq)
                .string("station", h.stationId);
            if (h.form != 1) // form 1 predates the field
                document.integer("form", h.form);
            text = CanonicalObject()
                       .canonical("doc", document.text())
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

Result<qint64> JournalApplier::apply(const QString &stationId, const QByteArrayList &records,
    const NumberCheck &ownNumber, QString *foreignNumber)
{
    // Each record read once, in place, and only if it is the canonical text its station wrote:
    // then the bytes of its document are the very text its hash was computed on.
    std::vector<CanonicalText> parsed(size_t(records.size()));
    for (qsizetype i = 0; i < records.size(); ++i)
        parsed[size_t(i)].read(records.at(i));
    if (ownNumber) {
        for (const CanonicalText &text : parsed) {
            const CanonicalValue record = text.root();
            if (!record.contains("doc"))
                continue;
            const QString number = record.value("doc").value("number").toString();
            if (!ownNumber(number)) {
                if (foreignNumber)
                    *foreignNumber = number.isEmpty() ? QStringLiteral("?") : number;
                return Error{ErrorCode::IntegrityFailure,
                    tr("Document %1 does not carry the station's code.").arg(number.left(40))};
            }
        }
    }

    Database &db = m_store.db();
    // Only around a transaction of its own: never changes how an enclosing one commits.
    const bool relaxed = !m_waitForDisk && db.transactionDepth() == 0;
    if (relaxed)
        db.prepared(QStringLiteral("PRAGMA synchronous=NORMAL")).exec();
    const auto restore = qScopeGuard([&] {
        if (relaxed)
            db.prepared(QStringLiteral("PRAGMA synchronous=FULL")).exec();
    });
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    Ends ends;
    {
        QSqlQuery &lastJournal =
            db.prepared(QStringLiteral("SELECT max(seq) FROM journal WHERE station_id = ?"));
        if (auto result = db.exec(lastJournal, {stationId}); !result)
            return result.error();
        ends.journal = lastJournal.next() ? lastJournal.value(0).toLongLong() : 0;
        lastJournal.finish();
    }
    qint64 applied = 0;
    for (const CanonicalText &text : parsed) {
        bool isNew = false;
        if (auto result = applyOne(stationId, text, ends, isNew); !result)
            return result.error();
        applied += isNew ? 1 : 0;
    }
    if (auto result = transaction.commit(); !result)
        return result.error();
    return applied;
}

Result<QString> JournalApplier::chainEnd(
    const QString &table, const QString &stationId, qint64 seq, const ChainEnd &known)
{
    // The previous record of the chain: the one this segment just applied, else the table's.
    if (seq - 1 == known.seq)
        return known.hash;
    Database &db = m_store.db();
    QSqlQuery &previous = db.prepared(
        QStringLiteral("SELECT hash FROM %1 WHERE station_id = ? AND seq = ?").arg(table));
    if (auto result = db.exec(previous, {stationId, seq - 1}); !result)
        return result.error();
    const QString hash = previous.next() ? previous.value(0).toString()
        : seq == 1                       ? QString::fromLatin1(zeroHash)
                                         : QString();
    previous.finish();
    return hash;
}

Result<DirectStatement *> JournalApplier::statement(DirectStatement *&cached, const char *sql)
{
    if (!cached) {
        auto made = m_store.db().direct(QString::fromLatin1(sql));
        if (!made)
            return made.error();
        cached = *made;
    }
    return cached;
}

Result<void> JournalApplier::insertRow(const QString &stationId, const CanonicalValue &station,
    qint64 seq, const CanonicalTable &form, const CanonicalValue &row, qint64 j)
{
    auto plan = m_rowInserts.find(&form);
    if (plan == m_rowInserts.end()) {
        const QStringList names =
            QStringList{QStringLiteral("station_id"), QStringLiteral("seq")} + form.fields;
        // Through SQLite's C API: these inserts are most of a pull's statements.
        auto statement = m_store.db().direct(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(form.table, names.join(QLatin1Char(',')),
                    QStringList(names.size(), QStringLiteral("?")).join(QLatin1Char(','))));
        if (!statement)
            return statement.error();
        QList<std::pair<QByteArray, int>> fields;
        for (int i = 0; i < form.fields.size(); ++i)
            fields.append({form.fields.at(i).toUtf8(), i + 2});
        std::sort(fields.begin(), fields.end());
        plan = m_rowInserts.insert(&form, RowInsert{*statement, fields});
    }
    // Exactly the fields of the form: what is stored is what was hashed.
    if ((row.isObject() ? row.size() : 0) != plan->fields.size())
        return malformed(tr("Record %1 of station %2 has a row that does not match "
                            "its canonical form.")
                             .arg(j)
                             .arg(stationId));
    DirectStatement &insert = *plan->statement;
    bindString(insert, 0, station);
    insert.bindInteger(1, seq);
    // The row's members and the form's fields come in the same order and number: a member that
    // is not the field in its place is a column the form does not have.
    auto field = plan->fields.cbegin();
    for (const CanonicalValue::Member member : row.members()) {
        if (member.key.hasEscapes() || member.key.rawString() != field->first
            || !bindRowValue(insert, field->second, member.value))
            return malformed(
                tr("Record %1 of station %2 has an unknown column.").arg(j).arg(stationId));
        ++field;
    }
    return insert.run();
}

Result<void> JournalApplier::applyOne(
    const QString &stationId, const CanonicalText &text, Ends &ends, bool &applied)
{
    Database &db = m_store.db();
    const CanonicalValue record = text.root();
    const qint64 j = record.value("j").toInteger(0);
    if (record.isUndefined() || j < 1) {
        if (text.refusal())
            qCWarning(lcJournal) << "a record of station" << stationId
                                 << "is not canonical:" << text.refusal() << "at byte"
                                 << text.refusalOffset();
        return malformed(tr("A journal record of station %1 is not valid JSON.").arg(stationId));
    }
    const CanonicalValue typeValue = record.value("t");
    const bool isDocument = isName(typeValue, QLatin1StringView("document"));
    if (!isDocument && !isName(typeValue, QLatin1StringView("audit")))
        return malformed(
            tr("Journal record %1 of station %2 has an unknown type.").arg(j).arg(stationId));
    const char *type = isDocument ? "document" : "audit";

    const CanonicalValue object = record.value(isDocument ? "doc" : "event");
    const QString prevHash = (isDocument ? record : object).value("prev_hash").toString();
    const QString hash = (isDocument ? record : object).value("hash").toString();
    const qint64 seq = object.value("seq").toInteger(0);
    // Bound as the record names it, checked to be the station's id: the bytes of the id as they
    // are, for each of the record's rows.
    const CanonicalValue station = object.value("station");
    if (station.toString() != stationId || seq < 1)
        return malformed(
            tr("Journal record %1 does not belong to station %2.").arg(j).arg(stationId));

    // Already held: the same record twice is harmless, a different one is a conflict.
    if (j <= ends.journal) {
        QSqlQuery &held = db.prepared(QStringLiteral(
            "SELECT j.kind, j.ref_seq, coalesce(d.hash, a.hash) FROM journal j "
            "LEFT JOIN document d ON j.kind = 'document' AND d.station_id = j.station_id AND "
            "d.seq = j.ref_seq LEFT JOIN audit_event a ON j.kind = 'audit' AND a.station_id = "
            "j.station_id AND a.seq = j.ref_seq WHERE j.station_id = ? AND j.seq = ?"));
        if (auto result = db.exec(held, {stationId, j}); !result)
            return result;
        const bool found = held.next();
        const bool same = found && held.value(0).toString() == QLatin1StringView(type)
            && held.value(1).toLongLong() == seq && held.value(2).toString() == hash;
        held.finish();
        if (found && !same)
            return malformed(tr("Journal record %1 of station %2 differs from the one already "
                                "received.")
                                 .arg(j)
                                 .arg(stationId));
        if (found)
            return {};
    }
    if (j != ends.journal + 1)
        return malformed(tr("Journal record %1 of station %2 arrived before record %3.")
                             .arg(j)
                             .arg(stationId)
                             .arg(ends.journal + 1));

    // The record must extend its chain: previous hash held here, own hash recomputed.
    ChainEnd &chain = isDocument ? ends.documents : ends.audit;
    const auto expectedPrev =
        chainEnd(isDocument ? QStringLiteral("document") : QStringLiteral("audit_event"), stationId,
            seq, chain);
    if (!expectedPrev)
        return expectedPrev.error();
    if (expectedPrev->isEmpty() || prevHash != *expectedPrev)
        return malformed(tr("Record %1 of station %2 does not follow the previous one in its "
                            "chain.")
                             .arg(j)
                             .arg(stationId));

    const CanonicalValue createdUtc = object.value(isDocument ? "created_utc" : "at_utc");
    if (isDocument) {
        const auto kind = documentKindFromKey(object.value("kind").toString());
        if (!kind || record.value("series").toString() != seriesLetter(*kind))
            return malformed(
                tr("Record %1 of station %2 is of an unknown kind.").arg(j).arg(stationId));
        // Version 1 carries no version key (its bytes predate versions); a later one names it.
        const CanonicalValue formValue = object.value("form");
        const qint64 version = formValue.isUndefined() ? 1 : formValue.toInteger(0);
        const CanonicalForm *form = (formValue.isUndefined() || (version > 1 && version < 1000))
            ? canonicalForm(*kind, int(version))
            : nullptr;
        if (!form)
            return malformed(tr("Record %1 of station %2 has a canonical form unknown to this "
                                "version: update ReCaisse.")
                                 .arg(j)
                                 .arg(stationId));
        // The record was read as canonical text: the document's own bytes are its hashed form.
        if (chainHash(prevHash, object.text()) != hash)
            return malformed(tr("Record %1 of station %2 was altered: its hash does not match.")
                                 .arg(j)
                                 .arg(stationId));
        const CanonicalValue body = object.value("body");
        const CanonicalValue mainRow = member(body, form->main.table);
        if (mainRow.isUndefined())
            return malformed(tr("Record %1 of station %2 has no main row.").arg(j).arg(stationId));
        for (const CanonicalValue::Member table : body.members()) {
            const bool known = isName(table.key, form->main.table)
                || std::any_of(form->children.cbegin(), form->children.cend(),
                    [&](const CanonicalTable &child) { return isName(table.key, child.table); });
            if (!known)
                return malformed(
                    tr("Record %1 of station %2 names an unknown table.").arg(j).arg(stationId));
        }
        // The document first, then its main row, then the rows under it: each row finds its
        // parent already there, so no deferred foreign key is left for a later insert to settle
        // (SQLite would look through every table that refers to it). Checked all the same.
        auto insert = statement(m_documentInsert,
            "INSERT INTO document (station_id, seq, kind, series, series_seq, number, "
            "created_utc, business_day, actor_id, prev_hash, hash, form) VALUES (?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?)");
        if (!insert)
            return insert.error();
        DirectStatement &document = **insert;
        bindString(document, 0, station);
        document.bindInteger(1, seq);
        document.bindText(2, toKey(*kind));
        document.bindText(3, seriesLetter(*kind));
        document.bindInteger(4, object.value("series_seq").toInteger());
        bindString(document, 5, object.value("number"));
        bindString(document, 6, createdUtc);
        bindString(document, 7, object.value("business_day"));
        bindString(document, 8, object.value("actor"));
        document.bindText(9, prevHash);
        document.bindText(10, hash);
        document.bindInteger(11, form->version);
        if (auto result = document.run(); !result)
            return result;
        if (auto result = insertRow(stationId, station, seq, form->main, mainRow, j); !result)
            return result;
        for (const CanonicalTable &child : form->children) {
            for (const CanonicalValue row : member(body, child.table).elements()) {
                if (auto result = insertRow(stationId, station, seq, child, row, j); !result)
                    return result;
            }
        }
    } else {
        // The event as the record carries it holds its hashes too: its hashed form is written
        // again from the fields (audit events are few).
        AuditLog::Event event{stationId, seq, createdUtc.toString(),
            object.value("actor").toString(), object.value("action").toString(),
            object.value("target").toString(), object.value("details").toString(), prevHash, hash};
        if (chainHash(prevHash, AuditLog::hashedForm(event)) != hash)
            return malformed(tr("Record %1 of station %2 was altered: its hash does not match.")
                                 .arg(j)
                                 .arg(stationId));
        auto insert = statement(m_auditInsert,
            "INSERT INTO audit_event (station_id, seq, at_utc, actor_id, action, target, details, "
            "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!insert)
            return insert.error();
        DirectStatement &audit = **insert;
        bindString(audit, 0, station);
        audit.bindInteger(1, seq);
        audit.bindText(2, event.atUtc);
        audit.bindText(3, event.actorId);
        audit.bindText(4, event.action);
        audit.bindText(5, event.target);
        audit.bindText(6, event.details);
        audit.bindText(7, prevHash);
        audit.bindText(8, hash);
        if (auto result = audit.run(); !result)
            return result;
    }
    auto insert = statement(m_journalInsert,
        "INSERT INTO journal (station_id, seq, kind, ref_seq, created_utc) VALUES (?, ?, ?, ?, "
        "?)");
    if (!insert)
        return insert.error();
    DirectStatement &journal = **insert;
    bindString(journal, 0, station);
    journal.bindInteger(1, j);
    journal.bindUtf8(2, type);
    journal.bindInteger(3, seq);
    bindString(journal, 4, createdUtc);
    if (auto result = journal.run(); !result)
        return result;
    ends.journal = j;
    chain = ChainEnd{seq, hash};
    applied = true;
    return {};
}

} // namespace recaisse::core::sync
