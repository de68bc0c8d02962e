// Someone with a SQLite shell drops an immutability trigger and alters the data: `recaisse-cli
// verify` must notice, fail, and name what was altered.

#include "cliprocess.h"
#include "core/clock.h"
#include "core/store.h"
#include "core/sync/chainhead.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <functional>

using namespace recaisse::test;

namespace {

// Opens path with Qt's SQLite driver, runs body, closes the connection.
bool withSqlite(const QString &path, const std::function<bool(QSqlDatabase &)> &body)
{
    const QString name =
        QStringLiteral("tamper-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open())
            ok = body(db);
        else
            qWarning() << "cannot open" << path << db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    else
        qWarning().noquote() << "statement failed:" << sql << query.lastError().text();
    return false;
}

QVariantList row(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    QVariantList values;
    if (!query.exec(sql) || !query.next()) {
        qWarning().noquote() << "no row for:" << sql << query.lastError().text();
        return values;
    }
    for (int i = 0; i < query.record().count(); ++i)
        values << query.value(i);
    return values;
}

QString sq(const QVariant &value)
{
    return QStringLiteral("'%1'").arg(
        value.toString().replace(QLatin1Char('\''), QStringLiteral("''")));
}

} // namespace

class TestTamper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pristineCopyVerifies();
    void triggersRefuseChanges();
    void alteredSaleLinePrice();
    void deletedPayment();
    void alteredAuditAction();
    void droppedTrigger();
    void closingWithChangedTotals();
    void documentDatedBeforeItsPredecessor();
    void fiscalArchiveVerifiesAndRefusesAChangedByte();
    void deletedTailFailsAgainstThePublishedHead();

private:
    // A fresh copy of the demo database, in its own file.
    QString copy(const QString &name);
    // verify must fail and print a problem line containing every needle.
    void expectDetected(const QString &db, const QStringList &needles);

    QTemporaryDir m_dir;
    QString m_pristine;
};

void TestTamper::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pristine = m_dir.filePath(QStringLiteral("pristine.sqlite"));
    const CliRun init = runCli(m_pristine,
        {QStringLiteral("init"), QStringLiteral("--site"), QStringLiteral("Ressourcerie témoin"),
            QStringLiteral("--station"), QStringLiteral("CAISSE1"), QStringLiteral("--demo"),
            actorPin(QStringLiteral("123456"))});
    QVERIFY2(init.ok(), qPrintable(init.describe()));
    // A week: the demo closes a day when the next open day starts and the shop is closed on
    // Sundays and Mondays, so three days before a Tuesday held one open day and no closing.
    const CliRun demo = runCli(
        m_pristine, {QStringLiteral("demo-data"), QStringLiteral("--days"), QStringLiteral("7")});
    QVERIFY2(demo.ok(), qPrintable(demo.describe()));
    QString failure;
    const QJsonObject stats = statsOf(m_pristine, &failure);
    QVERIFY2(!stats.isEmpty(), qPrintable(failure));
    QVERIFY(stats.value(QStringLiteral("sales")).toInteger() > 0);
    QVERIFY(stats.value(QStringLiteral("audit_events")).toInteger() > 0);
}

QString TestTamper::copy(const QString &name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".sqlite"));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    if (!QFile::copy(m_pristine, path))
        return {};
    if (QFile::exists(m_pristine + QStringLiteral("-wal")))
        QFile::copy(m_pristine + QStringLiteral("-wal"), path + QStringLiteral("-wal"));
    return path;
}

void TestTamper::expectDetected(const QString &db, const QStringList &needles)
{
    const CliRun verify = runCli(db, {QStringLiteral("verify")});
    QVERIFY2(verify.finished && !verify.crashed, qPrintable(verify.describe()));
    QVERIFY2(verify.exitCode != 0,
        qPrintable(QStringLiteral("verify accepted a tampered database: ") + verify.describe()));
    QCOMPARE(verify.errLines().size(), 1);
    const QStringList lines = verify.outText().split(QLatin1Char('\n'));
    bool found = false;
    for (const QString &line : lines) {
        bool all = !line.isEmpty();
        for (const QString &needle : needles)
            all = all && line.contains(needle);
        found = found || all;
    }
    QVERIFY2(found,
        qPrintable(QStringLiteral("no line names %1 in: %2")
                       .arg(needles.join(QLatin1String(" + ")), verify.outText().left(2000))));

    // --json says the same.
    const CliRun json = runCli(db, {QStringLiteral("--json"), QStringLiteral("verify")});
    QVERIFY(json.exitCode != 0);
    const QJsonObject report = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(report.value(QStringLiteral("intact")).toBool(true), false);
    QVERIFY(!report.value(QStringLiteral("problems")).toArray().isEmpty());
}

void TestTamper::pristineCopyVerifies()
{
    const QString db = copy(QStringLiteral("untouched"));
    QVERIFY(!db.isEmpty());
    const CliRun verify = runCli(db, {QStringLiteral("verify")});
    QVERIFY2(verify.ok(), qPrintable(verify.describe()));
    QVERIFY(verify.outText().contains(QLatin1String("intact")));
    QVERIFY(verify.err.isEmpty());
}

void TestTamper::triggersRefuseChanges()
{
    const QString db = copy(QStringLiteral("triggers"));
    QVERIFY(!db.isEmpty());
    QVERIFY(withSqlite(db, [](QSqlDatabase &sql) {
        QString error;
        const bool updated =
            exec(sql, QStringLiteral("UPDATE sale_line SET unit_price_cents = 1"), &error);
        const bool deleted = exec(sql, QStringLiteral("DELETE FROM payment"), &error);
        const bool audited =
            exec(sql, QStringLiteral("UPDATE audit_event SET action = 'x'"), &error);
        const bool documents = exec(sql, QStringLiteral("DELETE FROM document"), &error);
        if (updated || deleted || audited || documents)
            qWarning() << "a finalised row could be changed";
        return !updated && !deleted && !audited && !documents
            && error.contains(QLatin1String("immutable"));
    }));
    const CliRun verify = runCli(db, {QStringLiteral("verify")});
    QVERIFY2(verify.ok(), qPrintable(verify.describe()));
}

void TestTamper::alteredSaleLinePrice()
{
    const QString db = copy(QStringLiteral("price"));
    QVERIFY(!db.isEmpty());
    QString number;
    QVERIFY(withSqlite(db, [&number](QSqlDatabase &sql) {
        // A line in the middle of the day, not the last document.
        const QVariantList line = row(sql,
            QStringLiteral(
                "SELECT l.station_id, l.seq, l.line_no, d.number FROM sale_line l JOIN document d "
                "ON "
                "d.station_id = l.station_id AND d.seq = l.seq ORDER BY l.seq LIMIT 1 OFFSET "
                "(SELECT count(*) / 2 FROM sale_line)"));
        if (line.size() != 4)
            return false;
        number = line.at(3).toString();
        return exec(sql, QStringLiteral("DROP TRIGGER sale_line_no_update"))
            && exec(sql,
                QStringLiteral("UPDATE sale_line SET unit_price_cents = unit_price_cents "
                               "+ 100, total_cents = total_cents + 100 * quantity WHERE "
                               "station_id = %1 AND seq = %2 AND line_no = %3")
                    .arg(sq(line.at(0)))
                    .arg(line.at(1).toLongLong())
                    .arg(line.at(2).toLongLong()));
    }));
    QVERIFY(!number.isEmpty());
    qInfo().noquote() << "altered a line of" << number;
    expectDetected(db, {number});
}

void TestTamper::deletedPayment()
{
    const QString db = copy(QStringLiteral("payment"));
    QVERIFY(!db.isEmpty());
    QString number;
    QVERIFY(withSqlite(db, [&number](QSqlDatabase &sql) {
        const QVariantList payment = row(sql,
            QStringLiteral(
                "SELECT p.station_id, p.seq, p.line_no, d.number FROM payment p JOIN document d ON "
                "d.station_id = p.station_id AND d.seq = p.seq ORDER BY p.seq LIMIT 1 OFFSET "
                "(SELECT count(*) / 3 FROM payment)"));
        if (payment.size() != 4)
            return false;
        number = payment.at(3).toString();
        return exec(sql, QStringLiteral("DROP TRIGGER payment_no_delete"))
            && exec(sql,
                QStringLiteral("DELETE FROM payment WHERE station_id = %1 AND seq = %2 "
                               "AND line_no = %3")
                    .arg(sq(payment.at(0)))
                    .arg(payment.at(1).toLongLong())
                    .arg(payment.at(2).toLongLong()));
    }));
    QVERIFY(!number.isEmpty());
    qInfo().noquote() << "deleted a payment of" << number;
    expectDetected(db, {number});
}

void TestTamper::alteredAuditAction()
{
    const QString db = copy(QStringLiteral("audit"));
    QVERIFY(!db.isEmpty());
    qint64 seq = 0;
    QVERIFY(withSqlite(db, [&seq](QSqlDatabase &sql) {
        const QVariantList event = row(sql,
            QStringLiteral(
                "SELECT station_id, seq, action FROM audit_event ORDER BY station_id, seq LIMIT 1 "
                "OFFSET (SELECT count(*) / 2 FROM audit_event)"));
        if (event.size() != 3)
            return false;
        seq = event.at(1).toLongLong();
        return exec(sql, QStringLiteral("DROP TRIGGER audit_event_no_update"))
            && exec(sql,
                QStringLiteral("UPDATE audit_event SET action = 'tampered.action' WHERE "
                               "station_id = %1 AND seq = %2")
                    .arg(sq(event.at(0)))
                    .arg(seq));
    }));
    QVERIFY(seq > 0);
    expectDetected(
        db, {QStringLiteral("audit event %1 ").arg(seq), QStringLiteral("tampered.action")});
}

void TestTamper::droppedTrigger()
{
    const QString db = copy(QStringLiteral("trigger"));
    QVERIFY(!db.isEmpty());
    QVERIFY(withSqlite(db, [](QSqlDatabase &sql) {
        return exec(sql, QStringLiteral("DROP TRIGGER document_no_update"));
    }));
    expectDetected(db, {QStringLiteral("schema: trigger document_no_update is missing")});
}

void TestTamper::closingWithChangedTotals()
{
    const QString db = copy(QStringLiteral("closing"));
    QVERIFY(!db.isEmpty());
    QString number;
    QVERIFY(withSqlite(db, [&number](QSqlDatabase &sql) {
        // The demo's days were closed by the program itself, after each session close.
        const QVariantList closing = row(sql,
            QStringLiteral("SELECT c.seq, d.number FROM closing c JOIN document d ON d.station_id "
                           "= c.station_id AND d.seq = c.seq ORDER BY c.seq LIMIT 1"));
        if (closing.size() != 2)
            return false;
        number = closing.at(1).toString();
        return exec(sql, QStringLiteral("DROP TRIGGER closing_no_update"))
            && exec(sql,
                QStringLiteral("UPDATE closing SET sales_total_cents = sales_total_cents - 500 "
                               "WHERE seq = %1")
                    .arg(closing.at(0).toLongLong()));
    }));
    expectDetected(db, {number, QStringLiteral("sales_total_cents is")});
}

void TestTamper::documentDatedBeforeItsPredecessor()
{
    const QString db = copy(QStringLiteral("clock"));
    QVERIFY(!db.isEmpty());
    QString number;
    QVERIFY(withSqlite(db, [&number](QSqlDatabase &sql) {
        // The last sale, dated as a PC whose clock fell back to 2009 would have.
        const QVariantList sale = row(sql,
            QStringLiteral("SELECT seq, number FROM document WHERE kind = 'sale' ORDER BY seq DESC "
                           "LIMIT 1"));
        if (sale.size() != 2)
            return false;
        number = sale.at(1).toString();
        return exec(sql, QStringLiteral("DROP TRIGGER document_no_update"))
            && exec(sql,
                QStringLiteral("UPDATE document SET created_utc = '2009-01-01T00:00:00.000Z', "
                               "business_day = '2009-01-01' WHERE seq = %1")
                    .arg(sale.at(0).toLongLong()));
    }));
    expectDetected(db, {number, QStringLiteral("dated 2009-01-01T00:00:00.000Z, before")});
}

void TestTamper::fiscalArchiveVerifiesAndRefusesAChangedByte()
{
    const QString db = copy(QStringLiteral("archive"));
    QVERIFY(!db.isEmpty());
    const QString archive = m_dir.filePath(QStringLiteral("archive.tar"));
    QFile::remove(archive);
    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("RECAISSE_PIN"), QStringLiteral("123456"));
    const CliRun written = runCli(db,
        {QStringLiteral("archive"), QStringLiteral("--user"), QStringLiteral("Admin"),
            QStringLiteral("--from"), QStringLiteral("2000-01-01"), QStringLiteral("--to"),
            QStringLiteral("2100-12-31"), QStringLiteral("--out"), archive},
        120000, env);
    QVERIFY2(written.ok(), qPrintable(written.describe()));
    const CliRun verified = runCli(QString(),
        {QStringLiteral("--json"), QStringLiteral("archive"), QStringLiteral("verify"), archive});
    QVERIFY2(verified.ok(), qPrintable(verified.describe()));
    const QJsonObject summary = QJsonDocument::fromJson(verified.out).object();
    QCOMPARE(summary.value(QStringLiteral("intact")).toBool(), true);
    QVERIFY(summary.value(QStringLiteral("documents")).toInteger() > 10);
    QVERIFY(summary.value(QStringLiteral("closings")).toInteger() > 0);

    QFile file(archive);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(1500));
    char byte = 0;
    QVERIFY(file.getChar(&byte));
    QVERIFY(file.seek(1500));
    QVERIFY(file.putChar(char(byte ^ 0x20)));
    file.close();
    const CliRun refused =
        runCli(QString(), {QStringLiteral("archive"), QStringLiteral("verify"), archive});
    QVERIFY(refused.exitCode != 0);
    QCOMPARE(refused.errLines().size(), 1);
}

// The station published its chain head (here written to a file, as downloaded from the drive);
// then the last documents were deleted and the triggers put back: the file alone verifies, the
// head says what is missing.
void TestTamper::deletedTailFailsAgainstThePublishedHead()
{
    const QString db = copy(QStringLiteral("tail"));
    QVERIFY(!db.isEmpty());
    const QString headFile = m_dir.filePath(QStringLiteral("head.json"));
    qint64 last = 0;
    {
        recaisse::core::ManualClock clock(QDateTime::currentDateTimeUtc());
        auto store = recaisse::core::Store::open(db, clock);
        QVERIFY2(store.ok(), qPrintable(store.error().message));
        const auto head = recaisse::core::sync::ChainHead::current(**store);
        QVERIFY(head.ok());
        last = head->lastSeq;
        QFile file(headFile);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(head->toJson());
    }
    const CliRun before =
        runCli(db, {QStringLiteral("verify"), QStringLiteral("--head"), headFile});
    QVERIFY2(before.ok(), qPrintable(before.describe()));

    QVERIFY(withSqlite(db, [last](QSqlDatabase &sql) {
        QStringList statements;
        QVariantList triggers;
        QSqlQuery query(sql);
        if (!query.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                                       "name LIKE '%_no_delete'")))
            return false;
        while (query.next())
            triggers << query.value(0);
        query.finish();
        if (!exec(sql, QStringLiteral("PRAGMA foreign_keys = OFF")))
            return false;
        for (const QVariant &trigger : std::as_const(triggers)) {
            const QString name = trigger.toString().section(QLatin1Char(' '), 2, 2);
            if (!exec(sql, QStringLiteral("DROP TRIGGER ") + name))
                return false;
        }
        // The last document, its rows in every table, and its journal entry.
        QSqlQuery tables(sql);
        if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                        "sql LIKE '%seq INTEGER NOT NULL%' AND name NOT IN "
                                        "('journal', 'audit_event') AND name NOT LIKE 'sync%'")))
            return false;
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        tables.finish();
        for (const QString &table : std::as_const(names)) {
            if (!exec(sql, QStringLiteral("DELETE FROM %1 WHERE seq = %2").arg(table).arg(last)))
                return false;
        }
        // The journal from that document on: the audit events written after it go too.
        const QString from =
            QStringLiteral("(SELECT seq FROM journal WHERE kind = 'document' AND ref_seq = %1)")
                .arg(last);
        if (!exec(sql,
                QStringLiteral("DELETE FROM audit_event WHERE seq IN (SELECT ref_seq FROM journal "
                               "WHERE kind = 'audit' AND seq > %1)")
                    .arg(from))
            || !exec(sql, QStringLiteral("DELETE FROM journal WHERE seq >= %1").arg(from)))
            return false;
        for (const QVariant &trigger : std::as_const(triggers)) {
            if (!exec(sql, trigger.toString()))
                return false;
        }
        return true;
    }));
    const CliRun alone = runCli(db, {QStringLiteral("verify")});
    QVERIFY2(alone.ok(), qPrintable(alone.describe()));
    const CliRun against =
        runCli(db, {QStringLiteral("verify"), QStringLiteral("--head"), headFile});
    QVERIFY(against.exitCode != 0);
    QVERIFY2(against.outText().contains(
                 QStringLiteral("documents: the chain ends at %1 but %2 were published")
                     .arg(last - 1)
                     .arg(last)),
        qPrintable(against.describe()));
}

QTEST_GUILESS_MAIN(TestTamper)
#include "tst_tamper.moc"
