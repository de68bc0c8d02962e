#include "members.h"

#include "cashsession.h"
#include "ledger.h"
#include "money.h"
#include "store.h"
#include "users.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace recaisse::core {

namespace {

const QString memberColumns = QStringLiteral(
    "SELECT m.id, m.number, m.name, m.contact, m.created_utc, "
    "(SELECT min(period_start) FROM membership WHERE member_id = m.id), "
    "(SELECT max(period_end) FROM membership WHERE member_id = m.id) FROM member m ");

Member memberFrom(const QSqlQuery &query)
{
    Member member;
    member.id = query.value(0).toString();
    member.number = query.value(1).toString();
    member.name = query.value(2).toString();
    member.contact = query.value(3).toString();
    member.createdUtc = fromIsoUtc(query.value(4).toString());
    member.memberSince = QDate::fromString(query.value(5).toString(), Qt::ISODate);
    member.memberUntil = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    return member;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

QJsonObject MemberPurchase::toJson() const
{
    return {{QStringLiteral("ticket"), saleNumber},
        {QStringLiteral("recorded_utc"), isoUtc(createdUtc)},
        {QStringLiteral("total_cents"), totalCents},
        {QStringLiteral("discount_cents"), discountCents},
        {QStringLiteral("refunded_cents"), refundedCents}};
}

Members::Members(Store &store)
    : m_store(store)
{
}

Result<std::pair<QString, QString>> Members::cleaned(const QString &name, const QString &contact)
{
    const QString n = name.simplified();
    const QString c = contact.simplified();
    if (n.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Type the member's name."));
    if (n.size() > maxMemberNameLength)
        return makeError(ErrorCode::InvalidInput,
            tr("The name is too long (at most %1 characters).").arg(maxMemberNameLength));
    if (c.size() > maxMemberContactLength)
        return makeError(ErrorCode::InvalidInput,
            tr("The contact is too long (at most %1 characters).").arg(maxMemberContactLength));
    return std::pair{n, c};
}

Result<Member> Members::create(const Actor &actor, const QString &name, const QString &contact)
{
    if (auto allowed = Users(m_store).require(actor, Permission::RecordSale); !allowed)
        return allowed.error();
    auto clean = cleaned(name, contact);
    if (!clean)
        return clean.error();
    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    // A counter per station that never goes back, so that an erased member's number is never
    // given again; the station's code makes it unique across the shop without a network.
    QSqlQuery &counter = db.prepared(QStringLiteral(
        "INSERT INTO meta (key, value) VALUES ('member_counter', '1') ON CONFLICT (key) DO "
        "UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)"));
    if (auto result = db.exec(counter); !result)
        return result.error();
    counter.finish();
    QSqlQuery &read =
        db.prepared(QStringLiteral("SELECT value FROM meta WHERE key = 'member_counter'"));
    if (auto result = db.exec(read); !result)
        return result.error();
    const qint64 counted = read.next() ? read.value(0).toLongLong() : 0;
    read.finish();
    Member member;
    member.id = newId();
    member.number = m_store.station().code + QLatin1Char('-') + QString::number(counted);
    member.name = clean->first;
    member.contact = clean->second;
    member.createdUtc = m_store.clock().nowUtc();
    QSqlQuery &insert = db.prepared(
        QStringLiteral("INSERT INTO member (id, site_id, number, name, contact, created_utc, "
                       "updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (auto result = db.exec(insert,
            {member.id, m_store.site().id, member.number, member.name, member.contact,
                isoUtc(member.createdUtc), isoUtc(member.createdUtc)});
        !result)
        return result.error();
    insert.finish();
    // The audit trail is chained and never erased: it names the member by id and number only.
    if (auto result = AuditLog(m_store).record(actor.userId, QStringLiteral("member.create"),
            member.id, {{QStringLiteral("number"), member.number}});
        !result)
        return result.error();
    if (auto result = transaction.commit(); !result)
        return result.error();
    return member;
}

Result<Member> Members::update(
    const Actor &actor, const QString &id, const QString &name, const QString &contact)
{
    if (auto allowed = Users(m_store).require(actor, Permission::RecordSale); !allowed)
        return allowed.error();
    auto clean = cleaned(name, contact);
    if (!clean)
        return clean.error();
    auto existing = find(id);
    if (!existing)
        return existing.error();
    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    QSqlQuery &change = db.prepared(
        QStringLiteral("UPDATE member SET name = ?, contact = ?, updated_utc = ? WHERE id = ?"));
    if (auto result =
            db.exec(change, {clean->first, clean->second, isoUtc(m_store.clock().nowUtc()), id});
        !result)
        return result.error();
    change.finish();
    if (auto result = AuditLog(m_store).record(actor.userId, QStringLiteral("member.update"), id);
        !result)
        return result.error();
    if (auto result = transaction.commit(); !result)
        return result.error();
    existing->name = clean->first;
    existing->contact = clean->second;
    return *existing;
}

Result<QList<Member>> Members::select(const QString &where, const QVariantList &values) const
{
    Database &db = m_store.db();
    QSqlQuery query(db.connection());
    if (!query.prepare(memberColumns + where))
        return db.errorFrom(query.lastError());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return db.errorFrom(query.lastError());
    QList<Member> members;
    while (query.next())
        members.append(memberFrom(query));
    return members;
}

Result<Member> Members::find(const QString &id) const
{
    auto found = select(QStringLiteral("WHERE m.id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, tr("Unknown member (erased, or never registered)."));
    return found->first();
}

Result<Member> Members::findByNumber(const QString &number) const
{
    const QString wanted = number.simplified();
    auto found = select(QStringLiteral("WHERE m.site_id = ? AND m.number = ? COLLATE NOCASE"),
        {m_store.site().id, wanted});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, tr("No member is numbered %1.").arg(wanted));
    return found->first();
}

Result<MemberPurchases> Members::purchases(const QString &memberId) const
{
    Database &db = m_store.db();
    QSqlQuery &query = db.prepared(QStringLiteral(
        "SELECT d.number, d.created_utc, s.total_cents, "
        "(SELECT coalesce(sum(l.discount_cents), 0) FROM sale_line l WHERE l.station_id = "
        "s.station_id AND l.seq = s.seq), "
        "(SELECT coalesce(sum(r.total_cents), 0) FROM refund r WHERE r.sale_station_id = "
        "s.station_id AND r.sale_seq = s.seq) "
        "FROM sale s JOIN document d ON d.station_id = s.station_id AND d.seq = s.seq "
        "WHERE s.member_id = ? ORDER BY d.created_utc, d.number"));
    if (auto result = db.exec(query, {memberId}); !result)
        return result.error();
    MemberPurchases purchases;
    while (query.next()) {
        const MemberPurchase ticket{query.value(0).toString(),
            fromIsoUtc(query.value(1).toString()), query.value(2).toLongLong(),
            query.value(3).toLongLong(), query.value(4).toLongLong()};
        purchases.totalCents += ticket.totalCents;
        purchases.discountCents += ticket.discountCents;
        purchases.refundedCents += ticket.refundedCents;
        purchases.tickets.append(ticket);
    }
    query.finish();
    return purchases;
}

Result<QList<Member>> Members::search(const QString &text, int limit) const
{
    const QString wanted = text.simplified();
    return select(QStringLiteral("WHERE m.site_id = ? AND (m.number = ? COLLATE NOCASE OR m.name "
                                 "LIKE ? ESCAPE '\\') ORDER BY m.name COLLATE NOCASE, m.number "
                                 "LIMIT ?"),
        {m_store.site().id, wanted, likePattern(wanted), limit});
}

Result<QList<Member>> Members::toRenew(const QDate &until) const
{
    auto all = select(QStringLiteral("WHERE m.site_id = ?"), {m_store.site().id});
    if (!all)
        return all.error();
    QList<Member> due;
    for (const Member &member : std::as_const(*all)) {
        if (member.memberUntil.isValid() && member.memberUntil <= until)
            due.append(member);
    }
    std::sort(due.begin(), due.end(), [](const Member &a, const Member &b) {
        return a.memberUntil != b.memberUntil ? a.memberUntil > b.memberUntil : a.number < b.number;
    });
    return due;
}

Result<std::pair<QDate, QDate>> Members::nextPeriod(const QString &memberId) const
{
    auto member = find(memberId);
    if (!member)
        return member.error();
    const QDate today = m_store.today();
    const QDate start = member->memberUntil.isValid() && member->memberUntil >= today
        ? member->memberUntil.addDays(1)
        : today;
    return std::pair{start, start.addYears(1).addDays(-1)};
}

Result<void> Members::validate(const MembershipDraft &draft)
{
    if (draft.memberId.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Choose the member first."));
    if (draft.amountCents <= 0 || draft.amountCents > money::maxCents)
        return makeError(ErrorCode::InvalidInput,
            tr("A membership fee is between 0,01 € and %1.").arg(money::format(money::maxCents)));
    if (draft.method == PaymentMethod::Free)
        return makeError(
            ErrorCode::InvalidInput, tr("A membership fee is paid in cash, by card or by cheque."));
    return {};
}

Result<Membership> Members::recordFee(const Actor &actor, const MembershipDraft &draft)
{
    if (auto allowed = Users(m_store).require(actor, Permission::RecordSale); !allowed)
        return allowed.error();
    if (auto valid = validate(draft); !valid)
        return valid.error();
    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    auto period = nextPeriod(draft.memberId);
    if (!period)
        return period.error();
    const auto session = CashSessions(m_store).requireOpen(
        tr("Open a cash session before receiving a membership fee."));
    if (!session)
        return session.error();
    DocumentWriter writer(m_store, DocumentKind::Membership, actor.userId);
    if (auto result = writer.start(); !result)
        return result.error();
    if (auto result = writer.insert(QStringLiteral("membership"),
            {{"session_seq", session->seq}, {"member_id", draft.memberId},
                {"method", toKey(draft.method)}, {"amount_cents", draft.amountCents},
                {"period_start", period->first.toString(Qt::ISODate)},
                {"period_end", period->second.toString(Qt::ISODate)}});
        !result)
        return result.error();
    auto stamp = writer.seal();
    if (!stamp)
        return stamp.error();
    if (auto result = transaction.commit(); !result)
        return result.error();
    return Membership{*stamp, session->seq, draft.memberId, draft.method, draft.amountCents,
        period->first, period->second};
}

Result<QJsonObject> Members::exportData(const Actor &actor, const QString &id)
{
    if (auto allowed = Users(m_store).require(actor, Permission::ExportData); !allowed)
        return allowed.error();
    auto member = find(id);
    if (!member)
        return member.error();
    Database &db = m_store.db();
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "SELECT d.number, d.created_utc, m.method, m.amount_cents, m.period_start, m.period_end "
        "FROM membership m JOIN document d ON d.station_id = m.station_id AND d.seq = m.seq "
        "WHERE m.member_id = ? ORDER BY d.created_utc, d.number"));
    query.addBindValue(id);
    if (!query.exec())
        return db.errorFrom(query.lastError());
    QJsonArray fees;
    while (query.next())
        fees.append(QJsonObject{{QStringLiteral("document"), query.value(0).toString()},
            {QStringLiteral("recorded_utc"), query.value(1).toString()},
            {QStringLiteral("method"), query.value(2).toString()},
            {QStringLiteral("amount_cents"), query.value(3).toLongLong()},
            {QStringLiteral("period_start"), query.value(4).toString()},
            {QStringLiteral("period_end"), query.value(5).toString()}});
    auto bought = purchases(id);
    if (!bought)
        return bought.error();
    QJsonArray tickets;
    for (const MemberPurchase &ticket : std::as_const(bought->tickets))
        tickets.append(ticket.toJson());
    if (auto result = AuditLog(m_store).record(actor.userId, QStringLiteral("member.export"), id);
        !result)
        return result.error();
    return QJsonObject{{QStringLiteral("id"), member->id},
        {QStringLiteral("number"), member->number}, {QStringLiteral("name"), member->name},
        {QStringLiteral("contact"), member->contact},
        {QStringLiteral("registered_utc"), isoUtc(member->createdUtc)},
        {QStringLiteral("membership_fees"), fees}, {QStringLiteral("purchases"), tickets},
        {QStringLiteral("purchases_net_cents"), bought->netCents()}};
}

Result<void> Members::erase(const Actor &actor, const QString &id)
{
    if (auto allowed = Users(m_store).require(actor, Permission::ManageSettings); !allowed)
        return allowed.error();
    auto member = find(id);
    if (!member)
        return member.error();
    Database &db = m_store.db();
    // The deleted row's bytes are overwritten, not left in a free page of the file.
    if (auto result = db.exec(QStringLiteral("PRAGMA secure_delete = ON")); !result)
        return result.error();
    {
        Transaction transaction(db);
        if (!transaction.started())
            return transaction.started().error();
        QSqlQuery &remove = db.prepared(QStringLiteral("DELETE FROM member WHERE id = ?"));
        if (auto result = db.exec(remove, {id}); !result)
            return result.error();
        remove.finish();
        // Kept, without the name, so that the other stations erase the member too.
        QSqlQuery &erased = db.prepared(QStringLiteral(
            "INSERT INTO member_erased (id, number, erased_utc) VALUES (?, ?, ?) ON CONFLICT (id) "
            "DO NOTHING"));
        if (auto result = db.exec(erased, {id, member->number, isoUtc(m_store.clock().nowUtc())});
            !result)
            return result.error();
        erased.finish();
        if (auto result = AuditLog(m_store).record(actor.userId, QStringLiteral("member.erase"), id,
                {{QStringLiteral("number"), member->number}});
            !result)
            return result.error();
        if (auto result = transaction.commit(); !result)
            return result.error();
    }
    // The write-ahead log still holds the page as it was: fold it into the database and empty it.
    return db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

Result<QJsonObject> Members::sharedRegister() const
{
    Database &db = m_store.db();
    QSqlQuery query(db.connection());
    if (!query.prepare(QStringLiteral(
            "SELECT id, number, name, contact, created_utc, coalesce(updated_utc, created_utc) "
            "FROM member WHERE site_id = ? ORDER BY id"))) {
        return db.errorFrom(query.lastError());
    }
    query.addBindValue(m_store.site().id);
    if (!query.exec())
        return db.errorFrom(query.lastError());
    QJsonArray members;
    while (query.next())
        members.append(QJsonObject{{QStringLiteral("id"), query.value(0).toString()},
            {QStringLiteral("number"), query.value(1).toString()},
            {QStringLiteral("name"), query.value(2).toString()},
            {QStringLiteral("contact"), query.value(3).toString()},
            {QStringLiteral("created_utc"), query.value(4).toString()},
            {QStringLiteral("updated_utc"), query.value(5).toString()}});
    QSqlQuery erasedQuery(db.connection());
    if (!erasedQuery.exec(
            QStringLiteral("SELECT id, number, erased_utc FROM member_erased ORDER BY id")))
        return db.errorFrom(erasedQuery.lastError());
    QJsonArray erased;
    while (erasedQuery.next())
        erased.append(QJsonObject{{QStringLiteral("id"), erasedQuery.value(0).toString()},
            {QStringLiteral("number"), erasedQuery.value(1).toString()},
            {QStringLiteral("erased_utc"), erasedQuery.value(2).toString()}});
    return QJsonObject{{QStringLiteral("format"), QLatin1String(memberRegisterFormat)},
        {QStringLiteral("site_id"), m_store.site().id}, {QStringLiteral("members"), members},
        {QStringLiteral("erased"), erased}};
}

namespace {

struct SharedMember
{
    QString id;
    QString number;
    QString name;
    QString contact;
    QDateTime createdUtc;
    QDateTime updatedUtc; // for an erased member: when it was erased
};

// An id and a number as a station makes them: not empty, short.
bool plausibleKey(const QString &id, const QString &number)
{
    return !id.isEmpty() && id.size() <= 64 && !number.isEmpty() && number.size() <= 40;
}

} // namespace

Result<int> Members::applyShared(const QJsonObject &shared)
{
    const auto damaged = [] {
        return makeError(
            ErrorCode::IntegrityFailure, tr("A station's shared member register is damaged."));
    };
    if (shared.value(QStringLiteral("format")).toString() != QLatin1String(memberRegisterFormat))
        return damaged();
    if (shared.value(QStringLiteral("site_id")).toString() != m_store.site().id)
        return 0;
    // Everything is checked before anything is written.
    QList<SharedMember> incoming;
    for (const QJsonValue &value : shared.value(QStringLiteral("members")).toArray()) {
        const QJsonObject object = value.toObject();
        SharedMember member{object.value(QStringLiteral("id")).toString(),
            object.value(QStringLiteral("number")).toString(), {}, {},
            fromIsoUtc(object.value(QStringLiteral("created_utc")).toString()),
            fromIsoUtc(object.value(QStringLiteral("updated_utc")).toString())};
        auto clean = cleaned(object.value(QStringLiteral("name")).toString(),
            object.value(QStringLiteral("contact")).toString());
        if (!clean || !plausibleKey(member.id, member.number) || !member.createdUtc.isValid()
            || !member.updatedUtc.isValid())
            return damaged();
        member.name = clean->first;
        member.contact = clean->second;
        incoming.append(member);
    }
    QList<SharedMember> erased;
    for (const QJsonValue &value : shared.value(QStringLiteral("erased")).toArray()) {
        const QJsonObject object = value.toObject();
        const SharedMember member{object.value(QStringLiteral("id")).toString(),
            object.value(QStringLiteral("number")).toString(), {}, {}, {},
            fromIsoUtc(object.value(QStringLiteral("erased_utc")).toString())};
        if (!plausibleKey(member.id, member.number) || !member.updatedUtc.isValid())
            return damaged();
        erased.append(member);
    }

    Database &db = m_store.db();
    // An erased member's row is overwritten on the disk, not left in a free page.
    if (!erased.isEmpty()) {
        if (auto result = db.exec(QStringLiteral("PRAGMA secure_delete = ON")); !result)
            return result.error();
    }
    int changed = 0;
    bool erasedHere = false;
    {
        Transaction transaction(db);
        if (!transaction.started())
            return transaction.started().error();
        for (const SharedMember &member : std::as_const(erased)) {
            QSqlQuery &remember = db.prepared(QStringLiteral(
                "INSERT INTO member_erased (id, number, erased_utc) VALUES (?, ?, ?) ON CONFLICT "
                "(id) DO NOTHING"));
            if (auto result =
                    db.exec(remember, {member.id, member.number, isoUtc(member.updatedUtc)});
                !result)
                return result.error();
            remember.finish();
            QSqlQuery &remove = db.prepared(QStringLiteral("DELETE FROM member WHERE id = ?"));
            if (auto result = db.exec(remove, {member.id}); !result)
                return result.error();
            if (remove.numRowsAffected() > 0) {
                ++changed;
                erasedHere = true;
            }
            remove.finish();
        }
        for (const SharedMember &member : std::as_const(incoming)) {
            QSqlQuery &held = db.prepared(QStringLiteral(
                "SELECT (SELECT count(*) FROM member_erased WHERE id = ?), (SELECT "
                "coalesce(updated_utc, created_utc) FROM member WHERE id = ?), (SELECT count(*) "
                "FROM member WHERE site_id = ? AND number = ? AND id <> ?)"));
            if (auto result = db.exec(
                    held, {member.id, member.id, m_store.site().id, member.number, member.id});
                !result)
                return result.error();
            const bool wasErased = held.next() && held.value(0).toLongLong() > 0;
            const QVariant localUpdate = held.value(1);
            // A number another member holds here (a station restored behind its register gives
            // numbers again): the local member keeps it.
            const bool numberTaken = held.value(2).toLongLong() > 0;
            held.finish();
            if (wasErased)
                continue;
            if (localUpdate.isNull()) {
                if (numberTaken)
                    continue;
                QSqlQuery &insert = db.prepared(QStringLiteral(
                    "INSERT INTO member (id, site_id, number, name, contact, created_utc, "
                    "updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?)"));
                if (auto result = db.exec(insert,
                        {member.id, m_store.site().id, member.number, member.name, member.contact,
                            isoUtc(member.createdUtc), isoUtc(member.updatedUtc)});
                    !result)
                    return result.error();
                insert.finish();
                ++changed;
            } else if (fromIsoUtc(localUpdate.toString()) < member.updatedUtc) {
                QSqlQuery &update = db.prepared(QStringLiteral(
                    "UPDATE member SET name = ?, contact = ?, updated_utc = ? WHERE id = ? AND "
                    "(name <> ? OR contact <> ? OR coalesce(updated_utc, '') <> ?)"));
                const QString updated = isoUtc(member.updatedUtc);
                if (auto result = db.exec(update,
                        {member.name, member.contact, updated, member.id, member.name,
                            member.contact, updated});
                    !result)
                    return result.error();
                if (update.numRowsAffected() > 0)
                    ++changed;
                update.finish();
            }
        }
        if (auto result = transaction.commit(); !result)
            return result.error();
    }
    // The write-ahead log still holds the erased rows' pages: fold it in and empty it.
    if (erasedHere) {
        if (auto result = db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !result)
            return result.error();
    }
    return changed;
}

} // namespace recaisse::core
