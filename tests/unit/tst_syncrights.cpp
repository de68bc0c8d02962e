// Who may change the shop's drive settings, back up and restore: administrators only, checked in
// core and audited. An address with user:password@ is refused wherever one is accepted, and the
// join's check of the station code fails closed when the drive cannot say which codes are taken.

#include "core/database.h"
#include "core/store.h"
#include "core/sync/account.h"
#include "core/sync/backup.h"
#include "core/sync/siteconfig.h"
#include "core/sync/syncengine.h"
#include "core/sync/telegram.h"
#include "core/users.h"
#include "tests/support/memoryremote.h"
#include "tests/support/testshop.h"

#include <QFile>
#include <QTest>

using namespace recaisse;
using namespace recaisse::core;
using namespace recaisse::core::sync;

namespace {

bool nothingAt(const QString &path)
{
    for (const QString &suffix : Database::fileSuffixes()) {
        if (QFile::exists(path + suffix))
            return false;
    }
    return true;
}

SyncReport syncOnce(test::TestShop &shop, Remote &remote)
{
    SyncEngine engine(*shop.store, remote);
    engine.setConfigSteps(&SiteConfig::publish, &SiteConfig::applyLatest);
    return engine.run();
}

} // namespace

class TestSyncRights : public QObject
{
    Q_OBJECT

private slots:
    void addressWithUserInfoIsRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("user and password")
            << QStringLiteral("https://shop%40example.org:s3cretPass@drive.example/dav");
        QTest::newRow("user only") << QStringLiteral("https://shop@drive.example/dav");
        QTest::newRow("password only") << QStringLiteral("https://:s3cretPass@drive.example/dav");
        QTest::newRow("loopback http")
            << QStringLiteral("http://shop:s3cretPass@127.0.0.1:8080/dav");
    }

    void addressWithUserInfoIsRefused()
    {
        QFETCH(QString, url);
        const auto valid = SyncAccount::validate(url, QStringLiteral("shop@example.org"));
        QVERIFY(!valid);
        QCOMPARE(valid.error().code, ErrorCode::InvalidInput);
        QVERIFY2(valid.error().message.contains(QLatin1String("user:password@")),
            qPrintable(valid.error().message));
        // The refusal does not repeat the password (it would end up in a log or on screen).
        QVERIFY(!valid.error().message.contains(QLatin1String("s3cretPass")));
        QVERIFY(!SyncAccount::validate(
            url, QStringLiteral("shop@example.org"), QStringLiteral("password")));
        QVERIFY(SyncAccount::validate(
            QStringLiteral("https://drive.example/dav"), QStringLiteral("shop@example.org")));
    }

    void accountNeedsAnAdministrator()
    {
        auto shop = test::TestShop::create();
        QVERIFY(shop);
        const AccountSettings settings{
            QStringLiteral("https://drive.example/dav"), QStringLiteral("shop@example.org")};
        const int refusals = test::auditCount(*shop->store, QStringLiteral("permission.denied"));
        for (const Actor &actor : {shop->cashier, shop->supervisor, shop->reception}) {
            const auto saved =
                SyncAccount::save(*shop->store, actor, settings, QStringLiteral("password"));
            QVERIFY(!saved);
            QCOMPARE(saved.error().code, ErrorCode::PermissionDenied);
        }
        QCOMPARE(test::auditCount(*shop->store, QStringLiteral("permission.denied")), refusals + 3);
        QVERIFY(!SyncAccount::load(*shop->store).value().has_value());
        QCOMPARE(test::auditCount(*shop->store, QStringLiteral("sync.account")), 0);
    }

    void telegramNeedsAnAdministrator()
    {
        auto shop = test::TestShop::create();
        QVERIFY(shop);
        const TelegramSettings settings{
            QStringLiteral("https://bot.example"), {QStringLiteral("123456")}};
        const auto refused = TelegramNotifier::save(*shop->store, shop->cashier, settings);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(test::auditCount(*shop->store, QStringLiteral("permission.denied")), 1);
        QVERIFY(TelegramNotifier::load(*shop->store).chatIds.isEmpty());

        const auto userInfo = TelegramNotifier::save(*shop->store, shop->admin,
            TelegramSettings{
                QStringLiteral("https://bot:s3cret@bot.example"), {QStringLiteral("123456")}});
        QVERIFY(!userInfo);
        QVERIFY(!userInfo.error().message.contains(QLatin1String("s3cret")));
        QVERIFY(TelegramNotifier::load(*shop->store).chatIds.isEmpty());

        // Without a new token nothing goes to the keychain: the settings alone, audited.
        const auto saved = TelegramNotifier::save(*shop->store, shop->admin, settings);
        QVERIFY2(saved, qPrintable(saved.error().message));
        QCOMPARE(TelegramNotifier::load(*shop->store).chatIds, settings.chatIds);
        QCOMPARE(TelegramNotifier::load(*shop->store).apiBaseUrl, settings.apiBaseUrl);
        QCOMPARE(test::auditCount(*shop->store, QStringLiteral("sync.telegram")), 1);
    }

    void backupNowNeedsAnAdministrator()
    {
        auto shop = test::TestShop::create();
        QVERIFY(shop);
        test::MemoryRemote remote;
        QVERIFY(syncOnce(*shop, remote).ok());
        const auto filesBefore = remote.files.keys();
        const auto refused = Backup::upload(*shop->store, shop->cashier, remote);
        QVERIFY(!refused);
        QCOMPARE(remote.files.keys(), filesBefore); // refused before anything was sent
        QCOMPARE(test::auditCount(*shop->store, QStringLiteral("permission.denied")), 1);
        QCOMPARE(test::auditCount(*shop->store, QStringLiteral("sync.backup-now")), 0);

        const auto uploaded = Backup::upload(*shop->store, shop->admin, remote);
        QVERIFY2(uploaded, qPrintable(uploaded.error().message));
        QVERIFY(remote.files.contains(*uploaded));
        QCOMPARE(test::auditCount(*shop->store, QStringLiteral("sync.backup-now")), 1);
    }

    void restoreNeedsAnAdministratorOfTheRestoredStation()
    {
        auto shop = test::TestShop::create();
        QVERIFY(shop);
        test::MemoryRemote remote;
        QVERIFY(syncOnce(*shop, remote).ok());
        QVERIFY(Backup::upload(*shop->store, shop->admin, remote));
        QTemporaryDir newPc;
        QVERIFY(newPc.isValid());
        const QString target = newPc.filePath(QStringLiteral("station.sqlite"));
        const struct
        {
            RestoringUser by;
            ErrorCode code;
        } refusals[] = {
            {{QStringLiteral("Camille"), QStringLiteral("1111")}, ErrorCode::PermissionDenied},
            {{QStringLiteral("Admin"), QStringLiteral("9999")}, ErrorCode::AuthenticationFailed},
            {{QStringLiteral("Nobody"), QStringLiteral("123456")}, ErrorCode::NotFound},
        };
        for (const auto &refusal : refusals) {
            auto restored =
                Backup::restore(remote, QStringLiteral("CAISSE1"), target, shop->clock, refusal.by);
            QVERIFY2(!restored, qPrintable(refusal.by.name));
            QCOMPARE(restored.error().failure, Failure::Local);
            QVERIFY2(nothingAt(target), qPrintable(refusal.by.name));
        }
        auto restored = Backup::restore(remote, QStringLiteral("CAISSE1"), target, shop->clock,
            {QStringLiteral("Admin"), QStringLiteral("123456")});
        QVERIFY2(restored, qPrintable(restored.error().message));
        QCOMPARE((*restored)->station().code, QStringLiteral("CAISSE1"));
        QCOMPARE(test::auditCount(**restored, QStringLiteral("sync.restore")), 1);
    }

    void joinFailsClosedWhenTheCodesCannotBeRead()
    {
        auto shop = test::TestShop::create();
        QVERIFY(shop);
        test::MemoryRemote remote;
        QVERIFY(syncOnce(*shop, remote).ok());
        QTemporaryDir newPc;
        QVERIFY(newPc.isValid());
        const QString target = newPc.filePath(QStringLiteral("station.sqlite"));
        const auto join = [&] {
            return SiteConfig::join(
                remote, target, QStringLiteral("CAISSE1"), StationKind::Register, shop->clock);
        };
        // The drive cannot list the stations: whether CAISSE1 is taken is unknown.
        remote.setFault([](const QString &operation, const QString &path) {
            return operation == QLatin1String("list") && path == QLatin1String("stations")
                ? std::optional(RemoteError{Failure::Server, 503, QStringLiteral("down"), -1})
                : std::nullopt;
        });
        auto joined = join();
        QVERIFY(!joined);
        QVERIFY2(joined.error().message.contains(QLatin1String("cannot be listed")),
            qPrintable(joined.error().message));
        QVERIFY(nothingAt(target));
        // A station's identity cannot be read: the same.
        remote.setFault([](const QString &operation, const QString &path) {
            return operation == QLatin1String("get") && path.endsWith(QLatin1String("station.json"))
                ? std::optional(RemoteError{Failure::Network, 0, QStringLiteral("reset"), -1})
                : std::nullopt;
        });
        joined = join();
        QVERIFY(!joined);
        QVERIFY2(joined.error().message.contains(QLatin1String("cannot be checked")),
            qPrintable(joined.error().message));
        QVERIFY(nothingAt(target));
        // Readable: CAISSE1 is taken.
        remote.setFault({});
        joined = join();
        QVERIFY(!joined);
        QVERIFY2(joined.error().message.contains(QLatin1String("already has a station")),
            qPrintable(joined.error().message));
        QVERIFY(nothingAt(target));
    }
};

QTEST_GUILESS_MAIN(TestSyncRights)
#include "tst_syncrights.moc"
