// The recaisse-cli contract, driven as scripts drive it: every failure exits non-zero with exactly
// one line on stderr and writes nothing; a whole register day works end to end; --json parses.

#include "cliprocess.h"
#include "core/cashsession.h"
#include "core/technicalevents.h"
#include "tests/support/testshop.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <tuple>

using namespace recaisse::test;

namespace {

const QString adminPin = QStringLiteral("123456");
const QString cashierPin = QStringLiteral("1111");

QStringList as(const QString &user, const QString &pin, const QStringList &arguments)
{
    QStringList all = arguments;
    all << QStringLiteral("--user") << user << actorPin(pin);
    return all;
}

QStringList asAdmin(const QStringList &arguments)
{
    return as(QStringLiteral("Admin"), adminPin, arguments);
}

QStringList asCashier(const QStringList &arguments)
{
    return as(QStringLiteral("Camille"), cashierPin, arguments);
}

// What the business data looks like: every statistic except the audit trail, which records
// logins and refusals, and the journal entries of those audit events.
QJsonObject businessOf(QJsonObject stats)
{
    const qint64 documents = stats.value(QStringLiteral("journal_records")).toInteger()
        - stats.value(QStringLiteral("audit_events")).toInteger();
    stats.remove(QStringLiteral("audit_events"));
    stats.remove(QStringLiteral("journal_records"));
    stats.insert(QStringLiteral("documents"), documents);
    return stats;
}

QJsonObject parseObject(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("not a JSON object (%1): %2")
                     .arg(parseError.errorString(), QString::fromUtf8(json.left(400)));
        return {};
    }
    return document.object();
}

QByteArray randomBytes(int size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    for (char &c : bytes)
        c = char(rng.bounded(256));
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

QStringList sidecars(const QString &path)
{
    QStringList found;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (QFile::exists(path + QString::fromLatin1(suffix)))
            found << path + QString::fromLatin1(suffix);
    }
    return found;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void help();
    void refusals_data();
    void refusals();
    void membersAndTaxReceipts();
    void initOnExistingFile();
    void initMissingOptionCreatesNothing();
    void notADatabase_data();
    void notADatabase();
    void emptyFileIsNotADatabase();
    void missingDatabaseIsNotCreated();
    void malformedSaleFile();
    void saleFileStopsAtTheInvalidSale();
    void saleFileQuantityMustBeAWholeNumber();
    void fullRegisterDay();
    void implausibleWeightNeedsAnAdmin();
    void registerModeOnAndOff();
    void openSessionAfterQuietDaysNeedsTheDate();
    void clockBehindThenConfirmed();
    void aClockFallenBackTo2009RecordsNothing();
    void pinArgumentsAreRefused_data();
    void pinArgumentsAreRefused();
    void pinsOnStandardInput();
    void helperFindsAPinInArguments();
    void demoDataOnlyInADemoShop();
    void shortAdministratorPinMustBeChanged();
    void diskFull();
    void cleanupTestCase();

private:
    // Runs a command that must fail: non-zero exit, exactly one line on stderr containing needle
    // (case-insensitive; empty: any), and no business data written.
    void expectRefused(const QString &db, const QStringList &arguments, const QString &needle,
        bool auditUnchanged = false);
    QString newDatabase(const QString &name);

    QTemporaryDir m_dir;
    QString m_shop; // a register with a session open by Admin and one sale
    QString m_firstSale; // its ticket number
    QString m_mountPoint; // the tmpfs of diskFull(), unmounted at the end
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
    m_shop = newDatabase(QStringLiteral("shop"));
    QVERIFY(!m_shop.isEmpty());
    const CliRun cashier = runCli(m_shop,
        asAdmin({QStringLiteral("user-add"), QStringLiteral("--name"), QStringLiteral("Camille"),
            QStringLiteral("--role"), QStringLiteral("cashier"), newPin(cashierPin)}));
    QVERIFY2(cashier.ok(), qPrintable(cashier.describe()));
    const CliRun open = runCli(m_shop,
        asAdmin(
            {QStringLiteral("open-session"), QStringLiteral("--float"), QStringLiteral("150")}));
    QVERIFY2(open.ok(), qPrintable(open.describe()));
    const CliRun sale = runCli(m_shop,
        asAdmin({QStringLiteral("--json"), QStringLiteral("sale"), QStringLiteral("--line"),
            QStringLiteral("textile.vetements:2:2,50"), QStringLiteral("--pay"),
            QStringLiteral("cash:5")}));
    QVERIFY2(sale.ok(), qPrintable(sale.describe()));
    QString error;
    const QJsonObject recorded = parseObject(sale.out, &error);
    QVERIFY2(!recorded.isEmpty(), qPrintable(error));
    m_firstSale = recorded.value(QStringLiteral("sales"))
                      .toArray()
                      .at(0)
                      .toObject()
                      .value(QStringLiteral("number"))
                      .toString();
    QVERIFY(!m_firstSale.isEmpty());
}

void TestCli::implausibleWeightNeedsAnAdmin()
{
    // A chair's standard weight is 4,5 kg (resources/categories/default.json): one chair weighs
    // from a tenth (0,450 kg) to ten times that (45 kg).
    const QString range = QStringLiteral("0,450\u00a0kg to 45,000\u00a0kg");
    const QString db = newDatabase(QStringLiteral("weights"));
    QVERIFY(!db.isEmpty());
    for (const auto &[name, role, pin] : {std::tuple{"Camille", "cashier", cashierPin},
             std::tuple{"Jo", "reception", QStringLiteral("4444")}}) {
        const CliRun added = runCli(db,
            asAdmin(
                {QStringLiteral("user-add"), QStringLiteral("--name"), QString::fromLatin1(name),
                    QStringLiteral("--role"), QString::fromLatin1(role), newPin(pin)}));
        QVERIFY2(added.ok(), qPrintable(added.describe()));
    }
    const CliRun open = runCli(db,
        asCashier(
            {QStringLiteral("open-session"), QStringLiteral("--float"), QStringLiteral("100")}));
    QVERIFY2(open.ok(), qPrintable(open.describe()));

    const QStringList deposit = as(QStringLiteral("Jo"), QStringLiteral("4444"),
        {QStringLiteral("deposit"), QStringLiteral("--line"),
            QStringLiteral("mobilier.chaise:10000:shop:voluntary")});
    const QStringList sale = asCashier({QStringLiteral("sale"), QStringLiteral("--line"),
        QStringLiteral("mobilier.chaise:1:5:9999")});
    const QStringList byAdmin{
        QStringLiteral("--unlock-user"), QStringLiteral("Admin"), unlockPin(adminPin)};
    // Refused with the range, nothing written.
    expectRefused(db, deposit, range);
    expectRefused(db, sale, range);
    // A cashier cannot confirm it.
    expectRefused(db,
        sale
            + QStringList{QStringLiteral("--unlock-user"), QStringLiteral("Camille"),
                unlockPin(cashierPin)},
        range);
    // A plausible chair goes through without anyone.
    const CliRun plausible = runCli(db,
        asCashier({QStringLiteral("sale"), QStringLiteral("--line"),
            QStringLiteral("mobilier.chaise:2:5:9,5")}));
    QVERIFY2(plausible.ok(), qPrintable(plausible.describe()));
    // Confirmed by an administrator: recorded, and audited.
    const CliRun confirmedDeposit = runCli(db, deposit + byAdmin);
    QVERIFY2(confirmedDeposit.ok(), qPrintable(confirmedDeposit.describe()));
    const CliRun confirmedSale = runCli(db, sale + byAdmin);
    QVERIFY2(confirmedSale.ok(), qPrintable(confirmedSale.describe()));

    QList<qint64> audited;
    {
        QSqlDatabase sqlite =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("weights"));
        sqlite.setDatabaseName(db);
        QVERIFY(sqlite.open());
        QSqlQuery query(sqlite);
        QVERIFY(query.exec(QStringLiteral(
            "SELECT e.target, json_extract(e.details, '$.weight_grams'), u.name FROM audit_event e "
            "JOIN app_user u ON u.id = e.actor_id WHERE e.action = 'weight.override' ORDER BY "
            "e.seq")));
        while (query.next()) {
            QVERIFY(query.value(0).toString().startsWith(QStringLiteral("CAISSE1-")));
            QCOMPARE(query.value(2).toString(), QStringLiteral("Admin"));
            audited << query.value(1).toLongLong();
        }
        QVERIFY(query.exec(QStringLiteral(
            "SELECT sum(weight_grams) FROM deposit_line WHERE category_id = 'mobilier.chaise'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), 10'000'000);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("weights"));
    QCOMPARE(audited, (QList<qint64>{10'000'000, 9'999'000}));
}

void TestCli::registerModeOnAndOff()
{
    for (const QString &state : {QStringLiteral("on"), QStringLiteral("off")}) {
        const CliRun run = runCli(m_shop, asAdmin({QStringLiteral("register-mode"), state}));
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(
            out.contains(QStringLiteral("register mode of CAISSE1: ") + state), qPrintable(out));
    }
}

void TestCli::openSessionAfterQuietDaysNeedsTheDate()
{
    // A register whose last document is months old (written on the test shop's March clock).
    QString path;
    QTemporaryDir keep;
    {
        auto shop = TestShop::create();
        QVERIFY(shop);
        recaisse::core::CashSessions sessions(*shop->store);
        QVERIFY(sessions.open(shop->cashier, 0).ok());
        QVERIFY(
            sessions.close(shop->cashier, recaisse::core::CloseRequest{{{100, 0}}, {}, {}}).ok());
        shop->store.reset();
        path = keep.filePath(QStringLiteral("quiet.sqlite"));
        QVERIFY(QFile::copy(shop->path(), path));
    }
    const QStringList open{
        QStringLiteral("open-session"), QStringLiteral("--float"), QStringLiteral("10")};
    const CliRun refused = runCli(path, asAdmin(open));
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains("--confirm-date"), refused.err.constData());
    // Today as the PC says, in the shop's time zone (the one the message gives).
    const QString today =
        QString::fromUtf8(refused.err).section(QStringLiteral("--confirm-date "), 1).trimmed();
    QCOMPARE(QDate::fromString(today, Qt::ISODate).isValid(), true);
    const CliRun wrong = runCli(path,
        asAdmin(
            open + QStringList{QStringLiteral("--confirm-date"), QStringLiteral("2009-01-01")}));
    QVERIFY(wrong.exitCode != 0);
    const CliRun confirmed =
        runCli(path, asAdmin(open + QStringList{QStringLiteral("--confirm-date"), today}));
    QVERIFY2(confirmed.ok(), qPrintable(confirmed.describe()));
}

void TestCli::clockBehindThenConfirmed()
{
    // Two stations: one whose last document is two days ahead of the PC's clock (a clock gone
    // back), one whose last document is in March (a clock that is right).
    QTemporaryDir keep;
    const QString ahead = keep.filePath(QStringLiteral("ahead.sqlite"));
    const QString past = keep.filePath(QStringLiteral("past.sqlite"));
    for (const QString &path : {ahead, past}) {
        auto shop = TestShop::create();
        QVERIFY(shop);
        if (path == ahead)
            shop->clock.set(QDateTime::currentDateTimeUtc().addDays(2));
        QVERIFY(recaisse::core::TechnicalEvents(*shop->store)
                    .record(QString(), recaisse::core::TechnicalEventKind::Export));
        shop->store.reset();
        QVERIFY(QFile::copy(shop->path(), path));
    }
    const QString now = QDateTime::currentDateTimeUtc()
                            .toTimeZone(QTimeZone("Europe/Paris"))
                            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QStringList confirm{
        QStringLiteral("clock"), QStringLiteral("confirm"), QStringLiteral("--now"), now};
    QString error;

    CliRun run = runCli(
        ahead, {QStringLiteral("--json"), QStringLiteral("clock"), QStringLiteral("status")});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QJsonObject status = parseObject(run.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(status.value(QStringLiteral("behind")).toBool(), true);
    QVERIFY(status.value(QStringLiteral("behind_seconds")).toInteger() > 86400);
    // Nothing is recorded, and the administrator cannot confirm a clock still behind.
    run = runCli(ahead,
        asAdmin({QStringLiteral("open-session"), QStringLiteral("--float"), QStringLiteral("10")}));
    QVERIFY(!run.ok());
    QVERIFY2(run.err.contains("before the last document"), qPrintable(run.describe()));
    run = runCli(ahead, asAdmin(confirm));
    QVERIFY(!run.ok());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains("still wrong"), qPrintable(run.describe()));

    // A right clock: a cashier may not confirm it, an administrator does (a technical event).
    run = runCli(past, as(QStringLiteral("Camille"), cashierPin, confirm));
    QVERIFY(!run.ok());
    run = runCli(past,
        asAdmin({QStringLiteral("clock"), QStringLiteral("confirm"), QStringLiteral("--now"),
            QStringLiteral("2009-01-01 00:00")}));
    QVERIFY(!run.ok());
    run = runCli(past, asAdmin(QStringList{QStringLiteral("--json")} + confirm));
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    status = parseObject(run.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(status.value(QStringLiteral("confirmed")).toBool(), true);
    QVERIFY(
        status.value(QStringLiteral("event")).toString().startsWith(QLatin1String("CAISSE1-V")));
    run = runCli(past, {QStringLiteral("--json"), QStringLiteral("clock")});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QCOMPARE(parseObject(run.out, &error).value(QStringLiteral("behind")).toBool(), false);
    run = runCli(past, {QStringLiteral("verify")});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
}

void TestCli::aClockFallenBackTo2009RecordsNothing()
{
    // The real thing, not the test clock: the PC's clock itself says 2009 (a dead CMOS
    // battery), played by libfaketime (scripts/deps --test) under recaisse-cli.
    const QString faketime = QStandardPaths::findExecutable(QStringLiteral("faketime"));
    QVERIFY2(!faketime.isEmpty(), "faketime is not installed (scripts/deps --test)");
    const QString db = newDatabase(QStringLiteral("cmos"));
    QVERIFY(!db.isEmpty());
    const CliRun added = runCli(db,
        asAdmin({QStringLiteral("user-add"), QStringLiteral("--name"), QStringLiteral("Camille"),
            QStringLiteral("--role"), QStringLiteral("cashier"), newPin(cashierPin)}));
    QVERIFY2(added.ok(), qPrintable(added.describe()));
    // Today's sales, on the PC's real clock.
    CliRun run = runCli(db,
        asCashier(
            {QStringLiteral("open-session"), QStringLiteral("--float"), QStringLiteral("100")}));
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    run = runCli(db,
        asCashier({QStringLiteral("sale"), QStringLiteral("--line"),
            QStringLiteral("textile.vetements:1:4"), QStringLiteral("--pay"),
            QStringLiteral("cash:4")}));
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QString error;
    const QJsonObject before = statsOf(db, &error);
    QVERIFY2(!before.isEmpty(), qPrintable(error));

    // The same PC, its clock back on 1 January 2009 (and ticking from there; the monotonic
    // clock left alone so that waits still end), or back by a day only.
    const auto faked = [&](const QString &clock, const QStringList &arguments) {
        const CliLaunch launch = cliLaunch(db, arguments);
        QProcessEnvironment env = launch.environment;
        env.insert(QStringLiteral("FAKETIME_DONT_FAKE_MONOTONIC"), QStringLiteral("1"));
        return runProgram(faketime,
            QStringList{QStringLiteral("-f"), clock, cliPath()} + launch.arguments, 120000, env);
    };
    const QString in2009 = QStringLiteral("@2009-01-01 12:00:00");
    run = faked(
        in2009, {QStringLiteral("--json"), QStringLiteral("clock"), QStringLiteral("status")});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    const QJsonObject status = parseObject(run.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(status.value(QStringLiteral("behind")).toBool(), true);
    QVERIFY2(run.out.contains("2009-01-01"), run.out.constData());
    // A sale, a deposit and the closing: each refused with the clock's message, one line. A date
    // before 2024 is refused outright; a day back, by the comparison with the last document.
    const QList<QStringList> refused{
        asCashier({QStringLiteral("sale"), QStringLiteral("--line"),
            QStringLiteral("textile.vetements:1:4"), QStringLiteral("--pay"),
            QStringLiteral("cash:4")}),
        asAdmin({QStringLiteral("deposit"), QStringLiteral("--line"),
            QStringLiteral("textile.vetements:3:shop:voluntary")}),
        asCashier({QStringLiteral("close-session"), QStringLiteral("--count"),
            QStringLiteral("100x1,2x2")}),
    };
    for (const auto &[clock, needle] : {std::pair{in2009, "This PC's clock says 1 Jan 2009"},
             std::pair{QStringLiteral("-1d"), "before the last document"}}) {
        for (const QStringList &arguments : refused) {
            run = faked(clock, arguments);
            QVERIFY2(run.finished && !run.crashed && run.exitCode != 0, qPrintable(run.describe()));
            QCOMPARE(run.errLines().size(), 1);
            QVERIFY2(run.err.contains(needle), qPrintable(run.describe()));
        }
    }
    // Nothing of the business written: the same figures, on the real clock again.
    const QJsonObject after = statsOf(db, &error);
    QVERIFY2(!after.isEmpty(), qPrintable(error));
    QCOMPARE(businessOf(after), businessOf(before));
    run = runCli(db, {QStringLiteral("verify")});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
}

void TestCli::pinArgumentsAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("replacement");
    const QStringList sale{QStringLiteral("sale"), QStringLiteral("--user"),
        QStringLiteral("Admin"), QStringLiteral("--line"), QStringLiteral("textile.vetements:1:2")};
    QTest::newRow("--pin") << sale + QStringList{QStringLiteral("--pin"), adminPin}
                           << QStringLiteral("RECAISSE_PIN");
    QTest::newRow("--pin=") << sale + QStringList{QStringLiteral("--pin=") + adminPin}
                            << QStringLiteral("RECAISSE_PIN");
    QTest::newRow("--pin last, without its value")
        << sale + QStringList{QStringLiteral("--pin")} << QStringLiteral("RECAISSE_PIN");
    QTest::newRow("--admin-pin") << QStringList{QStringLiteral("init"), QStringLiteral("--site"),
        QStringLiteral("X"), QStringLiteral("--station"), QStringLiteral("CAISSE9"),
        QStringLiteral("--admin-pin"), adminPin}
                                 << QStringLiteral("RECAISSE_PIN");
    QTest::newRow("--new-pin") << QStringList{QStringLiteral("user-add"), QStringLiteral("--user"),
        QStringLiteral("Admin"), QStringLiteral("--name"), QStringLiteral("Bob"),
        QStringLiteral("--role"), QStringLiteral("cashier"), QStringLiteral("--new-pin"),
        QStringLiteral("2222")} << QStringLiteral("RECAISSE_NEW_PIN");
    QTest::newRow("--unlock-pin") << sale
            + QStringList{QStringLiteral("--unlock-user"), QStringLiteral("Admin"),
                QStringLiteral("--unlock-pin"), adminPin}
                                  << QStringLiteral("RECAISSE_UNLOCK_PIN");
    QTest::newRow("--validator-pin") << QStringList{QStringLiteral("close-session"),
        QStringLiteral("--user"), QStringLiteral("Admin"), QStringLiteral("--count"),
        QStringLiteral("50x2"), QStringLiteral("--validator"), QStringLiteral("Admin"),
        QStringLiteral("--validator-pin"), adminPin}
                                     << QStringLiteral("RECAISSE_VALIDATOR_PIN");
}

void TestCli::pinArgumentsAreRefused()
{
    // The old arguments, typed as a script of an older version would: refused before anything is
    // opened (not even a login is audited), with the variable that replaces them. runProgram()
    // and not runCli(), whose guard would stop the test at the PIN in the arguments.
    QFETCH(QStringList, arguments);
    QFETCH(QString, replacement);
    QString failure;
    const QJsonObject before = statsOf(m_shop, &failure);
    QVERIFY2(!before.isEmpty(), qPrintable(failure));
    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("RECAISSE_PIN"), adminPin);
    const CliRun run =
        runProgram(cliPath(), QStringList{QStringLiteral("--db"), m_shop} + arguments, 60000, env);
    QVERIFY2(run.finished && !run.crashed, qPrintable(run.describe()));
    QCOMPARE(run.exitCode, 2); // a usage error
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.errText().contains(replacement) && run.errText().contains(QLatin1String("refused"))
            && run.errText().contains(QLatin1String("--pins-stdin")),
        qPrintable(run.errText()));
    QVERIFY2(!run.errText().contains(adminPin), qPrintable(run.errText()));
    QCOMPARE(statsOf(m_shop), before);
}

void TestCli::pinsOnStandardInput()
{
    // --pins-stdin: one PIN a line, in the order RECAISSE_PIN, RECAISSE_NEW_PIN,
    // RECAISSE_UNLOCK_PIN, RECAISSE_VALIDATOR_PIN, only those the command needs.
    const QString db = m_dir.filePath(QStringLiteral("stdin.sqlite"));
    const QStringList stdinFlag{QStringLiteral("--pins-stdin")};
    const auto run = [&](const QStringList &arguments, const QByteArray &input) {
        QStringList pins;
        for (const QByteArray &line : input.split('\n'))
            pins << QString::fromLatin1(line);
        return runCli(db, arguments + stdinFlag, 60000, cliEnvironment(), input, pins);
    };
    CliRun result = run({QStringLiteral("init"), QStringLiteral("--site"), QStringLiteral("X"),
                            QStringLiteral("--station"), QStringLiteral("CAISSE1")},
        adminPin.toLatin1() + '\n');
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    result = run({QStringLiteral("user-add"), QStringLiteral("--user"), QStringLiteral("Admin"),
                     QStringLiteral("--name"), QStringLiteral("Camille"), QStringLiteral("--role"),
                     QStringLiteral("cashier")},
        adminPin.toLatin1() + '\n' + cashierPin.toLatin1() + "\r\n");
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    const QStringList cashier{QStringLiteral("--user"), QStringLiteral("Camille")};
    result = run(QStringList{QStringLiteral("open-session"), QStringLiteral("--float"),
                     QStringLiteral("100")}
            + cashier,
        cashierPin.toLatin1() + '\n');
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    // A price above the category's maximum: the cashier's PIN, then the administrator's.
    const QStringList dearSale = QStringList{QStringLiteral("sale"), QStringLiteral("--line"),
                                     QStringLiteral("textile.vetements:1:500"),
                                     QStringLiteral("--unlock-user"), QStringLiteral("Admin")}
        + cashier;
    QString failure;
    const QJsonObject before = statsOf(db, &failure);
    QVERIFY2(!before.isEmpty(), qPrintable(failure));
    result = run(dearSale, cashierPin.toLatin1() + '\n');
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.errText().contains(QLatin1String("RECAISSE_UNLOCK_PIN"))
            && result.errLines().size() == 1,
        qPrintable(result.errText()));
    QCOMPARE(businessOf(statsOf(db)), businessOf(before));
    result = run(dearSale, cashierPin.toLatin1() + '\n' + adminPin.toLatin1() + '\n');
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    // Nothing on standard input: the first PIN is named.
    result = run(QStringList{QStringLiteral("cash-move"), QStringLiteral("--in"),
                     QStringLiteral("5"), QStringLiteral("--reason"), QStringLiteral("x")}
            + cashier,
        {});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(
        result.errText().contains(QLatin1String("RECAISSE_PIN")), qPrintable(result.errText()));
    // Without --pins-stdin nor the variable, the message names both ways.
    result = runCli(db,
        QStringList{QStringLiteral("cash-move"), QStringLiteral("--in"), QStringLiteral("5"),
            QStringLiteral("--reason"), QStringLiteral("x")}
            + cashier);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.errText().contains(QLatin1String("RECAISSE_PIN"))
            && result.errText().contains(QLatin1String("--pins-stdin")),
        qPrintable(result.errText()));
}

void TestCli::helperFindsAPinInArguments()
{
    // The guard of cliLaunch(), which stops a test whose arguments carry a PIN.
    const QStringList pins{adminPin};
    QCOMPARE(pinInArguments({QStringLiteral("sale"), QStringLiteral("--user"),
                                QStringLiteral("Admin"), actorPin(adminPin).mid(1)},
                 pins),
        QStringLiteral("RECAISSE_PIN=123456"));
    QCOMPARE(pinInArguments({QStringLiteral("--float"), adminPin}, pins), adminPin);
    QCOMPARE(pinInArguments({QStringLiteral("--unlock-pin"), QStringLiteral("9")}, {}),
        QStringLiteral("--unlock-pin"));
    QCOMPARE(pinInArguments(
                 {QStringLiteral("--user"), QStringLiteral("Admin"), QStringLiteral("--pins-stdin"),
                     QStringLiteral("--float"), QStringLiteral("12340")},
                 pins),
        QString());
    const CliLaunch launch = cliLaunch(m_shop,
        {QStringLiteral("sale"), QStringLiteral("--user"), QStringLiteral("Admin"),
            actorPin(adminPin), QStringLiteral("--unlock-user"), QStringLiteral("Admin"),
            unlockPin(adminPin)});
    QCOMPARE(launch.arguments,
        (QStringList{QStringLiteral("--db"), m_shop, QStringLiteral("sale"),
            QStringLiteral("--user"), QStringLiteral("Admin"), QStringLiteral("--unlock-user"),
            QStringLiteral("Admin")}));
    QCOMPARE(launch.environment.value(QStringLiteral("RECAISSE_PIN")), adminPin);
    QCOMPARE(launch.environment.value(QStringLiteral("RECAISSE_UNLOCK_PIN")), adminPin);
}

void TestCli::demoDataOnlyInADemoShop()
{
    // A real shop's chain never gets invented people and sales.
    expectRefused(m_shop,
        {QStringLiteral("demo-data"), QStringLiteral("--days"), QStringLiteral("2")},
        QStringLiteral("not a demo shop"), true);
    const QString db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    CliRun run = runCli(db,
        {QStringLiteral("--json"), QStringLiteral("init"), QStringLiteral("--site"),
            QStringLiteral("Ressourcerie de démonstration"), QStringLiteral("--station"),
            QStringLiteral("DEMO1"), QStringLiteral("--demo"), actorPin(adminPin)});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QString error;
    QCOMPARE(parseObject(run.out, &error).value(QStringLiteral("demo")).toBool(), true);
    // A week always holds open days (Tuesday to Saturday), all of them before today.
    run = runCli(db, {QStringLiteral("demo-data"), QStringLiteral("--days"), QStringLiteral("7")});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    const QJsonObject stats = statsOf(db);
    QVERIFY(stats.value(QStringLiteral("sales")).toInteger() > 0);
    const QDate today =
        QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Paris")).date();
    QVERIFY2(run.outText().contains(QStringLiteral("for %1 to %2")
                                        .arg(today.addDays(-7).toString(Qt::ISODate),
                                            today.addDays(-1).toString(Qt::ISODate))),
        qPrintable(run.describe()));
    // The demo already reaches yesterday: a second run adds nothing and says so.
    run = runCli(db, {QStringLiteral("demo-data"), QStringLiteral("--days"), QStringLiteral("3")});
    QVERIFY2(run.ok() && run.outText().contains(QLatin1String("nothing added")),
        qPrintable(run.describe()));
    QCOMPARE(statsOf(db), stats);
    run = runCli(db, {QStringLiteral("verify")});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
}

void TestCli::shortAdministratorPinMustBeChanged()
{
    // An administrator's PIN has at least 6 digits; one with a shorter PIN (from before the
    // rule, or promoted) can do nothing until user-pin has changed it.
    const QString db = newDatabase(QStringLiteral("shortpin"));
    QVERIFY(!db.isEmpty());
    expectRefused(db,
        asAdmin({QStringLiteral("user-add"), QStringLiteral("--name"), QStringLiteral("Alex"),
            QStringLiteral("--role"), QStringLiteral("admin"), newPin(QStringLiteral("2468"))}),
        QStringLiteral("6 to 8 digits"));
    CliRun run = runCli(db,
        asAdmin({QStringLiteral("user-add"), QStringLiteral("--name"), QStringLiteral("Camille"),
            QStringLiteral("--role"), QStringLiteral("cashier"), newPin(cashierPin)}));
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    {
        QSqlDatabase sqlite =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("shortpin"));
        sqlite.setDatabaseName(db);
        QVERIFY(sqlite.open());
        QSqlQuery query(sqlite);
        QVERIFY(query.exec(
            QStringLiteral("UPDATE app_user SET role = 'admin' WHERE name = 'Camille'")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("shortpin"));
    const QStringList open{
        QStringLiteral("open-session"), QStringLiteral("--float"), QStringLiteral("50")};
    expectRefused(db, asCashier(open), QStringLiteral("user-pin --user Camille"));
    const QString chosen = QStringLiteral("246802");
    expectRefused(db,
        {QStringLiteral("user-pin"), QStringLiteral("--user"), QStringLiteral("Camille"),
            actorPin(cashierPin), newPin(QStringLiteral("2468"))},
        QStringLiteral("6 to 8 digits"));
    run = runCli(db,
        {QStringLiteral("user-pin"), QStringLiteral("--user"), QStringLiteral("Camille"),
            actorPin(cashierPin), newPin(chosen)});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    run = runCli(db, as(QStringLiteral("Camille"), chosen, open));
    QVERIFY2(run.ok(), qPrintable(run.describe()));
}

void TestCli::cleanupTestCase()
{
    if (!m_mountPoint.isEmpty())
        QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_mountPoint});
}

void TestCli::membersAndTaxReceipts()
{
    const QString db = newDatabase(QStringLiteral("association"));
    QVERIFY(!db.isEmpty());
    QString error;
    const auto json = [&](const QStringList &arguments) {
        const CliRun run = runCli(db, QStringList{QStringLiteral("--json")} + arguments);
        if (!run.ok())
            qWarning().noquote() << run.describe();
        return run.ok() ? parseObject(run.out, &error) : QJsonObject();
    };
    QVERIFY(runCli(db,
        asAdmin({QStringLiteral("open-session"), QStringLiteral("--float"), QStringLiteral("50")}))
                .ok());

    const QJsonObject member = json(asAdmin({QStringLiteral("member"), QStringLiteral("add"),
        QStringLiteral("--name"), QStringLiteral("Dominique Lapierre"), QStringLiteral("--contact"),
        QStringLiteral("06 12 34 56 78")}));
    QCOMPARE(member.value(QStringLiteral("number")).toString(), QStringLiteral("CAISSE1-1"));
    // 15,00 € in cash: a year from today.
    const QJsonObject fee = json(asAdmin({QStringLiteral("member"), QStringLiteral("fee"),
        QStringLiteral("--member"), QStringLiteral("CAISSE1-1"), QStringLiteral("--amount"),
        QStringLiteral("15"), QStringLiteral("--method"), QStringLiteral("cash")}));
    QCOMPARE(fee.value(QStringLiteral("number")).toString(), QStringLiteral("CAISSE1-A000001"));
    QCOMPARE(fee.value(QStringLiteral("amount_cents")).toInteger(), 1500);
    const QDate start =
        QDate::fromString(fee.value(QStringLiteral("period_start")).toString(), Qt::ISODate);
    QCOMPARE(QDate::fromString(fee.value(QStringLiteral("period_end")).toString(), Qt::ISODate),
        start.addYears(1).addDays(-1));
    const QJsonObject found =
        json({QStringLiteral("member"), QStringLiteral("find"), QStringLiteral("lapierre")});
    QCOMPARE(found.value(QStringLiteral("members")).toArray().size(), 1);

    // A cheque donation of 20,00 €, and its tax receipt once the shop is entitled.
    const QJsonObject donation =
        json(asAdmin({QStringLiteral("donation"), QStringLiteral("--amount"), QStringLiteral("20"),
            QStringLiteral("--method"), QStringLiteral("cheque")}));
    QCOMPARE(
        donation.value(QStringLiteral("number")).toString(), QStringLiteral("CAISSE1-G000001"));
    const QStringList issue{QStringLiteral("tax-receipt"), QStringLiteral("issue"),
        QStringLiteral("--donation"), QStringLiteral("CAISSE1-G000001"), QStringLiteral("--name"),
        QStringLiteral("Lapierre Dominique"), QStringLiteral("--address"),
        QStringLiteral("3 rue des Lilas, 69001 Lyon")};
    QVERIFY(runCli(db, asAdmin(issue)).exitCode != 0);
    QVERIFY(runCli(db,
        asAdmin(
            {QStringLiteral("tax-receipt"), QStringLiteral("settings"), QStringLiteral("--enable"),
                QStringLiteral("--object"), QStringLiteral("Réemploi et insertion")}))
                .ok());
    const QJsonObject receipt = json(asAdmin(issue));
    QCOMPARE(receipt.value(QStringLiteral("number")).toString(), QStringLiteral("CAISSE1-F000001"));
    QCOMPARE(
        receipt.value(QStringLiteral("amount_words")).toString(), QStringLiteral("vingt euros"));
    const CliRun twice = runCli(db, asAdmin(issue));
    QVERIFY(twice.exitCode != 0);
    QVERIFY2(twice.err.contains("CAISSE1-F000001"), twice.err.constData());
    // The donation's business day says which year it counts in.
    const QString donationYear = receipt.value(QStringLiteral("day")).toString().left(4);
    const QJsonObject year =
        json({QStringLiteral("tax-receipt"), QStringLiteral("year"), donationYear});
    const QJsonArray donors = year.value(QStringLiteral("donors")).toArray();
    QCOMPARE(donors.size(), 1);
    QCOMPARE(donors.at(0).toObject().value(QStringLiteral("total_cents")).toInteger(), 2000);

    // The drawer: 50,00 float + 15,00 cash fee = 65,00 € (the cheque is not in it).
    const QJsonObject z = json(asAdmin({QStringLiteral("close-session"), QStringLiteral("--count"),
        QStringLiteral("50x1,10x1,5x1")}));
    QCOMPARE(z.value(QStringLiteral("expected_cents")).toInteger(), 6500);
    QCOMPARE(z.value(QStringLiteral("variance_cents")).toInteger(), 0);
    QCOMPARE(z.value(QStringLiteral("memberships_cents")).toInteger(), 1500);
    QCOMPARE(z.value(QStringLiteral("sales_total_cents")).toInteger(), 0);

    // The cheque donation waits for the bank once the session is closed: one slip, never twice.
    const QJsonObject cheques =
        json(asAdmin({QStringLiteral("cheques"), QStringLiteral("pending")}));
    QCOMPARE(cheques.value(QStringLiteral("total_cents")).toInteger(), 2000);
    const QString slipPath = m_dir.filePath(QStringLiteral("bordereau.pdf"));
    const QJsonObject slip = json(asAdmin(
        {QStringLiteral("cheques"), QStringLiteral("remit"), QStringLiteral("--out"), slipPath}));
    QCOMPARE(slip.value(QStringLiteral("number")).toString(), QStringLiteral("CAISSE1-B000001"));
    QFile slipFile(slipPath);
    QVERIFY(slipFile.open(QIODevice::ReadOnly));
    QVERIFY(slipFile.readAll().startsWith("%PDF-1.4"));
    QVERIFY(runCli(db,
                asAdmin({QStringLiteral("cheques"), QStringLiteral("remit"),
                    QStringLiteral("--out"), slipPath}))
                .exitCode
        != 0);

    // The day's accounting entries: once, then refused unless --again says so.
    const QString day = receipt.value(QStringLiteral("day")).toString();
    const QStringList exportDay{QStringLiteral("accounting-export"), QStringLiteral("--from"), day,
        QStringLiteral("--to"), day, QStringLiteral("--out"),
        m_dir.filePath(QStringLiteral("ecritures.csv"))};
    QVERIFY(runCli(db, asAdmin(exportDay)).ok());
    const CliRun exportedTwice = runCli(db, asAdmin(exportDay));
    QVERIFY(exportedTwice.exitCode != 0);
    QVERIFY2(exportedTwice.err.contains("already exported"), exportedTwice.err.constData());
    QVERIFY(runCli(db, asAdmin(exportDay + QStringList{QStringLiteral("--again")})).ok());

    // A member's −10 % on 2 × 2,50 € and a free gift: 4,50 € by card.
    QVERIFY(runCli(db,
        asAdmin({QStringLiteral("open-session"), QStringLiteral("--float"), QStringLiteral("50")}))
                .ok());
    const QJsonObject sold = json(asAdmin({QStringLiteral("sale"), QStringLiteral("--line"),
        QStringLiteral("textile.vetements:2:2,50"), QStringLiteral("--gift"),
        QStringLiteral("divers:1:Maraude:2,5"), QStringLiteral("--discount"), QStringLiteral("10%"),
        QStringLiteral("--discount-reason"), QStringLiteral("Adhérent"), QStringLiteral("--pay"),
        QStringLiteral("card:4,50")}));
    const QJsonObject ticket = sold.value(QStringLiteral("sales")).toArray().at(0).toObject();
    QCOMPARE(ticket.value(QStringLiteral("total_cents")).toInteger(), 450);
    QCOMPARE(ticket.value(QStringLiteral("discount_cents")).toInteger(), 50);
    QCOMPARE(ticket.value(QStringLiteral("lines")).toInteger(), 2);

    // The member's data, then its erasure: verify still passes.
    const CliRun exported = runCli(db,
        asAdmin({QStringLiteral("member"), QStringLiteral("export"), QStringLiteral("--member"),
            QStringLiteral("CAISSE1-1")}));
    QVERIFY2(exported.ok(), qPrintable(exported.describe()));
    QVERIFY(exported.out.contains("06 12 34 56 78"));
    QVERIFY(runCli(db,
        asAdmin({QStringLiteral("member"), QStringLiteral("erase"), QStringLiteral("--member"),
            QStringLiteral("CAISSE1-1")}))
                .ok());
    QCOMPARE(json({QStringLiteral("member"), QStringLiteral("find"), QStringLiteral("lapierre")})
                 .value(QStringLiteral("members"))
                 .toArray()
                 .size(),
        0);
    const CliRun verify = runCli(db, {QStringLiteral("verify")});
    QVERIFY2(verify.ok(), qPrintable(verify.describe()));
}

QString TestCli::newDatabase(const QString &name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".sqlite"));
    const CliRun init = runCli(path,
        {QStringLiteral("init"), QStringLiteral("--site"), QStringLiteral("Ressourcerie du Lac"),
            QStringLiteral("--station"), QStringLiteral("CAISSE1"), actorPin(adminPin)});
    if (!init.ok()) {
        qWarning().noquote() << "init failed:" << init.describe();
        return {};
    }
    return path;
}

void TestCli::expectRefused(
    const QString &db, const QStringList &arguments, const QString &needle, bool auditUnchanged)
{
    QString failure;
    const QJsonObject before = statsOf(db, &failure);
    QVERIFY2(!before.isEmpty(), qPrintable(failure));
    const CliRun run = runCli(db, arguments);
    QVERIFY2(run.finished && !run.crashed, qPrintable(run.describe()));
    QVERIFY2(run.exitCode != 0, qPrintable(QStringLiteral("accepted: ") + run.describe()));
    const QStringList lines = run.errLines();
    QVERIFY2(lines.size() == 1,
        qPrintable(QStringLiteral("%1 line(s) on stderr: %2")
                       .arg(lines.size())
                       .arg(run.errText().left(1500))));
    QVERIFY2(lines.first().size() <= 400,
        qPrintable(QStringLiteral("a %1-character reason").arg(lines.first().size())));
    if (!needle.isEmpty())
        QVERIFY2(lines.first().contains(needle, Qt::CaseInsensitive),
            qPrintable(QStringLiteral("\"%1\" does not say \"%2\"").arg(lines.first(), needle)));
    const QJsonObject after = statsOf(db, &failure);
    QVERIFY2(!after.isEmpty(), qPrintable(failure));
    if (auditUnchanged)
        QCOMPARE(after, before);
    else
        QCOMPARE(businessOf(after), businessOf(before));
}

void TestCli::help()
{
    const CliRun help = runCli({}, {QStringLiteral("help")});
    QVERIFY2(help.ok(), qPrintable(help.describe()));
    for (const char *command : {"init", "demo-data", "verify", "stats", "user-add", "open-session",
             "cash-move", "sale", "refund", "close-session", "z-report", "close-periods", "deposit",
             "siret", "vat", "ticket-printing", "warranty", "donation", "member", "tax-receipt",
             "accounting-export", "cheques"})
        QVERIFY2(help.outText().contains(QString::fromLatin1(command)), command);
    const CliRun none = runCli({}, {});
    QVERIFY(none.exitCode != 0); // no command: the usage, and a failure status
}

void TestCli::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<bool>("auditUnchanged"); // no login happens before the refusal

    const QString longText(10000, QLatin1Char('x'));
    const auto line = [](const QString &text) {
        return QStringList{QStringLiteral("--line"), text};
    };

    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command") << true;
    QTest::newRow("unexpected argument")
        << QStringList{QStringLiteral("verify"), QStringLiteral("now")}
        << QStringLiteral("unexpected") << true;
    QTest::newRow("option without value")
        << QStringList{QStringLiteral("verify"), QStringLiteral("--since")}
        << QStringLiteral("needs a value") << true;
    QTest::newRow("VAT setting in the past")
        << asAdmin({QStringLiteral("vat"), QStringLiteral("--regime"), QStringLiteral("liable"),
               QStringLiteral("--from"), QStringLiteral("2024-01-01")})
        << QStringLiteral("past") << false;
    QTest::newRow("VAT rate above 100 %") << asAdmin({QStringLiteral("vat"),
        QStringLiteral("--regime"), QStringLiteral("liable"), QStringLiteral("--from"),
        QStringLiteral("2099-01-01"), QStringLiteral("--rate"), QStringLiteral("101")})
                                          << QStringLiteral("between 0 and 100") << false;
    QTest::newRow("negative donation")
        << asAdmin({QStringLiteral("donation"), QStringLiteral("--amount"), QStringLiteral("-5")})
        << QStringLiteral("negative") << false;
    QTest::newRow("fee of an unknown member")
        << asAdmin({QStringLiteral("member"), QStringLiteral("fee"), QStringLiteral("--member"),
               QStringLiteral("CAISSE1-999"), QStringLiteral("--amount"), QStringLiteral("15")})
        << QStringLiteral("no member is numbered") << false;
    QTest::newRow("tax receipt while not entitled") << asAdmin({QStringLiteral("tax-receipt"),
        QStringLiteral("issue"), QStringLiteral("--donation"), QStringLiteral("CAISSE1-G000001"),
        QStringLiteral("--name"), QStringLiteral("Lapierre Dominique"), QStringLiteral("--address"),
        QStringLiteral("3 rue des Lilas")}) << QStringLiteral("does not issue tax receipts")
                                                    << false;
    QTest::newRow("sale without line")
        << asAdmin({QStringLiteral("sale")}) << QStringLiteral("--line") << false;
    QTest::newRow("sale without pin")
        << QStringList{QStringLiteral("sale"), QStringLiteral("--user"), QStringLiteral("Admin"),
               QStringLiteral("--line"), QStringLiteral("textile.vetements:1:2")}
        << QStringLiteral("RECAISSE_PIN") << true;
    QTest::newRow("sale without user") << QStringList{QStringLiteral("sale"), actorPin(adminPin),
        QStringLiteral("--line"), QStringLiteral("textile.vetements:1:2")}
                                       << QStringLiteral("--user") << true;
    QTest::newRow("register-mode without state")
        << asAdmin({QStringLiteral("register-mode")}) << QStringLiteral("on or off") << true;
    QTest::newRow("register-mode maybe")
        << asAdmin({QStringLiteral("register-mode"), QStringLiteral("maybe")})
        << QStringLiteral("on or off") << true;
    QTest::newRow("register-mode by a cashier") << as(QStringLiteral("Camille"), cashierPin,
        {QStringLiteral("register-mode"), QStringLiteral("on")})
                                                << QStringLiteral("not allowed") << false;
    QTest::newRow("demo-data without days")
        << QStringList{QStringLiteral("demo-data")} << QStringLiteral("--days") << true;
    QTest::newRow("z-report without number")
        << QStringList{QStringLiteral("z-report")} << QStringLiteral("--number") << true;
    QTest::newRow("z-report of a sale") << QStringList{QStringLiteral("z-report"),
        QStringLiteral("--number"), QStringLiteral("CAISSE1-T000001")}
                                        << QStringLiteral("not a Z report") << true;
    QTest::newRow("unknown user") << as(QStringLiteral("Nobody"), adminPin,
        {QStringLiteral("open-session"), QStringLiteral("--float"), QStringLiteral("10")})
                                  << QStringLiteral("Nobody") << false;
    QTest::newRow("wrong PIN") << as(QStringLiteral("Camille"), QStringLiteral("9999"),
        {QStringLiteral("sale"), QStringLiteral("--line"), QStringLiteral("textile.vetements:1:2")})
                               << QStringLiteral("PIN") << false;
    QTest::newRow("cashier adds a user")
        << asCashier({QStringLiteral("user-add"), QStringLiteral("--name"), QStringLiteral("Bob"),
               QStringLiteral("--role"), QStringLiteral("admin"), newPin(QStringLiteral("2222"))})
        << QStringLiteral("not allowed") << false;
    QTest::newRow("cashier refunds without unlock") << asCashier(
        {QStringLiteral("refund"), QStringLiteral("--ticket"), QStringLiteral("CAISSE1-T000001"),
            QStringLiteral("--reason"), QStringLiteral("Défaut")})
                                                    << QStringLiteral("unlock") << false;
    QTest::newRow("cashier refunds with a wrong unlock PIN") << asCashier({QStringLiteral("refund"),
        QStringLiteral("--ticket"), QStringLiteral("CAISSE1-T000001"), QStringLiteral("--reason"),
        QStringLiteral("Défaut"), QStringLiteral("--unlock-user"), QStringLiteral("Admin"),
        unlockPin(QStringLiteral("0000"))}) << QString() << false;
    QTest::newRow("cashier closes periods")
        << asCashier({QStringLiteral("close-periods")}) << QStringLiteral("not allowed") << false;
    QTest::newRow("bad role") << asAdmin(
        {QStringLiteral("user-add"), QStringLiteral("--name"), QStringLiteral("Bob"),
            QStringLiteral("--role"), QStringLiteral("boss"), newPin(QStringLiteral("2222"))})
                              << QStringLiteral("--role") << false;
    QTest::newRow("second open-session") << asAdmin(
        {QStringLiteral("open-session"), QStringLiteral("--float"), QStringLiteral("100")})
                                         << QStringLiteral("already open") << false;
    QTest::newRow("letters in the price") << asAdmin(
        QStringList{QStringLiteral("sale")} + line(QStringLiteral("textile.vetements:1:12,5O")))
                                          << QStringLiteral("12,5O") << false;
    QTest::newRow("price with a dollar") << asAdmin(
        QStringList{QStringLiteral("sale")} + line(QStringLiteral("textile.vetements:1:$3")))
                                         << QStringLiteral("price") << false;
    QTest::newRow("negative quantity") << asAdmin(
        QStringList{QStringLiteral("sale")} + line(QStringLiteral("textile.vetements:-1:2")))
                                       << QStringLiteral("quantity") << false;
    QTest::newRow("zero quantity") << asAdmin(
        QStringList{QStringLiteral("sale")} + line(QStringLiteral("textile.vetements:0:2")))
                                   << QStringLiteral("quantity") << false;
    QTest::newRow("huge quantity") << asAdmin(QStringList{QStringLiteral("sale")}
        + line(QStringLiteral("textile.vetements:1000000000000:2")))
                                   << QStringLiteral("quantity") << false;
    QTest::newRow("absurd weight") << asAdmin(
        QStringList{QStringLiteral("sale")} + line(QStringLiteral("textile.vetements:1:2:99999")))
                                   << QStringLiteral("99999") << false;
    QTest::newRow("negative weight") << asAdmin(
        QStringList{QStringLiteral("sale")} + line(QStringLiteral("textile.vetements:1:2:-3")))
                                     << QString() << false;
    QTest::newRow("unknown category")
        << asAdmin(QStringList{QStringLiteral("sale")} + line(QStringLiteral("licornes:1:2")))
        << QStringLiteral("licornes") << false;
    QTest::newRow("10 000-character category")
        << asAdmin(QStringList{QStringLiteral("sale")} + line(longText + QStringLiteral(":1:2")))
        << QStringLiteral("category") << false;
    QTest::newRow("line with too few fields") << asAdmin(
        QStringList{QStringLiteral("sale")} + line(QStringLiteral("textile.vetements:1")))
                                              << QStringLiteral("--line") << false;
    QTest::newRow("unknown payment method") << asAdmin(QStringList{QStringLiteral("sale")}
        + line(QStringLiteral("textile.vetements:1:2"))
        + QStringList{QStringLiteral("--pay"), QStringLiteral("bitcoin:2")})
                                            << QStringLiteral("--pay") << false;
    QTest::newRow("underpaid") << asAdmin(QStringList{QStringLiteral("sale")}
        + line(QStringLiteral("textile.vetements:1:2"))
        + QStringList{QStringLiteral("--pay"), QStringLiteral("card:1")})
                               << QStringLiteral("to be paid") << false;
    QTest::newRow("card gives no change") << asAdmin(QStringList{QStringLiteral("sale")}
        + line(QStringLiteral("textile.vetements:1:2"))
        + QStringList{QStringLiteral("--pay"), QStringLiteral("card:5")})
                                          << QStringLiteral("change") << false;
    QTest::newRow("price above the category maximum, no unlock") << asCashier(
        QStringList{QStringLiteral("sale")} + line(QStringLiteral("textile.vetements:1:500")))
                                                                 << QString() << false;
    QTest::newRow("10 000-character refund reason")
        << asAdmin({QStringLiteral("refund"), QStringLiteral("--ticket"),
               QStringLiteral("CAISSE1-T000001"), QStringLiteral("--reason"), longText})
        << QStringLiteral("too long") << false;
    QTest::newRow("refund of an unknown ticket") << asAdmin({QStringLiteral("refund"),
        QStringLiteral("--ticket"), QStringLiteral("CAISSE1-T999999"), QStringLiteral("--reason"),
        QStringLiteral("Défaut")}) << QString() << false;
    QTest::newRow("refund of too many items") << asAdmin({QStringLiteral("refund"),
        QStringLiteral("--ticket"), QStringLiteral("CAISSE1-T000001"), QStringLiteral("--line"),
        QStringLiteral("1:3"), QStringLiteral("--reason"), QStringLiteral("Défaut")})
                                              << QStringLiteral("between 1 and 2") << false;
    QTest::newRow("10 000-character cash-move reason") << asAdmin({QStringLiteral("cash-move"),
        QStringLiteral("--in"), QStringLiteral("5"), QStringLiteral("--reason"), longText})
                                                       << QStringLiteral("reason") << false;
    QTest::newRow("cash-move in and out") << asAdmin({QStringLiteral("cash-move"),
        QStringLiteral("--in"), QStringLiteral("5"), QStringLiteral("--out"), QStringLiteral("5"),
        QStringLiteral("--reason"), QStringLiteral("x")})
                                          << QStringLiteral("either") << false;
    QTest::newRow("cash-move out of more than the drawer")
        << asAdmin({QStringLiteral("cash-move"), QStringLiteral("--out"), QStringLiteral("5000"),
               QStringLiteral("--reason"), QStringLiteral("Banque")})
        << QString() << false;
    QTest::newRow("deposit bad destination") << asAdmin({QStringLiteral("deposit"),
        QStringLiteral("--line"), QStringLiteral("textile.vetements:3:attic:voluntary")})
                                             << QStringLiteral("destination") << false;
    QTest::newRow("deposit bad origin") << asAdmin({QStringLiteral("deposit"),
        QStringLiteral("--line"), QStringLiteral("textile.vetements:3:shop:found")})
                                        << QStringLiteral("origin") << false;
    QTest::newRow("deposit zero weight") << asAdmin({QStringLiteral("deposit"),
        QStringLiteral("--line"), QStringLiteral("textile.vetements:0:shop:voluntary")})
                                         << QString() << false;
    QTest::newRow("deposit 10 000-character note") << asAdmin({QStringLiteral("deposit"),
        QStringLiteral("--line"), QStringLiteral("textile.vetements:3:shop:voluntary"),
        QStringLiteral("--note"), longText}) << QString()
                                                   << false;
    QTest::newRow("close-session empty count")
        << asAdmin({QStringLiteral("close-session"), QStringLiteral("--count"), QString()})
        << QStringLiteral("--count") << false;
    QTest::newRow("close-session garbled count") << asAdmin(
        {QStringLiteral("close-session"), QStringLiteral("--count"), QStringLiteral("50xx2,abc")})
                                                 << QStringLiteral("count") << false;
    QTest::newRow("close-session 3 euro note") << asAdmin(
        {QStringLiteral("close-session"), QStringLiteral("--count"), QStringLiteral("3x2")})
                                               << QStringLiteral("note or coin") << false;
    QTest::newRow("close-session 10 000-character comment")
        << asAdmin({QStringLiteral("close-session"), QStringLiteral("--count"),
               QStringLiteral("50x2"), QStringLiteral("--comment"), longText})
        << QStringLiteral("too long") << false;
}

void TestCli::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, needle);
    QFETCH(bool, auditUnchanged);
    expectRefused(m_shop, arguments, needle, auditUnchanged);
}

void TestCli::initOnExistingFile()
{
    const QByteArray before = fileDigest(m_shop);
    QVERIFY(!before.isEmpty());
    expectRefused(m_shop,
        {QStringLiteral("init"), QStringLiteral("--site"), QStringLiteral("Autre"),
            QStringLiteral("--station"), QStringLiteral("CAISSE9"),
            actorPin(QStringLiteral("999999"))},
        QStringLiteral("exists"), true);
    QCOMPARE(fileDigest(m_shop), before);
}

void TestCli::initMissingOptionCreatesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("never.sqlite"));
    const CliRun run = runCli(path,
        {QStringLiteral("init"), QStringLiteral("--site"), QStringLiteral("X"),
            actorPin(adminPin)});
    QVERIFY(run.exitCode != 0);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY(run.errText().contains(QLatin1String("--station")));
    QVERIFY(!QFile::exists(path));
    QVERIFY(sidecars(path).isEmpty());

    const CliRun badPin = runCli(path,
        {QStringLiteral("init"), QStringLiteral("--site"), QStringLiteral("X"),
            QStringLiteral("--station"), QStringLiteral("CAISSE1"),
            actorPin(QStringLiteral("ab"))});
    QVERIFY2(badPin.exitCode != 0, qPrintable(badPin.describe()));
    QCOMPARE(badPin.errLines().size(), 1);
    QVERIFY2(!QFile::exists(path), "a refused init left a file behind");
}

void TestCli::notADatabase_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("command");
    QTest::newRow("text file, verify")
        << QByteArray("Liste des courses\n- pain\n- lait\n") << QStringLiteral("verify");
    QTest::newRow("text file, sale")
        << QByteArray("Liste des courses\n- pain\n- lait\n") << QStringLiteral("sale");
    QTest::newRow("random bytes, stats") << randomBytes(64 * 1024, 7) << QStringLiteral("stats");
    QTest::newRow("random bytes, verify") << randomBytes(4096, 8) << QStringLiteral("verify");
    QTest::newRow("SQLite header then garbage")
        << QByteArray("SQLite format 3") + '\0' + randomBytes(8192, 9) << QStringLiteral("verify");
}

void TestCli::notADatabase()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, command);
    const QString path = m_dir.filePath(QStringLiteral("not-a-db-%1")
                                            .arg(QString::fromUtf8(QTest::currentDataTag()))
                                            .replace(QLatin1Char(' '), QLatin1Char('-')));
    QVERIFY(writeFile(path, content));
    const QByteArray before = fileDigest(path);
    QStringList arguments{command};
    if (command == QLatin1String("sale"))
        arguments =
            asAdmin({command, QStringLiteral("--line"), QStringLiteral("textile.vetements:1:2")});
    const CliRun run = runCli(path, arguments);
    QVERIFY2(run.finished && !run.crashed && run.exitCode != 0, qPrintable(run.describe()));
    QVERIFY2(run.errLines().size() == 1, qPrintable(run.errText()));
    QVERIFY2(run.errText().contains(QLatin1String("not a ReCaisse database")),
        qPrintable(run.errText()));
    QCOMPARE(fileDigest(path), before);
    QVERIFY2(sidecars(path).isEmpty(), qPrintable(sidecars(path).join(QLatin1Char(' '))));
}

void TestCli::emptyFileIsNotADatabase()
{
    // An empty file (e.g. `touch station.sqlite`, or a copy interrupted at once) given to a
    // command that expects an existing station.
    const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
    QVERIFY(writeFile(path, {}));
    const CliRun run = runCli(path, {QStringLiteral("verify")});
    QVERIFY2(run.finished && !run.crashed && run.exitCode != 0, qPrintable(run.describe()));
    QVERIFY2(run.errText().contains(QLatin1String("not a ReCaisse")), qPrintable(run.errText()));
    QVERIFY2(run.errLines().size() == 1 && QFileInfo(path).size() == 0,
        qPrintable(QStringLiteral("%1 byte(s) after; stderr: %2")
                       .arg(QFileInfo(path).size())
                       .arg(run.errText())));
}

void TestCli::missingDatabaseIsNotCreated()
{
    const QString path = m_dir.filePath(QStringLiteral("typo.sqlite"));
    for (const QString &command : {QStringLiteral("verify"), QStringLiteral("stats")}) {
        const CliRun run = runCli(path, {command});
        QVERIFY2(run.exitCode != 0, qPrintable(run.describe()));
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(
            run.errText().contains(QLatin1String("does not exist")), qPrintable(run.errText()));
        QVERIFY(!QFile::exists(path));
    }
}

void TestCli::malformedSaleFile()
{
    const QString file = m_dir.filePath(QStringLiteral("malformed.json"));
    QVERIFY(
        writeFile(file, "[{\"lines\": [{\"category\": \"textile.vetements\", \"quantity\": 1,"));
    expectRefused(m_shop, asAdmin({QStringLiteral("sale"), QStringLiteral("--file"), file}),
        QStringLiteral("JSON"));
    QVERIFY(writeFile(file, "{\"lines\": []}"));
    expectRefused(m_shop, asAdmin({QStringLiteral("sale"), QStringLiteral("--file"), file}),
        QStringLiteral("array"));
    expectRefused(m_shop,
        asAdmin({QStringLiteral("sale"), QStringLiteral("--file"),
            m_dir.filePath(QStringLiteral("absent.json"))}),
        QStringLiteral("absent.json"));
    // A sale without lines.
    QVERIFY(writeFile(file, "[{\"payments\": [{\"method\": \"cash\", \"amount\": \"2\"}]}]"));
    expectRefused(
        m_shop, asAdmin({QStringLiteral("sale"), QStringLiteral("--file"), file}), QString());
}

void TestCli::saleFileStopsAtTheInvalidSale()
{
    // Two good sales, then one that is not paid in full: the first two are recorded.
    const QString file = m_dir.filePath(QStringLiteral("three.json"));
    QVERIFY(writeFile(file, R"([
        {"lines": [{"category": "textile.vetements", "quantity": 1, "unit_price": "2,00"}],
         "payments": [{"method": "cash", "amount": "2"}]},
        {"lines": [{"category": "livres.livre", "quantity": 3, "unit_price": "1"},
                   {"category": "vaisselle.verre", "quantity": 2, "unit_price": "0,30"}],
         "payments": [{"method": "card", "amount": "3,60"}]},
        {"lines": [{"category": "textile.vetements", "quantity": 1, "unit_price": "5"}],
         "payments": [{"method": "card", "amount": "4"}]}
    ])"));
    QString failure;
    const QJsonObject before = statsOf(m_shop, &failure);
    QVERIFY2(!before.isEmpty(), qPrintable(failure));
    const CliRun run =
        runCli(m_shop, asAdmin({QStringLiteral("sale"), QStringLiteral("--file"), file}));
    QVERIFY2(run.exitCode != 0, qPrintable(run.describe()));
    QVERIFY2(run.errLines().size() == 1, qPrintable(run.errText()));
    QVERIFY2(run.errText().contains(QLatin1String("sale 3"))
            && run.errText().contains(QLatin1String("2 recorded")),
        qPrintable(run.errText()));
    const QJsonObject after = statsOf(m_shop, &failure);
    QCOMPARE(after.value(QStringLiteral("sales")).toInteger(),
        before.value(QStringLiteral("sales")).toInteger() + 2);
    QCOMPARE(after.value(QStringLiteral("sales_total_cents")).toInteger(),
        before.value(QStringLiteral("sales_total_cents")).toInteger() + 560);
    QCOMPARE(moneyInvariantProblem(after), QString());

    // The third sale invalid in its text (an unknown category): nothing is recorded, and the
    // message says which sale it is.
    QVERIFY(writeFile(file, R"([
        {"lines": [{"category": "textile.vetements", "quantity": 1, "unit_price": "2"}], "payments": [{"method": "cash", "amount": "2"}]},
        {"lines": [{"category": "textile.vetements", "quantity": 1, "unit_price": "2"}], "payments": [{"method": "cash", "amount": "2"}]},
        {"lines": [{"category": "licornes", "quantity": 1, "unit_price": "2"}], "payments": [{"method": "cash", "amount": "2"}]}
    ])"));
    const CliRun unknown =
        runCli(m_shop, asAdmin({QStringLiteral("sale"), QStringLiteral("--file"), file}));
    QVERIFY(unknown.exitCode != 0);
    QCOMPARE(unknown.errLines().size(), 1);
    const QJsonObject last = statsOf(m_shop, &failure);
    QCOMPARE(businessOf(last), businessOf(after));
    QVERIFY2(unknown.errText().contains(QLatin1String("sale 3")), qPrintable(unknown.errText()));
}

void TestCli::saleFileQuantityMustBeAWholeNumber()
{
    // "quantity": "3" or 2.5 must not silently become 1; 1e300 is refused as out of range
    // (converting it to an integer first was undefined behaviour).
    for (const char *quantity : {"2.5", "\"3\"", "1e300", "-1e300"}) {
        const QString file = m_dir.filePath(QStringLiteral("quantity.json"));
        QVERIFY(writeFile(file,
            QByteArray(R"([{"lines": [{"category": "textile.vetements", "quantity": )") + quantity
                + R"(, "unit_price": "2"}], "payments": [{"method": "cash", "amount": "10"}]}])"));
        QString failure;
        const QJsonObject before = statsOf(m_shop, &failure);
        const CliRun run =
            runCli(m_shop, asAdmin({QStringLiteral("sale"), QStringLiteral("--file"), file}));
        const QJsonObject after = statsOf(m_shop, &failure);
        QVERIFY2(run.exitCode != 0 && businessOf(after) == businessOf(before),
            qPrintable(QStringLiteral("accepted: ") + run.describe()));
        QVERIFY2(run.errText().contains(QLatin1String("the quantity must be a whole number")),
            qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(quantity), run.describe())));
    }
}

void TestCli::fullRegisterDay()
{
    const QString db = m_dir.filePath(QStringLiteral("day.sqlite"));
    QString error;
    const auto json = [&](const QStringList &arguments) -> QJsonObject {
        const CliRun run = runCli(db, QStringList{QStringLiteral("--json")} + arguments);
        if (!run.ok()) {
            error = arguments.first() + QStringLiteral(": ") + run.describe();
            return {};
        }
        if (!run.err.isEmpty())
            qInfo().noquote() << arguments.first()
                              << "printed on stderr:" << run.errText().trimmed();
        return parseObject(run.out, &error);
    };
#define JSON_OK(var, ...)                                                                          \
    const QJsonObject var = json(__VA_ARGS__);                                                     \
    QVERIFY2(!var.isEmpty(), qPrintable(error))

    JSON_OK(station,
        {QStringLiteral("init"), QStringLiteral("--site"), QStringLiteral("Ressourcerie du Lac"),
            QStringLiteral("--station"), QStringLiteral("CAISSE1"), actorPin(adminPin)});
    QCOMPARE(station.value(QStringLiteral("station")).toString(), QStringLiteral("CAISSE1"));
    const CliRun cashier = runCli(db,
        asAdmin({QStringLiteral("user-add"), QStringLiteral("--name"), QStringLiteral("Camille"),
            QStringLiteral("--role"), QStringLiteral("cashier"), newPin(cashierPin)}));
    QVERIFY2(cashier.ok(), qPrintable(cashier.describe()));
    JSON_OK(users, {QStringLiteral("users")});
    QCOMPARE(users.value(QStringLiteral("users")).toArray().size(), 2);
    JSON_OK(categories, {QStringLiteral("categories")});
    QVERIFY(categories.value(QStringLiteral("categories")).toArray().size() > 10);

    // A cashier must not sell without a session.
    expectRefused(db,
        asCashier({QStringLiteral("sale"), QStringLiteral("--line"),
            QStringLiteral("textile.vetements:1:2")}),
        QStringLiteral("session"));
    JSON_OK(session,
        asCashier({QStringLiteral("open-session"), QStringLiteral("--float"), QStringLiteral("150"),
            QStringLiteral("--count"), QStringLiteral("50x2,20x2,10x1")}));
    QCOMPARE(session.value(QStringLiteral("float_cents")).toInteger(), 15000);
    expectRefused(db,
        asCashier({QStringLiteral("open-session"), QStringLiteral("--float"), QStringLiteral("150"),
            QStringLiteral("--count"), QStringLiteral("50x2,20x2,10x1")}),
        QStringLiteral("already open"));

    // Cash with change, card, split.
    JSON_OK(cashSale,
        asCashier({QStringLiteral("sale"), QStringLiteral("--line"),
            QStringLiteral("textile.vetements:2:2,50"), QStringLiteral("--line"),
            QStringLiteral("livres.livre:1:1"), QStringLiteral("--pay"),
            QStringLiteral("cash:10")}));
    const QJsonObject cash = cashSale.value(QStringLiteral("sales")).toArray().at(0).toObject();
    QCOMPARE(cash.value(QStringLiteral("total_cents")).toInteger(), 600);
    QCOMPARE(cash.value(QStringLiteral("change_cents")).toInteger(), 400);
    JSON_OK(cardSale,
        asCashier({QStringLiteral("sale"), QStringLiteral("--line"),
            QStringLiteral("mobilier.chaise:1:12 €"), QStringLiteral("--pay"),
            QStringLiteral("card:12")}));
    QCOMPARE(cardSale.value(QStringLiteral("sales"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("change_cents"))
                 .toInteger(),
        0);
    JSON_OK(splitSale,
        asCashier({QStringLiteral("sale"), QStringLiteral("--line"),
            QStringLiteral("vaisselle.service:1:25"), QStringLiteral("--line"),
            QStringLiteral("sport.velo:1:40,00:13,5"), QStringLiteral("--pay"),
            QStringLiteral("cash:20"), QStringLiteral("--pay"), QStringLiteral("card:45")}));
    const QJsonObject split = splitSale.value(QStringLiteral("sales")).toArray().at(0).toObject();
    QCOMPARE(split.value(QStringLiteral("total_cents")).toInteger(), 6500);
    QCOMPARE(split.value(QStringLiteral("change_cents")).toInteger(), 0);

    // The cashier refunds the first ticket's clothes with the admin's PIN.
    const QString ticket = cash.value(QStringLiteral("number")).toString();
    expectRefused(db,
        asCashier({QStringLiteral("refund"), QStringLiteral("--ticket"), ticket,
            QStringLiteral("--reason"), QStringLiteral("Taille")}),
        QStringLiteral("unlock"));
    JSON_OK(refund,
        asCashier({QStringLiteral("refund"), QStringLiteral("--ticket"), ticket,
            QStringLiteral("--line"), QStringLiteral("1:2"), QStringLiteral("--method"),
            QStringLiteral("cash"), QStringLiteral("--reason"), QStringLiteral("Taille"),
            QStringLiteral("--unlock-user"), QStringLiteral("Admin"), unlockPin(adminPin)}));
    QCOMPARE(refund.value(QStringLiteral("sale")).toString(), ticket);
    QCOMPARE(refund.value(QStringLiteral("total_cents")).toInteger(), 500);
    expectRefused(db,
        asAdmin(
            {QStringLiteral("refund"), QStringLiteral("--ticket"), ticket, QStringLiteral("--line"),
                QStringLiteral("1:1"), QStringLiteral("--reason"), QStringLiteral("Encore")}),
        QStringLiteral("between 1 and 0"));

    const CliRun move = runCli(db,
        asCashier({QStringLiteral("cash-move"), QStringLiteral("--in"), QStringLiteral("20"),
            QStringLiteral("--reason"), QStringLiteral("Appoint de monnaie")}));
    QVERIFY2(move.ok(), qPrintable(move.describe()));
    // Two broken chairs leave for recycling: an outflow, never a sale.
    JSON_OK(outflow,
        asCashier({QStringLiteral("outflow"), QStringLiteral("--line"),
            QStringLiteral("mobilier.chaise:9:2")}));
    QCOMPARE(outflow.value(QStringLiteral("kind")).toString(), QStringLiteral("recycling"));
    QCOMPARE(outflow.value(QStringLiteral("weight_grams")).toInteger(), 9000);
    QVERIFY(outflow.value(QStringLiteral("number")).toString().contains(QLatin1String("-E")));
    expectRefused(db,
        asCashier({QStringLiteral("outflow"), QStringLiteral("--line"),
            QStringLiteral("mobilier.chaise:9:2"), QStringLiteral("--kind"),
            QStringLiteral("bonfire")}),
        QStringLiteral("--kind"));
    // Given to a partner association: its name is required.
    expectRefused(db,
        asCashier({QStringLiteral("outflow"), QStringLiteral("--line"),
            QStringLiteral("mobilier.chaise:9:2"), QStringLiteral("--kind"),
            QStringLiteral("partner")}),
        QStringLiteral("partner association"));
    const CliRun deposit = runCli(db,
        asAdmin({QStringLiteral("deposit"), QStringLiteral("--line"),
            QStringLiteral("textile.vetements:12,5:shop:voluntary"), QStringLiteral("--line"),
            QStringLiteral("bricolage.outil:3:recycling:home-collection:2")}));
    QVERIFY2(deposit.ok() || deposit.errText().contains(QLatin1String("station")),
        qPrintable(deposit.describe()));

    // Expected in the drawer: 150 + (10 - 4) + 20 (split) - 5 (refund) + 20 (in) = 191 €.
    // Counted 140 €: 51 € short, far beyond the 5 € threshold.
    const QStringList close = asCashier(
        {QStringLiteral("close-session"), QStringLiteral("--count"), QStringLiteral("50x2,20x2")});
    expectRefused(db, close, QStringLiteral("comment"));
    expectRefused(db,
        close + QStringList{QStringLiteral("--comment"), QStringLiteral("Billet de 50 manquant")},
        QString());
    expectRefused(db,
        close
            + QStringList{QStringLiteral("--comment"), QStringLiteral("Billet de 50 manquant"),
                QStringLiteral("--validator"), QStringLiteral("Camille"), validatorPin(cashierPin)},
        QString());
    JSON_OK(z,
        close
            + QStringList{QStringLiteral("--comment"), QStringLiteral("Billet de 50 manquant"),
                QStringLiteral("--validator"), QStringLiteral("Admin"), validatorPin(adminPin)});
    QCOMPARE(z.value(QStringLiteral("float_cents")).toInteger(), 15000);
    QCOMPARE(z.value(QStringLiteral("sales")).toInteger(), 3);
    QCOMPARE(z.value(QStringLiteral("sales_total_cents")).toInteger(), 600 + 1200 + 6500);
    QCOMPARE(z.value(QStringLiteral("refunds_total_cents")).toInteger(), 500);
    QCOMPARE(z.value(QStringLiteral("cash_cents")).toInteger(), 600 + 2000);
    QCOMPARE(z.value(QStringLiteral("card_cents")).toInteger(), 1200 + 4500);
    QCOMPARE(z.value(QStringLiteral("expected_cents")).toInteger(), 19100);
    QCOMPARE(z.value(QStringLiteral("counted_cents")).toInteger(), 14000);
    QCOMPARE(z.value(QStringLiteral("variance_cents")).toInteger(), -5100);
    QCOMPARE(z.value(QStringLiteral("outflows")).toInteger(), 1);
    QCOMPARE(z.value(QStringLiteral("outflow_grams")).toInteger(), 9000);
    QCOMPARE(
        z.value(QStringLiteral("comment")).toString(), QStringLiteral("Billet de 50 manquant"));
    QCOMPARE(z.value(QStringLiteral("validated_by")).toString(), QStringLiteral("Admin"));
    QCOMPARE(z.value(QStringLiteral("grand_total_cents")).toInteger(), 600 + 1200 + 6500 - 500);

    // The Z report read back later shows the same figures, in JSON and in text.
    const QString number = z.value(QStringLiteral("number")).toString();
    JSON_OK(again, {QStringLiteral("z-report"), QStringLiteral("--number"), number});
    QCOMPARE(again, z);
    const CliRun text =
        runCli(db, {QStringLiteral("z-report"), QStringLiteral("--number"), number});
    QVERIFY2(text.ok(), qPrintable(text.describe()));
    for (const char *figure :
        {"83,00", "5,00", "191,00", "140,00", "-51,00", "78,00", "Billet de 50 manquant"})
        QVERIFY2(text.outText().contains(QString::fromUtf8(figure)),
            qPrintable(QString::fromUtf8(figure) + text.outText()));
    expectRefused(db,
        asCashier(
            {QStringLiteral("close-session"), QStringLiteral("--count"), QStringLiteral("50x2")}),
        QStringLiteral("no cash session"));

    const CliRun periods = runCli(db, asAdmin({QStringLiteral("close-periods")}));
    QVERIFY2(periods.ok(), qPrintable(periods.describe()));

    JSON_OK(report, {QStringLiteral("verify")});
    QCOMPARE(report.value(QStringLiteral("intact")).toBool(), true);
    QVERIFY(report.value(QStringLiteral("documents")).toInteger() >= 8);
    const CliRun verify = runCli(db, {QStringLiteral("verify")});
    QVERIFY2(verify.ok() && verify.err.isEmpty(), qPrintable(verify.describe()));
    JSON_OK(stats, {QStringLiteral("stats")});
    QCOMPARE(moneyInvariantProblem(stats), QString());
    QCOMPARE(stats.value(QStringLiteral("sales")).toInteger(), 3);
    QCOMPARE(stats.value(QStringLiteral("refunds")).toInteger(), 1);
    QCOMPARE(stats.value(QStringLiteral("sessions_open")).toInteger(), 0);
    QCOMPARE(stats.value(QStringLiteral("sessions_closed")).toInteger(), 1);
#undef JSON_OK
}

void TestCli::diskFull()
{
    const CliRun id = [] {
        QProcess p;
        p.start(QStringLiteral("id"), {QStringLiteral("-u")});
        p.waitForFinished(10000);
        CliRun r;
        r.out = p.readAllStandardOutput().trimmed();
        return r;
    }();
    if (id.out != "0")
        QSKIP("mounting a tiny tmpfs needs root");
    const QString mountPoint = m_dir.filePath(QStringLiteral("tiny"));
    QVERIFY(QDir().mkpath(mountPoint));

    // The station is prepared on the normal disk, then moved onto a small file system.
    const QString source = newDatabase(QStringLiteral("full-source"));
    QVERIFY(!source.isEmpty());
    const CliRun open = runCli(source,
        asAdmin(
            {QStringLiteral("open-session"), QStringLiteral("--float"), QStringLiteral("150")}));
    QVERIFY2(open.ok(), qPrintable(open.describe()));
    const qint64 dbSize = QFileInfo(source).size();
    QVERIFY(sidecars(source).isEmpty());
    const qint64 fsSize = ((dbSize + 768 * 1024) / 4096 + 1) * 4096;
    QProcess mount;
    mount.start(QStringLiteral("mount"),
        {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
            QStringLiteral("size=%1").arg(fsSize), QStringLiteral("tmpfs"), mountPoint});
    if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit
        || mount.exitCode() != 0)
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs: ")
            + QString::fromUtf8(mount.readAllStandardError().trimmed())));
    m_mountPoint = mountPoint;

    const QString db = mountPoint + QStringLiteral("/station.sqlite");
    QVERIFY(QFile::copy(source, db));
    // Fill the file system, then give a little room back: enough to open the database, not
    // enough for many sales.
    const QString junk = mountPoint + QStringLiteral("/junk");
    {
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'j');
        while (file.write(block) == block.size() && file.flush()) {
        }
        file.close();
        QVERIFY(file.resize(std::max<qint64>(0, file.size() - 96 * 1024)));
    }

    const QStringList sale = asAdmin({QStringLiteral("sale"), QStringLiteral("--line"),
        QStringLiteral("textile.vetements:1:2,50"), QStringLiteral("--line"),
        QStringLiteral("livres.livre:2:1"), QStringLiteral("--line"),
        QStringLiteral("vaisselle.verre:3:0,30"), QStringLiteral("--pay"),
        QStringLiteral("cash:10")});
    int recorded = 0;
    CliRun failed;
    for (int i = 0; i < 300; ++i) {
        const CliRun run = runCli(db, sale);
        QVERIFY2(run.finished && !run.crashed, qPrintable(run.describe()));
        if (run.exitCode != 0) {
            failed = run;
            break;
        }
        ++recorded;
    }
    qInfo("disk full after %d sale(s): %s", recorded, qPrintable(failed.errText().trimmed()));
    QVERIFY2(failed.exitCode > 0, "the disk never filled up");
    QVERIFY2(failed.errLines().last().contains(QLatin1String("disk is full"), Qt::CaseInsensitive),
        qPrintable(failed.errText()));
    QVERIFY2(
        failed.errLines().size() == 1, qPrintable(QStringLiteral("stderr: ") + failed.errText()));

    // Room again: nothing was lost or half written.
    QVERIFY(QFile::remove(junk));
    const CliRun verify = runCli(db, {QStringLiteral("verify")});
    QVERIFY2(verify.ok(), qPrintable(verify.describe()));
    QString failure;
    const QJsonObject stats = statsOf(db, &failure);
    QVERIFY2(!stats.isEmpty(), qPrintable(failure));
    QCOMPARE(moneyInvariantProblem(stats), QString());
    QCOMPARE(stats.value(QStringLiteral("sales")).toInteger(), recorded);
    QCOMPARE(stats.value(QStringLiteral("sale_lines")).toInteger(), 3 * recorded);
    const CliRun after = runCli(db, sale);
    QVERIFY2(after.ok(), qPrintable(after.describe()));

    QProcess umount;
    umount.start(QStringLiteral("umount"), {mountPoint});
    QVERIFY(umount.waitForFinished(10000));
    QCOMPARE(umount.exitCode(), 0);
    m_mountPoint.clear();
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
