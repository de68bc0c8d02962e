// Schema step: the deposits announced to the Telegram bot and not yet checked at reception. A
// mutable table outside the chain: a pending deposit is no document and counts in no figure until
// the reception validates it (which records the real deposit) or rejects it.

#include <QStringList>

namespace recaisse::core {

QStringList telegramPendingDepositsSchema()
{
    return {
        QStringLiteral(R"(CREATE TABLE telegram_pending_deposit (
            id INTEGER PRIMARY KEY,
            update_id INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('text', 'voice')),
            telegram_id TEXT NOT NULL,
            chat_id TEXT NOT NULL,
            user_id TEXT NOT NULL,
            received_utc TEXT NOT NULL,
            category_id TEXT NOT NULL DEFAULT '',
            weight_grams INTEGER NOT NULL DEFAULT 0 CHECK (weight_grams >= 0),
            audio_file TEXT NOT NULL DEFAULT '',
            audio_seconds INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'validated', 'rejected')),
            reason TEXT NOT NULL DEFAULT '',
            deposit_number TEXT NOT NULL DEFAULT '',
            decided_by TEXT NOT NULL DEFAULT '',
            decided_utc TEXT NOT NULL DEFAULT '',
            reply_sent INTEGER NOT NULL DEFAULT 0 CHECK (reply_sent IN (0, 1)),
            UNIQUE (update_id, telegram_id)))"),
        QStringLiteral(
            "CREATE INDEX telegram_pending_deposit_status ON telegram_pending_deposit (status)"),
    };
}

} // namespace recaisse::core

namespace recaisse::core {

// Schema step: the pending deposits travel between stations (PendingDepositExchange). A row is
// either announced to this station's bot (origin_station empty) or to another station's, learnt
// from its sealed file on the drive (audio_remote: its voice message on the drive, fetched into
// audio_file). decided_station: where it was validated or rejected (empty: here). conflict: a
// second decision made elsewhere for a deposit already decided (two stations offline).
QStringList telegramPendingDepositsTravel()
{
    return {
        QStringLiteral("ALTER TABLE telegram_pending_deposit ADD COLUMN origin_station TEXT NOT "
                       "NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE telegram_pending_deposit ADD COLUMN audio_remote TEXT NOT "
                       "NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE telegram_pending_deposit ADD COLUMN decided_station TEXT NOT "
                       "NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE telegram_pending_deposit ADD COLUMN conflict TEXT NOT NULL "
                       "DEFAULT ''"),
        QStringLiteral("ALTER TABLE telegram_pending_deposit ADD COLUMN drive_audio_removed "
                       "INTEGER NOT NULL DEFAULT 0"),
    };
}

} // namespace recaisse::core
