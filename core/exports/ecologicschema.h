#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace recaisse::core {

// The declaration file's format, kept as data (resources/ecologic/ecologic-v1.json): separator,
// decimal mark, encoding, header, column types, allowed codes and rules. No official machine
// format is published by Ecologic; a future official template is a change of that file (and of
// the categories' EEE codes), not of code. Columns name their content with a fixed vocabulary of
// sources (deposit_grams, reuse_cents…) that the export knows how to compute.
struct EcologicColumn
{
    enum class Type { Date, DateTime, Text, Code, Integer, Decimal };
    QString name;
    Type type = Type::Text;
    int scale = 0; // decimals of a Decimal column; the source value is in 1/10^scale units
    QString source;
};

struct EcologicRule
{
    enum class Severity { Error, Warning };
    // non_negative, all_codes_in_order, no_period_overlap, period_order, sum, at_most
    QString rule;
    Severity severity = Severity::Error;
    QString column; // sum, at_most
    QStringList terms; // sum
    QString limit; // at_most
    QString from; // period_order
    QString to; // period_order
};

struct EcologicCode
{
    QString code;
    QString label;
    // The standard weight of one item of the code, for a partner that counts items; 0 when the
    // partner weighs.
    qint64 unitWeightGrams = 0;
};

// The result of checking a file against the schema: errors make the file invalid, warnings are
// shown to the manager and kept in the run log.
struct EcologicCheck
{
    QStringList errors;
    QStringList warnings;
    bool ok() const { return errors.isEmpty(); }
};

class EcologicSchema
{
    Q_DECLARE_TR_FUNCTIONS(EcologicSchema)

public:
    static QString builtInPath() { return QStringLiteral(":/ecologic/ecologic-v1.json"); }
    // The schema shipped in the resources.
    static Result<EcologicSchema> builtIn();
    static Result<EcologicSchema> load(const QString &path);
    static Result<EcologicSchema> parse(const QByteArray &json);

    // The sources a column may name (what the export computes).
    static const QStringList &knownSources();

    QString format;
    int version = 0;
    // The eco-organism the format declares to ("ecologic", "ecomaison", "refashion"), its name,
    // the period a declaration covers (quarter, half-year or year), whether items are weighed or
    // counted, and the shop categories it takes by default (to check against the shop's
    // contract), by shop category id (a parent's entry covers its children).
    QString partner = QStringLiteral("ecologic");
    QString partnerName = QStringLiteral("Ecologic");
    QString description;
    QString period = QStringLiteral("quarter");
    QString measure = QStringLiteral("weight");
    QHash<QString, QString> defaultMapping;
    QChar separator = QLatin1Char(';');
    QChar decimalMark = QLatin1Char(',');
    QString encoding = QStringLiteral("UTF-8");
    bool bom = true;
    QString lineEnd = QStringLiteral("\r\n");
    QString dateFormat = QStringLiteral("yyyy-MM-dd");
    QString dateTimeFormat = QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'");
    QList<EcologicColumn> columns;
    QList<EcologicCode> codes;
    QList<EcologicRule> rules;

    int columnIndex(const QString &name) const;
    int sourceIndex(const QString &source) const;
    QStringList header() const;
    QString labelOf(const QString &code) const;
    bool hasCode(const QString &code) const;
    qint64 unitWeightOf(const QString &code) const;

    // A value in 1/10^scale units as text with the schema's decimal mark ("1234,500").
    QString formatDecimal(qint64 units, int scale) const;
    // Encodes the text of a file (BOM, encoding); the inverse of decode().
    QByteArray encode(const QString &text) const;
    // Quotes a text field when it holds the separator, a quote or a line break.
    QString quoted(const QString &field) const;

    // Checks a file's bytes: encoding, header, field counts, types, codes, then the rules.
    EcologicCheck check(const QByteArray &file) const;
};

} // namespace recaisse::core
