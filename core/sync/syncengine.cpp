#include "syncengine.h"

#include "core/crypto.h"
#include "core/database.h"
#include "core/domain.h"
#include "core/ledger.h"
#include "core/members.h"
#include "core/notify/pendingexchange.h"
#include "core/store.h"
#include "journalrecords.h"
#include "recovery.h"
#include "rekey.h"
#include "segment.h"
#include "stationregistry.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

Q_LOGGING_CATEGORY(lcSyncEngine, "recaisse.sync.engine")

namespace recaisse::core::sync {

namespace {

constexpr qint64 maxStationFileBytes = 64 * 1024;
constexpr qint64 maxMembersFileBytes = 16 * 1024 * 1024;
const QString membersFileName = QStringLiteral("members.json");
const QString stateKeyMembers = QStringLiteral("members_file_sha");
const QString stateKeyPushed = QStringLiteral("pushed_through");

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash > 0 ? path.left(slash) : QString();
}

QString temporaryName(const QString &folder, const QString &finalName)
{
    return QStringLiteral("%1/.upload-%2-%3.part")
        .arg(folder, finalName)
        .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
}

// The codes of the site's other stations, registered or known from their station files.
QSet<QString> otherCodes(Store &store, const QString &stationId)
{
    QSet<QString> codes;
    QSqlQuery query(store.db().connection());
    query.prepare(QStringLiteral("SELECT code FROM station_registry WHERE station_id <> ? UNION "
                                 "SELECT code FROM station WHERE id <> ?"));
    query.addBindValue(stationId);
    query.addBindValue(stationId);
    if (query.exec()) {
        while (query.next())
            codes.insert(query.value(0).toString().toUpper());
    }
    return codes;
}

// Whether a document number is the station's own: its code, an optional series letter (a
// restored station continues in "R2B"), a dash; never a prefix that is another station's code
// (R2 must not number like a station R2B).
JournalApplier::NumberCheck ownNumbers(const QString &code, const QSet<QString> &others)
{
    const QRegularExpression own(
        QStringLiteral("^(%1[A-Z]?)-").arg(QRegularExpression::escape(code)));
    return [own, others](const QString &number) {
        const auto match = own.match(number);
        return match.hasMatch() && !others.contains(match.captured(1).toUpper());
    };
}

} // namespace

const QStringList &siteFolders()
{
    static const QStringList folders = {QStringLiteral("exports"), QStringLiteral("backups"),
        QStringLiteral("audio"), QStringLiteral("logs"), QStringLiteral("stations"),
        QStringLiteral("config")};
    return folders;
}

QString stationFolder(const QString &stationId)
{
    return QStringLiteral("stations/") + stationId;
}

QString journalFolder(const QString &stationId)
{
    return stationFolder(stationId) + QStringLiteral("/journal");
}

SyncEngine::SyncEngine(Store &store, Remote &remote)
    : SyncEngine(store, remote, Options{})
{
}

SyncEngine::SyncEngine(Store &store, Remote &remote, Options options)
    : m_store(store)
    , m_remote(remote)
    , m_options(options)
{
}

void SyncEngine::setConfigSteps(ConfigStep publish, ConfigStep apply)
{
    m_publishConfig = std::move(publish);
    m_applyConfig = std::move(apply);
}

RemoteError SyncEngine::localError(const Error &error) const
{
    return RemoteError{Failure::Local, 0, error.message, -1};
}

QString SyncEngine::state(Store &store, const QString &key)
{
    Database &db = store.db();
    QSqlQuery &query = db.prepared(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    if (!db.exec(query, {key}))
        return {};
    const QString value = query.next() ? query.value(0).toString() : QString();
    query.finish();
    return value;
}

Result<void> SyncEngine::setState(Store &store, const QString &key, const QString &value)
{
    Database &db = store.db();
    QSqlQuery &query = db.prepared(QStringLiteral(
        "INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
        "value = excluded.value"));
    return db.exec(query, {key, value});
}

RemoteResult<void> SyncEngine::prepareFolders()
{
    for (const QString &folder : siteFolders()) {
        if (auto result = m_remote.makeFolders(folder); !result)
            return result;
    }
    return m_remote.makeFolders(journalFolder(m_store.station().id));
}

SyncReport SyncEngine::run()
{
    QElapsedTimer timer;
    timer.start();
    // Local work first, so that it is done even when the network is not there.
    if (auto sealed = seal(); !sealed)
        qCWarning(lcSyncEngine) << "sealing segments ahead failed:" << sealed.error().message;
    SyncReport report = push();
    if (report.ok()) {
        const SyncReport pulled = pull();
        report.pulledRecords = pulled.pulledRecords;
        report.bytesDown = pulled.bytesDown;
        report.configApplied = pulled.configApplied;
        report.keysReplaced = pulled.keysReplaced;
        report.refusals = pulled.refusals;
        report.error = pulled.error;
    }
    // What the pull recorded here (the audit of an applied configuration or of a restored
    // station's new keys) goes out in the same run.
    if (report.ok() && (report.configApplied || report.keysReplaced > 0)) {
        const SyncReport again = push();
        report.pushedRecords += again.pushedRecords;
        report.bytesUp += again.bytesUp;
        report.segmentsUp += again.segmentsUp;
        report.error = again.error;
    }
    // The member register after the pull: with what the other stations brought (an erasure made
    // elsewhere leaves this station's copy on the drive in the same run).
    if (report.ok()) {
        if (auto published = publishMembers(); !published)
            report.error = published.error();
    }
    if (report.ok()) {
        const SyncReport uploaded = uploadOutbox();
        report.filesUploaded = uploaded.filesUploaded;
        report.bytesUp += uploaded.bytesUp;
        report.error = uploaded.error;
    }
    // The Telegram deposits this station's bot received or its reception decided, after their
    // voice messages (the outbox) so that a station reading the file finds them.
    if (report.ok()) {
        if (auto published = notify::PendingDepositExchange::publish(m_store, m_remote); !published)
            report.error = published.error();
    }
    // The recovery file made with the shop reaches the drive on the shop's first sync.
    if (report.ok()) {
        if (auto published = SiteRecovery::publishPending(m_store, m_remote); !published)
            report.error = published.error();
    }
    if (report.ok() && m_publishConfig) {
        auto published = m_publishConfig(m_store, m_remote);
        if (!published)
            report.error = published.error();
        else
            report.configPublished = *published;
    }
    if (report.ok() && !report.refusals.isEmpty())
        report.error =
            RemoteError{Failure::Untrusted, 0, report.refusals.join(QLatin1Char('\n')), -1};
    recordRun(m_store, report, timer.elapsed());
    return report;
}

SyncReport SyncEngine::push()
{
    SyncReport report;
    const QString self = m_store.station().id;
    JournalReader reader(m_store);
    auto localLast = reader.lastSeq(self);
    if (!localLast) {
        report.error = localError(localLast.error());
        return report;
    }
    qint64 pushed = state(m_store, stateKeyPushed).toLongLong();

    auto listing = m_remote.list(journalFolder(self));
    if (!listing && listing.error().failure == Failure::NotFound) {
        if (auto made = prepareFolders(); !made) {
            report.error = made.error();
            return report;
        }
        listing = QList<RemoteEntry>{};
    }
    if (!listing) {
        report.error = listing.error();
        return report;
    }

    // A crash between the server's confirmation and our bookkeeping: what is on the server
    // counts as sent, so the next segment does not overlap it. Only segments that continue
    // what this station pushed and open as its own count: after a restore, a segment the lost
    // PC's retired key published beyond the journal end is not this station's and does not
    // stand for its records (ours replaces it).
    QHash<qint64, qint64> lastFrom;
    for (const RemoteEntry &entry : *listing) {
        if (const auto range = parseSegmentName(entry.name)) {
            if (range->last <= *localLast)
                lastFrom[range->first] = std::max(lastFrom.value(range->first), range->last);
        } else if (entry.name.startsWith(QLatin1String(".upload-"))) {
            (void)m_remote.remove(journalFolder(self) + QLatin1Char('/') + entry.name);
        }
    }
    qint64 remoteLast = pushed;
    while (lastFrom.value(remoteLast + 1) > remoteLast) {
        const qint64 last = lastFrom.value(remoteLast + 1);
        auto own =
            m_remote.get(journalFolder(self) + QLatin1Char('/') + segmentName(remoteLast + 1, last),
                m_options.maxSegmentBytes);
        if (!own && own.error().failure == Failure::Untrusted)
            break;
        if (!own) {
            report.error = own.error();
            return report;
        }
        remoteLast = last;
    }
    if (remoteLast > pushed) {
        pushed = remoteLast;
        if (auto saved = setState(m_store, stateKeyPushed, QString::number(pushed)); !saved) {
            report.error = localError(saved.error());
            return report;
        }
    }
    if (auto result = republishLost(*listing, report); !result) {
        report.error = result.error();
        return report;
    }

    const bool anything = pushed < *localLast;
    while (pushed < *localLast) {
        // Where seal() cut, when it sealed this stretch; else a full segment or the rest.
        qint64 last = std::min(*localLast, pushed + m_options.segmentRecords);
        const auto sealed = sealedEnd(pushed + 1, last);
        if (!sealed) {
            report.error = localError(sealed.error());
            return report;
        }
        if (*sealed > pushed)
            last = *sealed;
        if (auto result = pushSegment(pushed + 1, last, report); !result) {
            report.error = result.error();
            return report;
        }
        report.pushedRecords += last - pushed;
        pushed = last;
    }
    if (anything || state(m_store, QStringLiteral("station_file_seq")) != QString::number(pushed)) {
        if (auto result = publishStationFile(pushed); !result)
            report.error = result.error();
    }
    return report;
}

RemoteResult<void> SyncEngine::pushSegment(qint64 first, qint64 last, SyncReport &report)
{
    const QString self = m_store.station().id;
    auto encoded = encodedSegment(first, last, report.timings);
    if (!encoded)
        return localError(encoded.error());
    const auto &[data, sha256] = *encoded;
    const QString folder = journalFolder(self);
    const QString finalPath = folder + QLatin1Char('/') + segmentName(first, last);
    const QString temporary = temporaryName(folder, segmentName(first, last));
    if (auto result = m_remote.put(temporary, data); !result)
        return result;
    if (auto result = m_remote.move(temporary, finalPath); !result)
        return result;

    // Confirmed by the server: now, and only now, the records count as sent.
    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return localError(transaction.started().error());
    QSqlQuery &segment = db.prepared(QStringLiteral(
        "INSERT INTO sync_segment (first_seq, last_seq, bytes, sha256, pushed_utc) VALUES (?, ?, "
        "?, ?, ?) ON CONFLICT (first_seq) DO UPDATE SET last_seq = excluded.last_seq, bytes = "
        "excluded.bytes, sha256 = excluded.sha256, pushed_utc = excluded.pushed_utc"));
    if (auto result = db.exec(
            segment, {first, last, qint64(data.size()), sha256, isoUtc(m_store.clock().nowUtc())});
        !result)
        return localError(result.error());
    QSqlQuery &unseal = db.prepared(QStringLiteral("DELETE FROM sync_sealed WHERE first_seq <= ?"));
    if (auto result = db.exec(unseal, {first}); !result)
        return localError(result.error());
    if (auto result = setState(m_store, stateKeyPushed, QString::number(last)); !result)
        return localError(result.error());
    if (auto result = transaction.commit(); !result)
        return localError(result.error());
    report.bytesUp += data.size();
    ++report.segmentsUp;
    return {};
}

Result<std::pair<QByteArray, QString>> SyncEngine::encodedSegment(
    qint64 first, qint64 last, PushTimings &timings)
{
    Database &db = m_store.db();
    QSqlQuery &sealed = db.prepared(QStringLiteral(
        "SELECT data, sha256 FROM sync_sealed WHERE first_seq = ? AND last_seq = ?"));
    if (auto result = db.exec(sealed, {first, last}); !result)
        return result.error();
    if (sealed.next()) {
        std::pair<QByteArray, QString> found{
            sealed.value(0).toByteArray(), sealed.value(1).toString()};
        sealed.finish();
        // A blob damaged on this disk would be refused by every reader: encode it again instead.
        if (crypto::sha256Hex({found.first}) == found.second)
            return found;
        qCWarning(lcSyncEngine) << "sealed segment" << first << last
                                << "is damaged; encoding it again";
    }
    sealed.finish();
    return encodeFromJournal(first, last, timings);
}

Result<std::pair<QByteArray, QString>> SyncEngine::encodeFromJournal(
    qint64 first, qint64 last, PushTimings &timings)
{
    const QString self = m_store.station().id;
    QElapsedTimer timer;
    timer.start();
    auto records = JournalReader(m_store).read(self, first, last);
    if (!records)
        return records.error();
    timings.readNs += timer.nsecsElapsed();
    timer.restart();
    const QByteArray plain = SegmentCodec::plainText(Segment{self, first, last, *records});
    timings.encodeNs += timer.nsecsElapsed();
    timer.restart();
    QByteArray data = gzipCompress(plain);
    timings.compressNs += timer.nsecsElapsed();
    if (data.isEmpty())
        return Error{ErrorCode::IntegrityFailure,
            tr("Segment %1-%2 could not be compressed.").arg(first).arg(last)};
    const QString sha256 = crypto::sha256Hex({data});
    return std::pair{std::move(data), sha256};
}

Result<int> SyncEngine::seal()
{
    const QString self = m_store.station().id;
    JournalReader reader(m_store);
    const auto localLast = reader.lastSeq(self);
    if (!localLast)
        return localLast.error();
    Database &db = m_store.db();

    // Sealed segments are of use only as a chain starting right after what the server holds:
    // full segments, then at most one shorter tail that ends at the journal's end. Anything
    // else (sent meanwhile, cut differently, or a tail that newer records have outgrown) goes.
    qint64 through = state(m_store, stateKeyPushed).toLongLong();
    QList<qint64> stale;
    {
        QSqlQuery &query = db.prepared(
            QStringLiteral("SELECT first_seq, last_seq FROM sync_sealed ORDER BY first_seq"));
        if (auto result = db.exec(query); !result)
            return result.error();
        bool chained = true;
        while (query.next()) {
            const qint64 first = query.value(0).toLongLong();
            const qint64 last = query.value(1).toLongLong();
            const bool full = last == through + m_options.segmentRecords;
            const bool tail = last == *localLast && last < through + m_options.segmentRecords;
            if (chained && first == through + 1 && (full || tail)) {
                through = last;
                chained = full;
            } else {
                stale.append(first);
            }
        }
        query.finish();
    }
    QSqlQuery &drop = db.prepared(QStringLiteral("DELETE FROM sync_sealed WHERE first_seq = ?"));
    for (const qint64 first : std::as_const(stale)) {
        if (auto result = db.exec(drop, {first}); !result)
            return result.error();
    }

    int sealed = 0;
    QSqlQuery &insert = db.prepared(QStringLiteral(
        "INSERT INTO sync_sealed (first_seq, last_seq, data, sha256) VALUES (?, ?, ?, ?)"));
    while (through < *localLast) {
        const qint64 first = through + 1;
        const qint64 last = std::min(*localLast, through + m_options.segmentRecords);
        PushTimings timings;
        const auto encoded = encodeFromJournal(first, last, timings);
        if (!encoded)
            return encoded.error();
        if (auto result = db.exec(insert, {first, last, encoded->first, encoded->second}); !result)
            return result.error();
        through = last;
        ++sealed;
    }
    return sealed;
}

Result<qint64> SyncEngine::sealedEnd(qint64 first, qint64 last)
{
    Database &db = m_store.db();
    QSqlQuery &query = db.prepared(
        QStringLiteral("SELECT last_seq FROM sync_sealed WHERE first_seq = ? AND last_seq <= ?"));
    if (auto result = db.exec(query, {first, last}); !result)
        return result.error();
    const qint64 end = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return end;
}

RemoteResult<void> SyncEngine::republishLost(
    const QList<RemoteEntry> &published, SyncReport &report)
{
    QHash<QString, qint64> sizes;
    for (const RemoteEntry &entry : published)
        sizes.insert(entry.name, entry.size);
    struct Sent
    {
        qint64 first, last, bytes;
    };
    QList<Sent> sent;
    {
        Database &db = m_store.db();
        QSqlQuery &query = db.prepared(QStringLiteral(
            "SELECT first_seq, last_seq, bytes FROM sync_segment ORDER BY first_seq"));
        if (auto result = db.exec(query); !result)
            return localError(result.error());
        while (query.next())
            sent.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                query.value(2).toLongLong()});
        query.finish();
    }
    for (const Sent &segment : sent) {
        const auto size = sizes.constFind(segmentName(segment.first, segment.last));
        if (size != sizes.cend() && (*size < 0 || *size == segment.bytes))
            continue;
        qCWarning(lcSyncEngine) << "segment" << segment.first << segment.last
                                << "is missing or damaged on the server; publishing it again";
        if (auto result = pushSegment(segment.first, segment.last, report); !result)
            return result;
    }
    return {};
}

RemoteResult<void> SyncEngine::publishStationFile(qint64 lastSeq)
{
    const StationInfo &station = m_store.station();
    const QJsonObject identity{{QStringLiteral("station_id"), station.id},
        {QStringLiteral("site_id"), station.siteId}, {QStringLiteral("code"), station.code},
        {QStringLiteral("kind"), toKey(station.kind)}, {QStringLiteral("last_seq"), lastSeq},
        {QStringLiteral("updated_utc"), isoUtc(m_store.clock().nowUtc())}};
    const QString folder = stationFolder(station.id);
    const QString temporary = temporaryName(folder, QStringLiteral("station.json"));
    if (auto result = m_remote.put(temporary, QJsonDocument(identity).toJson()); !result)
        return result;
    if (auto result = m_remote.move(temporary, folder + QStringLiteral("/station.json")); !result)
        return result;
    if (auto result =
            setState(m_store, QStringLiteral("station_file_seq"), QString::number(lastSeq));
        !result)
        return localError(result.error());
    return {};
}

RemoteResult<void> SyncEngine::publishMembers()
{
    auto shared = Members(m_store).sharedRegister();
    if (!shared)
        return localError(shared.error());
    // A station that never had a member publishes nothing.
    const QString published = state(m_store, stateKeyMembers);
    if (published.isEmpty() && shared->value(QStringLiteral("members")).toArray().isEmpty()
        && shared->value(QStringLiteral("erased")).toArray().isEmpty())
        return {};
    const QByteArray bytes = QJsonDocument(*shared).toJson(QJsonDocument::Compact);
    const QString digest = crypto::sha256Hex({bytes});
    if (digest == published)
        return {};
    // Names and contacts: sealed under the site key like everything in the station's folder.
    const QString folder = stationFolder(m_store.station().id);
    const QString temporary = temporaryName(folder, membersFileName);
    if (auto result = m_remote.put(temporary, bytes); !result)
        return result;
    if (auto result = m_remote.move(temporary, folder + QLatin1Char('/') + membersFileName);
        !result)
        return result;
    if (auto result = setState(m_store, stateKeyMembers, digest); !result)
        return localError(result.error());
    return {};
}

RemoteResult<void> SyncEngine::pullMembers(const QString &stationId, SyncReport &report)
{
    auto file = m_remote.get(
        stationFolder(stationId) + QLatin1Char('/') + membersFileName, maxMembersFileBytes);
    if (!file)
        return file.error().failure == Failure::NotFound ? RemoteResult<void>() : file.error();
    report.bytesDown += file->size();
    QJsonParseError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(*file, &parsed);
    if (parsed.error != QJsonParseError::NoError || !document.isObject())
        return RemoteError{Failure::Protocol, 0,
            tr("The member register of station %1 on the server is damaged.")
                .arg(stationId.left(40)),
            -1};
    auto applied = Members(m_store).applyShared(document.object());
    if (!applied) {
        if (applied.error().code == ErrorCode::IntegrityFailure)
            return RemoteError{Failure::Protocol, 0,
                tr("The member register of station %1 on the server is damaged.")
                    .arg(stationId.left(40)),
                -1};
        return localError(applied.error());
    }
    return {};
}

SyncReport SyncEngine::pull()
{
    SyncReport report;
    if (m_applyConfig) {
        auto applied = m_applyConfig(m_store, m_remote);
        if (applied) {
            report.configApplied = *applied;
        } else if (applied.error().failure == Failure::Untrusted) {
            // A refused configuration changes nothing here; the stations' data still arrives.
            auditRefusal(m_store, applied.error());
            report.refusals.append(applied.error().message);
        } else {
            report.error = applied.error();
            return report;
        }
    }
    // A station restored onto a new PC signs with new keys, vouched for by the recovery key:
    // learnt before its journal is read.
    QStringList refusedStatements;
    auto rekeyed = StationRekey::applyPublished(m_store, m_remote, &refusedStatements);
    for (const QString &refusal : std::as_const(refusedStatements)) {
        auditRefusal(m_store, RemoteError{Failure::Untrusted, 0, refusal, -1});
        report.refusals.append(refusal);
    }
    if (!rekeyed) {
        report.error = rekeyed.error();
        return report;
    }
    report.keysReplaced = *rekeyed;
    auto stations = m_remote.list(QStringLiteral("stations"));
    if (!stations) {
        if (stations.error().failure != Failure::NotFound)
            report.error = stations.error();
        return report;
    }
    for (const RemoteEntry &entry : *stations) {
        if (!entry.isFolder || entry.name == m_store.station().id)
            continue;
        // One station's damaged segment must not keep the others from arriving.
        auto result = pullStation(entry.name, report);
        if (!result && result.error().failure == Failure::Untrusted) {
            auditRefusal(m_store, result.error());
            report.refusals.append(result.error().message);
        } else if (!result && report.ok()) {
            report.error = result.error();
        }
    }
    return report;
}

RemoteResult<void> SyncEngine::pullStation(const QString &stationId, SyncReport &report)
{
    auto identityFile = m_remote.get(
        stationFolder(stationId) + QStringLiteral("/station.json"), maxStationFileBytes);
    if (!identityFile)
        return identityFile.error().failure == Failure::NotFound ? RemoteResult<void>()
                                                                 : identityFile.error();
    report.bytesDown += identityFile->size();
    const QJsonObject identity = QJsonDocument::fromJson(*identityFile).object();
    const auto kind = stationKindFromKey(identity.value(QStringLiteral("kind")).toString());
    const QString code = identity.value(QStringLiteral("code")).toString();
    if (identity.value(QStringLiteral("station_id")).toString() != stationId || !kind
        || code.isEmpty() || code.size() > 16)
        return RemoteError{Failure::Protocol, 0,
            tr("The identity file of station %1 on the server is damaged.").arg(stationId.left(40)),
            -1};
    if (identity.value(QStringLiteral("site_id")).toString() != m_store.site().id)
        return {}; // another shop sharing the drive
    // The code a registered station publishes is the one it was registered with: its numbers
    // are checked against it.
    if (auto registered = StationRegistry::find(m_store, stationId); !registered)
        return localError(registered.error());
    else if (*registered && (*registered)->code != code)
        return RemoteError{Failure::Untrusted, 0,
            tr("Station %1 calls itself %2 on the drive: refused.")
                .arg((*registered)->code, code.left(16)),
            -1};

    Database &db = m_store.db();
    // Its heartbeat: when it last synced and its last journal seq then (a register seen that
    // day without a closing holds the accounting export of the day).
    const QDateTime heartbeat =
        fromIsoUtc(identity.value(QStringLiteral("updated_utc")).toString());
    const qint64 heartbeatSeq = identity.value(QStringLiteral("last_seq")).toInteger(-1);
    const bool beat = heartbeat.isValid() && heartbeatSeq >= 0;
    QSqlQuery &upsert = db.prepared(QStringLiteral(
        "INSERT INTO station (id, site_id, code, kind, is_local, created_utc, heartbeat_utc, "
        "heartbeat_seq) VALUES (?, ?, ?, ?, 0, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET code = "
        "excluded.code, kind = excluded.kind, heartbeat_utc = coalesce(excluded.heartbeat_utc, "
        "heartbeat_utc), heartbeat_seq = coalesce(excluded.heartbeat_seq, heartbeat_seq) WHERE "
        "is_local = 0"));
    if (auto result = db.exec(upsert,
            {stationId, m_store.site().id, code, toKey(*kind), isoUtc(m_store.clock().nowUtc()),
                beat ? QVariant(isoUtc(heartbeat)) : QVariant(),
                beat ? QVariant(heartbeatSeq) : QVariant()});
        !result)
        return localError(result.error());

    // Another station's segments, which the drive keeps: they commit without waiting for the
    // disk, and the commit below, which does, makes them durable together.
    auto applied = applyPublishedSegments(
        m_store, m_remote, stationId, code, m_options.maxSegmentBytes, false);
    if (!applied)
        return applied.error();
    for (const QString &refusal : std::as_const(applied->refused)) {
        auditRefusal(m_store, RemoteError{Failure::Untrusted, 0, refusal, -1});
        report.refusals.append(refusal);
    }
    report.pulledRecords += applied->records;
    report.bytesDown += applied->bytes;
    // Its member register, after its documents (the fees of the members it brings). A damaged
    // or refused register is reported once the rest of the station has arrived: it does not hold
    // back the station's pull time or its Telegram deposits.
    std::optional<RemoteError> membersFailed;
    if (auto members = pullMembers(stationId, report); !members)
        membersFailed = members.error();
    QSqlQuery &pulled =
        db.prepared(QStringLiteral("UPDATE station SET last_pull_utc = ? WHERE id = ?"));
    if (auto result = db.exec(pulled, {isoUtc(m_store.clock().nowUtc()), stationId}); !result)
        return localError(result.error());
    // Its Telegram deposits, after its journal: a deposit it validated is held here first.
    if (auto deposits =
            notify::PendingDepositExchange::apply(m_store, m_remote, stationId, report.bytesDown);
        !deposits)
        return deposits.error();
    if (membersFailed)
        return *membersFailed;
    return {};
}

RemoteResult<AppliedSegments> applyPublishedSegments(Store &store, Remote &remote,
    const QString &stationId, const QString &code, qint64 maxSegmentBytes, bool waitForDisk)
{
    AppliedSegments outcome;
    auto held = JournalReader(store).lastSeq(stationId);
    if (!held)
        return RemoteError{Failure::Local, 0, held.error().message, -1};
    outcome.through = *held;
    auto listing = remote.list(journalFolder(stationId));
    if (!listing) {
        if (listing.error().failure == Failure::NotFound)
            return outcome;
        return listing.error();
    }
    QList<SegmentRange> segments;
    for (const RemoteEntry &entry : *listing) {
        if (const auto range = parseSegmentName(entry.name); range && range->last > *held)
            segments.append(*range);
    }
    std::sort(segments.begin(), segments.end(),
        [](const SegmentRange &a, const SegmentRange &b) { return a.first < b.first; });

    JournalApplier applier(store);
    applier.setWaitForDisk(waitForDisk);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const SegmentRange &range = segments.at(i);
        if (range.last <= outcome.through)
            continue;
        if (range.first > outcome.through + 1)
            return RemoteError{Failure::NotFound, 0,
                SyncEngine::tr("Records %1 to %2 of station %3 are missing on the server.")
                    .arg(outcome.through + 1)
                    .arg(range.first - 1)
                    .arg(code),
                -1};
        const QString name = segmentName(range.first, range.last);
        auto data = remote.get(journalFolder(stationId) + QLatin1Char('/') + name, maxSegmentBytes);
        if (!data && data.error().failure == Failure::Untrusted
            && std::any_of(
                segments.cbegin() + i + 1, segments.cend(), [&](const SegmentRange &next) {
                    return next.first <= outcome.through + 1 && next.last > outcome.through;
                })) {
            // Refused, and another segment carries the same records: that one is read.
            outcome.refused.append(data.error().message);
            continue;
        }
        if (!data)
            return data.error();
        outcome.bytes += data->size();
        auto segment = SegmentCodec::decode(*data, stationId, range);
        if (!segment)
            return RemoteError{Failure::Protocol, 0,
                SyncEngine::tr("Segment %1 of station %2 is damaged: %3")
                    .arg(name, code, segment.error().message),
                -1};
        const QByteArrayList records = segment->records.mid(outcome.through + 1 - range.first);
        QString foreign;
        auto count = applier.apply(
            stationId, records, ownNumbers(code, otherCodes(store, stationId)), &foreign);
        if (!count && !foreign.isEmpty())
            return RemoteError{Failure::Untrusted, 0,
                SyncEngine::tr("Segment %1 of station %2 was refused: document %3 does not carry "
                               "the station's code.")
                    .arg(name, code, foreign.left(40)),
                -1};
        if (!count)
            return RemoteError{count.error().code == ErrorCode::IntegrityFailure ? Failure::Protocol
                                                                                 : Failure::Local,
                0,
                SyncEngine::tr("Segment %1 of station %2 was refused: %3")
                    .arg(name, code, count.error().message),
                -1};
        outcome.records += *count;
        outcome.through = range.last;
    }
    return outcome;
}

SyncReport SyncEngine::uploadOutbox()
{
    SyncReport report;
    Database &db = m_store.db();
    struct Pending
    {
        qint64 id;
        QString local, remote;
    };
    QList<Pending> pending;
    {
        QSqlQuery &query = db.prepared(QStringLiteral("SELECT id, local_path, remote_path FROM "
                                                      "sync_outbox WHERE done_utc IS NULL ORDER "
                                                      "BY id"));
        if (auto result = db.exec(query); !result) {
            report.error = localError(result.error());
            return report;
        }
        while (query.next())
            pending.append({query.value(0).toLongLong(), query.value(1).toString(),
                query.value(2).toString()});
        query.finish();
    }
    for (const Pending &file : pending) {
        if (QFileInfo::exists(file.local)) {
            const QString folder = parentOf(file.remote);
            if (!folder.isEmpty()) {
                if (auto result = m_remote.makeFolders(folder); !result) {
                    report.error = result.error();
                    return report;
                }
            }
            const QString temporary = temporaryName(
                folder.isEmpty() ? QStringLiteral(".") : folder, QFileInfo(file.remote).fileName());
            if (auto result = m_remote.putFile(temporary, file.local); !result) {
                report.error = result.error();
                return report;
            }
            if (auto result = m_remote.move(temporary, file.remote); !result) {
                report.error = result.error();
                return report;
            }
            report.bytesUp += QFileInfo(file.local).size();
            ++report.filesUploaded;
        } else {
            qCWarning(lcSyncEngine) << "outbox file" << file.local << "is gone; dropped";
        }
        QSqlQuery &done =
            db.prepared(QStringLiteral("UPDATE sync_outbox SET done_utc = ? WHERE id = ?"));
        if (auto result = db.exec(done, {isoUtc(m_store.clock().nowUtc()), file.id}); !result) {
            report.error = localError(result.error());
            return report;
        }
    }
    return report;
}

Result<void> SyncEngine::enqueueUpload(
    Store &store, const QString &localFile, const QString &remotePath)
{
    if (remotePath.isEmpty() || remotePath.startsWith(QLatin1Char('/'))
        || remotePath.contains(QLatin1String("..")))
        return Error{ErrorCode::InvalidInput,
            tr("\"%1\" is not a valid place on the drive.").arg(remotePath.left(80))};
    Database &db = store.db();
    QSqlQuery &insert = db.prepared(QStringLiteral(
        "INSERT INTO sync_outbox (local_path, remote_path, created_utc) VALUES (?, ?, ?)"));
    return db.exec(insert, {localFile, remotePath, isoUtc(store.clock().nowUtc())});
}

Result<SyncStatus> SyncEngine::status(Store &store)
{
    SyncStatus status;
    Database &db = store.db();
    QSqlQuery &account =
        db.prepared(QStringLiteral("SELECT url, user_name FROM sync_account WHERE site_id = ?"));
    if (auto result = db.exec(account, {store.site().id}); !result)
        return result.error();
    if (account.next()) {
        status.configured = true;
        status.url = account.value(0).toString();
        status.user = account.value(1).toString();
    }
    account.finish();
    auto localLast = JournalReader(store).lastSeq(store.station().id);
    if (!localLast)
        return localLast.error();
    status.pendingRecords =
        std::max<qint64>(0, *localLast - state(store, stateKeyPushed).toLongLong());
    QSqlQuery &files =
        db.prepared(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE done_utc IS NULL"));
    if (auto result = db.exec(files); !result)
        return result.error();
    status.pendingFiles = files.next() ? files.value(0).toLongLong() : 0;
    files.finish();
    const auto when = [&store](const char *key) {
        return QDateTime::fromString(state(store, QString::fromLatin1(key)), Qt::ISODate);
    };
    status.lastSuccessUtc = when("last_success_utc");
    status.lastAttemptUtc = when("last_attempt_utc");
    status.failingSinceUtc = when("failing_since_utc");
    status.lastBackupUtc = when("last_backup_utc");
    status.lastBackupFailureUtc = when("last_backup_failure_utc");
    status.lastBackupError = state(store, QStringLiteral("last_backup_error"));
    status.lastError = state(store, QStringLiteral("last_error"));
    const QString failure = state(store, QStringLiteral("last_failure"));
    for (Failure f : {Failure::Network, Failure::Server, Failure::RateLimited, Failure::Credentials,
             Failure::Quota, Failure::NotFound, Failure::Protocol, Failure::Local,
             Failure::Untrusted}) {
        if (toKey(f) == failure)
            status.lastFailure = f;
    }
    return status;
}

void SyncEngine::recordRun(Store &store, const SyncReport &report, qint64 durationMs)
{
    Database &db = store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return;
    const QString now = isoUtc(store.clock().nowUtc());
    QString message = report.ok() ? tr("%n record(s) sent", nullptr, int(report.pushedRecords))
            + QStringLiteral(", ") + tr("%n record(s) received", nullptr, int(report.pulledRecords))
                                  : report.error.message;
    QSqlQuery &log = db.prepared(QStringLiteral(
        "INSERT INTO sync_log (at_utc, ok, failure, http_status, message, pushed, pulled, "
        "bytes_up, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    (void)db.exec(log,
        {now, report.ok() ? 1 : 0, report.ok() ? QString() : toKey(report.error.failure),
            report.error.httpStatus, message.left(2000), report.pushedRecords, report.pulledRecords,
            report.bytesUp, durationMs});
    // The history of a year of runs every five minutes stays small: keep the last 5 000.
    (void)db.exec(QStringLiteral("DELETE FROM sync_log WHERE id <= (SELECT max(id) FROM sync_log) "
                                 "- 5000"));
    (void)setState(store, QStringLiteral("last_attempt_utc"), now);
    if (report.ok()) {
        (void)setState(store, QStringLiteral("last_success_utc"), now);
        (void)setState(store, QStringLiteral("failing_since_utc"), QString());
        (void)setState(store, QStringLiteral("last_error"), QString());
        (void)setState(store, QStringLiteral("last_failure"), QString());
    } else {
        if (state(store, QStringLiteral("failing_since_utc")).isEmpty())
            (void)setState(store, QStringLiteral("failing_since_utc"), now);
        (void)setState(store, QStringLiteral("last_error"), report.error.message.left(2000));
        (void)setState(store, QStringLiteral("last_failure"), toKey(report.error.failure));
    }
    (void)transaction.commit();
}

void SyncEngine::auditRefusal(Store &store, const RemoteError &error)
{
    const QString key = QStringLiteral("refused/")
        + QString::fromLatin1(
            QCryptographicHash::hash(error.message.toUtf8(), QCryptographicHash::Sha256)
                .toHex()
                .left(32));
    if (!state(store, key).isEmpty())
        return;
    Database &db = store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return;
    if (!AuditLog(store).record(QString(), QStringLiteral("sync.refused"), QString(),
            {{QStringLiteral("reason"), error.message.left(500)}}))
        return;
    if (!setState(store, key, isoUtc(store.clock().nowUtc())))
        return;
    (void)transaction.commit();
}

Result<QList<SyncEngine::LogEntry>> SyncEngine::log(Store &store, int limit)
{
    QList<LogEntry> entries;
    Database &db = store.db();
    QSqlQuery query(db.connection());
    if (!query.prepare(
            QStringLiteral("SELECT id, at_utc, ok, failure, http_status, message, pushed, "
                           "pulled, bytes_up, duration_ms FROM sync_log ORDER BY id DESC "
                           "LIMIT ?")))
        return db.errorFrom(query.lastError());
    query.addBindValue(limit);
    if (!query.exec())
        return db.errorFrom(query.lastError());
    while (query.next()) {
        entries.append(LogEntry{query.value(0).toLongLong(),
            QDateTime::fromString(query.value(1).toString(), Qt::ISODate),
            query.value(2).toInt() != 0, query.value(3).toString(), query.value(4).toInt(),
            query.value(5).toString(), query.value(6).toLongLong(), query.value(7).toLongLong(),
            query.value(8).toLongLong(), query.value(9).toLongLong()});
    }
    return entries;
}

Result<int> SyncEngine::failuresSince(Store &store, const QDateTime &sinceUtc)
{
    Database &db = store.db();
    QSqlQuery query(db.connection());
    // Google Sheets runs (kind "sheets") are in the history too, but say nothing of the drive.
    if (!query.prepare(QStringLiteral("SELECT count(*) FROM sync_log WHERE ok = 0 AND at_utc >= ? "
                                      "AND kind = 'drive'")))
        return db.errorFrom(query.lastError());
    query.addBindValue(isoUtc(sinceUtc));
    if (!query.exec() || !query.next())
        return db.errorFrom(query.lastError());
    return query.value(0).toInt();
}

Result<HealthInputs> SyncEngine::healthInputs(Store &store)
{
    auto current = status(store);
    if (!current)
        return current.error();
    auto failures = failuresSince(store, store.clock().nowUtc().addDays(-7));
    if (!failures)
        return failures.error();
    HealthInputs inputs;
    inputs.lastBackupUtc = current->lastBackupUtc;
    inputs.lastBackupFailureUtc = current->lastBackupFailureUtc;
    inputs.lastBackupError = current->lastBackupError;
    inputs.lastSyncUtc = current->lastSuccessUtc;
    inputs.syncErrors7d = *failures;
    return inputs;
}

Result<QList<SyncEngine::StationState>> SyncEngine::stations(Store &store)
{
    QList<StationState> stations;
    Database &db = store.db();
    // Journal seqs are gap-free per station: the newest entry and the count come from the
    // primary key, without reading a 10-year journal on the UI thread.
    QSqlQuery query(db.connection());
    if (!query.prepare(QStringLiteral(
            "SELECT s.id, s.code, s.kind, s.is_local, s.last_pull_utc, (SELECT created_utc FROM "
            "journal j WHERE j.station_id = s.id ORDER BY j.seq DESC LIMIT 1), (SELECT max(seq) "
            "FROM "
            "journal j WHERE j.station_id = s.id) FROM station s WHERE s.site_id = ? ORDER BY "
            "s.is_local DESC, s.code")))
        return db.errorFrom(query.lastError());
    query.addBindValue(store.site().id);
    if (!query.exec())
        return db.errorFrom(query.lastError());
    while (query.next()) {
        stations.append(StationState{query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toInt() != 0,
            QDateTime::fromString(query.value(4).toString(), Qt::ISODate),
            QDateTime::fromString(query.value(5).toString(), Qt::ISODate),
            query.value(6).toLongLong()});
    }
    return stations;
}

} // namespace recaisse::core::sync
