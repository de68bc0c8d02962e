#include "chequeslips.h"

#include "demoshop.h"
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

// The rule of a cheque waiting for the bank: received in a closed session and on no slip. Its
// key, its document, day, amount, bank and number. The parameters narrow it to one station's
// cheques as they stood when one of its sessions closed: the station, that closing's seq
// (sessions closed up to it, the station's own slips before it) and its time (other stations'
// slips and the old local slips made up to it); NULL: every station, now.
const char *const chequesSql = R"(
SELECT * FROM (
    SELECT 'sale' AS source, p.station_id, p.seq, p.line_no, d.number, d.business_day,
        p.amount_cents, p.cheque_bank, p.cheque_number, s.session_seq
    FROM payment p
    JOIN sale s ON s.station_id = p.station_id AND s.seq = p.seq
    JOIN document d ON d.station_id = p.station_id AND d.seq = p.seq
    WHERE p.method = 'cheque'
    UNION ALL
    SELECT 'donation', n.station_id, n.seq, 0, d.number, d.business_day, n.amount_cents, NULL,
        NULL, n.session_seq
    FROM donation n JOIN document d ON d.station_id = n.station_id AND d.seq = n.seq
    WHERE n.method = 'cheque'
    UNION ALL
    SELECT 'membership', m.station_id, m.seq, 0, d.number, d.business_day, m.amount_cents, NULL,
        NULL, m.session_seq
    FROM membership m JOIN document d ON d.station_id = m.station_id AND d.seq = m.seq
    WHERE m.method = 'cheque') c
WHERE (? IS NULL OR c.station_id = ?)
    AND EXISTS (SELECT 1 FROM session_close z WHERE z.station_id = c.station_id
        AND z.session_seq = c.session_seq AND (? IS NULL OR z.seq <= ?))
    AND NOT EXISTS (SELECT 1 FROM deposited_cheque i JOIN document sd
            ON sd.station_id = i.station_id AND sd.seq = i.seq
        WHERE i.cheque_station_id = c.station_id AND i.cheque_seq = c.seq
            AND i.source = c.source AND i.cheque_line_no = c.line_no
            AND (? IS NULL OR (sd.station_id = ? AND sd.seq < ?)
                OR (sd.station_id <> ? AND sd.created_utc <= ?)))
    AND NOT EXISTS (SELECT 1 FROM cheque_slip_item i JOIN cheque_slip s ON s.id = i.slip_id
        WHERE i.source = c.source AND i.station_id = c.station_id AND i.seq = c.seq
            AND i.line_no = c.line_no AND (? IS NULL OR s.created_utc <= ?))
ORDER BY c.business_day, c.station_id, c.seq, c.line_no)";

// The same columns (but the session) read back from a slip's lines.
const char *const slipItemsSql = R"(
SELECT source, cheque_station_id, cheque_seq, cheque_line_no, document_number, business_day,
    amount_cents, bank, cheque_number
FROM deposited_cheque WHERE station_id = ? AND seq = ? ORDER BY line_no)";

Cheque chequeFrom(const QSqlQuery &query)
{
    return Cheque{query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(),
        query.value(3).toInt(), query.value(4).toString(),
        QDate::fromString(query.value(5).toString(), Qt::ISODate), query.value(6).toLongLong(),
        query.value(7).toString(), query.value(8).toString()};
}

// A slip's number, time, maker and total, from four columns of a query starting at `first`.
ChequeSlip slipFrom(const QSqlQuery &query, int first)
{
    ChequeSlip slip;
    slip.number = query.value(first).toString();
    slip.createdUtc = fromIsoUtc(query.value(first + 1).toString());
    slip.actorName = query.value(first + 2).toString();
    slip.totalCents = query.value(first + 3).toLongLong();
    return slip;
}

// The slip's cheques, read by `sql` (the columns chequeFrom() reads) with `key`.
Result<void> readCheques(
    Database &db, ChequeSlip &slip, const QString &sql, const QVariantList &key)
{
    QSqlQuery items(db.connection());
    items.prepare(sql);
    for (int i = 0; i < key.size(); ++i)
        items.addBindValue(key.at(i));
    if (!items.exec())
        return db.errorFrom(items.lastError());
    while (items.next())
        slip.cheques.append(chequeFrom(items));
    return {};
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

Result<QList<Cheque>> ChequeSlips::pendingCheques(const DocumentStamp &closing) const
{
    Database &db = m_store.db();
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(QString::fromLatin1(chequesSql));
    const bool now = closing.stationId.isEmpty();
    const QVariant station = now ? QVariant() : QVariant(closing.stationId);
    const QVariant upTo = now ? QVariant() : QVariant(closing.seq);
    const QVariant asOf = now ? QVariant() : QVariant(isoUtc(closing.createdUtc));
    if (auto result = db.exec(query,
            {station, station, upTo, upTo, station, station, upTo, station, asOf, asOf, asOf});
        !result)
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

Result<QList<Cheque>> ChequeSlips::waitingAtClosing(const DocumentStamp &closing) const
{
    if (closing.stationId.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Unknown closing."));
    return pendingCheques(closing);
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
    slip.actorName = actor.name;
    DocumentWriter writer(m_store, DocumentKind::ChequeSlip, actor.userId);
    if (auto result = writer.start(); !result)
        return result.error();
    if (auto result = writer.insert(QStringLiteral("cheque_deposit"),
            {{"cheques_count", qint64(cheques.size())}, {"total_cents", slip.totalCents},
                {"actor_name", actor.name}});
        !result)
        return result.error();
    int lineNo = 0;
    const auto orNull = [](const QString &text) {
        return text.isEmpty() ? QVariant() : QVariant(text);
    };
    for (const Cheque &cheque : std::as_const(cheques)) {
        if (auto result = writer.insert(QStringLiteral("deposited_cheque"),
                {{"line_no", ++lineNo}, {"source", cheque.source},
                    {"cheque_station_id", cheque.stationId}, {"cheque_seq", cheque.seq},
                    {"cheque_line_no", cheque.lineNo}, {"document_number", cheque.documentNumber},
                    {"business_day", cheque.day.toString(Qt::ISODate)},
                    {"amount_cents", cheque.amountCents}, {"bank", orNull(cheque.bank)},
                    {"cheque_number", orNull(cheque.number)}});
            !result)
            return result.error();
    }
    auto stamp = writer.seal();
    if (!stamp)
        return stamp.error();
    slip.number = stamp->number;
    slip.createdUtc = stamp->createdUtc;
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
    query.prepare(QStringLiteral(
        "SELECT d.station_id, d.seq, d.number, d.created_utc, r.actor_name, r.total_cents FROM "
        "document d JOIN cheque_deposit r ON r.station_id = d.station_id AND r.seq = d.seq "
        "WHERE d.number = ?"));
    if (auto result = db.exec(query, {number}); !result)
        return result.error();
    if (!query.next())
        return findBeforeDocuments(number);
    ChequeSlip slip = slipFrom(query, 2);
    if (auto result = readCheques(
            db, slip, QString::fromLatin1(slipItemsSql), {query.value(0), query.value(1)});
        !result)
        return result.error();
    return slip;
}

Result<ChequeSlip> ChequeSlips::findBeforeDocuments(const QString &number) const
{
    Database &db = m_store.db();
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT id, number, created_utc, actor_name, total_cents FROM "
                                 "cheque_slip WHERE number = ?"));
    if (auto result = db.exec(query, {number}); !result)
        return result.error();
    if (!query.next())
        return makeError(ErrorCode::NotFound, tr("No cheque slip %1.").arg(number));
    ChequeSlip slip = slipFrom(query, 1);
    if (auto result = readCheques(db, slip,
            QStringLiteral("SELECT source, station_id, seq, line_no, number, business_day, "
                           "amount_cents, NULL, NULL FROM cheque_slip_item WHERE slip_id = ? "
                           "ORDER BY business_day, station_id, seq, line_no"),
            {query.value(0)});
        !result)
        return result.error();
    return slip;
}

Result<QList<ChequeSlip>> ChequeSlips::slips(int limit) const
{
    Database &db = m_store.db();
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "SELECT number, created_utc, actor_name, total_cents FROM (SELECT d.number, "
        "d.created_utc, r.actor_name, r.total_cents FROM document d JOIN cheque_deposit r ON "
        "r.station_id = d.station_id AND r.seq = d.seq UNION ALL SELECT number, created_utc, "
        "actor_name, total_cents FROM cheque_slip) ORDER BY created_utc DESC, number DESC "
        "LIMIT ?"));
    if (auto result = db.exec(query, {limit}); !result)
        return result.error();
    QList<ChequeSlip> list;
    while (query.next())
        list.append(slipFrom(query, 0));
    return list;
}

Result<QList<Cheque>> ChequeSlips::remittedTwice() const
{
    Database &db = m_store.db();
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "SELECT source, cheque_station_id, cheque_seq, cheque_line_no, document_number, "
        "business_day, amount_cents, bank, cheque_number FROM deposited_cheque GROUP BY "
        "source, cheque_station_id, cheque_seq, cheque_line_no HAVING count(*) > 1 ORDER BY "
        "business_day, cheque_station_id, cheque_seq"));
    if (auto result = db.exec(query, {}); !result)
        return result.error();
    QList<Cheque> cheques;
    while (query.next())
        cheques.append(chequeFrom(query));
    return cheques;
}

QString ChequeSlips::bankAndNumber(const Cheque &cheque)
{
    if (cheque.number.isEmpty())
        return cheque.bank;
    return tr("%1 no. %2").arg(cheque.bank, cheque.number).trimmed();
}

QByteArray ChequeSlips::pdf(const ChequeSlip &slip, const SiteInfo &site, const QTimeZone &zone)
{
    using Font = pdf::TextPages::Font;
    pdf::TextPages pages;
    if (site.demo)
        pages.markEveryPage(DemoShop::mark());
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
        pages.pair(QStringLiteral("%1. %2  %3 (%4)%5")
                       .arg(++index)
                       .arg(cheque.day.toString(QStringLiteral("dd/MM/yyyy")),
                           cheque.documentNumber, sourceName(cheque.source),
                           cheque.bank.isEmpty() && cheque.number.isEmpty()
                               ? QString()
                               : QStringLiteral("  ") + bankAndNumber(cheque)),
            money::format(cheque.amountCents));
    pages.space(8);
    pages.pair(tr("%n cheque(s), total", nullptr, int(slip.cheques.size())),
        money::format(slip.totalCents), Font::Bold, 12);
    pages.space(30);
    pages.line(tr("Date and signature of the depositor:"));
    return pages.pdf();
}

} // namespace recaisse::core
