#include "solidarity.h"

#include "ledger.h"
#include "members.h"
#include "money.h"
#include "permissions.h"
#include "store.h"
#include "users.h"
#include "vat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace recaisse::core {

QString toKey(DiscountKind kind)
{
    return kind == DiscountKind::Fixed ? QStringLiteral("fixed") : QStringLiteral("percent");
}

std::optional<DiscountKind> discountKindFromKey(const QString &key)
{
    if (key == QLatin1String("percent"))
        return DiscountKind::Percent;
    if (key == QLatin1String("fixed"))
        return DiscountKind::Fixed;
    return std::nullopt;
}

Result<QString> Solidarity::checkReason(const QString &reason)
{
    const QString text = reason.simplified();
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Give the reason."));
    if (text.size() > maxReasonLength)
        return makeError(ErrorCode::InvalidInput,
            tr("The reason is too long (at most %1 characters).").arg(maxReasonLength));
    return text;
}

Result<QList<qint64>> Solidarity::lineDiscounts(
    const QList<qint64> &lineTotalsCents, const Discount &discount)
{
    if (auto reason = checkReason(discount.reason); !reason)
        return reason.error();
    qint64 total = 0;
    for (const qint64 cents : lineTotalsCents) {
        if (cents < 0 || cents > money::maxCents)
            return makeError(ErrorCode::InvalidInput, tr("A line's total is out of range."));
        total += cents;
    }
    QList<qint64> shares(lineTotalsCents.size(), 0);
    if (discount.kind == DiscountKind::Percent) {
        if (discount.value <= 0 || discount.value > maxPercentBp)
            return makeError(
                ErrorCode::InvalidInput, tr("A discount is between 0,01 % and 100 %."));
        for (qsizetype i = 0; i < lineTotalsCents.size(); ++i)
            shares[i] =
                (lineTotalsCents.at(i) * discount.value * 2 + maxPercentBp) / (2 * maxPercentBp);
        return shares;
    }
    if (discount.value <= 0)
        return makeError(ErrorCode::InvalidInput, tr("Type a discount above 0,00 €."));
    if (discount.value > total)
        return makeError(ErrorCode::InvalidInput,
            tr("The discount (%1) cannot exceed the ticket's total (%2).")
                .arg(money::format(discount.value), money::format(total)));
    qint64 given = 0;
    for (qsizetype i = 0; i < lineTotalsCents.size(); ++i) {
        shares[i] = discount.value * lineTotalsCents.at(i) / total;
        given += shares.at(i);
    }
    // Each share is below its line's total unless the discount is the whole total (then every
    // share is exact and nothing is left), so one more cent always fits.
    for (qsizetype i = 0; given < discount.value && i < lineTotalsCents.size(); ++i) {
        if (lineTotalsCents.at(i) > 0) {
            ++shares[i];
            ++given;
        }
    }
    return shares;
}

namespace {

// A preset's reason: as core takes it, and none seen before whatever its case.
Result<QString> uniqueReason(const QString &text, QStringList &seen, const QString &twice)
{
    auto reason = Solidarity::checkReason(text);
    if (!reason)
        return reason;
    if (seen.contains(reason->toCaseFolded()))
        return makeError(ErrorCode::InvalidInput, twice.arg(*reason));
    seen.append(reason->toCaseFolded());
    return reason;
}

} // namespace

SolidarityPresets Solidarity::defaultPresets()
{
    return {{Discount{DiscountKind::Percent, 5000, tr("Social-services card")},
                Discount{DiscountKind::Percent, 1000, tr("Member"), true}},
        {tr("Solidarity gift"), tr("Street outreach"), tr("Student kit")}};
}

Result<SolidarityPresets> Solidarity::checkPresets(const SolidarityPresets &presets)
{
    if (presets.discounts.size() > maxDiscountPresets)
        return makeError(ErrorCode::InvalidInput,
            tr("The till offers at most %1 discounts.").arg(maxDiscountPresets));
    if (presets.gifts.size() > maxGiftPresets)
        return makeError(ErrorCode::InvalidInput,
            tr("The till offers at most %1 free gifts.").arg(maxGiftPresets));
    SolidarityPresets cleaned;
    QStringList seen;
    for (const Discount &discount : presets.discounts) {
        auto reason = uniqueReason(discount.reason, seen, tr("Two discounts are named \"%1\"."));
        if (!reason)
            return reason.error();
        if (discount.kind == DiscountKind::Percent
            && (discount.value <= 0 || discount.value > maxPercentBp))
            return makeError(ErrorCode::InvalidInput,
                tr("\"%1\": a discount is between 0,01 % and 100 %.").arg(*reason));
        if (discount.kind == DiscountKind::Fixed
            && (discount.value <= 0 || discount.value > money::maxCents))
            return makeError(
                ErrorCode::InvalidInput, tr("\"%1\": type a discount above 0,00 €.").arg(*reason));
        cleaned.discounts.append(
            Discount{discount.kind, discount.value, *reason, discount.membersOnly});
    }
    seen.clear();
    for (const QString &gift : presets.gifts) {
        auto reason = uniqueReason(gift, seen, tr("Two free gifts are named \"%1\"."));
        if (!reason)
            return reason.error();
        cleaned.gifts.append(*reason);
    }
    return cleaned;
}

QJsonObject Solidarity::presetsToJson(const SolidarityPresets &presets)
{
    QJsonArray discounts;
    for (const Discount &discount : presets.discounts)
        discounts.append(QJsonObject{{QStringLiteral("reason"), discount.reason},
            {QStringLiteral("kind"), toKey(discount.kind)},
            {QStringLiteral("value"), discount.value},
            {QStringLiteral("members_only"), discount.membersOnly}});
    return {{QStringLiteral("discounts"), discounts},
        {QStringLiteral("gifts"), QJsonArray::fromStringList(presets.gifts)}};
}

Result<SolidarityPresets> Solidarity::presetsFromJson(const QJsonObject &json)
{
    SolidarityPresets presets;
    for (const QJsonValue &value : json.value(QStringLiteral("discounts")).toArray()) {
        const QJsonObject object = value.toObject();
        const auto kind = discountKindFromKey(object.value(QStringLiteral("kind")).toString());
        if (!kind)
            return makeError(ErrorCode::IntegrityFailure, tr("A discount preset has no kind."));
        presets.discounts.append(Discount{*kind, object.value(QStringLiteral("value")).toInteger(),
            object.value(QStringLiteral("reason")).toString(),
            object.value(QStringLiteral("members_only")).toBool()});
    }
    for (const QJsonValue &value : json.value(QStringLiteral("gifts")).toArray())
        presets.gifts.append(value.toString());
    return checkPresets(presets);
}

Result<SolidarityPresets> Solidarity::sitePresets(Store &store)
{
    Database &db = store.db();
    QSqlQuery &query =
        db.prepared(QStringLiteral("SELECT solidarity_presets FROM site WHERE id = ?"));
    if (auto result = db.exec(query, {store.site().id}); !result)
        return result.error();
    const QVariant stored = query.next() ? query.value(0) : QVariant();
    query.finish();
    if (stored.isNull())
        return defaultPresets();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(stored.toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return makeError(
            ErrorCode::IntegrityFailure, tr("The site's solidarity prices cannot be read."));
    return presetsFromJson(document.object());
}

Result<void> Solidarity::setSitePresets(
    Store &store, const Actor &actor, const SolidarityPresets &presets)
{
    if (auto allowed = Users(store).require(actor, Permission::ManageSettings); !allowed)
        return allowed;
    auto cleaned = checkPresets(presets);
    if (!cleaned)
        return cleaned.error();
    const QJsonObject json = presetsToJson(*cleaned);
    Database &db = store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    QSqlQuery &query =
        db.prepared(QStringLiteral("UPDATE site SET solidarity_presets = ? WHERE id = ?"));
    if (auto result = db.exec(query,
            {QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)),
                store.site().id});
        !result)
        return result;
    query.finish();
    if (auto result = AuditLog(store).record(
            actor.userId, QStringLiteral("solidarity.presets"), store.site().name, json);
        !result)
        return result;
    return transaction.commit();
}

Result<bool> Solidarity::isMemberDiscount(Store &store, const Discount &discount)
{
    if (discount.membersOnly)
        return true;
    // A discount named like one of the site's members-only presets is that preset, whatever its
    // rate or the flag a till or a script sent: an expired member cannot get it by retyping it.
    auto presets = sitePresets(store);
    if (!presets)
        return presets.error();
    const QString reason = discount.reason.simplified();
    return std::any_of(
        presets->discounts.cbegin(), presets->discounts.cend(), [&reason](const Discount &preset) {
            return preset.membersOnly && preset.reason.compare(reason, Qt::CaseInsensitive) == 0;
        });
}

Result<void> Solidarity::checkMember(Store &store, const Discount &discount, const QDate &day)
{
    auto forMembers = isMemberDiscount(store, discount);
    if (!forMembers)
        return forMembers.error();
    if (!*forMembers)
        return {};
    if (discount.memberId.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            tr("\"%1\" is for members: choose the member first.").arg(discount.reason));
    auto member = Members(store).find(discount.memberId);
    if (!member)
        return makeError(ErrorCode::InvalidInput,
            tr("\"%1\" is for members: the member was not found.").arg(discount.reason));
    if (!member->memberUntil.isValid())
        return makeError(ErrorCode::InvalidInput,
            tr("\"%1\" is for members: %2 has no membership; record the fee first.")
                .arg(discount.reason, member->number));
    if (!member->isCurrent(day))
        return makeError(ErrorCode::InvalidInput,
            tr("\"%1\" is for members: the membership of %2 ended on %3. Renew it first, or "
               "sell without this discount (the ticket stays in the member's name).")
                .arg(discount.reason, member->number,
                    QLocale().toString(member->memberUntil, QLocale::ShortFormat)));
    return {};
}

namespace {

// The one reading of the tickets' discounts and gifts; `where` picks the tickets of `s`
// (the sale) and `d` (its document).
Result<SolidarityTotals> totalsWhere(Store &store, const QString &where, const QVariantList &values)
{
    Database &db = store.db();
    QSqlQuery &query = db.prepared(QStringLiteral(
        "SELECT count(DISTINCT CASE WHEN l.discount_cents > 0 THEN s.seq END), "
        "coalesce(sum(l.discount_cents), 0), "
        "coalesce(sum(CASE WHEN l.gift_reason IS NOT NULL THEN l.quantity END), 0), "
        "coalesce(sum(CASE WHEN l.gift_reason IS NOT NULL THEN l.weight_grams END), 0) "
        "FROM sale s JOIN document d ON d.station_id = s.station_id AND d.seq = s.seq "
        "JOIN sale_line l ON l.station_id = s.station_id AND l.seq = s.seq WHERE %1")
                                       .arg(where));
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (auto result = db.exec(query); !result)
        return result.error();
    SolidarityTotals totals;
    if (query.next()) {
        totals.discountedTickets = query.value(0).toLongLong();
        totals.discountCents = query.value(1).toLongLong();
        totals.giftItems = query.value(2).toLongLong();
        totals.giftGrams = query.value(3).toLongLong();
    }
    query.finish();
    return totals;
}

} // namespace

Result<SolidarityTotals> Solidarity::sessionTotals(
    Store &store, const QString &stationId, qint64 sessionSeq)
{
    return totalsWhere(
        store, QStringLiteral("s.station_id = ? AND s.session_seq = ?"), {stationId, sessionSeq});
}

Result<SolidarityTotals> Solidarity::periodTotals(
    Store &store, const QString &stationId, const QDate &first, const QDate &last)
{
    return totalsWhere(store, QStringLiteral("s.station_id = ? AND d.business_day BETWEEN ? AND ?"),
        {stationId, first.toString(Qt::ISODate), last.toString(Qt::ISODate)});
}

QString Solidarity::describe(const Discount &discount)
{
    return discount.kind == DiscountKind::Percent
        ? QStringLiteral("−") + vat::formatRate(int(discount.value))
        : QStringLiteral("−") + money::format(discount.value);
}

} // namespace recaisse::core
