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

// The variables through which recaisse-cli takes its PINs (never from its arguments).
inline const QStringList &pinVariables()
{
    static const QStringList variables{QStringLiteral("RECAISSE_PIN"),
        QStringLiteral("RECAISSE_NEW_PIN"), QStringLiteral("RECAISSE_UNLOCK_PIN"),
        QStringLiteral("RECAISSE_VALIDATOR_PIN")};
    return variables;
}

inline QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &variable : pinVariables())
        env.remove(variable);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

// A PIN for the command, written among its arguments where a reader expects it (after --user,
// --unlock-user...). runCli() takes it out of the arguments and puts it in the process's
// environment, as a script must.
inline QString pinInEnvironment(const QString &variable, const QString &pin)
{
    return QStringLiteral("\u0001") + variable + QLatin1Char('=') + pin;
}
inline QString actorPin(const QString &pin)
{
    return pinInEnvironment(QStringLiteral("RECAISSE_PIN"), pin);
}
inline QString newPin(const QString &pin)
{
    return pinInEnvironment(QStringLiteral("RECAISSE_NEW_PIN"), pin);
}
inline QString unlockPin(const QString &pin)
{
    return pinInEnvironment(QStringLiteral("RECAISSE_UNLOCK_PIN"), pin);
}
inline QString validatorPin(const QString &pin)
{
    return pinInEnvironment(QStringLiteral("RECAISSE_VALIDATOR_PIN"), pin);
}

// The arguments that must never reach a process: an argument equal to one of the PINs, or
// ending in "=PIN", or an option that used to carry a PIN. Empty when there is none.
inline QString pinInArguments(const QStringList &arguments, const QStringList &pins)
{
    for (const QString &argument : arguments) {
        for (const QString &pin : pins) {
            if (!pin.isEmpty() && (argument == pin || argument.endsWith(QLatin1Char('=') + pin)))
                return argument;
        }
        const QString key = argument.section(QLatin1Char('='), 0, 0);
        if (key.startsWith(QLatin1String("--")) && key.endsWith(QLatin1String("pin")))
            return argument;
    }
    return {};
}

// A child's sanitizer report (the sanitize preset) stops the test, even one that expects the
// command to fail: UndefinedBehaviorSanitizer's report ends the child like a refused command
// would, and the report itself is only on the child's standard error.
inline void stopOnSanitizerReport(const QString &program, const QByteArray &err)
{
    for (const char *marker :
        {"ERROR: AddressSanitizer", "ERROR: LeakSanitizer", ": runtime error: "}) {
        if (err.contains(marker))
            qFatal("%s reported a sanitizer error:\n%s", qPrintable(program), err.constData());
    }
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
    stopOnSanitizerReport(program, run.err);
    return run;
}

// What a test's recaisse-cli command line becomes: the arguments of the process and its
// environment. The PINs written with actorPin() and its siblings go to the environment;
// stdinPins are PINs the input carries (--pins-stdin). A PIN left in the arguments stops the test
// program: the proof that no PIN appears in any process's argument list during the CLI
// tests.
struct CliLaunch
{
    QStringList arguments;
    QProcessEnvironment environment;
};

inline CliLaunch cliLaunch(const QString &db, const QStringList &arguments,
    const QProcessEnvironment &env = cliEnvironment(), const QStringList &stdinPins = {})
{
    CliLaunch launch{{}, env};
    if (!db.isEmpty())
        launch.arguments << QStringLiteral("--db") << db;
    QStringList pins = stdinPins;
    for (const QString &variable : pinVariables())
        pins << env.value(variable);
    for (const QString &argument : arguments) {
        if (!argument.startsWith(QLatin1Char(u'\u0001'))) {
            launch.arguments << argument;
            continue;
        }
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        launch.environment.insert(argument.mid(1, equals - 1), argument.mid(equals + 1));
        pins << argument.mid(equals + 1);
    }
    if (const QString leak = pinInArguments(launch.arguments, pins); !leak.isEmpty())
        qFatal("a PIN in the arguments of recaisse-cli: \"%s\" in %s", qPrintable(leak),
            qPrintable(launch.arguments.join(QLatin1Char(' '))));
    return launch;
}

// Runs `recaisse-cli --db db arguments...` (no --db when db is empty) and waits for it; the PINs
// as cliLaunch() says.
inline CliRun runCli(const QString &db, const QStringList &arguments, int timeoutMs = 120000,
    const QProcessEnvironment &env = cliEnvironment(), const QByteArray &input = {},
    const QStringList &stdinPins = {})
{
    const CliLaunch launch = cliLaunch(db, arguments, env, stdinPins);
    return runProgram(cliPath(), launch.arguments, timeoutMs, launch.environment, input);
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
