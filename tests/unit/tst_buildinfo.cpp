// The build's identity as CMake configured it: the version of project() (or of
// -DRECAISSE_VERSION), a commit id, the Qt versions, and the line --version prints.

#include "core/buildinfo.h"

#include <QRegularExpression>
#include <QTest>

#ifndef RECAISSE_EXPECTED_VERSION
#error "RECAISSE_EXPECTED_VERSION must be the project's version"
#endif

using namespace recaisse::core;

class TestBuildInfo : public QObject
{
    Q_OBJECT

private slots:
    void versionIsTheProjects();
    void commitIsAnIdOrUnknown();
    void qtVersions();
    void versionLine();
    void licence();
};

void TestBuildInfo::versionIsTheProjects()
{
    QCOMPARE(buildinfo::version(), QStringLiteral(RECAISSE_EXPECTED_VERSION));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"))
                .match(buildinfo::version())
                .hasMatch());
}

void TestBuildInfo::commitIsAnIdOrUnknown()
{
    const QString commit = buildinfo::commit();
    QVERIFY2(commit == QLatin1String("unknown")
            || QRegularExpression(QStringLiteral("^[0-9A-Za-z._-]+$")).match(commit).hasMatch(),
        qPrintable(commit));
}

void TestBuildInfo::qtVersions()
{
    QCOMPARE(buildinfo::qtCompiledVersion(), QStringLiteral(QT_VERSION_STR));
    QCOMPARE(buildinfo::qtRuntimeVersion(), QString::fromLatin1(qVersion()));
}

void TestBuildInfo::versionLine()
{
    const QString line = buildinfo::versionLine(QStringLiteral("recaisse"));
    QString expected =
        QStringLiteral("recaisse %1 (commit %2, Qt %3")
            .arg(buildinfo::version(), buildinfo::commit(), buildinfo::qtRuntimeVersion());
    if (buildinfo::qtRuntimeVersion() != buildinfo::qtCompiledVersion())
        expected += QStringLiteral(", compiled with Qt ") + QStringLiteral(QT_VERSION_STR);
    QCOMPARE(line, expected + QLatin1Char(')'));
    QVERIFY(!line.contains(QLatin1Char('\n')));
}

void TestBuildInfo::licence()
{
    QCOMPARE(buildinfo::licence(), QStringLiteral("GPL-3.0-or-later"));
}

QTEST_APPLESS_MAIN(TestBuildInfo)
#include "tst_buildinfo.moc"
