// recaisse-cli export all / import all / backup save as a script runs them: the ZIP's path on
// standard output, the archive database made from it passing verify, the rights and the
// one-line refusals, nothing half-written.

#include "cliprocess.h"
#include "tests/support/pdftools.h"
#include "tests/support/zipfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace recaisse::test;

namespace {

// The value pdftotext reads after a label of the report ("Tickets 12" -> "12"); "" when absent.
QString valueAfter(const QStringList &lines, const QString &label)
{
    for (const QString &line : lines) {
        if (line.startsWith(label + QLatin1Char(' ')))
            return line.mid(label.size() + 1);
    }
    return {};
}

// "1 234,56 €" -> 123456 and "21,500 kg" -> 21500: the digits of an amount with two decimals or
// of a weight with three, whatever the separators; -1 when it is not one.
qint64 digitsOf(const QString &text, int decimals)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit() || c == QLatin1Char(','))
            digits += c;
    }
    const qsizetype comma = digits.indexOf(QLatin1Char(','));
    if (comma < 0 || digits.size() - comma - 1 != decimals)
        return -1;
    digits.remove(comma, 1);
    return (text.startsWith(QLatin1Char('-')) ? -1 : 1) * digits.toLongLong();
}

} // namespace

class TestCliPortability : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    QStringList admin() const
    {
        return {
            QStringLiteral("--user"), QStringLiteral("Admin"), actorPin(QStringLiteral("123456"))};
    }
    QString folder(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(path);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("shop.sqlite"));
        const CliRun init = runCli(m_db,
            {QStringLiteral("init"), QStringLiteral("--site"),
                QStringLiteral("Ressourcerie du Lac"), QStringLiteral("--station"),
                QStringLiteral("CAISSE1"), QStringLiteral("--demo"),
                actorPin(QStringLiteral("123456"))});
        QVERIFY2(init.ok(), qPrintable(init.describe()));
        const CliRun demo = runCli(
            m_db, {QStringLiteral("demo-data"), QStringLiteral("--days"), QStringLiteral("12")});
        QVERIFY2(demo.ok(), qPrintable(demo.describe()));
    }

    void exportThenImportThenVerify()
    {
        const QString out = folder(QStringLiteral("out"));
        const CliRun exported = runCli(m_db,
            QStringList{
                QStringLiteral("export"), QStringLiteral("all"), QStringLiteral("--out"), out}
                + admin());
        QVERIFY2(exported.ok(), qPrintable(exported.describe()));
        const QString zip = exported.outText().trimmed();
        QVERIFY(zip.endsWith(QLatin1String(".zip")));
        QVERIFY(QFileInfo::exists(zip));
        QCOMPARE(
            QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 1);

        // The PDF report: every page renders, and its figures are those of `stats --json`.
        QByteArray pdf;
        for (const ZipEntry &entry : readZipFile(zip)) {
            if (entry.name == QLatin1String("report.pdf"))
                pdf = entry.data;
        }
        QVERIFY(pdf.startsWith("%PDF-"));
        const QString pdfPath = m_dir.filePath(QStringLiteral("report.pdf"));
        QFile pdfFile(pdfPath);
        QVERIFY(pdfFile.open(QIODevice::WriteOnly) && pdfFile.write(pdf) == pdf.size());
        pdfFile.close();
        const int pages = pdfPageCount(pdfPath);
        QVERIFY(pages >= 1);
        QCOMPARE(renderPdfPages(pdfPath, folder(QStringLiteral("pages"))).size(), pages);
        const QStringList lines = pdfTextLines(pdfPath);
        const CliRun statsRun = runCli(m_db, {QStringLiteral("stats"), QStringLiteral("--json")});
        QVERIFY2(statsRun.ok(), qPrintable(statsRun.describe()));
        const QJsonObject stats = QJsonDocument::fromJson(statsRun.outText().toUtf8()).object();
        const qint64 sales = stats.value(QStringLiteral("sales")).toInteger();
        const qint64 turnover = stats.value(QStringLiteral("sales_total_cents")).toInteger();
        QVERIFY(sales > 0);
        const QString all = lines.join(u'|');
        QVERIFY2(valueAfter(lines, QStringLiteral("Tickets")) == QString::number(sales),
            qPrintable(all));
        QCOMPARE(digitsOf(valueAfter(lines, QStringLiteral("Turnover (sales)")), 2), turnover);
        QCOMPARE(digitsOf(valueAfter(lines, QStringLiteral("Average basket")), 2),
            (turnover * 2 + sales) / (sales * 2));
        QCOMPARE(digitsOf(valueAfter(lines, QStringLiteral("Refunds")), 2),
            stats.value(QStringLiteral("refunds_total_cents")).toInteger());
        QCOMPARE(digitsOf(valueAfter(lines, QStringLiteral("Received")), 3),
            stats.value(QStringLiteral("deposit_weight_grams")).toInteger());
        QCOMPARE(valueAfter(lines, QStringLiteral("Cash sessions closed")),
            QString::number(stats.value(QStringLiteral("sessions_closed")).toInteger()));

        const QString archive = m_dir.filePath(QStringLiteral("archive.sqlite"));
        const CliRun imported = runCli(archive,
            {QStringLiteral("import"), QStringLiteral("all"), zip, QStringLiteral("--admin"),
                QStringLiteral("Admin"), newPin(QStringLiteral("654321"))});
        QVERIFY2(imported.ok(), qPrintable(imported.describe()));
        QCOMPARE(imported.outText().trimmed(), archive);
        const CliRun verify = runCli(archive, {QStringLiteral("verify")});
        QVERIFY2(verify.ok(), qPrintable(verify.describe()));
        QVERIFY(verify.outText().contains(QLatin1String("intact")));

        // The archive exports in turn with the new PIN, and records nothing.
        const CliRun again = runCli(archive,
            {QStringLiteral("export"), QStringLiteral("all"), QStringLiteral("--out"),
                folder(QStringLiteral("again")), QStringLiteral("--user"), QStringLiteral("Admin"),
                actorPin(QStringLiteral("654321"))});
        QVERIFY2(again.ok(), qPrintable(again.describe()));
        const CliRun movement = runCli(archive,
            {QStringLiteral("cash-move"), QStringLiteral("--in"), QStringLiteral("5"),
                QStringLiteral("--reason"), QStringLiteral("test"), QStringLiteral("--user"),
                QStringLiteral("Admin"), actorPin(QStringLiteral("654321"))});
        QVERIFY(!movement.ok());

        // An existing database is never overwritten; a missing administrator is refused whole.
        const CliRun twice = runCli(archive,
            {QStringLiteral("import"), QStringLiteral("all"), zip, QStringLiteral("--admin"),
                QStringLiteral("Admin"), newPin(QStringLiteral("654321"))});
        QVERIFY(!twice.ok());
        QCOMPARE(twice.errLines().size(), 1);
        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        const CliRun nobody = runCli(other,
            {QStringLiteral("import"), QStringLiteral("all"), zip, QStringLiteral("--admin"),
                QStringLiteral("Nobody"), newPin(QStringLiteral("654321"))});
        QVERIFY(!nobody.ok());
        QVERIFY2(nobody.errText().contains(QLatin1String("no administrator named Nobody")),
            qPrintable(nobody.describe()));
        QVERIFY(!QFileInfo::exists(other));
        QVERIFY(!QFileInfo::exists(other + QStringLiteral(".import-partial")));
    }

    void aKilledExportLeavesNothingOnceRunAgain()
    {
        const QString out = folder(QStringLiteral("killed"));
        QProcessEnvironment env = cliEnvironment();
        env.insert(QStringLiteral("RECAISSE_PIN"), QStringLiteral("123456"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(cliPath(),
            {QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("all"),
                QStringLiteral("--out"), out, QStringLiteral("--user"), QStringLiteral("Admin")});
        QVERIFY(process.waitForStarted());
        // Killed as soon as its temporary folder is there (or when it is already done).
        QElapsedTimer waited;
        waited.start();
        while (process.state() == QProcess::Running && waited.elapsed() < 30000
            && QDir(out)
                   .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                   .isEmpty())
            QThread::msleep(2);
        process.kill();
        process.waitForFinished();
        // The next start removes what the killed one left.
        const CliRun again = runCli(m_db,
            QStringList{
                QStringLiteral("export"), QStringLiteral("all"), QStringLiteral("--out"), out}
                + admin());
        QVERIFY2(again.ok(), qPrintable(again.describe()));
        const QStringList left =
            QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        QVERIFY(!left.isEmpty());
        for (const QString &name : left)
            QVERIFY2(
                name.endsWith(QLatin1String(".zip")) && !name.startsWith(u'.'), qPrintable(name));
    }

    void aKilledImportLeavesNoDatabase()
    {
        const CliRun exported = runCli(m_db,
            QStringList{QStringLiteral("export"), QStringLiteral("all"), QStringLiteral("--out"),
                folder(QStringLiteral("for-kill"))}
                + admin());
        QVERIFY2(exported.ok(), qPrintable(exported.describe()));
        const QString zip = exported.outText().trimmed();
        const QString db = m_dir.filePath(QStringLiteral("killed.sqlite"));
        const QString partial = db + QStringLiteral(".import-partial");
        QProcessEnvironment env = cliEnvironment();
        env.insert(QStringLiteral("RECAISSE_NEW_PIN"), QStringLiteral("654321"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(cliPath(),
            {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("all"), zip,
                QStringLiteral("--admin"), QStringLiteral("Admin")});
        QVERIFY(process.waitForStarted());
        QElapsedTimer waited;
        waited.start();
        while (process.state() == QProcess::Running && waited.elapsed() < 30000
            && !QFileInfo::exists(partial))
            QThread::msleep(2);
        process.kill();
        process.waitForFinished();
        // Killed before the end: no database, only the temporary one, which the next import
        // removes; killed after it: a whole database that verifies.
        if (QFileInfo::exists(db)) {
            const CliRun verify = runCli(db, {QStringLiteral("verify")});
            QVERIFY2(verify.ok(), qPrintable(verify.describe()));
            return;
        }
        const CliRun again = runCli(db,
            {QStringLiteral("import"), QStringLiteral("all"), zip, QStringLiteral("--admin"),
                QStringLiteral("Admin"), newPin(QStringLiteral("654321"))});
        QVERIFY2(again.ok(), qPrintable(again.describe()));
        QVERIFY(!QFileInfo::exists(partial));
        QVERIFY(!QFileInfo::exists(partial + QStringLiteral("-wal")));
        const CliRun verify = runCli(db, {QStringLiteral("verify")});
        QVERIFY2(verify.ok(), qPrintable(verify.describe()));
    }

    void cashiersAreRefused()
    {
        const QString out = folder(QStringLiteral("refused"));
        const CliRun refused = runCli(m_db,
            {QStringLiteral("export"), QStringLiteral("all"), QStringLiteral("--out"), out,
                QStringLiteral("--user"), QStringLiteral("Camille"),
                actorPin(QStringLiteral("1111"))});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.errLines().size(), 1);
        QVERIFY(QDir(out).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }

    void importCategoriesFromASpreadsheet()
    {
        const auto write = [this](const QString &name, const QByteArray &bytes) {
            const QString path = m_dir.filePath(name);
            QFile file(path);
            if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size())
                return path;
            return QString();
        };
        const auto categories = [this] {
            return runCli(m_db, {QStringLiteral("categories"), QStringLiteral("--json")}).out;
        };
        // French Excel's CSV (Windows-1252, ';', decimal commas), columns named by a mapping
        // file; one bad row: refused, one line, nothing changed.
        const QString csv = write(QStringLiteral("prix.csv"),
            "Libell\xE9;Rayon;Tarif\r\nLampadaires;;12,50\r\nAppliques;Lampadaires;-2\r\n");
        const QString mapping = write(QStringLiteral("mapping.json"),
            R"({"name": "Libellé", "parent": "B", "default_price": 3})");
        const QByteArray before = categories();
        const QStringList command =
            QStringList{QStringLiteral("import"), QStringLiteral("categories"), csv,
                QStringLiteral("--mapping"), mapping}
            + admin();
        const CliRun refused = runCli(m_db, command);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.errLines().size(), 1);
        QVERIFY2(refused.errText().contains(QLatin1String("row 3")), qPrintable(refused.errText()));
        QCOMPARE(categories(), before);
        // A dry run says what would happen; --valid-rows-only imports the rest and lists the skip.
        const CliRun dry = runCli(m_db,
            command
                + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--valid-rows-only")});
        QVERIFY2(dry.ok(), qPrintable(dry.describe()));
        QVERIFY2(
            dry.outText().startsWith(QLatin1String("would create 1")), qPrintable(dry.outText()));
        QCOMPARE(categories(), before);
        const CliRun partial = runCli(m_db,
            command + QStringList{QStringLiteral("--valid-rows-only"), QStringLiteral("--json")});
        QVERIFY2(partial.ok(), qPrintable(partial.describe()));
        const QJsonObject result = QJsonDocument::fromJson(partial.out).object();
        QCOMPARE(result.value(QStringLiteral("created")).toInt(), 1);
        QCOMPARE(result.value(QStringLiteral("skipped")).toArray().size(), 1);
        QVERIFY(categories().contains("Lampadaires"));
        // A cashier is refused; a file of a million rows is refused quickly and clearly.
        const CliRun cashier = runCli(m_db,
            {QStringLiteral("import"), QStringLiteral("categories"), csv,
                QStringLiteral("--mapping"), mapping, QStringLiteral("--user"),
                QStringLiteral("Camille"), actorPin(QStringLiteral("1111"))});
        QVERIFY(!cashier.ok());
        QByteArray million = "Nom;Prix\n";
        for (int i = 0; i < 1'000'000; ++i)
            million += "Objet " + QByteArray::number(i) + ";1\n";
        const QString big = write(QStringLiteral("million.csv"), million);
        const QByteArray beforeBig = categories();
        const CliRun tooBig = runCli(m_db,
            QStringList{QStringLiteral("import"), QStringLiteral("categories"), big} + admin());
        QVERIFY(!tooBig.ok());
        QCOMPARE(tooBig.errLines().size(), 1);
        QVERIFY2(tooBig.errText().contains(QLatin1String("rows")), qPrintable(tooBig.errText()));
        QCOMPARE(categories(), beforeBig);
    }

    void backupSavePrintsTheArchive()
    {
        const QString out = folder(QStringLiteral("usb"));
        const CliRun saved = runCli(m_db,
            QStringList{
                QStringLiteral("backup"), QStringLiteral("save"), QStringLiteral("--out"), out}
                + admin());
        QVERIFY2(saved.ok(), qPrintable(saved.describe()));
        const QString file = saved.outText().trimmed();
        QVERIFY(file.endsWith(QLatin1String(".recaisse-backup")));
        QVERIFY(QFileInfo::exists(file));
        // Sealed with the keys `init` put in the keyring: no database in clear.
        QFile sealed(file);
        QVERIFY(sealed.open(QIODevice::ReadOnly));
        const QByteArray bytes = sealed.readAll();
        QVERIFY(bytes.startsWith("recaisse-backup-file-1\n"));
        QVERIFY(!bytes.contains("SQLite format 3"));

        // Restoring it needs the recovery key, and its shop's: one line, exit status, no
        // database left.
        const QString restored = m_dir.filePath(QStringLiteral("restored.sqlite"));
        QStringList restore = {QStringLiteral("restore"), QStringLiteral("--from-file"), file,
            QStringLiteral("--admin"), QStringLiteral("Admin"), actorPin(QStringLiteral("123456"))};
        const CliRun withoutKey = runCli(restored, restore);
        QCOMPARE(withoutKey.exitCode, 2);
        QCOMPARE(withoutKey.errLines().size(), 1);
        QVERIFY(!QFileInfo::exists(restored));
        const CliRun otherKey = runCli(restored,
            restore << pinInEnvironment(QStringLiteral("RECAISSE_RECOVERY_KEY"),
                QStringLiteral("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")));
        QVERIFY(!otherKey.ok());
        QCOMPARE(otherKey.errLines().size(), 1);
        QVERIFY2(otherKey.errText().contains(QLatin1String("recovery key")),
            qPrintable(otherKey.errText()));
        QVERIFY(!QFileInfo::exists(restored));
    }
};

QTEST_GUILESS_MAIN(TestCliPortability)
#include "tst_cliportability.moc"
