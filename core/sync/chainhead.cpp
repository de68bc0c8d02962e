#include "chainhead.h"

#include "core/canonicaljson.h"
#include "core/ledger.h"
#include "core/store.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace recaisse::core::sync {

namespace {

// A head file is a few hundred bytes; anything much bigger is not one.
constexpr qint64 maxHeadBytes = 64 * 1024;

} // namespace

QString ChainHead::remotePath(const QString &stationId)
{
    return QStringLiteral("stations/%1/head.json").arg(stationId);
}

QByteArray ChainHead::toJson() const
{
    return canonicalJson(QJsonObject{
        {QStringLiteral("format"), 1},
        {QStringLiteral("station"), stationId},
        {QStringLiteral("station_code"), stationCode},
        {QStringLiteral("last_seq"), lastSeq},
        {QStringLiteral("last_hash"), lastHash},
        {QStringLiteral("documents"), documents},
        {QStringLiteral("audit_seq"), auditSeq},
        {QStringLiteral("audit_hash"), auditHash},
        {QStringLiteral("at_utc"), isoUtc(atUtc)},
    });
}

Result<ChainHead> ChainHead::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    const QJsonObject o = document.object();
    const auto integer = [&o](
                             const char *key) { return o.value(QLatin1String(key)).toInteger(-1); };
    ChainHead head;
    head.stationId = o.value(QStringLiteral("station")).toString();
    head.stationCode = o.value(QStringLiteral("station_code")).toString();
    head.lastSeq = integer("last_seq");
    head.lastHash = o.value(QStringLiteral("last_hash")).toString();
    head.documents = integer("documents");
    head.auditSeq = integer("audit_seq");
    head.auditHash = o.value(QStringLiteral("audit_hash")).toString();
    head.atUtc = fromIsoUtc(o.value(QStringLiteral("at_utc")).toString());
    if (error.error != QJsonParseError::NoError || !document.isObject() || integer("format") != 1
        || head.stationId.isEmpty() || head.lastSeq < 0 || head.documents < 0 || head.auditSeq < 0
        || head.lastHash.size() != 64 || head.auditHash.size() != 64 || !head.atUtc.isValid())
        return makeError(
            ErrorCode::IntegrityFailure, tr("The chain head file is not a ReCaisse chain head."));
    return head;
}

Result<ChainHead> ChainHead::current(Store &store)
{
    Database &db = store.db();
    ChainHead head;
    head.stationId = store.station().id;
    head.stationCode = store.station().code;
    head.atUtc = store.clock().nowUtc();
    QSqlQuery &documents = db.prepared(
        QStringLiteral("SELECT seq, hash, (SELECT count(*) FROM document WHERE station_id = ?) "
                       "FROM document WHERE station_id = ? ORDER BY seq DESC LIMIT 1"));
    if (auto result = db.exec(documents, {head.stationId, head.stationId}); !result)
        return result.error();
    head.lastHash = QString::fromLatin1(zeroHash);
    if (documents.next()) {
        head.lastSeq = documents.value(0).toLongLong();
        head.lastHash = documents.value(1).toString();
        head.documents = documents.value(2).toLongLong();
    }
    documents.finish();
    QSqlQuery &events = db.prepared(QStringLiteral(
        "SELECT seq, hash FROM audit_event WHERE station_id = ? ORDER BY seq DESC LIMIT 1"));
    if (auto result = db.exec(events, {head.stationId}); !result)
        return result.error();
    head.auditHash = QString::fromLatin1(zeroHash);
    if (events.next()) {
        head.auditSeq = events.value(0).toLongLong();
        head.auditHash = events.value(1).toString();
    }
    events.finish();
    return head;
}

RemoteResult<void> ChainHead::publish(Store &store, Remote &remote)
{
    auto head = current(store);
    if (!head)
        return RemoteError{Failure::Local, 0, head.error().message, -1};
    if (auto folder = remote.makeFolders(QStringLiteral("stations/%1").arg(head->stationId));
        !folder)
        return folder.error();
    return remote.put(remotePath(head->stationId), head->toJson());
}

RemoteResult<ChainHead> ChainHead::fetch(Store &store, Remote &remote)
{
    auto data = remote.get(remotePath(store.station().id), maxHeadBytes);
    if (!data)
        return data.error();
    auto head = fromJson(*data);
    if (!head)
        return RemoteError{Failure::Protocol, 0, head.error().message, -1};
    return *head;
}

Result<QStringList> ChainHead::compare(Store &store, const ChainHead &published)
{
    QStringList problems;
    if (published.stationId != store.station().id) {
        problems << tr("the chain head is that of another station (%1)")
                        .arg(published.stationCode.left(40));
        return problems;
    }
    auto local = current(store);
    if (!local)
        return local.error();
    Database &db = store.db();
    const QString when = isoUtc(published.atUtc);
    const auto check = [&](const char *table, qint64 localSeq, qint64 seq, const QString &hash,
                           const QString &what) -> Result<void> {
        if (seq == 0)
            return {};
        if (localSeq < seq) {
            problems << tr("%1: the chain ends at %2 but %3 were published on %4 (deleted at the "
                           "end)")
                            .arg(what)
                            .arg(localSeq)
                            .arg(seq)
                            .arg(when);
            return {};
        }
        QSqlQuery &query =
            db.prepared(QStringLiteral("SELECT hash FROM %1 WHERE station_id = ? AND seq = ?")
                            .arg(QLatin1String(table)));
        if (auto result = db.exec(query, {published.stationId, seq}); !result)
            return result;
        const QString found = query.next() ? query.value(0).toString() : QString();
        query.finish();
        if (found != hash)
            problems << tr("%1: number %2 is not the one published on %3 (the chain was "
                           "rewritten)")
                            .arg(what)
                            .arg(seq)
                            .arg(when);
        return {};
    };
    if (auto result = check(
            "document", local->lastSeq, published.lastSeq, published.lastHash, tr("documents"));
        !result)
        return result.error();
    if (auto result = check("audit_event", local->auditSeq, published.auditSeq, published.auditHash,
            tr("audit trail"));
        !result)
        return result.error();
    return problems;
}

} // namespace recaisse::core::sync
