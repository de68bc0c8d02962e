#include "money.h"

#include <QCoreApplication>

namespace recaisse::core {

namespace {

constexpr QChar noBreakSpace = QChar(u'\u00A0');
constexpr QChar narrowNoBreakSpace = QChar(u'\u202F');
constexpr QChar euroSign = QChar(u'\u20AC');

// Nobody types an amount or a weight this long: longer input is a paste accident or garbage, and
// refusing it early keeps every later step trivially cheap.
constexpr qsizetype maxInputLength = 64;
// How much of the typed text an error message quotes, so that the message stays on one line.
constexpr qsizetype maxQuotedLength = 24;

bool isAsciiDigit(QChar c)
{
    // QChar::isDigit() also accepts Arabic-Indic, full-width and other digits: only 0-9 are
    // amounts.
    return c >= u'0' && c <= u'9';
}

bool isGroupSeparator(QChar c)
{
    return c == u' ' || c == noBreakSpace || c == narrowNoBreakSpace;
}

// The typed text as an error message may quote it: shortened, and without control characters
// that would break the line or hide what was typed.
QString quoted(QStringView text)
{
    QStringView shown = text;
    bool shortened = false;
    if (shown.size() > maxQuotedLength) {
        qsizetype cut = maxQuotedLength;
        if (shown.at(cut).isLowSurrogate())
            --cut;
        shown = shown.first(cut);
        shortened = true;
    }
    QString result;
    result.reserve(shown.size() + 1);
    for (const QChar c : shown)
        result.append(c.isPrint() || c.isSurrogate() ? c : QChar(QChar::ReplacementCharacter));
    if (shortened)
        result.append(QChar(u'\u2026')); // horizontal ellipsis
    return result;
}

enum class NumberStatus { Ok, Malformed, TooManyDecimals, TooLarge };

struct ParsedNumber
{
    NumberStatus status = NumberStatus::Malformed;
    qint64 scaled = 0;
};

constexpr qint64 powerOfTen(int exponent)
{
    qint64 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

// Parses an unsigned decimal number written the French way (or with a dot) into an integer scaled
// by 10^decimals: digits, optionally grouped by threes with spaces, then at most one ',' or '.'
// followed by 1..decimals digits. Integer arithmetic only; the value never exceeds maxScaled while
// accumulating, so nothing can overflow whatever the length of the input.
ParsedNumber parseUnsignedDecimal(QStringView text, int decimals, qint64 maxScaled)
{
    const qint64 scale = powerOfTen(decimals);
    const qint64 maxIntegerPart = maxScaled / scale;
    const qsizetype size = text.size();

    qint64 integerPart = 0;
    bool tooLarge = false;
    qsizetype groupLength = 0;
    bool grouped = false;
    qsizetype i = 0;
    for (; i < size; ++i) {
        const QChar c = text.at(i);
        if (isAsciiDigit(c)) {
            if (!tooLarge) {
                integerPart = integerPart * 10 + (c.unicode() - u'0');
                tooLarge = integerPart > maxIntegerPart;
            }
            ++groupLength;
        } else if (isGroupSeparator(c)) {
            // "1 234": the first group has 1 to 3 digits, every following group exactly 3.
            if (groupLength == 0 || (grouped ? groupLength != 3 : groupLength > 3))
                return {};
            grouped = true;
            groupLength = 0;
        } else {
            break;
        }
    }
    if (groupLength == 0 || (grouped && groupLength != 3))
        return {};

    qint64 fraction = 0;
    int fractionDigits = 0;
    if (i < size) {
        const QChar separator = text.at(i);
        if (separator != u',' && separator != u'.')
            return {};
        for (++i; i < size; ++i) {
            const QChar c = text.at(i);
            if (!isAsciiDigit(c))
                return {}; // letters, a second separator, both ',' and '.', a space...
            if (fractionDigits < decimals)
                fraction = fraction * 10 + (c.unicode() - u'0');
            ++fractionDigits;
        }
        if (fractionDigits == 0)
            return {};
        if (fractionDigits > decimals)
            return {NumberStatus::TooManyDecimals, 0};
    }
    if (tooLarge)
        return {NumberStatus::TooLarge, 0};

    const qint64 scaled = integerPart * scale + fraction * powerOfTen(decimals - fractionDigits);
    if (scaled > maxScaled)
        return {NumberStatus::TooLarge, 0};
    return {NumberStatus::Ok, scaled};
}

// "1 234 567" with narrow no-break spaces, from an unsigned magnitude.
QString groupedDigits(quint64 value)
{
    const QString digits = QString::number(value);
    QString result;
    result.reserve(digits.size() + digits.size() / 3);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            result.append(narrowNoBreakSpace);
        result.append(digits.at(i));
    }
    return result;
}

// The magnitude of a signed value, safe for the most negative qint64 too.
quint64 magnitude(qint64 value)
{
    return value < 0 ? quint64(0) - static_cast<quint64>(value) : static_cast<quint64>(value);
}

QString fractionDigits(quint64 value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

} // namespace

namespace money {

Result<qint64> parse(QStringView text, bool allowNegative)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("Money", "Enter an amount, for example 12,50"));
    const auto invalid = [&] {
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("Money", "Invalid amount \"%1\": type it like 12,50")
                .arg(quoted(trimmed)));
    };
    if (trimmed.size() > maxInputLength)
        return invalid();

    QStringView body = trimmed;
    if (body.endsWith(euroSign))
        body = body.chopped(1).trimmed();
    bool negative = false;
    if (body.startsWith(u'-')) {
        if (!allowNegative)
            return makeError(ErrorCode::InvalidInput,
                QCoreApplication::translate(
                    "Money", "Invalid amount \"%1\": a negative amount is not allowed here")
                    .arg(quoted(trimmed)));
        negative = true;
        body = body.sliced(1);
    }

    const ParsedNumber number = parseUnsignedDecimal(body, 2, maxCents);
    switch (number.status) {
    case NumberStatus::Ok:
        return negative ? -number.scaled : number.scaled;
    case NumberStatus::Malformed:
        return invalid();
    case NumberStatus::TooManyDecimals:
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "Money", "Invalid amount \"%1\": at most 2 digits after the comma")
                .arg(quoted(trimmed)));
    case NumberStatus::TooLarge:
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("Money", "Amount \"%1\" is too large: at most %2")
                .arg(quoted(trimmed), format(maxCents)));
    }
    return invalid();
}

QString format(qint64 cents)
{
    const quint64 absolute = magnitude(cents);
    return (cents < 0 ? QStringLiteral("-") : QString()) + groupedDigits(absolute / 100)
        + QLatin1Char(',') + fractionDigits(absolute % 100, 2) + noBreakSpace + euroSign;
}

QString formatPlain(qint64 cents)
{
    // Keeps the minus sign so that what an input field shows parses back to the same amount.
    const quint64 absolute = magnitude(cents);
    return (cents < 0 ? QStringLiteral("-") : QString()) + QString::number(absolute / 100)
        + QLatin1Char(',') + fractionDigits(absolute % 100, 2);
}

Result<qint64> priceByWeight(qint64 grams, qint64 centsPerKg)
{
    if (grams <= 0 || grams > weight::maxGrams)
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "money", "The weight must be between 0,001 kg and 10 000 kg."));
    if (centsPerKg <= 0 || centsPerKg > maxCentsPerKg)
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("money", "A price per kg is between 0,01 € and %1.")
                .arg(format(maxCentsPerKg)));
    // At most 10^7 g × 10^5 c/kg = 10^12: far inside qint64.
    const qint64 cents = (grams * centsPerKg * 2 + 1000) / 2000;
    if (cents > maxCents)
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("money", "%1 × %2/kg would cost more than %3.")
                .arg(weight::format(grams), format(centsPerKg), format(maxCents)));
    return cents;
}

} // namespace money

namespace weight {

Result<qint64> parseKg(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("Money", "Enter a weight in kg, for example 3,250"));
    const auto invalid = [&] {
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("Money", "Invalid weight \"%1\": type it in kg like 3,250")
                .arg(quoted(trimmed)));
    };
    if (trimmed.size() > maxInputLength)
        return invalid();

    QStringView body = trimmed;
    if (body.endsWith(u"kg", Qt::CaseInsensitive))
        body = body.chopped(2).trimmed();

    const ParsedNumber number = parseUnsignedDecimal(body, 3, maxGrams);
    switch (number.status) {
    case NumberStatus::Ok:
        if (number.scaled == 0)
            return makeError(ErrorCode::InvalidInput,
                QCoreApplication::translate(
                    "Money", "Invalid weight \"%1\": it must be more than 0 kg")
                    .arg(quoted(trimmed)));
        return number.scaled;
    case NumberStatus::Malformed:
        if (body.startsWith(u'-'))
            return makeError(ErrorCode::InvalidInput,
                QCoreApplication::translate(
                    "Money", "Invalid weight \"%1\": it must be more than 0 kg")
                    .arg(quoted(trimmed)));
        return invalid();
    case NumberStatus::TooManyDecimals:
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "Money", "Invalid weight \"%1\": at most 3 digits after the comma")
                .arg(quoted(trimmed)));
    case NumberStatus::TooLarge:
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("Money", "Weight \"%1\" is too high: at most %2")
                .arg(quoted(trimmed), format(maxGrams)));
    }
    return invalid();
}

QString format(qint64 grams)
{
    const quint64 absolute = magnitude(grams);
    return (grams < 0 ? QStringLiteral("-") : QString()) + groupedDigits(absolute / 1000)
        + QLatin1Char(',') + fractionDigits(absolute % 1000, 3) + noBreakSpace
        + QStringLiteral("kg");
}

} // namespace weight

} // namespace recaisse::core
