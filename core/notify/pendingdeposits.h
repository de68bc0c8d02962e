#pragma once

// The deposits announced to the Telegram bot (/depot or a voice message) and waiting for the
// reception. A pending deposit is kept outside the chain (no document, in no figure); the
// reception volunteer corrects it and validates it, which records the real deposit through
// Deposits::record, or rejects it with a reason. Both are audited; the bot tells the volunteer
// who sent it on its next pass (repliesDue / markReplied).

#include "core/deposits.h"
#include "core/domain.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace recaisse::core {
class Store;
}

namespace recaisse::core::notify {

struct PendingDeposit
{
    enum class Kind { Text, Voice };
    enum class Status { Pending, Validated, Rejected };

    qint64 id = 0;
    qint64 updateId = 0; // the Bot API update: one pending deposit per update
    Kind kind = Kind::Text;
    QString telegramId;
    QString chatId;
    QString userId; // the whitelisted person who sent it
    QString personName;
    QDateTime receivedUtc;
    QString categoryId; // empty for a voice message
    QString categoryName;
    qint64 weightGrams = 0; // 0 for a voice message
    QString audioFile; // a voice message's file, kept by the station
    int audioSeconds = 0;
    Status status = Status::Pending;
    QString reason; // why it was rejected
    QString depositNumber; // the deposit recorded when validated
};

class PendingDeposits
{
    Q_DECLARE_TR_FUNCTIONS(PendingDeposits)

public:
    explicit PendingDeposits(Store &store);

    // Keeps a deposit announced by an update; the same update delivered twice is kept once
    // (added false, and the first one returned).
    Result<PendingDeposit> add(const PendingDeposit &announced, bool &added);

    // Whether that update of that sender is already kept (a voice message is not fetched twice).
    Result<bool> known(qint64 updateId, const QString &telegramId) const;

    // The deposits waiting for the reception, oldest first.
    Result<QList<PendingDeposit>> pending() const;
    Result<PendingDeposit> find(qint64 id) const;

    // Records the real deposit (one line: the checked category, weight and destination) by the
    // reception volunteer; audited (telegram.deposit-validated). unlock: an administrator's
    // confirmation of a weight outside the category's range, as at the deposit screen.
    Result<Deposit> validate(const Actor &actor, qint64 id, const DepositLineDraft &line,
        const std::optional<Unlock> &unlock = std::nullopt);
    // Audited (telegram.deposit-rejected); the reason is told to the volunteer.
    Result<void> reject(const Actor &actor, qint64 id, const QString &reason);

    // The validated or rejected deposits whose sender has not been told yet.
    Result<QList<PendingDeposit>> repliesDue() const;
    Result<void> markReplied(qint64 id);
    // The bot's message to the sender once the deposit is decided.
    static QString replyFor(const PendingDeposit &deposit, const QTimeZone &timeZone);

private:
    // The deposits matching a fixed SQL condition on p (telegram_pending_deposit), oldest first.
    Result<QList<PendingDeposit>> list(const QString &condition) const;

    Store &m_store;
};

} // namespace recaisse::core::notify
