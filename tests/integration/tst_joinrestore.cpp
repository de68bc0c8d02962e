// A lost register restored onto a new computer through a join request an administrator approves
// (no recovery key), against a real Apache mod_dav on loopback, driven through recaisse-cli;
// passwords and keys in a real gnome-keyring (the test runs under with-keyring.sh). The refusals
// first (a station that does not exist, a forged approval), then the approved restore: the new
// computer never issues a number the lost one printed, and what the lost computer's key signs
// after the approval is refused. Then, in a shop of its own, the restore points listed through
// the join code once approved, and an older point chosen with --point.

#include "cliprocess.h"
#include "core/clock.h"
#include "core/crypto.h"
#include "core/database.h"
#include "core/store.h"
#include "stationfile.h"
#include "tests/support/webdavserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace recaisse;
using namespace recaisse::test;

namespace {

const QByteArray password = "s3cret\n";

// ownRows(), or the reason it failed as the only row.
QStringList rows(const QString &db, const char *sql)
{
    return ownRows(db, sql).value_or(QStringList{QStringLiteral("query failed on ") + db});
}

const char ownNumbers[] = "SELECT number FROM document WHERE station_id = ? ORDER BY seq";

} // namespace

class TestJoinRestore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    WebDavServer m_server;
    QString m_url; // the shop's folder on the drive
    QString m_adminDb; // its administration station, CAISSE1

    QString db(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    CliRun cli(const QString &database, const QStringList &arguments, const QByteArray &input = {},
        const QList<QPair<QString, QString>> &environment = {}, const QStringList &stdinPins = {})
    {
        QProcessEnvironment env = cliEnvironment();
        for (const auto &[name, value] : environment)
            env.insert(name, value);
        return runCli(database, arguments, 300000, env, input, stdinPins);
    }

    QStringList account() const
    {
        return {QStringLiteral("--url"), m_url, QStringLiteral("--user"), WebDavServer::user(),
            QStringLiteral("--password-stdin")};
    }

    // The administrator of CAISSE1 (PIN 123456), from the environment.
    CliRun asAdmin(const QStringList &arguments)
    {
        return cli(m_adminDb,
            arguments
                + QStringList{QStringLiteral("--user"), QStringLiteral("Admin"),
                    actorPin(QStringLiteral("123456"))});
    }

    QString joinCode()
    {
        const CliRun run = asAdmin({QStringLiteral("--json"), QStringLiteral("join-code")});
        return QJsonDocument::fromJson(run.out).object().value(QStringLiteral("code")).toString();
    }

    // The new computer asks to restore `code` into `database` with `joinCode`; the restoring
    // administrator's PIN and the drive's password on standard input.
    CliRun restore(const QString &database, const QString &code, const QString &joinCode,
        const QStringList &more = {})
    {
        return cli(database,
            QStringList{QStringLiteral("restore"), QStringLiteral("--from-webdav"),
                QStringLiteral("--station"), code, QStringLiteral("--admin"),
                QStringLiteral("Admin"), QStringLiteral("--pins-stdin")}
                + account() + more,
            QByteArrayLiteral("123456\n") + password,
            {{QStringLiteral("RECAISSE_JOIN_CODE"), joinCode}}, {QStringLiteral("123456")});
    }

    // The new computer lists the restore points of `code` through its request (kept beside
    // `database`), as JSON.
    CliRun listPoints(const QString &database, const QString &code, const QString &joinCode)
    {
        return cli(database,
            QStringList{QStringLiteral("--json"), QStringLiteral("restore"),
                QStringLiteral("--from-webdav"), QStringLiteral("--list-points"),
                QStringLiteral("--station"), code}
                + account(),
            password, {{QStringLiteral("RECAISSE_JOIN_CODE"), joinCode}});
    }

    // A shop at m_url (its folder created) whose administration station is m_adminDb, with
    // two days of demo activity, synced, and CAISSE2 joined into `caisse2`: the join waits for
    // approval (exit 75) until the administrator approves it.
    bool makeShop(const QString &caisse2, const QString &siteName)
    {
        const QString a = m_adminDb;
        const auto failed = [](const CliRun &run, const char *step) {
            qWarning() << step << run.describe();
            return false;
        };
        CliRun run = cli(a,
            {QStringLiteral("init"), QStringLiteral("--site"), siteName,
                QStringLiteral("--station"), QStringLiteral("CAISSE1"), QStringLiteral("--demo"),
                actorPin(QStringLiteral("123456")), QStringLiteral("--recovery-kit"),
                a + QStringLiteral(".kit.pdf")});
        if (!run.ok())
            return failed(run, "init");
        // Its people (the cashier Camille) come with the demo data.
        run = cli(a, {QStringLiteral("demo-data"), QStringLiteral("--days"), QStringLiteral("2")});
        if (!run.ok())
            return failed(run, "demo-data");
        run = cli(a,
            QStringList{QStringLiteral("sync"), QStringLiteral("account"),
                QStringLiteral("--admin"), QStringLiteral("Admin"),
                actorPin(QStringLiteral("123456")), QStringLiteral("--create-folder")}
                + account(),
            password);
        if (!run.ok())
            return failed(run, "sync account");
        run = cli(a, {QStringLiteral("sync"), QStringLiteral("now")});
        if (!run.ok())
            return failed(run, "sync now");
        const QStringList joinArguments =
            QStringList{
                QStringLiteral("join"), QStringLiteral("--station"), QStringLiteral("CAISSE2")}
            + account();
        const QList<QPair<QString, QString>> joinEnvironment{
            {QStringLiteral("RECAISSE_JOIN_CODE"), joinCode()}};
        run = cli(caisse2, joinArguments, password, joinEnvironment);
        if (run.exitCode != 75)
            return failed(run, "join before approval");
        run = asAdmin({QStringLiteral("join-approve"), QStringLiteral("--station"),
            QStringLiteral("CAISSE2")});
        if (!run.ok())
            return failed(run, "join-approve");
        run = cli(caisse2, joinArguments, password, joinEnvironment);
        return run.ok() || failed(run, "join once approved");
    }

    static QStringList opensSession()
    {
        return {QStringLiteral("open-session"), QStringLiteral("--user"), QStringLiteral("Camille"),
            actorPin(QStringLiteral("1111")), QStringLiteral("--float"), QStringLiteral("50"),
            QStringLiteral("--confirm-date"), today()};
    }

    static QStringList sale()
    {
        return {QStringLiteral("sale"), QStringLiteral("--user"), QStringLiteral("Camille"),
            actorPin(QStringLiteral("1111")), QStringLiteral("--line"),
            QStringLiteral("textile.vetements:1:3"), QStringLiteral("--pay"),
            QStringLiteral("cash:3")};
    }

    // The request id the new computer keeps beside its future station file.
    static QString keptRequest(const QString &database)
    {
        QFile file(database + QStringLiteral(".join"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll())
            .object()
            .value(QStringLiteral("request"))
            .toString();
    }

    qint64 auditCount(const QString &database, const char *action)
    {
        return rows(database,
            QStringLiteral("SELECT count(*) FROM audit_event WHERE action = '%1' AND ? IS NOT NULL")
                .arg(QLatin1String(action))
                .toUtf8()
                .constData())
            .value(0)
            .toLongLong();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_url = m_server.url();
        m_adminDb = db("caisse1.sqlite");
    }

    void aLostRegisterIsRestoredThroughAnApprovedJoin()
    {
        const QString a = m_adminDb, b = db("caisse2.sqlite");
        // CAISSE2 joins, sells, is backed up, sells again (synced), then prints a ticket it never
        // syncs, and is lost.
        QVERIFY(makeShop(b, QStringLiteral("Ressourcerie du Port")));
        CliRun run;
        for (const QStringList &step : {opensSession(), sale()}) {
            run = cli(b, step);
            QVERIFY2(run.ok(), qPrintable(run.describe()));
        }
        run = cli(b,
            {QStringLiteral("backup"), QStringLiteral("now"), QStringLiteral("--user"),
                QStringLiteral("Admin"), actorPin(QStringLiteral("123456"))});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        run = cli(b, sale());
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        run = cli(b, {QStringLiteral("sync"), QStringLiteral("now")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        run = cli(b, sale());
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        const QStringList printedOnTheLostPc = rows(b, ownNumbers);
        QVERIFY(printedOnTheLostPc.size() >= 4);
        const QString lost = db("lost-caisse2.sqlite");
        QVERIFY(QFile::rename(b, lost));
        run = cli(a, {QStringLiteral("sync"), QStringLiteral("now")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));

        // Without a join code or a recovery key: refused, nothing written.
        run = restore(db("new.sqlite"), QStringLiteral("CAISSE2"), QString());
        QVERIFY(!run.ok());
        QVERIFY2(run.errText().contains(QLatin1String("RECAISSE_JOIN_CODE")),
            qPrintable(run.describe()));

        // A restore asked for a station the shop does not have: the request waits, the
        // administrator cannot approve it, nothing changes.
        const QString ghost = db("ghost.sqlite");
        run = restore(ghost, QStringLiteral("CAISSE9"), joinCode());
        QCOMPARE(run.exitCode, 75);
        QVERIFY2(run.errText().contains(QLatin1String("be restored")), qPrintable(run.describe()));
        run = asAdmin({QStringLiteral("join-approve"), QStringLiteral("--station"),
            QStringLiteral("CAISSE9")});
        QVERIFY(!run.ok());
        QVERIFY2(run.errText().contains(QLatin1String("has no station CAISSE9")),
            qPrintable(run.describe()));
        run = asAdmin({QStringLiteral("join-refuse"), QStringLiteral("--station"),
            QStringLiteral("CAISSE9")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QVERIFY(!QFile::exists(ghost));

        // The new computer asks to restore CAISSE2.
        const QString restored = db("new.sqlite");
        const QString code = joinCode();
        run = restore(restored, QStringLiteral("CAISSE2"), code);
        QCOMPARE(run.exitCode, 75);
        QVERIFY(!QFile::exists(restored));
        // The same computer cannot turn it into a request for another station.
        run = restore(restored, QStringLiteral("CAISSE3"), code);
        QVERIFY(!run.ok() && run.exitCode != 75);
        QVERIFY2(
            run.errText().contains(QLatin1String("already asked")), qPrintable(run.describe()));

        // An approval forged on the drive (without the join code): refused, nothing written.
        const QString requestId = keptRequest(restored);
        QVERIFY(!requestId.isEmpty());
        const QString forgedPath =
            m_server.rootDir() + QStringLiteral("/join/%1.approval").arg(requestId);
        {
            const auto random = [](int size) {
                return QString::fromLatin1(core::crypto::Crypto::randomBytes(size).toBase64());
            };
            QFile forged(forgedPath);
            QVERIFY(forged.open(QIODevice::WriteOnly));
            forged.write(QJsonDocument(
                QJsonObject{{QStringLiteral("format"), QStringLiteral("recaisse-join-approval-1")},
                    {QStringLiteral("request"), requestId},
                    {QStringLiteral("site"), QStringLiteral("site")},
                    {QStringLiteral("station"),
                        QJsonDocument::fromJson([&] {
                            QFile kept(restored + QStringLiteral(".join"));
                            return kept.open(QIODevice::ReadOnly) ? kept.readAll() : QByteArray();
                        }())
                            .object()
                            .value(QStringLiteral("station"))},
                    {QStringLiteral("approver"), QStringLiteral("someone")},
                    {QStringLiteral("approved_utc"), QStringLiteral("2026-12-07T10:00:00Z")},
                    {QStringLiteral("restores"), QStringLiteral("someone")},
                    {QStringLiteral("wrapped_site_key"),
                        random(core::crypto::keyBytes + core::crypto::wrapOverhead)},
                    {QStringLiteral("mac"), random(32)},
                    {QStringLiteral("signature"), random(core::crypto::signatureBytes)}})
                             .toJson());
        }
        run = restore(restored, QStringLiteral("CAISSE2"), code);
        QVERIFY(!run.ok() && run.exitCode != 75);
        QVERIFY2(run.errText().contains(QLatin1String("not made for this station's request")),
            qPrintable(run.describe()));
        QVERIFY(!QFile::exists(restored));
        QVERIFY(QFile::remove(forgedPath));

        // The administrator sees a restore and approves it: CAISSE2's keys are the new
        // computer's from now on.
        run = asAdmin({QStringLiteral("--json"), QStringLiteral("join-requests")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        const QJsonArray requests =
            QJsonDocument::fromJson(run.out).object().value(QStringLiteral("requests")).toArray();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().toObject().value(QStringLiteral("restores")).toBool(), true);
        QVERIFY(requests.first()
                    .toObject()
                    .value(QStringLiteral("status"))
                    .toString()
                    .contains(QLatin1String("restored on a new computer")));
        run = asAdmin({QStringLiteral("join-approve"), QStringLiteral("--station"),
            QStringLiteral("CAISSE2")});
        QVERIFY2(
            run.ok() && run.outText().contains(QLatin1String("approved the restore of CAISSE2")),
            qPrintable(run.describe()));
        QCOMPARE(auditCount(a, "join.restore"), 1);
        QCOMPARE(auditCount(a, "station.rekey"), 1);
        // Approved twice: it is answered already.
        run = asAdmin({QStringLiteral("join-approve"), QStringLiteral("--station"),
            QStringLiteral("CAISSE2")});
        QVERIFY(!run.ok());
        QCOMPARE(auditCount(a, "station.rekey"), 1);
        const QByteArray approvalFile = [&] {
            QFile file(m_server.rootDir() + QStringLiteral("/join/%1.approval").arg(requestId));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        QVERIFY(!approvalFile.isEmpty());

        // The lost computer comes back (or its thief uses it): what its key signs now is refused
        // on pull, and never reaches the other stations.
        run = cli(lost, sale());
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        const QString signedAfter = rows(lost, ownNumbers).constLast();
        run = cli(lost, {QStringLiteral("sync"), QStringLiteral("now")});
        run = cli(a, {QStringLiteral("sync"), QStringLiteral("now")});
        QVERIFY(!run.ok());
        QVERIFY2(run.errText().contains(QLatin1String("signature does not match station CAISSE2")),
            qPrintable(run.describe()));
        QVERIFY(auditCount(a, "sync.refused") >= 1);
        const char *caisse2Numbers =
            "SELECT number FROM document d JOIN station s ON s.id = d.station_id WHERE s.code = "
            "'CAISSE2' AND d.station_id <> ?";
        QVERIFY(!rows(a, caisse2Numbers).contains(signedAfter));
        QVERIFY(!rows(a, caisse2Numbers).contains(printedOnTheLostPc.constLast()));

        // The new computer restores CAISSE2 from its backup and journal, in a new series.
        const QByteArray keptJoin = [&] {
            QFile file(restored + QStringLiteral(".join"));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        run = restore(restored, QStringLiteral("CAISSE2"), code);
        QVERIFY2(run.ok() && run.outText().contains(QLatin1String("restored CAISSE2")),
            qPrintable(run.describe()));
        QVERIFY(!QFile::exists(restored + QStringLiteral(".join")));
        run = cli(restored, {QStringLiteral("verify")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QCOMPARE(rows(restored,
                     "SELECT count(*) FROM technical_event WHERE station_id = ? AND kind = "
                     "'restore'")
                     .value(0),
            QStringLiteral("1"));
        // Everything synced came back; the ticket printed but never synced did not.
        const QStringList back = rows(restored, ownNumbers);
        QCOMPARE(back.mid(0, printedOnTheLostPc.size() - 1),
            printedOnTheLostPc.mid(0, printedOnTheLostPc.size() - 1));
        // The cashier sells on: the number is one the lost computer never printed.
        run = cli(restored, sale());
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        const QString next = rows(restored, ownNumbers).constLast();
        QVERIFY2(!printedOnTheLostPc.contains(next), qPrintable(next));
        QVERIFY(!back.contains(next));
        run = cli(restored, {QStringLiteral("sync"), QStringLiteral("now")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        // CAISSE1 reads the restored station's segments; the lost computer's segment that
        // starts at the same record stays refused (and audited) whenever it is read.
        run = cli(a, {QStringLiteral("sync"), QStringLiteral("now")});
        QVERIFY2(run.ok() || run.errText().contains(QLatin1String("refused"), Qt::CaseInsensitive),
            qPrintable(run.describe()));
        run = cli(a, {QStringLiteral("verify")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        // CAISSE1 holds the restored station's sale, made with its new keys.
        QVERIFY(rows(a,
            "SELECT number FROM document d JOIN station s ON s.id = d.station_id WHERE s.code = "
            "'CAISSE2' AND d.station_id <> ?")
                    .contains(next));

        // The same approval used again (put back on the drive, the request kept again): refused,
        // nothing written.
        const QString twice = db("twice.sqlite");
        {
            QFile approval(m_server.rootDir() + QStringLiteral("/join/%1.approval").arg(requestId));
            QVERIFY(approval.open(QIODevice::WriteOnly));
            approval.write(approvalFile);
            QFile kept(twice + QStringLiteral(".join"));
            QVERIFY(kept.open(QIODevice::WriteOnly));
            kept.write(keptJoin);
        }
        run = restore(twice, QStringLiteral("CAISSE2"), code);
        QVERIFY(!run.ok() && run.exitCode != 75);
        QVERIFY2(run.errText().contains(QLatin1String("already restored with this approval")),
            qPrintable(run.describe()));
        QVERIFY(!QFile::exists(twice));
    }

    void aRestorePointIsChosenThroughAnApprovedJoin()
    {
        // A shop of its own, in another folder of the drive.
        m_url = m_server.url() + QStringLiteral("points/");
        m_adminDb = db("points-caisse1.sqlite");
        const QString b = db("points-caisse2.sqlite");
        QVERIFY(makeShop(b, QStringLiteral("Ressourcerie des Points")));

        // CAISSE2 sells and syncs, is backed up (point A), sells once more without syncing and
        // is backed up again (point B), then is lost. A shop keeps one point a day: A is put
        // back as it was after B replaced it, as if they had been made on two days.
        for (const QStringList &step : {opensSession(), sale()}) {
            const CliRun run = cli(b, step);
            QVERIFY2(run.ok(), qPrintable(run.describe()));
        }
        CliRun run = cli(b, {QStringLiteral("sync"), QStringLiteral("now")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        const QStringList backupNow{QStringLiteral("backup"), QStringLiteral("now"),
            QStringLiteral("--user"), QStringLiteral("Admin"), actorPin(QStringLiteral("123456"))};
        run = cli(b, backupNow);
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        const QStringList atPointA = rows(b, ownNumbers);
        QVERIFY(atPointA.size() >= 2); // the session's opening and the sale
        const QDir backups(m_server.rootDir() + QStringLiteral("/points/backups/")
            + rows(b, "SELECT id FROM station WHERE id = ?").value(0));
        const QStringList pointFiles = backups.entryList({QStringLiteral("*.point")}, QDir::Files);
        QCOMPARE(pointFiles.size(), 1);
        const QString pointA = pointFiles.first();
        const QByteArray pointAFile = [&] {
            QFile file(backups.filePath(pointA));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        QVERIFY(!pointAFile.isEmpty());
        QTest::qSleep(1100); // point names are to the second
        run = cli(b, sale());
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        run = cli(b, backupNow);
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        const QStringList atPointB = rows(b, ownNumbers);
        QCOMPARE(atPointB.size(), atPointA.size() + 1);
        QVERIFY(!backups.exists(pointA));
        {
            QFile file(backups.filePath(pointA));
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(pointAFile), pointAFile.size());
        }
        QVERIFY(QFile::rename(b, db("points-lost.sqlite")));

        // The new computer asks to see the restore points with a join code: not before an
        // administrator approved its request.
        const QString restored = db("points-new.sqlite");
        const QString code = joinCode();
        run = listPoints(restored, QStringLiteral("CAISSE2"), code);
        QCOMPARE(run.exitCode, 75);
        QVERIFY2(run.errText().contains(QLatin1String("waiting for approval"))
                && run.errText().contains(
                    QLatin1String("its restore points can be listed once an administrator")),
            qPrintable(run.describe()));
        QVERIFY(!QFile::exists(restored));
        run = asAdmin({QStringLiteral("join-approve"), QStringLiteral("--station"),
            QStringLiteral("CAISSE2")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));

        // Approved: both points, newest first, with the documents a restore from each brings
        // back: B's sale never reached the drive (not synced, and B starts from A's snapshot), so
        // B counts what A does, not what CAISSE2 held.
        run = listPoints(restored, QStringLiteral("CAISSE2"), code);
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        const QJsonArray points =
            QJsonDocument::fromJson(run.out).object().value(QStringLiteral("points")).toArray();
        QCOMPARE(points.size(), 2);
        QVERIFY(points.at(0).toObject().value(QStringLiteral("name")).toString() != pointA);
        QCOMPARE(points.at(0).toObject().value(QStringLiteral("documents")).toInteger(),
            qint64(atPointA.size()));
        QCOMPARE(points.at(1).toObject().value(QStringLiteral("name")).toString(), pointA);
        QCOMPARE(points.at(1).toObject().value(QStringLiteral("documents")).toInteger(),
            qint64(atPointA.size()));
        QVERIFY(!QFile::exists(restored));

        // A point the drive does not have: nothing restored, the approval still serves.
        run = restore(restored, QStringLiteral("CAISSE2"), code,
            {QStringLiteral("--point"),
                QStringLiteral("20260101T000000Z-j0000000001-b20260101T000000Z.point")});
        QVERIFY(!run.ok() && run.exitCode != 75);
        QVERIFY2(
            run.errText().contains(QLatin1String("No restore point")), qPrintable(run.describe()));
        QVERIFY(!QFile::exists(restored));

        // Point A: exactly the documents CAISSE2 had then, in order (the sale after it never
        // reached the drive), and the one the restore makes to open its new numbering series.
        run =
            restore(restored, QStringLiteral("CAISSE2"), code, {QStringLiteral("--point"), pointA});
        QVERIFY2(run.ok() && run.outText().contains(QLatin1String("restored CAISSE2")),
            qPrintable(run.describe()));
        const QStringList back = rows(restored, ownNumbers);
        QCOMPARE(back.size(), atPointA.size() + 1);
        QCOMPARE(back.mid(0, atPointA.size()), atPointA);
        QVERIFY2(!atPointB.contains(back.constLast()), qPrintable(back.constLast()));
        run = cli(restored, {QStringLiteral("verify")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
    }
};

QTEST_GUILESS_MAIN(TestJoinRestore)
#include "tst_joinrestore.moc"
