#include "core/demoshop.h"
#include "core/exports/ecologicexport.h"
#include "core/exports/exportschedule.h"
#include "core/exports/partners.h"
#include "core/store.h"
#include "tests/support/testshop.h"
#include "ui/admin/ecologicpage.h"
#include "ui/common/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace recaisse;

namespace {

const QSize screenSize(1366, 768);

void saveGrab(QWidget *widget, const QString &name)
{
    static QTemporaryDir dir; // the renders of one run, removed when the test ends
    const QString path = dir.filePath(QStringLiteral("ecologic-%1.png").arg(name));
    QVERIFY2(widget->grab().save(path), qPrintable(path));
    // To look at them: RECAISSE_TEST_GRABS=/some/folder keeps a copy there.
    const QString keep = qEnvironmentVariable("RECAISSE_TEST_GRABS");
    if (!keep.isEmpty())
        widget->grab().save(keep + QStringLiteral("/ecologic-%1.png").arg(name));
}

} // namespace

class TestEcologicPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void previewShowsEveryCategoryAndATotal();
    void exportWritesAVersionAndTheHistory();
    void exportWithoutPublisherIsQueuedForTheDrive();
    void badRangeIsExplained();
    void cashierSeesWhyNot();
    void schedulesAddAndRemove();
    void rendersAt1366x768();
    void partnerSelectorExportsThatPartner();

private:
    template<typename T>
    T *child(const char *name) const
    {
        return m_page->findChild<T *>(QLatin1String(name));
    }

    std::unique_ptr<test::TestShop> m_shop;
    std::unique_ptr<ui::EcologicPage> m_page;
    QStringList m_published;
    QStringList m_opened;
};

void TestEcologicPage::initTestCase()
{
    qApp->setStyleSheet(ui::MainWindow::styleSheet());
    // To look at the screenshots in French: RECAISSE_TEST_QM=<a .qm made by lrelease>.
    const QString qm = qEnvironmentVariable("RECAISSE_TEST_QM");
    if (!qm.isEmpty()) {
        auto *translator = new QTranslator(qApp);
        QVERIFY2(translator->load(qm), qPrintable(qm));
        QCoreApplication::installTranslator(translator);
    }
    m_shop = test::TestShop::create(core::StationKind::Register, test::TestShop::DemoShop);
    QVERIFY(m_shop);
    QVERIFY(core::DemoShop(*m_shop->store, m_shop->clock).generate(45, 11).ok());
    m_page = std::make_unique<ui::EcologicPage>(*m_shop->store, m_shop->admin);
    m_page->setPublisher([this](const QString &, const QString &remote) { m_published << remote; });
    m_page->setFolderOpener([this](const QString &folder) { m_opened << folder; });
    m_page->resize(screenSize);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestEcologicPage::cleanupTestCase()
{
    m_page.reset();
    m_shop.reset();
}

void TestEcologicPage::previewShowsEveryCategoryAndATotal()
{
    // The default period is the last complete quarter (the clock says 10 March 2026).
    auto period = m_page->selectedPeriod();
    QVERIFY(period.ok());
    QCOMPARE(period->from, QDate(2025, 10, 1));

    m_page->selectPeriod(*core::EcologicPeriod::quarter(2026, 1));
    auto *table = child<QTableWidget>("declarationTable");
    QCOMPARE(table->rowCount(), 9);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("EEE-1"));
    QCOMPARE(table->item(7, 0)->text(), QStringLiteral("EEE-8"));
    // The table shows what core computed.
    auto declaration =
        core::EcologicExport(*m_shop->store).aggregate(*core::EcologicPeriod::quarter(2026, 1));
    QVERIFY(declaration.ok());
    QCOMPARE(table->item(0, 2)->text(), QString::number(declaration->rows.at(0).depositCount));
    qint64 items = 0;
    for (const core::EcologicRow &row : declaration->rows)
        items += row.reuseCount;
    QCOMPARE(table->item(8, 6)->text(), QString::number(items));
    QVERIFY(child<QPushButton>("exportButton")->isEnabled());
}

void TestEcologicPage::exportWritesAVersionAndTheHistory()
{
    m_page->selectPeriod(*core::EcologicPeriod::quarter(2026, 1));
    QSignalSpy exported(m_page.get(), &ui::EcologicPage::exported);
    QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
    // The export runs on a worker thread; the page stays responsive meanwhile.
    QTRY_COMPARE(exported.size(), 1);
    QVERIFY(!m_page->isExporting());
    const QString file = exported.first().first().toString();
    QVERIFY(QFile::exists(file));
    QVERIFY(file.endsWith(QStringLiteral("_2026-01-01_2026-03-31_v1.csv")));
    // The demo shop's declaration says it is one.
    QVERIFY2(QFileInfo(file).fileName().startsWith(QLatin1String("demonstration_ecologic_")),
        qPrintable(file));
    QCOMPARE(m_published.size(), 1);
    QVERIFY(child<QLabel>("statusLabel")->text().contains(QStringLiteral("v1.csv")));
    QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
    QTRY_COMPARE(exported.size(), 2);
    QVERIFY(exported.last().first().toString().endsWith(QStringLiteral("_v2.csv")));
    QCOMPARE(child<QTableWidget>("historyTable")->rowCount(), 2);

    QTest::mouseClick(child<QPushButton>("openFolderButton"), Qt::LeftButton);
    QCOMPARE(m_opened.size(), 1);
    QCOMPARE(m_opened.first(), QFileInfo(file).absolutePath());
}

void TestEcologicPage::exportWithoutPublisherIsQueuedForTheDrive()
{
    // The page as app/main.cpp builds it: no publisher injected. A site with a kDrive account
    // must get its export queued for exports/ all the same.
    auto shop = test::TestShop::create(core::StationKind::Register, test::TestShop::DemoShop);
    QVERIFY(shop);
    QVERIFY(core::DemoShop(*shop->store, shop->clock).generate(20, 5).ok());
    core::Database &db = shop->store->db();
    QVERIFY(
        db.exec(QStringLiteral("INSERT INTO sync_account (site_id, url, user_name, created_utc) "
                               "VALUES ('%1', 'https://drive.example/shop', 'shop@example.org', "
                               "'2026-03-01T08:00:00Z')")
                    .arg(shop->store->site().id)));
    ui::EcologicPage page(*shop->store, shop->admin);
    page.selectPeriod(*core::EcologicPeriod::quarter(2026, 1));
    QSignalSpy exported(&page, &ui::EcologicPage::exported);
    QTest::mouseClick(
        page.findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
    QTRY_COMPARE(exported.size(), 1);
    const QString file = exported.first().first().toString();

    QSqlQuery queued(db.connection());
    QVERIFY(queued.exec(
        QStringLiteral("SELECT local_path, remote_path FROM sync_outbox WHERE done_utc IS NULL")));
    QVERIFY2(queued.next(), "the export was not queued for upload");
    QCOMPARE(QFileInfo(queued.value(0).toString()).absoluteFilePath(),
        QFileInfo(file).absoluteFilePath());
    QCOMPARE(queued.value(1).toString(), QStringLiteral("exports/") + QFileInfo(file).fileName());
    QVERIFY(!queued.next());
}

void TestEcologicPage::badRangeIsExplained()
{
    auto *kind = child<QComboBox>("periodKind");
    kind->setCurrentIndex(3);
    child<QDateEdit>("fromDate")->setDate(QDate(2026, 3, 1));
    child<QDateEdit>("toDate")->setDate(QDate(2026, 2, 1));
    QTest::mouseClick(child<QPushButton>("previewButton"), Qt::LeftButton);
    QLabel *status = child<QLabel>("statusLabel");
    QVERIFY2(status->property("error").toBool(), qPrintable(status->text()));
    QCOMPARE(child<QTableWidget>("declarationTable")->rowCount(), 0);
    const int runs = child<QTableWidget>("historyTable")->rowCount();
    QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
    QCOMPARE(child<QTableWidget>("historyTable")->rowCount(), runs);
    m_page->selectPeriod(*core::EcologicPeriod::quarter(2026, 1));
}

void TestEcologicPage::cashierSeesWhyNot()
{
    ui::EcologicPage page(*m_shop->store, m_shop->cashier);
    QLabel *status = page.findChild<QLabel *>(QStringLiteral("statusLabel"));
    QVERIFY(status->property("error").toBool());
    QVERIFY(!status->text().isEmpty());
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
}

void TestEcologicPage::schedulesAddAndRemove()
{
    m_page->findChild<QTabWidget *>()->setCurrentIndex(1);
    auto *kind = child<QComboBox>("scheduleKind");
    kind->setCurrentIndex(2); // monthly
    QVERIFY(
        child<QComboBox>("scheduleCovers")->currentData().toString() == QStringLiteral("month"));
    QTest::mouseClick(child<QPushButton>("addScheduleButton"), Qt::LeftButton);
    kind->setCurrentIndex(3); // quarterly
    QTest::mouseClick(child<QPushButton>("addScheduleButton"), Qt::LeftButton);
    auto *table = child<QTableWidget>("schedulesTable");
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(core::ExportSchedules(*m_shop->store).list().size(), 2);
    QVERIFY(child<QLabel>("scheduleStatus")->text().contains(QStringLiteral("01/04/2026")));

    // A bad cron expression is explained and adds nothing.
    kind->setCurrentIndex(4);
    child<QLineEdit>("scheduleCron")->setText(QStringLiteral("0 6 * *"));
    QTest::mouseClick(child<QPushButton>("addScheduleButton"), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 2);
    QVERIFY(child<QLabel>("scheduleStatus")->text().contains(QStringLiteral("0 6 * *")));

    table->selectRow(0);
    QTest::mouseClick(child<QPushButton>("removeScheduleButton"), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    kind->setCurrentIndex(3);
    QTest::mouseClick(child<QPushButton>("addScheduleButton"), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 2);
}

void TestEcologicPage::rendersAt1366x768()
{
    auto *tabs = m_page->findChild<QTabWidget *>();
    QVERIFY(tabs);
    m_page->resize(screenSize);
    m_page->selectPeriod(*core::EcologicPeriod::quarter(2026, 1));
    tabs->setCurrentIndex(0);
    QTest::qWait(20);
    saveGrab(m_page.get(), QStringLiteral("declaration"));
    // Every column of the preview fits without a horizontal scroll bar.
    auto *table = child<QTableWidget>("declarationTable");
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    tabs->setCurrentIndex(1);
    QTest::qWait(20);
    saveGrab(m_page.get(), QStringLiteral("schedules"));
    tabs->setCurrentIndex(2);
    QTest::qWait(20);
    saveGrab(m_page.get(), QStringLiteral("history"));
}

// Another eco-organism chosen: its categories in the preview, its file exported and valid.
void TestEcologicPage::partnerSelectorExportsThatPartner()
{
    auto *selector = child<QComboBox>("partner");
    QVERIFY(selector);
    QCOMPARE(selector->count(), 3);
    QCOMPARE(m_page->partner(), QStringLiteral("ecologic"));
    m_page->selectPartner(QStringLiteral("ecomaison"));
    QCOMPARE(selector->currentText(), QStringLiteral("Ecomaison"));
    m_page->selectPeriod(*core::EcologicPeriod::quarter(2026, 1));
    auto *table = child<QTableWidget>("declarationTable");
    const auto definition = core::Partners::definition(QStringLiteral("ecomaison"));
    QVERIFY(definition);
    QCOMPARE(table->rowCount(), int(definition->codes.size()) + 1); // and the total
    QCOMPARE(table->item(0, 0)->text(), definition->codes.first().code);
    QSignalSpy exported(m_page.get(), &ui::EcologicPage::exported);
    QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
    QTRY_COMPARE(exported.size(), 1);
    const QString file = exported.first().first().toString();
    QVERIFY2(QFileInfo(file).fileName().startsWith(QLatin1String("demonstration_ecomaison_")),
        qPrintable(file));
    QFile bytes(file);
    QVERIFY(bytes.open(QIODevice::ReadOnly));
    QVERIFY(definition->check(bytes.readAll()).ok());
    m_page->selectPartner(QStringLiteral("ecologic"));
}

QTEST_MAIN(TestEcologicPage)
#include "tst_ecologicpage.moc"
