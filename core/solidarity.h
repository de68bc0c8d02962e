#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace recaisse::core {

struct Actor;
class Store;

// Solidarity prices: a discount chosen at the payment step for the whole ticket (a
// social-services card, a member), and free gifts (a 0 € line given for a social action).
enum class DiscountKind { Percent, Fixed };
QString toKey(DiscountKind kind); // "percent", "fixed"
std::optional<DiscountKind> discountKindFromKey(const QString &key);

struct Discount
{
    DiscountKind kind = DiscountKind::Percent;
    // Percent: hundredths of a percent (5000 is 50 %); fixed: cents off the ticket.
    qint64 value = 0;
    QString reason; // printed on the ticket and kept in the sale
    // A site's preset for members only (Solidarity::checkMember): the ticket needs a member whose
    // membership is current on the sale's day. Not kept in the sale.
    bool membersOnly = false;
    QString memberId = {}; // the member chosen at the till, for a members-only discount

    bool operator==(const Discount &) const = default;
};

// What the till offers at once, per site: the discounts (F2, F3... in the discount dialog) and
// the free gifts' reasons. Set on an administration station, they travel in the signed site
// configuration (the site's "solidarity_presets").
struct SolidarityPresets
{
    QList<Discount> discounts;
    QStringList gifts;

    bool operator==(const SolidarityPresets &) const = default;
};

// The discounts and free gifts of tickets, read from the tickets (sale form 4): the discounts
// given (already out of the sales total) and the free gifts (0 € lines, reuse). The Z report sums
// a session's, the closings a period's, with the same rule (Solidarity::sessionTotals,
// Solidarity::periodTotals).
struct SolidarityTotals
{
    qint64 discountedTickets = 0;
    qint64 discountCents = 0;
    qint64 giftItems = 0;
    qint64 giftGrams = 0;
    bool isEmpty() const { return discountedTickets == 0 && giftItems == 0; }
};

class Solidarity
{
    Q_DECLARE_TR_FUNCTIONS(Solidarity)

public:
    static constexpr int maxReasonLength = 100;
    static constexpr qint64 maxPercentBp = 10000;

    // The one rule, in cents. A percentage applies to each line on its own: the line's discount
    // is round half up (line total × rate / 100 %), so the ticket's discount is the sum of its
    // lines'. A fixed amount (at most the ticket's total) is spread over the lines in proportion
    // to their totals, each share rounded down, and the cents left over go one by one to the
    // priced lines in line order. A line's discount never exceeds its total; a 0 € line (a free
    // gift) takes none. Refused: no reason, a rate outside 0,01–100 %, an amount of 0 or above
    // the total.
    static Result<QList<qint64>> lineDiscounts(
        const QList<qint64> &lineTotalsCents, const Discount &discount);
    // The reason of a free gift or a discount: trimmed, not empty, at most maxReasonLength.
    static Result<QString> checkReason(const QString &reason);

    // The site's presets: at most maxDiscountPresets discounts and maxGiftPresets gifts (they fit
    // the till's dialogs and its function keys).
    static constexpr int maxDiscountPresets = 3;
    static constexpr int maxGiftPresets = 6;
    // What a site that never set its presets offers (−50 % social-services card, −10 % members;
    // solidarity gift, street outreach, student kit).
    static SolidarityPresets defaultPresets();
    // Checks the presets (each discount as core takes it, reasons unique, within the limits);
    // returns them cleaned (reasons trimmed, member ids dropped).
    static Result<SolidarityPresets> checkPresets(const SolidarityPresets &presets);
    static QJsonObject presetsToJson(const SolidarityPresets &presets);
    static Result<SolidarityPresets> presetsFromJson(const QJsonObject &json);
    // The site's presets (the defaults until an administrator sets them).
    static Result<SolidarityPresets> sitePresets(Store &store);
    // Sets the site's presets (ManageSettings); audited (solidarity.presets). The administration
    // station publishes them with the site's configuration.
    static Result<void> setSitePresets(
        Store &store, const Actor &actor, const SolidarityPresets &presets);

    // A member discount: one marked members-only, or one with the reason of a members-only preset
    // of the site (case aside), whatever its flag.
    static Result<bool> isMemberDiscount(Store &store, const Discount &discount);
    // The one rule for members at the till: a member discount needs a member (memberId) whose
    // membership is current on `day` (the sale's business day, its last day included); any other
    // discount passes. A member whose membership ended may still be named on a ticket (its
    // history), at the full price or with a discount that is not for members.
    static Result<void> checkMember(Store &store, const Discount &discount, const QDate &day);

    // The one reading of discounts and gifts: a station's session (the Z report), or its business
    // days first..last (the day, month and year closings).
    static Result<SolidarityTotals> sessionTotals(
        Store &store, const QString &stationId, qint64 sessionSeq);
    static Result<SolidarityTotals> periodTotals(
        Store &store, const QString &stationId, const QDate &first, const QDate &last);
    // "−50 %" or "−5,00 €".
    static QString describe(const Discount &discount);
};

} // namespace recaisse::core
