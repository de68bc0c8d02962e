#pragma once

#include "domain.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>

namespace recaisse::core {

class Store;

inline constexpr int maxMemberNameLength = 100;
inline constexpr int maxMemberContactLength = 200;
// The register a station publishes to the other stations (stations/<id>/members.json, sealed).
inline constexpr char memberRegisterFormat[] = "recaisse-members-1";

// A member of the association. Personal data (name, contact) lives in the mutable member table,
// outside the chain; documents name a member by its opaque id only.
struct Member
{
    QString id; // opaque
    QString number; // shown on the card: the station's code and a counter, "CAISSE1-7"
    QString name;
    QString contact; // optional: a phone number or an e-mail address
    QDateTime createdUtc;
    // From the membership fees recorded: the first day of the first period and the last day of
    // the last one (invalid when none).
    QDate memberSince;
    QDate memberUntil;
    bool isCurrent(const QDate &day) const { return memberUntil.isValid() && memberUntil >= day; }
};

// A ticket made for a member (sale form 6), with what was paid back on it since.
struct MemberPurchase
{
    QString saleNumber;
    QDateTime createdUtc;
    qint64 totalCents = 0; // paid, net of the discount
    qint64 discountCents = 0;
    qint64 refundedCents = 0;
    // {ticket, recorded_utc, total_cents, discount_cents, refunded_cents} (export, CLI).
    QJsonObject toJson() const;
};

// A member's purchases at every station this one knows, oldest first, and their sums.
struct MemberPurchases
{
    QList<MemberPurchase> tickets;
    qint64 totalCents = 0;
    qint64 discountCents = 0;
    qint64 refundedCents = 0;
    qint64 netCents() const { return totalCents - refundedCents; }
};

struct MembershipDraft
{
    QString memberId;
    PaymentMethod method = PaymentMethod::Cash; // cash, card or cheque
    qint64 amountCents = 0;
};

struct Membership
{
    DocumentStamp stamp;
    qint64 sessionSeq = 0;
    QString memberId;
    PaymentMethod method = PaymentMethod::Cash;
    qint64 amountCents = 0;
    QDate periodStart;
    QDate periodEnd;
};

// The member register and the membership fees. A fee is a document of its own (series "A") in
// the cash session, like a money donation: never a sale line, so no sales, reuse, tonnage or
// eco-organism figure can count it; the Z report shows it apart. A fee covers a year: from today,
// or from the day after the current membership ends when it is renewed early.
class Members
{
    Q_DECLARE_TR_FUNCTIONS(Members)

public:
    explicit Members(Store &store);

    // At the till (RecordSale) or in the back office.
    Result<Member> create(const Actor &actor, const QString &name, const QString &contact);
    // Rectification (GDPR): the name and contact of a member.
    Result<Member> update(
        const Actor &actor, const QString &id, const QString &name, const QString &contact);
    Result<Member> find(const QString &id) const;
    // By the number on the card, whole (case-insensitive).
    Result<Member> findByNumber(const QString &number) const;
    // By number, or by a part of the name (case-insensitive); at most `limit`, by name.
    Result<QList<Member>> search(const QString &text, int limit = 50) const;
    // Members whose membership ended, or ends on or before `until`, latest first.
    Result<QList<Member>> toRenew(const QDate &until) const;

    // The period a fee paid today would cover for this member.
    Result<std::pair<QDate, QDate>> nextPeriod(const QString &memberId) const;
    // The tickets made for the member (Sales::record with a member) and their totals.
    Result<MemberPurchases> purchases(const QString &memberId) const;

    static Result<void> validate(const MembershipDraft &draft);
    Result<Membership> recordFee(const Actor &actor, const MembershipDraft &draft);

    // Everything the shop holds about one member (GDPR access and portability): the register
    // entry, the fees and the purchases; audited (member.export). Administrators only.
    Result<QJsonObject> exportData(const Actor &actor, const QString &id);
    // Erases a member's name and contact (GDPR erasure); the fee documents keep the opaque id and
    // every hash. Audited (member.erase) without the name. Administrators only. The erasure goes
    // to the other stations with the shared register, which erase the member too.
    Result<void> erase(const Actor &actor, const QString &id);

    // The register shared between the stations: every member this station holds (with when its
    // name or contact last changed) and every member erased anywhere (id and number only).
    Result<QJsonObject> sharedRegister() const;
    // Merges another station's shared register: a member erased there is erased here (its row
    // overwritten on the disk) and never comes back; a member unknown here is added; a known one
    // takes the newer name and contact. The whole register is checked before anything is written
    // (IntegrityFailure: nothing applied). A register of another shop changes nothing. Returns how
    // many members were added, changed or erased here.
    Result<int> applyShared(const QJsonObject &shared);

private:
    Result<QList<Member>> select(const QString &where, const QVariantList &values) const;
    static Result<std::pair<QString, QString>> cleaned(const QString &name, const QString &contact);

    Store &m_store;
};

} // namespace recaisse::core
