#include "parkedtickets.h"

#include "ledger.h"
#include "store.h"
#include "users.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace recaisse::core {

namespace {

QString linesJson(const SaleDraft &draft)
{
    QJsonArray lines;
    for (const SaleLineDraft &line : draft.lines) {
        QJsonObject object{{QStringLiteral("category"), line.categoryId},
            {QStringLiteral("quantity"), line.quantity},
            {QStringLiteral("unit_price_cents"), line.unitPriceCents}};
        if (line.weightGrams)
            object.insert(QStringLiteral("weight_grams"), *line.weightGrams);
        if (!line.giftReason.isEmpty())
            object.insert(QStringLiteral("gift_reason"), line.giftReason);
        lines.append(object);
    }
    if (!draft.discount && draft.memberId.isEmpty())
        return QString::fromUtf8(QJsonDocument(lines).toJson(QJsonDocument::Compact));
    // With its solidarity price (and the member it needs) and the ticket's member.
    QJsonObject ticket{{QStringLiteral("lines"), lines}};
    if (draft.discount) {
        QJsonObject discount{{QStringLiteral("kind"), toKey(draft.discount->kind)},
            {QStringLiteral("value"), draft.discount->value},
            {QStringLiteral("reason"), draft.discount->reason}};
        if (draft.discount->membersOnly)
            discount.insert(QStringLiteral("members_only"), true);
        if (!draft.discount->memberId.isEmpty())
            discount.insert(QStringLiteral("member_id"), draft.discount->memberId);
        ticket.insert(QStringLiteral("discount"), discount);
    }
    if (!draft.memberId.isEmpty())
        ticket.insert(QStringLiteral("member_id"), draft.memberId);
    return QString::fromUtf8(QJsonDocument(ticket).toJson(QJsonDocument::Compact));
}

std::optional<SaleDraft> draftFrom(const QString &json)
{
    // The lines alone, or the lines with the ticket's discount and member.
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isArray() && !document.isObject())
        return std::nullopt;
    SaleDraft draft;
    const QJsonObject ticket = document.object();
    draft.memberId = ticket.value(QStringLiteral("member_id")).toString();
    if (ticket.contains(QStringLiteral("discount"))) {
        const QJsonObject discount = ticket.value(QStringLiteral("discount")).toObject();
        const auto kind = discountKindFromKey(discount.value(QStringLiteral("kind")).toString());
        if (!kind)
            return std::nullopt;
        draft.discount = Discount{*kind, discount.value(QStringLiteral("value")).toInteger(),
            discount.value(QStringLiteral("reason")).toString(),
            discount.value(QStringLiteral("members_only")).toBool(),
            discount.value(QStringLiteral("member_id")).toString()};
    }
    const QJsonArray lines =
        document.isArray() ? document.array() : ticket.value(QStringLiteral("lines")).toArray();
    for (const QJsonValue &value : lines) {
        const QJsonObject object = value.toObject();
        SaleLineDraft line;
        line.categoryId = object.value(QStringLiteral("category")).toString();
        line.quantity = object.value(QStringLiteral("quantity")).toInteger();
        line.unitPriceCents = object.value(QStringLiteral("unit_price_cents")).toInteger();
        if (object.contains(QStringLiteral("weight_grams")))
            line.weightGrams = object.value(QStringLiteral("weight_grams")).toInteger();
        line.giftReason = object.value(QStringLiteral("gift_reason")).toString();
        draft.lines.append(line);
    }
    return draft;
}

qint64 itemCount(const SaleDraft &draft)
{
    qint64 count = 0;
    for (const SaleLineDraft &line : draft.lines)
        count += line.quantity;
    return count;
}

Result<void> removeParked(Store &store, qint64 id)
{
    Database &db = store.db();
    QSqlQuery &remove =
        db.prepared(QStringLiteral("DELETE FROM parked_ticket WHERE id = ? AND station_id = ?"));
    if (auto result = db.exec(remove, {id, store.station().id}); !result)
        return result;
    remove.finish();
    return {};
}

} // namespace

ParkedTickets::ParkedTickets(Store &store)
    : m_store(store)
{
}

Result<ParkedTicket> ParkedTickets::park(const Actor &actor, const SaleDraft &draft)
{
    if (auto allowed = Users(m_store).require(actor, Permission::RecordSale); !allowed)
        return allowed.error();
    if (draft.lines.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The ticket has no line to put aside."));
    // Without the payments; the ticket's member waits with it.
    SaleDraft lines{draft.lines, {}, draft.discount, draft.memberId};
    if (auto checked = Sales(m_store).validateTicket(lines); !checked)
        return checked.error();
    if (auto discounts = Sales::lineDiscounts(lines); !discounts)
        return discounts.error();
    auto parked = count();
    if (!parked)
        return parked.error();
    if (*parked >= maxParkedTickets)
        return makeError(ErrorCode::Conflict,
            tr("%1 tickets are already put aside: resume or abandon one first.")
                .arg(maxParkedTickets));
    ParkedTicket ticket;
    ticket.parkedUtc = m_store.clock().nowUtc();
    ticket.cashierId = actor.userId;
    ticket.cashierName = actor.name;
    ticket.draft = lines;
    ticket.totalCents = Sales::total(lines);
    ticket.itemCount = itemCount(lines);
    Database &db = m_store.db();
    QSqlQuery &insert = db.prepared(QStringLiteral(
        "INSERT INTO parked_ticket (station_id, parked_utc, cashier_id, cashier_name, lines, "
        "total_cents) VALUES (?, ?, ?, ?, ?, ?)"));
    if (auto result = db.exec(insert,
            {m_store.station().id, isoUtc(ticket.parkedUtc), ticket.cashierId, ticket.cashierName,
                linesJson(lines), ticket.totalCents});
        !result)
        return result.error();
    ticket.id = insert.lastInsertId().toLongLong();
    insert.finish();
    return ticket;
}

Result<QList<ParkedTicket>> ParkedTickets::list() const
{
    Database &db = m_store.db();
    QSqlQuery &query = db.prepared(
        QStringLiteral("SELECT id, parked_utc, cashier_id, cashier_name, lines, total_cents FROM "
                       "parked_ticket WHERE station_id = ? ORDER BY parked_utc, id"));
    if (auto result = db.exec(query, {m_store.station().id}); !result)
        return result.error();
    QList<ParkedTicket> tickets;
    while (query.next()) {
        ParkedTicket ticket;
        ticket.id = query.value(0).toLongLong();
        ticket.parkedUtc = fromIsoUtc(query.value(1).toString());
        ticket.cashierId = query.value(2).toString();
        ticket.cashierName = query.value(3).toString();
        const auto draft = draftFrom(query.value(4).toString());
        if (!draft) {
            query.finish();
            return makeError(ErrorCode::IntegrityFailure,
                tr("A ticket put aside cannot be read back (number %1).").arg(ticket.id));
        }
        ticket.draft = *draft;
        ticket.totalCents = query.value(5).toLongLong();
        ticket.itemCount = itemCount(ticket.draft);
        tickets.append(ticket);
    }
    query.finish();
    return tickets;
}

Result<ParkedTicket> ParkedTickets::find(qint64 id) const
{
    auto tickets = list();
    if (!tickets)
        return tickets.error();
    for (const ParkedTicket &ticket : std::as_const(*tickets)) {
        if (ticket.id == id)
            return ticket;
    }
    return makeError(ErrorCode::NotFound, tr("This ticket is no longer put aside."));
}

Result<SaleDraft> ParkedTickets::resume(const Actor &actor, qint64 id)
{
    if (auto allowed = Users(m_store).require(actor, Permission::RecordSale); !allowed)
        return allowed.error();
    auto ticket = find(id);
    if (!ticket)
        return ticket.error();
    if (auto removed = removeParked(m_store, id); !removed)
        return removed.error();
    return ticket->draft;
}

Result<void> ParkedTickets::abandon(const Actor &actor, qint64 id)
{
    if (auto allowed = Users(m_store).require(actor, Permission::RecordSale); !allowed)
        return allowed.error();
    auto ticket = find(id);
    if (!ticket)
        return ticket.error();
    Transaction transaction(m_store.db());
    if (!transaction.started())
        return transaction.started().error();
    if (auto removed = removeParked(m_store, id); !removed)
        return removed;
    if (auto result = AuditLog(m_store).record(actor.userId, QStringLiteral("ticket.abandon"),
            QString::number(id),
            {{QStringLiteral("parked_utc"), isoUtc(ticket->parkedUtc)},
                {QStringLiteral("parked_by"), ticket->cashierId},
                {QStringLiteral("lines"), ticket->draft.lines.size()},
                {QStringLiteral("total_cents"), ticket->totalCents}});
        !result)
        return result.error();
    return transaction.commit();
}

Result<qint64> ParkedTickets::count() const
{
    Database &db = m_store.db();
    QSqlQuery &query =
        db.prepared(QStringLiteral("SELECT count(*) FROM parked_ticket WHERE station_id = ?"));
    if (auto result = db.exec(query, {m_store.station().id}); !result)
        return result.error();
    const qint64 n = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return n;
}

} // namespace recaisse::core
