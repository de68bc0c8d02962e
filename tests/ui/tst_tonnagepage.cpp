#include "core/exports/tonnagereport.h"
#include "core/money.h"
#include "core/store.h"
#include "core/vat.h"
#include "tests/support/flowfixture.h"
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
    void xlsxIsSavedAndCancelWritesNothing();
    void badPeriodIsExplained();
    void keyboardReachesEveryControl();
    void panelShowsThePage();

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
    m_page->setPeriod(m_fixture.first, m_fixture.last);
    m_proposed.clear();
    m_answer = m_folder.filePath(QStringLiteral("bilan.csv"));
    QTest::mouseClick(child<QPushButton>("saveCsvButton"), Qt::LeftButton);
    QCOMPARE(m_proposed, QStringList{QStringLiteral("bilan-matiere-2026-01-01-2026-03-31.csv")});
    QFile file(m_answer);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto expected =
        core::TonnageReports(*m_shop->store).aggregate(m_fixture.first, m_fixture.last);
    QVERIFY(expected);
    QCOMPARE(file.readAll(), core::TonnageReports::csv(*expected));
    QVERIFY(m_page->messageLabel()->isVisible());
    QVERIFY(m_page->messageLabel()->text().contains(QStringLiteral("bilan.csv")));
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
    for (int step = 0; step < 40 && widget; ++step) {
        if (widget->focusPolicy() & Qt::TabFocus)
            reached << widget->objectName();
        widget = widget->nextInFocusChain();
        if (widget == from)
            break;
    }
    for (const char *name : {"fromDate", "toDate", "showButton", "tonnageSummary", "tonnageGroups",
             "saveCsvButton", "saveXlsxButton"})
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

QTEST_MAIN(TestTonnagePage)
#include "tst_tonnagepage.moc"
