#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace recaisse::core {

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

    bool operator==(const Discount &) const = default;
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

    // Discounts the till offers at once (the cashier may also type a rate or an amount).
    static QList<Discount> presets();
    // Reasons the till offers for a free gift (the cashier may also type one).
    static QStringList giftReasons();
    // "−50 %" or "−5,00 €".
    static QString describe(const Discount &discount);
};

} // namespace recaisse::core
