#pragma once

// The shop's Telegram bot (opt-in, run by one station): /statut (registers open, the day's
// takings and tickets, the last sync) for the managers (administrators and supervisors), /depot
// (a deposit received from a person who may record deposits, kept pending until the reception
// validates or rejects it, see PendingDeposits; an update delivered twice is kept once),
// /aide for every whitelisted person. Only Telegram ids given to an active person
// of the shop are answered; anyone else gets no reply and no data. Each update is handled once
// (its id is kept), each command answered is an audit event (telegram.command). Polled with a
// bounded getUpdates (no long wait) in the report worker's passes.

#include "core/domain.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace recaisse::core {
class Store;
}

namespace recaisse::core::sync {
class TelegramNotifier;
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

    // Tells the senders of the deposits decided since the last pass, at once (a decision just
    // made at this station's reception); how many were told. Needs the bot token.
    Result<int> tellDecisions();

    // The answer to one command from the person with that Telegram id; empty when nobody of the
    // shop has the id (no reply at all).
    // updateId: the Bot API update's id (a /depot is kept once per update); chatId: where the
    // bot tells the sender that the reception validated or rejected it (default: the person's
    // private chat, whose id is theirs).
    QString answer(const QString &telegramId, const QString &text, qint64 updateId,
        const QString &chatId = {});

    static constexpr qint64 maxDepositGrams = 1'000'000; // 1 t
    // A voice deposit: at most 2 minutes and 1 MiB (Telegram's Opus voice is about 2 kB/s).
    static constexpr int maxVoiceSeconds = 120;
    static constexpr qsizetype maxVoiceBytes = 1024 * 1024;

    // Where this station keeps the voice messages: "audio" beside its database.
    static QString audioFolder(Store &store);

private:
    // The active person of the shop with that Telegram id.
    std::optional<Actor> person(const QString &telegramId);
    // A voice message (the update's "voice" object): fetched, checked (an Ogg/Opus file within
    // the bounds), kept in audioFolder(), queued for the drive's audio/ folder, and a pending
    // deposit "voice message to complete" made; the reply to send (empty: no reply).
    QString voice(const QString &telegramId, const QString &chatId, qint64 updateId,
        const QJsonObject &voice, const sync::TelegramNotifier &bot);
    QString voiceDeposit(const Actor &actor, const QString &telegramId, const QString &chatId,
        qint64 updateId, const QJsonObject &voice, const sync::TelegramNotifier &bot,
        bool &recorded);
    // recorded: the deposit was made (and the command audited with it).
    QString deposit(const Actor &actor, const QString &telegramId, const QString &chatId,
        const QString &text, qint64 updateId, bool &recorded);
    // Tells the senders of the deposits the reception validated or rejected since; how many.
    int sendDecisions(const sync::TelegramNotifier &bot);

    Store &m_store;
};

} // namespace recaisse::core::notify
