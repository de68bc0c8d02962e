#include "cli.h"
#include "core/exports/ecologicexport.h"
#include "core/exports/ecologicschema.h"
#include "core/exports/exportschedule.h"
#include "core/exports/partners.h"
#include "core/store.h"

#include <QFile>
#include <QJsonArray>

namespace recaisse::cli {

using namespace recaisse::core;

const char exportHelp[] = R"(
Exports (ExportData: admin; --user NAME, with the PIN in RECAISSE_PIN)
  export ecologic (--quarter 2026-Q3 | --month 2026-07 | --year 2026 | --from DAY --to DAY)
                  [--out DIR] [--json]   the site's Ecologic declaration (every station pulled so
                                        far), checked, archived as a new version; prints its path
  export declaration [--partner ecologic|ecomaison|refashion] (PERIOD as above) [--out DIR]
                                        the same for any eco-organism (default ecologic);
                                        "export ecomaison ..." is the same as --partner ecomaison
  export validate FILE [--partner P | --schema SCHEMA.json]
                                        exit 0 when FILE matches the partner's definition (default
                                        ecologic) or the schema, else its violations
  export partners [--json]              the eco-organisms' definitions (codes, unit weights)
  export history [--json]               the latest export runs
  schedule add (--every daily|weekly|monthly|quarterly [--at HH:MM] [--day N] | --cron "M H D M W")
               [--covers day|week|month|quarter|year] [--partner P (default ecologic)]   --day: 1-7 (Monday=1) weekly, 1-31 monthly
                                        and quarterly; covers: the last complete period exported
  schedule list [--json]
  schedule remove --id N
  schedule run-due                      runs the schedules that are due (for the OS scheduler)
)";

namespace {

QString periodText(const Options &options)
{
    const bool range = options.has(QStringLiteral("from")) || options.has(QStringLiteral("to"));
    QStringList given;
    for (const char *key : {"quarter", "month", "year"})
        if (options.has(QString::fromLatin1(key)))
            given << options.value(QString::fromLatin1(key));
    if (range)
        given << required(options, "from") + QStringLiteral("..") + required(options, "to");
    if (given.size() != 1)
        throw Failed(QStringLiteral("an export needs one period: --quarter, --month, --year "
                                    "or --from and --to"),
            Usage);
    return given.first();
}

QJsonArray warningsJson(const QStringList &warnings)
{
    return QJsonArray::fromStringList(warnings);
}

int exportDeclaration(const Options &options, const QString &partner)
{
    const QString text = periodText(options);
    SystemClock clock;
    const auto store = openStore(options, clock);
    const Actor actor = actorOf(*store, options);
    const EcologicPeriod period = take(EcologicPeriod::parse(text));
    EcologicExport exporter(*store, partner);
    if (!exporter.schema())
        throw Failed(exporter.schema().error().message);
    const EcologicRunResult run =
        take(exporter.run(actor, period, options.value(QStringLiteral("out"))));
    if (options.json) {
        printJson({{QStringLiteral("file"), run.filePath}, {QStringLiteral("version"), run.version},
            {QStringLiteral("partner"), partner},
            {QStringLiteral("from"), period.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), period.to.toString(Qt::ISODate)},
            {QStringLiteral("warnings"), warningsJson(run.warnings)}});
    } else {
        QTextStream err(stderr);
        for (const QString &warning : run.warnings)
            err << "warning: " << warning << Qt::endl;
        out() << run.filePath << '\n';
        out().flush();
    }
    return Success;
}

int exportValidate(const Options &options)
{
    const QString path = options.positionals.value(1);
    if (path.isEmpty() || options.positionals.size() > 2)
        throw Failed(
            QStringLiteral("usage: export validate FILE [--partner P | --schema SCHEMA.json]"),
            Usage);
    if (options.has(QStringLiteral("schema")) && options.has(QStringLiteral("partner")))
        throw Failed(
            QStringLiteral("export validate takes --partner or --schema, not both"), Usage);
    const EcologicSchema schema = take(options.has(QStringLiteral("schema"))
            ? EcologicSchema::load(options.value(QStringLiteral("schema")))
            : Partners::definition(options.has(QStringLiteral("partner"))
                    ? options.value(QStringLiteral("partner"))
                    : Partners::defaultId()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Failed(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const EcologicCheck check = schema.check(file.readAll());
    if (options.json) {
        printJson({{QStringLiteral("valid"), check.ok()}, {QStringLiteral("format"), schema.format},
            {QStringLiteral("errors"), QJsonArray::fromStringList(check.errors)},
            {QStringLiteral("warnings"), warningsJson(check.warnings)}});
    } else {
        for (const QString &error : check.errors)
            out() << "error: " << error << '\n';
        for (const QString &warning : check.warnings)
            out() << "warning: " << warning << '\n';
        if (check.ok())
            out() << path << ": valid " << schema.format << '\n';
        out().flush();
    }
    if (!check.ok())
        throw Failed(QStringLiteral("%1 does not match %2: %3 violation(s)")
                         .arg(path, schema.format)
                         .arg(check.errors.size()));
    return Success;
}

int exportPartners(const Options &options)
{
    QJsonArray list;
    for (const QString &id : Partners::ids()) {
        const EcologicSchema definition = take(Partners::definition(id));
        QJsonArray codes;
        for (const EcologicCode &code : definition.codes) {
            codes.append(QJsonObject{{QStringLiteral("code"), code.code},
                {QStringLiteral("label"), code.label},
                {QStringLiteral("unit_weight_grams"), code.unitWeightGrams}});
            if (!options.json)
                out() << id << '\t' << code.code << '\t' << code.label << '\t'
                      << code.unitWeightGrams << " g\n";
        }
        list.append(QJsonObject{{QStringLiteral("partner"), id},
            {QStringLiteral("name"), definition.partnerName},
            {QStringLiteral("format"), definition.format},
            {QStringLiteral("period"), definition.period},
            {QStringLiteral("measure"), definition.measure},
            {QStringLiteral("description"), definition.description},
            {QStringLiteral("codes"), codes}});
    }
    if (options.json)
        printJson({{QStringLiteral("partners"), list}});
    out().flush();
    return Success;
}

int exportHistory(const Options &options)
{
    SystemClock clock;
    const auto store = openStore(options, clock);
    QJsonArray list;
    for (const EcologicExport::RunRecord &run : EcologicExport(*store).history()) {
        list.append(QJsonObject{{QStringLiteral("id"), run.id},
            {QStringLiteral("at_utc"), run.atUtc}, {QStringLiteral("schedule"), run.scheduleId},
            {QStringLiteral("from"), run.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), run.to.toString(Qt::ISODate)},
            {QStringLiteral("status"), run.status}, {QStringLiteral("format"), run.format},
            {QStringLiteral("file"), run.file}, {QStringLiteral("message"), run.message},
            {QStringLiteral("warnings"), warningsJson(run.warnings)}});
        if (!options.json)
            out() << run.atUtc << '\t' << run.status << '\t' << run.from.toString(Qt::ISODate)
                  << ".." << run.to.toString(Qt::ISODate) << '\t'
                  << (run.file.isEmpty() ? run.message.section(QLatin1Char('\n'), 0, 0) : run.file)
                  << '\t' << run.warnings.size() << " warning(s)\n";
    }
    if (options.json)
        printJson({{QStringLiteral("runs"), list}});
    out().flush();
    return Success;
}

int exportCommand(const Options &options)
{
    const QString sub = options.subcommand();
    if (sub != QLatin1String("validate") && options.positionals.size() > 1)
        throw Failed(QStringLiteral("unexpected \"%1\"").arg(options.positionals.at(1)), Usage);
    if (Partners::ids().contains(sub)) {
        if (options.has(QStringLiteral("partner"))
            && options.value(QStringLiteral("partner")) != sub)
            throw Failed(QStringLiteral("export %1 and --partner %2 disagree")
                             .arg(sub, options.value(QStringLiteral("partner"))),
                Usage);
        return exportDeclaration(options, sub);
    }
    if (sub == QLatin1String("declaration"))
        return exportDeclaration(options,
            options.has(QStringLiteral("partner")) ? options.value(QStringLiteral("partner"))
                                                   : Partners::defaultId());
    if (sub == QLatin1String("partners"))
        return exportPartners(options);
    if (sub == QLatin1String("validate"))
        return exportValidate(options);
    if (sub == QLatin1String("history"))
        return exportHistory(options);
    if (sub == QLatin1String("all"))
        return exportAll(options);
    throw Failed(
        QStringLiteral("export needs declaration, ecologic, ecomaison, refashion, all, validate, "
                       "partners or history (see recaisse-cli help)"),
        Usage);
}

QJsonObject scheduleJson(const ExportSchedule &s)
{
    return {{QStringLiteral("id"), s.id}, {QStringLiteral("partner"), s.partner},
        {QStringLiteral("kind"), toKey(s.kind)},
        {QStringLiteral("spec"), ExportSchedules::describe(s)},
        {QStringLiteral("covers"), s.covers},
        {QStringLiteral("next_run_utc"), isoUtc(s.nextRunUtc)},
        {QStringLiteral("last_run_utc"), s.lastRunUtc.isValid() ? isoUtc(s.lastRunUtc) : QString()},
        {QStringLiteral("last_status"), s.lastStatus}, {QStringLiteral("last_file"), s.lastFile}};
}

int scheduleAdd(const Options &options, Store &store)
{
    ExportSchedule s;
    const bool cron = options.has(QStringLiteral("cron"));
    if (cron == options.has(QStringLiteral("every")))
        throw Failed(QStringLiteral("schedule add needs --every or --cron"), Usage);
    if (cron) {
        s.kind = ExportSchedule::Kind::Cron;
        s.cron = options.value(QStringLiteral("cron"));
    } else {
        const auto kind = scheduleKindFromKey(options.value(QStringLiteral("every")));
        if (!kind || *kind == ExportSchedule::Kind::Cron)
            throw Failed(QStringLiteral("--every is daily, weekly, monthly or quarterly"), Usage);
        s.kind = *kind;
    }
    if (options.has(QStringLiteral("at"))) {
        s.at = QTime::fromString(options.value(QStringLiteral("at")), QStringLiteral("H:mm"));
        if (!s.at.isValid())
            throw Failed(QStringLiteral("--at is a time such as 06:00"), Usage);
    }
    if (options.has(QStringLiteral("day")))
        s.day = int(integer(options.value(QStringLiteral("day")), QStringLiteral("--day"), 1, 31));
    static const QHash<ExportSchedule::Kind, QString> coversOf = {
        {ExportSchedule::Kind::Daily, QStringLiteral("day")},
        {ExportSchedule::Kind::Weekly, QStringLiteral("week")},
        {ExportSchedule::Kind::Monthly, QStringLiteral("month")},
        {ExportSchedule::Kind::Quarterly, QStringLiteral("quarter")},
        {ExportSchedule::Kind::Cron, QStringLiteral("quarter")},
    };
    if (options.has(QStringLiteral("partner")))
        s.partner = options.value(QStringLiteral("partner"));
    s.covers = options.has(QStringLiteral("covers")) ? options.value(QStringLiteral("covers"))
                                                     : coversOf.value(s.kind);
    const Actor actor = actorOf(store, options);
    const ExportSchedule added = take(ExportSchedules(store).add(actor, s));
    if (options.json)
        printJson(scheduleJson(added));
    else
        out() << added.id << '\t' << ExportSchedules::describe(added) << "\tnext run "
              << added.nextRunUtc.toTimeZone(store.timeZone()).toString(Qt::ISODate) << '\n';
    out().flush();
    return Success;
}

int scheduleCommand(const Options &options)
{
    const QString sub = options.subcommand();
    if (options.positionals.size() > 1)
        throw Failed(QStringLiteral("unexpected \"%1\"").arg(options.positionals.at(1)), Usage);
    SystemClock clock;
    if (sub == QLatin1String("add")) {
        const auto store = openStore(options, clock);
        return scheduleAdd(options, *store);
    }
    if (sub == QLatin1String("list")) {
        const auto store = openStore(options, clock);
        QJsonArray list;
        for (const ExportSchedule &s : ExportSchedules(*store).list()) {
            list.append(scheduleJson(s));
            if (!options.json)
                out() << s.id << '\t' << s.partner << '\t' << ExportSchedules::describe(s)
                      << "\tcovers " << s.covers << "\tnext "
                      << s.nextRunUtc.toTimeZone(store->timeZone()).toString(Qt::ISODate)
                      << "\tlast " << (s.lastStatus.isEmpty() ? QStringLiteral("-") : s.lastStatus)
                      << '\n';
        }
        if (options.json)
            printJson({{QStringLiteral("schedules"), list}});
        out().flush();
        return Success;
    }
    if (sub == QLatin1String("remove")) {
        const qint64 id = integer(
            required(options, "id"), QStringLiteral("--id"), 1, std::numeric_limits<qint64>::max());
        const auto store = openStore(options, clock);
        take(ExportSchedules(*store).remove(actorOf(*store, options), id));
        return Success;
    }
    if (sub == QLatin1String("run-due")) {
        const auto store = openStore(options, clock);
        EcologicExport exporter(*store);
        const QList<ExportSchedules::DueRun> runs = take(ExportSchedules(*store).runDue(exporter));
        int failed = 0;
        QJsonArray list;
        for (const ExportSchedules::DueRun &run : runs) {
            failed += run.ok ? 0 : 1;
            list.append(QJsonObject{{QStringLiteral("schedule"), run.scheduleId},
                {QStringLiteral("ok"), run.ok}, {QStringLiteral("file"), run.file},
                {QStringLiteral("message"), run.message},
                {QStringLiteral("missed_slots"), run.missedSlots},
                {QStringLiteral("warnings"), warningsJson(run.warnings)}});
            if (!options.json)
                out() << run.scheduleId << '\t' << (run.ok ? run.file : run.message) << '\n';
        }
        if (options.json)
            printJson({{QStringLiteral("runs"), list}});
        out().flush();
        if (failed > 0)
            throw Failed(QStringLiteral("%1 of %2 scheduled export(s) failed (see schedule list)")
                             .arg(failed)
                             .arg(runs.size()));
        return Success;
    }
    throw Failed(
        QStringLiteral("schedule needs add, list, remove or run-due (see recaisse-cli help)"),
        Usage);
}

} // namespace

void addExportCommands(CommandTable &table)
{
    table.insert(QStringLiteral("export"), exportCommand);
    table.insert(QStringLiteral("schedule"), scheduleCommand);
}

} // namespace recaisse::cli
