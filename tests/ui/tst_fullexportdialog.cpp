// "Exporter toutes les données" in the admin panel: offered to administrators and supervisors,
// not to cashiers; runs on a worker thread with its progress, fits 1024×768, and Cancel leaves
// nothing in the folder.

#include "core/store.h"
#include "tests/support/testshop.h"
#include "ui/admin/adminpanel.h"
#include "ui/admin/fullexportdialog.h"

#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace recaisse;

class TestFullExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void offeredToWhoMayExport()
    {
        auto shop = test::TestShop::create();
        QVERIFY(shop);
        ui::AdminPanel admin(*shop->store, shop->admin);
        QVERIFY(admin.findChild<QPushButton *>(QStringLiteral("exportAllButton")));
        ui::AdminPanel supervisor(*shop->store, shop->supervisor);
        QVERIFY(supervisor.findChild<QPushButton *>(QStringLiteral("exportAllButton")));
        ui::AdminPanel cashier(*shop->store, shop->cashier);
        QVERIFY(!cashier.findChild<QPushButton *>(QStringLiteral("exportAllButton")));
    }

    void exportsOnAWorkerWithProgress()
    {
        auto shop = test::TestShop::create();
        QVERIFY(shop);
        QTemporaryDir out;
        ui::AdminPanel panel(*shop->store, shop->admin);
        panel.resize(1024, 768);
        panel.setExportFolderChooser([&out] { return out.path(); });
        panel.exportAll();
        auto *dialog = panel.findChild<ui::FullExportDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isRunning());
        QVERIFY(dialog->sizeHint().width() <= 1024 && dialog->sizeHint().height() <= 768);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 30000);
        QVERIFY(!dialog->filePath().isEmpty());
        QVERIFY(QFileInfo::exists(dialog->filePath()));
        const auto *status = dialog->findChild<QLabel *>(QStringLiteral("fullExportStatus"));
        QVERIFY(status->text().contains(QFileInfo(dialog->filePath()).fileName()));
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("fullExportClose"))->isEnabled());
    }

    void cancelLeavesNothing()
    {
        auto shop = test::TestShop::create();
        QVERIFY(shop);
        QTemporaryDir out;
        ui::FullExportDialog dialog(*shop->store, shop->admin, out.path());
        dialog.start();
        dialog.findChild<QPushButton *>(QStringLiteral("fullExportCancel"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);
        QVERIFY(dialog.filePath().isEmpty());
        QVERIFY(QDir(out.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }
};

QTEST_MAIN(TestFullExportDialog)
#include "tst_fullexportdialog.moc"
