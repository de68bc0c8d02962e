#include "ledger.h"

#include "store.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>

namespace recaisse::core {

namespace {

struct KindInfo
{
    DocumentKind kind;
    const char *key;
    const char *series;
};

constexpr KindInfo kinds[] = {
    {DocumentKind::SessionOpen, "session-open", "S"},
    {DocumentKind::SessionClose, "session-close", "Z"},
    {DocumentKind::Sale, "sale", "T"},
    {DocumentKind::Refund, "refund", "R"},
    {DocumentKind::CashMovement, "cash-movement", "M"},
    {DocumentKind::Deposit, "deposit", "D"},
    {DocumentKind::Closing, "closing", "C"},
};

const KindInfo &infoOf(DocumentKind kind)
{
    for (const KindInfo &info : kinds) {
        if (info.kind == kind)
            return info;
    }
    return kinds[0];
}

} // namespace

QString toKey(DocumentKind kind)
{
    return QString::fromLatin1(infoOf(kind).key);
}

std::optional<DocumentKind> documentKindFromKey(const QString &key)
{
    for (const KindInfo &info : kinds) {
        if (key == QLatin1String(info.key))
            return info.kind;
    }
    return std::nullopt;
}

QString seriesLetter(DocumentKind kind)
{
    return QString::fromLatin1(infoOf(kind).series);
}

const DocumentTables &tablesOf(DocumentKind kind)
{
    static const DocumentTables sessionOpen{
        QStringLiteral("session_open"), {QStringLiteral("session_count")}};
    static const DocumentTables sessionClose{
        QStringLiteral("session_close"), {QStringLiteral("session_count")}};
    static const DocumentTables sale{
        QStringLiteral("sale"), {QStringLiteral("sale_line"), QStringLiteral("payment")}};
    static const DocumentTables refund{QStringLiteral("refund"), {QStringLiteral("refund_line")}};
    static const DocumentTables movement{QStringLiteral("cash_movement"), {}};
    static const DocumentTables deposit{
        QStringLiteral("deposit"), {QStringLiteral("deposit_line")}};
    static const DocumentTables closing{QStringLiteral("closing"), {}};
    switch (kind) {
    case DocumentKind::SessionOpen:
        return sessionOpen;
    case DocumentKind::SessionClose:
        return sessionClose;
    case DocumentKind::Sale:
        return sale;
    case DocumentKind::Refund:
        return refund;
    case DocumentKind::CashMovement:
        return movement;
    case DocumentKind::Deposit:
        return deposit;
    case DocumentKind::Closing:
        return closing;
    }
    return sale;
}

// The canonical form: compact JSON, object keys in byte order, integers exact, strings in UTF-8
// with only '"', '\\' and control characters escaped. DocumentWriter writes it straight from the
// values it binds; canonicalJson() writes the same text from a QJsonObject.
namespace canonical {

void appendString(QByteArray &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

// The values stored in document rows: null, integers and text.
void appendValue(QByteArray &out, const QVariant &value)
{
    if (value.isNull()) {
        out += "null";
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::Bool:
        out += QByteArray::number(value.toLongLong());
        break;
    default:
        appendString(out, value.toString());
    }
}

void appendJson(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double: {
        const QVariant number = value.toVariant();
        if (number.typeId() == QMetaType::LongLong)
            out += QByteArray::number(number.toLongLong());
        else
            out += QByteArray::number(value.toDouble(), 'g', 17);
        break;
    }
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            appendJson(out, array.at(i));
        }
        out += ']';
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QMap<QByteArray, QJsonValue> sorted; // byte order of the UTF-8 keys
        for (auto it = object.begin(); it != object.end(); ++it)
            sorted.insert(it.key().toUtf8(), it.value());
        out += '{';
        for (auto it = sorted.cbegin(); it != sorted.cend(); ++it) {
            if (it != sorted.cbegin())
                out += ',';
            appendString(out, QString::fromUtf8(it.key()));
            out += ':';
            appendJson(out, it.value());
        }
        out += '}';
        break;
    }
    }
}

} // namespace canonical

void appendCanonicalValue(QByteArray &out, const QVariant &value)
{
    canonical::appendValue(out, value);
}

void appendCanonicalString(QByteArray &out, QStringView text)
{
    canonical::appendString(out, text);
}

QByteArray canonicalJson(const QJsonObject &object)
{
    QByteArray out;
    canonical::appendJson(out, object);
    return out;
}

QString chainHash(const QString &prevHash, const QByteArray &canonicalText)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash.toLatin1());
    hash.addData(canonicalText);
    return QString::fromLatin1(hash.result().toHex());
}

QString chainHash(const QString &prevHash, const QJsonObject &hashedForm)
{
    return chainHash(prevHash, canonicalJson(hashedForm));
}

QJsonValue jsonFromSql(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::Bool:
        return QJsonValue(value.toLongLong());
    default:
        return QJsonValue(value.toString());
    }
}

QJsonObject hashedForm(const DocumentHeader &header, const QJsonObject &body)
{
    return QJsonObject{
        {QStringLiteral("station"), header.stationId},
        {QStringLiteral("seq"), header.seq},
        {QStringLiteral("kind"), toKey(header.kind)},
        {QStringLiteral("number"), header.number},
        {QStringLiteral("series_seq"), header.seriesSeq},
        {QStringLiteral("created_utc"), header.createdUtc},
        {QStringLiteral("business_day"), header.businessDay},
        {QStringLiteral("actor"), header.actorId},
        {QStringLiteral("body"), body},
    };
}

DocumentWriter::DocumentWriter(Store &store, DocumentKind kind, QString actorId)
    : m_store(store)
    , m_kind(kind)
    , m_actorId(std::move(actorId))
{
}

Result<void> DocumentWriter::start()
{
    Database &db = m_store.db();
    const QString stationId = m_store.station().id;
    QSqlQuery &last = db.prepared(QStringLiteral(
        "SELECT seq, hash FROM document WHERE station_id = ? ORDER BY seq DESC LIMIT 1"));
    if (auto result = db.exec(last, {stationId}); !result)
        return result;
    if (last.next()) {
        m_seq = last.value(0).toLongLong() + 1;
        m_prevHash = last.value(1).toString();
    } else {
        m_seq = 1;
        m_prevHash = QString::fromLatin1(zeroHash);
    }
    last.finish();

    const QString series = seriesLetter(m_kind);
    QSqlQuery &lastInSeries = db.prepared(
        QStringLiteral("SELECT max(series_seq) FROM document WHERE station_id = ? AND series = ?"));
    if (auto result = db.exec(lastInSeries, {stationId, series}); !result)
        return result;
    m_seriesSeq = lastInSeries.next() ? lastInSeries.value(0).toLongLong() + 1 : 1;
    lastInSeries.finish();

    m_number = QStringLiteral("%1-%2%3")
                   .arg(m_store.station().code, series)
                   .arg(m_seriesSeq, 6, 10, QLatin1Char('0'));
    m_createdUtc = m_store.clock().nowUtc();
    m_businessDay = m_store.businessDay(m_createdUtc).toString(Qt::ISODate);

    return {};
}

Result<void> DocumentWriter::insert(const QString &table, std::initializer_list<Column> columns)
{
    // Each table is written from one place with the same columns, so its statement is built
    // once per connection.
    Database &db = m_store.db();
    QSqlQuery *cached = db.cachedInsert(table);
    if (!cached) {
        QString names = QStringLiteral("station_id, seq");
        QString marks = QStringLiteral("?, ?");
        for (const Column &column : columns) {
            names += QStringLiteral(", ") + QLatin1String(column.first);
            marks += QStringLiteral(", ?");
        }
        cached = &db.prepared(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, names, marks));
        db.cacheInsert(table, cached);
    }
    // The row's canonical text, keys in byte order.
    QVarLengthArray<const Column *, 24> sorted;
    for (const Column &column : columns)
        sorted.append(&column);
    std::sort(sorted.begin(), sorted.end(),
        [](const Column *a, const Column *b) { return std::strcmp(a->first, b->first) < 0; });
    QByteArray row = "{";
    for (const Column *column : sorted) {
        if (row.size() > 1)
            row += ',';
        row += '"';
        row += column->first;
        row += "\":";
        canonical::appendValue(row, Database::bindable(column->second));
    }
    row += '}';

    QSqlQuery &query = *cached;
    query.bindValue(0, m_store.station().id);
    query.bindValue(1, m_seq);
    int i = 2;
    for (const Column &column : columns)
        query.bindValue(i++, Database::bindable(column.second));
    if (auto result = db.exec(query); !result)
        return result;

    if (table == tablesOf(m_kind).main)
        m_mainRow = row;
    else
        m_children[table].append(row);
    return {};
}

Result<DocumentStamp> DocumentWriter::seal()
{
    DocumentHeader header;
    header.stationId = m_store.station().id;
    header.seq = m_seq;
    header.kind = m_kind;
    header.series = seriesLetter(m_kind);
    header.seriesSeq = m_seriesSeq;
    header.number = m_number;
    header.createdUtc = isoUtc(m_createdUtc);
    header.businessDay = m_businessDay;
    header.actorId = m_actorId;
    header.prevHash = m_prevHash;
    // The text canonicalJson(hashedForm(header, body)) gives, written directly.
    QMap<QByteArray, QByteArray> parts; // table -> row or [rows], in byte order
    parts.insert(tablesOf(m_kind).main.toUtf8(), m_mainRow);
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it)
        parts.insert(it.key().toUtf8(), '[' + it.value().join(',') + ']');
    QByteArray text = "{\"actor\":";
    canonical::appendString(text, header.actorId);
    text += ",\"body\":{";
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        if (it != parts.cbegin())
            text += ',';
        text += '"' + it.key() + "\":" + it.value();
    }
    text += "},\"business_day\":";
    canonical::appendString(text, header.businessDay);
    text += ",\"created_utc\":";
    canonical::appendString(text, header.createdUtc);
    text += ",\"kind\":";
    canonical::appendString(text, toKey(m_kind));
    text += ",\"number\":";
    canonical::appendString(text, header.number);
    text += ",\"seq\":" + QByteArray::number(header.seq);
    text += ",\"series_seq\":" + QByteArray::number(header.seriesSeq);
    text += ",\"station\":";
    canonical::appendString(text, header.stationId);
    text += '}';
    const QString hash = chainHash(m_prevHash, text);

    Database &db = m_store.db();
    QSqlQuery &insert = db.prepared(QStringLiteral(
        "INSERT INTO document (station_id, seq, kind, series, series_seq, number, created_utc, "
        "business_day, actor_id, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (auto result = db.exec(insert,
            {header.stationId, header.seq, toKey(m_kind), header.series, header.seriesSeq,
                header.number, header.createdUtc, header.businessDay, header.actorId,
                header.prevHash, hash});
        !result)
        return result.error();
    if (auto result = appendJournal(m_store, "document", m_seq, header.createdUtc); !result)
        return result.error();
    return DocumentStamp{header.stationId, m_seq, m_number, m_createdUtc, hash};
}

Result<void> appendJournal(Store &store, const char *kind, qint64 refSeq, const QString &createdUtc)
{
    Database &db = store.db();
    QSqlQuery &last =
        db.prepared(QStringLiteral("SELECT max(seq) FROM journal WHERE station_id = ?"));
    if (auto result = db.exec(last, {store.station().id}); !result)
        return result;
    const qint64 seq = last.next() ? last.value(0).toLongLong() + 1 : 1;
    last.finish();
    QSqlQuery &insert = db.prepared(QStringLiteral("INSERT INTO journal (station_id, seq, kind, "
                                                   "ref_seq, created_utc) VALUES (?, ?, ?, ?, ?)"));
    return db.exec(
        insert, {store.station().id, seq, QString::fromLatin1(kind), refSeq, createdUtc});
}

namespace {

Result<QJsonObject> readRows(
    Store &store, const QString &table, const QString &stationId, qint64 seq, bool many)
{
    Database &db = store.db();
    QSqlQuery &query = db.prepared(
        QStringLiteral("SELECT * FROM %1 WHERE station_id = ? AND seq = ? ORDER BY 3").arg(table));
    if (auto result = db.exec(query, {stationId, seq}); !result)
        return result.error();
    QJsonArray rows;
    while (query.next()) {
        const QSqlRecord record = query.record();
        QJsonObject row;
        for (int i = 2; i < record.count(); ++i)
            row.insert(record.fieldName(i), jsonFromSql(query.value(i)));
        rows.append(row);
    }
    query.finish();
    QJsonObject out;
    if (many) {
        if (!rows.isEmpty())
            out.insert(table, rows);
    } else if (!rows.isEmpty()) {
        out.insert(table, rows.first());
    }
    return out;
}

} // namespace

Result<QJsonObject> readDocumentBody(
    Store &store, const QString &stationId, qint64 seq, DocumentKind kind)
{
    const DocumentTables &tables = tablesOf(kind);
    auto main = readRows(store, tables.main, stationId, seq, false);
    if (!main)
        return main.error();
    QJsonObject body = *main;
    for (const QString &child : tables.children) {
        auto rows = readRows(store, child, stationId, seq, true);
        if (!rows)
            return rows.error();
        for (auto it = rows->begin(); it != rows->end(); ++it)
            body.insert(it.key(), it.value());
    }
    return body;
}

Result<DocumentHeader> findDocument(Store &store, const QString &number)
{
    Database &db = store.db();
    QSqlQuery &query = db.prepared(QStringLiteral(
        "SELECT station_id, seq, kind, series, series_seq, number, created_utc, business_day, "
        "actor_id, prev_hash, hash FROM document WHERE number = ?"));
    if (auto result = db.exec(query, {number.trimmed().toUpper()}); !result)
        return result.error();
    if (!query.next())
        return makeError(ErrorCode::NotFound,
            DocumentWriter::tr("No document numbered %1.").arg(number.left(40)));
    DocumentHeader header;
    header.stationId = query.value(0).toString();
    header.seq = query.value(1).toLongLong();
    header.kind = documentKindFromKey(query.value(2).toString()).value_or(DocumentKind::Sale);
    header.series = query.value(3).toString();
    header.seriesSeq = query.value(4).toLongLong();
    header.number = query.value(5).toString();
    header.createdUtc = query.value(6).toString();
    header.businessDay = query.value(7).toString();
    header.actorId = query.value(8).toString();
    header.prevHash = query.value(9).toString();
    header.hash = query.value(10).toString();
    query.finish();
    return header;
}

AuditLog::AuditLog(Store &store)
    : m_store(store)
{
}

QJsonObject AuditLog::hashedForm(const Event &event)
{
    return QJsonObject{
        {QStringLiteral("station"), event.stationId},
        {QStringLiteral("seq"), event.seq},
        {QStringLiteral("at_utc"), event.atUtc},
        {QStringLiteral("actor"), event.actorId},
        {QStringLiteral("action"), event.action},
        {QStringLiteral("target"), event.target},
        {QStringLiteral("details"), event.details},
    };
}

Result<void> AuditLog::record(const QString &actorId, const QString &action, const QString &target,
    const QJsonObject &details)
{
    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();

    Event event;
    event.stationId = m_store.station().id;
    QSqlQuery &last = db.prepared(QStringLiteral(
        "SELECT seq, hash FROM audit_event WHERE station_id = ? ORDER BY seq DESC LIMIT 1"));
    if (auto result = db.exec(last, {event.stationId}); !result)
        return result;
    if (last.next()) {
        event.seq = last.value(0).toLongLong() + 1;
        event.prevHash = last.value(1).toString();
    } else {
        event.seq = 1;
        event.prevHash = QString::fromLatin1(zeroHash);
    }
    last.finish();
    event.atUtc = isoUtc(m_store.clock().nowUtc());
    event.actorId = actorId;
    event.action = action;
    event.target = target.left(200);
    event.details = QString::fromUtf8(canonicalJson(details));
    event.hash = chainHash(event.prevHash, hashedForm(event));

    QSqlQuery &insert = db.prepared(QStringLiteral(
        "INSERT INTO audit_event (station_id, seq, at_utc, actor_id, action, target, details, "
        "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (auto result = db.exec(insert,
            {event.stationId, event.seq, event.atUtc, event.actorId, event.action, event.target,
                event.details, event.prevHash, event.hash});
        !result)
        return result;
    if (auto result = appendJournal(m_store, "audit", event.seq, event.atUtc); !result)
        return result;
    return transaction.commit();
}

Result<QList<AuditLog::Event>> AuditLog::recent(int limit) const
{
    QList<Event> events;
    Database &db = m_store.db();
    QSqlQuery query(db.connection());
    if (!query.prepare(QStringLiteral(
            "SELECT station_id, seq, at_utc, actor_id, action, target, details, prev_hash, hash "
            "FROM audit_event ORDER BY at_utc DESC, seq DESC LIMIT ?")))
        return db.errorFrom(query.lastError());
    query.addBindValue(limit);
    if (!query.exec())
        return db.errorFrom(query.lastError());
    while (query.next()) {
        events.append(
            Event{query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString(),
                query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                query.value(6).toString(), query.value(7).toString(), query.value(8).toString()});
    }
    return events;
}

} // namespace recaisse::core
