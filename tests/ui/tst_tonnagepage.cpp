#include "core/admin/sites.h"
#include "core/exports/tonnagereport.h"
#include "core/money.h"
#include "core/pdfpages.h"
#include "core/store.h"
#include "core/vat.h"
#include "tests/support/flowfixture.h"
#include "tests/support/images.h"
#include "tests/support/testshop.h"
#include "ui/admin/adminpanel.h"
#include "ui/admin/tonnagepage.h"
#include "ui/common/mainwindow.h"

#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace recaisse;

class TestTonnagePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void defaultPeriodIsTheYearSoFar();
    void figuresAreCoresReport();
    void csvSavedIsCoresCsv();
    void pdfSavedIsCoresPdf();
    void xlsxIsSavedAndCancelWritesNothing();
    void badPeriodIsExplained();
    void keyboardReachesEveryControl();
    void panelShowsThePage();
    void recyclingIsHandComputed();
    void labelsAreWholeAt1024();

private:
    template<typename T>
    T *child(const char *name) const
    {
        return m_page->findChild<T *>(QLatin1String(name));
    }
    // The row of the table whose first cell is exactly that text, or -1.
    static int rowOf(const QTableWidget *table, const QString &text)
    {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0) && table->item(row, 0)->text() == text)
                return row;
        return -1;
    }

    // The fixture's quarter saved by that button as bilan.<extension>: the file's bytes, empty
    // when the file proposed or written is not the expected one.
    QByteArray savedBy(const char *button, const QString &extension)
    {
        m_page->setPeriod(m_fixture.first, m_fixture.last);
        m_proposed.clear();
        m_answer = m_folder.filePath(QStringLiteral("bilan.") + extension);
        QTest::mouseClick(child<QPushButton>(button), Qt::LeftButton);
        if (m_proposed
            != QStringList{QStringLiteral("bilan-matiere-2026-01-01-2026-03-31.") + extension})
            return {};
        QFile file(m_answer);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    std::unique_ptr<test::TestShop> m_shop;
    test::FlowFixture m_fixture;
    std::unique_ptr<ui::TonnagePage> m_page;
    QTemporaryDir m_folder;
    QStringList m_proposed;
    QString m_answer;
};

void TestTonnagePage::initTestCase()
{
    qApp->setStyleSheet(ui::MainWindow::styleSheet());
    m_shop = test::TestShop::create();
    QVERIFY(m_shop);
    QVERIFY(m_fixture.build(*m_shop->store));
    m_page = std::make_unique<ui::TonnagePage>(*m_shop->store, m_shop->admin);
    m_page->setFileChooser([this](const QString &, const QString &proposed, const QString &) {
        m_proposed << proposed;
        return m_answer;
    });
    m_page->resize(800, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestTonnagePage::cleanupTestCase()
{
    m_page.reset();
    m_shop.reset();
}

void TestTonnagePage::defaultPeriodIsTheYearSoFar()
{
    // The clock says 10 March 2026.
    QCOMPARE(child<QDateEdit>("fromDate")->date(), QDate(2026, 1, 1));
    QCOMPARE(child<QDateEdit>("toDate")->date(), m_shop->store->today());
    m_page->refresh();
    QVERIFY(m_page->report());
    QCOMPARE(m_page->report()->from, QDate(2026, 1, 1));
}

void TestTonnagePage::figuresAreCoresReport()
{
    m_page->setPeriod(m_fixture.first, m_fixture.last);
    const auto expected = core::TonnageReports(*m_shop->store)
                              .prepare(m_shop->admin, m_fixture.first, m_fixture.last);
    QVERIFY(expected);
    QVERIFY(expected->total.receivedGrams > 0);
    QVERIFY(expected->total.reusedGrams() > 0);

    auto *summary = child<QTableWidget>("tonnageSummary");
    QVERIFY(summary);
    QCOMPARE(summary->item(rowOf(summary, QStringLiteral("Received")), 1)->text(),
        core::weight::format(expected->total.receivedGrams));
    QCOMPARE(summary->item(rowOf(summary, QStringLiteral("Reused (sold and given)")), 1)->text(),
        core::weight::format(expected->total.reusedGrams()));
    QCOMPARE(summary->item(rowOf(summary, QStringLiteral("Diverted from waste")), 1)->text(),
        core::weight::format(expected->total.divertedGrams()));
    QCOMPARE(summary->item(rowOf(summary, QStringLiteral("Reuse rate")), 1)->text(),
        core::vat::formatRate(int(expected->total.reuseRateBasisPoints())));

    auto *groups = child<QTableWidget>("tonnageGroups");
    QVERIFY(groups);
    // Two section rows, every partner (and "none"), every shop category with a flow.
    QCOMPARE(groups->rowCount(), int(2 + expected->byPartner.size() + expected->byCategory.size()));
    qint64 partnersReceived = 0;
    for (const core::TonnageGroup &group : expected->byPartner) {
        const int row = rowOf(groups, group.label);
        QVERIFY2(row >= 0, qPrintable(group.label));
        QCOMPARE(groups->item(row, 1)->text(), core::weight::format(group.figures.receivedGrams));
        QCOMPARE(groups->item(row, 2)->text(), core::weight::format(group.figures.reusedGrams()));
        partnersReceived += group.figures.receivedGrams;
    }
    QCOMPARE(partnersReceived, expected->total.receivedGrams);
    const core::TonnageGroup &category = expected->byCategory.first();
    const int categoryRow = rowOf(groups, category.label);
    QVERIFY(categoryRow > int(expected->byPartner.size()));
    QCOMPARE(
        groups->item(categoryRow, 3)->text(), core::weight::format(category.figures.recycledGrams));
    QCOMPARE(
        groups->item(categoryRow, 4)->text(), core::weight::format(category.figures.wasteGrams));
}

void TestTonnagePage::csvSavedIsCoresCsv()
{
    const QByteArray csv = savedBy("saveCsvButton", QStringLiteral("csv"));
    const auto expected =
        core::TonnageReports(*m_shop->store).aggregate(m_fixture.first, m_fixture.last);
    QVERIFY(expected);
    QCOMPARE(csv, core::TonnageReports::csv(*expected));
    QVERIFY(m_page->messageLabel()->isVisible());
    QVERIFY(m_page->messageLabel()->text().contains(QStringLiteral("bilan.csv")));
}

// The PDF: core's pages with the site's name, address, SIRET, logo and colour (as the site's
// branding holds them) and every group.
void TestTonnagePage::pdfSavedIsCoresPdf()
{
    core::Sites sites(*m_shop->store);
    const auto before = sites.branding();
    QVERIFY(before);
    core::SiteSettings branded = *before;
    branded.logo = test::solidPng(QSize(40, 20), qRgb(0x15, 0x65, 0xc0));
    branded.primaryColor = QStringLiteral("#1565C0");
    branded.siret = QStringLiteral("12345678900017");
    QVERIFY(sites.save(m_shop->admin, branded));

    const QByteArray pdf = savedBy("savePdfButton", QStringLiteral("pdf"));
    QVERIFY(sites.save(m_shop->admin, *before));
    const auto expected =
        core::TonnageReports(*m_shop->store).aggregate(m_fixture.first, m_fixture.last);
    QVERIFY(expected);
    core::SiteInfo site = m_shop->store->site();
    site.siret = branded.siret;
    QCOMPARE(pdf, core::TonnageReports::pdf(*expected, site, branded));
    QVERIFY(pdf.startsWith("%PDF-1.4\n"));
    QVERIFY(pdf.endsWith("%%EOF\n"));
    QVERIFY(pdf.contains(core::pdfWinAnsi(m_shop->store->site().name)));
    QVERIFY(pdf.contains("(SIRET 12345678900017)"));
    QVERIFY(pdf.contains("/Subtype /Image"));
    QVERIFY(pdf.contains("0.0824 0.3961 0.7529 rg")); // #1565C0
    for (const core::TonnageGroup &group : expected->byPartner)
        QVERIFY2(pdf.contains(QByteArray("(" + core::pdfWinAnsi(group.label) + ")")),
            qPrintable(group.label));
    // The whole site's received weight, as the page shows it.
    QVERIFY(pdf.contains(core::pdfWinAnsi(core::weight::format(expected->total.receivedGrams))));
    QVERIFY(m_page->messageLabel()->text().contains(QStringLiteral("bilan.pdf")));
}

void TestTonnagePage::xlsxIsSavedAndCancelWritesNothing()
{
    m_page->setPeriod(m_fixture.first, m_fixture.last);
    m_answer = m_folder.filePath(QStringLiteral("bilan.xlsx"));
    QTest::mouseClick(child<QPushButton>("saveXlsxButton"), Qt::LeftButton);
    QFile file(m_answer);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("PK")); // a zip archive, as core writes it

    m_page->refresh(); // clears the message
    m_answer.clear();
    const QStringList before = QDir(m_folder.path()).entryList(QDir::Files);
    QTest::mouseClick(child<QPushButton>("saveCsvButton"), Qt::LeftButton);
    QCOMPARE(QDir(m_folder.path()).entryList(QDir::Files), before);
    QVERIFY(!m_page->messageLabel()->isVisible());

    // A folder that does not exist: core's reason, nothing written.
    m_answer = m_folder.filePath(QStringLiteral("no/such/folder/bilan.xlsx"));
    QTest::mouseClick(child<QPushButton>("saveXlsxButton"), Qt::LeftButton);
    QVERIFY(m_page->messageLabel()->isVisible());
    QVERIFY(m_page->messageLabel()->text().contains(QStringLiteral("bilan.xlsx")));
    QVERIFY(!QFile::exists(m_answer));
}

void TestTonnagePage::badPeriodIsExplained()
{
    m_page->setPeriod(QDate(2026, 3, 31), QDate(2026, 1, 1));
    QVERIFY(!m_page->report());
    QVERIFY(m_page->messageLabel()->isVisible());
    QVERIFY(!m_page->messageLabel()->text().isEmpty());
    QVERIFY(!child<QPushButton>("saveCsvButton")->isEnabled());
    QVERIFY(!child<QPushButton>("saveXlsxButton")->isEnabled());
    QCOMPARE(child<QTableWidget>("tonnageGroups")->rowCount(), 0);
    m_page->setPeriod(m_fixture.first, m_fixture.last);
    QVERIFY(m_page->report());
    QVERIFY(child<QPushButton>("saveCsvButton")->isEnabled());
}

void TestTonnagePage::keyboardReachesEveryControl()
{
    // From the first date, Tab goes through the period, the tables and both save buttons.
    QWidget *from = child<QDateEdit>("fromDate");
    QStringList reached;
    QWidget *widget = from;
    for (int step = 0; step < 60 && widget; ++step) {
        if (widget->focusPolicy() & Qt::TabFocus)
            reached << widget->objectName();
        widget = widget->nextInFocusChain();
        if (widget == from)
            break;
    }
    for (const char *name :
        {"fromDate", "toDate", "showButton", "tonnageSummary", "tonnageRecycling", "tonnageTowns",
            "tonnageGroups", "saveCsvButton", "saveXlsxButton", "savePdfButton"})
        QVERIFY2(reached.contains(QLatin1String(name)), name);
    QVERIFY(
        reached.indexOf(QStringLiteral("toDate")) < reached.indexOf(QStringLiteral("showButton")));
    QVERIFY(reached.indexOf(QStringLiteral("saveCsvButton"))
        < reached.indexOf(QStringLiteral("saveXlsxButton")));
}

void TestTonnagePage::panelShowsThePage()
{
    ui::AdminPanel panel(*m_shop->store, m_shop->admin);
    QVERIFY(ui::AdminPanel::pageKeys().contains(QStringLiteral("tonnage")));
    QVERIFY(panel.showPage(QStringLiteral("tonnage")));
    QCOMPARE(panel.currentPage(), QStringLiteral("tonnage"));
    QVERIFY(panel.tonnagePage());
    QVERIFY(panel.tonnagePage()->report());
}

// A few flows whose figures are computed here by hand: where the recycled kilograms went (each
// eco-organism's collection, each stream, the rest) and the summary around them.
void TestTonnagePage::recyclingIsHandComputed()
{
    auto shop = test::TestShop::create();
    QVERIFY(shop);
    const QDate day(2026, 2, 10);
    test::RawFlows flows(*shop->store);
    // Received: 25 kg of chairs for the shop (home collection), 10 kg of clothes straight to
    // recycling.
    QVERIFY(flows.deposit(day, QStringLiteral("mobilier.chaise"), 4, 25000, QStringLiteral("shop"),
        QStringLiteral("home-collection")));
    QVERIFY(flows.deposit(
        day, QStringLiteral("textile.vetements"), 1, 10000, QStringLiteral("recycling")));
    // Handed to Ecologic's collection 12,5 kg of small appliances, 7,25 kg of metals and 3 kg
    // unsorted to recycling, 4 kg given to an association, 1,5 kg to the waste centre.
    QVERIFY(flows.outflow(day, QStringLiteral("recycling"), QStringLiteral("eee.petit-menager"), 5,
        12500, QStringLiteral("ecologic")));
    QVERIFY(flows.outflow(day, QStringLiteral("recycling"), QStringLiteral("divers"), 2, 7250, {},
        QStringLiteral("metals")));
    QVERIFY(flows.outflow(day, QStringLiteral("recycling"), QStringLiteral("divers"), 1, 3000));
    QVERIFY(flows.outflow(day, QStringLiteral("partner"), QStringLiteral("divers"), 3, 4000,
        QStringLiteral("emmaus")));
    QVERIFY(flows.outflow(day, QStringLiteral("waste"), QStringLiteral("divers"), 1, 1500));
    // Sold: one chair weighed 6 kg.
    QVERIFY(flows.sale(day, QStringLiteral("mobilier.chaise"), 1, 6000, 1500));

    ui::TonnagePage page(*shop->store, shop->admin);
    page.setPeriod(QDate(2026, 2, 1), QDate(2026, 2, 28));
    QVERIFY(page.report());
    const auto weightOf = [](const QTableWidget *table, const QString &label) {
        const int row = rowOf(table, label);
        return row < 0 ? QStringLiteral("no row %1").arg(label) : table->item(row, 1)->text();
    };
    const auto kg = [](qint64 grams) { return core::weight::format(grams); };

    auto *recycling = page.findChild<QTableWidget *>(QStringLiteral("tonnageRecycling"));
    QVERIFY(recycling);
    QCOMPARE(weightOf(recycling, QStringLiteral("  Ecologic")), kg(12500));
    QCOMPARE(weightOf(recycling, QStringLiteral("  Ecomaison")), kg(0));
    QCOMPARE(weightOf(recycling, QStringLiteral("  Refashion")), kg(0));
    QCOMPARE(weightOf(recycling, QStringLiteral("  Metals")), kg(7250));
    QCOMPARE(weightOf(recycling, QStringLiteral("  Textiles")), kg(0));
    // 10 kg of clothes at the reception and 3 kg without a stream.
    QCOMPARE(weightOf(recycling, QStringLiteral("Not sorted")), kg(13000));
    // 12,5 + 7,25 + 13 kg.
    QCOMPARE(weightOf(recycling, QStringLiteral("Recycled")), kg(32750));
    // Section titles carry no weight.
    QCOMPARE(weightOf(recycling, QStringLiteral("Recycling streams")), QString());

    auto *summary = page.findChild<QTableWidget *>(QStringLiteral("tonnageSummary"));
    QCOMPARE(weightOf(summary, QStringLiteral("Received")), kg(35000));
    QCOMPARE(weightOf(summary, QStringLiteral("Sold")), kg(6000));
    QCOMPARE(weightOf(summary, QStringLiteral("Given to associations")), kg(4000));
    QCOMPARE(weightOf(summary, QStringLiteral("Reused (sold and given)")), kg(10000));
    QCOMPARE(weightOf(summary, QStringLiteral("Recycled")), kg(32750));
    QCOMPARE(weightOf(summary, QStringLiteral("Thrown away (waste centre)")), kg(1500));
    // 10 + 32,75 kg.
    QCOMPARE(weightOf(summary, QStringLiteral("Diverted from waste")), kg(42750));
    // 10 / 35 = 28,571… %, half up to 28,57 %.
    QCOMPARE(weightOf(summary, QStringLiteral("Reuse rate")), core::vat::formatRate(2857));
}

// In the admin panel of a 1024×768 screen, no label of the page's tables is cut.
void TestTonnagePage::labelsAreWholeAt1024()
{
    ui::AdminPanel panel(*m_shop->store, m_shop->admin);
    panel.resize(1024, 768);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.showPage(QStringLiteral("tonnage")));
    panel.tonnagePage()->setPeriod(m_fixture.first, m_fixture.last);
    QApplication::processEvents();
    for (const char *name : {"tonnageSummary", "tonnageRecycling", "tonnageGroups"}) {
        auto *table = panel.tonnagePage()->findChild<QTableWidget *>(QLatin1String(name));
        QVERIFY2(table && table->rowCount() > 0, name);
        // Every cell (a section's title spans the row) as wide as its whole text asks.
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                if (table->columnSpan(row, column) > 1 || !table->item(row, column))
                    continue;
                // The groups' names wrap: their lines must fit the row's height instead.
                const QModelIndex index = table->model()->index(row, column);
                if (table->wordWrap()) {
                    const QTableWidgetItem *item = table->item(row, column);
                    const QRect text =
                        QFontMetrics(item->font())
                            .boundingRect(QRect(0, 0, table->columnWidth(column) - 8, 10000),
                                Qt::TextWordWrap, item->text());
                    QVERIFY2(text.height() <= table->rowHeight(row),
                        qPrintable(QStringLiteral("%1 \"%2\": %3 > %4 px high")
                                       .arg(QLatin1String(name), item->text())
                                       .arg(text.height())
                                       .arg(table->rowHeight(row))));
                    if (column == 0)
                        continue;
                }
                const int wanted = table->sizeHintForIndex(index).width();
                QVERIFY2(table->columnWidth(column) >= wanted,
                    qPrintable(QStringLiteral("%1 \"%2\": %3 < %4")
                                   .arg(QLatin1String(name), table->item(row, column)->text())
                                   .arg(table->columnWidth(column))
                                   .arg(wanted)));
            }
        }
        QVERIFY2(table->horizontalScrollBar()->maximum() == 0, name);
    }
    // RECAISSE_TONNAGE_LOOK=FILE.png keeps the whole page, below the screen's fold too, to look at.
    if (const QString look = qEnvironmentVariable("RECAISSE_TONNAGE_LOOK"); !look.isEmpty()) {
        QTest::qWait(200);
        qInfo("page %dx%d, minimum %dx%d", panel.tonnagePage()->width(),
            panel.tonnagePage()->height(), panel.tonnagePage()->minimumSizeHint().width(),
            panel.tonnagePage()->minimumSizeHint().height());
        QVERIFY(panel.tonnagePage()->grab().save(look));
    }
}

QTEST_MAIN(TestTonnagePage)
#include "tst_tonnagepage.moc"
