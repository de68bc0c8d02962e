#include "closings.h"

#include "ledger.h"
#include "permissions.h"
#include "store.h"
#include "users.h"

#include <QSqlQuery>

namespace recaisse::core {

namespace {

struct Period
{
    PeriodKind kind;
    QDate first;
    QDate last;
};

QDate periodStart(PeriodKind kind, const QDate &day)
{
    switch (kind) {
    case PeriodKind::Day:
        return day;
    case PeriodKind::Month:
        return QDate(day.year(), day.month(), 1);
    case PeriodKind::Year:
        return QDate(day.year(), 1, 1);
    }
    return day;
}

QDate periodEnd(PeriodKind kind, const QDate &first)
{
    switch (kind) {
    case PeriodKind::Day:
        return first;
    case PeriodKind::Month:
        return first.addMonths(1).addDays(-1);
    case PeriodKind::Year:
        return first.addYears(1).addDays(-1);
    }
    return first;
}

} // namespace

Closings::Closings(Store &store)
    : m_store(store)
{
}

Result<QList<PeriodClosing>> Closings::closeEndedPeriods(const Actor &actor)
{
    if (auto allowed = Users(m_store).require(actor, Permission::RunClosings); !allowed)
        return allowed.error();
    Database &db = m_store.db();
    const QString station = m_store.station().id;
    const QDate today = m_store.today();
    QList<PeriodClosing> written;

    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    for (const PeriodKind kind : {PeriodKind::Day, PeriodKind::Month, PeriodKind::Year}) {
        // The first day with sales or refunds after the last closing of this kind.
        QSqlQuery &lastClosing = db.prepared(QStringLiteral(
            "SELECT last_day, grand_total_cents FROM closing WHERE station_id = ? AND "
            "period_kind = ? ORDER BY first_day DESC LIMIT 1"));
        if (auto result = db.exec(lastClosing, {station, toKey(kind)}); !result)
            return result.error();
        QString after;
        qint64 grandTotal = 0;
        if (lastClosing.next()) {
            after = lastClosing.value(0).toString();
            grandTotal = lastClosing.value(1).toLongLong();
        }
        lastClosing.finish();

        while (true) {
            QSqlQuery &firstActive = db.prepared(QStringLiteral(
                "SELECT min(business_day) FROM document WHERE station_id = ? AND kind IN "
                "('sale', 'refund') AND business_day > ?"));
            if (auto result = db.exec(firstActive, {station, after}); !result)
                return result.error();
            const QDate day = firstActive.next()
                ? QDate::fromString(firstActive.value(0).toString(), Qt::ISODate)
                : QDate();
            firstActive.finish();
            if (!day.isValid())
                break;
            const QDate first = periodStart(kind, day);
            const QDate last = periodEnd(kind, first);
            if (last >= today)
                break; // not ended yet

            PeriodClosing closing;
            closing.kind = kind;
            closing.first = first;
            closing.last = last;
            QSqlQuery &sums = db.prepared(QStringLiteral(
                "SELECT (SELECT count(*) FROM document d JOIN sale s ON s.station_id = "
                "d.station_id AND s.seq = d.seq WHERE d.station_id = ? AND d.business_day "
                "BETWEEN ? AND ?), (SELECT coalesce(sum(s.total_cents), 0) FROM document d "
                "JOIN sale s ON s.station_id = d.station_id AND s.seq = d.seq WHERE d.station_id "
                "= ? AND d.business_day BETWEEN ? AND ?), (SELECT coalesce(sum(r.total_cents), "
                "0) FROM document d JOIN refund r ON r.station_id = d.station_id AND r.seq = d.seq "
                "WHERE d.station_id = ? AND d.business_day BETWEEN ? AND ?)"));
            const QString from = first.toString(Qt::ISODate);
            const QString to = last.toString(Qt::ISODate);
            if (auto result =
                    db.exec(sums, {station, from, to, station, from, to, station, from, to});
                !result)
                return result.error();
            if (sums.next()) {
                closing.salesCount = sums.value(0).toLongLong();
                closing.salesTotalCents = sums.value(1).toLongLong();
                closing.refundsTotalCents = sums.value(2).toLongLong();
            }
            sums.finish();
            grandTotal += closing.salesTotalCents - closing.refundsTotalCents;
            closing.grandTotalCents = grandTotal;

            DocumentWriter writer(m_store, DocumentKind::Closing, actor.userId);
            if (auto result = writer.start(); !result)
                return result.error();
            if (auto result = writer.insert(QStringLiteral("closing"),
                    {{"period_kind", toKey(kind)}, {"first_day", first.toString(Qt::ISODate)},
                        {"last_day", last.toString(Qt::ISODate)},
                        {"sales_count", closing.salesCount},
                        {"sales_total_cents", closing.salesTotalCents},
                        {"refunds_total_cents", closing.refundsTotalCents},
                        {"grand_total_cents", closing.grandTotalCents}});
                !result)
                return result.error();
            auto stamp = writer.seal();
            if (!stamp)
                return stamp.error();
            closing.stamp = *stamp;
            written.append(closing);
            after = last.toString(Qt::ISODate);
        }
    }
    if (auto result = transaction.commit(); !result)
        return result.error();
    return written;
}

QList<PeriodClosing> Closings::list(PeriodKind kind, int limit) const
{
    QList<PeriodClosing> closings;
    QSqlQuery query(m_store.db().connection());
    query.prepare(QStringLiteral(
        "SELECT c.seq, d.number, d.created_utc, d.hash, c.first_day, c.last_day, c.sales_count, "
        "c.sales_total_cents, c.refunds_total_cents, c.grand_total_cents FROM closing c JOIN "
        "document d ON d.station_id = c.station_id AND d.seq = c.seq WHERE c.station_id = ? AND "
        "c.period_kind = ? ORDER BY c.first_day DESC LIMIT ?"));
    query.addBindValue(m_store.station().id);
    query.addBindValue(toKey(kind));
    query.addBindValue(limit);
    if (!query.exec())
        return closings;
    while (query.next()) {
        PeriodClosing c;
        c.stamp = DocumentStamp{m_store.station().id, query.value(0).toLongLong(),
            query.value(1).toString(), fromIsoUtc(query.value(2).toString()),
            query.value(3).toString()};
        c.kind = kind;
        c.first = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        c.last = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        c.salesCount = query.value(6).toLongLong();
        c.salesTotalCents = query.value(7).toLongLong();
        c.refundsTotalCents = query.value(8).toLongLong();
        c.grandTotalCents = query.value(9).toLongLong();
        closings.append(c);
    }
    return closings;
}

} // namespace recaisse::core
