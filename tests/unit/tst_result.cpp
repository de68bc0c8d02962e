// Result: the value of a success, and a loud stop (not undefined behaviour) when the value of an
// error is read. The stop is a qFatal, which QtTest cannot catch in its own process: the test
// runs this same executable again with RECAISSE_RESULT_MISUSE=<way> and watches it abort.

#include "core/result.h"
#include "core/sync/remote.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace recaisse::core;
using namespace recaisse::core::sync;

namespace {

const char misuseVariable[] = "RECAISSE_RESULT_MISUSE";

Result<QString> failing()
{
    return makeError(ErrorCode::NotFound, QStringLiteral("no such ticket 42"));
}

// Reads the value of an error in one of the ways; never returns when Result checks.
int misuse(const QByteArray &way)
{
#ifdef Q_OS_UNIX
    const rlimit noCore{0, 0}; // no core file for an expected abort
    setrlimit(RLIMIT_CORE, &noCore);
#endif
    Result<QString> result = failing();
    const Result<QString> &constant = result;
    qsizetype size = 0;
    if (way == "value")
        size = result.value().size();
    else if (way == "const-value")
        size = constant.value().size();
    else if (way == "moved-value")
        size = failing().value().size();
    else if (way == "star")
        size = (*result).size();
    else if (way == "arrow")
        size = result->size();
    else if (way == "const-arrow")
        size = constant->size();
    else if (way == "remote") {
        RemoteResult<std::unique_ptr<int>> remote =
            RemoteError{Failure::Local, 0, QStringLiteral("the server went away"), -1};
        size = **remote;
    } else
        return 2;
    // Reached only if the misuse went unnoticed.
    printf("misuse went unnoticed: %lld\n", static_cast<long long>(size));
    return 0;
}

} // namespace

class TestResult : public QObject
{
    Q_OBJECT

private slots:
    void successGivesItsValue();
    void readingAnErrorsValueStops_data();
    void readingAnErrorsValueStops();
};

void TestResult::successGivesItsValue()
{
    Result<QString> result(QStringLiteral("ticket"));
    QVERIFY(result.ok());
    QCOMPARE(result.value(), QStringLiteral("ticket"));
    QCOMPARE(*result, QStringLiteral("ticket"));
    QCOMPARE(result->size(), qsizetype(6));
    result.value() += QStringLiteral("s");
    QCOMPARE(std::move(result).value(), QStringLiteral("tickets"));
    RemoteResult<std::unique_ptr<int>> remote = std::make_unique<int>(7);
    QCOMPARE(**remote, 7);
}

void TestResult::readingAnErrorsValueStops_data()
{
    QTest::addColumn<QString>("way");
    QTest::addColumn<QString>("message");
    for (const char *way : {"value", "const-value", "moved-value", "star", "arrow", "const-arrow"})
        QTest::newRow(way) << QString::fromLatin1(way) << QStringLiteral("no such ticket 42");
    QTest::newRow("remote") << QStringLiteral("remote") << QStringLiteral("the server went away");
}

void TestResult::readingAnErrorsValueStops()
{
    QFETCH(QString, way);
    QFETCH(QString, message);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(misuseVariable), way);
    process.setProcessEnvironment(environment);
    process.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(process.waitForStarted(30000));
    QVERIFY(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    // An abort: a signal on Unix, a non-zero exit code on Windows.
    QVERIFY2(process.exitStatus() == QProcess::CrashExit || process.exitCode() != 0,
        qPrintable(out + err));
    QVERIFY2(err.contains(QStringLiteral("the value of an error was read")), qPrintable(err));
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY2(!out.contains(QStringLiteral("unnoticed")), qPrintable(out));
}

int main(int argc, char *argv[])
{
    const QByteArray way = qgetenv(misuseVariable);
    if (!way.isEmpty())
        return misuse(way);
    QCoreApplication app(argc, argv);
    TestResult test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_result.moc"
