// recaisse-cli sync, join, backup and restore: the kDrive side of a station.

#include "cli.h"
#include "core/database.h"
#include "core/demoshop.h"
#include "core/permissions.h"
#include "core/store.h"
#include "core/sync/account.h"
#include "core/sync/backup.h"
#include "core/sync/chainhead.h"
#include "core/sync/joinshop.h"
#include "core/sync/recovery.h"
#include "core/sync/rekey.h"
#include "core/sync/sealedremote.h"
#include "core/sync/siteconfig.h"
#include "core/sync/stationregistry.h"
#include "core/sync/syncengine.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>
#include <QTimeZone>

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
       [--wait SECONDS] [--demo-days N [--seed S]]
                                        ask to join the shop on the drive with the join code in
                                        $RECAISSE_JOIN_CODE; once an administrator approved,
                                        create --db as that new station. Exit 75 "waiting for
                                        approval" when no answer came within --wait (default 0):
                                        run the same command again to continue. --demo-days (the
                                        demo shop only): join as of the day before N demo days
                                        and fill them through yesterday
  join-code [--hours N] --user NAME     (administrator, administration station; PIN in
                                        $RECAISSE_PIN) print a single-use join code, valid N
                                        hours (default 24)
  join-requests --user NAME [--json]    (administrator) sync, then list the stations asking to join
  join-approve --station CODE --user NAME
                                        (administrator, administration station) sync, approve that
                                        station's request (the shop's key goes to it), sync again;
                                        for a request to restore CODE, the station's keys become
                                        the new computer's
  join-refuse --station CODE --user NAME
                                        (administrator) refuse that station's request
  backup now --user NAME                upload a snapshot of this station to backups/ (admin)
  restore --from-webdav --station CODE --url URL --user USER --password-stdin --admin NAME
          [--point NAME] [--wait SECONDS]
                                        create --db as that station, restored from the drive;
                                        needs --admin an administrator of the restored station
                                        (PIN in $RECAISSE_PIN), and either the recovery key of
                                        the recovery kit in $RECAISSE_RECOVERY_KEY or a join code
                                        in $RECAISSE_JOIN_CODE: this computer then asks to
                                        restore CODE, exit 75 "waiting for approval" until an
                                        administrator approves it with join-approve (the lost
                                        computer's keys are then refused); run the same command
                                        again to continue. From the newest restore point, or the
                                        one --point NAME names
  restore --from-webdav --list-points --station CODE --url URL --user USER --password-stdin
          [--wait SECONDS] [--json]     list that station's restore points on the drive (newest
                                        first: name, date, documents) for --point, with the
                                        recovery key or, with a join code, once an administrator
                                        approved this computer's request to restore CODE (the
                                        same request the restore then uses: give the same --db;
                                        exit 75 "waiting for approval" until then)
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
            // The station's identity goes out sealed and signed, like everything else.
            const SiteKeys keys = takeRemote(SealedRemote::keysFor(*store));
            SealedRemote sealed(client, keys, *store);
            takeRemote(SyncEngine(*store, sealed).prepareFolders());
        }
        take(SyncAccount::save(*store, actor, settings, password));
        out() << "account saved: " << settings.user << " at " << settings.url << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("test")) {
        auto client = take(SyncAccount::connect(*store));
        connectCreatingFolder(*client, options);
        const SiteKeys keys = takeRemote(SealedRemote::keysFor(*store));
        SealedRemote sealed(*client, keys, *store);
        takeRemote(SyncEngine(*store, sealed).prepareFolders());
        out() << "connection ok" << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("now")) {
        auto client = takeRemote(SealedRemote::connect(*store));
        SyncEngine engine(*store, *client.sealed);
        engine.setConfigSteps(&SiteConfig::publish, &SiteConfig::applyLatest);
        SyncReport report = engine.run();
        // The chain head goes out with every sync, after what it covers (as the worker does).
        if (report.ok()) {
            if (auto head = ChainHead::publish(*store, *client.sealed); !head)
                report.error = head.error();
        }
        return printReport(report, options);
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

// EX_TEMPFAIL: the request is posted, no administrator answered yet; run again to continue.
constexpr int waitingForApproval = 75;

// When a station joining the demo shop with `demoDays` of demo activity joins: noon, site time,
// the day before them. Refused (nothing created) when the shop is not a demo shop.
QDateTime demoJoinTime(Remote &remote, const SiteKeys &keys, int demoDays)
{
    const SealedRemote::SignerLookup signers =
        takeRemote(SealedRemote::signersFromPublishedConfiguration(remote, keys));
    SealedRemote reading(remote, keys, signers);
    const SiteInfo site = SiteConfig::siteOf(takeRemote(SiteConfig::fetchLatest(reading)));
    if (!site.demo)
        throw Failed(QStringLiteral("--demo-days: %1 is not a demo shop; join it without demo "
                                    "days (the approval is still valid)")
                         .arg(site.name),
            Usage);
    const QTimeZone zone(site.timeZone.toUtf8());
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    return QDateTime(today.addDays(-demoDays - 1), QTime(12, 0), zone).toUTC();
}

// Posts (or resumes) this computer's request and waits up to `waitSeconds` for its approval;
// exit 75 when none came.
JoinStep approvedStep(Remote &remote, const QString &path, const QString &joinCode,
    const QString &station, StationKind kind, const Clock &clock, qint64 waitSeconds, bool restores,
    const QString &onceApproved = QStringLiteral("run the same command again once an "
                                                 "administrator approved it"))
{
    const QDeadlineTimer deadline(waitSeconds * 1000);
    while (true) {
        JoinStep step = takeRemote(requestToJoin(
            remote, path, joinCode, station, kind, clock, JoinKeyStore::keychain(), restores));
        if (step.approved)
            return step;
        if (deadline.hasExpired())
            throw Failed(QStringLiteral("waiting for approval: %1 asked to %2 (fingerprint %3); "
                                        "%4")
                             .arg(step.request.stationCode,
                                 restores ? QStringLiteral("be restored on this computer")
                                          : QStringLiteral("join"),
                                 step.request.fingerprint(), onceApproved),
                waitingForApproval);
        QThread::msleep(quint64(std::min<qint64>(5000, deadline.remainingTime())));
    }
}

qint64 waitOption(const Options &options)
{
    return options.has(QStringLiteral("wait"))
        ? integer(options.value(QStringLiteral("wait")), QStringLiteral("--wait"), 0, 86400)
        : 0;
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
    const QString joinCode = qEnvironmentVariable("RECAISSE_JOIN_CODE");
    if (joinCode.isEmpty())
        throw Failed(QStringLiteral("join needs the join code in RECAISSE_JOIN_CODE (an "
                                    "administrator makes one with join-code)"),
            Usage);
    const auto [settings, password] = accountFromOptions(options);
    StationKind kind = StationKind::Register;
    if (options.has(QStringLiteral("kind"))) {
        const auto parsed = stationKindFromKey(options.value(QStringLiteral("kind")));
        if (!parsed)
            throw Failed(QStringLiteral("the kind is register, reception or backoffice"), Usage);
        kind = *parsed;
    }
    const qint64 waitSeconds = waitOption(options);
    const QString station = required(options, "station");
    const int demoDays = options.has(QStringLiteral("demo-days"))
        ? int(integer(
            options.value(QStringLiteral("demo-days")), QStringLiteral("--demo-days"), 1, 36600))
        : 0;
    const quint32 seed = options.has(QStringLiteral("seed"))
        ? quint32(integer(
            options.value(QStringLiteral("seed")), QStringLiteral("--seed"), 0, 4294967295LL))
        : 1;
    WebDavClient client(DavAccount{settings.url, settings.user, password});
    const JoinStep step =
        approvedStep(client, path, joinCode, station, kind, clock, waitSeconds, false);
    // A station's documents are never dated before its own last one, and its first one is the
    // configuration it applies on joining: a register joining the demo shop with demo days joins
    // as of the day before them, so that they follow it, through yesterday.
    std::optional<ManualClock> demoClock;
    if (demoDays > 0)
        demoClock.emplace(demoJoinTime(client, step.keys, demoDays));
    const Clock &joinClock = demoClock ? static_cast<const Clock &>(*demoClock) : clock;
    const JoinedShop joined =
        takeRemote(completeJoin(client, settings, password, path, step, joinClock));
    out() << "joined " << joined.store->site().name << " as " << joined.store->station().code
          << Qt::endl;
    if (!joined.firstSync.ok())
        throw Failed(
            QStringLiteral("joined, but the first sync failed: ") + joined.firstSync.error.message);
    if (demoClock) {
        demoClock->set(QDateTime::currentDateTimeUtc());
        const DemoShop::Generated generated =
            take(DemoShop(*joined.store, *demoClock).generate(demoDays, seed));
        if (generated.days == 0)
            out() << "no demo day added: the shop is closed on Sundays and Mondays" << Qt::endl;
        else
            out() << "demo activity generated for " << generated.first.toString(Qt::ISODate)
                  << " to " << generated.last.toString(Qt::ISODate) << " (not synced yet)"
                  << Qt::endl;
    }
    return Success;
}

// The administrator's side of a join runs on a synced station: the requests and the stations
// it knows are the drive's latest.
struct AdministrationSession
{
    std::unique_ptr<Store> store;
    Actor actor;
    SealedRemote::Connection client; // the drive through the sealing layer (join/ stays plain)

    explicit AdministrationSession(const Options &options, const Clock &clock)
        : store(openStore(options, clock))
        , actor(actorOf(*store, options))
    {
        if (!permits(actor, Permission::ManageSettings, store->site().id))
            throw Failed(QStringLiteral("%1 is for administrators").arg(options.command));
        client = takeRemote(SealedRemote::connect(*store));
        sync();
    }
    void sync()
    {
        SyncEngine engine(*store, *client.sealed);
        engine.setConfigSteps(&SiteConfig::publish, &SiteConfig::applyLatest);
        const SyncReport report = engine.run();
        // Files refused on the drive are audited and in the sync history; they do not stop an
        // administrator's work (after a restore's approval, the lost station's files are refused
        // until the new computer publishes its own).
        if (!report.ok() && report.error.failure == Failure::Untrusted
            && !report.refusals.isEmpty()) {
            QTextStream(stderr) << "recaisse-cli: warning: refused on the drive: "
                                << report.refusals.join(QStringLiteral("; ")) << Qt::endl;
            return;
        }
        if (!report.ok())
            throw Failed(QStringLiteral("the sync failed: ") + report.error.message);
    }
};

int joinCodeCommand(const Options &options)
{
    SystemClock clock;
    const auto store = openStore(options, clock);
    const Actor actor = actorOf(*store, options);
    const int hours = options.has(QStringLiteral("hours"))
        ? int(integer(
            options.value(QStringLiteral("hours")), QStringLiteral("--hours"), 1, maxJoinCodeHours))
        : defaultJoinCodeHours;
    const JoinCode code = take(JoinCodes(*store).generate(actor, hours));
    if (options.json)
        printJson({{QStringLiteral("code"), code.code},
            {QStringLiteral("expires_utc"), isoUtc(code.expiresUtc)}});
    else
        out() << "join code: " << code.code << " (single use, valid until "
              << code.expiresUtc.toTimeZone(store->timeZone()).toString(Qt::ISODate) << ")"
              << Qt::endl;
    return Success;
}

int joinRequestsCommand(const Options &options)
{
    SystemClock clock;
    AdministrationSession session(options, clock);
    const QList<PendingJoin> requests =
        takeRemote(JoinRequests(*session.store, *session.client.sealed).pending());
    if (options.json) {
        QJsonArray list;
        for (const PendingJoin &join : requests)
            list.append(QJsonObject{{QStringLiteral("station"), join.request.stationCode},
                {QStringLiteral("kind"), toKey(join.request.kind)},
                {QStringLiteral("restores"), join.request.restores},
                {QStringLiteral("fingerprint"), join.request.fingerprint()},
                {QStringLiteral("requested_utc"), isoUtc(join.request.createdUtc)},
                {QStringLiteral("approvable"), join.approvable()},
                {QStringLiteral("status"), join.describe()}});
        printJson({{QStringLiteral("requests"), list}});
        return Success;
    }
    if (requests.isEmpty())
        out() << "no station is asking to join" << Qt::endl;
    for (const PendingJoin &join : requests)
        out() << join.request.stationCode << "\t" << toKey(join.request.kind) << "\t"
              << join.request.fingerprint() << "\t" << join.describe() << Qt::endl;
    return Success;
}

int joinAnswerCommand(const Options &options, bool approve)
{
    SystemClock clock;
    AdministrationSession session(options, clock);
    const QString station = required(options, "station");
    JoinRequests requests(*session.store, *session.client.sealed);
    if (!approve) {
        takeRemote(requests.refuse(session.actor, station));
        out() << "refused " << station.toUpper() << Qt::endl;
        return Success;
    }
    const SiteKeys keys =
        take(SiteKeyStore::load(session.store->site().id, session.store->station().id));
    const JoinApproval approval = takeRemote(requests.approve(session.actor, station, keys));
    // The configuration with the new station goes out now, not at the next background sync.
    session.sync();
    out() << (approval.restoredStationId.isEmpty() ? "approved " : "approved the restore of ")
          << station.toUpper() << " (request " << approval.requestId << ")" << Qt::endl;
    return Success;
}

int backupCommand(const Options &options)
{
    if (options.subcommand() == QLatin1String("save"))
        return backupSave(options);
    if (options.subcommand() != QLatin1String("now"))
        throw Failed(QStringLiteral("backup needs now or save"), Usage);
    SystemClock clock;
    const auto store = openStore(options, clock);
    const Actor actor = actorOf(*store, options);
    auto client = takeRemote(SealedRemote::connect(*store));
    const QString path = takeRemote(Backup::upload(*store, actor, *client.sealed));
    out() << "backup " << path << Qt::endl;
    return Success;
}

// The restore points of `station` on the drive, newest first: read with the recovery key, or
// through this computer's restore request once an administrator approved it (the same request
// the restore then continues with).
int listRestorePoints(const Options &options, const QString &recoveryKey, const QString &joinCode,
    const QString &station, const Clock &clock)
{
    QString path;
    if (recoveryKey.isEmpty()) {
        path = databasePath(options);
        if (QFileInfo::exists(path))
            throw Failed(
                QStringLiteral("%1 already exists: restore creates a new station file").arg(path));
    }
    const qint64 waitSeconds = waitOption(options);
    const auto [settings, password] = accountFromOptions(options);
    WebDavClient client(DavAccount{settings.url, settings.user, password});
    const QList<RestorePoint> points = !recoveryKey.isEmpty()
        ? takeRemote(StationRekey::restorePoints(client, recoveryKey, station))
        : takeRemote(approvedRestorePoints(client,
            approvedStep(client, path, joinCode, station, StationKind::Register, clock, waitSeconds,
                true,
                QStringLiteral("its restore points can be listed once an administrator "
                               "approved it (join-approve)"))));
    QJsonArray list;
    for (const RestorePoint &point : points) {
        list.append(QJsonObject{{QStringLiteral("name"), point.name},
            {QStringLiteral("created_utc"), point.createdUtc.toString(Qt::ISODate)},
            {QStringLiteral("station"), point.stationCode},
            {QStringLiteral("documents"), point.documents},
            {QStringLiteral("journal_seq"), point.journalSeq},
            {QStringLiteral("snapshot"), point.snapshot}});
        if (!options.json)
            out() << point.name << '\t' << point.createdUtc.toString(Qt::ISODate) << '\t'
                  << point.documents << '\n';
    }
    if (options.json)
        printJson({{QStringLiteral("points"), list}});
    out().flush();
    return Success;
}

int restoreCommand(const Options &options)
{
    if (options.has(QStringLiteral("from-file")))
        return restoreFromFile(options);
    if (!options.has(QStringLiteral("from-webdav")))
        throw Failed(QStringLiteral("restore needs --from-webdav or --from-file FILE"), Usage);
    SystemClock clock;
    const QString recoveryKey = qEnvironmentVariable("RECAISSE_RECOVERY_KEY");
    const QString joinCode = qEnvironmentVariable("RECAISSE_JOIN_CODE");
    if (recoveryKey.isEmpty() && joinCode.isEmpty())
        throw Failed(QStringLiteral("restore needs an approved join (a join code from an "
                                    "administrator in RECAISSE_JOIN_CODE) or the shop's recovery "
                                    "key (the recovery kit) in RECAISSE_RECOVERY_KEY"),
            Usage);
    const QString station = required(options, "station");
    if (options.has(QStringLiteral("list-points")))
        return listRestorePoints(options, recoveryKey, joinCode, station, clock);
    const QString path = databasePath(options);
    if (QFileInfo::exists(path))
        throw Failed(
            QStringLiteral("%1 already exists: restore creates a new station file").arg(path));
    // Nobody of this PC can vouch for the restore: --admin must be an administrator of the
    // restored station, checked there before the file is kept.
    const QString admin = required(options, "admin");
    const RestoringUser by{admin, pinOf(options, PinRole::Actor)};
    const qint64 waitSeconds = waitOption(options);
    const auto [settings, password] = accountFromOptions(options);
    WebDavClient client(DavAccount{settings.url, settings.user, password});
    const QString point = options.value(QStringLiteral("point"));
    // With the recovery key, or else through a join request that an administrator approves as
    // the restore of that station (its keys replaced by this computer's).
    RestoredStation restored = !recoveryKey.isEmpty()
        ? takeRemote(
            StationRekey::restoreStation(client, recoveryKey, station, path, clock, by, point))
        : takeRemote(completeRestore(client, path,
            approvedStep(
                client, path, joinCode, station, StationKind::Register, clock, waitSeconds, true),
            clock, by, point));
    auto &store = restored.store;
    const auto undo = [&](const QString &reason) {
        store.reset();
        Database::removeFiles(path);
        throw Failed(reason);
    };
    if (auto saved = SiteKeyStore::save(restored.keys); !saved)
        undo(saved.error().message);
    take(SyncAccount::save(*store, settings, password));
    out() << "restored " << store->station().code << " into " << path << Qt::endl;
    return Success;
}

} // namespace

void addSyncCommands(CommandTable &table)
{
    table.insert(QStringLiteral("sync"), syncCommand);
    table.insert(QStringLiteral("join"), joinCommand);
    table.insert(QStringLiteral("join-code"), withoutArguments(joinCodeCommand));
    table.insert(QStringLiteral("join-requests"), withoutArguments(joinRequestsCommand));
    table.insert(QStringLiteral("join-approve"),
        withoutArguments([](const Options &options) { return joinAnswerCommand(options, true); }));
    table.insert(QStringLiteral("join-refuse"),
        withoutArguments([](const Options &options) { return joinAnswerCommand(options, false); }));
    table.insert(QStringLiteral("backup"), backupCommand);
    table.insert(QStringLiteral("restore"), restoreCommand);
}

} // namespace recaisse::cli
