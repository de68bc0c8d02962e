#include "technicalevents.h"

#include "buildinfo.h"
#include "canonicaljson.h"
#include "ledger.h"
#include "store.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace recaisse::core {

namespace {

struct KindKey
{
    TechnicalEventKind kind;
    const char *key;
};

constexpr KindKey kindKeys[] = {
    {TechnicalEventKind::ProgramVersion, "program-version"},
    {TechnicalEventKind::Restore, "restore"},
    {TechnicalEventKind::Archive, "archive"},
    {TechnicalEventKind::Export, "export"},
    {TechnicalEventKind::Configuration, "configuration"},
    {TechnicalEventKind::Clock, "clock"},
};

} // namespace

QString toKey(TechnicalEventKind kind)
{
    for (const KindKey &entry : kindKeys) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

std::optional<TechnicalEventKind> technicalEventKindFromKey(const QString &key)
{
    for (const KindKey &entry : kindKeys) {
        if (key == QLatin1String(entry.key))
            return entry.kind;
    }
    return std::nullopt;
}

TechnicalEvents::TechnicalEvents(Store &store)
    : m_store(store)
{
}

Result<DocumentStamp> TechnicalEvents::record(
    const QString &actorId, TechnicalEventKind kind, const QJsonObject &details)
{
    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    DocumentWriter writer(m_store, DocumentKind::TechnicalEvent, actorId);
    // The event is what matters, even when the clock is wrong (a restore, a sync, the clock's
    // own correction): never dated before the last document, flagged when not at the clock's time.
    writer.tolerateClockBehind();
    if (auto result = writer.start(); !result)
        return result.error();
    QJsonObject recorded = details;
    if (writer.clockBehind()) {
        recorded.insert(QStringLiteral("clock_behind"), true);
        recorded.insert(QStringLiteral("clock_utc"), isoUtc(writer.clockUtc()));
    }
    if (auto result = writer.insert(QStringLiteral("technical_event"),
            {{"kind", toKey(kind)}, {"program_version", buildinfo::version()},
                {"details", QString::fromUtf8(canonicalJson(recorded))}});
        !result)
        return result.error();
    auto stamp = writer.seal();
    if (!stamp)
        return stamp.error();
    if (auto result = transaction.commit(); !result)
        return result.error();
    return stamp;
}

Result<bool> TechnicalEvents::recordProgramStart()
{
    Database &db = m_store.db();
    QSqlQuery &known = db.prepared(QStringLiteral(
        "SELECT 1 FROM technical_event WHERE station_id = ? AND kind = 'program-version' AND "
        "program_version = ? LIMIT 1"));
    if (auto result = db.exec(known, {m_store.station().id, buildinfo::version()}); !result)
        return result.error();
    const bool seen = known.next();
    known.finish();
    if (seen)
        return false;
    auto recorded = record(QString(), TechnicalEventKind::ProgramVersion,
        {{QStringLiteral("commit"), buildinfo::commit()},
            {QStringLiteral("qt"), buildinfo::qtRuntimeVersion()}});
    if (!recorded)
        return recorded.error();
    return true;
}

Result<QList<TechnicalEvent>> TechnicalEvents::recent(int limit) const
{
    Database &db = m_store.db();
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "SELECT t.seq, d.number, d.created_utc, d.hash, t.kind, t.program_version, t.details FROM "
        "technical_event t JOIN document d ON d.station_id = t.station_id AND d.seq = t.seq "
        "WHERE t.station_id = ? ORDER BY t.seq DESC LIMIT ?"));
    query.addBindValue(m_store.station().id);
    query.addBindValue(limit);
    if (!query.exec())
        return db.errorFrom(query.lastError());
    QList<TechnicalEvent> events;
    while (query.next()) {
        TechnicalEvent event;
        event.stamp = DocumentStamp{m_store.station().id, query.value(0).toLongLong(),
            query.value(1).toString(), fromIsoUtc(query.value(2).toString()),
            query.value(3).toString()};
        event.kind = technicalEventKindFromKey(query.value(4).toString())
                         .value_or(TechnicalEventKind::ProgramVersion);
        event.programVersion = query.value(5).toString();
        event.details = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
        events.append(event);
    }
    return events;
}

} // namespace recaisse::core
