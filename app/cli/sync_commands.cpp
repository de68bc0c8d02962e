// recaisse-cli sync, join, backup and restore: the kDrive side of a station.

#include "cli.h"
#include "core/store.h"
#include "core/sync/account.h"
#include "core/sync/backup.h"
#include "core/sync/joinshop.h"
#include "core/sync/siteconfig.h"
#include "core/sync/syncengine.h"

#include <QFileInfo>
#include <QJsonObject>

namespace recaisse::cli {

using namespace recaisse::core;
using namespace recaisse::core::sync;

const char syncHelp[] = R"(
kDrive / WebDAV (the password is read from standard input and kept in the system keychain; --user
is the drive's account, --admin NAME the administrator who acts, their PIN in RECAISSE_PIN)
  sync account --url URL --user USER --password-stdin --admin NAME [--no-test] [--create-folder]
                                        --create-folder: create the address's folder (and its
                                        parents) when the drive does not have it; the address
                                        holds no user:password@
  sync test [--create-folder]           check the account and create the folder structure
  sync now [--json]                     push this station's journal, pull the others'; exit 0
                                        only when everything pending went through
  sync status [--json]                  pending_records, last_success_utc, last_error...
  join --url URL --user USER --password-stdin --station CODE [--kind register|reception|backoffice]
                                        create --db as a new station of the shop on the drive
  backup now --user NAME                upload a snapshot of this station to backups/ (admin)
  restore --from-webdav --station CODE --url URL --user USER --password-stdin --admin NAME
                                        create --db as that station, restored from the drive,
                                        when --admin is an administrator of the restored station
)";

namespace {

template<typename T>
T takeRemote(RemoteResult<T> result)
{
    if (!result)
        throw Failed(result.error().message);
    return std::move(result).value();
}

void takeRemote(const RemoteResult<void> &result)
{
    if (!result)
        throw Failed(result.error().message);
}

// The administrator named by --admin (sync account: --user is the drive's account).
Actor administratorOf(Store &store, const Options &options)
{
    const QString name = required(options, "admin");
    return signIn(store, name, pinOf(options, PinRole::Actor));
}

// The account named on the command line, with its password from standard input (after the PINs
// of --pins-stdin: ask for them first).
std::pair<AccountSettings, QString> accountFromOptions(const Options &options)
{
    if (!options.has(QStringLiteral("password-stdin")))
        throw Failed(QStringLiteral("%1 needs --password-stdin (the password is never an argument)")
                         .arg(options.command),
            Usage);
    const AccountSettings settings =
        take(SyncAccount::validate(required(options, "url"), required(options, "user")));
    return {settings, readSecretFromStdin(QStringLiteral("the password"))};
}

// Tests the connection; a missing folder is created with --create-folder, named otherwise.
void connectCreatingFolder(WebDavClient &client, const Options &options)
{
    const auto connected = client.testConnection();
    if (connected)
        return;
    if (!WebDavClient::isMissingFolder(connected.error()))
        throw Failed(connected.error().message);
    if (!options.has(QStringLiteral("create-folder")))
        throw Failed(connected.error().message
            + QStringLiteral("; add --create-folder to create it (and its parents)"));
    takeRemote(client.createRootFolder());
    takeRemote(client.testConnection());
    out() << "folder created" << Qt::endl;
}

QString iso(const QDateTime &utc)
{
    return utc.isValid() ? isoUtc(utc) : QString();
}

int printReport(const SyncReport &report, const Options &options)
{
    if (options.json)
        printJson({{QStringLiteral("ok"), report.ok()},
            {QStringLiteral("pushed_records"), report.pushedRecords},
            {QStringLiteral("pulled_records"), report.pulledRecords},
            {QStringLiteral("segments_up"), report.segmentsUp},
            {QStringLiteral("bytes_up"), report.bytesUp},
            {QStringLiteral("bytes_down"), report.bytesDown},
            {QStringLiteral("files_uploaded"), report.filesUploaded},
            {QStringLiteral("error"), report.error.message},
            {QStringLiteral("failure"), toKey(report.error.failure)}});
    if (!report.ok())
        throw Failed(report.error.message);
    if (!options.json)
        out() << "sync: " << report.pushedRecords << " record(s) sent, " << report.pulledRecords
              << " received" << Qt::endl;
    return Success;
}

int syncCommand(const Options &options)
{
    SystemClock clock;
    const QString sub = options.subcommand();
    if (sub.isEmpty())
        throw Failed(QStringLiteral("sync needs account, test, now or status"), Usage);
    const auto store = openStore(options, clock);

    if (sub == QLatin1String("account")) {
        const Actor actor = administratorOf(*store, options);
        const auto [settings, password] = accountFromOptions(options);
        if (!options.has(QStringLiteral("no-test"))) {
            WebDavClient client(DavAccount{settings.url, settings.user, password});
            connectCreatingFolder(client, options);
            takeRemote(SyncEngine(*store, client).prepareFolders());
        }
        take(SyncAccount::save(*store, actor, settings, password));
        out() << "account saved: " << settings.user << " at " << settings.url << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("test")) {
        auto client = take(SyncAccount::connect(*store));
        connectCreatingFolder(*client, options);
        takeRemote(SyncEngine(*store, *client).prepareFolders());
        out() << "connection ok" << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("now")) {
        auto client = take(SyncAccount::connect(*store));
        SyncEngine engine(*store, *client);
        engine.setConfigSteps(&SiteConfig::publish, &SiteConfig::applyLatest);
        return printReport(engine.run(), options);
    }
    if (sub == QLatin1String("status")) {
        const SyncStatus status = take(SyncEngine::status(*store));
        if (options.json) {
            printJson({{QStringLiteral("configured"), status.configured},
                {QStringLiteral("url"), status.url}, {QStringLiteral("user"), status.user},
                {QStringLiteral("pending_records"), status.pendingRecords},
                {QStringLiteral("pending_files"), status.pendingFiles},
                {QStringLiteral("last_success_utc"), iso(status.lastSuccessUtc)},
                {QStringLiteral("last_attempt_utc"), iso(status.lastAttemptUtc)},
                {QStringLiteral("failing_since_utc"), iso(status.failingSinceUtc)},
                {QStringLiteral("last_error"), status.lastError},
                {QStringLiteral("last_failure"), toKey(status.lastFailure)},
                {QStringLiteral("last_backup_utc"), iso(status.lastBackupUtc)}});
        } else {
            out() << (status.configured ? status.url : QStringLiteral("no account")) << Qt::endl
                  << "pending records: " << status.pendingRecords << Qt::endl
                  << "last success: "
                  << (status.lastSuccessUtc.isValid() ? iso(status.lastSuccessUtc)
                                                      : QStringLiteral("never"))
                  << Qt::endl;
            if (!status.lastError.isEmpty())
                out() << "last error: " << status.lastError << Qt::endl;
        }
        return Success;
    }
    throw Failed(QStringLiteral("unknown sync command \"%1\"").arg(sub.left(40)), Usage);
}

int joinCommand(const Options &options)
{
    if (!options.positionals.isEmpty())
        throw Failed(
            QStringLiteral("unexpected argument \"%1\"").arg(options.positionals.first().left(80)),
            Usage);
    SystemClock clock;
    const QString path = databasePath(options);
    if (QFileInfo::exists(path))
        throw Failed(
            QStringLiteral("%1 already exists: join creates a new station file").arg(path));
    const auto [settings, password] = accountFromOptions(options);
    StationKind kind = StationKind::Register;
    if (options.has(QStringLiteral("kind"))) {
        const auto parsed = stationKindFromKey(options.value(QStringLiteral("kind")));
        if (!parsed)
            throw Failed(QStringLiteral("the kind is register, reception or backoffice"), Usage);
        kind = *parsed;
    }
    WebDavClient client(DavAccount{settings.url, settings.user, password});
    const JoinedShop joined = takeRemote(
        joinShop(client, settings, password, path, required(options, "station"), kind, clock));
    out() << "joined " << joined.store->site().name << " as " << joined.store->station().code
          << Qt::endl;
    if (!joined.firstSync.ok())
        throw Failed(
            QStringLiteral("joined, but the first sync failed: ") + joined.firstSync.error.message);
    return Success;
}

int backupCommand(const Options &options)
{
    if (options.subcommand() != QLatin1String("now"))
        throw Failed(QStringLiteral("backup needs now"), Usage);
    SystemClock clock;
    const auto store = openStore(options, clock);
    const Actor actor = actorOf(*store, options);
    auto client = take(SyncAccount::connect(*store));
    const QString path = takeRemote(Backup::upload(*store, actor, *client));
    out() << "backup " << path << Qt::endl;
    return Success;
}

int restoreCommand(const Options &options)
{
    if (!options.has(QStringLiteral("from-webdav")))
        throw Failed(QStringLiteral("restore needs --from-webdav"), Usage);
    SystemClock clock;
    const QString path = databasePath(options);
    if (QFileInfo::exists(path))
        throw Failed(
            QStringLiteral("%1 already exists: restore creates a new station file").arg(path));
    const QString station = required(options, "station");
    // Nobody of this PC can vouch for the restore: --admin must be an administrator of the
    // restored station, checked there before the file is kept.
    const QString admin = required(options, "admin");
    const RestoringUser by{admin, pinOf(options, PinRole::Actor)};
    const auto [settings, password] = accountFromOptions(options);
    WebDavClient client(DavAccount{settings.url, settings.user, password});
    auto store = takeRemote(Backup::restore(client, station, path, clock, by));
    take(SyncAccount::save(*store, settings, password));
    out() << "restored " << store->station().code << " into " << path << Qt::endl;
    return Success;
}

} // namespace

void addSyncCommands(CommandTable &table)
{
    table.insert(QStringLiteral("sync"), syncCommand);
    table.insert(QStringLiteral("join"), joinCommand);
    table.insert(QStringLiteral("backup"), backupCommand);
    table.insert(QStringLiteral("restore"), restoreCommand);
}

} // namespace recaisse::cli
