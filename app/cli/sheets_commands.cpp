// recaisse-cli sheets: the shop's Google Sheet (core/sync/sheets.h).

#include "cli.h"
#include "core/clock.h"
#include "core/portability/sheetimport.h"
#include "core/store.h"
#include "core/sync/sheets.h"
#include "core/sync/syncengine.h"
#include "core/users.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace recaisse::cli {

using namespace recaisse::core;
using namespace recaisse::core::sync;

const char sheetsHelp[] = R"(
Google Sheets (administrator: --user NAME, PIN in RECAISSE_PIN; every run in the sync history)
  sheets account --key-file FILE --spreadsheet ID [--api URL] [--token-url URL]
                 [--reports daily,deposits,sessions] [--every HOURS] [--days N] --user NAME
                                        the service account's key file (JSON from the Google
                                        Cloud console; kept in this station's keychain, delete
                                        the file afterwards), the spreadsheet shared with the
                                        account (the id in its address), the reports published
                                        every HOURS hours (24 by default, 0: only by hand) over
                                        the last N days (31); --api and --token-url replace
                                        https://sheets.googleapis.com and
                                        https://oauth2.googleapis.com/token (a proxy)
  sheets settings [--json]              the settings (never the key)
  sheets publish [--report daily|deposits|sessions]... --user NAME [--json]
                                        the reports now, each in its own tab (cleared, then
                                        written)
  sheets import-prices --range A1 [--mapping FILE] [--dry-run] [--valid-rows-only] --user NAME
                 [--json]               a price list from a range of the sheet (Prix!A1:F500),
                                        as `import prices` does from a file
  sheets log [--json] --user NAME       the Google Sheets runs of the sync history
)";

namespace {

QList<SheetsReport> reportsOption(const QStringList &values)
{
    QList<SheetsReport> reports;
    for (const QString &value : values) {
        for (const QString &key : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto report = sheetsReportFromKey(key.trimmed());
            if (!report)
                throw Failed(QStringLiteral("unknown report \"%1\": daily, deposits or sessions")
                                 .arg(key.left(40)),
                    Usage);
            if (!reports.contains(*report))
                reports << *report;
        }
    }
    return reports;
}

int sheetsAccount(const Options &options, Store &store, const Actor &actor)
{
    SheetsSettings settings = SheetsSync::load(store);
    settings.spreadsheetId = required(options, "spreadsheet");
    if (options.has(QStringLiteral("api")))
        settings.endpoints.apiBaseUrl = options.value(QStringLiteral("api"));
    if (options.has(QStringLiteral("token-url")))
        settings.endpoints.tokenUrl = options.value(QStringLiteral("token-url"));
    if (options.has(QStringLiteral("reports")))
        settings.reports = reportsOption(options.all(QStringLiteral("reports")));
    if (options.has(QStringLiteral("every")))
        settings.intervalHours =
            int(integer(options.value(QStringLiteral("every")), QStringLiteral("--every"), 0, 744));
    if (options.has(QStringLiteral("days")))
        settings.days =
            int(integer(options.value(QStringLiteral("days")), QStringLiteral("--days"), 1, 366));
    QByteArray key;
    if (options.has(QStringLiteral("key-file"))) {
        QFile file(options.value(QStringLiteral("key-file")));
        if (!file.open(QIODevice::ReadOnly))
            throw Failed(QStringLiteral("cannot read the key file %1: %2")
                             .arg(file.fileName(), file.errorString()));
        key = file.read(64 * 1024 + 1);
        if (key.isEmpty())
            throw Failed(QStringLiteral("the key file %1 is empty").arg(file.fileName()));
    } else if (settings.accountEmail.isEmpty()) {
        throw Failed(QStringLiteral("sheets account needs --key-file the first time"), Usage);
    }
    take(SheetsSync::save(store, actor, settings, key));
    key.fill('\0');
    settings = SheetsSync::load(store);
    if (options.json)
        printJson(SheetsSync::toJson(settings));
    else
        out() << "google sheets: " << settings.spreadsheetId << " as " << settings.accountEmail
              << (options.has(QStringLiteral("key-file")) ? " (key kept in the keychain)" : "")
              << Qt::endl;
    return Success;
}

int sheetsPublish(const Options &options, Store &store, const Actor &actor)
{
    const QList<SheetsReport> reports = reportsOption(options.all(QStringLiteral("report")));
    const SheetsSync::PublishOutcome outcome = take(SheetsSync::publish(store, actor, reports));
    QStringList keys;
    for (SheetsReport report : outcome.reports)
        keys << toKey(report);
    if (options.json)
        printJson({{QStringLiteral("reports"), QJsonArray::fromStringList(keys)},
            {QStringLiteral("rows"), outcome.rows}});
    else
        out() << "published " << keys.join(QStringLiteral(", ")) << ": " << outcome.rows
              << " row(s)" << Qt::endl;
    return Success;
}

int sheetsLog(const Options &options, Store &store)
{
    const auto entries = take(SheetsSync::log(store, 500));
    if (options.json) {
        QJsonArray array;
        for (const SyncEngine::LogEntry &e : entries)
            array << QJsonObject{{QStringLiteral("at_utc"), isoUtc(e.atUtc)},
                {QStringLiteral("ok"), e.ok}, {QStringLiteral("failure"), e.failure},
                {QStringLiteral("http_status"), e.httpStatus},
                {QStringLiteral("message"), e.message}, {QStringLiteral("rows"), e.pushed},
                {QStringLiteral("duration_ms"), e.durationMs}};
        printJson({{QStringLiteral("entries"), array}});
        return Success;
    }
    for (const SyncEngine::LogEntry &e : entries)
        out() << isoUtc(e.atUtc) << "  " << (e.ok ? "ok" : "failed") << "  "
              << (e.failure.isEmpty() ? QStringLiteral("-") : e.failure) << "  " << e.message
              << Qt::endl;
    return Success;
}

int sheetsCommand(const Options &options)
{
    const QString sub = options.subcommand();
    if (options.positionals.size() > 1)
        throw Failed(QStringLiteral("unexpected \"%1\"").arg(options.positionals.at(1)), Usage);
    SystemClock clock;
    const auto store = openStore(options, clock);
    if (sub == QLatin1String("settings")) {
        const SheetsSettings settings = SheetsSync::load(*store);
        if (options.json) {
            printJson(SheetsSync::toJson(settings));
        } else {
            const QJsonObject object = SheetsSync::toJson(settings);
            for (auto it = object.constBegin(); it != object.constEnd(); ++it)
                out() << it.key() << ": "
                      << (it.value().isArray()
                                 ? it.value().toVariant().toStringList().join(QLatin1Char(','))
                                 : it.value().toVariant().toString())
                      << Qt::endl;
        }
        return Success;
    }
    if (sub != QLatin1String("account") && sub != QLatin1String("publish")
        && sub != QLatin1String("import-prices") && sub != QLatin1String("log"))
        throw Failed(QStringLiteral("sheets needs account, settings, publish, import-prices or "
                                    "log (see recaisse-cli help)"),
            Usage);
    const Actor actor = actorOf(*store, options);
    if (sub == QLatin1String("account"))
        return sheetsAccount(options, *store, actor);
    if (sub == QLatin1String("publish"))
        return sheetsPublish(options, *store, actor);
    if (sub == QLatin1String("log")) {
        take(Users(*store).require(actor, Permission::ManageSettings));
        return sheetsLog(options, *store);
    }
    const QString range = required(options, "range");
    const portability::SheetTable table = take(SheetsSync::fetchPriceTable(*store, actor, range));
    return importTable(options, portability::ImportKind::Prices, *store, actor, table,
        QStringLiteral("Google Sheets %1").arg(range));
}

} // namespace

void addSheetsCommands(CommandTable &table)
{
    table.insert(QStringLiteral("sheets"), sheetsCommand);
}

} // namespace recaisse::cli
