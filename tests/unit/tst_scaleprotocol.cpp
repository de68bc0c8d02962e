#include "core/scaleprotocol.h"

#include <QTest>

using namespace recaisse::core;
using Status = ScaleReading::Status;

Q_DECLARE_METATYPE(ScaleProtocol)
Q_DECLARE_METATYPE(ScaleReading)

namespace {

ScaleReading r(Status status, qint64 grams = 0)
{
    return ScaleReading{status, grams};
}

QList<ScaleReading> feedAll(ScaleProtocol protocol, const QByteArray &bytes)
{
    ScaleParser parser(protocol);
    return parser.feed(bytes);
}

} // namespace

class TestScaleProtocol : public QObject
{
    Q_OBJECT

private slots:
    void weights_data();
    void weights();
    void frames_data();
    void frames();
    void splitAcrossReadsGivesTheSameReadings_data();
    void splitAcrossReadsGivesTheSameReadings();
    void overlongLineIsDroppedAndTheNextOneRead();
    void toledoOverlongFrameIsDropped();
    void requestsAndTare();
    void protocolKeys();
};

void TestScaleProtocol::weights_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("grams"); // -1: refused
    QTest::newRow("padded kg") << QByteArray("+0001.234kg") << qint64(1234);
    QTest::newRow("spaces") << QByteArray("    1.234 kg") << qint64(1234);
    QTest::newRow("grams") << QByteArray("850 g") << qint64(850);
    QTest::newRow("upper unit") << QByteArray("2.5 KG") << qint64(2500);
    QTest::newRow("four decimals up") << QByteArray("1.2345 kg") << qint64(1235);
    QTest::newRow("four decimals down") << QByteArray("1.2344 kg") << qint64(1234);
    QTest::newRow("tenth of gram") << QByteArray("12.5 g") << qint64(13);
    QTest::newRow("no integer part") << QByteArray(".750kg") << qint64(750);
    QTest::newRow("negative") << QByteArray("-0.010 kg") << qint64(-10);
    QTest::newRow("zero") << QByteArray("0.000 kg") << qint64(0);
    QTest::newRow("pounds") << QByteArray("2.000 lb") << qint64(-1);
    QTest::newRow("no unit") << QByteArray("2.000") << qint64(-1);
    QTest::newRow("no digits") << QByteArray("kg") << qint64(-1);
    QTest::newRow("letters") << QByteArray("1.2x3 kg") << qint64(-1);
    QTest::newRow("comma") << QByteArray("1,234 kg") << qint64(-1);
    QTest::newRow("too many digits") << QByteArray("12345678901 g") << qint64(-1);
}

void TestScaleProtocol::weights()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, grams);
    const auto parsed = parseScaleWeight(text);
    if (grams == -1)
        QVERIFY(!parsed);
    else
        QCOMPARE(parsed, std::optional<qint64>(grams));
}

void TestScaleProtocol::frames_data()
{
    QTest::addColumn<ScaleProtocol>("protocol");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<ScaleReading>>("expected");

    const auto mt = ScaleProtocol::MtSics;
    QTest::newRow("mt stable") << mt << QByteArray("S S     1.234 kg\r\n")
                               << QList{r(Status::Stable, 1234)};
    QTest::newRow("mt dynamic") << mt << QByteArray("S D     1.198 kg\r\n")
                                << QList{r(Status::Unstable, 1198)};
    QTest::newRow("mt busy") << mt << QByteArray("S I\r\n") << QList{r(Status::Refused)};
    QTest::newRow("mt overload") << mt << QByteArray("S +\r\n") << QList{r(Status::Overload)};
    QTest::newRow("mt underload") << mt << QByteArray("S -\r\n") << QList{r(Status::Underload)};
    QTest::newRow("mt syntax error") << mt << QByteArray("ES\r\n") << QList{r(Status::Refused)};
    QTest::newRow("mt stable negative")
        << mt << QByteArray("S S    -0.020 kg\r\n") << QList{r(Status::Underload)};
    QTest::newRow("mt tare") << mt << QByteArray("T S     0.350 kg\r\n")
                             << QList{r(Status::Tared, 350)};
    QTest::newRow("mt grams") << mt << QByteArray("S S      875 g\r\n")
                              << QList{r(Status::Stable, 875)};
    QTest::newRow("mt several and blank lines")
        << mt << QByteArray("\r\nS D 0.5 kg\r\n\r\nS S 0.6 kg\r\n")
        << QList{r(Status::Unstable, 500), r(Status::Stable, 600)};
    QTest::newRow("mt unknown status")
        << mt << QByteArray("S X 1.000 kg\r\n") << QList{r(Status::Garbage)};
    QTest::newRow("mt continuous frame")
        << mt << QByteArray("ST,GS,+0001.234kg\r\n") << QList{r(Status::Garbage)};
    QTest::newRow("mt binary noise")
        << mt << QByteArray("S S \xff\x80 1.0 kg\r\n") << QList{r(Status::Garbage)};
    QTest::newRow("mt no terminator yet")
        << mt << QByteArray("S S     1.234 kg") << QList<ScaleReading>{};

    const auto cont = ScaleProtocol::Continuous;
    QTest::newRow("cont stable gross")
        << cont << QByteArray("ST,GS,+0001.234kg\r\n") << QList{r(Status::Stable, 1234)};
    QTest::newRow("cont unstable")
        << cont << QByteArray("US,GS,+0001.190kg\r\n") << QList{r(Status::Unstable, 1190)};
    QTest::newRow("cont net") << cont << QByteArray("ST,NT,+0000.884kg\r\n")
                              << QList{r(Status::Stable, 884)};
    QTest::newRow("cont tare") << cont << QByteArray("ST,TR,+0000.350kg\r\n")
                               << QList{r(Status::Tared, 350)};
    QTest::newRow("cont overload")
        << cont << QByteArray("OL,GS,+9999.999kg\r\n") << QList{r(Status::Overload)};
    QTest::newRow("cont spaced") << cont << QByteArray("ST,GS,+  12.50 kg\n")
                                 << QList{r(Status::Stable, 12500)};
    QTest::newRow("cont negative")
        << cont << QByteArray("ST,GS,-0000.015kg\r\n") << QList{r(Status::Underload)};
    QTest::newRow("cont stx etx framed")
        << cont << QByteArray("\x02ST,GS,+0002.000kg\x03\r\n") << QList{r(Status::Stable, 2000)};
    QTest::newRow("cont unknown kind")
        << cont << QByteArray("ST,XX,+0001.000kg\r\n") << QList{r(Status::Garbage)};
    QTest::newRow("cont cut frame then good")
        << cont << QByteArray("01.234kg\r\nST,GS,+0001.234kg\r\n")
        << QList{r(Status::Garbage), r(Status::Stable, 1234)};

    const auto tol = ScaleProtocol::Toledo8217;
    QTest::newRow("toledo weight") << tol
                                   << QByteArray("\x02"
                                                 "01234\r")
                                   << QList{r(Status::Stable, 1234)};
    QTest::newRow("toledo weight with point") << tol
                                              << QByteArray("\x02"
                                                            "01.234\r")
                                              << QList{r(Status::Stable, 1234)};
    QTest::newRow("toledo motion")
        << tol << QByteArray("\x02?\x21\r") << QList{r(Status::Unstable)};
    QTest::newRow("toledo over") << tol << QByteArray("\x02?\x22\r") << QList{r(Status::Overload)};
    QTest::newRow("toledo under") << tol << QByteArray("\x02?\x24\r")
                                  << QList{r(Status::Underload)};
    QTest::newRow("toledo outside zero range")
        << tol << QByteArray("\x02?\x28\r") << QList{r(Status::Refused)};
    QTest::newRow("toledo four digits") << tol
                                        << QByteArray("\x02"
                                                      "1234\r")
                                        << QList{r(Status::Garbage)};
    QTest::newRow("toledo letters") << tol
                                    << QByteArray("\x02"
                                                  "12a45\r")
                                    << QList{r(Status::Garbage)};
    QTest::newRow("toledo noise before frame") << tol
                                               << QByteArray("xyz\x02"
                                                             "00500\r")
                                               << QList{r(Status::Garbage), r(Status::Stable, 500)};
    QTest::newRow("toledo frame cut by next") << tol
                                              << QByteArray("\x02"
                                                            "012\x02"
                                                            "00750\r")
                                              << QList{r(Status::Garbage), r(Status::Stable, 750)};
    QTest::newRow("toledo line end between frames")
        << tol
        << QByteArray("\x02"
                      "00100\r\n\x02"
                      "00200\r")
        << QList{r(Status::Stable, 100), r(Status::Stable, 200)};
}

void TestScaleProtocol::frames()
{
    QFETCH(ScaleProtocol, protocol);
    QFETCH(QByteArray, bytes);
    QFETCH(QList<ScaleReading>, expected);
    const QList<ScaleReading> readings = feedAll(protocol, bytes);
    QCOMPARE(readings.size(), expected.size());
    for (qsizetype i = 0; i < readings.size(); ++i) {
        QCOMPARE(int(readings.at(i).status), int(expected.at(i).status));
        QCOMPARE(readings.at(i).grams, expected.at(i).grams);
    }
}

void TestScaleProtocol::splitAcrossReadsGivesTheSameReadings_data()
{
    QTest::addColumn<ScaleProtocol>("protocol");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("mt-sics") << ScaleProtocol::MtSics
                             << QByteArray("S D     1.198 kg\r\nS S     1.234 kg\r\n");
    QTest::newRow("continuous") << ScaleProtocol::Continuous
                                << QByteArray("US,GS,+0001.190kg\r\nST,GS,+0001.234kg\r\n");
    QTest::newRow("toledo8217") << ScaleProtocol::Toledo8217
                                << QByteArray("\x02?\x21\r\x02"
                                              "01234\r");
}

void TestScaleProtocol::splitAcrossReadsGivesTheSameReadings()
{
    QFETCH(ScaleProtocol, protocol);
    QFETCH(QByteArray, bytes);
    const QList<ScaleReading> whole = feedAll(protocol, bytes);
    QCOMPARE(whole.size(), 2);
    QCOMPARE(int(whole.last().status), int(Status::Stable));
    QCOMPARE(whole.last().grams, qint64(1234));
    // Every cut point, and one byte at a time.
    for (qsizetype cut = 1; cut < bytes.size(); ++cut) {
        ScaleParser parser(protocol);
        QList<ScaleReading> readings = parser.feed(bytes.left(cut));
        readings += parser.feed(bytes.mid(cut));
        QVERIFY2(readings == whole, qPrintable(QStringLiteral("cut at %1").arg(cut)));
    }
    ScaleParser parser(protocol);
    QList<ScaleReading> readings;
    for (const char c : bytes)
        readings += parser.feed(QByteArrayView(&c, 1));
    QCOMPARE(readings, whole);
}

void TestScaleProtocol::overlongLineIsDroppedAndTheNextOneRead()
{
    ScaleParser parser(ScaleProtocol::Continuous);
    const QByteArray noise(1000, 'A');
    QList<ScaleReading> readings = parser.feed(noise);
    QCOMPARE(readings.size(), 1); // reported once, not once per 64 bytes
    QCOMPARE(int(readings.at(0).status), int(Status::Garbage));
    readings = parser.feed(QByteArray(QByteArray(200, 'B') + "\r\nST,GS,+0003.000kg\r\n"));
    QCOMPARE(readings.size(), 1);
    QCOMPARE(int(readings.at(0).status), int(Status::Stable));
    QCOMPARE(readings.at(0).grams, qint64(3000));
}

void TestScaleProtocol::toledoOverlongFrameIsDropped()
{
    ScaleParser parser(ScaleProtocol::Toledo8217);
    QList<ScaleReading> readings = parser.feed(QByteArray("\x02" + QByteArray(500, '1')));
    QCOMPARE(readings.size(), 1);
    QCOMPARE(int(readings.at(0).status), int(Status::Garbage));
    readings = parser.feed("\r\x02"
                           "00042\r");
    QCOMPARE(readings.size(), 1);
    QCOMPARE(readings.at(0), r(Status::Stable, 42));
}

void TestScaleProtocol::requestsAndTare()
{
    QCOMPARE(ScaleParser(ScaleProtocol::MtSics).request(), QByteArray("SI\r\n"));
    QCOMPARE(ScaleParser(ScaleProtocol::MtSics).tareCommand(), QByteArray("T\r\n"));
    QCOMPARE(ScaleParser(ScaleProtocol::Toledo8217).request(), QByteArray("W"));
    QVERIFY(ScaleParser(ScaleProtocol::Toledo8217).tareCommand().isEmpty());
    QVERIFY(ScaleParser(ScaleProtocol::Continuous).request().isEmpty());
    QVERIFY(ScaleParser(ScaleProtocol::Continuous).tareCommand().isEmpty());
}

void TestScaleProtocol::protocolKeys()
{
    for (const QString &key : scaleProtocolKeys())
        QCOMPARE(scaleProtocolKey(*scaleProtocolFromKey(key)), key);
    QVERIFY(!scaleProtocolFromKey(QStringLiteral("dialog06")));
}

QTEST_APPLESS_MAIN(TestScaleProtocol)
#include "tst_scaleprotocol.moc"
