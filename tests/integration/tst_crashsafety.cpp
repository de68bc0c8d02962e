// Kills recaisse-cli (SIGKILL) while it writes, again and again on the same database, and checks
// after every kill that the database is intact: sequences and hash chains verify, and the money
// adds up (a sale is never half written).

#include "cliprocess.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

#include <limits>

using namespace recaisse::test;

namespace {

const QString adminPin = QStringLiteral("123456");

// How many kills of each test must land while the process holds the write lock, i.e. inside a
// write transaction: a kill after the commit or before the first write proves little. Half of
// the runs are aimed at a transaction; on a loaded 2-core machine three runs gave 18, 34 and
// 21 such kills of demo-data (56 kills) and 18, 28 and 23 of sales (45..59 kills).
constexpr int minMidTransactionKills = 8;

// Whether process pid holds SQLite's WAL write lock on db (byte 120 of the -shm file, taken by
// BEGIN IMMEDIATE and held until COMMIT or ROLLBACK ends): read from /proc/locks (Linux).
bool holdsWriteLock(qint64 pid, const QString &db)
{
    struct stat info;
    if (::stat(QFile::encodeName(db + QStringLiteral("-shm")).constData(), &info) != 0)
        return false;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    const QByteArray pidText = QByteArray::number(pid);
    const QByteArray inodeSuffix = QByteArray(":") + QByteArray::number(quint64(info.st_ino));
    for (const QByteArray &line : locks.readAll().split('\n')) {
        // "12: POSIX  ADVISORY  WRITE 4242 08:02:131090 120 120"
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 8 || f.at(1) == "->")
            continue;
        if (f.at(3) != "WRITE" || f.at(4) != pidText || !f.at(5).endsWith(inodeSuffix))
            continue;
        const qint64 start = f.at(6).toLongLong();
        const QByteArray endText = f.at(7);
        const qint64 end =
            endText == "EOF" ? std::numeric_limits<qint64>::max() : endText.toLongLong();
        if (start <= 120 && 120 <= end)
            return true;
    }
    return false;
}

struct KillOutcome
{
    bool killed = false; // the process was still running when it was killed
    bool midTransaction = false; // ...and it held the database's write lock
    CliRun run;
};

// Starts the CLI and kills it after delayMs or, when aimAtTransaction > 0, as soon as it takes
// the write lock for the aimAtTransaction-th time (+ extraMicroseconds): recaisse-cli's first
// write transaction is the login (audited), the second the command's own.
KillOutcome startAndKill(const QString &db, const QStringList &arguments, int delayMs,
    int aimAtTransaction = 0, int extraMicroseconds = 0)
{
    KillOutcome outcome;
    QProcess process;
    const CliLaunch launch = cliLaunch(db, arguments);
    process.setProcessEnvironment(launch.environment);
    process.start(cliPath(), launch.arguments);
    if (!process.waitForStarted(30000)) {
        outcome.run.err = process.errorString().toUtf8();
        return outcome;
    }
    const qint64 pid = process.processId();
    bool finished = false;
    if (aimAtTransaction > 0) {
        const QDeadlineTimer deadline(delayMs);
        int acquired = 0;
        bool held = false;
        while (!deadline.hasExpired()) {
            const bool now = holdsWriteLock(pid, db);
            if (now && !held)
                ++acquired;
            held = now;
            if (acquired >= aimAtTransaction) {
                if (extraMicroseconds > 0)
                    QThread::usleep(extraMicroseconds);
                break;
            }
            if (process.waitForFinished(0)) {
                finished = true;
                break;
            }
            QThread::usleep(50);
        }
    } else {
        finished = process.waitForFinished(delayMs);
    }
    if (!finished && process.state() != QProcess::NotRunning) {
        outcome.midTransaction = holdsWriteLock(pid, db);
        process.kill();
        outcome.killed = true;
    }
    process.waitForFinished(30000);
    outcome.run.finished = true;
    outcome.run.crashed = process.exitStatus() == QProcess::CrashExit;
    outcome.run.exitCode = process.exitCode();
    outcome.run.out = process.readAllStandardOutput();
    outcome.run.err = process.readAllStandardError();
    recaisse::test::stopOnSanitizerReport(recaisse::test::cliPath(), outcome.run.err);
    if (outcome.killed && !outcome.run.crashed)
        outcome.killed = false; // it had exited by itself just before the kill
    return outcome;
}

// verify must pass and the money must add up; returns the statistics.
QJsonObject checkIntact(const QString &db, const QString &when)
{
    const CliRun verify = runCli(db, {QStringLiteral("verify")});
    if (!verify.ok())
        qWarning().noquote() << when << "verify failed:" << verify.describe();
    [&] {
        QVERIFY2(verify.ok(), qPrintable(when + QStringLiteral(": verify: ") + verify.describe()));
    }();
    QString failure;
    const QJsonObject stats = statsOf(db, &failure);
    [&] { QVERIFY2(!stats.isEmpty(), qPrintable(when + QStringLiteral(": stats: ") + failure)); }();
    const QString problem = moneyInvariantProblem(stats);
    [&] { QVERIFY2(problem.isEmpty(), qPrintable(when + QStringLiteral(": ") + problem)); }();
    return stats;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killDemoData();
    void killSales();

private:
    QTemporaryDir m_dir;
};

void TestCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
}

void TestCrashSafety::killDemoData()
{
    const QString db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const CliRun init = runCli(db,
        {QStringLiteral("init"), QStringLiteral("--site"), QStringLiteral("Ressourcerie du crash"),
            QStringLiteral("--station"), QStringLiteral("CAISSE1"), QStringLiteral("--demo"),
            actorPin(adminPin)});
    QVERIFY2(init.ok(), qPrintable(init.describe()));

    QRandomGenerator rng(20260310);
    constexpr int runs = 56;
    int kills = 0;
    int midTransaction = 0;
    int progressed = 0;
    qint64 previousJournal = 0;
    qint64 previousSales = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < runs; ++i) {
        // Even runs: after 30..600 ms. Odd runs: once it has begun its 2nd to 4th write
        // transaction (the first is the login's, then one per day), plus 0..2 ms, or at the
        // same random deadline if it gets there first: a loaded machine writes few days in time.
        const int delay = 30 + int(rng.bounded(571));
        const bool aimed = i % 2 == 1;
        const int transaction = aimed ? 2 + int(rng.bounded(3)) : 0;
        const int extra = aimed ? int(rng.bounded(2000)) : 0;
        // Ten years back: demo days end yesterday, and each run continues after the last one,
        // so that no run finds its work done before it is killed.
        const KillOutcome outcome = startAndKill(db,
            {QStringLiteral("demo-data"), QStringLiteral("--days"), QStringLiteral("3650"),
                QStringLiteral("--seed"), QString::number(i)},
            delay, transaction, extra);
        const QString when = QStringLiteral("demo-data run %1 killed after %2 ms (transaction %3, "
                                            "+%4 us)")
                                 .arg(i)
                                 .arg(delay)
                                 .arg(transaction)
                                 .arg(extra);
        QVERIFY2(outcome.killed,
            qPrintable(when + QStringLiteral(": it was not killed: ") + outcome.run.describe()));
        ++kills;
        if (outcome.midTransaction)
            ++midTransaction;

        const QJsonObject stats = checkIntact(db, when);
        if (QTest::currentTestFailed())
            return;
        // A day is written in one transaction that opens and closes its sessions.
        QCOMPARE(stats.value(QStringLiteral("sessions_open")).toInteger(-1), 0);
        const qint64 journal = stats.value(QStringLiteral("journal_records")).toInteger();
        const qint64 sales = stats.value(QStringLiteral("sales")).toInteger();
        QVERIFY2(journal >= previousJournal && sales >= previousSales, qPrintable(when));
        if (journal > previousJournal)
            ++progressed;
        previousJournal = journal;
        previousSales = sales;
    }
    // Note: recaisse-cli also holds the write lock while a login checks the PIN hash.
    qInfo("demo-data: %d kills, %d while holding the write lock (mid-transaction), %d after at "
          "least one committed day; %lld sales survived; %.1f s",
        kills, midTransaction, progressed, previousSales, double(timer.elapsed()) / 1000.0);

    // The database is still usable: one more run to completion.
    const CliRun more = runCli(db,
        {QStringLiteral("demo-data"), QStringLiteral("--days"), QStringLiteral("2"),
            QStringLiteral("--seed"), QStringLiteral("999")});
    QVERIFY2(more.ok(), qPrintable(more.describe()));
    const QJsonObject stats = checkIntact(db, QStringLiteral("after a complete run"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(stats.value(QStringLiteral("sessions_open")).toInteger(-1), 0);
    QVERIFY2(midTransaction >= minMidTransactionKills,
        qPrintable(QStringLiteral("only %1 of %2 kills inside a write transaction")
                       .arg(midTransaction)
                       .arg(kills)));
}

void TestCrashSafety::killSales()
{
    const QString db = m_dir.filePath(QStringLiteral("sales.sqlite"));
    const CliRun init = runCli(db,
        {QStringLiteral("init"), QStringLiteral("--site"), QStringLiteral("Ressourcerie du crash"),
            QStringLiteral("--station"), QStringLiteral("CAISSE2"), actorPin(adminPin)});
    QVERIFY2(init.ok(), qPrintable(init.describe()));
    const CliRun open = runCli(db,
        {QStringLiteral("open-session"), QStringLiteral("--user"), QStringLiteral("Admin"),
            actorPin(adminPin), QStringLiteral("--float"), QStringLiteral("150")});
    QVERIFY2(open.ok(), qPrintable(open.describe()));

    // How long one complete sale takes, to aim the random kills at its lifetime.
    const QStringList sale = {QStringLiteral("sale"), QStringLiteral("--user"),
        QStringLiteral("Admin"), actorPin(adminPin), QStringLiteral("--line"),
        QStringLiteral("textile.vetements:1:2,50"), QStringLiteral("--line"),
        QStringLiteral("livres.livre:2:1"), QStringLiteral("--line"),
        QStringLiteral("vaisselle.verre:3:0,30"), QStringLiteral("--pay"),
        QStringLiteral("cash:10")};
    QElapsedTimer timer;
    timer.start();
    const CliRun first = runCli(db, sale);
    QVERIFY2(first.ok(), qPrintable(first.describe()));
    const int saleMs = int(std::max<qint64>(timer.elapsed(), 20));

    QRandomGenerator rng(4242);
    constexpr int runs = 80;
    int kills = 0;
    int midTransaction = 0;
    int finished = 0;
    int aimedKills = 0;
    int aimedMidTransaction = 0;
    int lostSales = 0;
    qint64 previousSales = 1;
    timer.restart();
    for (int i = 0; i < runs; ++i) {
        // Even runs: a random moment of the process's life; odd runs: once it has begun the
        // sale's transaction (the second, after the login's), plus 0..1 ms: the transaction is
        // short, a later kill mostly lands after its commit.
        const bool aimed = i % 2 == 1;
        const int delay = aimed ? saleMs * 3 : 5 + int(rng.bounded(quint32(saleMs + 20)));
        const int extra = aimed ? int(rng.bounded(1000)) : 0;
        const KillOutcome outcome = startAndKill(db, sale, delay, aimed ? 2 : 0, extra);
        const QString when = QStringLiteral("sale run %1 (%2, %3 ms, +%4 us)")
                                 .arg(i)
                                 .arg(aimed ? QStringLiteral("aimed") : QStringLiteral("random"))
                                 .arg(delay)
                                 .arg(extra);
        if (outcome.killed) {
            ++kills;
            if (outcome.midTransaction)
                ++midTransaction;
            if (aimed)
                ++aimedKills;
            if (aimed && outcome.midTransaction)
                ++aimedMidTransaction;
        } else {
            QVERIFY2(outcome.run.exitCode == 0,
                qPrintable(when + QStringLiteral(": ") + outcome.run.describe()));
            ++finished;
        }
        const QJsonObject stats = checkIntact(db, when);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(stats.value(QStringLiteral("sessions_open")).toInteger(-1), 1);
        const qint64 sales = stats.value(QStringLiteral("sales")).toInteger();
        // Each run records its sale entirely or not at all.
        QVERIFY2(sales == previousSales || sales == previousSales + 1, qPrintable(when));
        if (!outcome.killed)
            QCOMPARE(sales, previousSales + 1);
        else if (sales == previousSales)
            ++lostSales;
        QCOMPARE(stats.value(QStringLiteral("sale_lines")).toInteger(), 3 * sales);
        QCOMPARE(stats.value(QStringLiteral("sales_total_cents")).toInteger(), 540 * sales);
        previousSales = sales;
    }
    qInfo("sale: %d kills (%d while holding the write lock; %d aimed at the sale's own "
          "transaction, %d of them while it held the lock), %d killed before their sale "
          "committed, %d runs finished first; %lld sales recorded; one sale takes %d ms; %.1f s",
        kills, midTransaction, aimedKills, aimedMidTransaction, lostSales, finished, previousSales,
        saleMs, double(timer.elapsed()) / 1000.0);
    QVERIFY2(midTransaction >= minMidTransactionKills,
        qPrintable(QStringLiteral("only %1 of %2 kills inside a write transaction")
                       .arg(midTransaction)
                       .arg(kills)));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
