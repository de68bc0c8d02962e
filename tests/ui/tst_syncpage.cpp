// The sync badge and the sync console, offscreen: states, history, stations, account checks and
// "Tester la connexion" against a loopback Apache; read-only for a supervisor.

#include "core/sync/syncengine.h"
#include "core/sync/telegram.h"
#include "core/users.h"
#include "tests/support/hostiledrive.h"
#include "tests/support/memoryremote.h"
#include "tests/support/testshop.h"
#include "tests/support/webdavserver.h"
#include "ui/sync/syncbadge.h"
#include "ui/sync/syncpage.h"

#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace recaisse;
using namespace recaisse::core::sync;

class TestSyncPage : public QObject
{
    Q_OBJECT

private:
    QPushButton *button(QWidget &parent, const QString &text)
    {
        for (QPushButton *candidate : parent.findChildren<QPushButton *>()) {
            if (candidate->text() == text)
                return candidate;
        }
        return nullptr;
    }

private slots:
    void badgeNamesEveryState()
    {
        ui::SyncBadge badge;
        SyncSnapshot snapshot;
        QSet<QString> texts;
        for (SyncState state : {SyncState::Off, SyncState::Synced, SyncState::Syncing,
                 SyncState::Pending, SyncState::Offline, SyncState::Error}) {
            snapshot.state = state;
            snapshot.status.pendingRecords = 3;
            badge.show(snapshot);
            QCOMPARE(badge.state(), state);
            QVERIFY(!badge.text().isEmpty());
            texts.insert(badge.text());
        }
        QCOMPARE(texts.size(), 6);
        QSignalSpy clicked(&badge, &ui::SyncBadge::syncRequested);
        QTest::mouseClick(&badge, Qt::LeftButton);
        QCOMPARE(clicked.size(), 1);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(ui::SyncBadge::describeAge(now.addSecs(-180), now).contains(QLatin1Char('3')));
        QVERIFY(!ui::SyncBadge::describeAge(QDateTime(), now).isEmpty());
    }

    void consoleShowsStationsHistoryAndChecksTheAccount()
    {
        auto shop = test::TestShop::create();
        QVERIFY(shop);
        SyncReport failed;
        failed.error = RemoteError{Failure::Network, 0, QStringLiteral("Connexion refusée"), -1};
        SyncEngine::recordRun(*shop->store, failed, 12);
        SyncEngine::recordRun(*shop->store, SyncReport{}, 34);

        ui::SyncPage page(*shop->store, shop->admin, nullptr);
        page.resize(1366, 768);
        page.show();
        // Stations and history; the stations joining the shop have their own table.
        QVERIFY(page.findChild<QTableWidget *>(QStringLiteral("joinRequests")));
        QList<QTableWidget *> tables;
        for (QTableWidget *table : page.findChildren<QTableWidget *>()) {
            if (table->objectName() != QLatin1String("joinRequests"))
                tables.append(table);
        }
        QCOMPARE(tables.size(), 2);
        QCOMPARE(tables.at(0)->rowCount(), 1); // this station
        QVERIFY(tables.at(0)->item(0, 0)->text().contains(QLatin1String("CAISSE1")));
        QCOMPARE(tables.at(1)->rowCount(), 2);
        tables.at(1)->setCurrentCell(1, 0);
        auto *detail = page.findChild<QPlainTextEdit *>();
        QVERIFY2(detail->toPlainText().contains(QStringLiteral("Connexion refusée")),
            qPrintable(detail->toPlainText()));

        // Bad address: a clear message, nothing saved.
        auto edits = page.findChildren<QLineEdit *>();
        edits.at(0)->setText(QStringLiteral("ftp://example.org"));
        edits.at(1)->setText(QStringLiteral("caisse"));
        QTest::mouseClick(button(page, page.tr("Save the account")), Qt::LeftButton);
        QVERIFY(page.resultText().contains(QLatin1String("https://")));
        QVERIFY(!SyncEngine::status(*shop->store)->configured);

        // Tester la connexion against a real server: wrong then right password.
        test::WebDavServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        edits.at(0)->setText(server.url());
        edits.at(2)->setText(QStringLiteral("wrong"));
        QSignalSpy done(&page, &ui::SyncPage::jobFinished);
        QTest::mouseClick(button(page, page.tr("Test the connection")), Qt::LeftButton);
        QVERIFY(done.wait(30000));
        QVERIFY(!page.resultText().contains(QLatin1String("OK")));
        edits.at(2)->setText(test::WebDavServer::password());
        QTest::mouseClick(button(page, page.tr("Test the connection")), Qt::LeftButton);
        QVERIFY(done.wait(30000));
        QVERIFY2(page.resultText().contains(QLatin1String("OK")), qPrintable(page.resultText()));
    }

    void missingFolderIsOfferedAndCreated()
    {
        auto shop = test::TestShop::create();
        QVERIFY(shop);
        test::WebDavServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        ui::SyncPage page(*shop->store, shop->admin, nullptr);
        QStringList asked;
        bool answer = false;
        page.setCreateFolderPrompt([&](const QString &address) {
            asked.append(address);
            return answer;
        });
        const QString address = server.url() + QStringLiteral("Asso/ReCaisse");
        auto edits = page.findChildren<QLineEdit *>();
        edits.at(0)->setText(address);
        edits.at(1)->setText(test::WebDavServer::user());
        edits.at(2)->setText(test::WebDavServer::password());
        QSignalSpy done(&page, &ui::SyncPage::jobFinished);

        // Declined: the missing folder is named, nothing is created.
        QTest::mouseClick(button(page, page.tr("Test the connection")), Qt::LeftButton);
        QVERIFY(done.wait(30000));
        QCOMPARE(asked, QStringList{address});
        QVERIFY2(page.resultText().contains(QLatin1String("does not exist")),
            qPrintable(page.resultText()));
        QVERIFY(!QFileInfo::exists(server.rootDir() + QStringLiteral("/Asso")));

        // Accepted: the folder and its parent are made, then the connection is tested again.
        answer = true;
        QTest::mouseClick(button(page, page.tr("Test the connection")), Qt::LeftButton);
        QVERIFY(done.wait(30000));
        if (done.size() < 3)
            QVERIFY(done.wait(30000));
        QCOMPARE(asked.size(), 2);
        QVERIFY(QFileInfo(server.rootDir() + QStringLiteral("/Asso/ReCaisse")).isDir());
        QVERIFY2(page.resultText().contains(QLatin1String("Folder created")),
            qPrintable(page.resultText()));

        // Now there: no question.
        QTest::mouseClick(button(page, page.tr("Test the connection")), Qt::LeftButton);
        QVERIFY(done.wait(30000));
        QCOMPARE(asked.size(), 2);
        QVERIFY2(page.resultText().contains(QLatin1String("OK")), qPrintable(page.resultText()));
    }

    void unreadableHistoryIsSaidNotEmpty()
    {
        auto shop = test::TestShop::create();
        QVERIFY(shop);
        ui::SyncPage page(*shop->store, shop->admin, nullptr);
        QVERIFY(page.errorText().isEmpty());
        QSqlQuery drop(shop->store->db().connection());
        QVERIFY(drop.exec(QStringLiteral("DROP TABLE sync_log")));
        page.refresh();
        // A visible sentence naming what failed, not an empty history that reads as "never".
        const QString expected =
            page.tr("The history cannot be read: %1").section(QStringLiteral("%1"), 0, 0);
        QVERIFY2(page.errorText().startsWith(expected), qPrintable(page.errorText()));
        QVERIFY2(
            page.errorText().contains(QStringLiteral("sync_log")), qPrintable(page.errorText()));
        QVERIFY(page.findChild<QWidget *>(QStringLiteral("syncError"))->isVisibleTo(&page));
    }

    void readOnlyForASupervisor()
    {
        auto shop = test::TestShop::create();
        QVERIFY(shop);
        ui::SyncPage page(*shop->store, shop->supervisor, nullptr);
        for (QLineEdit *edit : page.findChildren<QLineEdit *>())
            QVERIFY(!edit->isEnabled());
        QVERIFY(!button(page, page.tr("Save the account"))->isEnabled());
    }

    // The Bot API address comes with the shop's configuration: read-only on a register, with
    // where it is changed; the chats and the token stay this station's.
    void theBotApiIsReadOnlyOnARegister()
    {
        auto shop = test::TestShop::create();
        QVERIFY(shop);
        ui::SyncPage editable(*shop->store, shop->admin, nullptr);
        QVERIFY(!editable.findChild<QLineEdit *>(QStringLiteral("telegramApi"))->isReadOnly());
        QVERIFY(editable.findChild<QLabel *>(QStringLiteral("telegramApiReadOnly"))->isHidden());

        QTemporaryDir dir;
        int files = 0;
        test::SealedStation a, b;
        test::MemoryRemote remote;
        QVERIFY(test::makeSealedShop(
            a, b, remote, [&] { return dir.filePath(QStringLiteral("s%1.sqlite").arg(++files)); }));
        const auto dominique = core::Users(*b.store).findByName(QStringLiteral("Dominique"));
        QVERIFY(dominique);
        const auto admin = core::Users(*b.store).login(dominique->id, QStringLiteral("666666"));
        QVERIFY(admin);
        ui::SyncPage page(*b.store, *admin, nullptr);
        QVERIFY(page.findChild<QLineEdit *>(QStringLiteral("telegramApi"))->isReadOnly());
        const auto *why = page.findChild<QLabel *>(QStringLiteral("telegramApiReadOnly"));
        QVERIFY(!why->isHidden());
        QCOMPARE(why->text(), core::sync::TelegramNotifier::apiReadOnlyReason());
        QVERIFY(button(page, page.tr("Save the alerts"))->isEnabled());
    }
};

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
