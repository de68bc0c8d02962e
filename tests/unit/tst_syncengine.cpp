// The sync engine against an in-memory shared folder: push, pull, join, idempotence, and recovery
// from every injected failure (remote operation, half upload, damaged segment, database write).

#include "core/admin/useradmin.h"
#include "core/database.h"
#include "core/demoshop.h"
#include "core/integrity.h"
#include "core/ledger.h"
#include "core/mail/mailaccount.h"
#include "core/notify/notifications.h"
#include "core/statistics.h"
#include "core/store.h"
#include "core/sync/joinshop.h"
#include "core/sync/journalrecords.h"
#include "core/sync/segment.h"
#include "core/sync/siteconfig.h"
#include "core/sync/syncengine.h"
#include "core/sync/telegram.h"
#include "core/technicalevents.h"
#include "core/users.h"
#include "tests/support/memoryremote.h"
#include "tests/support/syncstation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <functional>

using namespace recaisse;
using namespace recaisse::core;
using namespace recaisse::core::sync;

namespace {

using Station = test::SyncStation;

qint64 count(Store &store, const QString &sql)
{
    QSqlQuery query(store.db().connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// Every record of every station once: the same journal on both sides.
void compareJournals(Store &a, Store &b)
{
    const QString sql = QStringLiteral(
        "SELECT count(*) || ':' || total(seq) || ':' || count(DISTINCT station_id) FROM journal");
    QSqlQuery qa(a.db().connection()), qb(b.db().connection());
    QVERIFY(qa.exec(sql) && qa.next());
    QVERIFY(qb.exec(sql) && qb.next());
    QCOMPARE(qa.value(0).toString(), qb.value(0).toString());
    QCOMPARE(StoreStatistics::collect(a).toJson(), StoreStatistics::collect(b).toJson());
    QVERIFY2(IntegrityCheck(a).run()->intact(),
        qPrintable(IntegrityCheck(a).run()->problems.join(u'\n')));
    QVERIFY2(IntegrityCheck(b).run()->intact(),
        qPrintable(IntegrityCheck(b).run()->problems.join(u'\n')));
}

// Changes the first sale line of the first record that has one, then hashes the record
// again as its station would have: only the checks after the hash can refuse it.
bool forgeFirstSaleLine(
    QByteArrayList &records, const std::function<void(QJsonObject &line)> &change)
{
    return std::any_of(records.begin(), records.end(), [&change](QByteArray &record) {
        QJsonObject object = QJsonDocument::fromJson(record).object();
        QJsonObject doc = object.value(QStringLiteral("doc")).toObject();
        QJsonObject body = doc.value(QStringLiteral("body")).toObject();
        QJsonArray lines = body.value(QStringLiteral("sale_line")).toArray();
        if (lines.isEmpty())
            return false;
        QJsonObject line = lines.at(0).toObject();
        change(line);
        lines.replace(0, line);
        body.insert(QStringLiteral("sale_line"), lines);
        doc.insert(QStringLiteral("body"), body);
        object.insert(QStringLiteral("doc"), doc);
        object.insert(QStringLiteral("hash"),
            chainHash(object.value(QStringLiteral("prev_hash")).toString(), doc));
        record = canonicalJson(object);
        return true;
    });
}

// Every record of a station's journal, as it sends them.
Result<QByteArrayList> allRecords(Store &store)
{
    const QString station = store.station().id;
    JournalReader reader(store);
    return reader.read(station, 1, reader.lastSeq(station).value());
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_files)); }

    // A shop created on A, published, joined by B, with demo activity on both.
    bool makeShop(Station &a, Station &b, test::MemoryRemote &remote)
    {
        StationSetup setup;
        setup.siteName = QStringLiteral("Ressourcerie test");
        setup.stationCode = QStringLiteral("CAISSE1");
        setup.adminPin = QStringLiteral("123456");
        setup.demo = true; // filled by DemoShop
        auto created = Store::create(freshPath(), setup, a.clock);
        if (!created)
            return false;
        a.store = std::move(*created);
        if (!DemoShop(*a.store, a.clock).ensurePeople())
            return false;
        if (!a.sync(remote).ok())
            return false;
        b.clock.set(a.clock.nowUtc());
        auto joined = SiteConfig::join(
            remote, freshPath(), QStringLiteral("CAISSE2"), StationKind::Register, b.clock);
        if (!joined)
            return false;
        b.store = std::move(*joined);
        return a.demo(4, 1) && b.demo(3, 2);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void segmentsRoundTripAndRefuseDamage()
    {
        const Segment segment{QStringLiteral("st"), 5, 6, {"{\"a\":1}", "{\"b\":2}"}};
        const QByteArray data = SegmentCodec::encode(segment);
        QCOMPARE(data, SegmentCodec::encode(segment)); // deterministic: same bytes re-sent
        auto decoded = SegmentCodec::decode(data, QStringLiteral("st"), {5, 6});
        QVERIFY(decoded);
        QCOMPARE(decoded->records, segment.records);
        QVERIFY(!SegmentCodec::decode(data, QStringLiteral("other"), {5, 6}));
        QVERIFY(!SegmentCodec::decode(data, QStringLiteral("st"), {5, 7}));
        QVERIFY(!SegmentCodec::decode(data.left(data.size() - 9), QStringLiteral("st"), {5, 6}));
        QVERIFY(!SegmentCodec::decode("garbage", QStringLiteral("st"), {5, 6}));
        QByteArray plain = gzipDecompress(data, 1 << 20).value();
        plain.replace("\"b\":2", "\"b\":3");
        QVERIFY(!SegmentCodec::decode(gzipCompress(plain), QStringLiteral("st"), {5, 6}));
        QCOMPARE(parseSegmentName(segmentName(1, 300))->last, 300);
        QVERIFY(
            !parseSegmentName(QStringLiteral(".upload-0000000001-0000000300.ndjson.gz-x.part")));
        QVERIFY(!parseSegmentName(QStringLiteral("0000000009-0000000003.ndjson.gz")));
    }

    void recordsAreCanonicalJson()
    {
        // The reader writes records straight from SQL: they must be exactly the canonical text
        // of their own JSON, and the hashes they carry must check.
        Station a, b;
        test::MemoryRemote remote;
        QVERIFY(makeShop(a, b, remote));
        JournalReader reader(*a.store);
        const qint64 last = reader.lastSeq(a.store->station().id).value();
        const auto records = reader.read(a.store->station().id, 1, last);
        QVERIFY(records);
        QCOMPARE(records->size(), last);
        for (const QByteArray &record : *records) {
            const QJsonObject object = QJsonDocument::fromJson(record).object();
            QCOMPARE(canonicalJson(object), record);
            if (object.value(QStringLiteral("t")).toString() == QLatin1String("document"))
                QCOMPARE(chainHash(object.value(QStringLiteral("prev_hash")).toString(),
                             object.value(QStringLiteral("doc")).toObject()),
                    object.value(QStringLiteral("hash")).toString());
        }
    }

    void aRowOutsideItsFormIsRefusedEvenRehashed()
    {
        // A station that hashed a row with a column its form does not have (one renamed, the
        // count unchanged), or with a value other than null, an integer or text (a boolean, a
        // fraction, an object, an array), passes the hash check: the row must still be refused,
        // and the segment with it, nothing of it applied.
        Station a, b;
        test::MemoryRemote remote;
        QVERIFY(makeShop(a, b, remote));
        const QString station = a.store->station().id;
        JournalReader reader(*a.store);
        const auto records = reader.read(station, 1, reader.lastSeq(station).value());
        QVERIFY(records);
        const qint64 salesBefore = count(*b.store, QStringLiteral("SELECT count(*) FROM sale"));
        const qint64 journalBefore =
            count(*b.store, QStringLiteral("SELECT count(*) FROM journal"));
        QList<std::function<void(QJsonObject &)>> changes{[](QJsonObject &line) {
            line.insert(QStringLiteral("quantity_"), line.take(QStringLiteral("quantity")));
        }};
        for (const QJsonValue &value : {QJsonValue(true), QJsonValue(1.5),
                 QJsonValue(QJsonObject{{QStringLiteral("n"), 1}}), QJsonValue(QJsonArray{1})})
            changes.append(
                [value](QJsonObject &line) { line.insert(QStringLiteral("quantity"), value); });
        for (const auto &change : std::as_const(changes)) {
            QByteArrayList forged = *records;
            QVERIFY(forgeFirstSaleLine(forged, change));
            auto applied = JournalApplier(*b.store).apply(station, forged);
            QVERIFY(!applied);
            QCOMPARE(applied.error().code, ErrorCode::IntegrityFailure);
            QVERIFY2(applied.error().message.contains(QLatin1String("unknown column")),
                qPrintable(applied.error().message));
            QCOMPARE(count(*b.store, QStringLiteral("SELECT count(*) FROM sale")), salesBefore);
            QCOMPARE(
                count(*b.store, QStringLiteral("SELECT count(*) FROM journal")), journalBefore);
        }
        // The records as they were apply.
        QVERIFY(JournalApplier(*b.store).apply(station, *records));
        QVERIFY(count(*b.store, QStringLiteral("SELECT count(*) FROM sale")) > salesBefore);
    }

    void aDocumentWrittenOtherwiseIsRefusedEvenRehashed()
    {
        // The same values written otherwise than canonically (members swapped, a space, "\u0041"
        // for "A"), hashed over those bytes or over the canonical ones: refused either way, with
        // the whole segment.
        Station a, b;
        test::MemoryRemote remote;
        QVERIFY(makeShop(a, b, remote));
        const QString station = a.store->station().id;
        const auto records = allRecords(*a.store);
        QVERIFY(records && !records->isEmpty());
        const auto held = [&b](const char *table) {
            return count(
                *b.store, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        };
        const qint64 documentsBefore = held("document");
        const qint64 journalBefore = held("journal");

        // The first document record: {"doc":<doc>,"hash":"<64 hex>",<rest>.
        const auto first = std::find_if(records->cbegin(), records->cend(),
            [](const QByteArray &record) { return record.startsWith("{\"doc\":"); });
        QVERIFY(first != records->cend());
        const qsizetype index = first - records->cbegin();
        const QByteArray prefix = "{\"doc\":";
        const qsizetype hashAt = first->indexOf(",\"hash\":\"");
        const QByteArray doc = first->mid(prefix.size(), hashAt - prefix.size());
        const QByteArray rest = first->mid(hashAt + 9 + 64 + 1);
        const QJsonObject record = QJsonDocument::fromJson(*first).object();
        const QString prevHash = record.value(QStringLiteral("prev_hash")).toString();
        QCOMPARE(canonicalJson(record.value(QStringLiteral("doc")).toObject()), doc);
        const QString canonicalHash = chainHash(prevHash, doc);
        QCOMPARE(canonicalHash, record.value(QStringLiteral("hash")).toString());

        QByteArray swapped = doc;
        const QRegularExpression seqs(QStringLiteral(R"re(,"seq":(\d+),"series_seq":(\d+),)re"));
        const auto match = seqs.match(QString::fromUtf8(doc));
        QVERIFY(match.hasMatch());
        swapped.replace(match.captured(0).toUtf8(),
            QStringLiteral(",\"series_seq\":%1,\"seq\":%2,")
                .arg(match.captured(2), match.captured(1))
                .toUtf8());
        QByteArray spaced = doc;
        spaced.replace("\"kind\":", "\"kind\": ");
        QByteArray escaped = doc;
        const qsizetype numberAt = escaped.indexOf("\"number\":\"");
        const qsizetype letterAt = escaped.indexOf('A', numberAt);
        QVERIFY(
            numberAt > 0 && letterAt > numberAt && letterAt < escaped.indexOf('"', numberAt + 10));
        escaped.replace(letterAt, 1, "\\u0041");
        for (const QByteArray &written : {swapped, spaced, escaped}) {
            QVERIFY(written != doc);
            // Qt reads the same document from it: only its spelling differs.
            QCOMPARE(canonicalJson(QJsonDocument::fromJson(written).object()), doc);
            for (const QString &hash : {chainHash(prevHash, written), canonicalHash}) {
                QByteArrayList forged = *records;
                forged[index] = prefix + written + ",\"hash\":\"" + hash.toLatin1() + '"' + rest;
                auto applied = JournalApplier(*b.store).apply(station, forged);
                QVERIFY(!applied);
                QCOMPARE(applied.error().code, ErrorCode::IntegrityFailure);
                QVERIFY2(applied.error().message.contains(QLatin1String("not valid JSON")),
                    qPrintable(applied.error().message));
                QCOMPARE(held("document"), documentsBefore);
                QCOMPARE(held("journal"), journalBefore);
            }
        }
        // The records as they were apply.
        QVERIFY(JournalApplier(*b.store).apply(station, *records));
        QVERIFY(held("document") > documentsBefore);
    }

    void twoStationsConverge()
    {
        Station a, b;
        test::MemoryRemote remote;
        QVERIFY(makeShop(a, b, remote));
        QCOMPARE(b.store->site().id, a.store->site().id);
        QVERIFY(count(*b.store, QStringLiteral("SELECT count(*) FROM app_user")) >= 6);

        for (int round = 0; round < 2; ++round) {
            const SyncReport fromB = b.sync(remote);
            QVERIFY2(fromB.ok(), qPrintable(fromB.error.message));
            const SyncReport fromA = a.sync(remote);
            QVERIFY2(fromA.ok(), qPrintable(fromA.error.message));
            const SyncReport again = b.sync(remote);
            QVERIFY2(again.ok(), qPrintable(again.error.message));
        }
        compareJournals(*a.store, *b.store);
        QVERIFY(count(*a.store, QStringLiteral("SELECT count(*) FROM sale")) > 50);
        QCOMPARE(SyncEngine::status(*a.store)->pendingRecords, 0);
        // A further run moves nothing.
        const SyncReport idle = a.sync(remote);
        QCOMPARE(idle.pushedRecords + idle.pulledRecords, 0);
        // The remote station is known by its code, with its freshness.
        QCOMPARE(count(*a.store,
                     QStringLiteral("SELECT count(*) FROM station WHERE code = 'CAISSE2' AND "
                                    "is_local = 0 AND last_pull_utc IS NOT NULL")),
            1);
        // B keeps numbering its own tickets after what it published.
        QVERIFY(b.demo(1, 3));
        QVERIFY(b.sync(remote).ok());
        QVERIFY(a.sync(remote).ok());
        compareJournals(*a.store, *b.store);
    }

    void everyRemoteFailureRecovers()
    {
        Station a, b;
        test::MemoryRemote remote;
        QVERIFY(makeShop(a, b, remote));
        // Fail the i-th remote operation of B's run, then run again cleanly; loop until a run
        // meets no failure at all.
        for (int i = 1; i < 400; ++i) {
            remote.failAt(i);
            const int before = remote.operations();
            const SyncReport failed = b.sync(remote);
            const bool clean = remote.operations() - before < i;
            remote.failAt(0);
            if (!clean)
                QVERIFY(!failed.ok());
            QVERIFY2(b.sync(remote).ok(), qPrintable(QString::number(i)));
            QVERIFY(a.sync(remote).ok());
            if (clean)
                break;
            QVERIFY(b.demo(1, 100 + quint32(i)));
        }
        QVERIFY(b.sync(remote).ok());
        QVERIFY(a.sync(remote).ok());
        compareJournals(*a.store, *b.store);
    }

    void halfUploadsNeverCountAsSent()
    {
        Station a, b;
        test::MemoryRemote remote;
        QVERIFY(makeShop(a, b, remote));
        remote.setCutUploads(true);
        const SyncReport cut = b.sync(remote);
        QVERIFY(!cut.ok());
        QCOMPARE(cut.error.failure, Failure::Network);
        QVERIFY(SyncEngine::status(*b.store)->pendingRecords > 0);
        QVERIFY(!SyncEngine::status(*b.store)->lastError.isEmpty());
        remote.setCutUploads(false);
        QVERIFY(b.sync(remote).ok());
        QVERIFY(a.sync(remote).ok());
        QVERIFY(b.sync(remote).ok());
        // B's audit of the configuration it applied (a journal record) reaches A too.
        QVERIFY(b.sync(remote).ok());
        QVERIFY(a.sync(remote).ok());
        compareJournals(*a.store, *b.store);
        for (const QString &name : remote.files.keys())
            QVERIFY2(!name.endsWith(QLatin1String(".part")), qPrintable(name));
    }

    void damagedSegmentIsRefusedThenRepublished()
    {
        Station a, b;
        test::MemoryRemote remote;
        QVERIFY(makeShop(a, b, remote));
        QVERIFY(b.sync(remote).ok());
        // Truncate B's first segment on the server.
        const QString folder = journalFolder(b.store->station().id);
        const QString first = folder + QLatin1Char('/') + segmentName(1, 50);
        QVERIFY(remote.files.contains(first));
        remote.files[first].chop(20);
        const qint64 before = count(*a.store, QStringLiteral("SELECT count(*) FROM journal"));
        const SyncReport refused = a.sync(remote);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error.failure, Failure::Protocol);
        QCOMPARE(count(*a.store, QStringLiteral("SELECT count(*) FROM journal")), before);
        // B notices its segment is not what it sent and publishes it again.
        QVERIFY(b.sync(remote).ok());
        QVERIFY(a.sync(remote).ok());
        compareJournals(*a.store, *b.store);
    }

    void alteredRecordIsRefused()
    {
        Station a, b;
        test::MemoryRemote remote;
        QVERIFY(makeShop(a, b, remote));
        QVERIFY(b.sync(remote).ok());
        // A well-formed segment whose content was changed by someone with write access.
        const QString path =
            journalFolder(b.store->station().id) + QLatin1Char('/') + segmentName(1, 50);
        auto segment =
            SegmentCodec::decode(remote.files.value(path), b.store->station().id, {1, 50});
        QVERIFY(segment);
        for (QByteArray &record : segment->records)
            record.replace("\"total_cents\":", "\"total_cents\":1");
        remote.files[path] = SegmentCodec::encode(*segment);
        const SyncReport refused = a.sync(remote);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error.message.contains(QLatin1String("CAISSE2")));
        QCOMPARE(count(*a.store,
                     QStringLiteral("SELECT count(*) FROM journal WHERE station_id = '%1'")
                         .arg(b.store->station().id)),
            0);
    }

    void sealedSegmentsAreWhatIsSent()
    {
        Station a, b;
        test::MemoryRemote remote;
        QVERIFY(makeShop(a, b, remote));
        // Offline: B's worker seals its segments, full ones and the tail.
        SyncEngine engine(*b.store, remote, SyncEngine::Options{50, 64LL * 1024 * 1024});
        const QString self = b.store->station().id;
        const auto segments = [&] {
            return int((JournalReader(*b.store).lastSeq(self).value() + 49) / 50);
        };
        const qint64 before = JournalReader(*b.store).lastSeq(self).value();
        QVERIFY(before > 150);
        QCOMPARE(engine.seal().value(), segments());
        QCOMPARE(engine.seal().value(), 0); // nothing new
        // Newer records: only the tail they outgrow is sealed again, then what follows it.
        QVERIFY(b.demo(3, 77));
        const qint64 last = JournalReader(*b.store).lastSeq(self).value();
        QVERIFY(last > before + 50);
        const int kept = int(before / 50);
        QCOMPARE(engine.seal().value(), segments() - kept);
        QCOMPARE(count(*b.store, QStringLiteral("SELECT count(*) FROM sync_sealed")), segments());
        QCOMPARE(count(*b.store, QStringLiteral("SELECT max(last_seq) FROM sync_sealed")), last);
        // A segment sealed at another cut, or sent meanwhile, is dropped and sealed again.
        QVERIFY(b.store->db().exec(
            QStringLiteral("UPDATE sync_sealed SET last_seq = last_seq - 1 WHERE first_seq = 51")));
        QCOMPARE(engine.seal().value(), segments() - 1);
        // A blob damaged on the disk is encoded again rather than sent.
        QVERIFY(b.store->db().exec(
            QStringLiteral("UPDATE sync_sealed SET data = x'1f8b00' WHERE first_seq = 101")));

        const SyncReport pushed = engine.push();
        QVERIFY2(pushed.ok(), qPrintable(pushed.error.message));
        QCOMPARE(pushed.pushedRecords, last);
        QCOMPARE(count(*b.store, QStringLiteral("SELECT count(*) FROM sync_sealed")), 0);
        // Byte for byte what encoding the journal now gives, and each decodes.
        JournalReader reader(*b.store);
        for (qint64 first = 1; first <= last; first += 50) {
            const qint64 to = std::min(last, first + 49);
            const QByteArray sent =
                remote.files.value(journalFolder(self) + QLatin1Char('/') + segmentName(first, to));
            QCOMPARE(sent,
                SegmentCodec::encode(
                    Segment{self, first, to, reader.read(self, first, to).value()}));
            QVERIFY(SegmentCodec::decode(sent, self, {first, to}));
        }
        QVERIFY(a.sync(remote).ok());
        QVERIFY(b.sync(remote).ok());
        // B's audit of the configuration it applied (a journal record) reaches A too.
        QVERIFY(b.sync(remote).ok());
        QVERIFY(a.sync(remote).ok());
        compareJournals(*a.store, *b.store);

        // A database write failing at the i-th access of B's pass (sealing included): the next
        // clean pass sends everything, once.
        for (int i = 1; i < 400; i += 3) {
            QVERIFY(b.demo(1, 300 + quint32(i)));
            b.store->db().failAfter(i);
            const SyncReport failed = b.sync(remote);
            b.store->db().failAfter(0);
            QVERIFY2(b.sync(remote).ok(), qPrintable(QString::number(i)));
            if (failed.ok())
                break;
        }
        QVERIFY(a.sync(remote).ok());
        QVERIFY(b.sync(remote).ok());
        // B's audit of the configuration it applied (a journal record) reaches A too.
        QVERIFY(b.sync(remote).ok());
        QVERIFY(a.sync(remote).ok());
        compareJournals(*a.store, *b.store);
    }

    void databaseFailureAtEveryStepRecovers()
    {
        Station a, b;
        test::MemoryRemote remote;
        QVERIFY(makeShop(a, b, remote));
        QVERIFY(b.sync(remote).ok());
        // A's pull fails at the i-th database write, then runs cleanly.
        for (int i = 1; i < 2000; i += 7) {
            a.store->db().failAfter(i);
            const SyncReport failed = a.sync(remote);
            a.store->db().failAfter(0);
            QVERIFY2(a.sync(remote).ok(), qPrintable(QString::number(i)));
            if (failed.ok())
                break;
            QVERIFY(b.demo(1, 200 + quint32(i)));
            QVERIFY(b.sync(remote).ok());
        }
        QVERIFY(b.sync(remote).ok());
        QVERIFY(a.sync(remote).ok());
        // B's audit of the configuration it applied (a journal record) reaches A too.
        QVERIFY(b.sync(remote).ok());
        QVERIFY(a.sync(remote).ok());
        compareJournals(*a.store, *b.store);
    }

    void joiningThatFailsMidwayLeavesNothing()
    {
        Station a, b;
        test::MemoryRemote remote;
        StationSetup setup;
        setup.siteName = QStringLiteral("Ressourcerie test");
        setup.stationCode = QStringLiteral("CAISSE1");
        setup.adminPin = QStringLiteral("123456");
        auto created = Store::create(freshPath(), setup, a.clock);
        QVERIFY(created);
        a.store = std::move(*created);
        QVERIFY(a.sync(remote).ok());
        const QString path = freshPath();
        const auto nothingLeft = [&path] {
            for (const QString &suffix : {QStringLiteral(""), QStringLiteral("-wal"),
                     QStringLiteral("-shm"), QStringLiteral("-journal")})
                if (QFile::exists(path + suffix))
                    return false;
            return true;
        };
        // Without a password the account cannot be saved: the station database made from the
        // configuration is removed with its side files, wherever the drive failed before.
        const AccountSettings account{
            QStringLiteral("https://drive.example/dav"), QStringLiteral("shop@example.org")};
        int failures = 0;
        for (int i = 1; i < 12; ++i) {
            remote.failAt(i);
            auto joined = joinShop(remote, account, QString(), path, QStringLiteral("CAISSE2"),
                StationKind::Register, b.clock);
            remote.failAt(0);
            QVERIFY(!joined);
            QVERIFY2(nothingLeft(), qPrintable(QString::number(i)));
            if (joined.error().failure == Failure::Network)
                ++failures;
        }
        QVERIFY(failures >= 2); // the drive failed while the configuration was fetched
        auto saveFails = joinShop(remote, account, QString(), path, QStringLiteral("CAISSE2"),
            StationKind::Register, b.clock);
        QCOMPARE(saveFails.error().failure, Failure::Local);
        QCOMPARE(saveFails.error().message,
            QStringLiteral("Type the application password of the kDrive account."));
        QVERIFY(nothingLeft());
        // The path and the code are free again: the same join, once it can finish, succeeds.
        auto joined = SiteConfig::join(
            remote, path, QStringLiteral("CAISSE2"), StationKind::Register, b.clock);
        QVERIFY2(joined, qPrintable(joined.error().message));
        QCOMPARE((*joined)->station().code, QStringLiteral("CAISSE2"));
    }

    void queuedFilesAreUploadedOnce()
    {
        Station a, b;
        test::MemoryRemote remote;
        QVERIFY(makeShop(a, b, remote));
        const QString local = m_dir.filePath(QStringLiteral("ecologic_test_v1.csv"));
        QFile file(local);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("periode_debut;periode_fin\n");
        file.close();
        QVERIFY(SyncEngine::enqueueUpload(
            *a.store, local, QStringLiteral("exports/ecologic_test_v1.csv")));
        QVERIFY(!SyncEngine::enqueueUpload(*a.store, local, QStringLiteral("../outside.csv")));
        QCOMPARE(SyncEngine::status(*a.store)->pendingFiles, 1);
        remote.failAt(1);
        QVERIFY(!a.sync(remote).ok());
        QCOMPARE(SyncEngine::status(*a.store)->pendingFiles, 1); // kept while offline
        const SyncReport report = a.sync(remote);
        QVERIFY2(report.ok(), qPrintable(report.error.message));
        QCOMPARE(report.filesUploaded, 1);
        QCOMPARE(remote.files.value(QStringLiteral("exports/ecologic_test_v1.csv")),
            QByteArray("periode_debut;periode_fin\n"));
        QCOMPARE(SyncEngine::status(*a.store)->pendingFiles, 0);
        QCOMPARE(a.sync(remote).filesUploaded, 0);
    }

    void theFirstConfigurationIsATechnicalEvent()
    {
        // A joining station applies the shop's configuration before anything else: like every
        // later one, a technical event of its chain (a document), not only the audited join.
        Station a, b;
        test::MemoryRemote remote;
        QVERIFY(makeShop(a, b, remote));
        QSqlQuery first(b.store->db().connection());
        first.prepare(QStringLiteral("SELECT t.kind, t.details, t.seq FROM technical_event t JOIN "
                                     "document d ON d.station_id = t.station_id AND d.seq = "
                                     "t.seq WHERE t.station_id = ? AND t.kind = 'configuration' "
                                     "ORDER BY t.seq LIMIT 1"));
        first.addBindValue(b.store->station().id);
        QVERIFY(first.exec() && first.next());
        QCOMPARE(first.value(0).toString(), QStringLiteral("configuration"));
        const QJsonObject details =
            QJsonDocument::fromJson(first.value(1).toString().toUtf8()).object();
        QCOMPARE(details.value(QStringLiteral("first")).toBool(), true);
        QCOMPARE(details.value(QStringLiteral("version")).toInteger(),
            SyncEngine::state(*b.store, QStringLiteral("config_applied_version")).toLongLong());
        QCOMPARE(details.value(QStringLiteral("station")).toString(), a.store->station().id);
        QVERIFY(details.value(QStringLiteral("changes")).toInteger() > 0);
        // The first document of B's chain; B's demo days (makeShop) come after it, in order.
        QCOMPARE(first.value(2).toLongLong(), 1);
        QVERIFY(count(*b.store,
                    QStringLiteral("SELECT count(*) FROM sale WHERE station_id = '%1'")
                        .arg(b.store->station().id))
            > 0);
        QVERIFY2(IntegrityCheck(*b.store).run()->intact(),
            qPrintable(IntegrityCheck(*b.store).run()->problems.join(u'\n')));
        // It goes out with the station's journal, and A holds it once synced.
        QVERIFY(b.sync(remote).ok());
        QVERIFY(a.sync(remote).ok());
        QSqlQuery onA(a.store->db().connection());
        onA.prepare(QStringLiteral("SELECT count(*) FROM technical_event WHERE station_id = ? "
                                   "AND kind = 'configuration'"));
        onA.addBindValue(b.store->station().id);
        QVERIFY(onA.exec() && onA.next());
        QVERIFY(onA.value(0).toInt() >= 1);
    }

    void configChangesReachTheRegisters()
    {
        Station a, b;
        test::MemoryRemote remote;
        QVERIFY(makeShop(a, b, remote));
        QVERIFY(a.store->db().exec(QStringLiteral(
            "UPDATE site SET address = '1 rue du Port', logo = x'89504e470d0a1a0a00ff10'")));
        const SyncReport published = a.sync(remote);
        QVERIFY(published.configPublished);
        const SyncReport applied = b.sync(remote);
        QVERIFY2(applied.ok(), qPrintable(applied.error.message));
        QVERIFY(applied.configApplied);
        QCOMPARE(b.store->site().address, QStringLiteral("1 rue du Port"));
        QSqlQuery logo(b.store->db().connection());
        QVERIFY(logo.exec(QStringLiteral("SELECT logo FROM site")) && logo.next());
        QCOMPARE(logo.value(0).toByteArray(), QByteArray::fromHex("89504e470d0a1a0a00ff10"));
        // Applied, it is a technical event of B's chain, pushed in the same run.
        const auto events = TechnicalEvents(*b.store).recent(1);
        QVERIFY(events && !events->isEmpty());
        QCOMPARE(events->first().kind, TechnicalEventKind::Configuration);
        QCOMPARE(events->first().details.value(QStringLiteral("version")).toInteger(),
            SyncEngine::state(*b.store, QStringLiteral("config_applied_version")).toLongLong());
        // Named as in the audit event: by its id, in a shop without a station registry.
        QCOMPARE(events->first().details.value(QStringLiteral("station")).toString(),
            a.store->station().id);
        QCOMPARE(SyncEngine::status(*b.store)->pendingRecords, 0);
        (void)a.sync(remote); // publishes once more: it now knows CAISSE2's threshold
        QVERIFY(!a.sync(remote).configPublished); // unchanged: no new version
        // A register never publishes, and joining twice with one code is refused.
        QVERIFY(!SiteConfig::isPublisher(*b.store));
        QVERIFY(!SiteConfig::join(
            remote, freshPath(), QStringLiteral("caisse2"), StationKind::Register, b.clock));
    }

    void notificationSettingsReachTheRegisters()
    {
        Station a, b;
        test::MemoryRemote remote;
        QVERIFY(makeShop(a, b, remote));
        Users users(*a.store);
        const auto admin =
            users.login(users.findByName(QStringLiteral("Admin"))->id, QStringLiteral("123456"));
        QVERIFY(admin);
        QVERIFY(UserAdministration(*a.store).setTelegramId(
            *admin, admin->userId, QStringLiteral("123456789")));
        notify::EventRule rule = notify::Notifications::defaults(notify::EventType::DiskLow);
        rule.enabled = true;
        rule.telegramChats = {QStringLiteral("123456789")};
        rule.emails = {QStringLiteral("gerant@lac.example")};
        rule.quietFrom = QTime(22, 0);
        rule.quietTo = QTime(7, 0);
        rule.threshold = 1500;
        QVERIFY(notify::Notifications(*a.store).setRule(*admin, rule));
        // No token, no password: only what may travel.
        QVERIFY(TelegramNotifier::save(
            *a.store, *admin, TelegramSettings{QStringLiteral("http://127.0.0.1:8081"), {}}));
        QVERIFY(mail::MailAccount::save(*a.store, *admin,
            mail::MailAccountSettings{QStringLiteral("smtp.lac.example"), 465,
                mail::SmtpSecurity::Tls, QString(), QStringLiteral("caisse@lac.example"), {}},
            QString()));
        QVERIFY(a.sync(remote).configPublished);

        // What was published holds no secret.
        qint64 version = 0;
        const auto published = SiteConfig::fetchLatest(remote, &version);
        QVERIFY(published);
        const QJsonObject notifications =
            published->value(QStringLiteral("notifications")).toObject();
        QCOMPARE(notifications.value(QStringLiteral("telegram_api")).toString(),
            QStringLiteral("http://127.0.0.1:8081"));
        const QByteArray text = QJsonDocument(notifications).toJson();
        QVERIFY(!text.contains("password") && !text.contains("token"));

        const SyncReport applied = b.sync(remote);
        QVERIFY2(applied.ok(), qPrintable(applied.error.message));
        QVERIFY(applied.configApplied);
        const auto got = notify::Notifications(*b.store).rule(notify::EventType::DiskLow);
        QVERIFY(got);
        QVERIFY(got->enabled);
        QCOMPARE(got->telegramChats, QStringList{QStringLiteral("123456789")});
        QCOMPARE(got->emails, QStringList{QStringLiteral("gerant@lac.example")});
        QCOMPARE(got->quietFrom, QTime(22, 0));
        QCOMPARE(got->quietTo, QTime(7, 0));
        QCOMPARE(got->threshold, 1500);
        QCOMPARE(got->sinceUtc,
            notify::Notifications(*a.store).rule(notify::EventType::DiskLow)->sinceUtc);
        QCOMPARE(
            TelegramNotifier::load(*b.store).apiBaseUrl, QStringLiteral("http://127.0.0.1:8081"));
        const auto account = mail::MailAccount::load(*b.store);
        QVERIFY(account && *account);
        QCOMPARE((*account)->host, QStringLiteral("smtp.lac.example"));
        QCOMPARE((*account)->port, 465);
        QCOMPARE((*account)->security, mail::SmtpSecurity::Tls);
        QCOMPARE((*account)->from, QStringLiteral("caisse@lac.example"));
        // B applies them and tells its own events by them.
        auto pending = notify::Notifications(*b.store);
        pending.setFreeDiskReader([] { return qint64(1'000'000'000); });
        const auto due = pending.pending();
        QVERIFY(due);
        QCOMPARE(due->size(), 1);
        // The test shop is a demo one: its alerts say so first.
        QVERIFY(b.store->isDemo());
        QVERIFY2(due->first().text.startsWith(
                     DemoShop::marked(true, QStringLiteral("ReCaisse CAISSE2 ("))),
            qPrintable(due->first().text));

        // Switched off on A: off on B after the next sync.
        rule.enabled = false;
        QVERIFY(notify::Notifications(*a.store).setRule(*admin, rule));
        QVERIFY(a.sync(remote).configPublished);
        QVERIFY(b.sync(remote).configApplied);
        QVERIFY(!notify::Notifications(*b.store).rule(notify::EventType::DiskLow)->enabled);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
