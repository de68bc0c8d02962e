// Feeds arbitrary bytes to every parser of typed input: money, weight, the drawer count, the
// category file, the scales' frames, the pole display's lines and the strict reader of canonical
// JSON (against Qt's parser and the writer). Built as a libFuzzer target with
// -DRECAISSE_LIBFUZZER=ON (clang), and otherwise as a deterministic driver that CTest runs on
// random and mutated inputs.

#include "core/canonicaljson.h"
#include "core/canonicalreader.h"
#include "core/cashsession.h"
#include "core/categories.h"
#include "core/customerdisplay.h"
#include "core/ledger.h"
#include "core/money.h"
#include "core/scaleprotocol.h"
#include "mutate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <limits>

using namespace recaisse;
using namespace recaisse::core;

namespace {

void check(bool condition, const char *what, const QString &input)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz_parsers: %s for input \"%s\"\n", what, qPrintable(input.left(200)));
    std::abort();
}

void parseOne(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);

    if (auto cents = money::parse(text, true)) {
        check(qAbs(*cents) <= money::maxCents, "money out of bounds", text);
        auto again = money::parse(money::format(*cents), true);
        check(again && *again == *cents, "money does not round-trip", text);
    } else {
        check(
            !cents.error().message.isEmpty() && !cents.error().message.contains(QLatin1Char('\n')),
            "money error is not one line", text);
    }
    if (auto grams = weight::parseKg(text)) {
        check(*grams > 0 && *grams <= weight::maxGrams, "weight out of bounds", text);
        auto again = weight::parseKg(weight::format(*grams));
        check(again && *again == *grams, "weight does not round-trip", text);
    }
    if (auto counted = CashSessions::parseCount(text)) {
        auto total = CashSessions::countTotal(*counted);
        check(total && *total >= 0, "accepted count has no total", text);
    }
    // Scales: whatever the bytes, a settled weight is never negative, and where the reads are cut
    // changes nothing.
    for (const ScaleProtocol protocol :
        {ScaleProtocol::MtSics, ScaleProtocol::Continuous, ScaleProtocol::Toledo8217}) {
        ScaleParser whole(protocol);
        const QList<ScaleReading> readings = whole.feed(bytes);
        for (const ScaleReading &reading : readings)
            check(reading.status != ScaleReading::Status::Stable || reading.grams >= 0,
                "negative stable weight", text);
        ScaleParser split(protocol);
        const qsizetype cut = bytes.size() / 2;
        QList<ScaleReading> parts = split.feed(bytes.left(cut));
        parts += split.feed(bytes.mid(cut));
        check(parts == readings, "scale readings depend on the reads", text);
    }
    // The pole display: every line is exactly 20 columns, one byte each.
    const PoleDisplayText display;
    check(display.fit(text, text.left(8)).size() == PoleDisplayText::columns, "display line width",
        text);
    check(display.screen(text, text).size() == 1 + 2 * (4 + PoleDisplayText::columns),
        "display screen size", text);
    if (auto tree = CategoryCatalog::parseTree(bytes)) {
        for (const Category &category : *tree)
            check(CategoryCatalog::validate(category).ok(), "accepted category is invalid", text);
    }
}

// Bytes as C escapes where they are not printable ASCII.
QByteArray printable(const QByteArray &bytes)
{
    QByteArray out;
    for (const char c : bytes.left(400)) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u < 0x7f && c != '\\')
            out += c;
        else
            out += "\\x" + QByteArray::number(u, 16).rightJustified(2, '0');
    }
    return out;
}

void check(bool condition, const char *what, const QByteArray &input)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz_parsers: %s for input \"%s\"\n", what, printable(input).constData());
    std::abort();
}

// Whether the strict reader and Qt read the same value: same type (an integer where Qt holds
// a qint64, a double where it holds a double), same content.
bool sameValue(const CanonicalValue &ours, const QJsonValue &qt)
{
    switch (ours.type()) {
    case CanonicalValue::Type::Undefined:
        return false;
    case CanonicalValue::Type::Null:
        return qt.isNull();
    case CanonicalValue::Type::Bool:
        return qt.isBool() && qt.toBool() == ours.toBool();
    case CanonicalValue::Type::Integer:
        return qt.isDouble() && qt.toVariant().typeId() == QMetaType::LongLong
            && qt.toInteger() == ours.toInteger();
    case CanonicalValue::Type::Double:
        return qt.isDouble() && qt.toVariant().typeId() == QMetaType::Double
            && qt.toDouble() == ours.toDouble();
    case CanonicalValue::Type::String:
        return qt.isString() && qt.toString() == ours.toString();
    case CanonicalValue::Type::Array: {
        const QJsonArray array = qt.toArray();
        if (!qt.isArray() || array.size() != ours.size())
            return false;
        qsizetype i = 0;
        for (const CanonicalValue element : ours.elements()) {
            if (!sameValue(element, array.at(i++)))
                return false;
        }
        return true;
    }
    case CanonicalValue::Type::Object: {
        const QJsonObject object = qt.toObject();
        if (!qt.isObject() || object.size() != ours.size())
            return false;
        for (const CanonicalValue::Member member : ours.members()) {
            const auto it = object.constFind(member.key.toString());
            if (it == object.constEnd() || !sameValue(member.value, *it))
                return false;
        }
        return true;
    }
    }
    return false;
}

int depth(const QJsonValue &value)
{
    int deepest = 0;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            deepest = std::max(deepest, depth(it.value()));
    } else if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            deepest = std::max(deepest, depth(element));
    } else {
        return 0;
    }
    return deepest + 1;
}

// The strict reader accepts a text exactly when it is the canonical text of the object Qt
// reads from it (within the reader's nesting bound), and then reads Qt's values. Returns whether
// it accepted the text.
bool readCanonical(const QByteArray &bytes)
{
    CanonicalText reader;
    const bool accepted = reader.read(bytes);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    const bool qtReads = error.error == QJsonParseError::NoError && document.isObject();
    const bool canonical = qtReads && canonicalJson(document.object()) == bytes;
    if (accepted) {
        check(qtReads, "canonical reader accepts what Qt refuses", bytes);
        check(canonical, "canonical reader accepts a text that is not canonical", bytes);
        check(sameValue(reader.root(), document.object()), "canonical reader reads other values",
            bytes);
        check(reader.root().text() == QByteArrayView(bytes),
            "canonical reader's text is not the input", bytes);
    } else {
        check(reader.refusal() && *reader.refusal(), "canonical reader refuses without a reason",
            bytes);
        check(!canonical || depth(document.object()) > CanonicalText::maxDepth,
            "canonical reader refuses a canonical text", bytes);
    }
    return accepted;
}

// Records as a station writes them, with every kind of escape, UTF-8 of two to four bytes and
// integers beyond 2^53; and objects holding what no record holds (booleans, fractions).
QList<QByteArray> canonicalSeeds()
{
    const QString zero = QString::fromLatin1(zeroHash);
    const QByteArray line = CanonicalObject()
                                .string("label", u"V\u00eatements \"enfant\" \\ \U0001F375 \u20ac")
                                .integer("quantity", 2)
                                .value("note", QVariant())
                                .integer("unit_price_cents", -1250)
                                .text();
    const QByteArray sale =
        CanonicalObject()
            .string("comment",
                QString(QStringLiteral("ligne 1\nligne 2\r\t\b\f") + QChar(0x01) + QChar(0x1f)))
            .integer("total_cents", 9007199254740993)
            .integer("zero", 0)
            .text();
    const QByteArray body = CanonicalObject()
                                .canonical("sale", sale)
                                .canonical("sale_line", '[' + line + ',' + line + ']')
                                .canonical("payment", "[]")
                                .text();
    const QByteArray doc = CanonicalObject()
                               .string("actor", u"u-1")
                               .canonical("body", body)
                               .string("business_day", u"2026-12-07")
                               .string("created_utc", u"2026-12-07T10:00:00Z")
                               .string("kind", u"sale")
                               .string("number", u"CAISSE1-000001")
                               .integer("seq", 1)
                               .integer("series_seq", 1)
                               .string("station", u"st-1")
                               .integer("form", 2)
                               .text();
    const QByteArray document = CanonicalObject()
                                    .canonical("doc", doc)
                                    .string("hash", chainHash(zero, doc))
                                    .integer("j", 1)
                                    .string("prev_hash", zero)
                                    .string("series", u"T")
                                    .string("t", u"document")
                                    .text();
    const QByteArray event = CanonicalObject()
                                 .string("action", u"user.created")
                                 .string("actor", u"admin")
                                 .string("at_utc", u"2026-12-07T10:00:00Z")
                                 .string("details", u"{\"name\":\"Zo\u00e9\"}")
                                 .string("hash", zero)
                                 .string("prev_hash", zero)
                                 .integer("seq", 1)
                                 .string("station", u"st-1")
                                 .string("target", u"")
                                 .text();
    const QByteArray audit =
        CanonicalObject().canonical("event", event).integer("j", 2).string("t", u"audit").text();
    const QJsonObject others{
        {QStringLiteral("yes"), true},
        {QStringLiteral("no"), false},
        {QStringLiteral("half"), -0.5},
        {QStringLiteral("huge"), 1e300},
        {QStringLiteral("edge"), 0x1p63}, // the first double Qt does not read as a qint64
        {QStringLiteral("min"), std::numeric_limits<qint64>::min()},
        {QStringLiteral("cl\u00e9"), QJsonArray{QJsonObject{}, QJsonArray{}, QString()}},
        {QStringLiteral("\n"), QJsonValue(QJsonValue::Null)},
    };
    return {document, audit, canonicalJson(others)};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    parseOne(bytes);
    readCanonical(bytes);
    return 0;
}

#ifndef RECAISSE_LIBFUZZER
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int iterations = argc > 1 ? std::atoi(argv[1]) : 200'000;
    // Seeds close to real input, then mutated: random bytes alone rarely reach deep states.
    const QList<QByteArray> seeds = {
        "12,50",
        "12.50 €",
        "1 234,56",
        "-3,00",
        "0,5kg",
        "3,250 kg",
        "50x2,20x3,0.50x4",
        "0,50x4;1x10",
        "\xe2\x80\xaf"
        "1\xc2\xa0"
        "000,00 \xe2\x82\xac",
        R"({"format":"recaisse-categories","version":1,"categories":[{"id":"a","name":"A",
            "color":"#112233","children":[{"id":"a.b","name":"B","min_price_cents":10,
            "max_price_cents":20,"default_price_cents":15}]}]})",
    };
    const QByteArray alphabet = "0123456789,. x\xe2\x82\xac-+kgKG;:{}[]\"#e";
    QRandomGenerator rng(20261122);
    for (int i = 0; i < iterations; ++i) {
        const QByteArray input =
            fuzz::mutated(seeds.at(int(rng.bounded(int(seeds.size())))), rng, alphabet);
        parseOne(input);
    }
    // The canonical reader, on records and objects mutated with JSON's own bytes.
    const QList<QByteArray> records = canonicalSeeds();
    for (const QByteArray &record : records) {
        if (!readCanonical(record)) {
            std::fprintf(stderr, "fuzz_parsers: a seed record is refused\n");
            return 1;
        }
    }
    const QByteArray json =
        "{}[],:\"\\u0123456789abcdefABCDEF-+.eE \ttnrl\x7f\xc3\xa9\xed\xa0\xf0\x9f\x80";
    QRandomGenerator canonicalRng(20261208);
    int accepted = 0;
    for (int i = 0; i < iterations; ++i) {
        const QByteArray input = fuzz::mutated(
            records.at(int(canonicalRng.bounded(int(records.size())))), canonicalRng, json);
        accepted += readCanonical(input) ? 1 : 0;
    }
    std::printf("fuzz_parsers: %d inputs, %d more for the canonical reader (%d accepted), no crash "
                "and every invariant held\n",
        iterations, iterations, accepted);
    return 0;
}
#endif
