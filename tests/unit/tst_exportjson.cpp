// The full export writes its records' JSON straight into bytes (portability::appendJson,
// appendRow): the text must read back as the same values QJsonDocument would have written,
// whatever the strings hold (quotes, backslashes, control characters, any script).

#include "core/money.h"
#include "core/portability/portability.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <limits>

using namespace recaisse::core;
using namespace recaisse::core::portability;

class TestExportJson : public QObject
{
    Q_OBJECT

private slots:
    void valuesReadBack_data();
    void valuesReadBack();
    void rowsAsQtWritesThem();
    void moneyDisplayAsMoneyFormat();
};

void TestExportJson::valuesReadBack_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("true") << QJsonValue(true);
    QTest::newRow("zero") << QJsonValue(qint64(0));
    QTest::newRow("negative") << QJsonValue(qint64(-1234567890123));
    QTest::newRow("largest") << QJsonValue(std::numeric_limits<qint64>::max());
    QTest::newRow("smallest") << QJsonValue(std::numeric_limits<qint64>::min());
    QTest::newRow("fraction") << QJsonValue(0.1);
    QTest::newRow("empty") << QJsonValue(QString());
    QTest::newRow("quotes") << QJsonValue(QStringLiteral("a \"b\" \\ c / d"));
    QTest::newRow("controls") << QJsonValue(
        QStringLiteral("l1\nl2\r\tx\b\f") + QChar(0x01) + QChar(0x1f) + QChar(0x7f));
    QTest::newRow("scripts") << QJsonValue(QStringLiteral("Élan 12,50 € — 日本 😀 \u2028"));
}

void TestExportJson::valuesReadBack()
{
    QFETCH(QJsonValue, value);
    QByteArray json = "[";
    appendJson(json, value);
    json += "]";
    QJsonParseError error;
    const QJsonDocument read = QJsonDocument::fromJson(json, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(read.array().at(0), value);
    // Byte for byte what Qt writes.
    QCOMPARE(json, QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

void TestExportJson::rowsAsQtWritesThem()
{
    const QList<ColumnSpec> columns = {{QStringLiteral("id"), ColumnSpec::Type::Text, true},
        {QStringLiteral("total_cents"), ColumnSpec::Type::Integer, false},
        {QStringLiteral("created_utc"), ColumnSpec::Type::Text, false},
        {QStringLiteral("note"), ColumnSpec::Type::Text, false},
        {QStringLiteral("refund_cents"), ColumnSpec::Type::Integer, false}};
    const QList<QVariant> values = {QStringLiteral("T-1"), qint64(123456),
        QStringLiteral("2026-07-14T10:00:00.000Z"), QStringLiteral("dit \"oui\"\n"), QVariant()};
    LocalTimes times(QTimeZone("Europe/Paris"));
    QByteArray json = "{";
    bool first = true;
    const QList<QJsonValue> exported = appendRow(json, columns, values, times, first);
    json += "}";
    QVERIFY(!first);
    QCOMPARE(exported.size(), columns.size());
    QCOMPARE(exported.at(2).toString(), QStringLiteral("2026-07-14T12:00:00.000+02:00"));
    QJsonParseError error;
    const QJsonObject read = QJsonDocument::fromJson(json, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    for (qsizetype i = 0; i < columns.size(); ++i)
        QCOMPARE(read.value(columns.at(i).name), exported.at(i));
    QCOMPARE(read.value(QStringLiteral("total_display")).toString(), money::format(123456));
    QVERIFY(read.value(QStringLiteral("refund_display")).isNull());
    QCOMPARE(read.size(), 7);
}

// The display string is written straight as UTF-8: the same text as money::format, digit groups,
// signs and the largest amounts included.
void TestExportJson::moneyDisplayAsMoneyFormat()
{
    const QList<ColumnSpec> columns = {
        {QStringLiteral("amount_cents"), ColumnSpec::Type::Integer, false}};
    QList<qint64> amounts = {0, 1, 9, 10, 99, 100, 101, 999, 1000, 99999, 100000, 123456, 100000000,
        123456789012, -1, -100, -123456, std::numeric_limits<qint64>::max(),
        std::numeric_limits<qint64>::min()};
    for (qint64 power = 1; power < 1'000'000'000'000'000; power *= 10)
        amounts << power - 1 << power << -power;
    LocalTimes times;
    for (const qint64 amount : std::as_const(amounts)) {
        QByteArray json = "{";
        bool first = true;
        appendRow(json, columns, {QVariant(amount)}, times, first);
        json += "}";
        const QJsonObject read = QJsonDocument::fromJson(json).object();
        QCOMPARE(read.value(QStringLiteral("amount_display")).toString(), money::format(amount));
    }
}

QTEST_APPLESS_MAIN(TestExportJson)
#include "tst_exportjson.moc"
