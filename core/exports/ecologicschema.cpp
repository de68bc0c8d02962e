#include "ecologicschema.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>

#include <algorithm>
#include <optional>

namespace recaisse::core {

namespace {

std::optional<EcologicColumn::Type> typeFromKey(const QString &key)
{
    if (key == QLatin1String("date"))
        return EcologicColumn::Type::Date;
    if (key == QLatin1String("datetime"))
        return EcologicColumn::Type::DateTime;
    if (key == QLatin1String("text"))
        return EcologicColumn::Type::Text;
    if (key == QLatin1String("code"))
        return EcologicColumn::Type::Code;
    if (key == QLatin1String("integer"))
        return EcologicColumn::Type::Integer;
    if (key == QLatin1String("decimal"))
        return EcologicColumn::Type::Decimal;
    return std::nullopt;
}

bool isNumeric(EcologicColumn::Type type)
{
    return type == EcologicColumn::Type::Integer || type == EcologicColumn::Type::Decimal;
}

bool supportedEncoding(const QString &encoding)
{
    return encoding == QLatin1String("UTF-8") || encoding == QLatin1String("ISO-8859-1");
}

qint64 power10(int scale)
{
    qint64 p = 1;
    for (int i = 0; i < scale; ++i)
        p *= 10;
    return p;
}

// Splits the decoded text into records of fields (RFC 4180 quoting with the schema's separator).
QList<QStringList> splitRecords(const QString &text, QChar separator, bool *wellFormed)
{
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool inQuotes = false;
    bool any = false;
    *wellFormed = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            inQuotes = true;
            any = true;
        } else if (c == separator) {
            fields << field;
            field.clear();
            any = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size()
                && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            fields << field;
            records << fields;
            fields.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (inQuotes)
        *wellFormed = false;
    if (any || !field.isEmpty()) {
        fields << field;
        records << fields;
    }
    return records;
}

} // namespace

const QStringList &EcologicSchema::knownSources()
{
    static const QStringList sources = {
        QStringLiteral("period_from"),
        QStringLiteral("period_to"),
        QStringLiteral("site"),
        QStringLiteral("code"),
        QStringLiteral("label"),
        QStringLiteral("deposit_count"),
        QStringLiteral("deposit_grams"),
        QStringLiteral("deposit_brought_grams"),
        QStringLiteral("deposit_partner_grams"),
        QStringLiteral("reuse_count"),
        QStringLiteral("reuse_grams"),
        QStringLiteral("reuse_estimated_grams"),
        QStringLiteral("reuse_cents"),
        QStringLiteral("recycling_grams"),
        QStringLiteral("waste_centre_grams"),
        QStringLiteral("generated_at"),
        // Added with the partner definitions (DESIGN.md, "Every kilogram has a path").
        QStringLiteral("given_grams"),
        QStringLiteral("unit_weight_grams"),
        QStringLiteral("deposit_standard_grams"),
        QStringLiteral("reuse_standard_grams"),
        QStringLiteral("partner"),
    };
    return sources;
}

Result<EcologicSchema> EcologicSchema::builtIn()
{
    return load(builtInPath());
}

Result<EcologicSchema> EcologicSchema::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
            tr("The Ecologic schema file %1 cannot be read: %2").arg(path, file.errorString()));
    auto schema = parse(file.readAll());
    if (!schema)
        return makeError(schema.error().code,
            tr("The Ecologic schema file %1 is not valid: %2").arg(path, schema.error().message));
    return schema;
}

Result<EcologicSchema> EcologicSchema::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return makeError(ErrorCode::InvalidInput,
            tr("not JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject root = document.object();
    const auto bad = [](const QString &what) { return makeError(ErrorCode::InvalidInput, what); };

    EcologicSchema s;
    s.format = root.value(QStringLiteral("format")).toString();
    s.version = root.value(QStringLiteral("version")).toInt();
    if (s.format.isEmpty() || s.version < 1)
        return bad(tr("\"format\" and \"version\" are required"));
    static const QRegularExpression partnerPattern(QStringLiteral("^[a-z][a-z0-9-]{1,30}$"));
    s.partner = root.value(QStringLiteral("partner")).toString(s.partner);
    s.partnerName = root.value(QStringLiteral("partner_name")).toString(s.partnerName);
    s.description = root.value(QStringLiteral("description")).toString();
    s.period = root.value(QStringLiteral("period")).toString(s.period);
    s.measure = root.value(QStringLiteral("measure")).toString(s.measure);
    if (!partnerPattern.match(s.partner).hasMatch() || s.partnerName.isEmpty())
        return bad(tr("\"partner\" must be a lower-case identifier and \"partner_name\" a name"));
    if (s.period != QLatin1String("quarter") && s.period != QLatin1String("half-year")
        && s.period != QLatin1String("year"))
        return bad(tr("\"period\" must be \"quarter\", \"half-year\" or \"year\""));
    if (s.measure != QLatin1String("weight") && s.measure != QLatin1String("count"))
        return bad(tr("\"measure\" must be \"weight\" or \"count\""));
    const QString separator = root.value(QStringLiteral("separator")).toString();
    const QString decimalMark = root.value(QStringLiteral("decimal_mark")).toString();
    if (separator.size() != 1 || decimalMark.size() != 1 || separator == decimalMark
        || separator == QLatin1String("\"") || separator.at(0).isLetterOrNumber())
        return bad(tr("\"separator\" and \"decimal_mark\" must be two different single "
                      "characters"));
    s.separator = separator.at(0);
    s.decimalMark = decimalMark.at(0);
    s.encoding = root.value(QStringLiteral("encoding")).toString();
    if (!supportedEncoding(s.encoding))
        return bad(tr("unsupported encoding \"%1\" (UTF-8 or ISO-8859-1)").arg(s.encoding));
    s.bom = root.value(QStringLiteral("bom")).toBool(false) && s.encoding == QLatin1String("UTF-8");
    s.lineEnd = root.value(QStringLiteral("line_end")).toString(QStringLiteral("\r\n"));
    if (s.lineEnd != QLatin1String("\r\n") && s.lineEnd != QLatin1String("\n"))
        return bad(tr("\"line_end\" must be \"\\r\\n\" or \"\\n\""));
    s.dateFormat = root.value(QStringLiteral("date_format")).toString(s.dateFormat);
    s.dateTimeFormat = root.value(QStringLiteral("datetime_format")).toString(s.dateTimeFormat);

    const QJsonArray columns = root.value(QStringLiteral("columns")).toArray();
    if (columns.isEmpty())
        return bad(tr("\"columns\" is missing or empty"));
    for (const QJsonValue &value : columns) {
        const QJsonObject object = value.toObject();
        EcologicColumn column;
        column.name = object.value(QStringLiteral("name")).toString();
        const auto type = typeFromKey(object.value(QStringLiteral("type")).toString());
        column.source = object.value(QStringLiteral("source")).toString();
        column.scale = object.value(QStringLiteral("scale")).toInt(0);
        if (column.name.isEmpty() || column.name.contains(s.separator))
            return bad(tr("a column has no name or a name holding the separator"));
        if (!type)
            return bad(tr("column \"%1\": unknown type").arg(column.name));
        column.type = *type;
        if (!knownSources().contains(column.source))
            return bad(tr("column \"%1\": unknown source \"%2\"").arg(column.name, column.source));
        if (column.type == EcologicColumn::Type::Decimal && (column.scale < 1 || column.scale > 6))
            return bad(tr("column \"%1\": the scale must be between 1 and 6").arg(column.name));
        if (s.columnIndex(column.name) >= 0)
            return bad(tr("column \"%1\" appears twice").arg(column.name));
        s.columns << column;
    }
    if (s.sourceIndex(QStringLiteral("code")) < 0)
        return bad(tr("no column holds the EEE code"));

    const QJsonArray codes = root.value(QStringLiteral("codes")).toArray();
    if (codes.isEmpty())
        return bad(tr("\"codes\" is missing or empty"));
    for (const QJsonValue &value : codes) {
        const QJsonObject object = value.toObject();
        // Bounded before it becomes an integer: converting 1e300 is undefined behaviour.
        const double unitWeight = object.value(QStringLiteral("unit_weight_grams")).toDouble(0);
        const bool weightInRange = unitWeight >= 0 && unitWeight <= 1'000'000;
        EcologicCode code{object.value(QStringLiteral("code")).toString(),
            object.value(QStringLiteral("label")).toString(),
            weightInRange ? qint64(unitWeight) : -1};
        if (code.code.isEmpty() || code.label.isEmpty())
            return bad(tr("a code has no code or no label"));
        if (!weightInRange)
            return bad(
                tr("code \"%1\": the unit weight must be between 0 and 1000 kg").arg(code.code));
        if (s.measure == QLatin1String("count") && code.unitWeightGrams <= 0)
            return bad(
                tr("code \"%1\": a partner that counts items needs a unit weight").arg(code.code));
        if (s.hasCode(code.code))
            return bad(tr("code \"%1\" appears twice").arg(code.code));
        s.codes << code;
    }
    const QJsonObject defaults = root.value(QStringLiteral("default_mapping")).toObject();
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        if (!s.hasCode(it.value().toString()))
            return bad(tr("default mapping of \"%1\": unknown code \"%2\"")
                           .arg(it.key(), it.value().toString()));
        s.defaultMapping.insert(it.key(), it.value().toString());
    }

    const auto numericColumn = [&s](const QString &name) {
        const int index = s.columnIndex(name);
        return index >= 0 && isNumeric(s.columns.at(index).type);
    };
    const auto scaleOf = [&s](const QString &name) {
        return s.columns.at(s.columnIndex(name)).scale;
    };
    for (const QJsonValue &value : root.value(QStringLiteral("rules")).toArray()) {
        const QJsonObject object = value.toObject();
        EcologicRule rule;
        rule.rule = object.value(QStringLiteral("rule")).toString();
        const QString severity = object.value(QStringLiteral("severity")).toString();
        if (severity == QLatin1String("error"))
            rule.severity = EcologicRule::Severity::Error;
        else if (severity == QLatin1String("warning"))
            rule.severity = EcologicRule::Severity::Warning;
        else
            return bad(tr("rule \"%1\": severity must be \"error\" or \"warning\"").arg(rule.rule));
        rule.column = object.value(QStringLiteral("column")).toString();
        rule.limit = object.value(QStringLiteral("limit")).toString();
        rule.from = object.value(QStringLiteral("from")).toString();
        rule.to = object.value(QStringLiteral("to")).toString();
        for (const QJsonValue &term : object.value(QStringLiteral("terms")).toArray())
            rule.terms << term.toString();
        if (rule.rule == QLatin1String("sum")) {
            if (!numericColumn(rule.column) || rule.terms.isEmpty())
                return bad(tr("rule \"sum\": unknown or non-numeric column"));
            for (const QString &term : std::as_const(rule.terms))
                if (!numericColumn(term) || scaleOf(term) != scaleOf(rule.column))
                    return bad(
                        tr("rule \"sum\": term \"%1\" is unknown or of another scale").arg(term));
        } else if (rule.rule == QLatin1String("at_most")) {
            if (!numericColumn(rule.column) || !numericColumn(rule.limit)
                || scaleOf(rule.column) != scaleOf(rule.limit))
                return bad(tr("rule \"at_most\": unknown columns or columns of different scales"));
        } else if (rule.rule == QLatin1String("period_order")) {
            if (s.columnIndex(rule.from) < 0 || s.columnIndex(rule.to) < 0)
                return bad(tr("rule \"period_order\": unknown columns"));
        } else if (rule.rule != QLatin1String("non_negative")
            && rule.rule != QLatin1String("all_codes_in_order")
            && rule.rule != QLatin1String("no_period_overlap")) {
            return bad(tr("unknown rule \"%1\"").arg(rule.rule));
        }
        s.rules << rule;
    }
    return s;
}

int EcologicSchema::columnIndex(const QString &name) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).name == name)
            return i;
    return -1;
}

int EcologicSchema::sourceIndex(const QString &source) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).source == source)
            return i;
    return -1;
}

QStringList EcologicSchema::header() const
{
    QStringList names;
    for (const EcologicColumn &column : columns)
        names << column.name;
    return names;
}

QString EcologicSchema::labelOf(const QString &code) const
{
    for (const EcologicCode &c : codes)
        if (c.code == code)
            return c.label;
    return {};
}

bool EcologicSchema::hasCode(const QString &code) const
{
    return std::any_of(codes.cbegin(), codes.cend(), [&](const auto &c) { return c.code == code; });
}

qint64 EcologicSchema::unitWeightOf(const QString &code) const
{
    for (const EcologicCode &c : codes)
        if (c.code == code)
            return c.unitWeightGrams;
    return 0;
}

QString EcologicSchema::formatDecimal(qint64 units, int scale) const
{
    const qint64 p = power10(scale);
    const bool negative = units < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(units) : quint64(units);
    QString text = QString::number(magnitude / quint64(p));
    if (scale > 0)
        text += decimalMark
            + QStringLiteral("%1").arg(magnitude % quint64(p), scale, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

QByteArray EcologicSchema::encode(const QString &text) const
{
    if (encoding == QLatin1String("ISO-8859-1"))
        return text.toLatin1();
    QByteArray bytes;
    if (bom)
        bytes = QByteArray("\xEF\xBB\xBF");
    return bytes + text.toUtf8();
}

QString EcologicSchema::quoted(const QString &field) const
{
    if (!field.contains(separator) && !field.contains(QLatin1Char('"'))
        && !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString escaped = field;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

EcologicCheck EcologicSchema::check(const QByteArray &file) const
{
    EcologicCheck result;
    QByteArray bytes = file;
    const QByteArray utf8Bom("\xEF\xBB\xBF");
    if (encoding == QLatin1String("UTF-8")) {
        if (bom && !bytes.startsWith(utf8Bom)) {
            result.errors << tr("The file does not start with the UTF-8 byte order mark.");
        } else if (bytes.startsWith(utf8Bom)) {
            bytes = bytes.mid(3);
        }
    }
    QString text;
    if (encoding == QLatin1String("UTF-8")) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = decoder.decode(bytes);
        if (decoder.hasError()) {
            result.errors << tr("The file is not valid UTF-8.");
            return result;
        }
    } else {
        text = QString::fromLatin1(bytes);
    }
    bool wellFormed = true;
    const QList<QStringList> records = splitRecords(text, separator, &wellFormed);
    if (!wellFormed)
        result.errors << tr("A quoted field is not closed.");
    if (records.isEmpty()) {
        result.errors << tr("The file is empty: the header line is missing.");
        return result;
    }
    if (records.first() != header()) {
        result.errors << tr("Line 1: the header is \"%1\", expected \"%2\".")
                             .arg(records.first().join(separator), header().join(separator));
        return result;
    }

    static const QRegularExpression integerPattern(QStringLiteral("^-?[0-9]{1,15}$"));
    // One compiled pattern per decimal column, not one per field.
    QList<QRegularExpression> decimalPatterns;
    for (const EcologicColumn &column : columns)
        decimalPatterns << QRegularExpression(QStringLiteral("^(-?)([0-9]{1,12})%1([0-9]{%2})$")
                                                  .arg(QRegularExpression::escape(decimalMark))
                                                  .arg(column.scale));
    QStringList allowedCodes;
    for (const EcologicCode &c : codes)
        allowedCodes << c.code;

    // Typed values of the rows that parsed: numbers in units, dates, codes.
    struct Row
    {
        int line = 0;
        QList<qint64> numbers;
        QList<QDate> dates;
        QString code;
        QDate from, to;
    };
    QList<Row> rows;
    const int periodFrom = sourceIndex(QStringLiteral("period_from"));
    const int periodTo = sourceIndex(QStringLiteral("period_to"));
    const int labelColumn = sourceIndex(QStringLiteral("label"));
    for (int r = 1; r < records.size(); ++r) {
        const QStringList &fields = records.at(r);
        const int line = r + 1;
        if (fields.size() != columns.size()) {
            result.errors << tr("Line %1: %2 fields, expected %3.")
                                 .arg(line)
                                 .arg(fields.size())
                                 .arg(columns.size());
            continue;
        }
        Row row;
        row.line = line;
        row.numbers.resize(columns.size());
        row.dates.resize(columns.size());
        bool rowOk = true;
        for (int c = 0; c < columns.size(); ++c) {
            const EcologicColumn &column = columns.at(c);
            const QString &field = fields.at(c);
            const auto badField = [&](const QString &expected) {
                result.errors << tr("Line %1, column %2: \"%3\" is not %4.")
                                     .arg(line)
                                     .arg(column.name, field, expected);
                rowOk = false;
            };
            switch (column.type) {
            case EcologicColumn::Type::Date: {
                const QDate date = QDate::fromString(field, dateFormat);
                if (!date.isValid())
                    badField(tr("a date (%1)").arg(dateFormat));
                row.dates[c] = date;
                break;
            }
            case EcologicColumn::Type::DateTime:
                if (!QDateTime::fromString(field, dateTimeFormat).isValid())
                    badField(tr("a date and time (%1)").arg(dateTimeFormat));
                break;
            case EcologicColumn::Type::Text:
                if (field.trimmed().isEmpty())
                    badField(tr("a non-empty text"));
                break;
            case EcologicColumn::Type::Code:
                if (!allowedCodes.contains(field))
                    badField(
                        tr("an allowed code (%1)").arg(allowedCodes.join(QStringLiteral(", "))));
                row.code = field;
                break;
            case EcologicColumn::Type::Integer:
                if (!integerPattern.match(field).hasMatch())
                    badField(tr("a whole number"));
                else
                    row.numbers[c] = field.toLongLong();
                break;
            case EcologicColumn::Type::Decimal: {
                const QRegularExpressionMatch match = decimalPatterns.at(c).match(field);
                if (!match.hasMatch()) {
                    badField(tr("a number with %1 decimals and \"%2\" as decimal mark")
                                 .arg(column.scale)
                                 .arg(decimalMark));
                } else {
                    const qint64 units = match.captured(2).toLongLong() * power10(column.scale)
                        + match.captured(3).toLongLong();
                    row.numbers[c] = match.captured(1).isEmpty() ? units : -units;
                }
                break;
            }
            }
        }
        if (labelColumn >= 0 && rowOk && !row.code.isEmpty()
            && fields.at(labelColumn) != labelOf(row.code))
            result.warnings << tr("Line %1: the label of %2 is \"%3\", the schema says \"%4\".")
                                   .arg(line)
                                   .arg(row.code, fields.at(labelColumn), labelOf(row.code));
        if (periodFrom >= 0)
            row.from = row.dates.at(periodFrom);
        if (periodTo >= 0)
            row.to = row.dates.at(periodTo);
        if (rowOk)
            rows << row;
    }

    const auto report = [&result](const EcologicRule &rule, const QString &message) {
        (rule.severity == EcologicRule::Severity::Error ? result.errors : result.warnings)
            << message;
    };
    const auto number = [this](const Row &row, const QString &name) {
        return row.numbers.at(columnIndex(name));
    };
    const auto shown = [this](qint64 units, const QString &name) {
        return formatDecimal(units, columns.at(columnIndex(name)).scale);
    };
    for (const EcologicRule &rule : rules) {
        if (rule.rule == QLatin1String("non_negative")) {
            for (const Row &row : std::as_const(rows))
                for (int c = 0; c < columns.size(); ++c)
                    if (isNumeric(columns.at(c).type) && row.numbers.at(c) < 0)
                        report(rule,
                            tr("Line %1, column %2: the value is negative.")
                                .arg(row.line)
                                .arg(columns.at(c).name));
        } else if (rule.rule == QLatin1String("sum")) {
            for (const Row &row : std::as_const(rows)) {
                qint64 total = 0;
                for (const QString &term : rule.terms)
                    total += number(row, term);
                if (total != number(row, rule.column))
                    report(rule,
                        tr("Line %1 (%2): %3 = %4, but %5 add up to %6.")
                            .arg(row.line)
                            .arg(row.code, rule.column,
                                shown(number(row, rule.column), rule.column),
                                rule.terms.join(QStringLiteral(" + ")), shown(total, rule.column)));
            }
        } else if (rule.rule == QLatin1String("at_most")) {
            for (const Row &row : std::as_const(rows))
                if (number(row, rule.column) > number(row, rule.limit))
                    report(rule,
                        tr("%1 (%2 to %3): %4 = %5 is more than %6 = %7.")
                            .arg(row.code, row.from.toString(dateFormat),
                                row.to.toString(dateFormat), rule.column,
                                shown(number(row, rule.column), rule.column), rule.limit,
                                shown(number(row, rule.limit), rule.limit)));
        } else if (rule.rule == QLatin1String("period_order")) {
            const int from = columnIndex(rule.from);
            const int to = columnIndex(rule.to);
            for (const Row &row : std::as_const(rows))
                if (row.dates.at(from) > row.dates.at(to))
                    report(rule,
                        tr("Line %1: the period starts after it ends (%2 > %3).")
                            .arg(row.line)
                            .arg(row.dates.at(from).toString(dateFormat),
                                row.dates.at(to).toString(dateFormat)));
        } else if (rule.rule == QLatin1String("all_codes_in_order")) {
            // Per period, every code once and in the schema's order.
            QList<std::pair<QDate, QDate>> periods;
            QHash<QString, QStringList> codesOf;
            for (const Row &row : std::as_const(rows)) {
                const std::pair<QDate, QDate> period{row.from, row.to};
                if (!periods.contains(period))
                    periods << period;
                codesOf[row.from.toString(Qt::ISODate) + row.to.toString(Qt::ISODate)] << row.code;
            }
            if (periods.isEmpty() && result.errors.isEmpty())
                report(rule, tr("The file has no data line."));
            for (const auto &period : std::as_const(periods)) {
                const QStringList found = codesOf.value(
                    period.first.toString(Qt::ISODate) + period.second.toString(Qt::ISODate));
                if (found != allowedCodes)
                    report(rule,
                        tr("Period %1 to %2: the codes are %3, expected %4 in that order.")
                            .arg(period.first.toString(dateFormat),
                                period.second.toString(dateFormat),
                                found.join(QStringLiteral(", ")),
                                allowedCodes.join(QStringLiteral(", "))));
            }
        } else if (rule.rule == QLatin1String("no_period_overlap")) {
            QList<std::pair<QDate, QDate>> periods;
            for (const Row &row : std::as_const(rows)) {
                const std::pair<QDate, QDate> period{row.from, row.to};
                if (!periods.contains(period))
                    periods << period;
            }
            for (int i = 0; i < periods.size(); ++i)
                for (int j = i + 1; j < periods.size(); ++j)
                    if (periods.at(i).first <= periods.at(j).second
                        && periods.at(j).first <= periods.at(i).second)
                        report(rule,
                            tr("The periods %1 to %2 and %3 to %4 overlap.")
                                .arg(periods.at(i).first.toString(dateFormat),
                                    periods.at(i).second.toString(dateFormat),
                                    periods.at(j).first.toString(dateFormat),
                                    periods.at(j).second.toString(dateFormat)));
        }
    }
    return result;
}

} // namespace recaisse::core
