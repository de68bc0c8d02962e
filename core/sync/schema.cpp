// Schema step 2 (user_version 1 -> 2): the sync state of a station: the kDrive account, what was
// pushed and confirmed, the error history, and the files waiting to be uploaded.

#include <QStringList>

namespace recaisse::core {

QStringList syncSchema()
{
    return {
        // One account per site (a ressourcerie's kDrive); the password is in the keychain.
        QStringLiteral(R"(CREATE TABLE sync_account (
            site_id TEXT PRIMARY KEY REFERENCES site(id),
            url TEXT NOT NULL,
            user_name TEXT NOT NULL,
            created_utc TEXT NOT NULL))"),
        // Small facts of the worker: pushed_through, last_success_utc, last_error...
        QStringLiteral(
            "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
        // The segments this station published, to notice one that went missing or was truncated
        // on the server and publish it again.
        QStringLiteral(R"(CREATE TABLE sync_segment (
            first_seq INTEGER NOT NULL,
            last_seq INTEGER NOT NULL,
            bytes INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            pushed_utc TEXT NOT NULL,
            PRIMARY KEY (first_seq)) WITHOUT ROWID)"),
        // What each run did, for the sync page and the support: newest first.
        QStringLiteral(R"(CREATE TABLE sync_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at_utc TEXT NOT NULL,
            ok INTEGER NOT NULL,
            failure TEXT NOT NULL DEFAULT '',
            http_status INTEGER NOT NULL DEFAULT 0,
            message TEXT NOT NULL,
            pushed INTEGER NOT NULL DEFAULT 0,
            pulled INTEGER NOT NULL DEFAULT 0,
            bytes_up INTEGER NOT NULL DEFAULT 0,
            duration_ms INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX sync_log_at ON sync_log (at_utc)"),
        // Files to upload (Ecologic exports, reports), kept until the server confirmed them.
        QStringLiteral(R"(CREATE TABLE sync_outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            local_path TEXT NOT NULL,
            remote_path TEXT NOT NULL,
            created_utc TEXT NOT NULL,
            done_utc TEXT))"),
        // When this station last received another station's data (freshness on the dashboards).
        QStringLiteral("ALTER TABLE station ADD COLUMN last_pull_utc TEXT"),
    };
}

// Schema step 5 (user_version 4 -> 5): journal segments encoded ahead of the network. The worker
// seals each full segment as soon as the journal holds it, online or not, so that a station
// coming back after weeks offline only uploads. A row goes away once the server confirmed it.
QStringList syncSealedSchema()
{
    return {
        QStringLiteral(R"(CREATE TABLE sync_sealed (
            first_seq INTEGER PRIMARY KEY,
            last_seq INTEGER NOT NULL,
            data BLOB NOT NULL,
            sha256 TEXT NOT NULL))"),
    };
}

// The signing keys a restore replaced (StationRegistry::replaceKeys): each still opens its
// station's journal up to journal_through.
QStringList stationRetiredKeysSchema()
{
    return {
        QStringLiteral(R"(CREATE TABLE station_retired_key (
            station_id TEXT NOT NULL,
            signing_public TEXT NOT NULL,
            journal_through INTEGER NOT NULL CHECK (journal_through >= 0),
            retired_utc TEXT NOT NULL,
            PRIMARY KEY (station_id, signing_public)) WITHOUT ROWID)"),
    };
}

} // namespace recaisse::core

namespace recaisse::core {

// Schema step "station registry" (appended after the last step; the lead numbers it at merge):
// every station of the site with its public keys (Ed25519 to check what it signs, X25519 to wrap
// the site key for it), whether it is an administration station, and its revocation. Part of the
// published configuration, so every station knows every key (docs/protocol-encryption.md).
QStringList stationRegistrySchema()
{
    return {
        QStringLiteral(R"(CREATE TABLE station_registry (
            station_id TEXT PRIMARY KEY,
            code TEXT NOT NULL,
            signing_public TEXT NOT NULL,
            agreement_public TEXT NOT NULL,
            admin_station INTEGER NOT NULL DEFAULT 0 CHECK (admin_station IN (0, 1)),
            registered_utc TEXT NOT NULL,
            registered_by TEXT NOT NULL DEFAULT '',
            revoked_utc TEXT) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX station_registry_code ON station_registry (code)"),
    };
}

// The sync history also holds the Google Sheets runs (sheets.h): each run says what it was.
QStringList sheetsSyncLogSchema()
{
    return {
        QStringLiteral("ALTER TABLE sync_log ADD COLUMN kind TEXT NOT NULL DEFAULT 'drive'"),
    };
}

} // namespace recaisse::core
