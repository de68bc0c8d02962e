// The first-start dialog, offscreen, with a private keychain (with-keyring.sh): creating a shop
// makes and registers its keys and shows its recovery kit once; joining a shop on a loopback
// Apache waits for an administrator's approval, then joins.

#include "core/categories.h"
#include "core/clock.h"
#include "core/store.h"
#include "core/sync/joinrequest.h"
#include "core/sync/recovery.h"
#include "core/sync/sealedremote.h"
#include "core/sync/siteconfig.h"
#include "core/sync/stationregistry.h"
#include "core/sync/syncengine.h"
#include "core/sync/webdavclient.h"
#include "tests/support/testshop.h"
#include "tests/support/webdavserver.h"
#include "ui/admin/catalogueimportdialog.h"
#include "ui/sync/firststartdialog.h"

#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
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

    void aJoiningComputerWaitsForTheApprovalThenJoins()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::WebDavServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        // The shop: its first station registered, its configuration published on the drive.
        auto shop = test::TestShop::create(core::StationKind::BackOffice);
        QVERIFY(shop);
        const SiteKeys keys = SiteKeys::create(shop->store->site().id, shop->store->station().id);
        QVERIFY(StationRegistry::registerFounder(*shop->store, keys).ok());
        WebDavClient drive(
            DavAccount{server.url(), test::WebDavServer::user(), test::WebDavServer::password()});
        // The shop's drive is sealed under its site key.
        SealedRemote sealed(drive, keys, *shop->store);
        SyncEngine engine(*shop->store, sealed);
        engine.setConfigSteps(&SiteConfig::publish, &SiteConfig::applyLatest);
        const SyncReport published = engine.run();
        QVERIFY2(published.ok(), qPrintable(published.error.message));
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
