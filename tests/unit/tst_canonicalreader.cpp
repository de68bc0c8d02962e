#include "core/canonicaljson.h"
#include "core/canonicalreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace recaisse::core;

// The strict reader accepts what canonicalJson() writes, reads back what was written, and refuses
// every other spelling of the same values.
class TestCanonicalReader : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatTheWriterWrites()
    {
        const QJsonObject row{
            {QStringLiteral("label"), QStringLiteral("Vêtements")},
            {QStringLiteral("price_cents"), 1250},
            {QStringLiteral("note"), QJsonValue(QJsonValue::Null)},
        };
        const QJsonObject object{
            {QStringLiteral("doc"),
                QJsonObject{
                    {QStringLiteral("body"),
                        QJsonObject{{QStringLiteral("sale_line"), QJsonArray{row, row}}}},
                    {QStringLiteral("seq"), 42},
                }},
            {QStringLiteral("escapes"),
                QString(QStringLiteral("q\" b\\ \b\f\n\r\t ") + QChar(0x01) + QLatin1Char(' ')
                    + QChar(0x1f) + QStringLiteral(" end"))}, // \u0001 and \u001f
            {QStringLiteral("emoji"), QStringLiteral("tasse \U0001F375 ok")},
            {QStringLiteral("big"), qint64(9007199254740993)},
            {QStringLiteral("min"), std::numeric_limits<qint64>::min()},
            {QStringLiteral("max"), std::numeric_limits<qint64>::max()},
            {QStringLiteral("negative"), -7}, {QStringLiteral("zero"), 0},
            {QStringLiteral("empty_object"), QJsonObject{}},
            {QStringLiteral("empty_array"), QJsonArray{}},
            {QStringLiteral("empty_string"), QString()},
            {QStringLiteral("clé"), QStringLiteral("é")}, // a non-ASCII key, sorted by its bytes
        };
        const QByteArray text = canonicalJson(object);
        // The escapes as the writer gives them, checked by hand.
        QVERIFY(text.contains("\"escapes\":\"q\\\" b\\\\ \\b\\f\\n\\r\\t \\u0001 \\u001f end\""));
        QVERIFY(text.contains("\"emoji\":\"tasse \xf0\x9f\x8d\xb5 ok\""));

        CanonicalText reader;
        QVERIFY2(reader.read(text), reader.refusal());
        const CanonicalValue root = reader.root();
        QVERIFY(root.isObject());
        QCOMPARE(root.size(), qsizetype(12));
        QCOMPARE(root.text().toByteArray(), text);

        const CanonicalValue doc = root.value("doc");
        QVERIFY(doc.isObject());
        QCOMPARE(doc.value("seq").toInteger(), qint64(42));
        // The bytes of the nested object are its own canonical text.
        QCOMPARE(doc.text().toByteArray(), canonicalJson(object.value(u"doc").toObject()));
        const CanonicalValue lines = doc.value("body").value("sale_line");
        QVERIFY(lines.isArray());
        QCOMPARE(lines.size(), qsizetype(2));
        int count = 0;
        for (const CanonicalValue line : lines.elements()) {
            ++count;
            QCOMPARE(line.value("label").toString(), QStringLiteral("Vêtements"));
            QVERIFY(!line.value("label").hasEscapes());
            QCOMPARE(line.value("label").rawString().toByteArray(), QByteArray("V\xc3\xaatements"));
            QCOMPARE(line.value("price_cents").toInteger(), qint64(1250));
            QVERIFY(line.value("note").isNull());
            QVERIFY(line.value("absent").isUndefined());
            QStringList keys;
            for (const CanonicalValue::Member member : line.members())
                keys.append(member.key.toString());
            QCOMPARE(keys,
                QStringList({QStringLiteral("label"), QStringLiteral("note"),
                    QStringLiteral("price_cents")}));
        }
        QCOMPARE(count, 2);

        const CanonicalValue escapes = root.value("escapes");
        QVERIFY(escapes.hasEscapes());
        QCOMPARE(escapes.toString(), object.value(u"escapes").toString());
        QCOMPARE(escapes.toUtf8(), QByteArray("q\" b\\ \b\f\n\r\t \x01 \x1f end"));
        QCOMPARE(root.value("emoji").toString(), QStringLiteral("tasse \U0001F375 ok"));
        QCOMPARE(root.value("big").toInteger(), qint64(9007199254740993));
        QCOMPARE(root.value("min").toInteger(), std::numeric_limits<qint64>::min());
        QCOMPARE(root.value("max").toInteger(), std::numeric_limits<qint64>::max());
        QCOMPARE(root.value("negative").toInteger(), qint64(-7));
        QCOMPARE(root.value("zero").toInteger(-1), qint64(0));
        QVERIFY(root.value("empty_object").isObject());
        QCOMPARE(root.value("empty_object").size(), qsizetype(0));
        QVERIFY(root.value("empty_array").isArray());
        QCOMPARE(root.value("empty_array").size(), qsizetype(0));
        QVERIFY(root.value("empty_string").isString());
        QCOMPARE(root.value("empty_string").toString(), QString());
        QCOMPARE(root.value("cl\xc3\xa9").toString(), QStringLiteral("é"));
        // A value of another type reads as nothing.
        QCOMPARE(root.value("emoji").toInteger(-1), qint64(-1));
        QCOMPARE(root.value("zero").toString(), QString());
        QCOMPARE(root.value("emoji").size(), qsizetype(0));
    }

    void readsBooleansAndOtherNumbersInTheWritersSpelling()
    {
        // Never in a record, but canonicalJson() writes them: read for the record's reader to
        // refuse where it expects another type.
        const QJsonObject object{
            {QStringLiteral("yes"), true}, {QStringLiteral("no"), false},
            {QStringLiteral("half"), 1.5}, {QStringLiteral("tenth"), 0.1},
            {QStringLiteral("small"), -1.5e-7}, {QStringLiteral("huge"), 0x1p63},
            {QStringLiteral("whole"), 2.0}, // Qt keeps a whole double as an integer
        };
        const QByteArray text = canonicalJson(object);
        QCOMPARE(text,
            QByteArray(R"({"half":1.5,"huge":9.2233720368547758e+18,"no":false,)"
                       R"("small":-1.4999999999999999e-07,"tenth":0.10000000000000001,)"
                       R"("whole":2,"yes":true})"));
        CanonicalText reader;
        QVERIFY2(reader.read(text), reader.refusal());
        const CanonicalValue root = reader.root();
        QVERIFY(root.value("yes").isBool());
        QCOMPARE(root.value("yes").toBool(), true);
        QCOMPARE(root.value("no").toBool(true), false);
        QVERIFY(root.value("half").isDouble());
        QCOMPARE(root.value("half").toDouble(), 1.5);
        QCOMPARE(root.value("half").toInteger(-1), qint64(-1));
        QCOMPARE(root.value("tenth").toDouble(), 0.1);
        QCOMPARE(root.value("small").toDouble(), -1.5e-7);
        QCOMPARE(root.value("huge").toDouble(), 0x1p63);
        QVERIFY(root.value("whole").isInteger());
        QCOMPARE(root.value("whole").toInteger(), qint64(2));
        QCOMPARE(root.value("yes").toInteger(-1), qint64(-1));
    }

    void keysWithEscapesAreSortedByTheirBytes()
    {
        // "\n" (0x0a) sorts before "\"" (0x22) although its escape "\\n" sorts after "\\\"".
        const QJsonObject object{
            {QStringLiteral("\""), 1}, {QStringLiteral("\n"), 2}, {QStringLiteral("a"), 3}};
        const QByteArray text = canonicalJson(object);
        QCOMPARE(text, QByteArray("{\"\\n\":2,\"\\\"\":1,\"a\":3}"));
        CanonicalText reader;
        QVERIFY2(reader.read(text), reader.refusal());
        QCOMPARE(reader.root().value("\n").toInteger(), qint64(2));
        QCOMPARE(reader.root().value("\"").toInteger(), qint64(1));
        QVERIFY(!reader.read("{\"\\\"\":1,\"\\n\":2,\"a\":3}"));
        QCOMPARE(QByteArray(reader.refusal()), QByteArray("keys out of order"));
    }

    void refusesEveryOtherSpelling_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("reason");
        const auto row = [](const char *name, const QByteArray &text, const char *reason) {
            QTest::newRow(name) << text << QByteArray(reason);
        };
        row("empty", "", "empty text");
        row("array at the top", "[1]", "not an object");
        row("string at the top", R"("a")", "not an object");
        row("space after a colon", R"({"a": 1})", "whitespace");
        row("space before a brace", R"({"a":1} )", "whitespace");
        row("space at the start", R"( {"a":1})", "whitespace");
        row("newline between members", "{\"a\":1,\n\"b\":2}", "whitespace");
        row("members swapped", R"({"b":1,"a":2})", "keys out of order");
        row("a prefix after its extension", R"({"ab":1,"a":2})", "keys out of order");
        row("duplicate key", R"({"a":1,"a":1})", "duplicate key");
        row("escaped solidus", R"({"a":"\/"})", "escape the canonical form does not write");
        row("\\u for a letter", R"({"a":"\u0041"})",
            "\\u escape of a character the canonical form writes as it is");
        row("upper-case hex", R"({"a":"\u001F"})",
            "\\u escape of a character the canonical form writes as it is");
        row("\\u for a newline", R"({"a":"\u000a"})",
            "\\u escape of a character with a short escape");
        row("\\u for a tab", R"({"a":"\u0009"})", "\\u escape of a character with a short escape");
        row("\\u surrogate pair", R"({"a":"\ud83c\udf75"})",
            "\\u escape of a character the canonical form writes as it is");
        row("unknown escape", R"({"a":"\x41"})", "escape the canonical form does not write");
        row("raw newline", "{\"a\":\"x\ny\"}", "control character not escaped");
        row("raw NUL", QByteArray("{\"a\":\"x\0y\"}", 11), "control character not escaped");
        row("lone continuation byte", "{\"a\":\"\x80\"}", "invalid UTF-8");
        row("overlong two bytes", "{\"a\":\"\xc0\xaf\"}", "invalid UTF-8");
        row("overlong three bytes", "{\"a\":\"\xe0\x80\xaf\"}", "invalid UTF-8");
        row("overlong four bytes", "{\"a\":\"\xf0\x80\x80\xaf\"}", "invalid UTF-8");
        row("surrogate in UTF-8", "{\"a\":\"\xed\xa0\x80\"}", "invalid UTF-8");
        row("beyond U+10FFFF", "{\"a\":\"\xf4\x90\x80\x80\"}", "invalid UTF-8");
        row("cut sequence", "{\"a\":\"\xc3\"}", "invalid UTF-8");
        row("latin-1 byte", "{\"a\":\"caf\xe9\"}", "invalid UTF-8");
        row("leading zero", R"({"a":01})", "leading zero");
        row("minus zero", R"({"a":-0})", "-0");
        row("plus sign", R"({"a":+1})", "unexpected byte");
        // The writer gives a whole number in digits and any other as 'g' with 17 digits.
        row("whole number with a fraction", R"({"a":1.0})", "not a canonical number");
        row("whole number with an exponent", R"({"a":1e2})", "not a canonical number");
        row("upper-case exponent", R"({"a":1E2})", "not a canonical number");
        row("trailing zero", R"({"a":1.50})", "not a canonical number");
        row("fraction shorter than 17 digits", R"({"a":0.1})", "not a canonical number");
        row("exponent spelt otherwise", R"({"a":1.5e0})", "not a canonical number");
        row("whole qint64 in exponent form", R"({"a":-9.2233720368547758e+18})",
            "not a canonical number");
        row("fraction without digits", R"({"a":1.})", "not a canonical number");
        row("exponent without digits", R"({"a":1e})", "not a canonical number");
        row("beyond double", R"({"a":1e400})", "not a canonical number");
        row("beyond qint64", R"({"a":9223372036854775808})", "integer out of range");
        row("below qint64", R"({"a":-9223372036854775809})", "integer out of range");
        row("a lone minus", R"({"a":-})", "not a canonical number");
        row("upper-case true", R"({"a":True})", "unexpected byte");
        row("misspelt false", R"({"a":fals})", "unexpected byte");
        row("misspelt null", R"({"a":nul})", "unexpected byte");
        row("too deep", R"({"a":[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]})", "nested too deep");
        row("bytes after the object", R"({"a":1}{})", "bytes after the object");
        row("cut short", R"({"a":1)", "text cut short");
        row("string not closed", "{\"a\":\"x", "string not closed");
        row("trailing comma", R"({"a":1,})", "unexpected byte");
        row("trailing comma in an array", R"({"a":[1,]})", "unexpected byte");
        row("unquoted key", R"({a:1})", "unexpected byte");
        row("single quotes", "{'a':1}", "unexpected byte");
    }

    void refusesEveryOtherSpelling()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, reason);
        CanonicalText reader;
        QVERIFY(!reader.read(text));
        QCOMPARE(QByteArray(reader.refusal()), reason);
        QVERIFY(reader.root().isUndefined());
    }

    void nestingUpToTheBoundIsRead()
    {
        // The root object and 15 arrays: 16 levels, the bound.
        const QByteArray text = R"({"a":[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]})";
        CanonicalText reader;
        QVERIFY2(reader.read(text), reader.refusal());
        CanonicalValue value = reader.root().value("a");
        for (int level = 0; level < 14; ++level)
            value = *value.elements().begin();
        QCOMPARE((*value.elements().begin()).toInteger(), qint64(1));
    }

    void readsAgainAfterARefusal()
    {
        CanonicalText reader;
        QVERIFY(!reader.read(R"({"a": 1})"));
        QCOMPARE(reader.refusalOffset(), qsizetype(5));
        QVERIFY(reader.read(R"({"a":1})"));
        QVERIFY(!reader.refusal());
        QCOMPARE(reader.root().value("a").toInteger(), qint64(1));
    }
};

QTEST_APPLESS_MAIN(TestCanonicalReader)
#include "tst_canonicalreader.moc"
