#include "overview.h"

#include "core/ledger.h"
#include "core/store.h"
#include "core/users.h"

#include <QMap>
#include <QSqlQuery>

namespace recaisse::core {

namespace {

QString dayKey(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

void PaymentMix::add(const PaymentMix &other)
{
    cashCents += other.cashCents;
    cardCents += other.cardCents;
    chequeCents += other.chequeCents;
    freeCents += other.freeCents;
}

Result<PaymentMix> OverviewReport::paymentMix(
    const QString &stationId, const QDate &from, const QDate &to) const
{
    Database &db = m_store.db();
    const QString sale = toKey(DocumentKind::Sale);
    QSqlQuery &payments = db.prepared(QStringLiteral(
        "SELECT p.method, sum(p.amount_cents) FROM document d JOIN payment p ON p.station_id = "
        "d.station_id AND p.seq = d.seq JOIN station st ON st.id = d.station_id WHERE "
        "st.site_id = ? AND (? = '' OR d.station_id = ?) AND d.business_day BETWEEN ? AND ? AND "
        "d.kind = ? GROUP BY p.method"));
    const QString site = m_store.site().id;
    const QString first = dayKey(from);
    const QString last = dayKey(to);
    if (auto result = db.exec(payments, {site, stationId, stationId, first, last, sale}); !result)
        return result.error();
    PaymentMix mix;
    while (payments.next()) {
        const qint64 amount = payments.value(1).toLongLong();
        switch (paymentMethodFromKey(payments.value(0).toString()).value_or(PaymentMethod::Cash)) {
        case PaymentMethod::Cash:
            mix.cashCents += amount;
            break;
        case PaymentMethod::Card:
            mix.cardCents += amount;
            break;
        case PaymentMethod::Cheque:
            mix.chequeCents += amount;
            break;
        case PaymentMethod::Free:
            mix.freeCents += amount;
            break;
        }
    }
    payments.finish();
    QSqlQuery &change = db.prepared(QStringLiteral(
        "SELECT sum(s.change_cents) FROM document d JOIN sale s ON s.station_id = d.station_id "
        "AND s.seq = d.seq JOIN station st ON st.id = d.station_id WHERE st.site_id = ? AND "
        "(? = '' OR d.station_id = ?) AND d.business_day BETWEEN ? AND ? AND d.kind = ?"));
    if (auto result = db.exec(change, {site, stationId, stationId, first, last, sale}); !result)
        return result.error();
    if (change.next())
        mix.cashCents -= change.value(0).toLongLong();
    change.finish();
    return mix;
}

OverviewReport::OverviewReport(Store &store)
    : m_store(store)
{
}

QString OverviewReport::freshness(const QDateTime &lastUtc, const QDateTime &nowUtc)
{
    if (!lastUtc.isValid())
        return tr("no data yet");
    const qint64 secs = qMax<qint64>(0, lastUtc.secsTo(nowUtc));
    if (secs < 60)
        return tr("up to date just now");
    if (secs < 3600)
        return tr("up to date %n min ago", nullptr, int(secs / 60));
    if (secs < 86400)
        return tr("up to date %n h ago", nullptr, int(secs / 3600));
    return tr("up to date %n day(s) ago", nullptr, int(secs / 86400));
}

QString OverviewReport::freshnessOf(const StationDay &station, const QDateTime &nowUtc)
{
    return freshness(station.dataAsOfUtc, nowUtc);
}

bool OverviewReport::isStale(const StationDay &station, const QDateTime &nowUtc)
{
    return !station.dataAsOfUtc.isValid() || station.dataAsOfUtc.secsTo(nowUtc) > staleAfterSecs;
}

QString OverviewReport::sessionState(const StationDay &station, const QTimeZone &zone)
{
    if (station.kind != StationKind::Register)
        return QStringLiteral("—");
    if (station.sessionOpen)
        return tr("open");
    if (!station.closedSinceUtc.isValid())
        return tr("closed");
    return tr("closed since %1")
        .arg(station.closedSinceUtc.toTimeZone(zone).toString(QStringLiteral("dd/MM HH:mm")));
}

Result<Overview> OverviewReport::compute(const Actor &actor) const
{
    if (auto allowed = Users(m_store).require(actor, Permission::ViewReports); !allowed)
        return allowed.error();
    Database &db = m_store.db();
    Overview overview;
    overview.computedUtc = m_store.clock().nowUtc();
    overview.day = m_store.today();
    const QDate day = overview.day;
    overview.today = {day, day, 0, 0, 0, 0};
    overview.week = {day.addDays(1 - day.dayOfWeek()), day, 0, 0, 0, 0};
    overview.month = {QDate(day.year(), day.month(), 1), day, 0, 0, 0, 0};
    const QDate chartFirst = day.addDays(1 - chartDays);
    const QDate first = std::min({chartFirst, overview.week.first, overview.month.first});

    QSqlQuery stations(db.connection());
    stations.prepare(
        QStringLiteral("SELECT id, code, kind, variance_threshold_cents, is_local, last_pull_utc "
                       "FROM station WHERE site_id = ? ORDER BY kind, code"));
    if (auto result = db.exec(stations, {m_store.site().id}); !result)
        return result.error();
    while (stations.next()) {
        StationDay station;
        station.stationId = stations.value(0).toString();
        station.code = stations.value(1).toString();
        station.kind =
            stationKindFromKey(stations.value(2).toString()).value_or(StationKind::Register);
        station.varianceThresholdCents = stations.value(3).toLongLong();
        station.isLocal = stations.value(4).toInt() != 0;
        // The sync engine stamps a station's last_pull_utc after each successful pull of its
        // journal; this computer's own journal is always here.
        station.dataAsOfUtc =
            station.isLocal ? overview.computedUtc : fromIsoUtc(stations.value(5).toString());
        overview.stations.append(station);
    }
    stations.finish();

    const QString saleKind = toKey(DocumentKind::Sale);
    const QString refundKind = toKey(DocumentKind::Refund);
    QMap<QDate, qint64> takingsByDay;
    QMap<QDate, qint64> ticketsByDay;
    QMap<QDate, std::pair<qint64, qint64>> outflowsByDay; // count, grams
    QMap<QString, FamilyWeights> families;
    for (int i = 1; i <= 8; ++i) {
        const QString code = QStringLiteral("EEE-%1").arg(i);
        families.insert(code, FamilyWeights{code, 0, 0});
    }

    // Prepared once per connection: the panel refreshes every few seconds.
    QSqlQuery &last = db.prepared(QStringLiteral(
        "SELECT created_utc FROM document WHERE station_id = ? ORDER BY seq DESC LIMIT 1"));
    // One session at a time per register: only the latest opening can still be open.
    QSqlQuery &openSession = db.prepared(QStringLiteral(
        "SELECT o.cashier_name, d.created_utc FROM (SELECT station_id, seq, cashier_name FROM "
        "session_open WHERE station_id = ? ORDER BY seq DESC LIMIT 1) o JOIN document d ON "
        "d.station_id = o.station_id AND d.seq = o.seq WHERE NOT EXISTS (SELECT 1 FROM "
        "session_close c WHERE c.station_id = o.station_id AND c.session_seq = o.seq)"));
    QSqlQuery &lastClose = db.prepared(QStringLiteral(
        "SELECT d.created_utc FROM session_close c JOIN document d ON d.station_id = c.station_id "
        "AND d.seq = c.seq WHERE c.station_id = ? ORDER BY c.seq DESC LIMIT 1"));
    // Sales and refunds per day in one pass over the period's documents.
    QSqlQuery &takings = db.prepared(QStringLiteral(
        "SELECT d.business_day, sum(s.total_cents), count(s.seq), sum(r.total_cents) FROM "
        "document d LEFT JOIN sale s ON d.kind = ? AND s.station_id = d.station_id AND s.seq = "
        "d.seq LEFT JOIN refund r ON d.kind = ? AND r.station_id = d.station_id AND r.seq = "
        "d.seq WHERE d.station_id = ? AND d.business_day BETWEEN ? AND ? AND d.kind IN (?, ?) "
        "GROUP BY d.business_day"));
    QSqlQuery &outflows = db.prepared(QStringLiteral(
        "SELECT d.business_day, count(*), sum(o.total_weight_grams) FROM document d JOIN outflow "
        "o ON o.station_id = d.station_id AND o.seq = d.seq WHERE d.station_id = ? AND "
        "d.business_day BETWEEN ? AND ? AND d.kind = ? GROUP BY d.business_day"));
    QSqlQuery &received = db.prepared(QStringLiteral(
        "SELECT l.eee_code, sum(l.weight_grams) FROM document d JOIN deposit_line l ON "
        "l.station_id = d.station_id AND l.seq = d.seq WHERE d.station_id = ? AND "
        "d.business_day BETWEEN ? AND ? AND d.kind = ? AND l.eee_code <> '' GROUP BY l.eee_code"));
    QSqlQuery &reused = db.prepared(
        QStringLiteral("SELECT l.eee_code, sum(l.weight_grams) FROM document d JOIN sale_line l ON "
                       "l.station_id = d.station_id AND l.seq = d.seq WHERE d.station_id = ? AND "
                       "d.business_day BETWEEN ? AND ? AND d.kind = ? AND l.eee_code <> '' AND "
                       "l.weight_grams IS NOT NULL GROUP BY l.eee_code"));

    const QString today = dayKey(day);
    for (StationDay &station : overview.stations) {
        const QString id = station.stationId;
        if (auto result = db.exec(last, {id}); !result)
            return result.error();
        if (last.next())
            station.lastDocumentUtc = fromIsoUtc(last.value(0).toString());
        last.finish();

        if (auto result = db.exec(openSession, {id}); !result)
            return result.error();
        if (openSession.next()) {
            station.sessionOpen = true;
            station.operatorName = openSession.value(0).toString();
            station.openedUtc = fromIsoUtc(openSession.value(1).toString());
        }
        openSession.finish();
        if (station.kind == StationKind::Register && !station.sessionOpen) {
            if (auto result = db.exec(lastClose, {id}); !result)
                return result.error();
            if (lastClose.next())
                station.closedSinceUtc = fromIsoUtc(lastClose.value(0).toString());
            lastClose.finish();
        }

        auto mix = paymentMix(id, day, day);
        if (!mix)
            return mix.error();
        station.cashCents = mix->cashCents;
        station.cardCents = mix->cardCents;
        station.chequeCents = mix->chequeCents;
        station.freeCents = mix->freeCents;

        const QString from = dayKey(first);
        if (auto result =
                db.exec(takings, {saleKind, refundKind, id, from, today, saleKind, refundKind});
            !result)
            return result.error();
        while (takings.next()) {
            const QDate d = QDate::fromString(takings.value(0).toString(), Qt::ISODate);
            const qint64 tickets = takings.value(2).toLongLong();
            const qint64 refunded = takings.value(3).toLongLong();
            takingsByDay[d] += takings.value(1).toLongLong() - refunded;
            ticketsByDay[d] += tickets;
            if (d == day) {
                station.tickets = tickets;
                station.refundsCents = refunded;
            }
        }
        takings.finish();

        if (auto result = db.exec(outflows, {id, from, today, toKey(DocumentKind::Outflow)});
            !result)
            return result.error();
        while (outflows.next()) {
            const QDate d = QDate::fromString(outflows.value(0).toString(), Qt::ISODate);
            auto &[count, grams] = outflowsByDay[d];
            count += outflows.value(1).toLongLong();
            grams += outflows.value(2).toLongLong();
            if (d == day) {
                station.outflows = outflows.value(1).toLongLong();
                station.outflowGrams = outflows.value(2).toLongLong();
            }
        }
        outflows.finish();

        const QString chartFrom = dayKey(chartFirst);
        if (auto result = db.exec(received, {id, chartFrom, today, toKey(DocumentKind::Deposit)});
            !result)
            return result.error();
        while (received.next()) {
            auto it = families.find(received.value(0).toString());
            if (it != families.end())
                it->receivedGrams += received.value(1).toLongLong();
        }
        received.finish();
        if (auto result = db.exec(reused, {id, chartFrom, today, saleKind}); !result)
            return result.error();
        while (reused.next()) {
            auto it = families.find(reused.value(0).toString());
            if (it != families.end())
                it->reusedGrams += reused.value(1).toLongLong();
        }
        reused.finish();
    }

    for (auto it = takingsByDay.constBegin(); it != takingsByDay.constEnd(); ++it) {
        for (PeriodTotal *period : {&overview.today, &overview.week, &overview.month}) {
            if (it.key() >= period->first && it.key() <= period->last) {
                period->takingsCents += it.value();
                period->tickets += ticketsByDay.value(it.key());
            }
        }
    }
    for (auto it = outflowsByDay.constBegin(); it != outflowsByDay.constEnd(); ++it) {
        for (PeriodTotal *period : {&overview.today, &overview.week, &overview.month}) {
            if (it.key() >= period->first && it.key() <= period->last) {
                period->outflows += it.value().first;
                period->outflowGrams += it.value().second;
            }
        }
    }
    for (QDate d = chartFirst; d <= day; d = d.addDays(1))
        overview.dailyTakings.append({d, takingsByDay.value(d)});
    overview.families = families.values();
    return overview;
}

} // namespace recaisse::core
