#pragma once

#include "result.h"

#include <QString>
#include <QStringView>

namespace recaisse::core {

// Amounts are qint64 cents, weights integer grams. No floating point touches either.
namespace money {
// The largest amount a single field accepts (1 000 000,00 €): anything above is a typing error.
inline constexpr qint64 maxCents = 100'000'000;

// Accepts "12", "12,5", "12,50", "12.50", "12,50 €", "1 234,56" (space, narrow or non-breaking
// space as thousands separator), "-3,00" when allowNegative. Rejects everything else.
Result<qint64> parse(QStringView text, bool allowNegative = false);
// "12,50 €", "-3,00 €", "1 234,56 €" (narrow no-break space as thousands separator).
QString format(qint64 cents);
// "12,50" without the currency sign, for input fields.
QString formatPlain(qint64 cents);
// The price per kg a category may have: 0,01 € to 1 000,00 €.
inline constexpr qint64 maxCentsPerKg = 100'000;
// The price of a weight sold by the kilo: grams × cents per kg / 1000, rounded half up to the
// cent (the one rule of the till, the receipt and core's check). Refused: a weight or price per kg
// out of range, or a price above maxCents.
Result<qint64> priceByWeight(qint64 grams, qint64 centsPerKg);
} // namespace money

namespace weight {
// 10 tonnes: no single line weighs more.
inline constexpr qint64 maxGrams = 10'000'000;

// Kilograms as typed at reception: "3", "3,25", "3.250", "3,250 kg", "0,5kg". At most 3 decimals.
Result<qint64> parseKg(QStringView text);
// "3,250 kg".
QString format(qint64 grams);
} // namespace weight

} // namespace recaisse::core
