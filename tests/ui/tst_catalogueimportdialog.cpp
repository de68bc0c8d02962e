// "Importer depuis un tableur" on the categories page: offered to administrators only, the
// columns guessed from the header, every invalid cell marked and explained, the import refused
// while a row is invalid unless "only the valid rows" is ticked, the tree refreshed after it, and
// the dialog fits 1024×768. An unreadable file says why and imports nothing. The same dialog for
// the people (users page) and a price list (categories page). The import runs on a worker thread:
// the progress bar moves, the screen's own database stays readable meanwhile, and Cancel leaves
// nothing written.

#include "core/categories.h"
#include "core/store.h"
#include "core/users.h"
#include "tests/support/testshop.h"
#include "ui/admin/catalogueimportdialog.h"
#include "ui/admin/categoriespage.h"
#include "ui/admin/userspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace recaisse;
using core::portability::ImportField;
using core::portability::ImportKind;

class TestCatalogueImportDialog : public QObject
{
    Q_OBJECT

private:
    QString write(test::TestShop &shop, const QString &name, const QByteArray &bytes)
    {
        const QString path = shop.dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("recaisse-test"));
    }

    // The mapping saved by one case (device settings) must not be the next case's guess.
    void init() { QSettings().clear(); }

    void offeredToAdministratorsOnly()
    {
        auto shop = test::TestShop::create();
        QVERIFY(shop);
        ui::CategoriesPage admin(*shop->store, shop->admin);
        QVERIFY(
            admin.findChild<QPushButton *>(QStringLiteral("importSpreadsheetButton"))->isEnabled());
        ui::CategoriesPage supervisor(*shop->store, shop->supervisor);
        QVERIFY(!supervisor.findChild<QPushButton *>(QStringLiteral("importSpreadsheetButton"))
                     ->isEnabled());
    }

    void previewMarksInvalidCellsThenImports()
    {
        auto shop = test::TestShop::create();
        QVERIFY(shop);
        const QString path = write(*shop, QStringLiteral("prix.csv"),
            "Nom;Prix;Poids (kg)\r\nTrottinettes;12,50;4\r\nBalances;-3;2\r\nPianos;80;15000\r\n");
        ui::CategoriesPage page(*shop->store, shop->admin);
        page.resize(1024, 700);
        page.refresh();
        page.setSpreadsheetChooser([path] { return path; });
        ui::CatalogueImportDialog *dialog = page.importSpreadsheet();
        QVERIFY(dialog);
        QVERIFY(dialog->fileRead());
        QVERIFY(dialog->sizeHint().width() <= 1024 && dialog->sizeHint().height() <= 768);
        QVERIFY(dialog->minimumSizeHint().width() <= 1024);
        QCOMPARE(dialog->fieldChooser(ImportField::Name)->currentData().toInt(), 0);
        QCOMPARE(dialog->fieldChooser(ImportField::DefaultPrice)->currentData().toInt(), 1);
        QCOMPARE(dialog->fieldChooser(ImportField::AverageWeight)->currentData().toInt(), 2);
        QCOMPARE(dialog->plan().invalid, 2);
        // Row, result, then the mapped columns: the bad price and the bad weight are marked.
        auto *model = qobject_cast<QStandardItemModel *>(dialog->preview()->model());
        QVERIFY(model);
        QCOMPARE(model->rowCount(), 3);
        QVERIFY(model->item(0, 3)->toolTip().isEmpty());
        QVERIFY(!model->item(1, 3)->toolTip().isEmpty());
        QVERIFY(!model->item(2, 4)->toolTip().isEmpty());
        QVERIFY(model->item(1, 1)->text().startsWith(dialog->tr("invalid")));
        QVERIFY(!dialog->importButton()->isEnabled());
        QVERIFY(!dialog->runImport());
        QVERIFY(!core::CategoryCatalog(*shop->store).resolve(QStringLiteral("Trottinettes")).ok());

        // Without the name's column nothing can be imported.
        dialog->fieldChooser(ImportField::Name)->setCurrentIndex(0);
        QVERIFY(!dialog->importButton()->isEnabled());
        dialog->fieldChooser(ImportField::Name)->setCurrentIndex(1);

        dialog->validRowsOnly()->setChecked(true);
        QVERIFY(dialog->importButton()->isEnabled());
        QVERIFY(dialog->runImport());
        QTRY_VERIFY(!dialog->isRunning());
        QVERIFY(dialog->status().contains(QStringLiteral("row 3")));
        QCOMPARE(core::CategoryCatalog(*shop->store)
                     .resolve(QStringLiteral("Trottinettes"))
                     ->defaultPriceCents,
            std::optional<qint64>(1250));
        QVERIFY(
            !page.tree()->findItems(QStringLiteral("Trottinettes"), Qt::MatchExactly).isEmpty());
        // The skipped rows stay listed: the button now closes.
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
    }

    void peopleFromTheUsersPage()
    {
        auto shop = test::TestShop::create();
        QVERIFY(shop);
        ui::UsersPage supervisor(*shop->store, shop->supervisor);
        QVERIFY(
            !supervisor.findChild<QPushButton *>(QStringLiteral("importUsersButton"))->isEnabled());
        const QString path = write(*shop, QStringLiteral("equipe.csv"),
            "Nom;Rôle;Telegram\nNina Caisse;caissière;\nOscar Accueil;accueil;7654321\n");
        ui::UsersPage page(*shop->store, shop->admin);
        page.resize(1024, 700);
        page.refresh();
        page.setSpreadsheetChooser([path] { return path; });
        QPointer<ui::CatalogueImportDialog> dialog = page.importSpreadsheet();
        QVERIFY(dialog);
        QCOMPARE(dialog->kind(), ImportKind::Users);
        QVERIFY(dialog->sizeHint().width() <= 1024 && dialog->sizeHint().height() <= 768);
        QCOMPARE(dialog->fieldChooser(ImportField::Role)->currentData().toInt(), 1);
        QCOMPARE(dialog->fieldChooser(ImportField::TelegramId)->currentData().toInt(), 2);
        QVERIFY(!dialog->fieldChooser(ImportField::DefaultPrice)); // not a person's field
        QCOMPARE(dialog->plan().creates, 2);
        QVERIFY(dialog->status().contains(QStringLiteral("first login")));
        QVERIFY(dialog->runImport());
        // Every row in: the dialog closes itself and the page shows the new people.
        QTRY_VERIFY(!dialog);
        core::Users users(*shop->store);
        QCOMPARE(users.findByName(QStringLiteral("Oscar Accueil"))->role, core::Role::Reception);
        QVERIFY(
            !page.table()->findItems(QStringLiteral("Nina Caisse"), Qt::MatchExactly).isEmpty());
    }

    void priceListFromTheCategoriesPage()
    {
        auto shop = test::TestShop::create();
        QVERIFY(shop);
        const QString path = write(*shop, QStringLiteral("tarifs.csv"),
            "Catégorie;Prix;Prix maxi\nMobilier/Chaises et tabourets;9;40\nInconnue;1;\n");
        ui::CategoriesPage page(*shop->store, shop->admin);
        page.setSpreadsheetChooser([path] { return path; });
        QPointer<ui::CatalogueImportDialog> dialog = page.importSpreadsheet(ImportKind::Prices);
        QVERIFY(dialog);
        QVERIFY(!dialog->fieldChooser(ImportField::Parent)); // a price list creates nothing
        QCOMPARE(dialog->plan().updates, 1);
        QCOMPARE(dialog->plan().invalid, 1);
        QVERIFY(!dialog->importButton()->isEnabled());
        dialog->validRowsOnly()->setChecked(true);
        QVERIFY(dialog->runImport());
        QTRY_VERIFY(!dialog->isRunning());
        QVERIFY2(dialog->status().contains(QStringLiteral("row 3")), qPrintable(dialog->status()));
        const auto chairs = core::CategoryCatalog(*shop->store)
                                .resolve(QStringLiteral("Mobilier/Chaises et tabourets"));
        QCOMPARE(chairs->defaultPriceCents, std::optional<qint64>(900));
        QCOMPARE(chairs->maxPriceCents, std::optional<qint64>(4000));
    }

    void workerThreadProgressAndCancel()
    {
        auto shop = test::TestShop::create();
        QVERIFY(shop);
        // As many new categories as a file may hold: long enough to be seen working.
        QByteArray csv = "Nom;Prix\n";
        const int rows = core::portability::SheetImport::maxRows(ImportKind::Categories);
        for (int i = 0; i < rows; ++i)
            csv += "Objet " + QByteArray::number(i) + ";1\n";
        const QString path = write(*shop, QStringLiteral("long.csv"), csv);
        const int categoriesBefore = int(core::CategoryCatalog(*shop->store).list(true).size());
        ui::CatalogueImportDialog dialog(*shop->store, shop->admin, path);
        QCOMPARE(dialog.plan().creates, rows);
        dialog.show();
        // Cancel as soon as the first rows are reported.
        bool readWhileRunning = false;
        connect(dialog.progressBar(), &QProgressBar::valueChanged, &dialog, [&](int value) {
            if (value <= 0 || !dialog.cancelButton()->isEnabled())
                return;
            // The screen's own connection reads while the worker writes (the register's
            // screens keep working).
            readWhileRunning = dialog.isRunning()
                && core::CategoryCatalog(*shop->store).list(true).size() == categoriesBefore;
            QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        });
        QVERIFY(dialog.runImport());
        QVERIFY(dialog.isRunning());
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(dialog.progressBar()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000);
        QVERIFY(readWhileRunning);
        QVERIFY2(
            dialog.status().contains(QStringLiteral("cancelled")), qPrintable(dialog.status()));
        QCOMPARE(int(core::CategoryCatalog(*shop->store).list(true).size()), categoriesBefore);
        // Not closed: the import can be started again, and this time runs to its end.
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.importButton()->isEnabled());
        disconnect(dialog.progressBar(), nullptr, &dialog, nullptr);
        QVERIFY(dialog.runImport());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 120000);
        QCOMPARE(
            int(core::CategoryCatalog(*shop->store).list(true).size()), categoriesBefore + rows);
    }

    void anUnreadableFileSaysWhy()
    {
        auto shop = test::TestShop::create();
        QVERIFY(shop);
        const QString path = write(*shop, QStringLiteral("broken.xlsx"), "PK\x03\x04 broken");
        ui::CatalogueImportDialog dialog(*shop->store, shop->admin, path);
        QVERIFY(!dialog.fileRead());
        QVERIFY(!dialog.readError().isEmpty());
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(!dialog.runImport());
        const auto *source = dialog.findChild<QLabel *>(QStringLiteral("catalogueImportSource"));
        QVERIFY(source->text().contains(dialog.readError()));
    }
};

QTEST_MAIN(TestCatalogueImportDialog)
#include "tst_catalogueimportdialog.moc"
