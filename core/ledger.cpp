#include "ledger.h"

#include "store.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

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
    // The row's canonical text.
    CanonicalObject canonicalRow;
    for (const Column &column : columns)
        canonicalRow.value(column.first, Database::bindable(column.second));
    const QByteArray row = canonicalRow.text();

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
    CanonicalObject body; // table -> row or [rows]
    body.canonical(tablesOf(m_kind).main.toUtf8(), m_mainRow);
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it)
        body.canonical(it.key().toUtf8(), '[' + it.value().join(',') + ']');
    const QByteArray text = CanonicalObject()
                                .string("actor", header.actorId)
                                .canonical("body", body.text())
                                .string("business_day", header.businessDay)
                                .string("created_utc", header.createdUtc)
                                .string("kind", toKey(m_kind))
                                .string("number", header.number)
                                .integer("seq", header.seq)
                                .integer("series_seq", header.seriesSeq)
                                .string("station", header.stationId)
                                .text();
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

QList<AuditLog::Event> AuditLog::recent(int limit) const
{
    QList<Event> events;
    QSqlQuery query(m_store.db().connection());
    query.prepare(QStringLiteral(
        "SELECT station_id, seq, at_utc, actor_id, action, target, details, prev_hash, hash "
        "FROM audit_event ORDER BY at_utc DESC, seq DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return events;
    while (query.next()) {
        events.append(
            Event{query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString(),
                query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                query.value(6).toString(), query.value(7).toString(), query.value(8).toString()});
    }
    return events;
}

} // namespace recaisse::core
