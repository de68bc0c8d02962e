#include "pendingdeposits.h"

#include "core/categories.h"
#include "core/database.h"
#include "core/ledger.h"
#include "core/store.h"
#include "core/users.h"

#include <QFile>
#include <QLocale>
#include <QSqlQuery>

namespace recaisse::core::notify {

namespace {

const QString columns = QStringLiteral(
    "p.id, p.update_id, p.kind, p.telegram_id, p.chat_id, p.user_id, coalesce(u.name, ''), "
    "p.received_utc, p.category_id, coalesce(c.name, ''), p.weight_grams, p.audio_file, "
    "p.audio_seconds, p.status, p.reason, p.deposit_number, p.origin_station, p.audio_remote, "
    "p.decided_by, p.decided_utc, p.decided_station, p.conflict FROM telegram_pending_deposit p "
    "LEFT "
    "JOIN app_user u ON u.id = p.user_id LEFT JOIN category c ON c.id = p.category_id ");

PendingDeposit fromRow(const QSqlQuery &q)
{
    PendingDeposit d;
    d.id = q.value(0).toLongLong();
    d.updateId = q.value(1).toLongLong();
    d.kind = q.value(2).toString() == QLatin1String("voice") ? PendingDeposit::Kind::Voice
                                                             : PendingDeposit::Kind::Text;
    d.telegramId = q.value(3).toString();
    d.chatId = q.value(4).toString();
    d.userId = q.value(5).toString();
    d.personName = q.value(6).toString();
    d.receivedUtc = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    d.categoryId = q.value(8).toString();
    d.categoryName = q.value(9).toString();
    d.weightGrams = q.value(10).toLongLong();
    d.audioFile = q.value(11).toString();
    d.audioSeconds = q.value(12).toInt();
    const QString status = q.value(13).toString();
    d.status = status == QLatin1String("validated")
        ? PendingDeposit::Status::Validated
        : (status == QLatin1String("rejected") ? PendingDeposit::Status::Rejected
                                               : PendingDeposit::Status::Pending);
    d.reason = q.value(14).toString();
    d.depositNumber = q.value(15).toString();
    d.originStation = q.value(16).toString();
    d.audioRemote = q.value(17).toString();
    d.decidedBy = q.value(18).toString();
    d.decidedUtc = QDateTime::fromString(q.value(19).toString(), Qt::ISODateWithMs);
    d.decidedStation = q.value(20).toString();
    d.conflict = q.value(21).toString();
    return d;
}

QString kilograms(qint64 grams)
{
    return QLocale(QLocale::French).toString(double(grams) / 1000.0, 'f', 3);
}

} // namespace

PendingDeposits::PendingDeposits(Store &store)
    : m_store(store)
{
}

Result<PendingDeposit> PendingDeposits::add(const PendingDeposit &announced, bool &added)
{
    added = false;
    Database &db = m_store.db();
    QSqlQuery &insert = db.prepared(QStringLiteral(
        "INSERT INTO telegram_pending_deposit (update_id, kind, telegram_id, chat_id, user_id, "
        "received_utc, category_id, weight_grams, audio_file, audio_seconds, audio_remote) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (update_id, telegram_id) DO NOTHING"));
    if (auto r = db.exec(insert,
            {announced.updateId,
                announced.kind == PendingDeposit::Kind::Voice ? QStringLiteral("voice")
                                                              : QStringLiteral("text"),
                announced.telegramId, announced.chatId, announced.userId,
                m_store.clock().nowUtc().toString(Qt::ISODateWithMs), announced.categoryId,
                announced.weightGrams, announced.audioFile, announced.audioSeconds,
                announced.audioRemote});
        !r)
        return r.error();
    added = insert.numRowsAffected() == 1;
    insert.finish();
    QSqlQuery &q = db.prepared(QStringLiteral("SELECT id FROM telegram_pending_deposit WHERE "
                                              "update_id = ? AND telegram_id = ?"));
    if (auto r = db.exec(q, {announced.updateId, announced.telegramId}); !r)
        return r.error();
    if (!q.next())
        return makeError(ErrorCode::StorageFailure, tr("The deposit could not be kept."));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return find(id);
}

Result<bool> PendingDeposits::known(qint64 updateId, const QString &telegramId) const
{
    Database &db = m_store.db();
    QSqlQuery &q = db.prepared(QStringLiteral(
        "SELECT 1 FROM telegram_pending_deposit WHERE update_id = ? AND telegram_id = ?"));
    if (auto r = db.exec(q, {updateId, telegramId}); !r)
        return r.error();
    const bool found = q.next();
    q.finish();
    return found;
}

Result<QList<PendingDeposit>> PendingDeposits::pending() const
{
    return list(QStringLiteral("p.status = 'pending'"));
}

Result<QList<PendingDeposit>> PendingDeposits::list(const QString &condition) const
{
    Database &db = m_store.db();
    QSqlQuery &q = db.prepared(QStringLiteral("SELECT ") + columns + QStringLiteral("WHERE ")
        + condition + QStringLiteral(" ORDER BY p.id"));
    if (auto r = db.exec(q); !r)
        return r.error();
    QList<PendingDeposit> found;
    while (q.next())
        found << fromRow(q);
    q.finish();
    return found;
}

Result<PendingDeposit> PendingDeposits::find(qint64 id) const
{
    Database &db = m_store.db();
    QSqlQuery &q =
        db.prepared(QStringLiteral("SELECT ") + columns + QStringLiteral("WHERE p.id = ?"));
    if (auto r = db.exec(q, {id}); !r)
        return r.error();
    if (!q.next())
        return makeError(
            ErrorCode::NotFound, tr("No deposit received by Telegram with that number."));
    PendingDeposit found = fromRow(q);
    q.finish();
    return found;
}

Result<Deposit> PendingDeposits::validate(const Actor &actor, qint64 id,
    const DepositLineDraft &line, const std::optional<Unlock> &unlock)
{
    if (auto allowed = Users(m_store).require(actor, Permission::RecordDeposit); !allowed)
        return allowed.error();
    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    auto announced = find(id);
    if (!announced)
        return announced.error();
    if (announced->status != PendingDeposit::Status::Pending)
        return makeError(ErrorCode::InvalidInput, tr("This deposit has already been checked."));
    DepositDraft draft;
    draft.lines = {line};
    draft.note = announced->personName.isEmpty()
        ? tr("Received by Telegram")
        : tr("Received by Telegram from %1").arg(announced->personName);
    auto made = Deposits(m_store).record(actor, draft, unlock);
    if (!made) {
        // What record() keeps outside its own transaction (a wrong unlock PIN, audited) stays.
        (void)transaction.commit();
        return made.error();
    }
    QSqlQuery &update = db.prepared(QStringLiteral(
        "UPDATE telegram_pending_deposit SET status = 'validated', deposit_number = ?, "
        "decided_by = ?, decided_utc = ?, category_id = ?, weight_grams = ? WHERE id = ? AND "
        "status = 'pending'"));
    if (auto r = db.exec(update,
            {made->stamp.number, actor.userId, m_store.clock().nowUtc().toString(Qt::ISODateWithMs),
                line.categoryId, line.weightGrams, id});
        !r)
        return r.error();
    if (auto audited = AuditLog(m_store).record(actor.userId,
            QStringLiteral("telegram.deposit-validated"), made->stamp.number,
            {{QStringLiteral("pending"), id}, {QStringLiteral("update_id"), announced->updateId},
                {QStringLiteral("sender"), announced->userId}});
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return *made;
}

Result<void> PendingDeposits::reject(const Actor &actor, qint64 id, const QString &reason)
{
    if (auto allowed = Users(m_store).require(actor, Permission::RecordDeposit); !allowed)
        return allowed;
    const QString why = reason.simplified().left(200);
    if (why.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Say why the deposit is rejected."));
    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    auto announced = find(id);
    if (!announced)
        return announced.error();
    if (announced->status != PendingDeposit::Status::Pending)
        return makeError(ErrorCode::InvalidInput, tr("This deposit has already been checked."));
    QSqlQuery &update = db.prepared(QStringLiteral(
        "UPDATE telegram_pending_deposit SET status = 'rejected', reason = ?, decided_by = ?, "
        "decided_utc = ? WHERE id = ? AND status = 'pending'"));
    if (auto r = db.exec(
            update, {why, actor.userId, m_store.clock().nowUtc().toString(Qt::ISODateWithMs), id});
        !r)
        return r;
    if (auto audited = AuditLog(m_store).record(actor.userId,
            QStringLiteral("telegram.deposit-rejected"), QString::number(id),
            {{QStringLiteral("update_id"), announced->updateId},
                {QStringLiteral("sender"), announced->userId}, {QStringLiteral("reason"), why}});
        !audited)
        return audited;
    return transaction.commit();
}

Result<QList<PendingDeposit>> PendingDeposits::repliesDue() const
{
    return list(
        QStringLiteral("p.status <> 'pending' AND p.reply_sent = 0 AND p.origin_station = ''"));
}

QString PendingDeposits::retentionStart(Store &store)
{
    return store.clock().nowUtc().addDays(-audioRetentionDays).toString(Qt::ISODateWithMs);
}

Result<int> PendingDeposits::removeOldAudio()
{
    const QString before = retentionStart(m_store);
    Database &db = m_store.db();
    QSqlQuery &q = db.prepared(QStringLiteral(
        "SELECT id, audio_file FROM telegram_pending_deposit WHERE status <> 'pending' AND "
        "audio_file <> '' AND decided_utc <> '' AND decided_utc < ?"));
    if (auto r = db.exec(q, {before}); !r)
        return r.error();
    QList<std::pair<qint64, QString>> old;
    while (q.next())
        old.append({q.value(0).toLongLong(), q.value(1).toString()});
    q.finish();
    int removed = 0;
    for (const auto &[id, file] : std::as_const(old)) {
        // A file already gone (removed by hand) is forgotten all the same.
        if (QFile::exists(file) && !QFile::remove(file))
            continue; // tried again at the next pass
        QSqlQuery &forget = db.prepared(
            QStringLiteral("UPDATE telegram_pending_deposit SET audio_file = '' WHERE id = ?"));
        if (auto r = db.exec(forget, {id}); !r)
            return r.error();
        ++removed;
    }
    return removed;
}

Result<void> PendingDeposits::markReplied(qint64 id)
{
    Database &db = m_store.db();
    QSqlQuery &q = db.prepared(
        QStringLiteral("UPDATE telegram_pending_deposit SET reply_sent = 1 WHERE id = ?"));
    return db.exec(q, {id});
}

QString PendingDeposits::replyFor(const PendingDeposit &deposit, const QTimeZone &timeZone)
{
    const QString what = deposit.kind == PendingDeposit::Kind::Voice
        ? tr("your voice message of %1")
        : tr("your deposit of %1");
    const QString when =
        deposit.receivedUtc.toTimeZone(timeZone).toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    if (deposit.status == PendingDeposit::Status::Rejected)
        return tr("The reception rejected %1: %2").arg(what.arg(when), deposit.reason);
    return tr("The reception validated %1: deposit %2, %3, %4 kg.")
        .arg(what.arg(when), deposit.depositNumber, deposit.categoryName,
            kilograms(deposit.weightGrams));
}

} // namespace recaisse::core::notify
