#include "solidarity.h"

#include "money.h"
#include "vat.h"

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

QList<Discount> Solidarity::presets()
{
    return {Discount{DiscountKind::Percent, 5000, tr("Social-services card")},
        Discount{DiscountKind::Percent, 1000, tr("Member")}};
}

QStringList Solidarity::giftReasons()
{
    return {tr("Solidarity gift"), tr("Street outreach"), tr("Student kit")};
}

QString Solidarity::describe(const Discount &discount)
{
    return discount.kind == DiscountKind::Percent
        ? QStringLiteral("−") + vat::formatRate(int(discount.value))
        : QStringLiteral("−") + money::format(discount.value);
}

} // namespace recaisse::core
