#include "pendingexchange.h"

#include "core/crypto.h"
#include "core/database.h"
#include "core/ledger.h"
#include "core/notify/pendingdeposits.h"
#include "core/notify/telegrambot.h"
#include "core/store.h"
#include "core/sync/sealedremote.h"
#include "core/sync/syncengine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

Q_LOGGING_CATEGORY(lcPendingExchange, "recaisse.notify.exchange")

namespace recaisse::core::notify {

namespace {

using sync::Failure;
using sync::RemoteError;
using sync::RemoteResult;

const QString publishedKey = QStringLiteral("telegram_deposits_published");

RemoteError localError(const Error &error)
{
    return RemoteError{Failure::Local, 0, error.message, -1};
}

// The drive path of a voice message: audio/ and a plain file name, nothing that leaves the folder.
bool isAudioPath(const QString &path)
{
    static const QRegularExpression form(QStringLiteral("^audio/[A-Za-z0-9_-][A-Za-z0-9._-]*$"));
    return path.size() <= 200 && form.match(path).hasMatch();
}

QString audioPathOf(const QString &remote, const QString &localFile)
{
    if (!remote.isEmpty())
        return remote;
    return localFile.isEmpty() ? QString()
                               : QStringLiteral("audio/") + QFileInfo(localFile).fileName();
}

// The file's content: this station's deposits still waiting, and its decisions of the retention.
Result<QByteArray> fileContent(Store &store)
{
    PendingDeposits deposits(store);
    auto pending = deposits.pending();
    if (!pending)
        return pending.error();
    QJsonArray announced;
    for (const PendingDeposit &d : std::as_const(*pending)) {
        if (!d.originStation.isEmpty())
            continue; // another station's bot: that station announces it
        announced.append(QJsonObject{{QStringLiteral("update_id"), d.updateId},
            {QStringLiteral("telegram_id"), d.telegramId},
            {QStringLiteral("kind"),
                d.kind == PendingDeposit::Kind::Voice ? QStringLiteral("voice")
                                                      : QStringLiteral("text")},
            {QStringLiteral("user_id"), d.userId},
            {QStringLiteral("received_utc"), isoUtc(d.receivedUtc)},
            {QStringLiteral("category_id"), d.categoryId},
            {QStringLiteral("weight_grams"), d.weightGrams},
            {QStringLiteral("audio"), audioPathOf(d.audioRemote, d.audioFile)},
            {QStringLiteral("audio_seconds"), d.audioSeconds}});
    }
    QJsonArray decisions;
    Database &db = store.db();
    const QString since = PendingDeposits::retentionStart(store);
    QSqlQuery &q = db.prepared(QStringLiteral(
        "SELECT origin_station, update_id, telegram_id, status, reason, deposit_number, "
        "category_id, weight_grams, decided_by, decided_utc FROM telegram_pending_deposit WHERE "
        "status <> 'pending' AND decided_station = '' AND decided_utc >= ? ORDER BY id"));
    if (auto r = db.exec(q, {since}); !r)
        return r.error();
    while (q.next()) {
        const QString origin = q.value(0).toString();
        decisions.append(
            QJsonObject{{QStringLiteral("origin"), origin.isEmpty() ? store.station().id : origin},
                {QStringLiteral("update_id"), q.value(1).toLongLong()},
                {QStringLiteral("telegram_id"), q.value(2).toString()},
                {QStringLiteral("status"), q.value(3).toString()},
                {QStringLiteral("reason"), q.value(4).toString()},
                {QStringLiteral("deposit_number"), q.value(5).toString()},
                {QStringLiteral("category_id"), q.value(6).toString()},
                {QStringLiteral("weight_grams"), q.value(7).toLongLong()},
                {QStringLiteral("decided_by"), q.value(8).toString()},
                {QStringLiteral("decided_utc"), q.value(9).toString()}});
    }
    q.finish();
    if (announced.isEmpty() && decisions.isEmpty())
        return QByteArray();
    return QJsonDocument(
        QJsonObject{{QStringLiteral("station_id"), store.station().id},
            {QStringLiteral("announced"), announced}, {QStringLiteral("decisions"), decisions}})
        .toJson(QJsonDocument::Compact);
}

// The drive copies of this station's voice messages decided more than the retention ago.
RemoteResult<void> removeOldDriveAudio(Store &store, sync::Remote &remote)
{
    Database &db = store.db();
    const QString before = PendingDeposits::retentionStart(store);
    QSqlQuery &q = db.prepared(QStringLiteral(
        "SELECT id, audio_remote, audio_file FROM telegram_pending_deposit WHERE origin_station "
        "= '' AND kind = 'voice' AND status <> 'pending' AND drive_audio_removed = 0 AND "
        "decided_utc <> '' AND decided_utc < ?"));
    if (auto r = db.exec(q, {before}); !r)
        return localError(r.error());
    QList<std::pair<qint64, QString>> old;
    while (q.next())
        old.append(
            {q.value(0).toLongLong(), audioPathOf(q.value(1).toString(), q.value(2).toString())});
    q.finish();
    for (const auto &[id, path] : std::as_const(old)) {
        if (isAudioPath(path)) {
            if (auto removed = remote.remove(path); !removed)
                return removed.error();
        }
        QSqlQuery &done = db.prepared(QStringLiteral(
            "UPDATE telegram_pending_deposit SET drive_audio_removed = 1 WHERE id = ?"));
        if (auto r = db.exec(done, {id}); !r)
            return localError(r.error());
    }
    return {};
}

RemoteError damaged(const QString &stationId, const QString &why)
{
    return RemoteError{Failure::Protocol, 0,
        PendingDepositExchange::tr("The Telegram deposits of station %1 on the drive are "
                                   "damaged: %2")
            .arg(stationId.left(40), why),
        -1};
}

// Fetches the voice messages of that station's pending deposits not fetched yet.
RemoteResult<void> fetchAudio(
    Store &store, sync::Remote &remote, const QString &stationId, qint64 &bytesDown)
{
    Database &db = store.db();
    QSqlQuery &q = db.prepared(QStringLiteral(
        "SELECT id, audio_remote FROM telegram_pending_deposit WHERE origin_station = ? AND kind "
        "= 'voice' AND status = 'pending' AND audio_file = '' AND audio_remote <> ''"));
    if (auto r = db.exec(q, {stationId}); !r)
        return localError(r.error());
    QList<std::pair<qint64, QString>> missing;
    while (q.next())
        missing.append({q.value(0).toLongLong(), q.value(1).toString()});
    q.finish();
    if (missing.isEmpty())
        return {};
    const QString folder = TelegramBot::audioFolder(store);
    if (!QDir().mkpath(folder))
        return RemoteError{Failure::Local, 0,
            PendingDepositExchange::tr("The folder %1 cannot be made.").arg(folder), -1};
    auto *sealed = dynamic_cast<sync::SealedRemote *>(&remote);
    // A refused file is left out (its deposit stays without audio) and the others still come;
    // the first refusal is returned, for the sync history and the audit.
    std::optional<RemoteError> refused;
    for (const auto &[id, path] : std::as_const(missing)) {
        const QString target = QDir(folder).filePath(path.section(QLatin1Char('/'), 1));
        const QString partial = target + QStringLiteral(".part");
        // Not there yet (its upload failed on the bot's station): asked again at the next pull.
        if (auto fetched = remote.getFile(path, partial, TelegramBot::maxVoiceBytes); !fetched) {
            QFile::remove(partial);
            if (fetched.error().failure == Failure::NotFound)
                continue;
            if (fetched.error().failure != Failure::Untrusted)
                return fetched.error();
            refused = refused.value_or(fetched.error());
            continue;
        }
        QFile file(partial);
        const bool opened = file.open(QIODevice::ReadOnly);
        const QByteArray head = opened ? file.read(512) : QByteArray();
        bytesDown += file.size();
        file.close();
        if (sealed && sealed->lastSigner() != stationId) {
            QFile::remove(partial);
            refused = refused.value_or(RemoteError{Failure::Untrusted, 0,
                PendingDepositExchange::tr("%1 was refused: it was not signed by the station "
                                           "whose bot received it.")
                    .arg(path),
                -1});
            continue;
        }
        if (!head.startsWith("OggS") || !head.contains("OpusHead")) {
            QFile::remove(partial);
            refused = refused.value_or(damaged(
                stationId, PendingDepositExchange::tr("%1 is no Ogg/Opus audio.").arg(path)));
            continue;
        }
        QFile::remove(target);
        if (!QFile::rename(partial, target))
            return RemoteError{Failure::Local, 0,
                PendingDepositExchange::tr("The voice message %1 cannot be kept here.").arg(target),
                -1};
        QSqlQuery &kept = db.prepared(
            QStringLiteral("UPDATE telegram_pending_deposit SET audio_file = ? WHERE id = ?"));
        if (auto r = db.exec(kept, {target, id}); !r)
            return localError(r.error());
    }
    if (refused)
        return *refused;
    return {};
}

// One decision of another station, applied where the deposit is still pending; a different
// decision already made is kept as the conflict (audited by the bot's station, once).
Result<void> applyDecision(Store &store, const QString &stationId, const QJsonObject &decision)
{
    const QString origin = decision.value(QStringLiteral("origin")).toString();
    const qint64 updateId = decision.value(QStringLiteral("update_id")).toInteger();
    const QString telegramId = decision.value(QStringLiteral("telegram_id")).toString();
    const QString status = decision.value(QStringLiteral("status")).toString();
    const QString number = decision.value(QStringLiteral("deposit_number")).toString().left(40);
    const QString decidedUtc = decision.value(QStringLiteral("decided_utc")).toString().left(40);
    if (status != QLatin1String("validated") && status != QLatin1String("rejected"))
        return {};
    // The rows of this station's own bot have an empty origin.
    const QString localOrigin = origin == store.station().id ? QString() : origin;
    Database &db = store.db();
    QSqlQuery &update = db.prepared(QStringLiteral(
        "UPDATE telegram_pending_deposit SET status = ?, reason = ?, deposit_number = ?, "
        "category_id = ?, weight_grams = ?, decided_by = ?, decided_utc = ?, decided_station = "
        "?, reply_sent = 0 WHERE origin_station = ? AND update_id = ? AND telegram_id = ? AND "
        "status = 'pending'"));
    if (auto r = db.exec(update,
            {status, decision.value(QStringLiteral("reason")).toString().left(200), number,
                decision.value(QStringLiteral("category_id")).toString().left(80),
                std::max<qint64>(0, decision.value(QStringLiteral("weight_grams")).toInteger()),
                decision.value(QStringLiteral("decided_by")).toString().left(80), decidedUtc,
                stationId, localOrigin, updateId, telegramId});
        !r)
        return r;
    if (update.numRowsAffected() > 0)
        return {};
    // Already decided (or unknown here): a second decision made elsewhere is a conflict.
    QSqlQuery &known = db.prepared(QStringLiteral(
        "SELECT id, status, deposit_number, decided_station, conflict FROM "
        "telegram_pending_deposit WHERE origin_station = ? AND update_id = ? AND telegram_id = ?"));
    if (auto r = db.exec(known, {localOrigin, updateId, telegramId}); !r)
        return r;
    if (!known.next()) {
        known.finish();
        return {};
    }
    const qint64 id = known.value(0).toLongLong();
    const bool same = known.value(3).toString() == stationId
        || (known.value(1).toString() == status && known.value(2).toString() == number);
    const bool told = !known.value(4).toString().isEmpty();
    known.finish();
    if (same || told)
        return {};
    const QString conflict = status == QLatin1String("validated")
        ? PendingDepositExchange::tr("also validated at another station as deposit %1").arg(number)
        : PendingDepositExchange::tr("also rejected at another station");
    QSqlQuery &mark = db.prepared(
        QStringLiteral("UPDATE telegram_pending_deposit SET conflict = ? WHERE id = ?"));
    if (auto r = db.exec(mark, {conflict, id}); !r)
        return r;
    if (!localOrigin.isEmpty())
        return {};
    qCWarning(lcPendingExchange) << "Telegram deposit" << id << "decided twice:" << conflict;
    return AuditLog(store).record(decision.value(QStringLiteral("decided_by")).toString(),
        QStringLiteral("telegram.deposit-decided-twice"), QString::number(id),
        {{QStringLiteral("update_id"), updateId}, {QStringLiteral("station"), stationId},
            {QStringLiteral("status"), status}, {QStringLiteral("deposit"), number}});
}

} // namespace

RemoteResult<bool> PendingDepositExchange::publish(Store &store, sync::Remote &remote)
{
    if (auto removed = removeOldDriveAudio(store, remote); !removed)
        return removed.error();
    auto content = fileContent(store);
    if (!content)
        return localError(content.error());
    const QString digest = crypto::sha256Hex({*content});
    const QString last = sync::SyncEngine::state(store, publishedKey);
    // Nothing ever announced nor decided here: no file at all.
    if ((content->isEmpty() && last.isEmpty()) || last == digest)
        return false;
    const QString folder = sync::stationFolder(store.station().id);
    const QString target = folder + QLatin1Char('/') + fileName();
    const QString temporary = sync::uploadPath(target);
    const QByteArray bytes = content->isEmpty()
        ? QJsonDocument(QJsonObject{{QStringLiteral("station_id"), store.station().id},
                            {QStringLiteral("announced"), QJsonArray()},
                            {QStringLiteral("decisions"), QJsonArray()}})
              .toJson(QJsonDocument::Compact)
        : *content;
    if (auto put = remote.put(temporary, bytes); !put)
        return put.error();
    if (auto moved = remote.move(temporary, target); !moved)
        return moved.error();
    if (auto kept = sync::SyncEngine::setState(store, publishedKey, digest); !kept)
        return localError(kept.error());
    return true;
}

RemoteResult<void> PendingDepositExchange::apply(
    Store &store, sync::Remote &remote, const QString &stationId, qint64 &bytesDown)
{
    auto file =
        remote.get(sync::stationFolder(stationId) + QLatin1Char('/') + fileName(), maxFileBytes);
    if (!file)
        return file.error().failure == Failure::NotFound ? RemoteResult<void>() : file.error();
    bytesDown += file->size();
    QJsonParseError parsed;
    const QJsonObject content = QJsonDocument::fromJson(*file, &parsed).object();
    if (parsed.error != QJsonParseError::NoError)
        return damaged(stationId, parsed.errorString());
    if (content.value(QStringLiteral("station_id")).toString() != stationId)
        return damaged(stationId, tr("it names another station."));

    Database &db = store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return localError(transaction.started().error());
    QSqlQuery &insert = db.prepared(QStringLiteral(
        "INSERT INTO telegram_pending_deposit (update_id, kind, telegram_id, chat_id, user_id, "
        "received_utc, category_id, weight_grams, audio_seconds, origin_station, audio_remote) "
        "VALUES (?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (update_id, telegram_id) DO "
        "NOTHING"));
    for (const QJsonValue &value : content.value(QStringLiteral("announced")).toArray()) {
        const QJsonObject d = value.toObject();
        const QString kind = d.value(QStringLiteral("kind")).toString();
        const QString audio = d.value(QStringLiteral("audio")).toString();
        const qint64 grams = d.value(QStringLiteral("weight_grams")).toInteger(-1);
        const QDateTime received = fromIsoUtc(d.value(QStringLiteral("received_utc")).toString());
        if ((kind != QLatin1String("text") && kind != QLatin1String("voice")) || grams < 0
            || grams > TelegramBot::maxDepositGrams || !received.isValid()
            || (kind == QLatin1String("voice") && !isAudioPath(audio)))
            return damaged(stationId, tr("a deposit is malformed."));
        if (auto r = db.exec(insert,
                {d.value(QStringLiteral("update_id")).toInteger(), kind,
                    d.value(QStringLiteral("telegram_id")).toString().left(40),
                    d.value(QStringLiteral("user_id")).toString().left(80), isoUtc(received),
                    d.value(QStringLiteral("category_id")).toString().left(80), grams,
                    std::clamp<qint64>(d.value(QStringLiteral("audio_seconds")).toInteger(), 0,
                        TelegramBot::maxVoiceSeconds),
                    stationId, kind == QLatin1String("voice") ? audio : QString()});
            !r)
            return localError(r.error());
    }
    for (const QJsonValue &value : content.value(QStringLiteral("decisions")).toArray()) {
        if (auto applied = applyDecision(store, stationId, value.toObject()); !applied)
            return localError(applied.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return localError(committed.error());
    return fetchAudio(store, remote, stationId, bytesDown);
}

} // namespace recaisse::core::notify
