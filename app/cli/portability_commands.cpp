#include "cli.h"
#include "core/clock.h"
#include "core/portability/backupfile.h"
#include "core/portability/fullexport.h"
#include "core/portability/fullimport.h"
#include "core/portability/sheetimport.h"
#include "core/store.h"
#include "core/sync/backup.h"
#include "core/sync/recovery.h"
#include "core/sync/sealedremote.h"
#include "core/sync/sitekeys.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace recaisse::cli {

using namespace recaisse::core;

const char portabilityHelp[] = R"(
The shop's data in and out (export: administrators of the site, super-administrators any site,
supervisors; --user NAME with the PIN in RECAISSE_PIN)
  export all --out DIR [--site ID|NAME] [--json]
                                        every record of the site in one ZIP (a JSON file per
                                        entity, an Excel workbook, manifest.json); prints its path
  import all FILE --admin NAME [--json] creates --db (which must not exist) from a full export, as
                                        a read-only archive station joined to no drive; NAME, an
                                        administrator of the export, gets the new PIN in
                                        RECAISSE_NEW_PIN
  import categories|users|prices FILE [--mapping FILE] [--dry-run] [--valid-rows-only]
         --user NAME [--json]           from a spreadsheet (CSV, XLSX): categories (name, parent,
                                        EEE code, prices, weights, colour, shortcut), users (name,
                                        role, telegram_id: each chooses a PIN at the first login;
                                        no administrator), prices (name = the category's id, name
                                        or Parent/Child path; default_price, min_price, max_price,
                                        price_per_kg); columns guessed from the header, or mapped
                                        by a JSON file {"name": "Nom", "default_price": "C", ...};
                                        all rows or nothing unless --valid-rows-only (admin)
  backup save --out DIR --user NAME     the station's backup, sealed and signed as on the drive, in DIR, for
                                        a USB key (admin); prints its path
  restore --from-file FILE --admin NAME creates --db (which must not exist) from such a file: the
                                        shop's recovery key in RECAISSE_RECOVERY_KEY, NAME an
                                        administrator of the station (PIN in RECAISSE_PIN); new
                                        numbering series, detached from the drive
)";

namespace {

QJsonObject countsJson(const QMap<QString, qint64> &counts)
{
    QJsonObject object;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

// --site takes the site's id or its name.
QString siteIdOf(Store &store, const QString &given)
{
    if (given.isEmpty())
        return {};
    QSqlQuery query(store.db().connection());
    query.prepare(QStringLiteral("SELECT id FROM site WHERE id = ? OR name = ? COLLATE NOCASE"));
    query.addBindValue(given);
    query.addBindValue(given);
    if (!query.exec() || !query.next())
        throw Failed(QStringLiteral("no site \"%1\" in this database").arg(given.left(80)));
    return query.value(0).toString();
}

} // namespace

int importTable(const Options &options, portability::ImportKind kind, Store &store,
    const Actor &actor, const portability::SheetTable &table, const QString &sourceName)
{
    using namespace portability;
    ImportMapping mapping;
    if (options.has(QStringLiteral("mapping"))) {
        QFile mappingFile(options.value(QStringLiteral("mapping")));
        if (!mappingFile.open(QIODevice::ReadOnly))
            throw Failed(QStringLiteral("cannot read the mapping %1: %2")
                             .arg(mappingFile.fileName(), mappingFile.errorString()));
        const QJsonDocument document = QJsonDocument::fromJson(mappingFile.read(1024 * 1024));
        if (!document.isObject())
            throw Failed(
                QStringLiteral("the mapping %1 is not a JSON object").arg(mappingFile.fileName()));
        mapping = take(SheetImport::mappingFromJson(kind, document.object(), table.header));
    } else {
        mapping = SheetImport::guessMapping(kind, table.header);
        if (!mapping.contains(ImportField::Name))
            throw Failed(kind == ImportKind::Prices
                    ? QStringLiteral("no column of the header names the categories (Catégorie…): "
                                     "give a mapping with --mapping FILE")
                    : QStringLiteral("no column of the header is a name (Nom…): give a mapping "
                                     "with --mapping FILE"));
    }
    ImportOptions importOptions;
    importOptions.dryRun = options.has(QStringLiteral("dry-run"));
    importOptions.validRowsOnly = options.has(QStringLiteral("valid-rows-only"));
    importOptions.sourceName = sourceName;
    const ImportOutcome outcome =
        take(SheetImport::run(store, kind, actor, table, mapping, importOptions));
    QJsonArray skipped;
    for (const ImportRowStatus &row : outcome.skipped) {
        skipped.append(QJsonObject{{QStringLiteral("row"), row.sourceRow},
            {QStringLiteral("reason"), SheetImport::describeErrors({row}, table.header, 10)}});
    }
    if (options.json) {
        printJson({{QStringLiteral("created"), outcome.created},
            {QStringLiteral("updated"), outcome.updated}, {QStringLiteral("skipped"), skipped},
            {QStringLiteral("dry_run"), outcome.dryRun},
            {QStringLiteral("mapping"), SheetImport::mappingToJson(mapping, table.header)}});
    } else {
        out() << (outcome.dryRun ? "would create " : "created ") << outcome.created
              << (outcome.dryRun ? ", would update " : ", updated ") << outcome.updated
              << ", skipped " << skipped.size() << '\n';
        for (const QJsonValue &row : std::as_const(skipped))
            out() << "  " << row.toObject().value(QStringLiteral("reason")).toString() << '\n';
        out().flush();
    }
    return Success;
}

namespace {

// `import categories|users|prices FILE`: the spreadsheet's rows through the mapping, all or
// nothing.
int importSheet(const Options &options, portability::ImportKind kind)
{
    using namespace portability;
    const QString file = options.positionals.at(1);
    SystemClock clock;
    const auto store = openStore(options, clock);
    const Actor actor = actorOf(*store, options);
    const SheetTable table = take(SheetReader::read(file, SheetImport::limits(kind)));
    return importTable(options, kind, *store, actor, table, QFileInfo(file).fileName());
}

int importCommand(const Options &options)
{
    if (const auto kind = portability::SheetImport::kindFromKey(options.subcommand());
        kind && options.positionals.size() == 2)
        return importSheet(options, *kind);
    if (options.subcommand() != QLatin1String("all") || options.positionals.size() != 2)
        throw Failed(QStringLiteral("import needs all FILE or categories|users|prices FILE (see "
                                    "recaisse-cli help)"),
            Usage);
    FullImport::Options import;
    import.zipPath = options.positionals.at(1);
    import.dbPath = databasePath(options);
    import.adminName = required(options, "admin");
    import.newPin = pinOf(options, PinRole::New);
    SystemClock clock;
    const FullImport::Outcome outcome = take(FullImport::run(import, clock));
    if (options.json) {
        printJson({{QStringLiteral("db"), outcome.dbPath},
            {QStringLiteral("station"), outcome.stationCode},
            {QStringLiteral("counts"), countsJson(outcome.counts)}});
    } else {
        out() << outcome.dbPath << '\n';
        out().flush();
    }
    return Success;
}

} // namespace

int exportAll(const Options &options)
{
    if (options.positionals.size() > 1)
        throw Failed(QStringLiteral("unexpected \"%1\"").arg(options.positionals.at(1)), Usage);
    const QString outDir = required(options, "out");
    SystemClock clock;
    const auto store = openStore(options, clock);
    FullExport::cleanupAfterCrash(*store);
    const Actor actor = actorOf(*store, options);
    FullExport::Options exportOptions;
    exportOptions.outDir = QDir(outDir).absolutePath();
    exportOptions.siteId = siteIdOf(*store, options.value(QStringLiteral("site")));
    const FullExport::Outcome outcome = take(FullExport(*store).run(actor, exportOptions));
    if (options.json) {
        printJson({{QStringLiteral("file"), outcome.path},
            {QStringLiteral("counts"), countsJson(outcome.counts)}});
    } else {
        out() << outcome.path << '\n';
        out().flush();
    }
    return Success;
}

int backupSave(const Options &options)
{
    if (options.positionals.size() > 1)
        throw Failed(QStringLiteral("unexpected \"%1\"").arg(options.positionals.at(1)), Usage);
    const QString outDir = QDir(required(options, "out")).absolutePath();
    SystemClock clock;
    const auto store = openStore(options, clock);
    FullExport::cleanupAfterCrash(*store);
    const Actor actor = actorOf(*store, options);
    // Sealed with the station's keys, carrying the shop's recovery file (read from the drive
    // when this station holds no copy of it yet).
    auto keys = sync::SealedRemote::keysFor(*store);
    if (!keys)
        throw Failed(keys.error().message);
    auto recovery = sync::SiteRecovery::fileForBackup(*store, nullptr);
    if (!recovery && recovery.error().failure == sync::Failure::NotFound) {
        if (auto drive = sync::SealedRemote::connect(*store, *keys); drive)
            recovery = sync::SiteRecovery::fileForBackup(*store, drive->inner.get());
    }
    if (!recovery)
        throw Failed(recovery.error().message);
    const QString path = take(BackupFile::save(*store, actor, outDir, *keys, *recovery));
    if (options.json)
        printJson({{QStringLiteral("file"), path}});
    else
        out() << path << '\n';
    out().flush();
    return Success;
}

int restoreFromFile(const Options &options)
{
    if (!options.positionals.isEmpty())
        throw Failed(QStringLiteral("unexpected \"%1\"").arg(options.positionals.first()), Usage);
    const QString file = required(options, "from-file");
    const QString path = databasePath(options);
    const QString recoveryKey = qEnvironmentVariable("RECAISSE_RECOVERY_KEY");
    if (recoveryKey.isEmpty())
        throw Failed(QStringLiteral("restore needs the shop's recovery key (the recovery kit) in "
                                    "RECAISSE_RECOVERY_KEY"),
            Usage);
    // Nobody of this PC can vouch for the restore: --admin must be an administrator of the
    // restored station, checked there before the file is kept.
    const sync::RestoringUser by{required(options, "admin"), pinOf(options, PinRole::Actor)};
    SystemClock clock;
    const auto store = take(BackupFile::restore(file, path, clock, recoveryKey, by));
    if (options.json)
        printJson({{QStringLiteral("db"), path}, {QStringLiteral("station"), store->station().code},
            {QStringLiteral("series"), store->station().numberingSeries}});
    else
        out() << "restored " << store->station().code << " into " << path << '\n';
    out().flush();
    return Success;
}

void addPortabilityCommands(CommandTable &table)
{
    table.insert(QStringLiteral("import"), importCommand);
}

} // namespace recaisse::cli
