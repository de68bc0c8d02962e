// A demo shop's data is labelled as such wherever it goes, and a real shop's never: the PDFs
// (the tonnage report, the cheque and home collection slips, the full export's report, the key
// figures), the full export (a field of its manifest, a first sheet of its workbook, its file
// name), the accounting entries (each line's label) and the fiscal archive (its signed
// manifest). One rule decides: the site's demo flag (Store::isDemo()). The PDFs are read back
// with pdftotext, as a person's viewer would.

#include "core/accounting.h"
#include "core/admin/sites.h"
#include "core/cashsession.h"
#include "core/chequeslips.h"
#include "core/demoshop.h"
#include "core/exports/tonnagereport.h"
#include "core/fiscalarchive.h"
#include "core/homecollections.h"
#include "core/mail/reportfile.h"
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
