// Schema step 3 (user_version 2 -> 3): the Ecologic exports: schedules and run history.

#include <QStringList>

namespace recaisse::core {

QStringList exportsSchema()
{
    return {
        // The declaration reads one period of sales and deposits of every station: without this
        // index SQLite scans the whole document table (document_day starts with station_id).
        QStringLiteral("CREATE INDEX document_kind_day ON document (kind, business_day)"),
        QStringLiteral(R"(CREATE TABLE export_schedule (
            id INTEGER PRIMARY KEY,
            format TEXT NOT NULL DEFAULT 'ecologic-v1',
            kind TEXT NOT NULL CHECK (kind IN ('daily', 'weekly', 'monthly', 'quarterly', 'cron')),
            at_time TEXT NOT NULL DEFAULT '06:00',
            day INTEGER NOT NULL DEFAULT 1 CHECK (day BETWEEN 1 AND 31),
            cron TEXT NOT NULL DEFAULT '',
            covers TEXT NOT NULL CHECK (covers IN ('day', 'week', 'month', 'quarter', 'year')),
            active INTEGER NOT NULL DEFAULT 1,
            created_by TEXT NOT NULL,
            created_utc TEXT NOT NULL,
            next_run_utc TEXT NOT NULL,
            last_run_utc TEXT,
            last_status TEXT NOT NULL DEFAULT '',
            last_file TEXT NOT NULL DEFAULT ''))"),
        // Every export run, by hand or scheduled, successful or not.
        QStringLiteral(R"(CREATE TABLE export_run (
            id INTEGER PRIMARY KEY,
            format TEXT NOT NULL DEFAULT 'ecologic-v1',
            schedule_id INTEGER,
            at_utc TEXT NOT NULL,
            actor_id TEXT NOT NULL,
            period_from TEXT NOT NULL,
            period_to TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
            file TEXT NOT NULL DEFAULT '',
            message TEXT NOT NULL DEFAULT '',
            warnings TEXT NOT NULL DEFAULT '[]'))"),
        QStringLiteral("CREATE INDEX export_run_at ON export_run (at_utc)"),
    };
}

} // namespace recaisse::core
