// `recaisse --version` and `recaisse-cli --version`: one line naming the version, the commit
// and Qt, exit 0, nothing on stderr, no database touched, and no display needed.

#include "cliprocess.h"
#include "core/buildinfo.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#ifndef RECAISSE_GUI
#error "RECAISSE_GUI must name the recaisse executable"
#endif

using namespace recaisse;
using namespace recaisse::test;

namespace {

// No display of any kind: a QApplication would abort on the xcb platform.
QProcessEnvironment headless()
{
    QProcessEnvironment env = cliEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    return env;
}

} // namespace

class TestVersion : public QObject
{
    Q_OBJECT

private slots:
    void cliPrintsTheVersionLine_data();
    void cliPrintsTheVersionLine();
    void cliVersionTouchesNoDatabase();
    void guiPrintsTheVersionWithoutADisplay_data();
    void guiPrintsTheVersionWithoutADisplay();
    void lineNamesVersionCommitAndQt();
};

void TestVersion::cliPrintsTheVersionLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("alone") << QStringList{QStringLiteral("--version")};
    QTest::newRow("before a command")
        << QStringList{QStringLiteral("--version"), QStringLiteral("verify")};
    QTest::newRow("after --json") << QStringList{
        QStringLiteral("--json"), QStringLiteral("--version")};
}

void TestVersion::cliPrintsTheVersionLine()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runCli(QString(), arguments, 60000, headless());
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QCOMPARE(run.errText(), QString());
    QCOMPARE(run.outText(),
        core::buildinfo::versionLine(QStringLiteral("recaisse-cli")) + QLatin1Char('\n'));
}

void TestVersion::cliVersionTouchesNoDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("station.sqlite"));
    const CliRun run = runCli(db, {QStringLiteral("--version")}, 60000, headless());
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

void TestVersion::guiPrintsTheVersionWithoutADisplay_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("long") << QStringLiteral("--version");
    QTest::newRow("short") << QStringLiteral("-v");
}

void TestVersion::guiPrintsTheVersionWithoutADisplay()
{
    QFETCH(QString, option);
    const CliRun run = runProgram(QString::fromUtf8(RECAISSE_GUI), {option}, 60000, headless());
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QCOMPARE(run.errText(), QString());
    QCOMPARE(run.outText(),
        core::buildinfo::versionLine(QStringLiteral("recaisse")) + QLatin1Char('\n'));
}

void TestVersion::lineNamesVersionCommitAndQt()
{
    const CliRun run = runCli(QString(), {QStringLiteral("--version")});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    const QString line = run.outText().trimmed();
    QVERIFY2(line.startsWith(QStringLiteral("recaisse-cli %1 (commit %2, Qt %3")
                                 .arg(core::buildinfo::version(), core::buildinfo::commit(),
                                     QString::fromLatin1(qVersion()))),
        qPrintable(line));
    QVERIFY(line.endsWith(QLatin1Char(')')));
}

QTEST_GUILESS_MAIN(TestVersion)
#include "tst_version.moc"
