#pragma once

// The deposits announced to the Telegram bot (/depot or a voice message) and waiting for the
// reception. A pending deposit is kept outside the chain (no document, in no figure); the
// reception volunteer corrects it and validates it, which records the real deposit through
// Deposits::record, or rejects it with a reason. Both are audited; the bot tells the volunteer
// who sent it on its next pass (repliesDue / markReplied), or at once when the decision is made
// on the bot's own station (ReportService::tellDecisions).
//
// The deposits travel between stations (PendingDepositExchange): the bot's station announces
// them on the drive and the reception that checks them may be another station, whose decision
// comes back the same way. A decided deposit's voice message is removed from the station (and,
// by the bot's station, from the drive) audioRetentionDays after the decision.

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
    QString originStation; // the station whose bot received it; empty: this one
    QString audioRemote; // where its voice message is on the drive ("audio/<name>")
    QString decidedBy; // the reception volunteer who validated or rejected it
    QDateTime decidedUtc;
    QString decidedStation; // where it was decided; empty: this station
    QString conflict; // a second decision made elsewhere (two stations offline), as told
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

    // How long a decided deposit's voice message is kept: the time to hear it again if the
    // volunteer or the manager asks about the decision.
    static constexpr int audioRetentionDays = 30;
    // The instant audioRetentionDays ago, as decided_utc is stored: a deposit decided before it
    // is past the retention.
    static QString retentionStart(Store &store);
    // Removes the voice messages of deposits decided more than audioRetentionDays ago from this
    // station (the rows stay, without their file); the number of files removed.
    Result<int> removeOldAudio();

    // The validated or rejected deposits received by this station's bot whose sender has not
    // been told yet.
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
