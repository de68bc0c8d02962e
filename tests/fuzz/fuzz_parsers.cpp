// Feeds arbitrary bytes to every parser of typed input: money, weight, the drawer count, the
// category file, the scales' frames and the pole display's lines. Built as a libFuzzer target with
// -DRECAISSE_LIBFUZZER=ON (clang), and otherwise as a deterministic driver that CTest runs on
// random and mutated inputs.

#include "core/cashsession.h"
#include "core/categories.h"
#include "core/customerdisplay.h"
#include "core/money.h"
#include "core/scaleprotocol.h"
#include "mutate.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>
#include <cstdlib>

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

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    parseOne(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
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
    std::printf("fuzz_parsers: %d inputs, no crash and every invariant held\n", iterations);
    return 0;
}
#endif
