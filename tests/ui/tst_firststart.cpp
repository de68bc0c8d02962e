// Creating a shop in the first-start dialog, offscreen, with a private keychain
// (with-keyring.sh): the shop's keys are made and registered, and its recovery kit is shown once
// and saved; closing the dialog then still means the station is set up.

#include "core/clock.h"
#include "core/store.h"
#include "core/sync/recovery.h"
#include "core/sync/stationregistry.h"
#include "core/sync/syncengine.h"
#include "ui/sync/firststartdialog.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace recaisse;
using namespace recaisse::core::sync;

class TestFirstStart : public QObject
{
    Q_OBJECT

private slots:
    void aNewShopShowsItsRecoveryKitOnce()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("station.sqlite"));
        const QString kit = dir.filePath(QStringLiteral("kit.pdf"));
        ui::FirstStartDialog dialog(path);
        dialog.setKitPathPrompt([kit] { return kit; });
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("siteName"))
            ->setText(QStringLiteral("Ressourcerie des Tests"));
        dialog.findChild<QLineEdit *>(QStringLiteral("adminPin"))
            ->setText(QStringLiteral("246810"));
        QSignalSpy finished(&dialog, &ui::FirstStartDialog::jobFinished);
        QTest::mouseClick(
            dialog.findChild<QPushButton *>(QStringLiteral("createShop")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialog.message()));

        // The key is shown, large, and the dialog waits for the kit to be saved.
        static const QRegularExpression form(QStringLiteral("^([A-Z2-7]{4}-){7}[A-Z2-7]{4}$"));
        QVERIFY2(form.match(dialog.recoveryKey()).hasMatch(), qPrintable(dialog.message()));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("recoveryKey"))->text(),
            dialog.recoveryKey());
        QVERIFY(dialog.isVisible());
        dialog.saveKit();
        QFile file(kit);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF"));
        QVERIFY(pdf.contains(dialog.recoveryKey().toLatin1()));
        QVERIFY(pdf.contains("Ressourcerie des Tests"));

        // Closing now is "done": the shop exists.
        dialog.reject();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        // The station is the shop's registered administration station, with its keys in the
        // keychain, and the recovery file waits for the first sync.
        core::SystemClock clock;
        auto store = core::Store::open(path, clock, QStringLiteral("check"));
        QVERIFY(store.ok());
        QVERIFY(StationRegistry::mayEditConfigurationHere(**store));
        const auto keys = SiteKeyStore::load((*store)->site().id, (*store)->station().id);
        QVERIFY2(keys.ok() && keys->isComplete(), qPrintable(keys.error().message));
        QVERIFY(!SyncEngine::state(**store, QStringLiteral("recovery_file_pending")).isEmpty());
        (void)SiteKeyStore::remove(keys->siteId, keys->stationId);
    }
};

QTEST_MAIN(TestFirstStart)
#include "tst_firststart.moc"
