#include "core/money.h"

#include <QTest>

#include <limits>

using namespace recaisse::core;

namespace {

const QChar nbsp = QChar(u'\u00A0');
const QChar nnbsp = QChar(u'\u202F');

QString withNul(QStringView before, QStringView after)
{
    return before.toString() + QChar(u'\0') + after.toString();
}

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void parseErrorMessageIsOneShortLine_data();
    void parseErrorMessageIsOneShortLine();
    void parseBounds();
    void format_data();
    void format();
    void formatPlain_data();
    void formatPlain();
    void formatParsesBack_data();
    void formatParsesBack();

    void weightParseValid_data();
    void weightParseValid();
    void weightParseInvalid_data();
    void weightParseInvalid();
    void weightFormat_data();
    void weightFormat();
    void weightFormatParsesBack();
};

void TestMoney::parseValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("allowNegative");
    QTest::addColumn<qint64>("cents");

    QTest::newRow("integer") << QStringLiteral("12") << false << qint64(1200);
    QTest::newRow("one decimal") << QStringLiteral("12,5") << false << qint64(1250);
    QTest::newRow("two decimals") << QStringLiteral("12,50") << false << qint64(1250);
    QTest::newRow("dot") << QStringLiteral("12.50") << false << qint64(1250);
    QTest::newRow("dot one decimal") << QStringLiteral("0.5") << false << qint64(50);
    QTest::newRow("euro after space") << QStringLiteral("12,50 €") << false << qint64(1250);
    QTest::newRow("euro after nbsp")
        << (QStringLiteral("12,50") + nbsp + QStringLiteral("€")) << false << qint64(1250);
    QTest::newRow("euro glued") << QStringLiteral("12€") << false << qint64(1200);
    QTest::newRow("integer euro") << QStringLiteral("12 €") << false << qint64(1200);
    QTest::newRow("thousands space") << QStringLiteral("1 234,56") << false << qint64(123456);
    QTest::newRow("thousands nbsp")
        << (QStringLiteral("1") + nbsp + QStringLiteral("234,56")) << false << qint64(123456);
    QTest::newRow("thousands nnbsp")
        << (QStringLiteral("1") + nnbsp + QStringLiteral("234,56")) << false << qint64(123456);
    QTest::newRow("two groups") << QStringLiteral("1 000 000") << false << qint64(100000000);
    QTest::newRow("thousands and euro") << QStringLiteral("1 234,56 €") << false << qint64(123456);
    QTest::newRow("surrounding spaces") << QStringLiteral("  12,50  ") << false << qint64(1250);
    QTest::newRow("tab and newline") << QStringLiteral("\t12,50\n") << false << qint64(1250);
    QTest::newRow("zero") << QStringLiteral("0") << false << qint64(0);
    QTest::newRow("zero decimals") << QStringLiteral("0,00") << false << qint64(0);
    QTest::newRow("one cent") << QStringLiteral("0,01") << false << qint64(1);
    QTest::newRow("leading zero") << QStringLiteral("05") << false << qint64(500);
    QTest::newRow("maximum") << QStringLiteral("1000000") << false << money::maxCents;
    QTest::newRow("maximum with decimals")
        << QStringLiteral("1 000 000,00 €") << false << money::maxCents;
    QTest::newRow("just under maximum")
        << QStringLiteral("999999,99") << false << (money::maxCents - 1);
    QTest::newRow("negative") << QStringLiteral("-3,00") << true << qint64(-300);
    QTest::newRow("negative euro") << QStringLiteral("-3,00 €") << true << qint64(-300);
    QTest::newRow("negative thousands") << QStringLiteral("-1 234,5") << true << qint64(-123450);
    QTest::newRow("negative zero") << QStringLiteral("-0") << true << qint64(0);
    QTest::newRow("negative maximum") << QStringLiteral("-1000000") << true << -money::maxCents;
    QTest::newRow("positive when negative allowed") << QStringLiteral("7") << true << qint64(700);
}

void TestMoney::parseValid()
{
    QFETCH(QString, input);
    QFETCH(bool, allowNegative);
    QFETCH(qint64, cents);

    const Result<qint64> result = money::parse(input, allowNegative);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result.value(), cents);
}

void TestMoney::parseInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("allowNegative");

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << QStringLiteral("   ") << false;
    QTest::newRow("nbsp only") << QString(nbsp) << false;
    QTest::newRow("letters") << QStringLiteral("abc") << false;
    QTest::newRow("digits then letters") << QStringLiteral("12abc") << false;
    QTest::newRow("letter inside") << QStringLiteral("1O,50") << false;
    QTest::newRow("three decimals") << QStringLiteral("12,505") << false;
    QTest::newRow("three decimal zeros") << QStringLiteral("12,500") << false;
    QTest::newRow("comma and dot") << QStringLiteral("1.234,56") << false;
    QTest::newRow("dot and comma") << QStringLiteral("1,234.56") << false;
    QTest::newRow("two commas") << QStringLiteral("1,2,3") << false;
    QTest::newRow("two dots") << QStringLiteral("1.234.56") << false;
    QTest::newRow("separator only") << QStringLiteral(",") << false;
    QTest::newRow("trailing comma") << QStringLiteral("12,") << false;
    QTest::newRow("trailing dot") << QStringLiteral("12.") << false;
    QTest::newRow("leading comma") << QStringLiteral(",50") << false;
    QTest::newRow("space in decimals") << QStringLiteral("12,5 0") << false;
    QTest::newRow("group of two") << QStringLiteral("12 50") << false;
    QTest::newRow("group of four") << QStringLiteral("1 2345") << false;
    QTest::newRow("first group of four") << QStringLiteral("1234 567") << false;
    QTest::newRow("double space") << QStringLiteral("1  234") << false;
    QTest::newRow("underscore group") << QStringLiteral("1_234") << false;
    QTest::newRow("apostrophe group") << QStringLiteral("1'234") << false;
    QTest::newRow("above maximum") << QStringLiteral("1000000,01") << false;
    QTest::newRow("far above maximum") << QStringLiteral("99999999") << false;
    QTest::newRow("negative above maximum") << QStringLiteral("-1000000,01") << true;
    QTest::newRow("exponent") << QStringLiteral("1e5") << false;
    QTest::newRow("exponent upper") << QStringLiteral("1E5") << false;
    QTest::newRow("plus sign") << QStringLiteral("+5") << false;
    QTest::newRow("negative not allowed") << QStringLiteral("-3,00") << false;
    QTest::newRow("minus then space") << QStringLiteral("- 3") << true;
    QTest::newRow("double minus") << QStringLiteral("--3") << true;
    QTest::newRow("minus alone") << QStringLiteral("-") << true;
    QTest::newRow("minus after") << QStringLiteral("3-") << true;
    QTest::newRow("unicode minus") << QStringLiteral("\u22123") << true;
    QTest::newRow("dollar") << QStringLiteral("12,50 $") << false;
    QTest::newRow("EUR") << QStringLiteral("12,50 EUR") << false;
    QTest::newRow("euro first") << QStringLiteral("€12") << false;
    QTest::newRow("euro alone") << QStringLiteral("€") << false;
    QTest::newRow("two euros") << QStringLiteral("12 € €") << false;
    QTest::newRow("euro inside") << QStringLiteral("12€50") << false;
    QTest::newRow("infinity") << QStringLiteral("inf") << false;
    QTest::newRow("nan") << QStringLiteral("nan") << false;
    QTest::newRow("hex") << QStringLiteral("0x10") << false;
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661\u0662") << false;
    QTest::newRow("arabic-indic decimals") << QStringLiteral("12,\u0665\u0660") << false;
    QTest::newRow("full-width digits") << QStringLiteral("\uFF11\uFF12") << false;
    QTest::newRow("superscript two") << QStringLiteral("1\u00B2") << false;
    QTest::newRow("nul alone") << QString(QChar(u'\0')) << false;
    QTest::newRow("nul inside") << withNul(u"12", u",50") << false;
    QTest::newRow("nul after") << withNul(u"12,50", u"") << false;
    QTest::newRow("nul before") << withNul(u"", u"12,50") << false;
    QTest::newRow("overflowing qint64") << QStringLiteral("99999999999999999999999999") << false;
    QTest::newRow("qint64 max") << QStringLiteral("9223372036854775807") << false;
    QTest::newRow("qint64 max cents") << QStringLiteral("92233720368547758,07") << true;
    QTest::newRow("qint64 min") << QStringLiteral("-9223372036854775808") << true;
    QTest::newRow("wrapping to small") << QStringLiteral("18446744073709551617") << false;
    QTest::newRow("10000 nines") << QString(10000, QChar(u'9')) << false;
    QTest::newRow("10000 zeros") << QString(10000, QChar(u'0')) << false;
    QTest::newRow("10000 letters") << QString(10000, QChar(u'x')) << false;
    QTest::newRow("10000 spaces then digit")
        << (QString(10000, QChar(u' ')) + QStringLiteral("1,")) << false;
    QTest::newRow("10000 decimals")
        << (QStringLiteral("1,") + QString(10000, QChar(u'5'))) << false;
}

void TestMoney::parseInvalid()
{
    QFETCH(QString, input);
    QFETCH(bool, allowNegative);

    const Result<qint64> result = money::parse(input, allowNegative);
    QVERIFY2(!result.ok(), qPrintable(QString::number(result.ok() ? result.value() : 0)));
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QVERIFY(!result.error().message.isEmpty());
}

void TestMoney::parseErrorMessageIsOneShortLine_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("letters") << QStringLiteral("abc");
    QTest::newRow("newline inside") << QStringLiteral("12\n50");
    QTest::newRow("nul inside") << withNul(u"12", u"50");
    QTest::newRow("10000 nines") << QString(10000, QChar(u'9'));
    QTest::newRow("10000 letters with newlines") << QString(10000, QChar(u'\n')).prepend(u'x');
    QTest::newRow("too large") << QStringLiteral("2000000");
    QTest::newRow("decimals") << QStringLiteral("1,234");
    QTest::newRow("negative") << QStringLiteral("-1");
}

void TestMoney::parseErrorMessageIsOneShortLine()
{
    QFETCH(QString, input);

    const Result<qint64> result = money::parse(input);
    QVERIFY(!result.ok());
    const QString &message = result.error().message;
    QVERIFY2(message.size() < 120, qPrintable(message));
    QVERIFY(!message.contains(u'\n'));
    QVERIFY(!message.contains(u'\r'));
    QVERIFY(!message.contains(QChar(u'\0')));
}

void TestMoney::parseBounds()
{
    QVERIFY(money::parse(QStringLiteral("1000000")).ok());
    QVERIFY(!money::parse(QStringLiteral("1000000,01")).ok());
    QVERIFY(money::parse(QStringLiteral("-1000000"), true).ok());
    QVERIFY(!money::parse(QStringLiteral("-1000000,01"), true).ok());
    // The message quotes the input and says what to type instead.
    const Result<qint64> invalid = money::parse(QStringLiteral("douze"));
    QVERIFY(invalid.error().message.contains(QStringLiteral("\"douze\"")));
    QVERIFY(invalid.error().message.contains(QStringLiteral("12,50")));
    const Result<qint64> large = money::parse(QStringLiteral("2000000"));
    QVERIFY(large.error().message.contains(money::format(money::maxCents)));
}

void TestMoney::format_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("expected");

    const QString euro = nbsp + QStringLiteral("€");
    QTest::newRow("zero") << qint64(0) << (QStringLiteral("0,00") + euro);
    QTest::newRow("one cent") << qint64(1) << (QStringLiteral("0,01") + euro);
    QTest::newRow("ten cents") << qint64(10) << (QStringLiteral("0,10") + euro);
    QTest::newRow("one euro") << qint64(100) << (QStringLiteral("1,00") + euro);
    QTest::newRow("12,34") << qint64(1234) << (QStringLiteral("12,34") + euro);
    QTest::newRow("999,99") << qint64(99999) << (QStringLiteral("999,99") + euro);
    QTest::newRow("1 000,00") << qint64(100000)
                              << (QStringLiteral("1") + nnbsp + QStringLiteral("000,00") + euro);
    QTest::newRow("1 234,56") << qint64(123456)
                              << (QStringLiteral("1") + nnbsp + QStringLiteral("234,56") + euro);
    QTest::newRow("1 234 567,89") << qint64(123456789)
                                  << (QStringLiteral("1") + nnbsp + QStringLiteral("234") + nnbsp
                                         + QStringLiteral("567,89") + euro);
    QTest::newRow("-3,00") << qint64(-300) << (QStringLiteral("-3,00") + euro);
    QTest::newRow("-0,01") << qint64(-1) << (QStringLiteral("-0,01") + euro);
    QTest::newRow("-1 234,56") << qint64(-123456)
                               << (QStringLiteral("-1") + nnbsp + QStringLiteral("234,56") + euro);
    QTest::newRow("qint64 max") << std::numeric_limits<qint64>::max()
                                << (QStringLiteral("92 233 720 368 547 758,07").replace(u' ', nnbsp)
                                       + euro);
    QTest::newRow("qint64 min")
        << std::numeric_limits<qint64>::min()
        << (QStringLiteral("-92 233 720 368 547 758,08").replace(u' ', nnbsp) + euro);
}

void TestMoney::format()
{
    QFETCH(qint64, cents);
    QFETCH(QString, expected);

    QCOMPARE(money::format(cents), expected);
}

void TestMoney::formatPlain_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << qint64(0) << QStringLiteral("0,00");
    QTest::newRow("one cent") << qint64(1) << QStringLiteral("0,01");
    QTest::newRow("12,50") << qint64(1250) << QStringLiteral("12,50");
    QTest::newRow("no thousands separator") << qint64(123456) << QStringLiteral("1234,56");
    QTest::newRow("maximum") << money::maxCents << QStringLiteral("1000000,00");
    QTest::newRow("negative keeps its sign") << qint64(-300) << QStringLiteral("-3,00");
}

void TestMoney::formatPlain()
{
    QFETCH(qint64, cents);
    QFETCH(QString, expected);

    QCOMPARE(money::formatPlain(cents), expected);
}

void TestMoney::formatParsesBack_data()
{
    QTest::addColumn<qint64>("cents");

    for (const qint64 cents : {qint64(0), qint64(1), qint64(9), qint64(10), qint64(99), qint64(100),
             qint64(1250), qint64(99999), qint64(100000), qint64(123456), qint64(12345678),
             money::maxCents - 1, money::maxCents}) {
        QTest::addRow("%lld", static_cast<long long>(cents)) << cents;
        QTest::addRow("%lld", static_cast<long long>(-cents)) << -cents;
    }
}

void TestMoney::formatParsesBack()
{
    QFETCH(qint64, cents);

    const Result<qint64> formatted = money::parse(money::format(cents), true);
    QVERIFY2(formatted.ok(), qPrintable(formatted.error().message));
    QCOMPARE(formatted.value(), cents);
    const Result<qint64> plain = money::parse(money::formatPlain(cents), true);
    QVERIFY2(plain.ok(), qPrintable(plain.error().message));
    QCOMPARE(plain.value(), cents);
}

void TestMoney::weightParseValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<qint64>("grams");

    QTest::newRow("integer") << QStringLiteral("3") << qint64(3000);
    QTest::newRow("two decimals") << QStringLiteral("3,25") << qint64(3250);
    QTest::newRow("three decimals dot") << QStringLiteral("3.250") << qint64(3250);
    QTest::newRow("one decimal") << QStringLiteral("3,2") << qint64(3200);
    QTest::newRow("kg after space") << QStringLiteral("3,250 kg") << qint64(3250);
    QTest::newRow("kg after nbsp")
        << (QStringLiteral("3,250") + nbsp + QStringLiteral("kg")) << qint64(3250);
    QTest::newRow("kg glued") << QStringLiteral("0,5kg") << qint64(500);
    QTest::newRow("KG upper case") << QStringLiteral("2 KG") << qint64(2000);
    QTest::newRow("one gram") << QStringLiteral("0,001") << qint64(1);
    QTest::newRow("surrounding spaces") << QStringLiteral("  12,5  ") << qint64(12500);
    QTest::newRow("thousands") << QStringLiteral("1 234,5 kg") << qint64(1234500);
    QTest::newRow("maximum") << QStringLiteral("10000") << weight::maxGrams;
    QTest::newRow("maximum with decimals") << QStringLiteral("10 000,000 kg") << weight::maxGrams;
}

void TestMoney::weightParseValid()
{
    QFETCH(QString, input);
    QFETCH(qint64, grams);

    const Result<qint64> result = weight::parseKg(input);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result.value(), grams);
}

void TestMoney::weightParseInvalid_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral(" \t ");
    QTest::newRow("zero") << QStringLiteral("0");
    QTest::newRow("zero decimals") << QStringLiteral("0,000 kg");
    QTest::newRow("negative") << QStringLiteral("-1");
    QTest::newRow("negative kg") << QStringLiteral("-0,5 kg");
    QTest::newRow("plus") << QStringLiteral("+1");
    QTest::newRow("four decimals") << QStringLiteral("0,0001");
    QTest::newRow("four decimals kg") << QStringLiteral("3,2500 kg");
    QTest::newRow("above maximum") << QStringLiteral("10000,001");
    QTest::newRow("far above maximum") << QStringLiteral("123456789");
    QTest::newRow("kg only") << QStringLiteral("kg");
    QTest::newRow("grams unit") << QStringLiteral("3 g");
    QTest::newRow("kgs") << QStringLiteral("3 kgs");
    QTest::newRow("kg first") << QStringLiteral("kg 3");
    QTest::newRow("two kg") << QStringLiteral("3 kg kg");
    QTest::newRow("euro") << QStringLiteral("3 €");
    QTest::newRow("comma and dot") << QStringLiteral("1.000,5");
    QTest::newRow("two commas") << QStringLiteral("1,0,5");
    QTest::newRow("letters") << QStringLiteral("trois");
    QTest::newRow("exponent") << QStringLiteral("1e3");
    QTest::newRow("group of two") << QStringLiteral("3 25");
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0663");
    QTest::newRow("nul inside") << withNul(u"3", u",5");
    QTest::newRow("overflowing qint64") << QStringLiteral("99999999999999999999999999");
    QTest::newRow("10000 nines") << QString(10000, QChar(u'9'));
    QTest::newRow("10000 zeros then one") << (QString(10000, QChar(u'0')) + QStringLiteral("1"));
}

void TestMoney::weightParseInvalid()
{
    QFETCH(QString, input);

    const Result<qint64> result = weight::parseKg(input);
    QVERIFY2(!result.ok(), qPrintable(QString::number(result.ok() ? result.value() : 0)));
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QVERIFY(!result.error().message.isEmpty());
    QVERIFY(!result.error().message.contains(u'\n'));
    QVERIFY2(result.error().message.size() < 120, qPrintable(result.error().message));
}

void TestMoney::weightFormat_data()
{
    QTest::addColumn<qint64>("grams");
    QTest::addColumn<QString>("expected");

    const QString kg = nbsp + QStringLiteral("kg");
    QTest::newRow("3,250") << qint64(3250) << (QStringLiteral("3,250") + kg);
    QTest::newRow("one gram") << qint64(1) << (QStringLiteral("0,001") + kg);
    QTest::newRow("half") << qint64(500) << (QStringLiteral("0,500") + kg);
    QTest::newRow("zero") << qint64(0) << (QStringLiteral("0,000") + kg);
    QTest::newRow("maximum") << weight::maxGrams
                             << (QStringLiteral("10") + nnbsp + QStringLiteral("000,000") + kg);
    QTest::newRow("negative") << qint64(-1500) << (QStringLiteral("-1,500") + kg);
}

void TestMoney::weightFormat()
{
    QFETCH(qint64, grams);
    QFETCH(QString, expected);

    QCOMPARE(weight::format(grams), expected);
}

void TestMoney::weightFormatParsesBack()
{
    for (const qint64 grams :
        {qint64(1), qint64(999), qint64(1000), qint64(3250), qint64(1234567), weight::maxGrams}) {
        const Result<qint64> result = weight::parseKg(weight::format(grams));
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result.value(), grams);
    }
}

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
