#pragma once

// The shop's Telegram bot (opt-in, run by one station): /statut (registers open, the day's
// takings and tickets, the last sync) for the managers (administrators and supervisors), /depot
// (a deposit received, recorded for the person who may record deposits, its note saying it came
// by Telegram and is to be checked at reception; an update delivered twice is recorded once),
// /aide for every whitelisted person. Only Telegram ids given to an active person
// of the shop are answered; anyone else gets no reply and no data. Each update is handled once
// (its id is kept), each command answered is an audit event (telegram.command). Polled with a
// bounded getUpdates (no long wait) in the report worker's passes.

#include "core/domain.h"
#include "core/result.h"

#include <QCoreApplication>

namespace recaisse::core {
class Store;
}

namespace recaisse::core::notify {

class TelegramBot
{
    Q_DECLARE_TR_FUNCTIONS(TelegramBot)

public:
    explicit TelegramBot(Store &store);

    // Whether this station answers the bot's commands (sync_state "telegram_commands").
    static bool enabled(Store &store);
    // By an administrator (ManageSettings), audited.
    static Result<void> setEnabled(Store &store, const Actor &actor, bool on);

    // Fetches the new updates and answers them; the number of commands answered. Needs the bot
    // token in the keychain.
    Result<int> poll();

    // The answer to one command from the person with that Telegram id; empty when nobody of the
    // shop has the id (no reply at all).
    // updateId: the Bot API update's id (a /depot is recorded once per update).
    QString answer(const QString &telegramId, const QString &text, qint64 updateId = 0);

    static constexpr qint64 maxDepositGrams = 1'000'000; // 1 t

    // The deposits recorded by /depot at this station on that business day, oldest first: what
    // the reception checks.
    struct ReceivedDeposit
    {
        QString number;
        QString categoryName;
        qint64 weightGrams = 0;
        QString personName;
    };
    static Result<QList<ReceivedDeposit>> receivedOn(Store &store, const QDate &businessDay);

private:
    // recorded: the deposit was made (and the command audited with it).
    QString deposit(const Actor &actor, const QString &telegramId, const QString &text,
        qint64 updateId, bool &recorded);

    Store &m_store;
};

} // namespace recaisse::core::notify
