// Schema step 4 (user_version 3 -> 4): the back office: sites and their branding, the Telegram
// whitelist, and the indexes the admin panel's overview and audit trail need on ten years of data.

#include <QStringList>

namespace recaisse::core {

QStringList adminSchema()
{
    return {
        // Branding of a site: shown on the cashier screens and printed on receipts.
        QStringLiteral("ALTER TABLE site ADD COLUMN logo BLOB"),
        QStringLiteral("ALTER TABLE site ADD COLUMN primary_color TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE site ADD COLUMN accent_color TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE site ADD COLUMN receipt_header TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE site ADD COLUMN receipt_footer TEXT NOT NULL DEFAULT ''"),
        // The threshold a new register of the site starts with.
        QStringLiteral("ALTER TABLE site ADD COLUMN default_variance_threshold_cents INTEGER "
                       "NOT NULL DEFAULT 500 CHECK (default_variance_threshold_cents >= 0)"),
        // Telegram chat id of a person allowed to receive notifications ('' = not whitelisted).
        QStringLiteral("ALTER TABLE app_user ADD COLUMN telegram_id TEXT NOT NULL DEFAULT ''"),
        // The audit trail filtered by actor or action, newest first.
        QStringLiteral("CREATE INDEX audit_event_actor ON audit_event (actor_id, at_utc)"),
        QStringLiteral("CREATE INDEX audit_event_action ON audit_event (action, at_utc)"),
        // Session history newest first, and a session's tickets.
        QStringLiteral("CREATE INDEX session_open_cashier ON session_open (cashier_id)"),
    };
}

} // namespace recaisse::core
