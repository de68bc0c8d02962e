#include "cashsession.h"

#include "closings.h"
#include "ledger.h"
#include "money.h"
#include "parkedtickets.h"
#include "permissions.h"
#include "store.h"
#include "users.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcCashSession, "recaisse.cashsession")

namespace recaisse::core {

namespace {
constexpr qint64 maxPiecesPerDenomination = 100'000;

Result<void> writeCount(DocumentWriter &writer, const DenominationCount &counted)
{
    // QMap iterates in ascending order, which is the rows' primary-key order.
    for (auto it = counted.cbegin(); it != counted.cend(); ++it) {
        if (auto result = writer.insert(QStringLiteral("session_count"),
                {{"denomination_cents", it.key()}, {"count", it.value()}});
            !result)
            return result;
    }
    return {};
}

DenominationCount readCount(Database &db, const QString &stationId, qint64 seq)
{
    DenominationCount counted;
    QSqlQuery &query = db.prepared(QStringLiteral(
        "SELECT denomination_cents, count FROM session_count WHERE station_id = ? AND seq = ?"));
    if (!db.exec(query, {stationId, seq}))
        return counted;
    while (query.next())
        counted.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    query.finish();
    return counted;
}

// The last restore of the station recorded in its journal between its previous Z and the Z
// closingSeq: the journal orders documents and audit events of a station, whatever the clocks.
Result<std::optional<ZReport::Restore>> restoreBefore(
    Database &db, const QString &stationId, qint64 closingSeq)
{
    QSqlQuery &query = db.prepared(QStringLiteral(
        "SELECT a.details FROM journal j JOIN audit_event a ON a.station_id = j.station_id "
        "AND a.seq = j.ref_seq WHERE j.station_id = ? AND j.kind = 'audit' "
        "AND a.action = 'station.restore' "
        "AND j.seq < (SELECT seq FROM journal WHERE station_id = ? AND kind = 'document' "
        "AND ref_seq = ?) "
        "AND j.seq > coalesce((SELECT seq FROM journal WHERE station_id = ? AND kind = "
        "'document' AND ref_seq = (SELECT max(seq) FROM session_close WHERE station_id = ? "
        "AND seq < ?)), 0) "
        "ORDER BY j.seq DESC LIMIT 1"));
    if (auto result =
            db.exec(query, {stationId, stationId, closingSeq, stationId, stationId, closingSeq});
        !result)
        return result.error();
    std::optional<ZReport::Restore> restore;
    if (query.next()) {
        const QJsonObject details =
            QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        restore = ZReport::Restore{details.value(QStringLiteral("old_series")).toString(),
            details.value(QStringLiteral("new_series")).toString(),
            details.value(QStringLiteral("last_number")).toString()};
    }
    query.finish();
    return restore;
}

} // namespace

CashSessions::CashSessions(Store &store)
    : m_store(store)
{
}

Result<qint64> CashSessions::countTotal(const DenominationCount &counted)
{
    qint64 total = 0;
    for (auto it = counted.cbegin(); it != counted.cend(); ++it) {
        if (!euroDenominations().contains(it.key()))
            return makeError(ErrorCode::InvalidInput,
                tr("%1 is not a euro note or coin.").arg(money::format(it.key())));
        if (it.value() < 0 || it.value() > maxPiecesPerDenomination)
            return makeError(ErrorCode::InvalidInput,
                tr("The number of %1 pieces must be between 0 and 100 000.")
                    .arg(money::format(it.key())));
        total += it.key() * it.value();
    }
    return total;
}

Result<DenominationCount> CashSessions::parseCount(const QString &text)
{
    static const QRegularExpression item(
        QStringLiteral("^\\s*(\\d{1,3}(?:[.,]\\d{1,2})?)\\s*[x×*]\\s*(\\d{1,6})\\s*(?:[,;\\s]|$)"));
    DenominationCount counted;
    QString rest = text;
    if (text.size() > 2000 || text.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
            tr("Write the count as 50x2,20x3,0.50x4 (denomination x number)."));
    while (!rest.trimmed().isEmpty()) {
        const auto match = item.match(rest);
        if (!match.hasMatch())
            return makeError(ErrorCode::InvalidInput,
                tr("Cannot read the count near \"%1\": write it as 50x2,20x3,0.50x4.")
                    .arg(rest.trimmed().left(20)));
        auto denomination = money::parse(match.capturedView(1));
        if (!denomination)
            return denomination.error();
        counted[*denomination] += match.capturedView(2).toLongLong();
        rest = rest.mid(match.capturedLength(0));
    }
    if (auto total = countTotal(counted); !total)
        return total.error();
    return counted;
}

Result<OpenSessionInfo> CashSessions::requireOpen(const QString &whyNeeded) const
{
    auto found = openSession();
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::Conflict, whyNeeded);
    return **found;
}

std::optional<OpenSessionInfo> CashSessions::current() const
{
    auto session = openSession();
    return session ? *session : std::nullopt;
}

Result<std::optional<OpenSessionInfo>> CashSessions::openSession() const
{
    Database &db = m_store.db();
    QSqlQuery &query = db.prepared(QStringLiteral(
        "SELECT o.seq, d.number, o.cashier_id, o.cashier_name, d.created_utc, o.float_cents "
        "FROM session_open o JOIN document d ON d.station_id = o.station_id AND d.seq = o.seq "
        "WHERE o.station_id = ? AND NOT EXISTS (SELECT 1 FROM session_close c WHERE "
        "c.station_id = o.station_id AND c.session_seq = o.seq) ORDER BY o.seq DESC LIMIT 1"));
    if (auto result = db.exec(query, {m_store.station().id}); !result)
        return result.error();
    if (!query.next())
        return std::optional<OpenSessionInfo>();
    OpenSessionInfo info{m_store.station().id, query.value(0).toLongLong(),
        query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
        fromIsoUtc(query.value(4).toString()), query.value(5).toLongLong()};
    query.finish();
    return std::optional<OpenSessionInfo>(info);
}

bool CashSessions::varianceBeyondThreshold(qint64 varianceCents) const
{
    return qAbs(varianceCents) > m_store.station().varianceThresholdCents;
}

std::optional<qint64> CashSessions::proposedFloat() const
{
    Database &db = m_store.db();
    QSqlQuery &query = db.prepared(QStringLiteral(
        "SELECT float_cents FROM session_open WHERE station_id = ? ORDER BY seq DESC LIMIT 1"));
    if (!db.exec(query, {m_store.station().id}) || !query.next())
        return std::nullopt;
    const qint64 value = query.value(0).toLongLong();
    query.finish();
    return value;
}

Result<std::optional<QDate>> CashSessions::needsDateConfirmation() const
{
    Database &db = m_store.db();
    QSqlQuery &last = db.prepared(QStringLiteral(
        "SELECT created_utc FROM document WHERE station_id = ? ORDER BY seq DESC LIMIT 1"));
    if (auto result = db.exec(last, {m_store.station().id}); !result)
        return result.error();
    const QDateTime lastUtc = last.next() ? fromIsoUtc(last.value(0).toString()) : QDateTime();
    last.finish();
    const QDateTime now = m_store.clock().nowUtc();
    if (!lastUtc.isValid() || lastUtc.secsTo(now) <= dateConfirmationSecs)
        return std::optional<QDate>();
    return std::optional<QDate>(m_store.businessDay(now));
}

Result<void> CashSessions::checkDateConfirmation(const std::optional<QDate> &confirmed) const
{
    auto needed = needsDateConfirmation();
    if (!needed)
        return needed.error();
    if (!*needed || confirmed == **needed)
        return {};
    return makeError(ErrorCode::ClockWrong,
        tr("Nothing was recorded here for more than 3 days: confirm that today is %1 before "
           "opening the register. If the date is wrong, have an administrator set the PC's "
           "clock.")
            .arg(QLocale().toString(**needed, QLocale::LongFormat)));
}

Result<OpenSessionInfo> CashSessions::open(
    const Actor &actor, qint64 floatCents, const DenominationCount &counted)
{
    Users users(m_store);
    if (auto allowed = users.require(actor, Permission::OpenSession); !allowed)
        return allowed.error();
    if (m_store.station().kind != StationKind::Register)
        return makeError(ErrorCode::Conflict,
            tr("Cash sessions are opened on a register, not on this station."));
    if (floatCents < 0 || floatCents > maxFloatCents)
        return makeError(ErrorCode::InvalidInput,
            tr("The opening float must be between 0,00 € and 10 000,00 €."));
    if (!counted.isEmpty()) {
        auto total = countTotal(counted);
        if (!total)
            return total.error();
        if (*total != floatCents)
            return makeError(ErrorCode::InvalidInput,
                tr("The counted notes and coins make %1, not %2.")
                    .arg(money::format(*total), money::format(floatCents)));
    }

    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    auto openFound = openSession();
    if (!openFound)
        return openFound.error();
    if (const auto open = *openFound)
        return makeError(ErrorCode::Conflict,
            tr("A cash session is already open on this register (%1, opened by %2).")
                .arg(open->number, open->cashierName));
    DocumentWriter writer(m_store, DocumentKind::SessionOpen, actor.userId);
    if (auto result = writer.start(); !result)
        return result.error();
    if (auto result = writer.insert(QStringLiteral("session_open"),
            {{"cashier_id", actor.userId}, {"cashier_name", actor.name},
                {"float_cents", floatCents}});
        !result)
        return result.error();
    if (auto result = writeCount(writer, counted); !result)
        return result.error();
    auto stamp = writer.seal();
    if (!stamp)
        return stamp.error();
    if (auto result = AuditLog(m_store).record(actor.userId, QStringLiteral("session.open"),
            stamp->number, {{QStringLiteral("float_cents"), floatCents}});
        !result)
        return result.error();
    if (auto result = transaction.commit(); !result)
        return result.error();
    return OpenSessionInfo{m_store.station().id, stamp->seq, stamp->number, actor.userId,
        actor.name, stamp->createdUtc, floatCents};
}

Result<DocumentStamp> CashSessions::moveCash(
    const Actor &actor, MovementDirection direction, qint64 amountCents, const QString &reason)
{
    Users users(m_store);
    if (auto allowed = users.require(actor, Permission::CashMovement); !allowed)
        return allowed.error();
    if (amountCents <= 0 || amountCents > maxFloatCents)
        return makeError(
            ErrorCode::InvalidInput, tr("A cash movement must be between 0,01 € and 10 000,00 €."));
    const QString why = reason.simplified();
    if (why.isEmpty() || why.size() > 200)
        return makeError(ErrorCode::InvalidInput,
            tr("Give the reason for the cash movement (at most 200 characters)."));

    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    auto sessionFound = openSession();
    if (!sessionFound)
        return sessionFound.error();
    const auto session = *sessionFound;
    if (!session)
        return makeError(ErrorCode::Conflict, tr("Open a cash session first."));
    if (direction == MovementDirection::Out) {
        auto sofar = totals(session->seq);
        if (!sofar)
            return sofar.error();
        if (amountCents > sofar->expectedCashCents())
            return makeError(ErrorCode::InvalidInput,
                tr("The drawer should hold only %1: %2 cannot be taken out.")
                    .arg(money::format(sofar->expectedCashCents()), money::format(amountCents)));
    }
    DocumentWriter writer(m_store, DocumentKind::CashMovement, actor.userId);
    if (auto result = writer.start(); !result)
        return result.error();
    if (auto result = writer.insert(QStringLiteral("cash_movement"),
            {{"session_seq", session->seq}, {"direction", toKey(direction)},
                {"amount_cents", amountCents}, {"reason", why}});
        !result)
        return result.error();
    auto stamp = writer.seal();
    if (!stamp)
        return stamp.error();
    if (auto result = transaction.commit(); !result)
        return result.error();
    return stamp;
}

Result<SessionTotals> CashSessions::totals(qint64 sessionSeq) const
{
    Database &db = m_store.db();
    const QString station = m_store.station().id;
    SessionTotals t;

    QSqlQuery &open = db.prepared(
        QStringLiteral("SELECT float_cents FROM session_open WHERE station_id = ? AND seq = ?"));
    if (auto result = db.exec(open, {station, sessionSeq}); !result)
        return result.error();
    if (!open.next())
        return makeError(ErrorCode::NotFound, tr("Unknown cash session."));
    t.floatCents = open.value(0).toLongLong();
    open.finish();

    QSqlQuery &sales = db.prepared(QStringLiteral(
        "SELECT count(*), coalesce(sum(total_cents), 0), coalesce(sum(change_cents), 0) FROM sale "
        "INDEXED BY sale_session WHERE station_id = ? AND session_seq = ?"));
    if (auto result = db.exec(sales, {station, sessionSeq}); !result)
        return result.error();
    qint64 change = 0;
    if (sales.next()) {
        t.salesCount = sales.value(0).toLongLong();
        t.salesTotalCents = sales.value(1).toLongLong();
        change = sales.value(2).toLongLong();
    }
    sales.finish();

    QSqlQuery &payments = db.prepared(QStringLiteral(
        "SELECT p.method, sum(p.amount_cents) FROM sale s INDEXED BY sale_session CROSS JOIN "
        "payment p ON p.station_id = "
        "s.station_id AND p.seq = s.seq WHERE s.station_id = ? AND s.session_seq = ? "
        "GROUP BY p.method"));
    if (auto result = db.exec(payments, {station, sessionSeq}); !result)
        return result.error();
    while (payments.next()) {
        const qint64 amount = payments.value(1).toLongLong();
        switch (paymentMethodFromKey(payments.value(0).toString()).value_or(PaymentMethod::Cash)) {
        case PaymentMethod::Cash:
            t.cashSalesCents = amount - change;
            break;
        case PaymentMethod::Card:
            t.cardCents = amount;
            break;
        case PaymentMethod::Cheque:
            t.chequeCents = amount;
            break;
        case PaymentMethod::Free:
            t.freeCents = amount;
            break;
        }
    }
    payments.finish();

    QSqlQuery &refunds = db.prepared(QStringLiteral(
        "SELECT count(*), coalesce(sum(total_cents), 0), coalesce(sum(CASE WHEN method = 'cash' "
        "THEN total_cents ELSE 0 END), 0) FROM refund WHERE station_id = ? AND session_seq = ?"));
    if (auto result = db.exec(refunds, {station, sessionSeq}); !result)
        return result.error();
    if (refunds.next()) {
        t.refundsCount = refunds.value(0).toLongLong();
        t.refundsTotalCents = refunds.value(1).toLongLong();
        t.cashRefundsCents = refunds.value(2).toLongLong();
    }
    refunds.finish();

    QSqlQuery &movements = db.prepared(QStringLiteral(
        "SELECT coalesce(sum(CASE WHEN direction = 'in' THEN amount_cents ELSE 0 END), 0), "
        "coalesce(sum(CASE WHEN direction = 'out' THEN amount_cents ELSE 0 END), 0) "
        "FROM cash_movement WHERE station_id = ? AND session_seq = ?"));
    if (auto result = db.exec(movements, {station, sessionSeq}); !result)
        return result.error();
    if (movements.next()) {
        t.movementsInCents = movements.value(0).toLongLong();
        t.movementsOutCents = movements.value(1).toLongLong();
    }
    movements.finish();

    QSqlQuery &outflows = db.prepared(
        QStringLiteral("SELECT count(*), coalesce(sum(total_weight_grams), 0) FROM outflow "
                       "WHERE station_id = ? AND session_seq = ?"));
    if (auto result = db.exec(outflows, {station, sessionSeq}); !result)
        return result.error();
    if (outflows.next()) {
        t.outflowsCount = outflows.value(0).toLongLong();
        t.outflowGrams = outflows.value(1).toLongLong();
    }
    outflows.finish();

    QSqlQuery &donations = db.prepared(
        QStringLiteral("SELECT method, count(*), sum(amount_cents) FROM donation "
                       "INDEXED BY donation_session WHERE station_id = ? AND session_seq = ? "
                       "GROUP BY method"));
    if (auto result = db.exec(donations, {station, sessionSeq}); !result)
        return result.error();
    while (donations.next()) {
        const qint64 amount = donations.value(2).toLongLong();
        t.donationsCount += donations.value(1).toLongLong();
        t.donationsCents += amount;
        switch (paymentMethodFromKey(donations.value(0).toString()).value_or(PaymentMethod::Cash)) {
        case PaymentMethod::Cash:
            t.cashDonationsCents += amount;
            break;
        case PaymentMethod::Card:
            t.cardDonationsCents += amount;
            break;
        case PaymentMethod::Cheque:
        case PaymentMethod::Free:
            t.chequeDonationsCents += amount;
            break;
        }
    }
    donations.finish();

    QSqlQuery &memberships = db.prepared(
        QStringLiteral("SELECT method, count(*), sum(amount_cents) FROM membership "
                       "INDEXED BY membership_session WHERE station_id = ? AND session_seq = ? "
                       "GROUP BY method"));
    if (auto result = db.exec(memberships, {station, sessionSeq}); !result)
        return result.error();
    while (memberships.next()) {
        const qint64 amount = memberships.value(2).toLongLong();
        t.membershipsCount += memberships.value(1).toLongLong();
        t.membershipsCents += amount;
        switch (
            paymentMethodFromKey(memberships.value(0).toString()).value_or(PaymentMethod::Cash)) {
        case PaymentMethod::Cash:
            t.cashMembershipsCents += amount;
            break;
        case PaymentMethod::Card:
            t.cardMembershipsCents += amount;
            break;
        case PaymentMethod::Cheque:
        case PaymentMethod::Free:
            t.chequeMembershipsCents += amount;
            break;
        }
    }
    memberships.finish();
    return t;
}

Result<qint64> CashSessions::varianceFor(const DenominationCount &counted) const
{
    auto sessionFound = openSession();
    if (!sessionFound)
        return sessionFound.error();
    const auto session = *sessionFound;
    if (!session)
        return makeError(ErrorCode::Conflict, tr("No cash session is open on this register."));
    auto counts = countTotal(counted);
    if (!counts)
        return counts.error();
    auto t = totals(session->seq);
    if (!t)
        return t.error();
    return *counts - t->expectedCashCents();
}

Result<ZReport> CashSessions::close(const Actor &actor, const CloseRequest &request)
{
    Users users(m_store);
    if (auto allowed = users.require(actor, Permission::CloseSession); !allowed)
        return allowed.error();
    if (request.counted.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            tr("Count the drawer first: enter the number of each note and coin "
               "(0 when there is none)."));
    auto counted = countTotal(request.counted);
    if (!counted)
        return counted.error();
    const QString comment = request.comment.trimmed();
    if (comment.size() > maxCommentLength)
        return makeError(ErrorCode::InvalidInput,
            tr("The comment is too long (at most %1 characters).").arg(maxCommentLength));

    // The variance is checked, and a validation asked, before the transaction: a wrong
    // validation PIN must stay recorded (lock-out, audit). The totals are read again inside.
    auto beforeFound = openSession();
    if (!beforeFound)
        return beforeFound.error();
    const auto before = *beforeFound;
    if (!before)
        return makeError(ErrorCode::Conflict, tr("No cash session is open on this register."));
    // A ticket put aside is paid or abandoned (audited) before the drawer is counted.
    auto parked = ParkedTickets(m_store).count();
    if (!parked)
        return parked.error();
    if (*parked > 0)
        return makeError(ErrorCode::Conflict,
            tr("%n ticket(s) put aside: resume and pay them, or abandon them, before closing.",
                nullptr, static_cast<int>(*parked)));
    auto beforeTotals = totals(before->seq);
    if (!beforeTotals)
        return beforeTotals.error();
    const qint64 threshold = m_store.station().varianceThresholdCents;
    const qint64 variance = *counted - beforeTotals->expectedCashCents();
    QString validatedBy;
    if (varianceBeyondThreshold(variance)) {
        if (comment.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                tr("The drawer differs by %1 (more than %2): explain it in a comment.")
                    .arg(money::format(variance), money::format(threshold)));
        auto validator = users.authorize(actor, Permission::ValidateVariance, request.validation);
        if (!validator)
            return validator.error();
        validatedBy = validator->name;
    }

    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    auto sessionFound = openSession();
    if (!sessionFound)
        return sessionFound.error();
    const auto session = *sessionFound;
    if (!session || session->seq != before->seq)
        return makeError(ErrorCode::Conflict, tr("No cash session is open on this register."));
    auto t = totals(session->seq);
    if (!t)
        return t.error();
    if (t->expectedCashCents() != beforeTotals->expectedCashCents())
        return makeError(ErrorCode::Conflict,
            tr("A sale was recorded during the count: count the drawer again."));

    ZReport z;
    z.sessionSeq = session->seq;
    z.cashierName = session->cashierName;
    z.openedUtc = session->openedUtc;
    z.totals = *t;
    z.counted = request.counted;
    z.countedCents = *counted;
    z.expectedCents = t->expectedCashCents();
    z.varianceCents = z.countedCents - z.expectedCents;
    z.thresholdCents = threshold;
    z.comment = comment;
    z.validatedBy = validatedBy;
    const bool beyond = qAbs(z.varianceCents) > z.thresholdCents;

    QSqlQuery &last = db.prepared(QStringLiteral("SELECT grand_total_cents FROM session_close "
                                                 "WHERE station_id = ? ORDER BY seq DESC LIMIT 1"));
    if (auto result = db.exec(last, {m_store.station().id}); !result)
        return result.error();
    const qint64 previousGrandTotal = last.next() ? last.value(0).toLongLong() : 0;
    last.finish();
    z.grandTotalCents = previousGrandTotal + t->salesTotalCents - t->refundsTotalCents;

    DocumentWriter writer(m_store, DocumentKind::SessionClose, actor.userId);
    if (auto result = writer.start(); !result)
        return result.error();
    if (auto result = writer.insert(QStringLiteral("session_close"),
            {{"session_seq", z.sessionSeq}, {"counted_cents", z.countedCents},
                {"expected_cents", z.expectedCents}, {"variance_cents", z.varianceCents},
                {"threshold_cents", z.thresholdCents}, {"comment", z.comment},
                {"validated_by", z.validatedBy}, {"cash_sales_cents", t->cashSalesCents},
                {"cash_refunds_cents", t->cashRefundsCents},
                {"movements_in_cents", t->movementsInCents},
                {"movements_out_cents", t->movementsOutCents}, {"card_cents", t->cardCents},
                {"cheque_cents", t->chequeCents}, {"free_cents", t->freeCents},
                {"sales_count", t->salesCount}, {"sales_total_cents", t->salesTotalCents},
                {"refunds_count", t->refundsCount}, {"refunds_total_cents", t->refundsTotalCents},
                {"grand_total_cents", z.grandTotalCents}, {"outflows_count", t->outflowsCount},
                {"outflow_grams", t->outflowGrams}, {"donations_count", t->donationsCount},
                {"donations_cents", t->donationsCents},
                {"cash_donations_cents", t->cashDonationsCents},
                {"card_donations_cents", t->cardDonationsCents},
                {"cheque_donations_cents", t->chequeDonationsCents},
                {"memberships_count", t->membershipsCount},
                {"memberships_cents", t->membershipsCents},
                {"cash_memberships_cents", t->cashMembershipsCents},
                {"card_memberships_cents", t->cardMembershipsCents},
                {"cheque_memberships_cents", t->chequeMembershipsCents}});
        !result)
        return result.error();
    if (auto result = writeCount(writer, request.counted); !result)
        return result.error();
    auto stamp = writer.seal();
    if (!stamp)
        return stamp.error();
    z.stamp = *stamp;
    z.closedUtc = stamp->createdUtc;
    auto restore = restoreBefore(db, m_store.station().id, stamp->seq);
    if (!restore)
        return restore.error();
    z.restore = *restore;
    auto vat = TillRules(m_store).sessionVat(m_store.station().id, z.sessionSeq);
    if (!vat)
        return vat.error();
    z.vat = *vat;
    auto solidarityTotals = solidarity(m_store.station().id, z.sessionSeq);
    if (!solidarityTotals)
        return solidarityTotals.error();
    z.solidarity = *solidarityTotals;
    auto cheques = ChequeSlips(m_store).waitingAtClosing(z.stamp);
    if (!cheques)
        return cheques.error();
    z.chequesWaiting = *cheques;
    AuditLog audit(m_store);
    if (auto result = audit.record(actor.userId, QStringLiteral("session.close"), stamp->number,
            {{QStringLiteral("variance_cents"), z.varianceCents},
                {QStringLiteral("validated_by"), z.validatedBy}});
        !result)
        return result.error();
    if (beyond) {
        if (auto result =
                audit.record(actor.userId, QStringLiteral("alert.cash-variance"), stamp->number,
                    {{QStringLiteral("variance_cents"), z.varianceCents},
                        {QStringLiteral("threshold_cents"), z.thresholdCents},
                        {QStringLiteral("comment"), z.comment}});
            !result)
            return result.error();
    }
    if (auto result = transaction.commit(); !result)
        return result.error();
    // The days (months, years) that ended before this one close now, by the program. The Z
    // report stands either way: a closing that fails is made by the background worker later.
    if (auto closed = Closings(m_store).closeEndedPeriodsAutomatically(); !closed)
        qCWarning(lcCashSession) << "automatic closings after" << z.stamp.number
                                 << "failed:" << closed.error().message;
    return z;
}

Result<ZReport> CashSessions::zReport(qint64 closingSeq) const
{
    return zReport(m_store.station().id, closingSeq);
}

Result<ZReport> CashSessions::zReport(const QString &station, qint64 closingSeq) const
{
    Database &db = m_store.db();
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "SELECT c.session_seq, o.cashier_name, od.created_utc, d.created_utc, d.number, d.hash, "
        "c.counted_cents, c.expected_cents, c.variance_cents, c.threshold_cents, c.comment, "
        "c.validated_by, c.cash_sales_cents, c.cash_refunds_cents, c.movements_in_cents, "
        "c.movements_out_cents, c.card_cents, c.cheque_cents, c.free_cents, c.sales_count, "
        "c.sales_total_cents, c.refunds_count, c.refunds_total_cents, c.grand_total_cents, "
        "o.float_cents, coalesce(c.outflows_count, 0), coalesce(c.outflow_grams, 0), "
        "coalesce(c.donations_count, 0), coalesce(c.donations_cents, 0), "
        "coalesce(c.cash_donations_cents, 0), coalesce(c.card_donations_cents, 0), "
        "coalesce(c.cheque_donations_cents, 0), coalesce(c.memberships_count, 0), "
        "coalesce(c.memberships_cents, 0), coalesce(c.cash_memberships_cents, 0), "
        "coalesce(c.card_memberships_cents, 0), coalesce(c.cheque_memberships_cents, 0) "
        "FROM session_close c "
        "JOIN document d ON d.station_id = c.station_id AND d.seq = c.seq "
        "JOIN session_open o ON o.station_id = c.station_id AND o.seq = c.session_seq "
        "JOIN document od ON od.station_id = o.station_id AND od.seq = o.seq "
        "WHERE c.station_id = ? AND c.seq = ?"));
    if (auto result = db.exec(query, {station, closingSeq}); !result)
        return result.error();
    if (!query.next())
        return makeError(ErrorCode::NotFound, tr("Unknown closing."));
    ZReport z;
    z.sessionSeq = query.value(0).toLongLong();
    z.cashierName = query.value(1).toString();
    z.openedUtc = fromIsoUtc(query.value(2).toString());
    z.closedUtc = fromIsoUtc(query.value(3).toString());
    z.stamp = DocumentStamp{
        station, closingSeq, query.value(4).toString(), z.closedUtc, query.value(5).toString()};
    z.countedCents = query.value(6).toLongLong();
    z.expectedCents = query.value(7).toLongLong();
    z.varianceCents = query.value(8).toLongLong();
    z.thresholdCents = query.value(9).toLongLong();
    z.comment = query.value(10).toString();
    z.validatedBy = query.value(11).toString();
    SessionTotals &t = z.totals;
    t.cashSalesCents = query.value(12).toLongLong();
    t.cashRefundsCents = query.value(13).toLongLong();
    t.movementsInCents = query.value(14).toLongLong();
    t.movementsOutCents = query.value(15).toLongLong();
    t.cardCents = query.value(16).toLongLong();
    t.chequeCents = query.value(17).toLongLong();
    t.freeCents = query.value(18).toLongLong();
    t.salesCount = query.value(19).toLongLong();
    t.salesTotalCents = query.value(20).toLongLong();
    t.refundsCount = query.value(21).toLongLong();
    t.refundsTotalCents = query.value(22).toLongLong();
    z.grandTotalCents = query.value(23).toLongLong();
    t.floatCents = query.value(24).toLongLong();
    t.outflowsCount = query.value(25).toLongLong();
    t.outflowGrams = query.value(26).toLongLong();
    t.donationsCount = query.value(27).toLongLong();
    t.donationsCents = query.value(28).toLongLong();
    t.cashDonationsCents = query.value(29).toLongLong();
    t.cardDonationsCents = query.value(30).toLongLong();
    t.chequeDonationsCents = query.value(31).toLongLong();
    t.membershipsCount = query.value(32).toLongLong();
    t.membershipsCents = query.value(33).toLongLong();
    t.cashMembershipsCents = query.value(34).toLongLong();
    t.cardMembershipsCents = query.value(35).toLongLong();
    t.chequeMembershipsCents = query.value(36).toLongLong();
    z.counted = readCount(db, station, closingSeq);
    auto restore = restoreBefore(db, station, closingSeq);
    if (!restore)
        return restore.error();
    z.restore = *restore;
    auto vat = TillRules(m_store).sessionVat(station, z.sessionSeq);
    if (!vat)
        return vat.error();
    z.vat = *vat;
    auto solidarityTotals = solidarity(station, z.sessionSeq);
    if (!solidarityTotals)
        return solidarityTotals.error();
    z.solidarity = *solidarityTotals;
    auto cheques = ChequeSlips(m_store).waitingAtClosing(z.stamp);
    if (!cheques)
        return cheques.error();
    z.chequesWaiting = *cheques;
    return z;
}

Result<SolidarityTotals> CashSessions::solidarity(const QString &stationId, qint64 sessionSeq) const
{
    return Solidarity::sessionTotals(m_store, stationId, sessionSeq);
}

} // namespace recaisse::core
