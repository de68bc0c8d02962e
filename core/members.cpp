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
        QStringLiteral("INSERT INTO member (id, site_id, number, name, contact, created_utc) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    if (auto result = db.exec(insert,
            {member.id, m_store.site().id, member.number, member.name, member.contact,
                isoUtc(member.createdUtc)});
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
    QSqlQuery &change =
        db.prepared(QStringLiteral("UPDATE member SET name = ?, contact = ? WHERE id = ?"));
    if (auto result = db.exec(change, {clean->first, clean->second, id}); !result)
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
    if (auto result = AuditLog(m_store).record(actor.userId, QStringLiteral("member.export"), id);
        !result)
        return result.error();
    return QJsonObject{{QStringLiteral("id"), member->id},
        {QStringLiteral("number"), member->number}, {QStringLiteral("name"), member->name},
        {QStringLiteral("contact"), member->contact},
        {QStringLiteral("registered_utc"), isoUtc(member->createdUtc)},
        {QStringLiteral("membership_fees"), fees}};
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

} // namespace recaisse::core
