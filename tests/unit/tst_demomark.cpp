// A demo shop's data is labelled as such wherever it goes, and a real shop's never: the PDFs
// (the tonnage report, the cheque and home collection slips, the full export's report, the key
// figures), the full export (a field of its manifest, a first sheet of its workbook, its file
// name), the tonnage report's CSV, XLSX, JSON and file name, the accounting entries (each line's
// label) and their file's name, the declarations to the eco-organisms (their file's name only:
// the partner fixes their content), a scheduled report's e-mail (subject and body), the key
// figures' summary on Telegram, the alerts, and the fiscal archive (its signed manifest). One
// rule decides: the site's demo flag (Store::isDemo()), with DemoShop's mark, notice and file
// name prefix. The PDFs are read back with pdftotext, as a person's viewer would.

#include "core/accounting.h"
#include "core/admin/sites.h"
#include "core/admin/useradmin.h"
#include "core/cashsession.h"
#include "core/chequeslips.h"
#include "core/demoshop.h"
#include "core/exports/ecologicexport.h"
#include "core/exports/partners.h"
#include "core/exports/tonnagereport.h"
#include "core/fiscalarchive.h"
#include "core/homecollections.h"
#include "core/mail/reportfile.h"
#include "core/mail/scheduledreports.h"
#include "core/notify/notifications.h"
#include "core/portability/exportreport.h"
#include "core/portability/fullexport.h"
#include "core/sales.h"
#include "core/store.h"
#include "tests/support/pdftools.h"
#include "tests/support/testshop.h"
#include "tests/support/zipfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace recaisse::core;
using recaisse::test::TestShop;

class TestDemoMark : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QFETCH(bool, demo);
        m_shop =
            TestShop::create(StationKind::Register, demo ? TestShop::DemoShop : TestShop::RealShop);
        QVERIFY(m_shop);
        QCOMPARE(m_shop->store->isDemo(), demo);
        // A day of one sale, closed, so that every export has something to say.
        CashSessions sessions(*m_shop->store);
        QVERIFY(sessions.open(m_shop->cashier, 1000, {}));
        SaleDraft sale;
        sale.lines = {SaleLineDraft{QStringLiteral("livres.livre"), 1, 1250, 400}};
        sale.payments = {PaymentDraft{PaymentMethod::Cash, 1250}};
        QVERIFY(Sales(*m_shop->store).record(m_shop->cashier, sale));
        QVERIFY(sessions.close(m_shop->cashier, CloseRequest{{{1, 2250}}, {}, {}}));
    }

    void thePdfsCarryTheMark_data() { shops(); }
    void thePdfsCarryTheMark()
    {
        QFETCH(bool, demo);
        Store &store = *m_shop->store;
        const QDate today = store.today();
        auto tonnage = TonnageReports(store).prepare(m_shop->admin, today, today);
        QVERIFY(tonnage);
        auto figures = ExportReport::collect(store, m_shop->admin, store.site().id);
        QVERIFY(figures);
        HomeCollection pickup;
        pickup.id = QStringLiteral("1");
        pickup.day = today.addDays(1);
        pickup.town = QStringLiteral("Annecy");
        pickup.address = QStringLiteral("1 rue du Lac");
        auto period = EcologicPeriod::range(today, today);
        QVERIFY(period);
        auto kpi = mail::ReportFileBuilder(store).build(QStringLiteral("Jour"),
            mail::ReportType::Kpi, {}, *period, QStringLiteral("pdf"), m_shop->admin.userId);
        QVERIFY2(kpi, qPrintable(kpi ? QString() : kpi.error().message));
        QCOMPARE(kpi->fileName.startsWith(QLatin1String("demonstration_")), demo);
        const QList<QPair<const char *, QByteArray>> pdfs = {
            {"tonnage", TonnageReports::pdf(*tonnage, store.site(), SiteSettings{})},
            {"cheque-slip", ChequeSlips::pdf(ChequeSlip{}, store.site(), store.timeZone())},
            {"pickup-slip", HomeCollections::slip(pickup, store.site())},
            {"export-report", ExportReport::pdf(*figures, store.clock().nowUtc())},
            {"kpi", kpi->data},
        };
        for (const auto &[name, bytes] : pdfs) {
            QVERIFY2(bytes.startsWith("%PDF"), name);
            const QString path = m_shop->dir.filePath(QString::fromLatin1(name) + u".pdf");
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(bytes), bytes.size());
            file.close();
            const QStringList lines = recaisse::test::pdfTextLines(path);
            QVERIFY2(!lines.isEmpty(), name);
            // On the first page, and on every page of a longer document.
            QVERIFY2(lines.first().contains(DemoShop::mark()) == demo, name);
            const int pages = recaisse::test::pdfPageCount(path);
            QVERIFY2(pages >= 1, name);
            QVERIFY2(int(lines.filter(DemoShop::mark()).size()) == (demo ? pages : 0), name);
        }
    }

    void theFullExportCarriesTheMark_data() { shops(); }
    void theFullExportCarriesTheMark()
    {
        QFETCH(bool, demo);
        FullExport::Options options;
        options.outDir = m_shop->dir.filePath(QStringLiteral("export"));
        QVERIFY(QDir().mkpath(options.outDir));
        auto outcome = FullExport(*m_shop->store).run(m_shop->admin, options);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QCOMPARE(QFileInfo(outcome->path)
                     .fileName()
                     .startsWith(QLatin1String("recaisse-export-demonstration-")),
            demo);
        const auto entries = recaisse::test::readZipFile(outcome->path);
        QByteArray manifest;
        QByteArray workbook;
        for (const auto &entry : entries) {
            if (entry.name == QLatin1String("manifest.json"))
                manifest = entry.data;
            else if (entry.name.endsWith(QLatin1String(".xlsx")))
                workbook = entry.data;
        }
        const QJsonObject fields = QJsonDocument::fromJson(manifest).object();
        QVERIFY(fields.contains(QStringLiteral("demo")));
        QCOMPARE(fields.value(QStringLiteral("demo")).toBool(), demo);
        // The workbook opens on a sheet that says so (its text inline in the sheet: the
        // workbook is written in constant memory).
        QByteArray sheetsXml;
        QByteArray strings;
        for (const auto &part : recaisse::test::readZip(workbook)) {
            if (part.name == QLatin1String("xl/workbook.xml"))
                sheetsXml = part.data;
            else if (part.name.startsWith(QLatin1String("xl/worksheets/"))
                || part.name == QLatin1String("xl/sharedStrings.xml"))
                strings += part.data;
        }
        QVERIFY(!sheetsXml.isEmpty());
        const qsizetype firstSheet = sheetsXml.indexOf("<sheet ");
        QVERIFY(firstSheet > 0);
        QCOMPARE(sheetsXml.mid(firstSheet, 40).contains("name=\"DEMONSTRATION\""), demo);
        QCOMPARE(strings.contains(DemoShop::mark().toUtf8()), demo);
    }

    void theAccountingEntriesCarryTheMark_data() { shops(); }
    void theAccountingEntriesCarryTheMark()
    {
        QFETCH(bool, demo);
        const QDate today = m_shop->store->today();
        for (const auto format :
            {AccountingExport::Format::Csv, AccountingExport::Format::Paheko}) {
            const auto csv = AccountingExport(*m_shop->store)
                                 .exportCsv(m_shop->admin, today, today, format, true);
            QVERIFY2(csv, qPrintable(csv ? QString() : csv.error().message));
            const QStringList lines = QString::fromUtf8(*csv).split(u'\n', Qt::SkipEmptyParts);
            QVERIFY(lines.size() >= 3); // a header and a balanced entry
            for (const QString &line : lines.mid(1))
                QVERIFY2(line.contains(DemoShop::mark()) == demo, qPrintable(line));
        }
    }

    void theTonnageReportCarriesTheMark_data() { shops(); }
    void theTonnageReportCarriesTheMark()
    {
        QFETCH(bool, demo);
        Store &store = *m_shop->store;
        const QDate today = store.today();
        auto report = TonnageReports(store).prepare(m_shop->admin, today, today);
        QVERIFY(report);
        QCOMPARE(report->demo, demo);
        const QString day = today.toString(Qt::ISODate);

        // The CSV: a demo shop's first line is the notice alone, then the table as a real
        // shop's starts (the header's first columns written out here).
        const QByteArray csv = TonnageReports::csv(*report);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QStringList lines =
            QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 3);
        const QString header = QStringLiteral("periode_debut;periode_fin;site;niveau;");
        if (demo) {
            QCOMPARE(lines.at(0), DemoShop::notice());
            QVERIFY(lines.at(0).startsWith(DemoShop::mark()));
            QVERIFY2(lines.at(1).startsWith(header), qPrintable(lines.at(1)));
        } else {
            QVERIFY2(lines.at(0).startsWith(header), qPrintable(lines.at(0)));
        }
        // The total's line, right below the header: the 400 g book sold today.
        const QStringList total = lines.at(demo ? 2 : 1).split(QLatin1Char(';'));
        QCOMPARE(
            total.mid(0, 4), (QStringList{day, day, store.site().name, QStringLiteral("total")}));
        QCOMPARE(QString::fromUtf8(csv).contains(DemoShop::mark()), demo);

        // The XLSX: a demo shop's sheet starts with the notice, in red, and its printed pages
        // carry the mark in their header; a real shop's sheet starts with the header.
        const QString path = m_shop->dir.filePath(QStringLiteral("bilan.xlsx"));
        QVERIFY(TonnageReports::writeXlsx(*report, path));
        QByteArray sheet;
        QByteArray strings;
        for (const auto &part : recaisse::test::readZipFile(path)) {
            if (part.name == QLatin1String("xl/worksheets/sheet1.xml"))
                sheet = part.data;
            else if (part.name == QLatin1String("xl/sharedStrings.xml"))
                strings = part.data;
        }
        QVERIFY(!sheet.isEmpty());
        QVERIFY(!strings.isEmpty());
        const QByteArray notice = DemoShop::notice().toHtmlEscaped().toUtf8();
        QCOMPARE(strings.contains(notice), demo);
        QCOMPARE(strings.contains(DemoShop::mark().toUtf8()), demo);
        QCOMPARE(sheet.contains(
                     QByteArray("<oddHeader>&amp;C" + DemoShop::mark().toUtf8() + "</oddHeader>")),
            demo);
        // The cell A1: the notice's string for a demo shop, the header's first column otherwise.
        const auto firstString = [&strings](const QByteArray &text) {
            const QList<QByteArray> items = strings.split('<');
            int index = -1;
            for (const QByteArray &item : items) {
                if (item.startsWith("si>"))
                    ++index;
                if (item.startsWith("t>") && item.mid(2) == text)
                    return index;
                if (item.startsWith("t xml:space=\"preserve\">") && item.mid(23) == text)
                    return index;
            }
            return -2;
        };
        const int a1 = firstString(demo ? notice : QByteArray("periode_debut"));
        QVERIFY(a1 >= 0);
        const qsizetype cellA1 = sheet.indexOf("<c r=\"A1\"");
        QVERIFY(cellA1 > 0);
        QVERIFY(sheet.mid(cellA1, sheet.indexOf("</c>", cellA1) - cellA1)
                    .endsWith(QByteArray("<v>" + QByteArray::number(a1) + "</v>")));

        // The JSON says it in a field; the proposed file name starts with the word.
        QCOMPARE(TonnageReports::json(*report).value(QStringLiteral("demo")).toBool(), demo);
        QCOMPARE(TonnageReports::fileName(*report, QStringLiteral("csv")),
            (demo ? QStringLiteral("demonstration-") : QString())
                + QStringLiteral("bilan-matiere-%1-%1.csv").arg(day));
    }

    void theAccountingFileNameCarriesTheMark_data() { shops(); }
    void theAccountingFileNameCarriesTheMark()
    {
        QFETCH(bool, demo);
        const QDate first(2026, 3, 1);
        const QDate last(2026, 3, 31);
        const QString name = AccountingExport(*m_shop->store).fileName(first, last);
        QCOMPARE(name,
            (demo ? QStringLiteral("demonstration_") : QString())
                + AccountingExport::tr("entries-%1-%2.csv")
                      .arg(QStringLiteral("2026-03-01"), QStringLiteral("2026-03-31")));
    }

    // Each partner's declaration keeps the content its partner fixed (checked against its
    // schema, no mark in it); only its file's name says that it comes from a demo shop.
    void theDeclarationsSayItInTheirNameOnly_data() { shops(); }
    void theDeclarationsSayItInTheirNameOnly()
    {
        QFETCH(bool, demo);
        Store &store = *m_shop->store;
        const QDate today = store.today();
        auto period = EcologicPeriod::range(today, today);
        QVERIFY(period);
        const QString folder = m_shop->dir.filePath(QStringLiteral("declarations"));
        QVERIFY(!Partners::ids().isEmpty());
        for (const QString &partner : Partners::ids()) {
            EcologicExport exporter(store, partner);
            QVERIFY2(exporter.schema(), qPrintable(partner));
            auto run = exporter.run(m_shop->admin, *period, folder);
            QVERIFY2(run, qPrintable(run ? QString() : run.error().message));
            const QString name = QFileInfo(run->filePath).fileName();
            const QString expected =
                (demo ? QStringLiteral("demonstration_") : QString()) + partner + QLatin1Char('_');
            QVERIFY2(name.startsWith(expected), qPrintable(name));
            QCOMPARE(name, exporter.fileName(*period, run->version));
            QFile file(run->filePath);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(exporter.schema()->check(bytes).ok(), qPrintable(name));
            // "monstration": démonstration or DEMONSTRATION in any of the partners' encodings.
            QVERIFY2(!bytes.toLower().contains("monstration"), qPrintable(name));
        }
    }

    // The key figures' e-mail (subject, then its body's first paragraph) and their summary on
    // Telegram; the alerts too.
    void theMessagesCarryTheMark_data() { shops(); }
    void theMessagesCarryTheMark()
    {
        QFETCH(bool, demo);
        Store &store = *m_shop->store;
        const QDate today = store.today();
        auto period = EcologicPeriod::range(today, today);
        QVERIFY(period);
        mail::ScheduledReport report;
        report.name = QStringLiteral("Jour");
        report.type = mail::ReportType::Kpi;
        report.recipients = {QStringLiteral("gerant@lac.example")};
        report.createdBy = m_shop->admin.userId;
        mail::ScheduledReports reports(store);
        auto file = reports.build(report, *period);
        QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
        const QString dayText = today.toString(QStringLiteral("dd/MM/yyyy"));
        const QString subject = mail::ScheduledReports::tr("%1: %2, %3 to %4")
                                    .arg(store.site().name, report.name, dayText, dayText);
        const mail::MailMessage message = reports.compose(report, *period, *file);
        QCOMPARE(message.subject,
            demo ? DemoShop::tr("%1: %2").arg(DemoShop::mark(), subject) : subject);
        QCOMPARE(message.body.startsWith(DemoShop::notice() + QStringLiteral("\n\n")), demo);
        QCOMPARE(message.body.contains(DemoShop::mark()), demo);
        QVERIFY(message.body.contains(file->figuresText));
        QCOMPARE(message.attachments.size(), 1);
        QCOMPARE(message.attachments.first().fileName, file->fileName);

        // The summary on Telegram: its first line names the shop and the days.
        const QString firstLine = mail::ReportFileBuilder::tr("%1, key figures from %2 to %3")
                                      .arg(store.site().name, dayText, dayText);
        QVERIFY(!file->summary.isEmpty());
        QCOMPARE(file->summary.section(QLatin1Char('\n'), 0, 0),
            demo ? DemoShop::tr("%1: %2").arg(DemoShop::mark(), firstLine) : firstLine);
        QCOMPARE(file->summary.contains(DemoShop::mark()), demo);

        // An alert: 300 MB free below a 500 MB threshold.
        QVERIFY(UserAdministration(store).setTelegramId(
            m_shop->admin, m_shop->admin.userId, QStringLiteral("123456")));
        notify::EventRule rule = notify::Notifications::defaults(notify::EventType::DiskLow);
        rule.enabled = true;
        rule.threshold = 500;
        rule.telegramChats = {QStringLiteral("123456")};
        notify::Notifications notifications(store);
        const auto set = notifications.setRule(m_shop->admin, rule);
        QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
        notifications.setFreeDiskReader([] { return qint64(300'000'000); });
        const auto pending = notifications.pending();
        QVERIFY(pending);
        QCOMPARE(pending->size(), 1);
        const QString prefix = notify::Notifications::tr("ReCaisse %1 (%2): ")
                                   .arg(store.station().code, store.site().name);
        QVERIFY2(pending->first().text.startsWith(
                     demo ? DemoShop::tr("%1: %2").arg(DemoShop::mark(), prefix) : prefix),
            qPrintable(pending->first().text));
    }

    void theFiscalArchiveCarriesTheMark_data() { shops(); }
    void theFiscalArchiveCarriesTheMark()
    {
        QFETCH(bool, demo);
        const QDate today = m_shop->store->today();
        const QString path = m_shop->dir.filePath(QStringLiteral("archive.tar"));
        auto written = FiscalArchive(*m_shop->store).write(m_shop->admin, today, today, path);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QCOMPARE(written->demo, demo);
        // Read back from the file alone: the mark is in the manifest its checksum covers.
        auto verified = FiscalArchive::verify(path);
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
        QCOMPARE(verified->demo, demo);
    }

private:
    static void shops()
    {
        QTest::addColumn<bool>("demo");
        QTest::newRow("demo shop") << true;
        QTest::newRow("real shop") << false;
    }

    std::unique_ptr<TestShop> m_shop;
};

int main(int argc, char *argv[])
{
    // The key figures' PDF is drawn with a QGuiApplication's fonts.
    QGuiApplication app(argc, argv);
    TestDemoMark test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_demomark.moc"
