// recaisse-cli export and schedule, driven as a script or the OS scheduler would.

#include "cliprocess.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace recaisse::test;

namespace {

QStringList admin()
{
    return {QStringLiteral("--user"), QStringLiteral("Admin"), actorPin(QStringLiteral("123456"))};
}

// The shop's day (its zone, Europe/Paris by default), not this machine's: they differ for an hour
// or two around midnight.
QDate shopToday()
{
    return QDateTime::currentDateTimeUtc()
        .toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Paris")))
        .date();
}

QString currentQuarter()
{
    const QDate today = shopToday();
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
    void partnersMappingAndTonnage();

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
    for (const char *text : {"export ecologic", "export validate", "schedule add",
             "schedule run-due", "export declaration", "category map", "report tonnage"})
        QVERIFY2(help.outText().contains(QLatin1String(text)), text);
}

// Another eco-organism's declaration, the mapping by a super-administrator only, the tonnage
// report in CSV, XLSX and JSON, whose figures are the declarations'.
void TestCliExport::partnersMappingAndTonnage()
{
    const QString day = shopToday().toString(Qt::ISODate);
    const CliRun deposit = runCli(m_db,
        QStringList{QStringLiteral("deposit"), QStringLiteral("--line"),
            QStringLiteral("mobilier.chaise:6,5:shop:home-collection"), QStringLiteral("--line"),
            QStringLiteral("textile.linge:2:recycling:voluntary")}
            + admin());
    QVERIFY2(deposit.ok(), qPrintable(deposit.describe()));
    const QString out = m_dir.filePath(QStringLiteral("partners"));
    const CliRun ecomaison = runCli(m_db,
        QStringList{QStringLiteral("export"), QStringLiteral("declaration"),
            QStringLiteral("--partner"), QStringLiteral("ecomaison"), QStringLiteral("--from"), day,
            QStringLiteral("--to"), day, QStringLiteral("--out"), out}
            + admin());
    QVERIFY2(ecomaison.ok(), qPrintable(ecomaison.describe()));
    const QString file = ecomaison.outText().trimmed();
    QVERIFY(QFileInfo(file).fileName().startsWith(QStringLiteral("ecomaison_")));
    QVERIFY(runCli(m_db,
        {QStringLiteral("export"), QStringLiteral("validate"), file, QStringLiteral("--partner"),
            QStringLiteral("ecomaison")})
                .ok());
    const CliRun wrong = runCli(m_db, {QStringLiteral("export"), QStringLiteral("validate"), file});
    QCOMPARE(wrong.exitCode, 1);
    const CliRun unknown = runCli(m_db,
        QStringList{QStringLiteral("export"), QStringLiteral("declaration"),
            QStringLiteral("--partner"), QStringLiteral("citeo"), QStringLiteral("--from"), day,
            QStringLiteral("--to"), day}
            + admin());
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.errText().contains(QStringLiteral("citeo")), qPrintable(unknown.describe()));

    // An administrator may not map; a super-administrator may, and an unknown code is refused.
    const QStringList map = {QStringLiteral("category"), QStringLiteral("map"),
        QStringLiteral("mobilier.chaise"), QStringLiteral("--partner"), QStringLiteral("ecomaison"),
        QStringLiteral("--partner-category")};
    const CliRun notSuper = runCli(m_db, map + QStringList{QStringLiteral("EA-PLAN")} + admin());
    QVERIFY(!notSuper.ok());
    QVERIFY2(notSuper.errText().contains(QStringLiteral("super-administrator")),
        qPrintable(notSuper.describe()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("x"));
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(
            QStringLiteral("UPDATE app_user SET role = 'super-admin' WHERE name = 'Admin'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("x"));
    const CliRun badCode = runCli(m_db, map + QStringList{QStringLiteral("EA-TRONE")} + admin());
    QVERIFY(!badCode.ok());
    QVERIFY2(
        badCode.errText().contains(QStringLiteral("EA-TRONE")), qPrintable(badCode.describe()));
    const CliRun mapped = runCli(m_db, map + QStringList{QStringLiteral("EA-PLAN")} + admin());
    QVERIFY2(mapped.ok(), qPrintable(mapped.describe()));
    const CliRun listed = runCli(
        m_db, {QStringLiteral("--json"), QStringLiteral("category"), QStringLiteral("mappings")});
    QVERIFY(listed.ok());
    bool found = false;
    for (const QJsonValue &m :
        QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("mappings")).toArray()) {
        const QJsonObject o = m.toObject();
        if (o.value(QStringLiteral("category")).toString() == QLatin1String("mobilier.chaise")) {
            QCOMPARE(
                o.value(QStringLiteral("partner_category")).toString(), QStringLiteral("EA-PLAN"));
            QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("set"));
            found = true;
        }
    }
    QVERIFY(found);

    // The report: the chair's 6,5 kg under EA-PLAN, the 9,5 kg screen under EEE-2.
    const CliRun report = runCli(m_db,
        QStringList{QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("tonnage"),
            QStringLiteral("--from"), day, QStringLiteral("--to"), day}
            + admin());
    QVERIFY2(report.ok(), qPrintable(report.describe()));
    QHash<QString, qint64> received;
    for (const QJsonValue &g : QJsonDocument::fromJson(report.out)
                                   .object()
                                   .value(QStringLiteral("by_partner_category"))
                                   .toArray()) {
        const QJsonObject o = g.toObject();
        received.insert(o.value(QStringLiteral("code")).toString(),
            o.value(QStringLiteral("received_grams")).toInteger());
    }
    QCOMPARE(received.value(QStringLiteral("EA-PLAN")), 6500);
    QCOMPARE(received.value(QStringLiteral("EEE-2")), 9500);
    QCOMPARE(received.value(QStringLiteral("TLC-LINGE")), 2000);
    // report tonnage of that day in a format, written to a file or not.
    const auto tonnage = [&](const QString &format, const QString &target = {}) {
        QStringList args{QStringLiteral("report"), QStringLiteral("tonnage"),
            QStringLiteral("--from"), day, QStringLiteral("--to"), day, QStringLiteral("--format"),
            format};
        if (!target.isEmpty())
            args << QStringLiteral("--out") << target;
        return runCli(m_db, args + admin());
    };
    const CliRun csv = tonnage(QStringLiteral("csv"));
    QVERIFY2(csv.ok(), qPrintable(csv.describe()));
    QVERIFY(csv.outText().contains(
        QStringLiteral(";EA-PLAN;Ameublement : plans de pose et tables;1;6,500;")));
    // The shop's paper is in French, as the admin page writes it, whatever the PC's language.
    QVERIFY2(csv.outText().contains(QStringLiteral(";Tous les flux;")), qPrintable(csv.outText()));
    const QString xlsx = m_dir.filePath(QStringLiteral("bilan.xlsx"));
    const CliRun workbook = tonnage(QStringLiteral("xlsx"), xlsx);
    QVERIFY2(workbook.ok(), qPrintable(workbook.describe()));
    QVERIFY(QFileInfo(xlsx).size() > 1000);
    const QString pdf = m_dir.filePath(QStringLiteral("bilan.pdf"));
    const CliRun printed = tonnage(QStringLiteral("pdf"), pdf);
    QVERIFY2(printed.ok(), qPrintable(printed.describe()));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = pdfFile.readAll();
    QVERIFY(pdfBytes.startsWith("%PDF-1.4\n"));
    // Ecomaison's table row of the plans and tables, with its received kilograms.
    QVERIFY(pdfBytes.contains("EA-PLAN"));
    QVERIFY(pdfBytes.contains("(6,500)"));
    // An XLSX or a PDF needs a file.
    QVERIFY(!tonnage(QStringLiteral("pdf")).ok());
    QVERIFY(!tonnage(QStringLiteral("xlsx")).ok());
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
