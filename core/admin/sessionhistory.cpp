#include "sessionhistory.h"

#include "core/ledger.h"
#include "core/store.h"
#include "core/users.h"

#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace recaisse::core {

namespace {

const char selectSessions[] =
    "SELECT o.station_id, st.code, o.seq, od.number, o.cashier_id, o.cashier_name, "
    "od.created_utc, o.float_cents, c.seq, cd.created_utc, c.counted_cents, c.expected_cents, "
    "c.variance_cents, c.threshold_cents, c.comment, c.validated_by, c.sales_count, "
    "c.sales_total_cents FROM session_open o "
    "JOIN document od ON od.station_id = o.station_id AND od.seq = o.seq "
    "JOIN station st ON st.id = o.station_id AND st.site_id = ? "
    "LEFT JOIN session_close c ON c.station_id = o.station_id AND c.session_seq = o.seq "
    "LEFT JOIN document cd ON cd.station_id = c.station_id AND cd.seq = c.seq ";

SessionSummary summaryFrom(const QSqlQuery &q)
{
    SessionSummary s;
    s.stationId = q.value(0).toString();
    s.stationCode = q.value(1).toString();
    s.openSeq = q.value(2).toLongLong();
    s.openNumber = q.value(3).toString();
    s.cashierId = q.value(4).toString();
    s.cashierName = q.value(5).toString();
    s.openedUtc = fromIsoUtc(q.value(6).toString());
    s.floatCents = q.value(7).toLongLong();
    s.closed = !q.value(8).isNull();
    if (s.closed) {
        s.closeSeq = q.value(8).toLongLong();
        s.closedUtc = fromIsoUtc(q.value(9).toString());
        s.countedCents = q.value(10).toLongLong();
        s.expectedCents = q.value(11).toLongLong();
        s.varianceCents = q.value(12).toLongLong();
        s.thresholdCents = q.value(13).toLongLong();
        s.comment = q.value(14).toString();
        s.validatedBy = q.value(15).toString();
        s.salesCount = q.value(16).toLongLong();
        s.salesTotalCents = q.value(17).toLongLong();
    }
    return s;
}

} // namespace

SessionHistory::SessionHistory(Store &store)
    : m_store(store)
{
}

Result<QList<SessionSummary>> SessionHistory::find(
    const Actor &actor, const SessionFilter &filter) const
{
    if (auto allowed = Users(m_store).require(actor, Permission::ViewReports); !allowed)
        return allowed.error();
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return makeError(ErrorCode::InvalidInput, tr("The start date is after the end date."));
    Database &db = m_store.db();
    const QString siteId = filter.siteId.isEmpty() ? m_store.site().id : filter.siteId;
    if (siteId != m_store.site().id && actor.role != Role::SuperAdmin) {
        if (auto result =
                AuditLog(m_store).record(actor.userId, QStringLiteral("permission.denied"),
                    toKey(Permission::ViewReports), {{QStringLiteral("site"), siteId}});
            !result)
            return result.error();
        return makeError(ErrorCode::PermissionDenied,
            tr("%1 can only read the sessions of their own site.").arg(actor.name));
    }
    // The registers to read: the chosen one, or every register of the site.
    QStringList stations;
    if (!filter.stationId.isEmpty()) {
        stations << filter.stationId;
    } else {
        QSqlQuery registers(db.connection());
        registers.prepare(QStringLiteral("SELECT id FROM station WHERE site_id = ?"));
        if (auto result = db.exec(registers, {siteId}); !result)
            return result.error();
        while (registers.next())
            stations << registers.value(0).toString();
    }
    // A register's sessions follow its sequence: a station never dates a document before its
    // previous one, so its newest sessions are its highest seqs. Each register's newest `limit`
    // are read backwards along its primary key (no sort of ten years of openings), then merged.
    // Every filter is a bound value; an unused one binds '' or 0 and matches everything.
    QSqlQuery query(db.connection());
    if (!query.prepare(QString::fromLatin1(selectSessions)
            + QStringLiteral(
                "WHERE o.station_id = ? AND (? = '' OR o.cashier_id = ?) "
                "AND (? = '' OR od.business_day >= ?) AND (? = '' OR od.business_day <= ?) "
                "AND (? = 0 OR (c.seq IS NOT NULL AND abs(c.variance_cents) > c.threshold_cents)) "
                "AND (? = 0 OR (julianday(coalesce(cd.created_utc, ?)) - "
                "julianday(od.created_utc)) "
                "* 86400 > ?) "
                "AND (? = 0 OR od.created_utc < ? OR (od.created_utc = ? AND (o.station_id, o.seq) "
                "< (?, ?))) ORDER BY o.seq DESC LIMIT ?")))
        return db.errorFrom(query.lastError());
    const QString from = filter.from.isValid() ? filter.from.toString(Qt::ISODate) : QString();
    const QString to = filter.to.isValid() ? filter.to.toString(Qt::ISODate) : QString();
    // The stored text of the opening's time: isoUtc() writes it back exactly (milliseconds).
    const QString afterUtc = filter.after ? isoUtc(filter.after->openedUtc) : QString();
    const QString afterStation = filter.after ? filter.after->stationId : QString();
    const qint64 afterSeq = filter.after ? filter.after->openSeq : 0;
    const int limit = qBound(1, filter.limit, 5000);
    QList<SessionSummary> sessions;
    for (const QString &station : std::as_const(stations)) {
        if (auto result = db.exec(query,
                {siteId, station, filter.cashierId, filter.cashierId, from, from, to, to,
                    filter.varianceBeyondThreshold ? 1 : 0, filter.openLongerThan12h ? 1 : 0,
                    isoUtc(m_store.clock().nowUtc()), longSessionSecs, filter.after ? 1 : 0,
                    afterUtc, afterUtc, afterStation, afterSeq, limit});
            !result)
            return result.error();
        while (query.next())
            sessions.append(summaryFrom(query));
        query.finish();
    }
    // Newest opening first; at the same instant, by station then sequence (the keyset's order).
    std::sort(
        sessions.begin(), sessions.end(), [](const SessionSummary &a, const SessionSummary &b) {
            return std::tie(a.openedUtc, a.stationId, a.openSeq)
                > std::tie(b.openedUtc, b.stationId, b.openSeq);
        });
    if (sessions.size() > limit)
        sessions.resize(limit);
    return sessions;
}

Result<SessionDetail> SessionHistory::detail(
    const Actor &actor, const QString &stationId, qint64 openSeq) const
{
    if (auto allowed = Users(m_store).require(actor, Permission::ViewReports); !allowed)
        return allowed.error();
    Database &db = m_store.db();
    QSqlQuery query(db.connection());
    query.prepare(QString::fromLatin1(selectSessions)
        + QStringLiteral("WHERE o.station_id = ? AND o.seq = ?"));
    if (auto result = db.exec(query, {m_store.site().id, stationId, openSeq}); !result)
        return result.error();
    if (!query.next())
        return makeError(ErrorCode::NotFound, tr("Unknown cash session."));
    SessionDetail detail;
    detail.summary = summaryFrom(query);
    query.finish();

    QSqlQuery tickets(db.connection());
    tickets.prepare(QStringLiteral(
        "SELECT d.number, d.created_utc, s.total_cents FROM sale s JOIN document d ON "
        "d.station_id = s.station_id AND d.seq = s.seq WHERE s.station_id = ? AND "
        "s.session_seq = ? ORDER BY s.seq"));
    if (auto result = db.exec(tickets, {stationId, openSeq}); !result)
        return result.error();
    while (tickets.next()) {
        detail.tickets.append({tickets.value(0).toString(), fromIsoUtc(tickets.value(1).toString()),
            tickets.value(2).toLongLong()});
    }
    QSqlQuery movements(db.connection());
    movements.prepare(QStringLiteral(
        "SELECT d.number, d.created_utc, m.direction, m.amount_cents, m.reason FROM "
        "cash_movement m JOIN document d ON d.station_id = m.station_id AND d.seq = m.seq "
        "WHERE m.station_id = ? AND m.session_seq = ? ORDER BY m.seq"));
    if (auto result = db.exec(movements, {stationId, openSeq}); !result)
        return result.error();
    while (movements.next()) {
        detail.movements.append({movements.value(0).toString(),
            fromIsoUtc(movements.value(1).toString()),
            movementDirectionFromKey(movements.value(2).toString()).value_or(MovementDirection::In),
            movements.value(3).toLongLong(), movements.value(4).toString()});
    }
    return detail;
}

Result<ZReport> SessionHistory::reprintZ(
    const Actor &actor, const QString &stationId, qint64 closeSeq) const
{
    if (auto allowed = Users(m_store).require(actor, Permission::ViewReports); !allowed)
        return allowed.error();
    auto report = CashSessions(m_store).zReport(stationId, closeSeq);
    if (!report)
        return report.error();
    if (auto result = AuditLog(m_store).record(
            actor.userId, QStringLiteral("session.z-reprint"), report->stamp.number);
        !result)
        return result.error();
    return report;
}

} // namespace recaisse::core
