#include "core/admin/auditactions.h"
#include "core/admin/sites.h"
#include "core/admin/useradmin.h"
#include "core/categories.h"
#include "core/closings.h"
#include "core/exports/partners.h"
#include "core/ledger.h"
#include "core/money.h"
#include "core/registermode.h"
#include "core/store.h"
#include "core/sync/backup.h"
#include "core/sync/syncengine.h"
#include "core/technicalevents.h"
#include "core/users.h"
#include "core/vat.h"
#include "tests/support/adminshop.h"
#include "tests/support/memoryremote.h"
#include "ui/admin/adminpanel.h"
#include "ui/admin/adminscreenshots.h"
#include "ui/admin/auditpage.h"
#include "ui/admin/brandingpage.h"
#include "ui/admin/categoriespage.h"
#include "ui/admin/closingspage.h"
#include "ui/admin/healthpage.h"
#include "ui/admin/overviewpage.h"
#include "ui/admin/sessionspage.h"
#include "ui/admin/userspage.h"
#include "ui/cashier/zreportview.h"

#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

#include <algorithm>
#include <memory>

using namespace recaisse;

namespace {
const QSize screenSize(1366, 768);

QVariant scalar(core::Store &store, const QString &sql)
{
    QSqlQuery query(store.db().connection());
    if (!query.exec(sql) || !query.next())
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query.value(0);
}
} // namespace

class TestAdminPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void overviewShowsEveryRegister();
    void overviewRefreshesItself();
    void overviewFitsTheScreenAfterALongPage();
    void sessionsFilterAndDetail();
    void closingsListAndPrint();
    void usersCreateAndProtectTheLastAdmin();
    void categoriesRefuseOverlappingNames();
    void categoryEcoOrganismBySuperAdminOnly();
    void categoryPricePerKg();
    void ticketRulesFromThePanel();
    void brandingRefusesBadColoursAndLogos();
    void thresholdsRefuseBadAmounts_data();
    void thresholdsRefuseBadAmounts();
    void registerModeIsAStationSetting();
    void auditFilterTextIsLiteral_data();
    void auditFilterTextIsLiteral();
    void auditListGrowsAsItScrolls();
    void auditExportsAndVerifies();
    void auditVerificationCanBeCancelled();
    void auditVerificationSaysWhatCannotBeRead();
    void healthTakesInputsFromOutside();
    void healthShowsAFailedBackup();
    void healthSaysWhenSyncFactsCannotBeRead();
    void healthConfirmsThePcClock();
    void superAdminAddsASite();
    void slotsForSyncAndExports();
    void supervisorReadsButChangesNothing();
    void cashierAndReceptionAreRefused();
    void screenshotsOfEveryPage();

private:
    ui::AdminPanel *openPanel(const core::Actor &actor, const QString &page);
    template<typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }
    // Saves a render of `widget` (the shared panel by default) when RECAISSE_ADMIN_LOOK is set.
    void look(const QString &name, QWidget *widget = nullptr);

    std::unique_ptr<test::AdminShop> m_data;
    std::unique_ptr<ui::AdminPanel> m_panel;
};

void TestAdminPanel::initTestCase()
{
    QFile style(QStringLiteral(":/style/recaisse.qss"));
    if (style.open(QIODevice::ReadOnly))
        qApp->setStyleSheet(QString::fromUtf8(style.readAll()));
    // To look at the French pages: RECAISSE_TEST_TRANSLATION=/path/to/recaisse_fr.qm, and
    // RECAISSE_ADMIN_LOOK=/some/dir to keep the renders.
    const QString translation = qEnvironmentVariable("RECAISSE_TEST_TRANSLATION");
    if (!translation.isEmpty()) {
        auto *translator = new QTranslator(qApp);
        QVERIFY2(translator->load(translation), qPrintable(translation));
        QCoreApplication::installTranslator(translator);
    }
    m_data = test::AdminShop::create();
    QVERIFY(m_data);
}

void TestAdminPanel::cleanup()
{
    m_panel.reset();
}

ui::AdminPanel *TestAdminPanel::openPanel(const core::Actor &actor, const QString &page)
{
    m_panel = std::make_unique<ui::AdminPanel>(*m_data->shop->store, actor);
    m_panel->resize(screenSize);
    m_panel->show();
    if (!QTest::qWaitForWindowExposed(m_panel.get()))
        qWarning("panel not exposed");
    if (!page.isEmpty() && !m_panel->showPage(page))
        qWarning("no page %s", qPrintable(page));
    return m_panel.get();
}

void TestAdminPanel::look(const QString &name, QWidget *widget)
{
    const QString dir = qEnvironmentVariable("RECAISSE_ADMIN_LOOK");
    if (!widget)
        widget = m_panel.get();
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    QApplication::processEvents(); // the layouts settle as they would before a paint
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void TestAdminPanel::overviewShowsEveryRegister()
{
    auto *panel = openPanel(m_data->shop->admin, QString());
    QCOMPARE(panel->currentPage(), QStringLiteral("overview"));
    ui::OverviewPage *page = panel->overviewPage();
    QTableWidget *table = page->stationsTable();
    QCOMPARE(table->rowCount(), 3);
    QVERIFY(table->item(0, 0)->text().startsWith(QStringLiteral("CAISSE1")));
    QCOMPARE(table->item(0, 1)->text(), core::OverviewReport::tr("open"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Camille"));
    QCOMPARE(table->item(0, 8)->text(), QStringLiteral("1"));
    // This computer's register is always up to date; the copies were pulled 13 minutes ago.
    QCOMPARE(table->item(0, 9)->text(), core::OverviewReport::tr("up to date just now"));
    QCOMPARE(
        table->item(1, 9)->text(), core::OverviewReport::tr("up to date %n min ago", nullptr, 13));
    QVERIFY(table->item(1, 1)->text().startsWith(
        core::OverviewReport::tr("closed since %1").arg(QString())));
    look(QStringLiteral("overview"));
}

void TestAdminPanel::overviewRefreshesItself()
{
    auto *panel = openPanel(m_data->shop->admin, QStringLiteral("overview"));
    ui::OverviewPage *page = panel->overviewPage();
    QVERIFY(page->refreshTimer()->isActive());
    m_data->shop->clock.advanceSecs(600);
    page->refreshTimer()->setInterval(20);
    QTRY_COMPARE(page->stationsTable()->item(1, 9)->text(),
        core::OverviewReport::tr("up to date %n min ago", nullptr, 23));
    m_data->shop->clock.advanceSecs(-600);
    panel->showPage(QStringLiteral("health"));
    QVERIFY(!page->refreshTimer()->isActive());
}

void TestAdminPanel::sessionsFilterAndDetail()
{
    auto *panel = openPanel(m_data->shop->admin, QStringLiteral("sessions"));
    ui::SessionsPage *page = panel->sessionsPage();
    auto *model = page->model();
    const int all = model->rowCount();
    QVERIFY(all > 10);
    auto *registerFilter = child<QComboBox>(page, QStringLiteral("registerFilter"));
    QCOMPARE(registerFilter->count(), 4);
    registerFilter->setCurrentIndex(registerFilter->findText(QStringLiteral("CAISSE2")));
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("searchButton")), Qt::LeftButton);
    QVERIFY(model->rowCount() > 0);
    QVERIFY(model->rowCount() < all);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, 0).data().toString(), QStringLiteral("CAISSE2"));
    child<QCheckBox>(page, QStringLiteral("longFilter"))->setChecked(true);
    page->search();
    QCOMPARE(model->rowCount(), 0);
    child<QCheckBox>(page, QStringLiteral("longFilter"))->setChecked(false);
    page->search();

    page->view()->setCurrentIndex(model->index(0, 0));
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("detailButton")), Qt::LeftButton);
    QVERIFY(page->detailShown());
    QVERIFY(!page->detail().tickets.isEmpty());
    QVERIFY(child<QLabel>(page, QStringLiteral("detailFigures"))
                ->text()
                .contains(ui::SessionsPage::tr("Counted")));
    look(QStringLiteral("session-detail"));
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("reprintButton")), Qt::LeftButton);
    QVERIFY(page->zReportView());
    QVERIFY(page->zReportView()->text().contains(QStringLiteral("CAISSE2-")));
    emit page->zReportView()->done();
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("backButton")), Qt::LeftButton);
    QVERIFY(!page->detailShown());
}

void TestAdminPanel::usersCreateAndProtectTheLastAdmin()
{
    auto *panel = openPanel(m_data->shop->admin, QStringLiteral("users"));
    ui::UsersPage *page = panel->usersPage();
    const int before = page->table()->rowCount();
    QCOMPARE(page->matrix()->rowCount(), int(core::allPermissions().size()));
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("newButton")), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("nameField")), QStringLiteral("Lou"));
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("newPinField")), QStringLiteral("2468"));
    QTest::keyClicks(
        child<QLineEdit>(page, QStringLiteral("telegramField")), QStringLiteral("abc"));
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(page->messageLabel()->isVisible());
    QCOMPARE(page->table()->rowCount(), before); // nothing created
    child<QLineEdit>(page, QStringLiteral("telegramField"))->setText(QStringLiteral("123456789"));
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(page->table()->rowCount(), before + 1);
    QVERIFY(core::Users(*m_data->shop->store).findByName(QStringLiteral("Lou")).ok());
    QVERIFY(core::UserAdministration(*m_data->shop->store)
                .telegramWhitelist()
                .contains(QStringLiteral("123456789")));

    // The demo's other administrator goes; then Admin is the last one and stays.
    page->selectUser(QStringLiteral("Dominique"));
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("activeButton")), Qt::LeftButton);
    QVERIFY(!core::Users(*m_data->shop->store).findByName(QStringLiteral("Dominique"))->active);
    page->selectUser(QStringLiteral("Admin"));
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("activeButton")), Qt::LeftButton);
    QVERIFY(page->messageLabel()->isVisible());
    QVERIFY(core::Users(*m_data->shop->store).find(m_data->shop->admin.userId)->active);
    look(QStringLiteral("users"));
    page->selectUser(QStringLiteral("Dominique"));
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("activeButton")), Qt::LeftButton);
    QVERIFY(core::Users(*m_data->shop->store).findByName(QStringLiteral("Dominique"))->active);
}

void TestAdminPanel::categoriesRefuseOverlappingNames()
{
    auto *panel = openPanel(m_data->shop->admin, QStringLiteral("categories"));
    ui::CategoriesPage *page = panel->categoriesPage();
    QVERIFY(page->tree()->topLevelItemCount() > 0);
    const int count = int(core::CategoryCatalog(*m_data->shop->store).list(true).size());
    const QString existing = page->tree()->topLevelItem(0)->text(0);
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("newSiblingButton")), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("nameField")), existing.toLower());
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(page->messageLabel()->isVisible());
    QCOMPARE(int(core::CategoryCatalog(*m_data->shop->store).list(true).size()), count);

    child<QLineEdit>(page, QStringLiteral("nameField"))->setText(QStringLiteral("Luminaires"));
    child<QLineEdit>(page, QStringLiteral("defaultPriceField"))->setText(QStringLiteral("abc"));
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(page->messageLabel()->isVisible());
    QCOMPARE(int(core::CategoryCatalog(*m_data->shop->store).list(true).size()), count);
    child<QLineEdit>(page, QStringLiteral("defaultPriceField"))->setText(QStringLiteral("4,50"));
    child<QLineEdit>(page, QStringLiteral("colorField"))->setText(QStringLiteral("jaune"));
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(int(core::CategoryCatalog(*m_data->shop->store).list(true).size()), count);
    child<QLineEdit>(page, QStringLiteral("colorField"))->setText(QStringLiteral("#FFC107"));
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(int(core::CategoryCatalog(*m_data->shop->store).list(true).size()), count + 1);
    QCOMPARE(
        core::CategoryCatalog(*m_data->shop->store).find(page->selectedId())->defaultPriceCents,
        450);
    look(QStringLiteral("categories"));
}

// Sold by the kilo: the price per kg is typed in the category's form, saved through core (its
// bounds, audited), and emptied to sell by the item again.
void TestAdminPanel::categoryPricePerKg()
{
    core::Store &store = *m_data->shop->store;
    auto *panel = openPanel(m_data->shop->admin, QStringLiteral("categories"));
    ui::CategoriesPage *page = panel->categoriesPage();
    page->selectCategory(QStringLiteral("textile.linge"));
    auto *field = child<QLineEdit>(page, QStringLiteral("pricePerKgField"));
    QVERIFY(field && field->isEnabled());
    QVERIFY(field->text().isEmpty());
    const auto pricePerKg = [&store] {
        return core::CategoryCatalog(store).find(QStringLiteral("textile.linge"))->pricePerKgCents;
    };
    const int audited = test::auditCount(store, QStringLiteral("category.update"));
    // Above core's maximum (1 000,00 €/kg): refused, nothing written.
    field->setText(QStringLiteral("1000,01"));
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(page->messageLabel()->isVisible());
    QVERIFY(!pricePerKg());
    QCOMPARE(test::auditCount(store, QStringLiteral("category.update")), audited);
    field->setText(QStringLiteral("4,50"));
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(pricePerKg(), std::optional<qint64>(450));
    QCOMPARE(test::auditCount(store, QStringLiteral("category.update")), audited + 1);
    page->selectCategory(QStringLiteral("textile.linge"));
    QCOMPARE(field->text(), QStringLiteral("4,50"));
    field->clear();
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(!pricePerKg());
    QCOMPARE(test::auditCount(store, QStringLiteral("category.update")), audited + 2);
}

// The eco-organism of a category: shown to an administrator, changed by a super-administrator
// only, saved through core (audited).
void TestAdminPanel::categoryEcoOrganismBySuperAdminOnly()
{
    core::Store &store = *m_data->shop->store;
    auto *panel = openPanel(m_data->shop->admin, QStringLiteral("categories"));
    ui::CategoriesPage *page = panel->categoriesPage();
    page->selectCategory(QStringLiteral("mobilier.chaise"));
    auto *field = child<QComboBox>(page, QStringLiteral("partnerField"));
    QVERIFY(!field->isEnabled());
    QCOMPARE(field->currentIndex(), 0);
    QVERIFY2(field->currentText().contains(QStringLiteral("Ecomaison")),
        qPrintable(field->currentText()));

    core::Actor super = m_data->shop->admin;
    {
        QSqlQuery query(store.db().connection());
        QVERIFY(
            query.prepare(QStringLiteral("UPDATE app_user SET role = 'super-admin' WHERE id = ?")));
        query.addBindValue(super.userId);
        QVERIFY(query.exec());
    }
    super.role = core::Role::SuperAdmin;
    panel = openPanel(super, QStringLiteral("categories"));
    page = panel->categoriesPage();
    page->selectCategory(QStringLiteral("mobilier.chaise"));
    field = child<QComboBox>(page, QStringLiteral("partnerField"));
    QVERIFY(field->isEnabled());
    field->setCurrentIndex(field->findData(QStringLiteral("ecomaison/EA-PLAN")));
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("saveButton")), Qt::LeftButton);
    core::PartnerMapping mapping(store);
    QVERIFY(mapping.load());
    QVERIFY(mapping.explicitOf(QStringLiteral("mobilier.chaise")));
    QCOMPARE(
        mapping.resolve(QStringLiteral("mobilier.chaise"), {}).code, QStringLiteral("EA-PLAN"));
    QCOMPARE(test::auditCount(store, QStringLiteral("category.partner-map")), 1);
    // Back to the default.
    page->selectCategory(QStringLiteral("mobilier.chaise"));
    QCOMPARE(field->currentData().toString(), QStringLiteral("ecomaison/EA-PLAN"));
    field->setCurrentIndex(0);
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(mapping.load());
    QVERIFY(!mapping.explicitOf(QStringLiteral("mobilier.chaise")));
    QCOMPARE(test::auditCount(store, QStringLiteral("category.partner-map")), 2);
    {
        QSqlQuery query(store.db().connection());
        QVERIFY(query.prepare(QStringLiteral("UPDATE app_user SET role = 'admin' WHERE id = ?")));
        query.addBindValue(super.userId);
        QVERIFY(query.exec());
    }
}

static QPoint indicatorOf(const QCheckBox *box);

void TestAdminPanel::ticketRulesFromThePanel()
{
    core::Store &store = *m_data->shop->store;
    auto *panel = openPanel(m_data->shop->admin, QStringLiteral("branding"));
    ui::BrandingPage *page = panel->brandingPage();
    // The SIRET printed on the tickets: 14 digits or nothing.
    auto *siret = child<QLineEdit>(page, QStringLiteral("siretField"));
    siret->setText(QStringLiteral("1234"));
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(page->messageLabel()->isVisible());
    QVERIFY(core::Sites(store).branding()->siret.isEmpty());
    siret->setText(QStringLiteral("123 456 789 00012"));
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(core::Sites(store).branding()->siret, QStringLiteral("12345678900012"));
    // Every ticket printed, then on request again: both audited.
    auto *every = child<QCheckBox>(page, QStringLiteral("everyTicketBox"));
    QVERIFY(!every->isChecked());
    QTest::mouseClick(every, Qt::LeftButton, {}, indicatorOf(every));
    QVERIFY(*core::TillRules(store).printEveryTicket());
    QTest::mouseClick(every, Qt::LeftButton, {}, indicatorOf(every));
    QVERIFY(!*core::TillRules(store).printEveryTicket());
    QCOMPARE(test::auditCount(store, QStringLiteral("site.ticket-printing")), 2);

    // Bicycles become durable goods with a 12-month warranty.
    panel = openPanel(m_data->shop->admin, QStringLiteral("categories"));
    ui::CategoriesPage *categories = panel->categoriesPage();
    categories->selectCategory(QStringLiteral("sport.velo"));
    auto *durable = child<QCheckBox>(categories, QStringLiteral("durableField"));
    QVERIFY(!durable->isChecked());
    durable->setChecked(true);
    child<QSpinBox>(categories, QStringLiteral("warrantyField"))->setValue(12);
    QTest::mouseClick(child<QPushButton>(categories, QStringLiteral("saveButton")), Qt::LeftButton);
    const auto velo = core::CategoryCatalog(store).find(QStringLiteral("sport.velo"));
    QVERIFY(velo.ok());
    const auto warranty = core::TillRules(store).warrantyOf(*velo);
    QVERIFY(warranty->durable);
    QCOMPARE(warranty->months, 12);
    // A lamp is durable without anybody saying so.
    categories->selectCategory(QStringLiteral("eee.lampe"));
    QVERIFY(durable->isChecked());
    QCOMPARE(child<QSpinBox>(categories, QStringLiteral("warrantyField"))->value(), 24);
}

void TestAdminPanel::brandingRefusesBadColoursAndLogos()
{
    auto *panel = openPanel(m_data->shop->admin, QStringLiteral("branding"));
    ui::BrandingPage *page = panel->brandingPage();
    const QString name = m_data->shop->store->site().name;
    auto *primary = child<QLineEdit>(page, QStringLiteral("primaryColorField"));
    primary->setText(QStringLiteral("vert"));
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(page->messageLabel()->isVisible());
    QCOMPARE(page->messageLabel()->text(),
        core::Sites::tr("A colour is written #RRGGBB, for example #2E7D32."));

    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("logo.png"));
    QFile fake(text);
    QVERIFY(fake.open(QIODevice::WriteOnly));
    fake.write("not an image at all");
    fake.close();
    page->useLogoFile(text);
    QVERIFY(page->messageLabel()->text().contains(QStringLiteral("PNG")));
    const QString huge = dir.filePath(QStringLiteral("huge.png"));
    QFile big(huge);
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(2 * 1024 * 1024, '\0'));
    big.close();
    page->useLogoFile(huge);
    QVERIFY(page->messageLabel()->text().contains(
        core::Sites::tr("The logo is too large (%1 Ko): at most %2 Ko.").left(10)));
    // A PNG header on garbage: refused too.
    const QString broken = dir.filePath(QStringLiteral("broken.png"));
    QFile brokenFile(broken);
    QVERIFY(brokenFile.open(QIODevice::WriteOnly));
    brokenFile.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, 'x'));
    brokenFile.close();
    page->useLogoFile(broken);
    QVERIFY(page->messageLabel()->text().contains(
        ui::BrandingPage::tr("This file is damaged or is not a picture: choose another logo.")));
    QVERIFY(core::Sites(*m_data->shop->store)
                .find(m_data->shop->admin, m_data->shop->store->site().id)
                ->logo.isEmpty());

    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(QColor(0x2E, 0x7D, 0x32));
    const QString good = dir.filePath(QStringLiteral("good.png"));
    QVERIFY(image.save(good));
    page->useLogoFile(good);
    primary->setText(QStringLiteral("#1565C0"));
    child<QPlainTextEdit>(page, QStringLiteral("receiptFooterField"))
        ->setPlainText(QStringLiteral("Merci et à bientôt !"));
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("saveButton")), Qt::LeftButton);
    const core::SiteSettings saved =
        *core::Sites(*m_data->shop->store)
             .find(m_data->shop->admin, m_data->shop->store->site().id);
    QCOMPARE(saved.primaryColor, QStringLiteral("#1565C0"));
    QVERIFY(!saved.logo.isEmpty());
    QCOMPARE(saved.receiptFooter, QStringLiteral("Merci et à bientôt !"));
    QCOMPARE(saved.name, name);
    look(QStringLiteral("branding"));
}

void TestAdminPanel::thresholdsRefuseBadAmounts_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("letters") << "abc" << false;
    QTest::newRow("negative") << "-5" << false;
    QTest::newRow("too big") << "20000" << false;
    QTest::newRow("sql") << "1'; DROP TABLE station; --" << false;
    QTest::newRow("french") << "7,50" << true;
}

void TestAdminPanel::thresholdsRefuseBadAmounts()
{
    QFETCH(QString, typed);
    QFETCH(bool, accepted);
    auto *panel = openPanel(m_data->shop->admin, QStringLiteral("branding"));
    ui::BrandingPage *page = panel->brandingPage();
    QTableWidget *table = page->thresholdsTable();
    QCOMPARE(table->rowCount(), 3);
    const qint64 before = m_data->shop->store->station().varianceThresholdCents;
    table->item(0, 1)->setText(typed);
    QTest::mouseClick(
        child<QPushButton>(page, QStringLiteral("saveThresholdsButton")), Qt::LeftButton);
    QVERIFY(page->messageLabel()->isVisible());
    if (accepted) {
        QCOMPARE(m_data->shop->store->station().varianceThresholdCents, 750);
        QVERIFY(core::Sites(*m_data->shop->store)
                    .setThreshold(m_data->shop->admin, m_data->shop->store->station().id, before)
                    .ok());
    } else {
        QCOMPARE(m_data->shop->store->station().varianceThresholdCents, before);
        QVERIFY(!page->messageLabel()->text().isEmpty());
    }
}

// Where a finger ticks a check box: its box, at the left (the widget may be wider than its text).
static QPoint indicatorOf(const QCheckBox *box)
{
    return {12, box->height() / 2};
}

void TestAdminPanel::registerModeIsAStationSetting()
{
    core::Store &store = *m_data->shop->store;
    const auto audited = [&store] {
        return test::auditCount(store, QStringLiteral("settings.register-mode"));
    };
    const int before = audited();
    auto *panel = openPanel(m_data->shop->admin, QStringLiteral("branding"));
    QCheckBox *box = panel->brandingPage()->registerModeBox();
    QVERIFY(box->isEnabled());
    QVERIFY(!box->isChecked());
    QTest::mouseClick(box, Qt::LeftButton, {}, indicatorOf(box));
    QVERIFY(core::RegisterMode(store).isOn());
    QCOMPARE(audited(), before + 1);
    QTest::mouseClick(box, Qt::LeftButton, {}, indicatorOf(box));
    QVERIFY(!core::RegisterMode(store).isOn());
    QCOMPARE(audited(), before + 2);

    // A supervisor sees it and cannot change it; core refuses too.
    panel = openPanel(m_data->shop->supervisor, QStringLiteral("branding"));
    QVERIFY(!panel->brandingPage()->registerModeBox()->isEnabled());
    QVERIFY(!core::RegisterMode(store).set(m_data->shop->supervisor, true));
    QCOMPARE(audited(), before + 2);
}

void TestAdminPanel::auditFilterTextIsLiteral_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("quote") << "' OR '1'='1";
    QTest::newRow("drop") << "x'); DROP TABLE audit_event; --";
    QTest::newRow("percent") << "%";
    QTest::newRow("underscore") << "z_q_z";
}

void TestAdminPanel::auditFilterTextIsLiteral()
{
    QFETCH(QString, text);
    auto *panel = openPanel(m_data->shop->admin, QStringLiteral("audit"));
    ui::AuditPage *page = panel->auditPage();
    QVERIFY(page->model()->rowCount() > 0);
    QTest::keyClicks(page->textField(), text);
    QTest::keyClick(page->textField(), Qt::Key_Return);
    QCOMPARE(page->model()->rowCount(), 0);
    QVERIFY(!page->messageLabel()->isVisible());
    page->textField()->clear();
    page->search();
    QVERIFY(page->model()->rowCount() > 0);
}

void TestAdminPanel::auditListGrowsAsItScrolls()
{
    // More than two pages of events, some at the same instant (the keyset orders them).
    core::Store &store = *m_data->shop->store;
    core::AuditLog audit(store);
    for (int i = 0; i < 2 * ui::AuditPage::pageSize; ++i) {
        QVERIFY(
            audit
                .record(m_data->shop->admin.userId, QStringLiteral("test.page"), QString::number(i))
                .ok());
        if (i % 3 == 0)
            m_data->shop->clock.advanceSecs(1);
    }
    auto *panel = openPanel(m_data->shop->admin, QStringLiteral("audit"));
    ui::AuditPage *page = panel->auditPage();
    const qint64 events =
        scalar(store, QStringLiteral("SELECT count(*) FROM audit_event")).toLongLong();
    // One page when the list opens; the next ones as the view reaches its bottom.
    QCOMPARE(page->model()->rowCount(), ui::AuditPage::pageSize);
    QVERIFY(page->model()->canFetchMore({}));
    page->view()->setFocus();
    page->view()->setCurrentIndex(page->model()->index(0, 0));
    for (int i = 0; i < 200 && page->model()->canFetchMore({}); ++i) {
        QTest::keyClick(page->view(), Qt::Key_End, Qt::ControlModifier);
        QApplication::processEvents();
    }
    QVERIFY2(!page->model()->canFetchMore({}),
        qPrintable(QStringLiteral("%1 of %2 read, current row %3")
                       .arg(page->model()->rowCount())
                       .arg(events)
                       .arg(page->view()->currentIndex().row())));
    QCOMPARE(page->model()->rowCount(), int(events));
    QCOMPARE(page->rows().size(), int(events));
    // Newest first, without a gap or a repeat between pages.
    QSet<QString> keys;
    for (int i = 0; i < page->rows().size(); ++i) {
        const core::AuditLog::Event &e = page->rows().at(i).event;
        keys.insert(e.stationId + QLatin1Char('/') + QString::number(e.seq));
        if (i > 0)
            QVERIFY(page->rows().at(i - 1).event.atUtc >= e.atUtc);
    }
    QCOMPARE(keys.size(), int(events));
    // The action column shows words, not keys: a key this version knows has its label, one it
    // does not know (a newer station's) is shown as it is.
    for (int i = 0; i < page->rows().size(); ++i) {
        const QString key = page->rows().at(i).event.action;
        const QString shown = page->model()->index(i, 3).data().toString();
        QCOMPARE(shown, core::AuditActions::label(key));
        if (core::AuditActions::isKnown(key))
            QVERIFY2(shown != key, qPrintable(key));
    }
}

void TestAdminPanel::auditExportsAndVerifies()
{
    auto *panel = openPanel(m_data->shop->admin, QStringLiteral("audit"));
    ui::AuditPage *page = panel->auditPage();
    page->view()->setCurrentIndex(page->model()->index(0, 0));
    QVERIFY(!page->detailView()->toPlainText().isEmpty());
    // The export has every event of the list, also those the view has not read yet.
    while (page->model()->canFetchMore({}))
        page->model()->fetchMore({});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    QVERIFY(page->exportTo(path));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count('\n'), page->rows().size() + 1);
    // The check runs on a worker: the page keeps processing events and the bar follows it.
    QList<int> seen;
    connect(page->integrityProgress(), &QProgressBar::valueChanged, this,
        [&seen](int value) { seen.append(value); });
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("verifyButton")), Qt::LeftButton);
    QVERIFY(page->verifying());
    QVERIFY(page->integrityProgress()->isVisible());
    QVERIFY(!child<QPushButton>(page, QStringLiteral("verifyButton"))->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!page->verifying(), 60000);
    QVERIFY(child<QPushButton>(page, QStringLiteral("verifyButton"))->isEnabled());
    core::Store &store = *m_data->shop->store;
    // Every document and audit event, but the verification's own event, recorded after it.
    const qint64 total = scalar(store, QStringLiteral("SELECT count(*) FROM document")).toLongLong()
        + scalar(store, QStringLiteral("SELECT count(*) FROM audit_event")).toLongLong() - 1;
    QCOMPARE(page->integrityProgress()->maximum(), int(total));
    QCOMPARE(page->integrityProgress()->value(), int(total));
    QVERIFY2(seen.size() > 10, qPrintable(QString::number(seen.size()))); // steps, not one jump
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    // The copied stations carry the source's hashes: the check reports them, clearly.
    QVERIFY(!page->integrityLabel()->text().isEmpty());
    QCOMPARE(page->integrityLabel()->property("kind").toString(), QStringLiteral("error"));
    look(QStringLiteral("audit"));
}

void TestAdminPanel::auditVerificationCanBeCancelled()
{
    auto *panel = openPanel(m_data->shop->admin, QStringLiteral("audit"));
    ui::AuditPage *page = panel->auditPage();
    core::Store &store = *m_data->shop->store;
    const int verifications = test::auditCount(store, QStringLiteral("integrity.verify"));
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("verifyButton")), Qt::LeftButton);
    auto *cancel = child<QPushButton>(page, QStringLiteral("cancelVerifyButton"));
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->verifying(), 60000);
    QVERIFY(!cancel->isVisible());
    const QString cancelled =
        ui::AuditPage::tr("Verification cancelled after %1 documents and %2 audit events: "
                          "nothing is known about the rest.");
    QVERIFY2(
        page->integrityLabel()->text().startsWith(cancelled.section(QStringLiteral("%1"), 0, 0)),
        qPrintable(page->integrityLabel()->text()));
    QVERIFY(page->integrityProgress()->value() < page->integrityProgress()->maximum());
    // The cancelled run is audited as such.
    QCOMPARE(test::auditCount(store, QStringLiteral("integrity.verify")), verifications + 1);
    QVERIFY(scalar(store,
        QStringLiteral("SELECT details FROM audit_event WHERE action = 'integrity.verify' "
                       "ORDER BY at_utc DESC, seq DESC LIMIT 1"))
                .toString()
                .contains(QStringLiteral("\"cancelled\":true")));
    // A closed page stops its verification and waits for the worker.
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("verifyButton")), Qt::LeftButton);
    QVERIFY(page->verifying());
    m_panel.reset();
}

void TestAdminPanel::auditVerificationSaysWhatCannotBeRead()
{
    auto shop = test::TestShop::create();
    QVERIFY(shop);
    QSqlQuery drop(shop->store->db().connection());
    QVERIFY(drop.exec(QStringLiteral("DROP TABLE cash_movement")));
    ui::AdminPanel panel(*shop->store, shop->admin);
    panel.resize(screenSize);
    panel.show();
    QVERIFY(panel.showPage(QStringLiteral("audit")));
    ui::AuditPage *page = panel.auditPage();
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("verifyButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->verifying(), 60000);
    // The reason, in the page's message line; not "intact", not an empty result.
    QVERIFY(page->messageLabel()->isVisible());
    QCOMPARE(page->messageLabel()->property("kind").toString(), QStringLiteral("error"));
    QVERIFY2(page->messageLabel()->text().contains(QStringLiteral("cash_movement")),
        qPrintable(page->messageLabel()->text()));
    QVERIFY(!page->integrityLabel()->isVisible());
}

void TestAdminPanel::healthTakesInputsFromOutside()
{
    auto *panel = openPanel(m_data->shop->admin, QStringLiteral("health"));
    ui::HealthPage *page = panel->healthPage();
    QVERIFY(page->report().needsAttention()); // never backed up nor synced
    const QDateTime now = m_data->shop->clock.nowUtc();
    panel->setHealthInputsProvider([now] {
        return core::HealthInputs{now.addSecs(-3600), now.addSecs(-600), 0, {}, {}, {}};
    });
    QCOMPARE(page->report().lastSyncUtc, now.addSecs(-600));
    // The preventive maintenance: every subject on the page with its advice.
    QVERIFY(!page->report().maintenance.isEmpty());
    const QString shown = page->maintenanceLabel()->text();
    for (const core::MaintenanceItem &item : page->report().maintenance) {
        QVERIFY2(shown.contains(item.subject.toHtmlEscaped()), qPrintable(item.subject));
        QVERIFY2(shown.contains(item.advice.toHtmlEscaped()), qPrintable(item.advice));
    }
    look(QStringLiteral("health"));
}

void TestAdminPanel::healthShowsAFailedBackup()
{
    core::Store &store = *m_data->shop->store;
    test::MemoryRemote remote;
    remote.setFault([](const QString &operation, const QString &) {
        return operation == QLatin1String("put")
            ? std::optional(core::sync::RemoteError{core::sync::Failure::Quota, 507,
                QStringLiteral("The drive is full (HTTP 507)."), -1})
            : std::nullopt;
    });
    const QDateTime failedAt = m_data->shop->clock.nowUtc();
    const auto backup = core::sync::Backup::upload(store, remote);
    QVERIFY(!backup.ok());
    auto *panel = openPanel(m_data->shop->admin, QStringLiteral("health"));
    ui::HealthPage *page = panel->healthPage();
    // As the program wires it: the sync's facts, read from the station's database.
    panel->setHealthInputsProvider(
        [&store] { return core::sync::SyncEngine::healthInputs(store); });
    QCOMPARE(page->report().lastBackupFailureUtc, failedAt);
    QCOMPARE(page->report().lastBackupError, backup.error().message);
    QVERIFY(page->report().needsAttention());
    const QString advice = page->adviceLabel()->text();
    QVERIFY2(advice.contains(backup.error().message.toHtmlEscaped()), qPrintable(advice));
    QVERIFY2(
        advice.contains(
            failedAt.toTimeZone(store.timeZone()).toString(QStringLiteral("dd/MM/yyyy HH:mm"))),
        qPrintable(advice));
    QVERIFY(page->adviceLabel()->isVisible());
    look(QStringLiteral("health-backup-failed"));

    // A backup that succeeds clears it.
    remote.setFault({});
    QVERIFY(core::sync::Backup::upload(store, remote).ok());
    page->refresh();
    QVERIFY(!page->report().lastBackupFailureUtc.isValid());
    QVERIFY(!page->adviceLabel()->text().contains(backup.error().message.toHtmlEscaped()));
}

void TestAdminPanel::healthSaysWhenSyncFactsCannotBeRead()
{
    auto shop = test::TestShop::create();
    QVERIFY(shop);
    QSqlQuery drop(shop->store->db().connection());
    QVERIFY(drop.exec(QStringLiteral("DROP TABLE sync_log")));
    ui::AdminPanel panel(*shop->store, shop->admin);
    panel.resize(screenSize);
    panel.show();
    QVERIFY(panel.showPage(QStringLiteral("health")));
    core::Store &store = *shop->store;
    panel.setHealthInputsProvider([&store] { return core::sync::SyncEngine::healthInputs(store); });
    // Not "never backed up, never synchronised": the reason the facts are missing.
    QLabel *message = panel.healthPage()->messageLabel();
    QVERIFY(message->isVisible());
    QCOMPARE(message->property("kind").toString(), QStringLiteral("error"));
    QVERIFY2(message->text().contains(QStringLiteral("sync_log")), qPrintable(message->text()));
}

void TestAdminPanel::healthConfirmsThePcClock()
{
    auto shop = test::TestShop::create();
    QVERIFY(shop);
    core::Store &store = *shop->store;
    QVERIFY(core::TechnicalEvents(store).record(QString(), core::TechnicalEventKind::Export));
    const QDateTime last = shop->clock.nowUtc();
    shop->clock.advanceSecs(-86400); // a clock gone back: nothing can be recorded
    ui::AdminPanel panel(store, shop->admin);
    panel.resize(screenSize);
    panel.show();
    QVERIFY(panel.showPage(QStringLiteral("health")));
    ui::HealthPage *page = panel.healthPage();
    QVERIFY(page->report().clockBehind);
    QVERIFY2(page->adviceLabel()->text().contains(QStringLiteral("clock is behind")),
        qPrintable(page->adviceLabel()->text()));
    QVERIFY(page->confirmClockButton()->isVisible());
    // Confirming while the PC's clock is still wrong: refused, said on the page.
    QTest::mouseClick(page->confirmClockButton(), Qt::LeftButton);
    QCOMPARE(page->messageLabel()->property("kind").toString(), QStringLiteral("error"));
    QCOMPARE(test::auditCount(store, QStringLiteral("clock.confirm")), 0);

    // The PC's clock set right: the page offers the time it is, the administrator confirms.
    shop->clock.set(last.addSecs(600));
    page->refresh();
    QVERIFY(!page->report().clockBehind);
    const QDateTime shown(page->clockEdit()->date(), page->clockEdit()->time(), store.timeZone());
    QVERIFY(qAbs(shown.secsTo(shop->clock.nowUtc())) < 60);
    QTest::mouseClick(page->confirmClockButton(), Qt::LeftButton);
    QVERIFY2(page->messageLabel()->property("kind").toString() == QLatin1String("done"),
        qPrintable(page->messageLabel()->text()));
    QCOMPARE(core::TechnicalEvents(store).recent(1)->first().kind, core::TechnicalEventKind::Clock);
    QCOMPARE(test::auditCount(store, QStringLiteral("clock.confirm")), 1);
    look(QStringLiteral("health-clock"), &panel);

    // A supervisor reads the page without the confirmation.
    ui::AdminPanel readOnly(store, shop->supervisor);
    readOnly.resize(screenSize);
    readOnly.show();
    QVERIFY(readOnly.showPage(QStringLiteral("health")));
    QVERIFY(!readOnly.healthPage()->confirmClockButton()->isVisible());
}

void TestAdminPanel::superAdminAddsASite()
{
    auto *panel = openPanel(m_data->shop->admin, QStringLiteral("branding"));
    QVERIFY(!panel->brandingPage()->findChild<QPushButton *>(QStringLiteral("addSiteButton")));
    core::Actor super = m_data->shop->admin;
    super.role = core::Role::SuperAdmin; // as a super-admin's login would return
    panel = openPanel(super, QStringLiteral("branding"));
    ui::BrandingPage *page = panel->brandingPage();
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("addSiteButton")), Qt::LeftButton);
    QVERIFY2(page->messageLabel()->property("kind").toString() == QLatin1String("done"),
        qPrintable(page->messageLabel()->text()));
    QCOMPARE(child<QComboBox>(page, QStringLiteral("siteChoice"))->count(), 2);
    QVERIFY(page->site().id != m_data->shop->store->site().id);
    child<QLineEdit>(page, QStringLiteral("siteNameField"))
        ->setText(QStringLiteral("Antenne du Lac"));
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(core::Sites(*m_data->shop->store).find(super, page->site().id)->name,
        QStringLiteral("Antenne du Lac"));
    QCOMPARE(m_data->shop->store->site().name, QStringLiteral("Ressourcerie des Tests"));
}

void TestAdminPanel::closingsListAndPrint()
{
    // The demo weeks closed their days and months by themselves, at each session close.
    const auto closings = core::Closings(*m_data->shop->store).recent(400).value();
    QVERIFY(closings.size() > 10);
    auto *panel = openPanel(m_data->shop->supervisor, QStringLiteral("closings"));
    QCOMPARE(panel->currentPage(), QStringLiteral("closings"));
    ui::ClosingsPage *page = panel->closingsPage();
    QVERIFY(page);
    QCOMPARE(page->table()->rowCount(), int(closings.size()));
    QCOMPARE(page->table()->item(0, 0)->text(), closings.first().stamp.number);
    QCOMPARE(page->table()->item(0, 8)->text(), closings.first().lastHash.left(12));
    // The discounts and free gifts of the period, as its closing counts them.
    const core::PeriodClosing &newest = closings.first();
    QCOMPARE(page->table()->item(0, 5)->text(),
        QStringLiteral("%1 (%2)")
            .arg(core::money::format(-newest.solidarity.discountCents))
            .arg(newest.solidarity.discountedTickets));
    QCOMPARE(page->table()->item(0, 6)->text(),
        QStringLiteral("%1 (%2)")
            .arg(core::weight::format(newest.solidarity.giftGrams))
            .arg(newest.solidarity.giftItems));
    look(QStringLiteral("closings"));

    QSignalSpy printed(page, &ui::ClosingsPage::printRequested);
    auto *print = child<QPushButton>(page, QStringLiteral("printClosingButton"));
    QVERIFY(!print->isEnabled());
    page->table()->selectRow(1);
    QVERIFY(print->isEnabled());
    QTest::mouseClick(print, Qt::LeftButton);
    QCOMPARE(printed.size(), 1);
    QCOMPARE(
        printed.at(0).at(0).value<core::PeriodClosing>().stamp.number, closings.at(1).stamp.number);
}

void TestAdminPanel::slotsForSyncAndExports()
{
    auto *panel = openPanel(m_data->shop->admin, QStringLiteral("sync"));
    QVERIFY(child<QLabel>(panel, QStringLiteral("syncPlaceholder")));
    auto *sync = new QLabel(QStringLiteral("console"));
    sync->setObjectName(QStringLiteral("syncConsole"));
    panel->setSyncPage(sync);
    QVERIFY(sync->isVisible());
    auto *exports = new QLabel(QStringLiteral("exports"));
    panel->setExportsPage(exports);
    QVERIFY(panel->showPage(QStringLiteral("exports")));
    QVERIFY(exports->isVisible());
    QVERIFY(!panel->showPage(QStringLiteral("nope")));
}

void TestAdminPanel::supervisorReadsButChangesNothing()
{
    core::Store &store = *m_data->shop->store;
    const int denied = test::auditCount(store, QStringLiteral("permission.denied"));
    auto *panel = openPanel(m_data->shop->supervisor, QStringLiteral("users"));
    ui::UsersPage *users = panel->usersPage();
    QVERIFY(users->table()->rowCount() > 0);
    QVERIFY(!child<QPushButton>(users, QStringLiteral("saveButton"))->isEnabled());
    // Even when the button is forced, the core refuses and audits.
    users->selectUser(QStringLiteral("Jo"));
    child<QLineEdit>(users, QStringLiteral("newPinField"))->setText(QStringLiteral("9876"));
    users->save();
    QVERIFY(users->messageLabel()->isVisible());
    QVERIFY(core::Users(store).login(m_data->shop->reception.userId, QStringLiteral("4444")).ok());

    panel->showPage(QStringLiteral("branding"));
    QVERIFY(!child<QPushButton>(panel->brandingPage(), QStringLiteral("saveButton"))->isEnabled());
    panel->brandingPage()->save();
    QVERIFY(panel->brandingPage()->messageLabel()->isVisible());
    panel->showPage(QStringLiteral("categories"));
    panel->categoriesPage()->save();
    QVERIFY(panel->categoriesPage()->messageLabel()->isVisible());
    panel->showPage(QStringLiteral("audit"));
    QVERIFY(!child<QPushButton>(panel->auditPage(), QStringLiteral("exportButton"))->isEnabled());
    QVERIFY(child<QPushButton>(panel->auditPage(), QStringLiteral("verifyButton"))->isEnabled());
    QVERIFY(!panel->auditPage()->exportTo(QDir::temp().filePath(QStringLiteral("never.csv"))));
    QCOMPARE(test::auditCount(store, QStringLiteral("permission.denied")), denied + 4);
    panel->showPage(QStringLiteral("overview"));
    QCOMPARE(panel->overviewPage()->stationsTable()->rowCount(), 3);
}

void TestAdminPanel::cashierAndReceptionAreRefused()
{
    core::Store &store = *m_data->shop->store;
    for (const core::Actor &actor : {m_data->shop->cashier, m_data->shop->reception}) {
        const int denied = test::auditCount(store, QStringLiteral("permission.denied"));
        auto *panel = openPanel(actor, QString());
        QVERIFY(panel->refused());
        QVERIFY(!panel->overviewPage());
        QVERIFY(!panel->showPage(QStringLiteral("overview")));
        QVERIFY(child<QLabel>(panel, QStringLiteral("refusedNotice"))->isVisible());
        QCOMPARE(test::auditCount(store, QStringLiteral("permission.denied")), denied + 1);
    }
}

void TestAdminPanel::overviewFitsTheScreenAfterALongPage()
{
    // The material report is taller than the screen. The overview shown after it used to keep
    // its height (the pages' stack answered the scroll area for its tallest page): the charts
    // grew 800 px high and were drawn over themselves.
    auto *panel = openPanel(m_data->shop->admin, QStringLiteral("tonnage"));
    panel->resize(1024, 768);
    QApplication::processEvents();
    auto *scroll = child<QScrollArea>(panel, QStringLiteral("adminScroll"));
    QVERIFY(scroll);
    QVERIFY2(scroll->widget()->height() > scroll->viewport()->height(),
        qPrintable(QStringLiteral("%1 %2")
                       .arg(scroll->widget()->height())
                       .arg(scroll->viewport()->height())));
    QVERIFY(panel->showPage(QStringLiteral("overview")));
    QApplication::processEvents();
    QCOMPARE(scroll->widget()->height(), scroll->viewport()->height());
    const QList<QChartView *> charts = panel->overviewPage()->findChildren<QChartView *>();
    QCOMPARE(charts.size(), 2);
    for (const QChartView *chart : charts) {
        QVERIFY2(chart->height() >= 260, qPrintable(QString::number(chart->height())));
        QVERIFY2(chart->geometry().bottom() < panel->overviewPage()->height(),
            qPrintable(QString::number(chart->geometry().bottom())));
    }
    // The registers' table shows its rows whole, under its scroll bar when it is the wider.
    QTableWidget *table = panel->overviewPage()->stationsTable();
    int rows = 0;
    for (int row = 0; row < table->rowCount(); ++row)
        rows += table->rowHeight(row);
    QVERIFY(table->viewport()->height() >= rows);
}

void TestAdminPanel::screenshotsOfEveryPage()
{
    QTemporaryDir dir;
    const QString target = qEnvironmentVariable("RECAISSE_ADMIN_LOOK", dir.path());
    QVERIFY(
        ui::renderAdminScreenshots(*m_data->shop->store, m_data->shop->admin, target, screenSize));
    for (const char *name : {"admin-overview", "admin-sessions", "admin-session-detail",
             "admin-closings", "admin-users", "admin-categories", "admin-branding", "admin-audit",
             "admin-health", "admin-devices", "admin-reports", "admin-tonnage",
             "admin-notifications", "admin-members", "admin-cheques"}) {
        const QString path =
            QDir(target).filePath(QString::fromLatin1(name) + QStringLiteral(".png"));
        QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path));
        QCOMPARE(image.size(), screenSize);
    }
}

QTEST_MAIN(TestAdminPanel)
#include "tst_adminpanel.moc"
