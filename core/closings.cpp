#include "closings.h"

#include "ledger.h"
#include "permissions.h"
#include "store.h"
#include "users.h"

#include <QSqlQuery>

namespace recaisse::core {

namespace {

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

std::optional<PeriodKind> periodKindFromKey(const QString &key)
{
    for (PeriodKind kind : {PeriodKind::Day, PeriodKind::Month, PeriodKind::Year}) {
        if (toKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

// The columns a closing is read with, after the document's seq, number, time, hash and actor.
const char closingColumns[] =
    "c.seq, d.number, d.created_utc, d.hash, d.actor_id, d.form, c.period_kind, c.first_day, "
    "c.last_day, c.sales_count, c.sales_total_cents, c.refunds_count, c.refunds_total_cents, "
    "c.documents_count, c.last_seq, c.last_hash, c.grand_total_cents, "
    "c.absolute_grand_total_cents";

PeriodClosing closingFrom(const QSqlQuery &query, const QString &stationId)
{
    PeriodClosing c;
    c.stamp = DocumentStamp{stationId, query.value(0).toLongLong(), query.value(1).toString(),
        fromIsoUtc(query.value(2).toString()), query.value(3).toString()};
    c.actorId = query.value(4).toString();
    c.form = query.value(5).toInt();
    c.kind = periodKindFromKey(query.value(6).toString()).value_or(PeriodKind::Day);
    c.first = QDate::fromString(query.value(7).toString(), Qt::ISODate);
    c.last = QDate::fromString(query.value(8).toString(), Qt::ISODate);
    c.salesCount = query.value(9).toLongLong();
    c.salesTotalCents = query.value(10).toLongLong();
    c.refundsCount = query.value(11).toLongLong();
    c.refundsTotalCents = query.value(12).toLongLong();
    c.documentsCount = query.value(13).toLongLong();
    c.lastSeq = query.value(14).toLongLong();
    c.lastHash = query.value(15).toString();
    c.grandTotalCents = query.value(16).toLongLong();
    c.absoluteGrandTotalCents = query.value(17).toLongLong();
    return c;
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
    return closeEnded(actor.userId);
}

Result<QList<PeriodClosing>> Closings::closeEndedPeriodsAutomatically()
{
    return closeEnded(QString());
}

Result<Closings::Sums> Closings::sums(
    const QString &stationId, const QString &from, const QString &to) const
{
    Database &db = m_store.db();
    QSqlQuery &query = db.prepared(QStringLiteral(
        "SELECT d.kind, count(*), coalesce(sum(coalesce(s.total_cents, r.total_cents)), 0) FROM "
        "document d LEFT JOIN sale s ON d.kind = 'sale' AND s.station_id = d.station_id AND "
        "s.seq = d.seq LEFT JOIN refund r ON d.kind = 'refund' AND r.station_id = d.station_id "
        "AND r.seq = d.seq WHERE d.station_id = ? AND d.kind IN ('sale', 'refund') AND "
        "d.business_day BETWEEN ? AND ? GROUP BY d.kind"));
    if (auto result = db.exec(query, {stationId, from, to}); !result)
        return result.error();
    Sums sums;
    while (query.next()) {
        if (query.value(0).toString() == QLatin1String("sale")) {
            sums.salesCount = query.value(1).toLongLong();
            sums.salesCents = query.value(2).toLongLong();
        } else {
            sums.refundsCount = query.value(1).toLongLong();
            sums.refundsCents = query.value(2).toLongLong();
        }
    }
    query.finish();
    return sums;
}

Result<PeriodClosing> Closings::compute(
    PeriodKind kind, const QDate &first, const QDate &last) const
{
    Database &db = m_store.db();
    const QString station = m_store.station().id;
    const QString from = first.toString(Qt::ISODate);
    const QString to = last.toString(Qt::ISODate);
    PeriodClosing closing;
    closing.kind = kind;
    closing.first = first;
    closing.last = last;

    auto period = sums(station, from, to);
    if (!period)
        return period.error();
    closing.salesCount = period->salesCount;
    closing.salesTotalCents = period->salesCents;
    closing.refundsCount = period->refundsCount;
    closing.refundsTotalCents = period->refundsCents;

    // The perpetual totals go on from the previous closing of the same kind, adding what was
    // recorded since (nothing, unless days without closing were skipped); from the beginning when
    // there is none, or when it predates the absolute grand total (form 1).
    QSqlQuery &previous = db.prepared(QStringLiteral(
        "SELECT c.last_day, c.grand_total_cents, c.absolute_grand_total_cents FROM closing c "
        "WHERE c.station_id = ? AND c.period_kind = ? AND c.last_day < ? ORDER BY c.first_day "
        "DESC LIMIT 1"));
    if (auto result = db.exec(previous, {station, toKey(kind), from}); !result)
        return result.error();
    QString since; // the first day not in the previous totals
    if (previous.next() && !previous.value(2).isNull()) {
        since = QDate::fromString(previous.value(0).toString(), Qt::ISODate)
                    .addDays(1)
                    .toString(Qt::ISODate);
        closing.grandTotalCents = previous.value(1).toLongLong();
        closing.absoluteGrandTotalCents = previous.value(2).toLongLong();
    }
    previous.finish();
    auto added = sums(station, since, to);
    if (!added)
        return added.error();
    closing.grandTotalCents += added->salesCents - added->refundsCents;
    closing.absoluteGrandTotalCents += added->salesCents + added->refundsCents;

    if (auto result = anchor(station, closing); !result)
        return result.error();
    return closing;
}

Result<void> Closings::anchor(const QString &stationId, PeriodClosing &closing) const
{
    Database &db = m_store.db();
    const QString from = closing.first.toString(Qt::ISODate);
    const QString to = closing.last.toString(Qt::ISODate);
    QSqlQuery &documents = db.prepared(QStringLiteral(
        "SELECT count(*) FROM document WHERE station_id = ? AND business_day BETWEEN ? AND ? AND "
        "kind NOT IN ('closing', 'technical-event')"));
    if (auto result = db.exec(documents, {stationId, from, to}); !result)
        return result;
    closing.documentsCount = documents.next() ? documents.value(0).toLongLong() : 0;
    documents.finish();

    // The anchor: the chain as it stood when the period ended. Documents are never dated before
    // their predecessor, so those dated up to the period's end are the start of the chain.
    QSqlQuery &last = db.prepared(QStringLiteral(
        "SELECT seq, hash FROM document WHERE station_id = ? AND seq = (SELECT max(seq) FROM "
        "document WHERE station_id = ? AND business_day <= ?)"));
    if (auto result = db.exec(last, {stationId, stationId, to}); !result)
        return result;
    if (last.next()) {
        closing.lastSeq = last.value(0).toLongLong();
        closing.lastHash = last.value(1).toString();
    } else {
        closing.lastSeq = 0;
        closing.lastHash = QString::fromLatin1(zeroHash);
    }
    last.finish();
    return {};
}

Result<QList<PeriodClosing>> Closings::closeEnded(const QString &actorId)
{
    Database &db = m_store.db();
    const QString station = m_store.station().id;
    const QDate today = m_store.today();
    QList<PeriodClosing> written;

    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    for (const PeriodKind kind : {PeriodKind::Day, PeriodKind::Month, PeriodKind::Year}) {
        QSqlQuery &lastClosing =
            db.prepared(QStringLiteral("SELECT last_day FROM closing WHERE station_id = ? AND "
                                       "period_kind = ? ORDER BY first_day DESC LIMIT 1"));
        if (auto result = db.exec(lastClosing, {station, toKey(kind)}); !result)
            return result.error();
        QString after = lastClosing.next() ? lastClosing.value(0).toString() : QString();
        lastClosing.finish();

        while (true) {
            // The first day with sales or refunds after the last closing of this kind.
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

            auto computed = compute(kind, first, last);
            if (!computed)
                return computed.error();
            PeriodClosing closing = *computed;
            DocumentWriter writer(m_store, DocumentKind::Closing, actorId);
            if (auto result = writer.start(); !result)
                return result.error();
            if (auto result = writer.insert(QStringLiteral("closing"),
                    {{"period_kind", toKey(kind)}, {"first_day", first.toString(Qt::ISODate)},
                        {"last_day", last.toString(Qt::ISODate)},
                        {"sales_count", closing.salesCount},
                        {"sales_total_cents", closing.salesTotalCents},
                        {"refunds_count", closing.refundsCount},
                        {"refunds_total_cents", closing.refundsTotalCents},
                        {"documents_count", closing.documentsCount}, {"last_seq", closing.lastSeq},
                        {"last_hash", closing.lastHash},
                        {"grand_total_cents", closing.grandTotalCents},
                        {"absolute_grand_total_cents", closing.absoluteGrandTotalCents}});
                !result)
                return result.error();
            auto stamp = writer.seal();
            if (!stamp)
                return stamp.error();
            closing.stamp = *stamp;
            closing.actorId = actorId;
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
    query.prepare(QStringLiteral("SELECT %1 FROM closing c JOIN document d ON d.station_id = "
                                 "c.station_id AND d.seq = c.seq WHERE c.station_id = ? AND "
                                 "c.period_kind = ? ORDER BY c.first_day DESC LIMIT ?")
                      .arg(QLatin1String(closingColumns)));
    query.addBindValue(m_store.station().id);
    query.addBindValue(toKey(kind));
    query.addBindValue(limit);
    if (!query.exec())
        return closings;
    while (query.next()) {
        closings.append(closingFrom(query, m_store.station().id));
        // Like the closings themselves here, what cannot be read is left out (zero figures).
        if (!addMoneyFigures(closings.last()))
            closings.last().vat = {};
    }
    return closings;
}

Result<QList<PeriodClosing>> Closings::recent(int limit) const
{
    Database &db = m_store.db();
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM closing c JOIN document d ON d.station_id = "
                                 "c.station_id AND d.seq = c.seq WHERE c.station_id = ? ORDER BY "
                                 "c.seq DESC LIMIT ?")
                      .arg(QLatin1String(closingColumns)));
    query.addBindValue(m_store.station().id);
    query.addBindValue(limit);
    if (!query.exec())
        return db.errorFrom(query.lastError());
    QList<PeriodClosing> closings;
    while (query.next()) {
        closings.append(closingFrom(query, m_store.station().id));
        if (auto added = addMoneyFigures(closings.last()); !added)
            return added.error();
    }
    return closings;
}

Result<void> Closings::addMoneyFigures(PeriodClosing &closing) const
{
    Database &db = m_store.db();
    // Donations and membership fees: each its own document kind, never a sale.
    QSqlQuery &query = db.prepared(QStringLiteral(
        "SELECT d.kind, count(*), coalesce(sum(coalesce(n.amount_cents, m.amount_cents)), 0) "
        "FROM document d LEFT JOIN donation n ON n.station_id = d.station_id AND n.seq = d.seq "
        "LEFT JOIN membership m ON m.station_id = d.station_id AND m.seq = d.seq "
        "WHERE d.station_id = ? AND d.business_day BETWEEN ? AND ? "
        "AND d.kind IN ('donation', 'membership') GROUP BY d.kind"));
    const QString first = closing.first.toString(Qt::ISODate);
    const QString last = closing.last.toString(Qt::ISODate);
    if (auto result = db.exec(query, {closing.stamp.stationId, first, last}); !result)
        return result;
    while (query.next()) {
        const bool donation = query.value(0).toString() == QLatin1String("donation");
        (donation ? closing.donationsCount : closing.membershipsCount) =
            query.value(1).toLongLong();
        (donation ? closing.donationsCents : closing.membershipsCents) =
            query.value(2).toLongLong();
    }
    query.finish();
    auto vat = TillRules(m_store).periodVat(closing.stamp.stationId, closing.first, closing.last);
    if (!vat)
        return vat.error();
    closing.vat = *vat;
    auto solidarity =
        Solidarity::periodTotals(m_store, closing.stamp.stationId, closing.first, closing.last);
    if (!solidarity)
        return solidarity.error();
    closing.solidarity = *solidarity;
    return {};
}

QDateTime Closings::nextPeriodEndUtc() const
{
    return m_store.startOfDayUtc(m_store.today().addDays(1));
}

} // namespace recaisse::core
