// "Importer depuis un tableur" on the categories page: offered to administrators only, the
// columns guessed from the header, every invalid cell marked and explained, the import refused
// while a row is invalid unless "only the valid rows" is ticked, the tree refreshed after it, and
// the dialog fits 1024×768. An unreadable file says why and imports nothing.

#include "core/categories.h"
#include "core/store.h"
#include "tests/support/testshop.h"
#include "ui/admin/catalogueimportdialog.h"
#include "ui/admin/categoriespage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace recaisse;
using core::portability::CatalogueField;

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
        QCOMPARE(dialog->fieldChooser(CatalogueField::Name)->currentData().toInt(), 0);
        QCOMPARE(dialog->fieldChooser(CatalogueField::DefaultPrice)->currentData().toInt(), 1);
        QCOMPARE(dialog->fieldChooser(CatalogueField::AverageWeight)->currentData().toInt(), 2);
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
        dialog->fieldChooser(CatalogueField::Name)->setCurrentIndex(0);
        QVERIFY(!dialog->importButton()->isEnabled());
        dialog->fieldChooser(CatalogueField::Name)->setCurrentIndex(1);

        dialog->validRowsOnly()->setChecked(true);
        QVERIFY(dialog->importButton()->isEnabled());
        QVERIFY(dialog->runImport());
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
