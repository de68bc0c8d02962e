#pragma once

// Runs the real recaisse-cli (path compiled in as RECAISSE_CLI) and captures what it printed.

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#ifndef RECAISSE_CLI
#error "RECAISSE_CLI must name the recaisse-cli executable"
#endif

namespace recaisse::test {

inline QString cliPath()
{
    return QString::fromUtf8(RECAISSE_CLI);
}

struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    bool finished = false;
    QByteArray out;
    QByteArray err;

    bool ok() const { return finished && !crashed && exitCode == 0; }
    QStringList errLines() const
    {
        QStringList lines = QString::fromUtf8(err).split(QLatin1Char('\n'));
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QString describe() const
    {
        return QStringLiteral("exit %1%2, stdout: %3, stderr: %4")
            .arg(exitCode)
            .arg(crashed ? QStringLiteral(" (crashed)") : QString())
            .arg(QString::fromUtf8(out.left(600)), QString::fromUtf8(err.left(600)));
    }
};

inline QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("RECAISSE_PIN"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

// Runs program with arguments, writes input to it and waits for it.
inline CliRun runProgram(const QString &program, const QStringList &arguments, int timeoutMs,
    const QProcessEnvironment &env, const QByteArray &input = {})
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    CliRun run;
    if (!process.waitForStarted(30000)) {
        run.err = process.errorString().toUtf8();
        return run;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(10000);
    }
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// Runs `recaisse-cli --db db arguments...` (no --db when db is empty) and waits for it.
inline CliRun runCli(const QString &db, const QStringList &arguments, int timeoutMs = 120000,
    const QProcessEnvironment &env = cliEnvironment(), const QByteArray &input = {})
{
    QStringList all;
    if (!db.isEmpty())
        all << QStringLiteral("--db") << db;
    all << arguments;
    return runProgram(cliPath(), all, timeoutMs, env, input);
}

// `stats --json`, parsed; an empty object when it failed.
inline QJsonObject statsOf(const QString &db, QString *failure = nullptr)
{
    const CliRun run = runCli(db, {QStringLiteral("--json"), QStringLiteral("stats")});
    if (!run.ok()) {
        if (failure)
            *failure = run.describe();
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        if (failure)
            *failure = QStringLiteral("stats --json is not a JSON object: %1 (%2)")
                           .arg(error.errorString(), QString::fromUtf8(run.out.left(300)));
        return {};
    }
    return document.object();
}

// The money invariants every database must keep, whatever happened to the process that wrote it.
inline QString moneyInvariantProblem(const QJsonObject &stats)
{
    if (stats.isEmpty())
        return QStringLiteral("no statistics");
    const qint64 sales = stats.value(QStringLiteral("sales_total_cents")).toInteger(-1);
    const qint64 lines = stats.value(QStringLiteral("lines_total_cents")).toInteger(-2);
    const qint64 payments = stats.value(QStringLiteral("payments_total_cents")).toInteger(-3);
    if (sales != lines || sales != payments)
        return QStringLiteral("sales_total_cents %1, lines_total_cents %2, payments_total_cents %3")
            .arg(sales)
            .arg(lines)
            .arg(payments);
    return {};
}

inline QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace recaisse::test
