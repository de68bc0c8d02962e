// A station lost with tickets it printed and never synced, restored from the drive: it goes on
// in a new numbering series and never issues a number the lost PC printed; its Z reports and
// grand total go on, and the first Z after the restore says so. A second restore moves on again.

#include "core/cashsession.h"
#include "core/demoshop.h"
#include "core/integrity.h"
#include "core/ledger.h"
#include "core/receipt.h"
#include "core/stationclock.h"
#include "core/store.h"
#include "core/sync/backup.h"
#include "core/sync/siteconfig.h"
#include "core/sync/syncengine.h"
#include "core/technicalevents.h"
#include "tests/support/memoryremote.h"
#include "tests/support/syncstation.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <archive.h>
#include <archive_entry.h>

using namespace recaisse;
using namespace recaisse::core;
using namespace recaisse::core::sync;

namespace {

// The administrator of the lost station, who restores it (Backup::restore checks them).
const RestoringUser restorer{QStringLiteral("Admin"), QStringLiteral("123456")};

// The same tar archive compressed with gzip, as versions before xz wrote snapshots; empty when
// it cannot be read or written.
QByteArray asGzip(const QByteArray &xz)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("older.tar.gz"));
    archive *in = archive_read_new();
    archive_read_support_filter_xz(in);
    archive_read_support_format_tar(in);
    archive *out = archive_write_new();
    archive_write_add_filter_gzip(out);
    archive_write_set_format_pax_restricted(out);
    bool ok = archive_read_open_memory(in, xz.constData(), size_t(xz.size())) == ARCHIVE_OK
        && archive_write_open_filename(out, QFile::encodeName(path).constData()) == ARCHIVE_OK;
    int entries = 0;
    archive_entry *entry = nullptr;
    while (ok && archive_read_next_header(in, &entry) == ARCHIVE_OK) {
        ok = archive_write_header(out, entry) == ARCHIVE_OK;
        char buffer[64 * 1024];
        la_ssize_t n = 0;
        while (ok && (n = archive_read_data(in, buffer, sizeof buffer)) > 0)
            ok = archive_write_data(out, buffer, size_t(n)) == n;
        ok = ok && n == 0;
        ++entries;
    }
    ok = archive_write_close(out) == ARCHIVE_OK && ok && entries == 2;
    archive_write_free(out);
    archive_read_free(in);
    QFile file(path);
    return ok && file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A register of the shop on one PC: its clock and its database.
struct Station : test::SyncStation
{
    // Creates the shop on this PC as register R2, with `days` of activity synced and backed up.
    bool openShop(const QString &path, Remote &remote, int days)
    {
        StationSetup setup;
        setup.siteName = QStringLiteral("Ressourcerie test");
        setup.stationCode = QStringLiteral("R2");
        setup.adminPin = QStringLiteral("123456");
        setup.demo = true; // demo activity goes only into a demo shop
        auto created = Store::create(path, setup, clock);
        if (!created)
            return false;
        store = std::move(*created);
        return DemoShop(*store, clock).ensurePeople() && demo(days, 1) && sync(remote).ok()
            && Backup::upload(*store, remote);
    }
    // The values of a station's rows after a document seq, in seq order: sql selects them
    // from a table with station_id and seq.
    QVariantList values(const char *sql, qint64 afterSeq) const
    {
        QVariantList list;
        QSqlQuery query(store->db().connection());
        query.prepare(QString::fromLatin1(sql));
        query.addBindValue(store->station().id);
        query.addBindValue(afterSeq);
        if (query.exec()) {
            while (query.next())
                list.append(query.value(0));
        }
        return list;
    }

    // Every number this station issued after a document seq, oldest first.
    QStringList numbers(qint64 afterSeq = 0) const
    {
        QStringList list;
        for (const QVariant &number :
            values("SELECT number FROM document WHERE station_id = ? AND seq > ? ORDER BY seq",
                afterSeq))
            list.append(number.toString());
        return list;
    }
    qint64 lastSeq() const
    {
        QSqlQuery query(store->db().connection());
        query.prepare(QStringLiteral("SELECT coalesce(max(seq), 0) FROM document WHERE "
                                     "station_id = ?"));
        query.addBindValue(store->station().id);
        return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
    }
    // The station's Z reports after a document seq, oldest first.
    QList<qint64> closings(qint64 afterSeq) const
    {
        QList<qint64> list;
        for (const QVariant &seq :
            values("SELECT seq FROM session_close WHERE station_id = ? AND seq > ? ORDER BY seq",
                afterSeq))
            list.append(seq.toLongLong());
        return list;
    }
    QJsonObject lastRestoreEvent() const
    {
        QSqlQuery query(store->db().connection());
        query.prepare(QStringLiteral(
            "SELECT details FROM audit_event WHERE station_id = ? AND action = 'station.restore' "
            "ORDER BY seq DESC LIMIT 1"));
        query.addBindValue(store->station().id);
        if (!query.exec() || !query.next())
            return {};
        return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    }
};

} // namespace

class TestRestore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_files)); }

    // Restores station R2 from the drive onto a new PC whose clock is the lost one's.
    bool restore(test::MemoryRemote &remote, const Station &lost, Station &restored)
    {
        restored.clock.set(lost.clock.nowUtc().addSecs(3600));
        auto store =
            Backup::restore(remote, QStringLiteral("R2"), freshPath(), restored.clock, restorer);
        if (!store) {
            qWarning() << store.error().message;
            return false;
        }
        restored.store = std::move(*store);
        return true;
    }

    // The newest document of `station` is the technical event of its restore, in the new series.
    void checkRestoreDocument(const Station &station, const QString &lastPublished)
    {
        const auto events = TechnicalEvents(*station.store).recent(1);
        QVERIFY(events);
        QCOMPARE(events->size(), 1);
        const TechnicalEvent &event = events->first();
        QCOMPARE(event.kind, TechnicalEventKind::Restore);
        QCOMPARE(event.stamp.seq, station.lastSeq());
        QCOMPARE(numberingSeriesOf(event.stamp.number, QStringLiteral("R2")),
            station.store->station().numberingSeries);
        QCOMPARE(event.details.value(QStringLiteral("last_number")).toString(), lastPublished);
        QCOMPARE(event.details.value(QStringLiteral("new_series")).toString(),
            numberingSeriesName(station.store->station().numberingSeries));
    }

    void checkIntact(Store &store)
    {
        auto report = IntegrityCheck(store).run();
        QVERIFY(report);
        QVERIFY2(report->intact(), qPrintable(report->problems.join(u'\n')));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void numbersOfSeries()
    {
        QCOMPARE(numberingSeriesName(1), QStringLiteral("A"));
        QCOMPARE(numberingSeriesName(2), QStringLiteral("B"));
        QCOMPARE(numberingSeriesName(26), QStringLiteral("Z"));
        QCOMPARE(numberingSeriesName(27), QStringLiteral("AA"));
        QCOMPARE(numberingSeriesName(maxNumberingSeries), QStringLiteral("ZZ"));
        QVERIFY(numberingSeriesName(0).isEmpty());
        QVERIFY(numberingSeriesName(maxNumberingSeries + 1).isEmpty());
        for (int series = 1; series <= maxNumberingSeries; ++series)
            QCOMPARE(numberingSeriesFromName(numberingSeriesName(series)), series);

        QCOMPARE(documentNumber(QStringLiteral("R2"), 1, DocumentKind::Sale, 1512),
            QStringLiteral("R2-T001512"));
        QCOMPARE(documentNumber(QStringLiteral("R2"), 2, DocumentKind::Sale, 1513),
            QStringLiteral("R2-BT001513"));
        QCOMPARE(documentNumber(QStringLiteral("R2"), 3, DocumentKind::SessionClose, 42),
            QStringLiteral("R2-CZ000042"));
        QCOMPARE(numberingSeriesOf(QStringLiteral("R2-T001512"), QStringLiteral("R2")), 1);
        QCOMPARE(numberingSeriesOf(QStringLiteral("R2-BT001513"), QStringLiteral("R2")), 2);
        QCOMPARE(numberingSeriesOf(QStringLiteral("R2-AAD000001"), QStringLiteral("R2")), 27);
        // Not R2's: another station's, series A written out, unknown kind, no digits, a dash.
        for (const char *number : {"R2B-T000001", "R20-T000001", "R2-AT000001", "R2-BX000001",
                 "R2-BT", "R2-B-T000001", "R2-T00001a", "R2-bT000001", "R2-ZZZT000001"})
            QCOMPARE(numberingSeriesOf(QString::fromLatin1(number), QStringLiteral("R2")), 0);
        // A station whose code looks like another's series: their numbers never meet.
        QCOMPARE(numberingSeriesOf(QStringLiteral("R2-B-T000001"), QStringLiteral("R2-B")), 1);
        QCOMPARE(numberingSeriesOf(QStringLiteral("R2-BT000001"), QStringLiteral("R2-B")), 0);
    }

    void lostNumbersAreNeverIssuedAgain()
    {
        test::MemoryRemote remote;
        Station lost;
        QVERIFY(lost.openShop(freshPath(), remote, 5));
        // Sold after the backup and synced: comes back from the journal on the drive.
        QVERIFY(lost.demo(4, 2));
        QVERIFY(lost.sync(remote).ok());
        QVERIFY(!lost.numbers().isEmpty());
        const QString lastPublished = lost.numbers().constLast();
        const qint64 publishedSeq = lost.lastSeq();
        const QList<qint64> publishedClosings = lost.closings(0);
        QVERIFY(!publishedClosings.isEmpty());
        const qint64 publishedGrandTotal =
            CashSessions(*lost.store).zReport(publishedClosings.constLast())->grandTotalCents;
        // Printed and never synced: the PC is lost with them.
        QVERIFY(lost.demo(4, 3));
        const QStringList printed = lost.numbers();
        QVERIFY(printed.size() > lost.numbers(publishedSeq).size());
        QVERIFY(lost.numbers(publishedSeq).size() > 10);

        Station second;
        QVERIFY(restore(remote, lost, second));
        QCOMPARE(second.store->station().numberingSeries, 2);
        // The restore is the first document of series B: a technical event of the chain.
        QCOMPARE(second.lastSeq(), publishedSeq + 1);
        checkRestoreDocument(second, lastPublished);
        const QJsonObject event = second.lastRestoreEvent();
        QCOMPARE(event.value(QStringLiteral("old_series")).toString(), QStringLiteral("A"));
        QCOMPARE(event.value(QStringLiteral("new_series")).toString(), QStringLiteral("B"));
        QCOMPARE(event.value(QStringLiteral("last_number")).toString(), lastPublished);
        QVERIFY(event.value(QStringLiteral("backup")).toString().endsWith(u".tar.xz"));
        // The move to series B is on the drive before any number of it exists.
        QCOMPARE(SyncEngine::status(*second.store)->pendingRecords, 0);

        // Every kind of document the register makes, in series B, after the published ones.
        QVERIFY(second.demo(5, 4));
        const QStringList issued = second.numbers(publishedSeq);
        QVERIFY(issued.size() > 10);
        QSet<QString> kinds;
        for (const QString &number : issued) {
            QVERIFY2(!printed.contains(number), qPrintable(number));
            QCOMPARE(numberingSeriesOf(number, QStringLiteral("R2")), 2);
            kinds.insert(number.mid(4, 1));
        }
        QVERIFY2(kinds.contains(QStringLiteral("T")) && kinds.contains(QStringLiteral("Z"))
                && kinds.contains(QStringLiteral("S")),
            qPrintable(QStringList(kinds.values()).join(u',')));
        checkIntact(*second.store);

        // The first Z after the restore states it; the grand total goes on; the next Z is plain.
        const QList<qint64> closings = second.closings(publishedSeq);
        QVERIFY(closings.size() >= 2);
        CashSessions sessions(*second.store);
        const auto first = sessions.zReport(closings.at(0));
        QVERIFY(first);
        QVERIFY(first->restore);
        QCOMPARE(first->restore->oldSeries, QStringLiteral("A"));
        QCOMPARE(first->restore->newSeries, QStringLiteral("B"));
        QCOMPARE(first->restore->lastNumber, lastPublished);
        QCOMPARE(first->grandTotalCents,
            publishedGrandTotal + first->totals.salesTotalCents - first->totals.refundsTotalCents);
        const QString text = Receipt::forZReport(
            *first, second.store->site(), second.store->station(), second.store->timeZone())
                                 .join(u'\n');
        QVERIFY2(text.contains(lastPublished), qPrintable(text));
        QVERIFY2(text.contains(u"series B"), qPrintable(text));
        QVERIFY(!sessions.zReport(closings.at(1))->restore);

        // Lost again, with tickets of series B printed after its last sync: the next restore
        // goes on in series C, and the older backup (series A) does not bring B back.
        QVERIFY(second.sync(remote).ok());
        const qint64 secondPublishedSeq = second.lastSeq();
        QVERIFY(second.demo(4, 5));
        const QStringList printedB = second.numbers(publishedSeq);
        QVERIFY(printedB.size() > issued.size());

        Station third;
        QVERIFY(restore(remote, second, third));
        QCOMPARE(third.store->station().numberingSeries, 3);
        QCOMPARE(third.lastSeq(), secondPublishedSeq + 1);
        QCOMPARE(third.lastRestoreEvent().value(QStringLiteral("old_series")).toString(),
            QStringLiteral("B"));
        QVERIFY(third.demo(4, 6));
        for (const QString &number : third.numbers(secondPublishedSeq)) {
            QVERIFY2(!printed.contains(number) && !printedB.contains(number), qPrintable(number));
            QCOMPARE(numberingSeriesOf(number, QStringLiteral("R2")), 3);
        }
        checkIntact(*third.store);
        QVERIFY(third.sync(remote).ok());
    }

    void aRestoreWithTheClockBehindIsRecordedAtTheLastDocument()
    {
        // The new PC's clock is two days behind what the lost one recorded (its documents are
        // dated ahead, or this clock is wrong): the restore goes through, its technical event
        // takes the time of the last document and says the clock was behind; nothing is dated
        // before its predecessor.
        test::MemoryRemote remote;
        Station lost;
        QVERIFY(lost.openShop(freshPath(), remote, 4));
        const QString lastPublished = lost.numbers().constLast();
        QSqlQuery last(lost.store->db().connection());
        QVERIFY(last.exec(QStringLiteral("SELECT max(created_utc) FROM document")) && last.next());
        const QString lastCreated = last.value(0).toString();
        last.finish();

        Station restored;
        restored.clock.set(fromIsoUtc(lastCreated).addDays(-2));
        auto store =
            Backup::restore(remote, QStringLiteral("R2"), freshPath(), restored.clock, restorer);
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        restored.store = std::move(*store);
        checkRestoreDocument(restored, lastPublished);
        const TechnicalEvent event = TechnicalEvents(*restored.store).recent(1)->first();
        QCOMPARE(isoUtc(event.stamp.createdUtc), lastCreated);
        QCOMPARE(event.details.value(QStringLiteral("clock_behind")).toBool(), true);
        QCOMPARE(event.details.value(QStringLiteral("clock_utc")).toString(),
            isoUtc(restored.clock.nowUtc()));
        checkIntact(*restored.store);
        // Nothing else is recorded until the clock is right.
        const auto status = StationClock(*restored.store).status();
        QVERIFY(status);
        QVERIFY(status->behind);
    }

    void aSeriesIsClaimedEvenWhenNothingWasIssued()
    {
        // Restored, then lost before issuing anything: the next restore does not reuse B.
        test::MemoryRemote remote;
        Station lost;
        QVERIFY(lost.openShop(freshPath(), remote, 4));

        Station second;
        QVERIFY(restore(remote, lost, second));
        QCOMPARE(second.store->station().numberingSeries, 2);
        Station third;
        QVERIFY(restore(remote, second, third));
        QCOMPARE(third.store->station().numberingSeries, 3);
        QCOMPARE(third.lastRestoreEvent().value(QStringLiteral("old_series")).toString(),
            QStringLiteral("B"));
    }

    void anOlderGzipSnapshotIsRestored()
    {
        // A drive written before snapshots were compressed with xz: the station's snapshot is a
        // .tar.gz and its restore point names it. The restore takes it and the journal after it.
        test::MemoryRemote remote;
        Station lost;
        // Backed up, then three more days synced: they come from the journal.
        QVERIFY(lost.openShop(freshPath(), remote, 5) && lost.demo(3, 2) && lost.sync(remote).ok());
        const QStringList published = lost.numbers();
        const QStringList snapshots = remote.files.keys().filter(
            QRegularExpression(QStringLiteral("^backups/.*\\.tar\\.xz$")));
        QCOMPARE(snapshots.size(), 1);
        const QStringList points = remote.files.keys().filter(QStringLiteral(".point"));
        QCOMPARE(points.size(), 1);
        const QString older = QString(snapshots.first())
                                  .replace(QStringLiteral(".tar.xz"), QStringLiteral(".tar.gz"));
        const QString olderName = older.mid(older.lastIndexOf(u'/') + 1);
        const QByteArray gzipped = asGzip(remote.files.take(snapshots.first()));
        QVERIFY(gzipped.startsWith("\x1F\x8B"));
        remote.files.insert(older, gzipped);
        QJsonObject point = QJsonDocument::fromJson(remote.files.value(points.first())).object();
        QVERIFY(point.value(QStringLiteral("snapshot")).toString().endsWith(u".tar.xz"));
        point.insert(QStringLiteral("snapshot"), olderName);
        remote.files[points.first()] = QJsonDocument(point).toJson(QJsonDocument::Compact);

        Station second;
        QVERIFY(restore(remote, lost, second));
        QCOMPARE(second.lastRestoreEvent().value(QStringLiteral("backup")).toString(), olderName);
        // Every number the lost PC published, then the restore's own in series B.
        const QStringList numbers = second.numbers();
        QCOMPARE(numbers.size(), published.size() + 1);
        QCOMPARE(numbers.first(published.size()), published);
        checkIntact(*second.store);
    }

    void substitutedBackupIsRefused()
    {
        // Someone with the drive replaces the newest backup by the station's database with its
        // immutability triggers dropped, manifest and checksum made to match: refused, nothing
        // created.
        test::MemoryRemote remote;
        Station lost;
        QVERIFY(lost.openShop(freshPath(), remote, 4));
        // The snapshot; beside it, the restore point that starts from it.
        QStringList backups = remote.files.keys().filter(QStringLiteral("backups/"));
        backups.removeIf(
            [](const QString &name) { return name.endsWith(QLatin1String(".point")); });
        QCOMPARE(backups.size(), 1);

        const QString copy = freshPath();
        QVERIFY(lost.store->db().exec(QStringLiteral("VACUUM INTO '%1'").arg(copy)));
        {
            auto forged = Store::open(copy, lost.clock);
            QVERIFY(forged);
            for (const char *table : {"document", "sale", "audit_event"}) {
                QVERIFY((*forged)->db().exec(
                    QStringLiteral("DROP TRIGGER %1_no_update").arg(QLatin1String(table))));
                QVERIFY((*forged)->db().exec(
                    QStringLiteral("DROP TRIGGER %1_no_delete").arg(QLatin1String(table))));
            }
            const QString archive = freshPath() + QStringLiteral(".tar.gz");
            QVERIFY(Backup::create(**forged, archive));
            QFile file(archive);
            QVERIFY(file.open(QIODevice::ReadOnly));
            remote.files[backups.first()] = file.readAll();
        }

        const QString path = freshPath();
        auto restored = Backup::restore(remote, QStringLiteral("R2"), path, lost.clock, restorer);
        QVERIFY(!restored);
        QVERIFY2(restored.error().message.contains(QStringLiteral("trigger audit_event_no_delete")),
            qPrintable(restored.error().message));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }

    void noSeriesWithoutTheDrive()
    {
        // The new series cannot be published: the restore fails and leaves no station file.
        test::MemoryRemote remote;
        Station lost;
        QVERIFY(lost.openShop(freshPath(), remote, 4));
        remote.setFault(
            [](const QString &operation, const QString &path) -> std::optional<RemoteError> {
                if (operation == QLatin1String("put") && path.contains(u"/journal/"))
                    return RemoteError{Failure::Network, 0, QStringLiteral("connection reset"), -1};
                return std::nullopt;
            });
        const QString path = freshPath();
        auto restored = Backup::restore(remote, QStringLiteral("R2"), path, lost.clock, restorer);
        QVERIFY(!restored);
        QVERIFY(!QFileInfo::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestRestore)
#include "tst_restore.moc"
