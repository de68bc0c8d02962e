// recaisse-cli export and schedule, driven as a script or the OS scheduler would.

#include "cliprocess.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace recaisse::test;

namespace {

QStringList admin()
{
    return {QStringLiteral("--user"), QStringLiteral("Admin"), actorPin(QStringLiteral("123456"))};
}

QString currentQuarter()
{
    const QDate today = QDate::currentDate();
    return QStringLiteral("%1-Q%2").arg(today.year()).arg((today.month() - 1) / 3 + 1);
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportPrintsTheArchivedFile();
    void validateAcceptsAndRefuses();
    void badPeriodsAreOneLine_data();
    void badPeriodsAreOneLine();
    void unwritableOutWritesNothing();
    void schedules();
    void helpListsTheCommands();

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_file;
};

void TestCliExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("station.sqlite"));
    const CliRun init = runCli(m_db,
        {QStringLiteral("init"), QStringLiteral("--site"), QStringLiteral("Ressourcerie du Lac"),
            QStringLiteral("--station"), QStringLiteral("ACCUEIL"), QStringLiteral("--kind"),
            QStringLiteral("reception"), actorPin(QStringLiteral("123456"))});
    QVERIFY2(init.ok(), qPrintable(init.describe()));
    const CliRun deposit = runCli(m_db,
        QStringList{QStringLiteral("deposit"), QStringLiteral("--line"),
            QStringLiteral("eee.ecran:9,5:shop:voluntary"), QStringLiteral("--line"),
            QStringLiteral("eee.lampe:1,25:recycling:partner-waste-centre:2")}
            + admin());
    QVERIFY2(deposit.ok(), qPrintable(deposit.describe()));
}

void TestCliExport::exportPrintsTheArchivedFile()
{
    const QString out = m_dir.filePath(QStringLiteral("archive"));
    const CliRun run = runCli(m_db,
        QStringList{QStringLiteral("export"), QStringLiteral("ecologic"),
            QStringLiteral("--quarter"), currentQuarter(), QStringLiteral("--out"), out}
            + admin());
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    m_file = run.outText().trimmed();
    QVERIFY2(QFileInfo(m_file).isAbsolute(), qPrintable(m_file));
    QVERIFY(QFile::exists(m_file));
    QVERIFY(m_file.endsWith(QStringLiteral("_v1.csv")));
    QVERIFY(
        QFileInfo(m_file).fileName().startsWith(QStringLiteral("ecologic_ressourcerie-du-lac_")));
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral(";EEE-2;Écrans et moniteurs;1;9,500;9,500;0,000;")));
    QVERIFY(text.contains(QStringLiteral(";EEE-3;Lampes;2;1,250;0,000;1,250;")));

    // Again: version 2, the first kept; --json for scripts.
    const CliRun again = runCli(m_db,
        QStringList{QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("ecologic"),
            QStringLiteral("--quarter"), currentQuarter(), QStringLiteral("--out"), out}
            + admin());
    QVERIFY2(again.ok(), qPrintable(again.describe()));
    const QJsonObject json = QJsonDocument::fromJson(again.out).object();
    QCOMPARE(json.value(QStringLiteral("version")).toInt(), 2);
    QVERIFY(QFile::exists(m_file));
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), 2);

    const CliRun history = runCli(
        m_db, {QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("history")});
    QVERIFY2(history.ok(), qPrintable(history.describe()));
    QCOMPARE(QJsonDocument::fromJson(history.out)
                 .object()
                 .value(QStringLiteral("runs"))
                 .toArray()
                 .size(),
        2);

    // A cashier or a wrong PIN may not export.
    const CliRun denied = runCli(m_db,
        {QStringLiteral("export"), QStringLiteral("ecologic"), QStringLiteral("--quarter"),
            currentQuarter(), QStringLiteral("--user"), QStringLiteral("Admin"),
            actorPin(QStringLiteral("9999"))});
    QVERIFY(!denied.ok());
    QCOMPARE(denied.errLines().size(), 1);
}

void TestCliExport::validateAcceptsAndRefuses()
{
    QVERIFY(!m_file.isEmpty());
    const CliRun valid = runCli({}, {QStringLiteral("export"), QStringLiteral("validate"), m_file});
    QVERIFY2(valid.ok(), qPrintable(valid.describe()));

    QFile file(m_file);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    bytes.replace(";1;9,500;9,500;0,000;", ";1;9,500;8,500;0,000;");
    bytes.replace("EEE-8", "EEE-9");
    const QString broken = m_dir.filePath(QStringLiteral("broken.csv"));
    QFile out(broken);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    const CliRun invalid =
        runCli({}, {QStringLiteral("export"), QStringLiteral("validate"), broken});
    QCOMPARE(invalid.exitCode, 1);
    QVERIFY(invalid.outText().contains(QStringLiteral("EEE-9")));
    QVERIFY(invalid.outText().contains(QStringLiteral("dont_liv_kg")));
    QCOMPARE(invalid.errLines().size(), 1);

    const CliRun missing = runCli({},
        {QStringLiteral("export"), QStringLiteral("validate"),
            m_dir.filePath(QStringLiteral("none.csv"))});
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(missing.errLines().size(), 1);

    // A corrupted schema file is refused with its name.
    const QString schema = m_dir.filePath(QStringLiteral("schema.json"));
    QFile schemaFile(schema);
    QVERIFY(schemaFile.open(QIODevice::WriteOnly));
    schemaFile.write("{\"format\": \"ecologic-v1\", \"version\": 1, \"columns\": [");
    schemaFile.close();
    const CliRun badSchema = runCli({},
        {QStringLiteral("export"), QStringLiteral("validate"), m_file, QStringLiteral("--schema"),
            schema});
    QCOMPARE(badSchema.exitCode, 1);
    QVERIFY(badSchema.errText().contains(schema));
}

void TestCliExport::badPeriodsAreOneLine_data()
{
    QTest::addColumn<QStringList>("period");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("unknown quarter")
        << QStringList{QStringLiteral("--quarter"), QStringLiteral("2026-Q5")} << 1;
    QTest::newRow("from after to") << QStringList{QStringLiteral("--from"),
        QStringLiteral("2026-09-30"), QStringLiteral("--to"), QStringLiteral("2026-07-01")}
                                   << 1;
    QTest::newRow("no period") << QStringList{} << 2;
    QTest::newRow("two periods") << QStringList{QStringLiteral("--quarter"),
        QStringLiteral("2026-Q3"), QStringLiteral("--year"), QStringLiteral("2026")}
                                 << 2;
    QTest::newRow("from without to")
        << QStringList{QStringLiteral("--from"), QStringLiteral("2026-07-01")} << 2;
}

void TestCliExport::badPeriodsAreOneLine()
{
    QFETCH(QStringList, period);
    QFETCH(int, exitCode);
    const QString out = m_dir.filePath(QStringLiteral("bad-periods"));
    const CliRun run = runCli(m_db,
        QStringList{QStringLiteral("export"), QStringLiteral("ecologic")} + period
            + QStringList{QStringLiteral("--out"), out} + admin());
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY(!QDir(out).exists());
}

void TestCliExport::unwritableOutWritesNothing()
{
    const QString plain = m_dir.filePath(QStringLiteral("plain-file"));
    QFile file(plain);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const CliRun run = runCli(m_db,
        QStringList{QStringLiteral("export"), QStringLiteral("ecologic"),
            QStringLiteral("--quarter"), currentQuarter(), QStringLiteral("--out"),
            plain + QStringLiteral("/sub")}
            + admin());
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY(run.errText().contains(plain));
    QVERIFY(run.out.isEmpty());
}

void TestCliExport::schedules()
{
    const CliRun add = runCli(m_db,
        QStringList{QStringLiteral("schedule"), QStringLiteral("add"), QStringLiteral("--every"),
            QStringLiteral("monthly"), QStringLiteral("--day"), QStringLiteral("31"),
            QStringLiteral("--at"), QStringLiteral("06:30")}
            + admin());
    QVERIFY2(add.ok(), qPrintable(add.describe()));
    const CliRun cron = runCli(m_db,
        QStringList{QStringLiteral("schedule"), QStringLiteral("add"), QStringLiteral("--cron"),
            QStringLiteral("0 6 1 1,4,7,10 *")}
            + admin());
    QVERIFY2(cron.ok(), qPrintable(cron.describe()));
    const CliRun bad = runCli(m_db,
        QStringList{QStringLiteral("schedule"), QStringLiteral("add"), QStringLiteral("--cron"),
            QStringLiteral("0 6 * *")}
            + admin());
    QCOMPARE(bad.exitCode, 1);
    QCOMPARE(bad.errLines().size(), 1);

    const CliRun list = runCli(
        m_db, {QStringLiteral("--json"), QStringLiteral("schedule"), QStringLiteral("list")});
    QVERIFY2(list.ok(), qPrintable(list.describe()));
    const QJsonArray schedules =
        QJsonDocument::fromJson(list.out).object().value(QStringLiteral("schedules")).toArray();
    QCOMPARE(schedules.size(), 2);
    QCOMPARE(schedules.at(1).toObject().value(QStringLiteral("covers")).toString(),
        QStringLiteral("quarter"));

    // Nothing is due right after being added.
    const CliRun due = runCli(m_db, {QStringLiteral("schedule"), QStringLiteral("run-due")});
    QVERIFY2(due.ok(), qPrintable(due.describe()));
    QVERIFY(due.out.isEmpty());

    const qint64 first = schedules.at(0).toObject().value(QStringLiteral("id")).toInteger();
    const CliRun remove = runCli(m_db,
        QStringList{QStringLiteral("schedule"), QStringLiteral("remove"), QStringLiteral("--id"),
            QString::number(first)}
            + admin());
    QVERIFY2(remove.ok(), qPrintable(remove.describe()));
    const CliRun removeAgain = runCli(m_db,
        QStringList{QStringLiteral("schedule"), QStringLiteral("remove"), QStringLiteral("--id"),
            QString::number(first)}
            + admin());
    QCOMPARE(removeAgain.exitCode, 1);
    const CliRun unknown = runCli(m_db, {QStringLiteral("schedule"), QStringLiteral("later")});
    QCOMPARE(unknown.exitCode, 2);
}

void TestCliExport::helpListsTheCommands()
{
    const CliRun help = runCli({}, {QStringLiteral("help")});
    QVERIFY(help.ok());
    for (const char *text :
        {"export ecologic", "export validate", "schedule add", "schedule run-due"})
        QVERIFY2(help.outText().contains(QLatin1String(text)), text);
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
