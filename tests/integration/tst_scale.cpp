// The scale driver and `recaisse-cli scale read` against simulated scales on pseudo-terminals.
#include "cliprocess.h"
#include "core/scale.h"
#include "tests/support/simulatedscale.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace recaisse::core;
using recaisse::test::CliRun;
using recaisse::test::SimulatedScale;
using Status = ScaleReading::Status;

Q_DECLARE_METATYPE(ScaleProtocol)

namespace {

ScaleSettings settingsFor(const SimulatedScale &simulated, ScaleProtocol protocol)
{
    ScaleSettings settings;
    settings.port = simulated.slavePath();
    settings.protocol = protocol;
    settings.pollMs = 50;
    settings.silenceMs = 400;
    return settings;
}

// Readings of one status among those a spy caught.
QList<ScaleReading> readingsOf(const QSignalSpy &spy, Status status)
{
    QList<ScaleReading> found;
    for (const QList<QVariant> &arguments : spy) {
        const auto reading = arguments.at(0).value<ScaleReading>();
        if (reading.status == status)
            found.append(reading);
    }
    return found;
}

QList<Scale::Problem> problemsOf(const QSignalSpy &spy)
{
    QList<Scale::Problem> found;
    for (const QList<QVariant> &arguments : spy)
        found.append(arguments.at(0).value<Scale::Problem>());
    return found;
}

} // namespace

class TestScale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stableAndUnstable_data();
    void stableAndUnstable();
    void tare();
    void frameSplitAcrossReads();
    void garbageIsReportedAndNeverAWeight();
    void silentScaleIsReportedThenRecovers();
    void unpluggedMidReadGivesNoWeight();
    void missingPortCannotOpen();
    void cliReadsTheStableWeight_data();
    void cliReadsTheStableWeight();
    void cliFailsWithoutAStableWeight_data();
    void cliFailsWithoutAStableWeight();
    void cliRefusesAnUnknownProtocol();
    void cliUsesTheStationsScale();

private:
    CliRun runCliAsync(const QStringList &arguments);

    QTemporaryDir m_home;
};

void TestScale::initTestCase()
{
    QVERIFY(m_home.isValid());
    QStandardPaths::setTestModeEnabled(true);
}

void TestScale::stableAndUnstable_data()
{
    QTest::addColumn<ScaleProtocol>("protocol");
    QTest::newRow("mt-sics") << ScaleProtocol::MtSics;
    QTest::newRow("continuous") << ScaleProtocol::Continuous;
    QTest::newRow("toledo8217") << ScaleProtocol::Toledo8217;
}

void TestScale::stableAndUnstable()
{
    QFETCH(ScaleProtocol, protocol);
    SimulatedScale simulated(protocol);
    QVERIFY(simulated.isOpen());
    simulated.setWeight(1190, false);
    Scale scale(settingsFor(simulated, protocol));
    QSignalSpy readings(&scale, &Scale::readingChanged);
    QSignalSpy problems(&scale, &Scale::problemOccurred);
    QVERIFY2(scale.start(), qPrintable(simulated.slavePath()));
    QTRY_VERIFY(!readingsOf(readings, Status::Unstable).isEmpty());
    QVERIFY(readingsOf(readings, Status::Stable).isEmpty());
    QCOMPARE(scale.stableGrams(), std::nullopt);

    simulated.setWeight(1234, true);
    QTRY_VERIFY(!readingsOf(readings, Status::Stable).isEmpty());
    for (const ScaleReading &reading : readingsOf(readings, Status::Stable))
        QCOMPARE(reading.grams, qint64(1234));
    QCOMPARE(scale.stableGrams(), std::optional<qint64>(1234));
    QCOMPARE(problems.count(), 0);
    if (protocol == ScaleProtocol::MtSics)
        QVERIFY(simulated.received().startsWith("SI\r\n"));
    else if (protocol == ScaleProtocol::Toledo8217)
        QVERIFY(simulated.received().startsWith("W"));
    else
        QVERIFY(simulated.received().isEmpty()); // a continuous scale is never asked
}

void TestScale::tare()
{
    SimulatedScale simulated(ScaleProtocol::MtSics);
    simulated.setWeight(350, true); // the empty crate
    Scale scale(settingsFor(simulated, ScaleProtocol::MtSics));
    QSignalSpy readings(&scale, &Scale::readingChanged);
    QVERIFY(scale.start());
    QTRY_COMPARE(scale.stableGrams(), std::optional<qint64>(350));
    QVERIFY(scale.tare());
    QTRY_COMPARE(readingsOf(readings, Status::Tared).size(), 1);
    QCOMPARE(readingsOf(readings, Status::Tared).at(0).grams, qint64(350));
    QCOMPARE(simulated.tareGrams(), qint64(350));
    simulated.setWeight(350 + 1234, true); // the crate and what it holds
    QTRY_COMPARE(scale.stableGrams(), std::optional<qint64>(1234));

    // A continuous scale is tared on its own keypad.
    Scale keypad(ScaleSettings{simulated.slavePath(), 9600, QSerialPort::NoParity,
        QSerialPort::Data8, ScaleProtocol::Continuous});
    const auto refused = keypad.tare();
    QVERIFY(!refused);
    QVERIFY(!refused.error().message.isEmpty());
}

void TestScale::frameSplitAcrossReads()
{
    SimulatedScale simulated(ScaleProtocol::Continuous);
    simulated.setStreaming(false);
    Scale scale(settingsFor(simulated, ScaleProtocol::Continuous));
    QSignalSpy readings(&scale, &Scale::readingChanged);
    QVERIFY(scale.start());
    QVERIFY(simulated.sendRaw("ST,GS,+00"));
    QTest::qWait(150); // the program reads the first half alone
    QCOMPARE(readings.count(), 0);
    QVERIFY(simulated.sendRaw("02.468kg\r\n"));
    QTRY_COMPARE(readings.count(), 1);
    QCOMPARE(readings.at(0).at(0).value<ScaleReading>(), (ScaleReading{Status::Stable, 2468}));
    QCOMPARE(scale.stableGrams(), std::optional<qint64>(2468));
}

void TestScale::garbageIsReportedAndNeverAWeight()
{
    SimulatedScale simulated(ScaleProtocol::Continuous);
    simulated.setStreaming(false);
    Scale scale(settingsFor(simulated, ScaleProtocol::Continuous));
    QSignalSpy readings(&scale, &Scale::readingChanged);
    QSignalSpy problems(&scale, &Scale::problemOccurred);
    QVERIFY(scale.start());
    // What a scale at the wrong speed looks like, then a stream without any line end.
    QVERIFY(simulated.sendRaw(QByteArray("\xf3\x1c\x9e\r\n\xe0\xe0\x81\r\n", 10)
        + QByteArray("S S 1.234 kg\r\n") + QByteArray(4096, '\xfe')));
    QTRY_COMPARE(problemsOf(problems), QList<Scale::Problem>{Scale::Problem::Garbage});
    QVERIFY(problems.at(0).at(1).toString().contains(simulated.slavePath()));
    QCOMPARE(readings.count(), 0);
    QCOMPARE(scale.stableGrams(), std::nullopt);
    // The right frames again: weighing resumes.
    QVERIFY(simulated.sendRaw("\r\nST,GS,+0000.900kg\r\n"));
    QTRY_COMPARE(scale.stableGrams(), std::optional<qint64>(900));
}

void TestScale::silentScaleIsReportedThenRecovers()
{
    SimulatedScale simulated(ScaleProtocol::MtSics);
    simulated.setWeight(500, true);
    simulated.setSilent(true);
    Scale scale(settingsFor(simulated, ScaleProtocol::MtSics));
    QSignalSpy problems(&scale, &Scale::problemOccurred);
    QVERIFY(scale.start());
    QTRY_COMPARE(problemsOf(problems), QList<Scale::Problem>{Scale::Problem::Silent});
    QCOMPARE(scale.stableGrams(), std::nullopt);
    QVERIFY(QByteArray(simulated.received()).count("SI\r\n") >= 2); // it kept asking
    simulated.setSilent(false);
    QTRY_COMPARE(scale.stableGrams(), std::optional<qint64>(500));
    QCOMPARE(problems.count(), 1);
}

void TestScale::unpluggedMidReadGivesNoWeight()
{
    SimulatedScale simulated(ScaleProtocol::Continuous);
    simulated.setWeight(1000, true);
    Scale scale(settingsFor(simulated, ScaleProtocol::Continuous));
    QSignalSpy readings(&scale, &Scale::readingChanged);
    QSignalSpy problems(&scale, &Scale::problemOccurred);
    QVERIFY(scale.start());
    QTRY_COMPARE(scale.stableGrams(), std::optional<qint64>(1000));
    simulated.setStreaming(false);
    QTest::qWait(2 * SimulatedScale::intervalMs);
    const qsizetype before = readings.count();
    // Half a frame of another weight, then the cable is pulled.
    QVERIFY(simulated.sendRaw("ST,GS,+0007"));
    simulated.unplug();
    QTRY_COMPARE(problemsOf(problems), QList<Scale::Problem>{Scale::Problem::Unplugged});
    QCOMPARE(readings.count(), before);
    QCOMPARE(scale.stableGrams(), std::nullopt);
    QVERIFY(!scale.isOpen());
    QVERIFY(!scale.tare());
}

void TestScale::missingPortCannotOpen()
{
    Scale scale(ScaleSettings{m_home.filePath(QStringLiteral("no-such-port")), 9600,
        QSerialPort::NoParity, QSerialPort::Data8, ScaleProtocol::MtSics});
    QSignalSpy problems(&scale, &Scale::problemOccurred);
    const auto started = scale.start();
    QVERIFY(!started);
    QCOMPARE(problemsOf(problems), QList<Scale::Problem>{Scale::Problem::CannotOpen});
    QVERIFY(started.error().message.contains(QStringLiteral("no-such-port")));
}

CliRun TestScale::runCliAsync(const QStringList &arguments)
{
    // The simulated scale answers from this event loop while the CLI runs.
    QProcess process;
    QProcessEnvironment env = recaisse::test::cliEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(recaisse::test::cliPath(), arguments);
    CliRun run;
    run.finished = finished.wait(30000);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    recaisse::test::stopOnSanitizerReport(recaisse::test::cliPath(), run.err);
    return run;
}

void TestScale::cliReadsTheStableWeight_data()
{
    stableAndUnstable_data();
}

void TestScale::cliReadsTheStableWeight()
{
    QFETCH(ScaleProtocol, protocol);
    SimulatedScale simulated(protocol);
    simulated.setWeight(2000, false);
    // Settles after a moment: the unstable readings before are never printed.
    QTimer::singleShot(300, &simulated, [&simulated] { simulated.setWeight(1234, true); });
    const CliRun run = runCliAsync({QStringLiteral("scale"), QStringLiteral("read"),
        QStringLiteral("--device"), simulated.slavePath(), QStringLiteral("--protocol"),
        scaleProtocolKey(protocol), QStringLiteral("--baud"), QStringLiteral("9600"),
        QStringLiteral("--timeout"), QStringLiteral("10")});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QCOMPARE(run.outText(), QStringLiteral("1.234 kg\n"));
}

void TestScale::cliFailsWithoutAStableWeight_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("needle");
    QTest::newRow("silent") << QStringLiteral("silent") << QStringLiteral("does not answer");
    QTest::newRow("never settles") << QStringLiteral("moving") << QStringLiteral("never settled");
    QTest::newRow("unplugged") << QStringLiteral("unplugged") << QStringLiteral("disconnected");
    QTest::newRow("no such port") << QStringLiteral("missing") << QStringLiteral("Cannot open");
}

void TestScale::cliFailsWithoutAStableWeight()
{
    QFETCH(QString, situation);
    QFETCH(QString, needle);
    SimulatedScale simulated(ScaleProtocol::MtSics);
    QString device = simulated.slavePath();
    if (situation == QLatin1String("silent"))
        simulated.setSilent(true);
    else if (situation == QLatin1String("moving") || situation == QLatin1String("unplugged"))
        simulated.setWeight(800, false);
    else if (situation == QLatin1String("missing"))
        device = m_home.filePath(QStringLiteral("no-such-port"));
    QTimer unplug; // once the program has asked for a weight, mid-read
    if (situation == QLatin1String("unplugged")) {
        connect(&unplug, &QTimer::timeout, &simulated, [&simulated] {
            if (simulated.received().contains("SI\r\n"))
                simulated.unplug();
        });
        unplug.start(20);
    }
    const CliRun run = runCliAsync({QStringLiteral("scale"), QStringLiteral("read"),
        QStringLiteral("--device"), device, QStringLiteral("--protocol"), QStringLiteral("mt-sics"),
        QStringLiteral("--timeout"), QStringLiteral("4")});
    QVERIFY2(run.finished && !run.crashed, qPrintable(run.describe()));
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.errText().contains(needle), qPrintable(run.describe()));
}

void TestScale::cliRefusesAnUnknownProtocol()
{
    const CliRun run =
        runCliAsync({QStringLiteral("scale"), QStringLiteral("read"), QStringLiteral("--device"),
            QStringLiteral("/dev/null"), QStringLiteral("--protocol"), QStringLiteral("dialog06")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(QStringLiteral("mt-sics")), qPrintable(run.describe()));
}

void TestScale::cliUsesTheStationsScale()
{
    SimulatedScale simulated(ScaleProtocol::Toledo8217);
    simulated.setWeight(640, true);
    // The station's settings, as the devices page saves them (the CLI's XDG_CONFIG_HOME).
    {
        QSettings settings(
            m_home.filePath(QStringLiteral("config/ReCaisse/ReCaisse.conf")), QSettings::IniFormat);
        ScaleSettings scale;
        scale.port = simulated.slavePath();
        scale.protocol = ScaleProtocol::Toledo8217;
        scale.baud = 4800;
        scale.save(settings);
    }
    const CliRun list =
        runCliAsync({QStringLiteral("device"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(list.ok(), qPrintable(list.describe()));
    const QJsonObject devices = QJsonDocument::fromJson(list.out).object();
    QVERIFY(devices.value(QStringLiteral("ports")).isArray());
    QCOMPARE(
        devices.value(QStringLiteral("scale")).toObject().value(QStringLiteral("port")).toString(),
        simulated.slavePath());
    QCOMPARE(devices.value(QStringLiteral("scale"))
                 .toObject()
                 .value(QStringLiteral("protocol"))
                 .toString(),
        QStringLiteral("toledo8217"));
    QVERIFY(devices.value(QStringLiteral("display")).isNull());

    const CliRun test = runCliAsync({QStringLiteral("device"), QStringLiteral("test"),
        QStringLiteral("scale"), QStringLiteral("--json")});
    QVERIFY2(test.ok(), qPrintable(test.describe()));
    const QJsonObject weight = QJsonDocument::fromJson(test.out).object();
    QCOMPARE(weight.value(QStringLiteral("grams")).toInteger(), 640);
    QCOMPARE(weight.value(QStringLiteral("kg")).toString(), QStringLiteral("0.640"));
    QVERIFY(simulated.received().startsWith("W"));
}

QTEST_GUILESS_MAIN(TestScale)
#include "tst_scale.moc"
