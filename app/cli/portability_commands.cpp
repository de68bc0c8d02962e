#include "cli.h"
#include "core/clock.h"
#include "core/portability/backupfile.h"
#include "core/portability/fullexport.h"
#include "core/portability/fullimport.h"
#include "core/store.h"

#include <QDir>
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
  backup save --out DIR --user NAME     the station's backup archive (as on the drive) in DIR, for
                                        a USB key (admin); prints its path
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

int importCommand(const Options &options)
{
    if (options.subcommand() != QLatin1String("all") || options.positionals.size() != 2)
        throw Failed(QStringLiteral("import needs all FILE (see recaisse-cli help)"), Usage);
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
    const QString path = take(BackupFile::save(*store, actor, outDir));
    if (options.json)
        printJson({{QStringLiteral("file"), path}});
    else
        out() << path << '\n';
    out().flush();
    return Success;
}

void addPortabilityCommands(CommandTable &table)
{
    table.insert(QStringLiteral("import"), importCommand);
}

} // namespace recaisse::cli
