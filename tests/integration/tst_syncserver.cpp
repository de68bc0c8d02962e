// Three stations of one shop syncing through a real Apache mod_dav on loopback, driven through
// recaisse-cli as scripts and people do; passwords in a real gnome-keyring (the test runs under
// with-keyring.sh). Then a station lost and restored from the drive, and the server going away.

#include "cliprocess.h"
#include "core/clock.h"
#include "core/database.h"
#include "core/solidarity.h"
#include "core/store.h"
#include "stationfile.h"
#include "tests/support/webdavserver.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace recaisse;
using namespace recaisse::test;

namespace {

const QByteArray password = "s3cret\n";

// Runs `sql` (its ? bound to the station's id) on a station's database from the test itself.
bool ownExec(const QString &db, const QString &sql)
{
    core::SystemClock clock;
    auto store = core::Store::open(db, clock, QStringLiteral("exec-") + db);
    if (!store)
        return false;
    QSqlQuery query((*store)->db().connection());
    query.prepare(sql);
    if (sql.contains(QLatin1Char('?')))
        query.addBindValue((*store)->station().id);
    return query.exec();
}

// The solidarity prices and free gifts a station's till offers (what its dialogs read).
core::Result<core::SolidarityPresets> presetsOf(const QString &db)
{
    core::SystemClock clock;
    auto store = core::Store::open(db, clock, QStringLiteral("presets-") + db);
    if (!store)
        return store.error();
    return core::Solidarity::sitePresets(**store);
}

// The administrator "Admin" sets the site's presets on an administration station, as the
// « Prix solidaires… » dialog does (Solidarity::setSitePresets: checked and audited).
core::Result<void> setPresets(const QString &db, const core::SolidarityPresets &presets)
{
    core::SystemClock clock;
    auto store = core::Store::open(db, clock, QStringLiteral("set-presets-") + db);
    if (!store)
        return store.error();
    QSqlQuery query((*store)->db().connection());
    query.prepare(QStringLiteral("SELECT id FROM app_user WHERE name = 'Admin'"));
    if (!query.exec() || !query.next())
        return core::makeError(core::ErrorCode::NotFound, QStringLiteral("no Admin"));
    const core::Actor admin{
        query.value(0).toString(), QStringLiteral("Admin"), core::Role::Admin, (*store)->site().id};
    query.finish();
    return core::Solidarity::setSitePresets(**store, admin, presets);
}

} // namespace

class TestSyncServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    WebDavServer m_server;
    QString m_url;

    QString db(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QString m_recoveryKey; // from the recovery kit init wrote for the shop

    CliRun cli(const QString &database, const QStringList &arguments, const QByteArray &input = {},
        const QList<QPair<QString, QString>> &environment = {}, const QStringList &stdinPins = {})
    {
        QProcessEnvironment env = cliEnvironment();
        for (const auto &[name, value] : environment)
            env.insert(name, value);
        return runCli(database, arguments, 600000, env, input, stdinPins);
    }

    // The administrator of CAISSE1 (PIN 123456), from the environment.
    CliRun asAdmin(const QStringList &arguments)
    {
        return cli(db("caisse1.sqlite"),
            arguments
                + QStringList{QStringLiteral("--user"), QStringLiteral("Admin"),
                    actorPin(QStringLiteral("123456"))});
    }

    // A new station joins as people do: the administrator makes a code on CAISSE1, the station
    // asks with it and waits (exit 75), the administrator approves, the station asks again.
    CliRun join(const QString &database, const QString &code, const QStringList &extra = {})
    {
        CliRun run = asAdmin({QStringLiteral("--json"), QStringLiteral("join-code")});
        if (!run.ok())
            return run;
        const QString joinCode =
            QJsonDocument::fromJson(run.out).object().value(QStringLiteral("code")).toString();
        const QStringList arguments =
            QStringList{QStringLiteral("join"), QStringLiteral("--station"), code} + extra
            + account();
        const QList<QPair<QString, QString>> environment{
            {QStringLiteral("RECAISSE_JOIN_CODE"), joinCode}};
        run = cli(database, arguments, password, environment);
        if (run.exitCode != 75 || !run.errText().contains(QLatin1String("waiting for approval"))
            || QFile::exists(database))
            return run;
        run = asAdmin({QStringLiteral("join-approve"), QStringLiteral("--station"), code});
        if (!run.ok())
            return run;
        return cli(database, arguments, password, environment);
    }

    // Camille opens a session now with a float of 50 €.
    static QStringList cashierOpensSession()
    {
        return {QStringLiteral("open-session"), QStringLiteral("--user"), QStringLiteral("Camille"),
            actorPin(QStringLiteral("1111")), QStringLiteral("--float"), QStringLiteral("50"),
            QStringLiteral("--confirm-date"), today()};
    }

    // A cashier's sale of 3 € in cash, in the session open on the station.
    static QStringList cashierSale()
    {
        return {QStringLiteral("sale"), QStringLiteral("--user"), QStringLiteral("Camille"),
            actorPin(QStringLiteral("1111")), QStringLiteral("--line"),
            QStringLiteral("textile.vetements:1:3"), QStringLiteral("--pay"),
            QStringLiteral("cash:3")};
    }

    // Joins the demo shop as of the day before `days` demo days, which it fills (not synced).
    CliRun joinWithDemo(const QString &database, const QString &code, int days, int seed)
    {
        return join(database, code,
            {QStringLiteral("--demo-days"), QString::number(days), QStringLiteral("--seed"),
                QString::number(seed)});
    }

    QStringList account() const
    {
        return {QStringLiteral("--url"), m_url, QStringLiteral("--user"), WebDavServer::user(),
            QStringLiteral("--password-stdin")};
    }

    // `sync account` and `restore`: --user is the drive's account, --admin who acts.
    static QStringList byAdmin()
    {
        return {
            QStringLiteral("--admin"), QStringLiteral("Admin"), actorPin(QStringLiteral("123456"))};
    }

    // Restores station code into database, the administrator's PIN and the drive's password on
    // standard input (--pins-stdin: the PIN line first).
    CliRun restore(const QString &database, const QString &code,
        const QString &admin = QStringLiteral("Admin"),
        const QString &pin = QStringLiteral("123456"))
    {
        return cli(database,
            QStringList{QStringLiteral("restore"), QStringLiteral("--from-webdav"),
                QStringLiteral("--station"), code, QStringLiteral("--admin"), admin,
                QStringLiteral("--pins-stdin")}
                + account(),
            pin.toUtf8() + '\n' + password,
            {{QStringLiteral("RECAISSE_RECOVERY_KEY"), m_recoveryKey}}, {pin});
    }

    QJsonObject status(const QString &database)
    {
        const CliRun run = cli(
            database, {QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("status")});
        return QJsonDocument::fromJson(run.out).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_url = m_server.url();
    }

    void threeStationsConverge()
    {
        const QString a = db("caisse1.sqlite"), b = db("caisse2.sqlite"), c = db("bureau.sqlite");
        const QString kit = db("kit.pdf");
        CliRun run = cli(a,
            {QStringLiteral("init"), QStringLiteral("--site"),
                QStringLiteral("Ressourcerie du Port"), QStringLiteral("--station"),
                QStringLiteral("CAISSE1"), QStringLiteral("--demo"),
                actorPin(QStringLiteral("123456")), QStringLiteral("--recovery-kit"), kit});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QVERIFY2(run.errText().contains(QLatin1String("print it")), qPrintable(run.describe()));
        QFile kitFile(kit);
        QVERIFY(kitFile.open(QIODevice::ReadOnly));
        const auto found = QRegularExpression(QStringLiteral("([A-Z2-7]{4}-){7}[A-Z2-7]{4}"))
                               .match(QString::fromLatin1(kitFile.readAll()));
        QVERIFY(found.hasMatch());
        m_recoveryKey = found.captured(0);
        // The demo people exist before the others join, so that everyone shares them.
        run = cli(a, {QStringLiteral("demo-data"), QStringLiteral("--days"), QStringLiteral("10")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        // Only an administrator sets the account up; an address carrying user:password@ is
        // refused, and its password is kept nowhere.
        run = cli(a,
            QStringList{QStringLiteral("sync"), QStringLiteral("account"),
                QStringLiteral("--admin"), QStringLiteral("Camille"),
                actorPin(QStringLiteral("1111"))}
                + account(),
            password);
        QVERIFY(!run.ok());
        QVERIFY2(
            run.errText().contains(QLatin1String("administrator")), qPrintable(run.describe()));
        QStringList withPassword = account();
        withPassword[1] =
            QString(m_url).replace(QLatin1String("://"), QLatin1String("://shop:s3cret@"));
        run = cli(a,
            QStringList{QStringLiteral("sync"), QStringLiteral("account")} + withPassword
                + byAdmin(),
            password);
        QVERIFY(!run.ok());
        QVERIFY2(run.errText().contains(QLatin1String("user:password@"))
                && !run.errText().contains(QLatin1String("s3cret")),
            qPrintable(run.describe()));
        QCOMPARE(status(a).value(QStringLiteral("configured")).toBool(), false);
        run = cli(a,
            QStringList{QStringLiteral("sync"), QStringLiteral("account")} + account() + byAdmin(),
            password);
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QFile file(a);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("s3cret"));
        run = cli(a, {QStringLiteral("sync"), QStringLiteral("now")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        // The recovery file made with the shop went out with its first sync, sealed.
        QVERIFY(QFileInfo::exists(m_server.rootDir() + QStringLiteral("/keys/recovery")));
        // The chain head went out with the sync: verify reads it back and compares the chain.
        run = cli(a, {QStringLiteral("verify")});
        QVERIFY2(run.ok() && run.outText().contains(QLatin1String("chain head of ")),
            qPrintable(run.describe()));
        // CAISSE2's first document is the configuration it applied on joining: its demo days
        // follow it, so it joins as of the day before them.
        run = joinWithDemo(b, QStringLiteral("CAISSE2"), 8, 7);
        QVERIFY2(run.ok() && run.outText().contains(QLatin1String("demo activity generated")),
            qPrintable(run.describe()));
        QCOMPARE(ownTotal(b,
                     "SELECT count(*) FROM document d JOIN technical_event t ON t.station_id = "
                     "d.station_id AND t.seq = d.seq WHERE d.seq = 1 AND t.kind = "
                     "'configuration' AND d.station_id = ?"),
            1);
        QVERIFY(ownTotal(b, "SELECT count(*) FROM sale WHERE station_id = ?") > 0);
        // Every demo day is a past day.
        QCOMPARE(ownTotal(b,
                     QStringLiteral("SELECT count(*) FROM document WHERE business_day >= '%1' AND "
                                    "station_id = ?")
                         .arg(today())
                         .toUtf8()
                         .constData()),
            0);
        run = join(
            c, QStringLiteral("BUREAU"), {QStringLiteral("--kind"), QStringLiteral("backoffice")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));

        // Same code twice: the request waits, the administrator cannot approve it, nothing is
        // created.
        run = join(db("dup.sqlite"), QStringLiteral("CAISSE1"));
        QVERIFY(!run.ok());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.errLines().first().contains(QLatin1String("already has a station")),
            qPrintable(run.describe()));
        QVERIFY(!QFile::exists(db("dup.sqlite")));
        run = asAdmin({QStringLiteral("join-refuse"), QStringLiteral("--station"),
            QStringLiteral("CAISSE1")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        run = asAdmin({QStringLiteral("--json"), QStringLiteral("join-requests")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QCOMPARE(QJsonDocument::fromJson(run.out)
                     .object()
                     .value(QStringLiteral("requests"))
                     .toArray()
                     .size(),
            0);

        // Any order, any number of times.
        for (const QString &path : {b, c, a, c, b, a, b, c, a}) {
            run = cli(path, {QStringLiteral("sync"), QStringLiteral("now")});
            QVERIFY2(run.ok(), qPrintable(run.describe()));
        }
        const QJsonObject statsA = statsOf(a), statsB = statsOf(b), statsC = statsOf(c);
        QCOMPARE(statsA, statsB);
        QCOMPARE(statsA, statsC);
        const char *salesSql =
            "SELECT coalesce(sum(total_cents), 0) FROM sale WHERE station_id = ?";
        QCOMPARE(statsA.value(QStringLiteral("sales_total_cents")).toInteger(),
            ownTotal(a, salesSql) + ownTotal(b, salesSql) + ownTotal(c, salesSql));
        QVERIFY(ownTotal(a, salesSql) > 0 && ownTotal(b, salesSql) > 0);
        for (const QString &path : {a, b, c}) {
            run = cli(path, {QStringLiteral("verify")});
            QVERIFY2(run.ok(), qPrintable(run.describe()));
            const QJsonObject s = status(path);
            QCOMPARE(s.value(QStringLiteral("pending_records")).toInteger(), 0);
            QVERIFY(!s.value(QStringLiteral("last_success_utc")).toString().isEmpty());
            // Every PIN hash the configuration brought is peppered with the shop's secret, which
            // came to the joined stations with the site key (their keychain).
            QCOMPARE(ownTotal(path,
                         "SELECT count(*) FROM app_user WHERE pin_hash NOT LIKE "
                         "'pbkdf2-sha256-pepper$%' AND ? IS NOT NULL"),
                0);
            QVERIFY(ownTotal(path, "SELECT count(*) FROM app_user WHERE ? IS NOT NULL") >= 4);
        }
        // The administrator's PIN, set on CAISSE1, opens on the joined register.
        run = cli(b,
            {QStringLiteral("register-mode"), QStringLiteral("off"), QStringLiteral("--user"),
                QStringLiteral("Admin"), actorPin(QStringLiteral("123456"))});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        run = cli(b,
            {QStringLiteral("register-mode"), QStringLiteral("off"), QStringLiteral("--user"),
                QStringLiteral("Admin"), actorPin(QStringLiteral("654321"))});
        QVERIFY(!run.ok());
        QVERIFY2(run.errText().contains(QLatin1String("Wrong PIN")), qPrintable(run.describe()));
    }

    // The administrator changes the till's solidarity prices on CAISSE1 (an administration
    // station); its sync publishes them in the signed configuration on the real drive, and
    // register CAISSE2 pulls and offers them. A configuration whose presets are not what an
    // administration station can set (a 150 % discount written into CAISSE1's database behind
    // the program's back) is refused by the register, which keeps offering the last valid ones.
    void solidarityPresetsTravel()
    {
        const QString a = db("caisse1.sqlite"), b = db("caisse2.sqlite"), c = db("bureau.sqlite");
        const auto syncNow = [this](const QString &path) {
            return cli(path, {QStringLiteral("sync"), QStringLiteral("now")});
        };
        // The other administrator, Dominique, made the station's latest change to the people
        // (adding a cashier), published: the presets that Admin sets next are still Admin's
        // change.
        CliRun run = cli(a,
            {QStringLiteral("user-add"), QStringLiteral("--user"), QStringLiteral("Dominique"),
                actorPin(QStringLiteral("666666")), QStringLiteral("--name"), QStringLiteral("Lou"),
                QStringLiteral("--role"), QStringLiteral("cashier"),
                newPin(QStringLiteral("1357"))});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        for (const QString &path : {a, b}) {
            run = syncNow(path);
            QVERIFY2(run.ok(), qPrintable(run.describe()));
        }
        QCOMPARE(
            ownTotal(b, "SELECT count(*) FROM app_user WHERE name = 'Lou' AND ? IS NOT NULL"), 1);

        core::SolidarityPresets mine;
        mine.discounts = {{core::DiscountKind::Percent, 3000, QStringLiteral("Carte solidarité")},
            {core::DiscountKind::Fixed, 200, QStringLiteral("Adhérent"), true}};
        mine.gifts = {QStringLiteral("Kit bébé"), QStringLiteral("Maraude")};
        QVERIFY(presetsOf(b).ok());
        QVERIFY(*presetsOf(b) != mine);
        const auto set = setPresets(a, mine);
        QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().message));
        for (const QString &path : {a, b}) {
            run = syncNow(path);
            QVERIFY2(run.ok(), qPrintable(run.describe()));
        }
        QCOMPARE(presetsOf(b).value(), mine);
        // Applied as Admin's change (not Dominique's), and said so in the register's audit trail.
        QCOMPARE(ownTotal(b,
                     "SELECT count(*) FROM audit_event e JOIN app_user u ON u.id = e.actor_id "
                     "WHERE e.action = 'config.apply' AND u.name = 'Admin' AND e.details LIKE "
                     "'%solidarity prices and free gifts changed%' AND e.station_id = ?"),
            1);

        // 150 % off, written straight into the administration station's database, goes out
        // with its next sync; the register refuses that configuration and keeps its presets.
        QVERIFY(ownExec(a,
            QStringLiteral("UPDATE site SET solidarity_presets = '{\"discounts\":[{\"reason\":"
                           "\"Tout gratuit\",\"kind\":\"percent\",\"value\":15000,"
                           "\"members_only\":false}],\"gifts\":[]}'")));
        run = syncNow(a);
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        const qint64 refusedBefore = ownTotal(b,
            "SELECT count(*) FROM audit_event WHERE action = 'sync.refused' AND ? "
            "IS NOT NULL");
        // The sync ends in that refusal (exit status 1, its one line), for a person to act.
        run = syncNow(b);
        QVERIFY2(!run.ok() && run.errText().contains(QLatin1String("invalid solidarity prices")),
            qPrintable(run.describe()));
        QCOMPARE(presetsOf(b).value(), mine);
        QCOMPARE(ownTotal(b,
                     "SELECT count(*) FROM audit_event WHERE action = 'sync.refused' AND ? "
                     "IS NOT NULL"),
            refusedBefore + 1);

        // Set right again on CAISSE1: every station takes the new version.
        core::SolidarityPresets repaired = mine;
        repaired.gifts.append(QStringLiteral("Kit étudiant"));
        QVERIFY(setPresets(a, repaired).ok());
        for (const QString &path : {a, b, c}) {
            run = syncNow(path);
            QVERIFY2(run.ok(), qPrintable(run.describe()));
        }
        QCOMPARE(presetsOf(b).value(), repaired);
        QCOMPARE(presetsOf(c).value(), repaired);
    }

    void restoreAStationFromTheDrive()
    {
        const QString b = db("caisse2.sqlite");
        // Backups and restores are an administrator's.
        CliRun run = cli(b,
            {QStringLiteral("backup"), QStringLiteral("now"), QStringLiteral("--user"),
                QStringLiteral("Camille"), actorPin(QStringLiteral("1111"))});
        QVERIFY(!run.ok());
        QVERIFY2(run.errText().contains(QLatin1String("not allowed")), qPrintable(run.describe()));
        run = cli(b,
            {QStringLiteral("backup"), QStringLiteral("now"), QStringLiteral("--user"),
                QStringLiteral("Admin"), actorPin(QStringLiteral("123456"))});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        // Activity after the backup, synced: it must come back from the journal segments. Made
        // now: demo days end yesterday, which CAISSE2's demo already reaches.
        run = cli(b, cashierOpensSession());
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        run = cli(b, cashierSale());
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        run = cli(b, {QStringLiteral("sync"), QStringLiteral("now")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        const QJsonObject before = statsOf(b);
        const char *lastSql = "SELECT max(seq) FROM document WHERE station_id = ?";
        const qint64 lastSeq = ownTotal(b, lastSql);

        core::Database::removeFiles(b);
        const QStringList restoreArguments =
            QStringList{QStringLiteral("restore"), QStringLiteral("--from-webdav"),
                QStringLiteral("--station"), QStringLiteral("CAISSE2"), QStringLiteral("--admin"),
                QStringLiteral("Admin"), QStringLiteral("--pins-stdin")}
            + account();
        const QByteArray adminInput = QByteArrayLiteral("123456\n") + password;
        // Without the recovery key, or with another one: refused, nothing written.
        run = cli(b, restoreArguments, adminInput, {}, {QStringLiteral("123456")});
        QVERIFY(!run.ok());
        QVERIFY2(run.errText().contains(QLatin1String("RECAISSE_RECOVERY_KEY")),
            qPrintable(run.describe()));
        run = cli(b, restoreArguments, adminInput,
            {{QStringLiteral("RECAISSE_RECOVERY_KEY"),
                QStringLiteral("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")}},
            {QStringLiteral("123456")});
        QVERIFY(!run.ok());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY(!QFile::exists(b));
        // A cashier of the shop, or a wrong PIN, restores nothing: no file is left.
        for (const auto &[name, pin] : {std::pair{"Camille", "1111"}, std::pair{"Admin", "9999"}}) {
            run = restore(
                b, QStringLiteral("CAISSE2"), QString::fromLatin1(name), QString::fromLatin1(pin));
            QVERIFY2(!run.ok() && run.errLines().size() == 1, qPrintable(run.describe()));
            QVERIFY(!QFile::exists(b));
        }
        run = restore(b, QStringLiteral("CAISSE2"));
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        run = cli(b, {QStringLiteral("verify")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        // Everything it had, then the restore itself: a technical event of its chain.
        QCOMPARE(ownTotal(b, lastSql), lastSeq + 1);
        QCOMPARE(ownTotal(b,
                     "SELECT count(*) FROM technical_event WHERE station_id = ? AND kind = "
                     "'restore'"),
            1);
        // Everything this station had is back; the next ticket number is a fresh one.
        const QJsonObject after = statsOf(b);
        for (const char *key : {"sales", "sales_total_cents", "refunds", "deposits"})
            QVERIFY2(after.value(QLatin1String(key)).toInteger()
                    >= before.value(QLatin1String(key)).toInteger(),
                key);
        // Everything restored counts as published; only the audit event of the account it set up
        // is new (the administrator's login, the restore and the station's new keys went out
        // with the new numbering series).
        run = cli(b, {QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("status")});
        QCOMPARE(QJsonDocument::fromJson(run.out)
                     .object()
                     .value(QStringLiteral("pending_records"))
                     .toInteger(),
            1);
        // The session opened before the loss is open again: the cashier sells on.
        run = cli(b, cashierSale());
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QCOMPARE(ownTotal(b, lastSql), lastSeq + 2);

        run = cli(b, {QStringLiteral("sync"), QStringLiteral("now")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        run = cli(db("bureau.sqlite"), {QStringLiteral("sync"), QStringLiteral("now")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        run = cli(db("bureau.sqlite"), {QStringLiteral("verify")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        // The back office learnt the restored register's new keys from the statement signed with
        // the recovery key (audited once), and took its sale made after the restore.
        QCOMPARE(ownTotal(db("bureau.sqlite"),
                     "SELECT count(*) FROM audit_event WHERE action = 'station.rekey' AND "
                     "station_id = ?"),
            1);
        QCOMPARE(ownTotal(db("bureau.sqlite"),
                     "SELECT max(d.seq) FROM document d JOIN station s ON s.id = d.station_id "
                     "WHERE s.code = 'CAISSE2' AND d.station_id <> ?"),
            lastSeq + 2);

        // Not a backup, or an existing file: refused, nothing written.
        run = restore(b, QStringLiteral("CAISSE2"));
        QVERIFY(!run.ok());
        QCOMPARE(run.errLines().size(), 1);
    }

    void aRegisterJoinsWithAMonthNotSynced()
    {
        // CAISSE5 joins the demo shop with 30 demo days, made after its first sync: a month not
        // synced yet, for killedDuringSyncLosesNothing(). It joins before CAISSE4's year is on
        // the drive, so that its first sync stays short.
        const QString e = db("caisse5.sqlite");
        CliRun run = joinWithDemo(e, QStringLiteral("CAISSE5"), 30, 5);
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QVERIFY(status(e).value(QStringLiteral("pending_records")).toInteger() > 500);
        run = cli(e, {QStringLiteral("verify")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
    }

    void restoreAYearWithoutABackup()
    {
        // A register with a year of activity, synced but never backed up, is lost: it comes back
        // from the shop's configuration and its whole journal.
        const QString y = db("caisse4.sqlite");
        CliRun run = joinWithDemo(y, QStringLiteral("CAISSE4"), 365, 4);
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        run = cli(y, {QStringLiteral("sync"), QStringLiteral("now")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        const char *salesSql =
            "SELECT coalesce(sum(total_cents), 0) FROM sale WHERE station_id = ?";
        const char *countSql = "SELECT count(*) FROM document WHERE station_id = ?";
        const char *lastSql = "SELECT max(seq) FROM document WHERE station_id = ?";
        const qint64 sales = ownTotal(y, salesSql), documents = ownTotal(y, countSql),
                     last = ownTotal(y, lastSql);
        QVERIFY(documents > 10000);

        core::Database::removeFiles(y);
        run = restore(y, QStringLiteral("CAISSE4"));
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        run = cli(y, {QStringLiteral("verify")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QCOMPARE(ownTotal(y, salesSql), sales);
        QCOMPARE(ownTotal(y, countSql), documents + 1); // and the restore's technical event
        run = cli(y,
            {QStringLiteral("open-session"), QStringLiteral("--user"), QStringLiteral("Léa"),
                actorPin(QStringLiteral("3333")), QStringLiteral("--float"), QStringLiteral("80"),
                QStringLiteral("--confirm-date"), today()});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QCOMPARE(ownTotal(y, lastSql), last + 2);
        run = cli(y, {QStringLiteral("sync"), QStringLiteral("now")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
    }

    void serverDownThenBack()
    {
        const QString c = db("caisse1.sqlite");
        // Something to push: a session opened and a sale made now (demo days end yesterday, and
        // CAISSE1's demo already reaches it).
        CliRun run =
            cli(c, {QStringLiteral("demo-data"), QStringLiteral("--days"), QStringLiteral("1")});
        QVERIFY2(run.ok() && run.outText().contains(QLatin1String("nothing added")),
            qPrintable(run.describe()));
        run = cli(c, cashierOpensSession());
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        run = cli(c, cashierSale());
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        m_server.stop();
        run = cli(c, {QStringLiteral("sync"), QStringLiteral("now")});
        QVERIFY(!run.ok());
        QCOMPARE(run.errLines().size(), 1);
        QJsonObject s = status(c);
        QVERIFY(s.value(QStringLiteral("pending_records")).toInteger() > 0);
        QVERIFY(!s.value(QStringLiteral("last_error")).toString().isEmpty());
        QCOMPARE(s.value(QStringLiteral("last_failure")).toString(), QStringLiteral("network"));
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_url = m_server.url();
        // The port may have changed: set the account again, as a manager would.
        run = cli(c,
            QStringList{QStringLiteral("sync"), QStringLiteral("account")} + account() + byAdmin(),
            password);
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        run = cli(c, {QStringLiteral("sync"), QStringLiteral("now")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        s = status(c);
        QCOMPARE(s.value(QStringLiteral("pending_records")).toInteger(), 0);
        QVERIFY(s.value(QStringLiteral("last_error")).toString().isEmpty());
    }

    void killedDuringSyncLosesNothing()
    {
        // A register with a month not yet synced (CAISSE5, aRegisterJoinsWithAMonthNotSynced()),
        // killed again and again while pushing; then a new station killed again
        // and again while pulling. Each record arrives exactly once.
        const QString a = db("caisse1.sqlite"), d = db("caisse3.sqlite"), e = db("caisse5.sqlite");
        // The server moved to another port in serverDownThenBack(): the manager re-enters it.
        CliRun run = cli(e,
            QStringList{QStringLiteral("sync"), QStringLiteral("account")} + account() + byAdmin(),
            password);
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        const auto killAfter = [this](const QString &database, int delayMs) {
            QProcess process;
            process.setProcessEnvironment(cliEnvironment());
            process.start(cliPath(),
                {QStringLiteral("--db"), database, QStringLiteral("sync"), QStringLiteral("now")});
            QVERIFY(process.waitForStarted(30000));
            process.closeWriteChannel();
            QTest::qWait(delayMs);
            process.kill();
            process.waitForFinished(30000);
        };
        for (int delay : {30, 80, 150, 250, 400})
            killAfter(e, delay);
        run = cli(e, {QStringLiteral("sync"), QStringLiteral("now")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        run = join(d, QStringLiteral("CAISSE3"));
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        // More on CAISSE1 (its session opened in serverDownThenBack is still open).
        run = cli(a, cashierSale());
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        run = cli(a, {QStringLiteral("sync"), QStringLiteral("now")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        for (int delay : {40, 120, 300})
            killAfter(d, delay);
        run = cli(d, {QStringLiteral("sync"), QStringLiteral("now")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        for (const QString &path : {a, d, e}) {
            run = cli(path, {QStringLiteral("verify")});
            QVERIFY2(run.ok(), qPrintable(run.describe()));
        }
        const char *salesSql =
            "SELECT coalesce(sum(total_cents), 0) FROM sale WHERE station_id = ?";
        const QJsonObject statsD = statsOf(d);
        // The server moved to another port in serverDownThenBack(): the manager re-enters it.
        run = cli(db("bureau.sqlite"),
            QStringList{QStringLiteral("sync"), QStringLiteral("account")} + account() + byAdmin(),
            password);
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        run = cli(db("bureau.sqlite"), {QStringLiteral("sync"), QStringLiteral("now")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QCOMPARE(statsD.value(QStringLiteral("journal_records")).toInteger() > 0, true);
        QVERIFY(ownTotal(a, salesSql) > 0);
        QCOMPARE(statsOf(db("bureau.sqlite")).value(QStringLiteral("sales_total_cents")),
            statsD.value(QStringLiteral("sales_total_cents")));
    }

    void membersTravelBetweenStations()
    {
        // A member registered at CAISSE1 (its session opened in serverDownThenBack() is still
        // open) gets the members' price at CAISSE3 once both synced; erased at CAISSE3, the
        // member is gone from every station; never readable on the drive.
        const QString a = db("caisse1.sqlite"), d = db("caisse3.sqlite"),
                      office = db("bureau.sqlite");
        const QStringList camille{
            QStringLiteral("--user"), QStringLiteral("Camille"), actorPin(QStringLiteral("1111"))};
        CliRun run = cli(a,
            QStringList{QStringLiteral("--json"), QStringLiteral("member"), QStringLiteral("add"),
                QStringLiteral("--name"), QStringLiteral("Zéphyrine Quenouille"),
                QStringLiteral("--contact"), QStringLiteral("zephyrine@example.org")}
                + camille);
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        const QString number =
            QJsonDocument::fromJson(run.out).object().value(QStringLiteral("number")).toString();
        QVERIFY(number.startsWith(QLatin1String("CAISSE1-")));
        run = cli(a,
            QStringList{QStringLiteral("member"), QStringLiteral("fee"), QStringLiteral("--member"),
                number, QStringLiteral("--amount"), QStringLiteral("12")}
                + camille);
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        run = cli(a, {QStringLiteral("sync"), QStringLiteral("now")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));

        run = cli(d, {QStringLiteral("sync"), QStringLiteral("now")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        run = cli(d, cashierOpensSession());
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        const QStringList memberSale =
            QStringList{QStringLiteral("sale"), QStringLiteral("--line"),
                QStringLiteral("textile.vetements:1:10"), QStringLiteral("--discount"),
                QStringLiteral("10%"), QStringLiteral("--discount-reason"),
                QStringLiteral("Adhérent"), QStringLiteral("--members-only"),
                QStringLiteral("--pay"), QStringLiteral("cash:9")}
            + camille;
        const char *salesSql = "SELECT count(*) FROM sale WHERE station_id = ?";
        const qint64 salesBefore = ownTotal(d, salesSql);
        // An unknown number, and no member for a members-only discount: refused, nothing written.
        run = cli(d, memberSale + QStringList{QStringLiteral("--member"), number + u'9'});
        QVERIFY(!run.ok());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.errText().contains(QLatin1String("No member")), qPrintable(run.describe()));
        run = cli(d, memberSale);
        QVERIFY(!run.ok());
        QVERIFY2(run.errText().contains(QLatin1String("for members")), qPrintable(run.describe()));
        QCOMPARE(ownTotal(d, salesSql), salesBefore);
        run = cli(d,
            QStringList{QStringLiteral("--json")} + memberSale
                + QStringList{QStringLiteral("--member"), number});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        const QJsonObject sold = QJsonDocument::fromJson(run.out)
                                     .object()
                                     .value(QStringLiteral("sales"))
                                     .toArray()
                                     .first()
                                     .toObject();
        QCOMPARE(sold.value(QStringLiteral("total_cents")).toInteger(), 900);
        QCOMPARE(sold.value(QStringLiteral("member")).toString(), number);
        run = cli(d,
            {QStringLiteral("--json"), QStringLiteral("member"), QStringLiteral("purchases"),
                QStringLiteral("--member"), number});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QCOMPARE(QJsonDocument::fromJson(run.out)
                     .object()
                     .value(QStringLiteral("net_cents"))
                     .toInteger(),
            900);

        // On the drive, the register went out sealed: no name, no contact in any file.
        const auto driveHolds = [this](const QByteArray &text) {
            QDirIterator files(
                m_server.rootDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text))
                    return true;
            }
            return false;
        };
        QVERIFY(!driveHolds(QStringLiteral("Quenouille").toUtf8()));
        QVERIFY(!driveHolds(QByteArrayLiteral("zephyrine@example.org")));

        // Erased at CAISSE3 by an administrator: gone everywhere once synced.
        run = cli(d,
            {QStringLiteral("member"), QStringLiteral("erase"), QStringLiteral("--member"), number,
                QStringLiteral("--user"), QStringLiteral("Admin"),
                actorPin(QStringLiteral("123456"))});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        for (const QString &path : {d, a, office, a}) {
            run = cli(path, {QStringLiteral("sync"), QStringLiteral("now")});
            QVERIFY2(run.ok(), qPrintable(run.describe()));
        }
        for (const QString &path : {a, d, office}) {
            run = cli(path,
                {QStringLiteral("--json"), QStringLiteral("member"), QStringLiteral("find"),
                    QStringLiteral("Quenouille")});
            QVERIFY2(run.ok(), qPrintable(run.describe()));
            QCOMPARE(QJsonDocument::fromJson(run.out)
                         .object()
                         .value(QStringLiteral("members"))
                         .toArray()
                         .size(),
                0);
            run = cli(path, {QStringLiteral("verify")});
            QVERIFY2(run.ok(), qPrintable(run.describe()));
            for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
                QFile file(path + suffix);
                if (file.open(QIODevice::ReadOnly))
                    QVERIFY2(!file.readAll().contains(QStringLiteral("Quenouille").toUtf8()),
                        qPrintable(path + suffix));
            }
        }
        // The ticket made for the member reached the back office with the member's number.
        QCOMPARE(ownTotal(office,
                     QStringLiteral("SELECT count(*) FROM sale WHERE member_number = '%1' AND "
                                    "station_id <> ?")
                         .arg(number)
                         .toUtf8()
                         .constData()),
            1);
    }

    void missingFolderIsCreatedOnRequest()
    {
        const QString station = db("folder.sqlite");
        CliRun run = cli(station,
            {QStringLiteral("init"), QStringLiteral("--site"), QStringLiteral("Ressourcerie Neuve"),
                QStringLiteral("--station"), QStringLiteral("CAISSE1"),
                actorPin(QStringLiteral("123456"))});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        const QStringList newAccount{QStringLiteral("--url"),
            m_url + QStringLiteral("Neuve/ReCaisse"), QStringLiteral("--user"),
            WebDavServer::user(), QStringLiteral("--password-stdin")};
        // Without the flag: refused, the folder is named and the flag suggested; nothing saved.
        run = cli(station,
            QStringList{QStringLiteral("sync"), QStringLiteral("account")} + newAccount + byAdmin(),
            password);
        QVERIFY(!run.ok());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.errLines().first().contains(QLatin1String("does not exist"))
                && run.errLines().first().contains(QLatin1String("--create-folder")),
            qPrintable(run.describe()));
        QVERIFY(!QFileInfo::exists(m_server.rootDir() + QStringLiteral("/Neuve")));
        QCOMPARE(status(station).value(QStringLiteral("configured")).toBool(), false);
        // With it: the folder and its parent are made, then the shop's folders inside.
        run = cli(station,
            QStringList{QStringLiteral("sync"), QStringLiteral("account")} + newAccount + byAdmin()
                + QStringList{QStringLiteral("--create-folder")},
            password);
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QVERIFY(QFileInfo(m_server.rootDir() + QStringLiteral("/Neuve/ReCaisse/config")).isDir());
        QCOMPARE(status(station).value(QStringLiteral("configured")).toBool(), true);
        run = cli(station, {QStringLiteral("sync"), QStringLiteral("now")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
    }

    void wrongPasswordIsACredentialsError()
    {
        const CliRun run = cli(db("wrong.sqlite"),
            QStringList{
                QStringLiteral("join"), QStringLiteral("--station"), QStringLiteral("CAISSE9")}
                + account(),
            "wrong\n", {{QStringLiteral("RECAISSE_JOIN_CODE"), QStringLiteral("ABCDE-FGHJK")}});
        QVERIFY(!run.ok());
        QVERIFY(run.exitCode != 75);
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY(!QFile::exists(db("wrong.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestSyncServer)
#include "tst_syncserver.moc"
