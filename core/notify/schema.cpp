// Schema step: notifications per event type (what is watched, who is told, quiet hours and the
// rule's thresholds) and the log of every notification sent, failed or held back by the rate
// limit.

#include <QStringList>

namespace recaisse::core {

QStringList notifySchema()
{
    return {
        QStringLiteral(R"(CREATE TABLE notify_rule (
            event TEXT PRIMARY KEY,
            enabled INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
            telegram_chats TEXT NOT NULL DEFAULT '',
            emails TEXT NOT NULL DEFAULT '',
            quiet_from TEXT NOT NULL DEFAULT '',
            quiet_to TEXT NOT NULL DEFAULT '',
            threshold INTEGER NOT NULL DEFAULT 0 CHECK (threshold >= 0),
            window_days INTEGER NOT NULL DEFAULT 0 CHECK (window_days >= 0),
            since_utc TEXT NOT NULL,
            updated_utc TEXT NOT NULL))"),
        // One row per notification and recipient.
        QStringLiteral(R"(CREATE TABLE notify_log (
            id INTEGER PRIMARY KEY,
            at_utc TEXT NOT NULL,
            event TEXT NOT NULL,
            event_key TEXT NOT NULL,
            channel TEXT NOT NULL CHECK (channel IN ('telegram', 'email')),
            target TEXT NOT NULL,
            result TEXT NOT NULL CHECK (result IN ('sent', 'failed', 'rate-limited')),
            detail TEXT NOT NULL DEFAULT '',
            message TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX notify_log_key ON notify_log (event, event_key)"),
        QStringLiteral("CREATE INDEX notify_log_at ON notify_log (at_utc)"),
    };
}

} // namespace recaisse::core
