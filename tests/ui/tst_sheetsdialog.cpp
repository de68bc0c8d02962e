// The Google Sheets form (admin panel, « Rapports programmés » page): a cashier only reads, a
// first save needs a key file, a file that is not a service account's key is refused in one
// sentence, and a change of the settings is saved (in a thread of its own) without a new key.

#include "core/sync/sheets.h"
#include "tests/support/testshop.h"
#include "ui/admin/sheetsdialog.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace recaisse;
using core::sync::SheetsReport;
using core::sync::SheetsSync;
using recaisse::test::TestShop;

namespace {

const QString sheetId = QStringLiteral("1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcd");

} // namespace

class TestSheetsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCashierOnlyReads()
    {
        auto shop = TestShop::create();
        QVERIFY(shop);
        ui::SheetsDialog dialog(*shop->store, shop->cashier);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("sheetsSaveButton"))->isEnabled());
        QVERIFY(
            !dialog.findChild<QPushButton *>(QStringLiteral("sheetsPublishButton"))->isEnabled());
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
};

QTEST_MAIN(TestSheetsDialog)
#include "tst_sheetsdialog.moc"
