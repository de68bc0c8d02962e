// Schema step: the site's mail account (its password is in the keychain), the scheduled e-mail
// reports, and the log of every sending attempt.

#include <QStringList>

namespace recaisse::core {

namespace {

// The scheduled reports' table, under that name, with those formats allowed.
QString mailReportTable(const QString &name, const QString &formats)
{
    return QStringLiteral(R"(CREATE TABLE %1 (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL COLLATE NOCASE UNIQUE,
            type TEXT NOT NULL CHECK (type IN ('sales-journal', 'sessions', 'deposits', 'ecologic', 'kpi')),
            frequency TEXT NOT NULL,
            recipients TEXT NOT NULL,
            format TEXT NOT NULL CHECK (format IN (%2)),
            station_code TEXT NOT NULL DEFAULT '',
            cashier TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL DEFAULT '',
            enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
            created_by TEXT NOT NULL,
            created_utc TEXT NOT NULL,
            next_run_utc TEXT NOT NULL,
            pending_from TEXT NOT NULL DEFAULT '',
            pending_to TEXT NOT NULL DEFAULT '',
            last_run_utc TEXT NOT NULL DEFAULT '',
            last_result TEXT NOT NULL DEFAULT '',
            last_answer TEXT NOT NULL DEFAULT ''))")
        .arg(name, formats);
}

} // namespace

QStringList mailSchema()
{
    return {
        QStringLiteral(R"(CREATE TABLE mail_account (
            site_id TEXT PRIMARY KEY REFERENCES site(id),
            host TEXT NOT NULL,
            port INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
            security TEXT NOT NULL CHECK (security IN ('plain', 'starttls', 'tls')),
            user_name TEXT NOT NULL DEFAULT '',
            from_address TEXT NOT NULL,
            ca_file TEXT NOT NULL DEFAULT '',
            updated_utc TEXT NOT NULL))"),
        mailReportTable(QStringLiteral("mail_report"), QStringLiteral("'csv', 'xlsx'")),
        // One row per attempt (and per wait for the network, attempt 0: not an attempt).
        QStringLiteral(R"(CREATE TABLE mail_send_log (
            id INTEGER PRIMARY KEY,
            at_utc TEXT NOT NULL,
            report_id INTEGER NOT NULL DEFAULT 0,
            report_name TEXT NOT NULL,
            recipients TEXT NOT NULL,
            attempt INTEGER NOT NULL CHECK (attempt >= 0),
            result TEXT NOT NULL CHECK (result IN ('accepted', 'temporary', 'permanent', 'unreachable', 'refused')),
            code INTEGER NOT NULL DEFAULT 0,
            answer TEXT NOT NULL DEFAULT '',
            size_bytes INTEGER NOT NULL DEFAULT 0,
            file_name TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX mail_send_log_at ON mail_send_log (at_utc)"),
    };
}

// Schema step: the key figures report may be sent as a PDF. SQLite cannot change a CHECK: the
// table is made again with the wider one and its rows copied.
QStringList mailReportPdfSchema()
{
    return {
        mailReportTable(QStringLiteral("mail_report_pdf"), QStringLiteral("'csv', 'xlsx', 'pdf'")),
        QStringLiteral("INSERT INTO mail_report_pdf SELECT * FROM mail_report"),
        QStringLiteral("DROP TABLE mail_report"),
        QStringLiteral("ALTER TABLE mail_report_pdf RENAME TO mail_report"),
    };
}

} // namespace recaisse::core
