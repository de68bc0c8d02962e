// Restore points against a real Apache mod_dav on loopback, through the sealing layer: a
// register backed up on two days (a full snapshot, then a point that starts from it), selling
// and syncing after each; restored from yesterday's point and from the older one, each gets
// every document up to the last one synced, checked as the drive's files are (seals,
// signatures, the snapshot's checksum and schema, the journal's hash chain). A point whose
// snapshot was swapped for another genuine file of the shop restores nothing.

#include "core/demoshop.h"
#include "core/integrity.h"
#include "core/sync/backup.h"
#include "core/sync/webdavclient.h"
#include "tests/support/hostiledrive.h"
#include "tests/support/testshop.h"
#include "tests/support/webdavserver.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace recaisse;
using namespace recaisse::core;
using namespace recaisse::core::sync;

class TestRestorePoints : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::WebDavServer m_server;
    int m_files = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_files)); }

    static qint64 ownCount(Store &store, const char *sql)
    {
        return test::count(store,
            QString::fromLatin1(sql).arg(
                QLatin1Char('\'') + store.station().id + QLatin1Char('\'')));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void restoreFromARestorePoint()
    {
        WebDavClient client(
            DavAccount{m_server.url(), test::WebDavServer::user(), test::WebDavServer::password()});
        test::SealedStation a, b;
        QVERIFY(test::makeSealedShop(a, b, client, [this] { return freshPath(); }));
        QVERIFY(b.sync().ok());
        const QString folder = QStringLiteral("backups/") + b.store->station().id;
        const auto filesOfB = [&] {
            QStringList names;
            const auto listing = client.list(folder);
            for (const RemoteEntry &entry : listing ? *listing : QList<RemoteEntry>())
                names.append(entry.name);
            return names;
        };

        // Day 1: the first backup is a full snapshot and its point.
        auto first = Backup::upload(*b.store, *b.sealed);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(filesOfB().filter(QStringLiteral(".tar.xz")).size(), 1);
        // Day 2: more sales, synced; the nightly point starts from day 1's snapshot.
        b.clock.set(b.clock.nowUtc().addDays(1));
        QVERIFY(test::moreDemoDays(*b.store, b.clock, 2, 7));
        QVERIFY(b.sync().ok());
        const qint64 documentsOnDay2 =
            ownCount(*b.store, "SELECT count(*) FROM document WHERE station_id = %1");
        auto second = Backup::upload(*b.store, *b.sealed);
        QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
        QCOMPARE(filesOfB().filter(QStringLiteral(".tar.xz")).size(), 1);
        QCOMPARE(filesOfB().filter(QStringLiteral(".point")).size(), 2);
        // Day 3: still more, synced, and the PC is lost before the next backup.
        b.clock.set(b.clock.nowUtc().addDays(1));
        QVERIFY(test::moreDemoDays(*b.store, b.clock, 2, 8));
        QVERIFY(b.sync().ok());
        const qint64 documents =
            ownCount(*b.store, "SELECT count(*) FROM document WHERE station_id = %1");
        const qint64 sales = ownCount(
            *b.store, "SELECT coalesce(sum(total_cents), 0) FROM sale WHERE station_id = %1");
        QVERIFY(documents > documentsOnDay2);

        // The points as the restore screen lists them: newest first, with their document count.
        auto points = Backup::restorePoints(*b.sealed, b.store->station().id);
        QVERIFY2(points, qPrintable(points ? QString() : points.error().message));
        QCOMPARE(points->size(), 2);
        QCOMPARE(folder + QLatin1Char('/') + points->at(0).name, *second);
        QCOMPARE(folder + QLatin1Char('/') + points->at(1).name, *first);
        QCOMPARE(points->at(0).stationCode, QStringLiteral("CAISSE2"));
        QCOMPARE(points->at(0).documents, documentsOnDay2);
        QCOMPARE(points->at(0).snapshot, points->at(1).snapshot);

        const RestoringUser admin{QStringLiteral("Dominique"), QStringLiteral("666666")};
        // An unknown point restores nothing.
        const QString nowhere = freshPath();
        auto unknown = Backup::restore(*b.sealed, QStringLiteral("CAISSE2"), nowhere, b.clock,
            admin, {}, QStringLiteral("20200101T000000Z-j0000000001-b20200101T000000Z.point"));
        QVERIFY(!unknown);
        QVERIFY(!QFile::exists(nowhere));

        // From yesterday's point, then from the older one: every document synced comes back,
        // and each restore adds its own technical event (the second also gets the first's).
        qint64 expected = documents;
        for (const RestorePoint &point : {points->at(0), points->at(1)}) {
            const QString target = freshPath();
            auto restored = Backup::restore(
                *b.sealed, QStringLiteral("CAISSE2"), target, b.clock, admin, {}, point.name);
            QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
            Store &store = **restored;
            ++expected;
            QCOMPARE(
                ownCount(store, "SELECT count(*) FROM document WHERE station_id = %1"), expected);
            QCOMPARE(ownCount(store,
                         "SELECT coalesce(sum(total_cents), 0) FROM sale WHERE station_id = %1"),
                sales);
            auto report = IntegrityCheck(store).run();
            QVERIFY(report);
            QVERIFY2(report->intact(), qPrintable(report->problems.join(QLatin1Char('\n'))));
        }

        // The older point's snapshot swapped for another genuine backup of the shop (A's,
        // sealed and signed by A for its own folder): refused, nothing restored.
        auto ofA = Backup::upload(*a.store, *a.sealed);
        QVERIFY(ofA);
        auto pointsOfA = Backup::restorePoints(*a.sealed, a.store->station().id);
        QVERIFY(pointsOfA && !pointsOfA->isEmpty());
        const QString snapshotPath = folder + QLatin1Char('/') + points->at(1).snapshot;
        const QByteArray genuine = test::contentOf(client, snapshotPath);
        QVERIFY(test::putFile(client, snapshotPath,
            test::contentOf(client,
                QStringLiteral("backups/%1/%2")
                    .arg(a.store->station().id, pointsOfA->first().snapshot))));
        const QString target = freshPath();
        auto swapped = Backup::restore(
            *b.sealed, QStringLiteral("CAISSE2"), target, b.clock, admin, {}, points->at(1).name);
        QVERIFY(!swapped);
        QCOMPARE(swapped.error().failure, Failure::Untrusted);
        QVERIFY(!QFile::exists(target));
        QVERIFY(test::putFile(client, snapshotPath, genuine));
    }

    // Sales made after the last sync are on this PC only: a point made then (from an older
    // snapshot) counts what its snapshot and the published journal hold, and a restore from it,
    // the PC lost before the next sync, brings back exactly that (and the restore's own event).
    void aPointCountsWhatTheDriveHolds()
    {
        // A shop of its own, in another folder of the drive.
        WebDavClient root(
            DavAccount{m_server.url(), test::WebDavServer::user(), test::WebDavServer::password()});
        QVERIFY(root.makeFolders(QStringLiteral("unsynced")));
        WebDavClient client(DavAccount{m_server.url() + QStringLiteral("unsynced/"),
            test::WebDavServer::user(), test::WebDavServer::password()});
        test::SealedStation a, b;
        QVERIFY(test::makeSealedShop(a, b, client, [this] { return freshPath(); }));
        QVERIFY(test::moreDemoDays(*b.store, b.clock, 2, 11));
        QVERIFY(b.sync().ok());
        auto first = Backup::upload(*b.store, *b.sealed);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        // Two more days synced, then two days that are not.
        b.clock.set(b.clock.nowUtc().addDays(1));
        QVERIFY(test::moreDemoDays(*b.store, b.clock, 2, 12));
        QVERIFY(b.sync().ok());
        const qint64 onTheDrive =
            ownCount(*b.store, "SELECT count(*) FROM document WHERE station_id = %1");
        b.clock.set(b.clock.nowUtc().addDays(3));
        QVERIFY(test::moreDemoDays(*b.store, b.clock, 2, 13));
        const qint64 onThePc =
            ownCount(*b.store, "SELECT count(*) FROM document WHERE station_id = %1");
        QVERIFY(onThePc > onTheDrive);
        auto second = Backup::upload(*b.store, *b.sealed);
        QVERIFY2(second, qPrintable(second ? QString() : second.error().message));

        auto points = Backup::restorePoints(*b.sealed, b.store->station().id);
        QVERIFY2(points, qPrintable(points ? QString() : points.error().message));
        QCOMPARE(points->size(), 2);
        QCOMPARE(points->at(0).snapshot, points->at(1).snapshot);
        QCOMPARE(points->at(0).documents, onTheDrive);

        const QString target = freshPath();
        auto restored = Backup::restore(*b.sealed, QStringLiteral("CAISSE2"), target, b.clock,
            RestoringUser{QStringLiteral("Dominique"), QStringLiteral("666666")}, {},
            points->at(0).name);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
        QCOMPARE(ownCount(**restored, "SELECT count(*) FROM document WHERE station_id = %1"),
            points->at(0).documents + 1);
    }
};

QTEST_GUILESS_MAIN(TestRestorePoints)
#include "tst_restorepoints.moc"
