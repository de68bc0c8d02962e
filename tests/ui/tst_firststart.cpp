// The first-start dialog, offscreen, with a private keychain (with-keyring.sh): creating a shop
// makes and registers its keys and shows its recovery kit once; joining a shop on a loopback
// Apache waits for an administrator's approval, then joins.

#include "core/categories.h"
#include "core/clock.h"
#include "core/portability/backupfile.h"
#include "core/store.h"
#include "core/sync/backup.h"
#include "core/sync/joinrequest.h"
#include "core/sync/joinshop.h"
#include "core/sync/recovery.h"
#include "core/sync/rekey.h"
#include "core/sync/sealedremote.h"
#include "core/sync/siteconfig.h"
#include "core/sync/stationregistry.h"
#include "core/sync/syncengine.h"
#include "core/sync/webdavclient.h"
#include "tests/support/hostiledrive.h"
#include "tests/support/testshop.h"
#include "tests/support/webdavserver.h"
#include "ui/admin/catalogueimportdialog.h"
#include "ui/sync/firststartdialog.h"

#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace recaisse;
using namespace recaisse::core::sync;

class TestFirstStart : public QObject
{
    Q_OBJECT

    // The shop's first station registered as its administration station, its drive sealed under
    // the site key; run() publishes its configuration.
    struct PublishedShop
    {
        std::unique_ptr<test::TestShop> shop;
        SiteKeys keys;
        WebDavClient drive;
        SealedRemote sealed;
        SyncEngine engine;

        explicit PublishedShop(const test::WebDavServer &server)
            : shop(test::TestShop::create(core::StationKind::BackOffice))
            , keys(SiteKeys::create(shop->store->site().id, shop->store->station().id))
            , drive(DavAccount{
                  server.url(), test::WebDavServer::user(), test::WebDavServer::password()})
            , sealed(drive, keys, *shop->store)
            , engine(*shop->store, sealed)
        {
            engine.setConfigSteps(&SiteConfig::publish, &SiteConfig::applyLatest);
        }
        bool registered() { return StationRegistry::registerFounder(*shop->store, keys).ok(); }
        bool run() { return engine.run().ok(); }
    };

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

        // The new shop's price list from its spreadsheet, as its new administrator.
        const QString sheet = dir.filePath(QStringLiteral("prix.csv"));
        QFile csv(sheet);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Nom;Prix\nJeux vid\xE9o;4,50\n");
        csv.close();
        dialog.setSpreadsheetPrompt([sheet] { return sheet; });
        QPointer<ui::CatalogueImportDialog> import = dialog.importCatalogue();
        QVERIFY2(import, qPrintable(dialog.message()));
        QVERIFY(import->fileRead());
        QCOMPARE(import->plan().creates, 1);
        // On its worker thread; the dialog closes itself once every row is in.
        QVERIFY(import->runImport());
        QTRY_VERIFY(!import);

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
        QCOMPARE(
            core::CategoryCatalog(**store).resolve(QStringLiteral("Jeux vidéo"))->defaultPriceCents,
            std::optional<qint64>(450));
        (void)SiteKeyStore::remove(keys->siteId, keys->stationId);
    }

    void aLostStationIsRestoredFromAFile()
    {
        // The shop's station saved a sealed backup file to a USB key; its PC is lost.
        auto shop = test::TestShop::create();
        QVERIFY(shop);
        const SiteKeys keys = SiteKeys::create(shop->store->site().id, shop->store->station().id);
        QVERIFY(StationRegistry::registerFounder(*shop->store, keys).ok());
        const QString recoveryKey = SiteRecovery::newKey();
        QVERIFY(StationRekey::setTrustedPublic(
            *shop->store, SiteRecovery::signingKey(recoveryKey, shop->store->site().id)->publicKey)
                    .ok());
        QTemporaryDir usb;
        auto saved = core::BackupFile::save(*shop->store, shop->admin, usb.path(), keys,
            SiteRecovery::file(
                shop->store->site().id, keys.siteKey, recoveryKey, shop->clock.nowUtc()));
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("station.sqlite"));
        ui::FirstStartDialog dialog(path);
        dialog.resize(1024, 768);
        dialog.show();
        const QString file = *saved;
        dialog.setBackupFilePrompt([file] { return file; });
        auto *tabs = dialog.findChild<QTabWidget *>();
        tabs->setCurrentIndex(3);
        QCOMPARE(tabs->tabText(3), QStringLiteral("Restore from a file"));
        // Keyboard: "Choose…" answered, the fields typed in order.
        QTest::mouseClick(
            dialog.findChild<QPushButton *>(QStringLiteral("chooseBackupFile")), Qt::LeftButton);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("backupFile"))->text(), file);
        auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("fileRecoveryKey"));
        auto *pin = dialog.findChild<QLineEdit *>(QStringLiteral("fileAdminPin"));
        key->setFocus();
        QTest::keyClicks(key, SiteRecovery::newKey()); // another shop's key first
        pin->setFocus();
        QTest::keyClicks(pin, QStringLiteral("123456"));
        auto *restore = dialog.findChild<QPushButton *>(QStringLiteral("restoreFromFile"));
        QSignalSpy finished(&dialog, &ui::FirstStartDialog::jobFinished);
        restore->setFocus();
        QTest::keyClick(restore, Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QCOMPARE(finished.last().first().toBool(), false);
        QVERIFY2(dialog.message().contains(QStringLiteral("recovery key")),
            qPrintable(dialog.message()));
        QVERIFY(!QFile::exists(path));
        QVERIFY(restore->isEnabled());
        QVERIFY(!dialog.findChild<QProgressBar *>()->isVisible());

        key->setText(recoveryKey);
        QTest::keyClick(restore, Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 120000);
        QVERIFY2(finished.last().first().toBool(), qPrintable(dialog.message()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        core::SystemClock clock;
        auto store = core::Store::open(path, clock, QStringLiteral("restored"));
        QVERIFY(store.ok());
        QCOMPARE((*store)->station().id, shop->store->station().id);
        QCOMPARE((*store)->station().numberingSeries, shop->store->station().numberingSeries + 1);
    }

    void aLostStationIsRestoredFromKDrive()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::WebDavServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        // The shop's station: registered, its recovery key trusted and published, its
        // configuration and a restore point on the drive; then its PC is lost.
        auto shop = test::TestShop::create(core::StationKind::BackOffice);
        QVERIFY(shop);
        const SiteKeys keys = SiteKeys::create(shop->store->site().id, shop->store->station().id);
        QVERIFY(StationRegistry::registerFounder(*shop->store, keys).ok());
        const QString recoveryKey = SiteRecovery::newKey();
        QVERIFY(StationRekey::setTrustedPublic(
            *shop->store, SiteRecovery::signingKey(recoveryKey, shop->store->site().id)->publicKey)
                    .ok());
        WebDavClient drive(
            DavAccount{server.url(), test::WebDavServer::user(), test::WebDavServer::password()});
        QVERIFY(SiteRecovery::publish(
            drive, shop->store->site().id, keys.siteKey, recoveryKey, shop->clock.nowUtc()));
        SealedRemote sealed(drive, keys, *shop->store);
        SyncEngine engine(*shop->store, sealed);
        engine.setConfigSteps(&SiteConfig::publish, &SiteConfig::applyLatest);
        QVERIFY(engine.run().ok());
        QVERIFY(Backup::upload(*shop->store, sealed));
        const QString code = shop->store->station().code;

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("station.sqlite"));
        ui::FirstStartDialog dialog(path);
        dialog.show();
        dialog.findChild<QTabWidget *>()->setCurrentIndex(2);
        const auto type = [&dialog](const char *name, const QString &text) {
            auto *field = dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
            field->setFocus();
            field->clear();
            QTest::keyClicks(field, text);
        };
        type("restoreAddress", server.url());
        type("restoreUser", test::WebDavServer::user());
        type("restorePassword", test::WebDavServer::password());
        type("restoreStationCode", code);
        type("driveRecoveryKey", recoveryKey);
        QSignalSpy finished(&dialog, &ui::FirstStartDialog::jobFinished);
        QTest::mouseClick(
            dialog.findChild<QPushButton *>(QStringLiteral("listRestorePoints")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QVERIFY2(finished.last().first().toBool(), qPrintable(dialog.message()));
        // The point: its date, its station and its document count; chosen.
        QListWidget *points = dialog.restorePointList();
        QCOMPARE(points->count(), 1);
        QVERIFY2(points->item(0)->text().contains(code), qPrintable(points->item(0)->text()));
        QVERIFY2(points->item(0)->text().contains(QStringLiteral("document")),
            qPrintable(points->item(0)->text()));
        QCOMPARE(points->currentRow(), 0);

        type("driveAdminPin", QStringLiteral("123456"));
        QTest::mouseClick(
            dialog.findChild<QPushButton *>(QStringLiteral("restoreFromDrive")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 120000);
        QVERIFY2(finished.last().first().toBool(), qPrintable(dialog.message()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        core::SystemClock clock;
        auto restored = core::Store::open(path, clock, QStringLiteral("restored-drive"));
        QVERIFY(restored.ok());
        QCOMPARE((*restored)->station().id, shop->store->station().id);
        QCOMPARE(
            (*restored)->station().numberingSeries, shop->store->station().numberingSeries + 1);
        // The restored station's new keys are in the keychain.
        const auto own = SiteKeyStore::load((*restored)->site().id, (*restored)->station().id);
        QVERIFY2(own.ok() && own->isComplete(), qPrintable(own.error().message));
        QVERIFY(own->signing.publicKey != keys.signing.publicKey);
        (void)SiteKeyStore::remove(own->siteId, own->stationId);
    }

    void aLostStationIsRestoredThroughAnApprovedJoin()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::WebDavServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        // The shop's administration station, and its register CAISSE2 with a restore point on
        // the drive; then CAISSE2's PC is lost, without a recovery kit.
        PublishedShop published(server);
        QVERIFY(published.registered());
        auto &shop = published.shop;
        const SiteKeys &keys = published.keys;
        WebDavClient &drive = published.drive;
        SiteKeys lostKeys =
            SiteKeys::forJoiningStation(shop->store->site().id, QStringLiteral("lost-caisse2"));
        lostKeys.siteKey = keys.siteKey;
        QVERIFY(StationRegistry::registerStation(*shop->store,
            StationRegistration{lostKeys.stationId, QStringLiteral("CAISSE2"),
                lostKeys.signing.publicKey, lostKeys.agreement.publicKey, false,
                shop->admin.userId})
                    .ok());
        QVERIFY(published.run());
        QTemporaryDir dir;
        const AccountSettings account{server.url(), test::WebDavServer::user()};
        qint64 lostDocuments = -1;
        {
            auto lost = joinShop(drive, account, test::WebDavServer::password(),
                dir.filePath(QStringLiteral("lost.sqlite")), QStringLiteral("CAISSE2"),
                core::StationKind::Register, shop->clock, lostKeys.stationId, &lostKeys);
            QVERIFY2(lost.ok(), qPrintable(lost.error().message));
            SealedRemote lostDrive(drive, lostKeys, *lost->store);
            QVERIFY(Backup::upload(*lost->store, lostDrive));
            lostDocuments = test::count(*lost->store,
                QStringLiteral("SELECT count(*) FROM document WHERE station_id = '%1'")
                    .arg(lostKeys.stationId));
        }
        QVERIFY(lostDocuments >= 0);
        const JoinCode code = *JoinCodes(*shop->store).generate(shop->admin);

        const QString path = dir.filePath(QStringLiteral("station.sqlite"));
        ui::FirstStartDialog dialog(path);
        dialog.show();
        dialog.findChild<QTabWidget *>()->setCurrentIndex(2);
        const auto type = [&dialog](const char *name, const QString &text) {
            dialog.findChild<QLineEdit *>(QString::fromLatin1(name))->setText(text);
        };
        type("restoreAddress", server.url());
        type("restoreUser", test::WebDavServer::user());
        type("restorePassword", test::WebDavServer::password());
        type("restoreStationCode", QStringLiteral("caisse2"));
        type("driveRecoveryKey", code.code);
        type("driveAdminPin", QStringLiteral("123456"));
        auto *restore = dialog.findChild<QPushButton *>(QStringLiteral("restoreFromDrive"));
        auto *listPoints = dialog.findChild<QPushButton *>(QStringLiteral("listRestorePoints"));
        QSignalSpy finished(&dialog, &ui::FirstStartDialog::jobFinished);
        // Its restore points are shown once an administrator approved: the request goes out.
        QTest::mouseClick(listPoints, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QCOMPARE(finished.last().first().toBool(), false);
        QVERIFY2(dialog.message().contains(QStringLiteral("Waiting for an administrator"))
                && dialog.message().contains(QStringLiteral("Show the points")),
            qPrintable(dialog.message()));
        QCOMPARE(dialog.restorePointList()->count(), 0);
        // Restoring asks with the same request.
        QTest::mouseClick(restore, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 120000);
        QCOMPARE(finished.last().first().toBool(), false);
        QVERIFY2(dialog.message().contains(QStringLiteral("Waiting for an administrator")),
            qPrintable(dialog.message()));
        QVERIFY(!QFile::exists(path));

        // The administrator sees a restore, approves it, and the configuration goes out.
        JoinRequests requests(*shop->store, published.sealed);
        const auto pending = requests.pending();
        QVERIFY(pending.ok() && pending->size() == 1);
        QVERIFY(pending->first().request.restores);
        QVERIFY(dialog.message().contains(pending->first().request.fingerprint()));
        const auto approved = requests.approve(shop->admin, QStringLiteral("CAISSE2"), keys);
        QVERIFY2(approved.ok(), qPrintable(approved.error().message));
        // The configuration goes out; the lost computer's files are refused from now on.
        const SyncReport after = published.engine.run();
        QVERIFY2(after.ok() || after.error.failure == Failure::Untrusted,
            qPrintable(after.error.message));

        // Approved: the lost station's point, with the documents it held, chosen.
        QTest::mouseClick(listPoints, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 120000);
        QVERIFY2(finished.last().first().toBool(), qPrintable(dialog.message()));
        QListWidget *points = dialog.restorePointList();
        QCOMPARE(points->count(), 1);
        QVERIFY2(points->item(0)->text().contains(QStringLiteral("CAISSE2"))
                && points->item(0)->text().contains(
                    QStringLiteral("%1 document").arg(lostDocuments)),
            qPrintable(points->item(0)->text()));
        QCOMPARE(points->currentRow(), 0);
        QVERIFY(!QFile::exists(path));

        QTest::mouseClick(restore, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 120000);
        QVERIFY2(finished.last().first().toBool(), qPrintable(dialog.message()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        core::SystemClock clock;
        auto restored = core::Store::open(path, clock, QStringLiteral("restored-join"));
        QVERIFY(restored.ok());
        QCOMPARE((*restored)->station().id, lostKeys.stationId);
        QCOMPARE((*restored)->station().code, QStringLiteral("CAISSE2"));
        QVERIFY((*restored)->station().numberingSeries > 1);
        // Its keys are the new computer's, kept under CAISSE2's id, and its registry knows them.
        const auto own = SiteKeyStore::load((*restored)->site().id, lostKeys.stationId);
        QVERIFY2(own.ok() && own->isComplete(), qPrintable(own.error().message));
        QCOMPARE(own->signing.publicKey, pending->first().request.signingPublic);
        QCOMPARE((*StationRegistry::find(**restored, lostKeys.stationId))->signingPublic,
            own->signing.publicKey);
        (void)SiteKeyStore::remove(own->siteId, own->stationId);
        (void)SiteKeyStore::remove(QString(), pending->first().request.stationId);
    }

    void aJoiningComputerWaitsForTheApprovalThenJoins()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::WebDavServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        // The shop: its first station registered, its configuration published on the drive,
        // sealed under its site key.
        PublishedShop published(server);
        QVERIFY(published.registered() && published.run());
        auto &shop = published.shop;
        const SiteKeys &keys = published.keys;
        WebDavClient &drive = published.drive;
        SyncEngine &engine = published.engine;
        const JoinCode code = *JoinCodes(*shop->store).generate(shop->admin);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("caisse2.sqlite"));
        ui::FirstStartDialog dialog(path);
        dialog.show();
        const auto type = [&dialog](const char *name, const QString &text) {
            dialog.findChild<QLineEdit *>(QString::fromLatin1(name))->setText(text);
        };
        type("davAddress", server.url());
        type("davUser", test::WebDavServer::user());
        type("davPassword", test::WebDavServer::password());
        type("joiningStationCode", QStringLiteral("CAISSE2"));
        type("joinCode", code.code.toLower());
        auto *join = dialog.findChild<QPushButton *>(QStringLiteral("joinShop"));
        QSignalSpy finished(&dialog, &ui::FirstStartDialog::jobFinished);
        QTest::mouseClick(join, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QCOMPARE(finished.last().first().toBool(), false);
        QVERIFY2(dialog.message().contains(QStringLiteral("Waiting for an administrator")),
            qPrintable(dialog.message()));
        QCOMPARE(join->text(), QStringLiteral("Try again"));
        QVERIFY(!QFile::exists(path));

        // The administrator sees the request with the fingerprint the new computer shows.
        JoinRequests requests(*shop->store, drive);
        const auto pending = requests.pending();
        QVERIFY(pending.ok() && pending->size() == 1);
        QVERIFY(dialog.message().contains(pending->first().request.fingerprint()));
        QVERIFY(requests.approve(shop->admin, QStringLiteral("CAISSE2"), keys).ok());
        QVERIFY(engine.run().ok()); // the configuration with CAISSE2 goes out

        QTest::mouseClick(join, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 120000);
        QVERIFY2(finished.last().first().toBool(), qPrintable(dialog.message()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        core::SystemClock clock;
        auto joined = core::Store::open(path, clock, QStringLiteral("joined"));
        QVERIFY(joined.ok());
        QCOMPARE((*joined)->station().code, QStringLiteral("CAISSE2"));
        QCOMPARE((*joined)->station().id, pending->first().request.stationId);
        QCOMPARE((*joined)->site().id, shop->store->site().id);
        // The request and its approval are gone from the drive.
        QVERIFY(!QFileInfo::exists(server.rootDir() + QStringLiteral("/join/")
            + pending->first().request.requestId + QStringLiteral(".approval")));
        QVERIFY(!QFileInfo::exists(server.rootDir() + QStringLiteral("/join/")
            + pending->first().request.requestId + QStringLiteral(".request")));
        const auto own = SiteKeyStore::load((*joined)->site().id, (*joined)->station().id);
        QVERIFY(own.ok());
        QCOMPARE(own->siteKey, keys.siteKey);
        (void)SiteKeyStore::remove(own->siteId, own->stationId);
    }
};

QTEST_MAIN(TestFirstStart)
#include "tst_firststart.moc"
