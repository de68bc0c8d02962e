// The background sync worker in its own thread against a loopback Apache, with the password in a
// real gnome-keyring: states for the badge, offline and back, the daily backup, and the Telegram
// alert after a day without success (sent to a local stand-in of the Bot API); its lock-out alert
// gives way to the notification rule for locked accounts when that rule is on.

#include "core/admin/useradmin.h"
#include "core/cashsession.h"
#include "core/notify/notifications.h"
#include "core/store.h"
#include "core/sync/account.h"
#include "core/sync/secrets.h"
#include "core/sync/syncworker.h"
#include "core/sync/telegram.h"
#include "core/users.h"
#include "tests/support/testshop.h"
#include "tests/support/webdavserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace recaisse;
using namespace recaisse::core;
using namespace recaisse::core::sync;

class TestSyncWorker : public QObject
{
    Q_OBJECT

private slots:
    void backoffGrowsIsCappedAndJittered()
    {
        const SyncWorker::Settings settings;
        QCOMPARE(SyncWorker::backoffSeconds(1, settings, 1.0, -1), 30);
        QCOMPARE(SyncWorker::backoffSeconds(2, settings, 1.0, -1), 60);
        QCOMPARE(SyncWorker::backoffSeconds(4, settings, 1.0, -1), 240);
        QCOMPARE(SyncWorker::backoffSeconds(50, settings, 1.0, -1), 1800);
        QCOMPARE(SyncWorker::backoffSeconds(3, settings, 0.5, -1), 60);
        QCOMPARE(SyncWorker::backoffSeconds(3, settings, 0.1, -1), 60); // jitter floor 0.5
        QCOMPARE(SyncWorker::backoffSeconds(1, settings, 1.0, 600), 600); // Retry-After wins
    }

    void syncsInTheBackgroundAndAlertsAfterADay()
    {
        test::WebDavServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        test::HostileServer telegram;
        QVERIFY(telegram.start());
        test::ScriptedReply ok;
        ok.headers = {{"Content-Type", "application/json"}};
        ok.body = "{\"ok\":true,\"result\":{}}";
        telegram.setReply(ok);

        auto shop = test::TestShop::create();
        QVERIFY(shop);
        QVERIFY(SyncAccount::save(*shop->store, {server.url(), test::WebDavServer::user()},
            test::WebDavServer::password()));
        QVERIFY(TelegramNotifier::save(*shop->store, shop->admin,
            TelegramSettings{telegram.url(), {QStringLiteral("123456")}},
            QStringLiteral("42:ABC")));
        QVERIFY(CashSessions(*shop->store).open(shop->cashier, 5000, {}));

        SyncWorker::Settings settings;
        settings.statusRefreshSeconds = 1;
        settings.retryBaseSeconds = 3600; // only syncNow() runs during the test
        settings.intervalSeconds = 3600;
        SyncService service(shop->path(), shop->clock, settings);
        QSignalSpy spy(service.worker(), &SyncWorker::snapshotChanged);
        const auto last = [&spy]() {
            return spy.isEmpty() ? SyncSnapshot{} : spy.last().first().value<SyncSnapshot>();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 10000);
        service.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(last().state, SyncState::Synced, 30000);
        QCOMPARE(last().status.pendingRecords, 0);
        QVERIFY(last().status.lastBackupUtc.isValid()); // the first run makes the daily backup

        // New activity while the server is gone: pending, then offline, nothing lost.
        QVERIFY(CashSessions(*shop->store)
                    .moveCash(shop->cashier, MovementDirection::In, 1000, QStringLiteral("Fond")));
        QTRY_COMPARE_WITH_TIMEOUT(last().state, SyncState::Pending, 10000);
        server.stop();
        service.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(last().state, SyncState::Offline, 30000);
        QVERIFY(last().status.pendingRecords > 0);
        QVERIFY(telegram.requestLines().isEmpty()); // not a day yet

        // A day later, still failing: one message to the admins, not one per attempt.
        shop->clock.advanceSecs(25 * 3600);
        service.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!telegram.requestLines().isEmpty(), 30000);
        QVERIFY(telegram.requestLines().first().contains("/bot42:ABC/sendMessage"));
        QVERIFY(telegram.lastRequestBody().contains("\"chat_id\":\"123456\""));
        QVERIFY(telegram.lastRequestBody().contains("CAISSE1"));
        service.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(last().state, SyncState::Offline, 30000);
        QTest::qWait(500);
        QCOMPARE(telegram.requestLines().size(), 1);

        // The server comes back: everything goes out.
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QVERIFY(SyncAccount::save(*shop->store, {server.url(), test::WebDavServer::user()},
            test::WebDavServer::password()));
        service.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(last().state, SyncState::Synced, 30000);

        // Five wrong PINs lock Jo's account: the admins hear of it once.
        const int sentBefore = int(telegram.requestLines().size());
        Users users(*shop->store);
        for (int i = 0; i < Users::maxFailedAttempts; ++i)
            QVERIFY(!users.login(shop->reception.userId, QStringLiteral("0000")));
        service.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(telegram.requestLines().size(), sentBefore + 1, 30000);
        QVERIFY(telegram.lastRequestBody().contains("Jo"));
        QVERIFY(telegram.lastRequestBody().contains("15"));
        service.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(last().state, SyncState::Synced, 30000);
        QTest::qWait(500);
        QCOMPARE(telegram.requestLines().size(), sentBefore + 1);

        // With the notification rule for locked accounts on, the rule tells (from the report
        // worker, to its own recipients): this alert stays silent, not twice.
        QVERIFY(UserAdministration(*shop->store)
                    .setTelegramId(shop->admin, shop->admin.userId, QStringLiteral("707070")));
        notify::EventRule rule = notify::Notifications::defaults(notify::EventType::AccountLocked);
        rule.enabled = true;
        rule.telegramChats = {QStringLiteral("707070")};
        QVERIFY(notify::Notifications(*shop->store).setRule(shop->admin, rule));
        shop->clock.advanceSecs(16 * 60);
        for (int i = 0; i < Users::maxFailedAttempts; ++i)
            QVERIFY(!users.login(shop->reception.userId, QStringLiteral("0000")));
        QCOMPARE(test::auditCount(*shop->store, QStringLiteral("login.lock")), 2);
        service.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(last().state, SyncState::Synced, 30000);
        QTest::qWait(500);
        QCOMPARE(telegram.requestLines().size(), sentBefore + 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncWorker)
#include "tst_syncworker.moc"
