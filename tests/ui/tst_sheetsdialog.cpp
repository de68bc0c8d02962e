// The Google Sheets form (admin panel, « Rapports programmés » page): a cashier only reads, a
// first save needs a key file, a file that is not a service account's key is refused in one
// sentence, and a change of the settings is saved (in a thread of its own) without a new key. A
// price list is read from a range of the sheet (the stand-in of Google's API that
// integration.sheets uses, tests/support/sheets-standin.py) and imported through the mapping
// dialog: its invalid row shown and explained, nothing written until the import, a missing tab
// named in one sentence. Runs under tests/support/with-keyring.sh (the key goes to the keychain).

#include "core/categories.h"
#include "core/sync/sheets.h"
#include "tests/support/sheetsstandin.h"
#include "tests/support/testshop.h"
#include "ui/admin/catalogueimportdialog.h"
#include "ui/admin/sheetsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace recaisse;
using core::sync::SheetsReport;
using core::sync::SheetsSync;
using recaisse::test::SheetsStandIn;
using recaisse::test::TestShop;

namespace {

const QString sheetId = QStringLiteral("1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcd");

std::optional<qint64> priceOf(core::Store &store, const char *category)
{
    auto found = core::CategoryCatalog(store).find(QString::fromLatin1(category));
    return found ? found->defaultPriceCents : std::nullopt;
}

} // namespace

class TestSheetsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aCashierOnlyReads()
    {
        auto shop = TestShop::create();
        QVERIFY(shop);
        ui::SheetsDialog dialog(*shop->store, shop->cashier);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("sheetsSaveButton"))->isEnabled());
        QVERIFY(
            !dialog.findChild<QPushButton *>(QStringLiteral("sheetsPublishButton"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("sheetsImportPricesButton"))
                     ->isEnabled());
        QVERIFY(!dialog.spreadsheetEdit()->isEnabled());
        QCOMPARE(dialog.resultLabel()->text(),
            ui::SheetsDialog::tr("Only an administrator can change the Google Sheets settings."));
    }

    void aKeyFileIsNeededAndChecked()
    {
        auto shop = TestShop::create();
        QVERIFY(shop);
        ui::SheetsDialog dialog(*shop->store, shop->admin);
        dialog.spreadsheetEdit()->setText(sheetId);
        dialog.save();
        QCOMPARE(dialog.resultLabel()->text(),
            ui::SheetsDialog::tr("Choose the service account's key file first."));
        QVERIFY(!dialog.busy());

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("key.json"));
        QFile key(file);
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(R"({"type": "authorized_user", "client_email": "a@b.c"})");
        key.close();
        dialog.keyFileEdit()->setText(file);
        QSignalSpy finished(&dialog, &ui::SheetsDialog::jobFinished);
        dialog.save();
        QVERIFY(finished.wait(20000));
        QVERIFY2(dialog.resultLabel()->text().contains(
                     core::sync::SheetsClient::tr("This is not a Google service account key file")
                         .left(20)),
            qPrintable(dialog.resultLabel()->text()));
        QVERIFY(dialog.keyFileEdit()->text().isEmpty()); // the path is not kept on screen
        QVERIFY(SheetsSync::load(*shop->store).spreadsheetId.isEmpty()); // nothing saved
    }

    void settingsAreSavedWithoutANewKey()
    {
        auto shop = TestShop::create();
        QVERIFY(shop);
        // An account set up before (on this station or published by the administration one).
        core::sync::SheetsSettings settings;
        settings.spreadsheetId = sheetId;
        settings.accountEmail = QStringLiteral("caisse@lac.iam.gserviceaccount.com");
        QVERIFY(SheetsSync::applyConfig(*shop->store, SheetsSync::toJson(settings)));

        ui::SheetsDialog dialog(*shop->store, shop->admin);
        QCOMPARE(dialog.spreadsheetEdit()->text(), sheetId);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("sheetsAccount"))
                    ->text()
                    .contains(settings.accountEmail));
        dialog.findChild<QSpinBox *>(QStringLiteral("sheetsDays"))->setValue(7);
        dialog.findChild<QSpinBox *>(QStringLiteral("sheetsEvery"))->setValue(6);
        dialog.findChild<QCheckBox *>(QStringLiteral("sheetsReport_deposits"))->setChecked(false);
        QSignalSpy finished(&dialog, &ui::SheetsDialog::jobFinished);
        dialog.save();
        QVERIFY(finished.wait(20000));
        QCOMPARE(
            dialog.resultLabel()->text(), ui::SheetsDialog::tr("Google Sheets settings saved."));
        const core::sync::SheetsSettings saved = SheetsSync::load(*shop->store);
        QCOMPARE(saved.days, 7);
        QCOMPARE(saved.intervalHours, 6);
        QCOMPARE(saved.reports, (QList<SheetsReport>{SheetsReport::Daily, SheetsReport::Sessions}));
        QCOMPARE(test::auditCount(*shop->store, QStringLiteral("sheets.settings")), 1);
    }

    void importsAPriceListFromTheSheet()
    {
        SheetsStandIn google;
        QVERIFY2(google.start(), qPrintable(google.errorString()));
        auto shop = TestShop::create();
        QVERIFY(shop);
        core::sync::SheetsSettings settings;
        settings.spreadsheetId = sheetId;
        settings.endpoints.apiBaseUrl = google.url();
        settings.endpoints.tokenUrl = google.tokenUrl();
        const auto saved = SheetsSync::save(*shop->store, shop->admin, settings, google.keyFile());
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        const auto oldLamp = priceOf(*shop->store, "eee.lampe");
        // The header guessed as in a file; the lamp's price is not a price.
        QVERIFY(google.setSheet(QJsonObject{{QStringLiteral("Prix"),
            QJsonArray{QJsonArray{QStringLiteral("Catégorie"), QStringLiteral("Prix de vente")},
                QJsonArray{QStringLiteral("textile.vetements"), QStringLiteral("3,50")},
                QJsonArray{QStringLiteral("eee.lampe"), QStringLiteral("cher")}}}}));

        ui::SheetsDialog dialog(*shop->store, shop->admin);
        QSignalSpy finished(&dialog, &ui::SheetsDialog::jobFinished);
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("sheetsImportPricesButton"));
        QVERIFY(button && button->isEnabled());

        // A tab the sheet does not have: Google's answer in one sentence, no mapping dialog.
        dialog.priceRangeEdit()->setText(QStringLiteral("Absent!A1:B"));
        button->click();
        QVERIFY(finished.wait(30000));
        QVERIFY2(dialog.resultLabel()->text().contains(QStringLiteral("HTTP 400")),
            qPrintable(dialog.resultLabel()->text()));
        QVERIFY(!dialog.findChild<ui::CatalogueImportDialog *>());

        dialog.priceRangeEdit()->setText(QStringLiteral("Prix!A1:B"));
        button->click();
        QVERIFY(finished.wait(30000));
        auto *mapping = dialog.findChild<ui::CatalogueImportDialog *>();
        QVERIFY2(mapping, qPrintable(dialog.resultLabel()->text()));
        QCOMPARE(mapping->kind(), core::portability::ImportKind::Prices);
        QVERIFY(mapping->fileRead());
        QCOMPARE(
            mapping->fieldChooser(core::portability::ImportField::Name)->currentData().toInt(), 0);
        QCOMPARE(mapping->fieldChooser(core::portability::ImportField::DefaultPrice)
                     ->currentData()
                     .toInt(),
            1);
        // The preview: both rows, the lamp's marked invalid and explained; nothing to import
        // while one row is wrong, and nothing written yet.
        QCOMPARE(mapping->plan().updates, 1);
        QCOMPARE(mapping->plan().invalid, 1);
        const QAbstractItemModel *preview = mapping->preview()->model();
        QCOMPARE(preview->rowCount(), 2);
        QCOMPARE(preview->index(0, 0).data().toString(), QStringLiteral("2")); // the sheet's row
        QVERIFY2(preview->index(1, 1).data().toString().startsWith(
                     ui::CatalogueImportDialog::tr("invalid: %1").left(8)),
            qPrintable(preview->index(1, 1).data().toString()));
        QVERIFY(!preview->index(1, 3).data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(!mapping->importButton()->isEnabled());
        QVERIFY(mapping->status().contains(QStringLiteral("1")));

        // Only the valid rows: the garments' price is written, the lamp's is skipped and listed.
        mapping->validRowsOnly()->setChecked(true);
        QVERIFY(mapping->importButton()->isEnabled());
        QSignalSpy done(mapping, &ui::CatalogueImportDialog::finishedImport);
        QVERIFY(mapping->runImport());
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().first().toBool(), true);
        QCOMPARE(priceOf(*shop->store, "textile.vetements"), std::optional<qint64>(350));
        QCOMPARE(priceOf(*shop->store, "eee.lampe"), oldLamp);
        QVERIFY2(
            mapping->status().contains(ui::CatalogueImportDialog::tr("Skipped: %1").arg(QString())),
            qPrintable(mapping->status()));
        QCOMPARE(test::auditCount(*shop->store, QStringLiteral("category.price-import")), 1);
        // Both reads are in the Google Sheets history: the failed one and the one imported.
        const auto history = SheetsSync::log(*shop->store, 10);
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QVERIFY(history->at(0).ok);
        QVERIFY(!history->at(1).ok);
    }
};

QTEST_MAIN(TestSheetsDialog)
#include "tst_sheetsdialog.moc"
