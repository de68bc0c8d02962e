#include "chequeslips.h"

#include "ledger.h"
#include "money.h"
#include "pdf.h"
#include "permissions.h"
#include "store.h"
#include "users.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace recaisse::core {

namespace {

// Every cheque of a closed session: its key, its document, day and amount.
const char *const chequesSql = R"(
SELECT * FROM (
    SELECT 'sale' AS source, p.station_id, p.seq, p.line_no, d.number, d.business_day,
        p.amount_cents, s.session_seq
    FROM payment p
    JOIN sale s ON s.station_id = p.station_id AND s.seq = p.seq
    JOIN document d ON d.station_id = p.station_id AND d.seq = p.seq
    WHERE p.method = 'cheque'
    UNION ALL
    SELECT 'donation', n.station_id, n.seq, 0, d.number, d.business_day, n.amount_cents,
        n.session_seq
    FROM donation n JOIN document d ON d.station_id = n.station_id AND d.seq = n.seq
    WHERE n.method = 'cheque'
    UNION ALL
    SELECT 'membership', m.station_id, m.seq, 0, d.number, d.business_day, m.amount_cents,
        m.session_seq
    FROM membership m JOIN document d ON d.station_id = m.station_id AND d.seq = m.seq
    WHERE m.method = 'cheque') c
WHERE EXISTS (SELECT 1 FROM session_close z WHERE z.station_id = c.station_id
        AND z.session_seq = c.session_seq)
    AND NOT EXISTS (SELECT 1 FROM cheque_slip_item i WHERE i.source = c.source
        AND i.station_id = c.station_id AND i.seq = c.seq AND i.line_no = c.line_no)
ORDER BY c.business_day, c.station_id, c.seq, c.line_no)";

Cheque chequeFrom(const QSqlQuery &query)
{
    return Cheque{query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(),
        query.value(3).toInt(), query.value(4).toString(),
        QDate::fromString(query.value(5).toString(), Qt::ISODate), query.value(6).toLongLong()};
}

QString sourceName(const QString &source)
{
    if (source == QLatin1String("donation"))
        return ChequeSlips::tr("Donation");
    if (source == QLatin1String("membership"))
        return ChequeSlips::tr("Membership fee");
    return ChequeSlips::tr("Sale");
}

} // namespace

ChequeSlips::ChequeSlips(Store &store)
    : m_store(store)
{
}

Result<QList<Cheque>> ChequeSlips::pendingCheques() const
{
    Database &db = m_store.db();
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(QString::fromLatin1(chequesSql));
    if (auto result = db.exec(query, {}); !result)
        return result.error();
    QList<Cheque> cheques;
    while (query.next())
        cheques.append(chequeFrom(query));
    return cheques;
}

Result<QList<Cheque>> ChequeSlips::pending(const Actor &actor) const
{
    if (auto allowed = Users(m_store).require(actor, Permission::ViewReports); !allowed)
        return allowed.error();
    return pendingCheques();
}

Result<ChequeSlip> ChequeSlips::remit(const Actor &actor, const QList<Cheque> &wanted)
{
    if (auto allowed = Users(m_store).require(actor, Permission::ExportData); !allowed)
        return allowed.error();
    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    // Read inside the transaction: a cheque remitted meanwhile is no longer pending.
    auto pending = pendingCheques();
    if (!pending)
        return pending.error();
    QList<Cheque> cheques;
    if (wanted.isEmpty()) {
        cheques = *pending;
    } else {
        for (const Cheque &want : wanted) {
            const auto it = std::find_if(pending->cbegin(), pending->cend(),
                [&](const Cheque &each) { return each.sameAs(want); });
            if (it == pending->cend())
                return makeError(ErrorCode::Conflict,
                    tr("The cheque of %1 is not waiting for the bank: unknown, of a session "
                       "still open, or already on a slip.")
                        .arg(want.documentNumber.isEmpty() ? want.stationId : want.documentNumber));
            if (std::any_of(cheques.cbegin(), cheques.cend(),
                    [&](const Cheque &each) { return each.sameAs(want); }))
                return makeError(ErrorCode::InvalidInput,
                    tr("The cheque of %1 is chosen twice.").arg(it->documentNumber));
            cheques.append(*it);
        }
    }
    if (cheques.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            tr("No cheque is waiting for the bank: every cheque of a closed session is on a "
               "slip already."));
    if (cheques.size() > maxChequesPerSlip)
        return makeError(ErrorCode::InvalidInput,
            tr("A slip holds at most %1 cheques: choose them.").arg(maxChequesPerSlip));

    ChequeSlip slip;
    slip.cheques = cheques;
    for (const Cheque &cheque : std::as_const(cheques))
        slip.totalCents += cheque.amountCents;
    slip.createdUtc = m_store.clock().nowUtc();
    slip.actorName = actor.name;
    QSqlQuery &last = db.prepared(QStringLiteral("SELECT count(*) FROM cheque_slip"));
    if (auto result = db.exec(last, {}); !result)
        return result.error();
    const qint64 previous = last.next() ? last.value(0).toLongLong() : 0;
    last.finish();
    slip.number = QStringLiteral("%1-BR%2")
                      .arg(m_store.station().code)
                      .arg(previous + 1, 6, 10, QLatin1Char('0'));
    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO cheque_slip (number, created_utc, actor_id, actor_name, cheques_count, "
        "total_cents) VALUES (?, ?, ?, ?, ?, ?)"));
    if (auto result = db.exec(insert,
            {slip.number, isoUtc(slip.createdUtc), actor.userId, actor.name, qint64(cheques.size()),
                slip.totalCents});
        !result)
        return result.error();
    slip.id = insert.lastInsertId().toLongLong();
    QSqlQuery item(db.connection());
    item.prepare(QStringLiteral(
        "INSERT INTO cheque_slip_item (slip_id, source, station_id, seq, line_no, number, "
        "business_day, amount_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Cheque &cheque : std::as_const(cheques)) {
        if (auto result = db.exec(item,
                {slip.id, cheque.source, cheque.stationId, cheque.seq, cheque.lineNo,
                    cheque.documentNumber, cheque.day.toString(Qt::ISODate), cheque.amountCents});
            !result)
            return result.error();
    }
    if (auto result =
            AuditLog(m_store).record(actor.userId, QStringLiteral("cheque.remit"), slip.number,
                {{QStringLiteral("cheques"), qint64(cheques.size())},
                    {QStringLiteral("total_cents"), slip.totalCents}});
        !result)
        return result.error();
    if (auto result = transaction.commit(); !result)
        return result.error();
    return slip;
}

Result<ChequeSlip> ChequeSlips::find(const QString &number) const
{
    Database &db = m_store.db();
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT id, number, created_utc, actor_name, total_cents FROM "
                                 "cheque_slip WHERE number = ?"));
    if (auto result = db.exec(query, {number}); !result)
        return result.error();
    if (!query.next())
        return makeError(ErrorCode::NotFound, tr("No cheque slip %1.").arg(number));
    ChequeSlip slip;
    slip.id = query.value(0).toLongLong();
    slip.number = query.value(1).toString();
    slip.createdUtc = fromIsoUtc(query.value(2).toString());
    slip.actorName = query.value(3).toString();
    slip.totalCents = query.value(4).toLongLong();
    QSqlQuery items(db.connection());
    items.prepare(QStringLiteral(
        "SELECT source, station_id, seq, line_no, number, business_day, amount_cents FROM "
        "cheque_slip_item WHERE slip_id = ? ORDER BY business_day, station_id, seq, line_no"));
    if (auto result = db.exec(items, {slip.id}); !result)
        return result.error();
    while (items.next())
        slip.cheques.append(chequeFrom(items));
    return slip;
}

QByteArray ChequeSlips::pdf(const ChequeSlip &slip, const SiteInfo &site, const QTimeZone &zone)
{
    using Font = pdf::TextPages::Font;
    pdf::TextPages pages;
    pages.line(site.name, Font::Bold, 14);
    for (const QString &line : site.address.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        pages.line(line);
    if (!site.siret.isEmpty())
        pages.line(tr("SIRET: %1").arg(site.siret));
    pages.space(16);
    pages.line(tr("Cheque remittance slip %1").arg(slip.number), Font::Bold, 16);
    pages.line(
        tr("Made on %1 by %2")
            .arg(slip.createdUtc.toTimeZone(zone).toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                slip.actorName));
    pages.line(tr("Account holder: %1").arg(site.name));
    pages.space(12);
    int index = 0;
    for (const Cheque &cheque : slip.cheques)
        pages.pair(QStringLiteral("%1. %2  %3 (%4)")
                       .arg(++index)
                       .arg(cheque.day.toString(QStringLiteral("dd/MM/yyyy")),
                           cheque.documentNumber, sourceName(cheque.source)),
            money::format(cheque.amountCents));
    pages.space(8);
    pages.pair(tr("%n cheque(s), total", nullptr, int(slip.cheques.size())),
        money::format(slip.totalCents), Font::Bold, 12);
    pages.space(30);
    pages.line(tr("Date and signature of the depositor:"));
    return pages.pdf();
}

} // namespace recaisse::core
