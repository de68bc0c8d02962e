// recaisse-cli mail and report: the site's mail account and the reports sent by e-mail.

#include "cli.h"
#include "core/mail/mailaccount.h"
#include "core/mail/mimemessage.h"
#include "core/mail/scheduledreports.h"
#include "core/store.h"
#include "core/users.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QTranslator>

namespace recaisse::cli {

using namespace recaisse::core;
using namespace recaisse::core::mail;

const char mailHelp[] = R"(
E-mail (the password is read from standard input and kept in the system keychain; --admin NAME
is the administrator who acts, --user the mail account's user; PINs in RECAISSE_PIN)
  mail account --host HOST --port PORT (--starttls | --tls | --plain) [--user USER
               --password-stdin] --from ADDRESS --admin NAME [--ca-file PEM]
                                        the outgoing mail server; --ca-file: the authorities to
                                        trust instead of the system's (a private server)
  mail test --to ADDRESS                sends a test message; exit 0 only when the server
                                        accepted it
Reports by e-mail (administrator: --user NAME, PIN in RECAISSE_PIN)
  report add --name NAME --type sales-journal|sessions|deposits|ecologic|kpi
             --frequency daily|weekly|monthly|"M H D M W" --to ADDRESS[,ADDRESS]
             --format csv|xlsx|pdf [--station CODE] [--cashier NAME] [--category ID] --user NAME
                                        pdf: the kpi report only, with its chart;
                                        daily: yesterday, at 06:00; weekly: last week, Monday;
                                        monthly: last month, on the 1st; cron: yesterday
  report edit NAME [--name NEW] [add's options] --user NAME
  report remove|enable|disable NAME --user NAME
  report list [--json]
  report run NAME [--from DAY --to DAY] --user NAME
                                        sends now (default: the last complete period); exit 0
                                        only when the server accepted the message
  report run-due [--json]               sends the reports that are due and those waiting for the
                                        network (for the OS scheduler)
  report build NAME [--from DAY --to DAY] --out FILE --user NAME
                                        writes the report's file without sending it
  report log [--json]                   one entry per sending attempt (attempt 0: the server
                                        could not be reached, not an attempt)
)";

namespace {

// The e-mails and their files are the shop's papers: in French, the shop's language, as the GUI
// writes them; the command's own messages stay in English.
struct FrenchMail
{
    FrenchMail() { (void)translator.load(QStringLiteral(":/i18n/recaisse_fr.qm")); }
    QTranslator translator;
};

QString reportName(const Options &options)
{
    const QString name = options.positionals.value(1);
    if (name.isEmpty())
        throw Failed(
            QStringLiteral("report %1 needs the report's NAME").arg(options.subcommand()), Usage);
    return name;
}

std::optional<EcologicPeriod> periodOption(const Options &options)
{
    if (!options.has(QStringLiteral("from")) && !options.has(QStringLiteral("to")))
        return std::nullopt;
    const QDate from = QDate::fromString(required(options, "from"), Qt::ISODate);
    const QDate to = QDate::fromString(required(options, "to"), Qt::ISODate);
    if (!from.isValid() || !to.isValid())
        throw Failed(QStringLiteral("--from and --to are days: YYYY-MM-DD"), Usage);
    return take(EcologicPeriod::range(from, to));
}

// The options of add and edit over a report (edit starts from the current one).
ScheduledReport applyOptions(ScheduledReport report, const Options &options)
{
    if (options.has(QStringLiteral("name")))
        report.name = options.value(QStringLiteral("name"));
    if (options.has(QStringLiteral("type"))) {
        const auto type = reportTypeFromKey(options.value(QStringLiteral("type")));
        if (!type)
            throw Failed(QStringLiteral("--type must be sales-journal, sessions, deposits, "
                                        "ecologic or kpi"),
                Usage);
        report.type = *type;
    }
    if (options.has(QStringLiteral("frequency")))
        report.frequency = options.value(QStringLiteral("frequency")).trimmed();
    if (options.has(QStringLiteral("to")))
        report.recipients = take(MailAddress::parseList(options.value(QStringLiteral("to"))));
    if (options.has(QStringLiteral("format")))
        report.format = options.value(QStringLiteral("format"));
    if (options.has(QStringLiteral("station")))
        report.filters.stationCode = options.value(QStringLiteral("station")).trimmed();
    if (options.has(QStringLiteral("cashier")))
        report.filters.cashier = options.value(QStringLiteral("cashier")).trimmed();
    if (options.has(QStringLiteral("category")))
        report.filters.category = options.value(QStringLiteral("category")).trimmed();
    return report;
}

QString iso(const QDateTime &utc)
{
    return utc.isValid() ? isoUtc(utc) : QString();
}

QJsonObject reportJson(const ScheduledReport &r)
{
    return {{QStringLiteral("name"), r.name}, {QStringLiteral("type"), toKey(r.type)},
        {QStringLiteral("frequency"), r.frequency},
        {QStringLiteral("to"), QJsonArray::fromStringList(r.recipients)},
        {QStringLiteral("format"), r.format}, {QStringLiteral("station"), r.filters.stationCode},
        {QStringLiteral("cashier"), r.filters.cashier},
        {QStringLiteral("category"), r.filters.category}, {QStringLiteral("enabled"), r.enabled},
        {QStringLiteral("next_run_utc"), iso(r.nextRunUtc)},
        {QStringLiteral("pending_from"), r.pending.from.toString(Qt::ISODate)},
        {QStringLiteral("pending_to"), r.pending.to.toString(Qt::ISODate)},
        {QStringLiteral("last_run_utc"), iso(r.lastRunUtc)},
        {QStringLiteral("last_result"), r.lastResult},
        {QStringLiteral("last_answer"), r.lastAnswer}};
}

QJsonObject deliveryJson(const Delivery &d)
{
    return {{QStringLiteral("report"), d.reportName},
        {QStringLiteral("from"), d.period.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), d.period.to.toString(Qt::ISODate)},
        {QStringLiteral("file"), d.file.fileName},
        {QStringLiteral("size_bytes"), qint64(d.file.data.size())},
        {QStringLiteral("attempts"), d.attempts},
        {QStringLiteral("result"), d.refused ? QStringLiteral("refused") : toKey(d.last.outcome)},
        {QStringLiteral("code"), d.last.code}, {QStringLiteral("answer"), d.last.serverAnswer},
        {QStringLiteral("message"), d.last.message}};
}

void printDelivery(const Delivery &d)
{
    out() << d.reportName << ": " << d.file.fileName << " ("
          << (d.refused ? QStringLiteral("refused") : toKey(d.last.outcome)) << ", " << d.attempts
          << " attempt(s)) " << d.last.message << Qt::endl;
}

int mailCommand(const Options &options)
{
    SystemClock clock;
    const QString sub = options.subcommand();
    if (sub != QLatin1String("account") && sub != QLatin1String("test"))
        throw Failed(QStringLiteral("mail needs account or test"), Usage);
    if (options.positionals.size() > 1)
        throw Failed(
            QStringLiteral("unexpected argument \"%1\"").arg(options.positionals.at(1).left(80)),
            Usage);
    const auto store = openStore(options, clock);
    if (sub == QLatin1String("account")) {
        const Actor actor =
            signIn(*store, required(options, "admin"), pinOf(options, PinRole::Actor));
        MailAccountSettings settings;
        settings.host = required(options, "host");
        settings.port = int(integer(required(options, "port"), QStringLiteral("--port"), 1, 65535));
        int modes = 0;
        for (const auto &[flag, security] : {std::pair{"starttls", SmtpSecurity::StartTls},
                 std::pair{"tls", SmtpSecurity::Tls}, std::pair{"plain", SmtpSecurity::Plain}})
            if (options.has(QString::fromLatin1(flag))) {
                settings.security = security;
                ++modes;
            }
        if (modes != 1)
            throw Failed(
                QStringLiteral("mail account needs one of --starttls, --tls, --plain"), Usage);
        settings.user = options.value(QStringLiteral("user"));
        settings.from = required(options, "from");
        settings.caFile = options.value(QStringLiteral("ca-file"));
        QString password;
        if (!settings.user.isEmpty()) {
            if (!options.has(QStringLiteral("password-stdin")))
                throw Failed(QStringLiteral("mail account --user needs --password-stdin (the "
                                            "password is never an argument)"),
                    Usage);
            password = readSecretFromStdin(QStringLiteral("the password"));
        } else if (options.has(QStringLiteral("password-stdin"))) {
            throw Failed(QStringLiteral("--password-stdin goes with --user"), Usage);
        }
        take(MailAccount::save(*store, actor, settings, password));
        out() << "mail account saved: " << settings.host << ':' << settings.port << " ("
              << toKey(settings.security) << "), from " << settings.from << Qt::endl;
        return Success;
    }
    const QString to = required(options, "to");
    FrenchMail french;
    ScheduledReports reports(*store);
    reports.setMailTranslator(&french.translator);
    const SendResult result = take(reports.sendTest(to));
    if (!result.accepted())
        throw Failed(result.message);
    out() << "test message accepted by the server: " << result.serverAnswer << Qt::endl;
    return Success;
}

int reportCommand(const Options &options)
{
    const QString sub = options.subcommand();
    // The tonnage report is a report of the flows, made on the spot (flow_commands.cpp).
    if (sub == QLatin1String("tonnage"))
        return reportTonnage(options);
    SystemClock clock;
    static const QStringList known = {QStringLiteral("add"), QStringLiteral("edit"),
        QStringLiteral("remove"), QStringLiteral("enable"), QStringLiteral("disable"),
        QStringLiteral("list"), QStringLiteral("run"), QStringLiteral("run-due"),
        QStringLiteral("build"), QStringLiteral("log")};
    if (!known.contains(sub))
        throw Failed(QStringLiteral("report needs add, edit, remove, enable, disable, list, run, "
                                    "run-due, build, log or tonnage"),
            Usage);
    const bool named = sub == QLatin1String("edit") || sub == QLatin1String("remove")
        || sub == QLatin1String("enable") || sub == QLatin1String("disable")
        || sub == QLatin1String("run") || sub == QLatin1String("build");
    if (options.positionals.size() > (named ? 2 : 1))
        throw Failed(
            QStringLiteral("unexpected argument \"%1\"").arg(options.positionals.last().left(80)),
            Usage);
    const auto store = openStore(options, clock);
    ScheduledReports reports(*store);
    FrenchMail french;
    reports.setMailTranslator(&french.translator);

    if (sub == QLatin1String("list")) {
        const auto all = take(reports.list());
        if (options.json) {
            QJsonArray array;
            for (const ScheduledReport &r : all)
                array << reportJson(r);
            printJson({{QStringLiteral("reports"), array}});
            return Success;
        }
        for (const ScheduledReport &r : all)
            out() << r.name << "  " << toKey(r.type) << "  " << r.frequency << "  "
                  << r.recipients.join(QLatin1Char(',')) << "  " << r.format << "  "
                  << (r.enabled ? "enabled" : "disabled") << "  next " << iso(r.nextRunUtc)
                  << (r.pending.from.isValid() ? "  waiting for the network" : "") << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("log")) {
        const auto entries = take(reports.log(500));
        if (options.json) {
            QJsonArray array;
            for (const SendLogEntry &e : entries)
                array << QJsonObject{{QStringLiteral("at_utc"), iso(e.atUtc)},
                    {QStringLiteral("report"), e.reportName},
                    {QStringLiteral("recipients"), QJsonArray::fromStringList(e.recipients)},
                    {QStringLiteral("attempt"), e.attempt}, {QStringLiteral("result"), e.result},
                    {QStringLiteral("code"), e.code}, {QStringLiteral("answer"), e.answer},
                    {QStringLiteral("size_bytes"), e.sizeBytes},
                    {QStringLiteral("file"), e.fileName}};
            printJson({{QStringLiteral("entries"), array}});
            return Success;
        }
        for (const SendLogEntry &e : entries)
            out() << iso(e.atUtc) << "  " << e.reportName << "  "
                  << e.recipients.join(QLatin1Char(',')) << "  attempt " << e.attempt << "  "
                  << e.result << "  " << e.code << "  "
                  << QString(e.answer).replace(QLatin1Char('\n'), QLatin1Char(' ')) << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("run-due")) {
        const auto done = take(reports.runDue());
        if (options.json) {
            QJsonArray array;
            for (const Delivery &d : done)
                array << deliveryJson(d);
            printJson({{QStringLiteral("deliveries"), array}});
        } else {
            for (const Delivery &d : done)
                printDelivery(d);
        }
        for (const Delivery &d : done)
            if (!d.ok())
                return Failure;
        return Success;
    }

    const Actor actor = actorOf(*store, options);
    if (sub == QLatin1String("add")) {
        for (const char *key : {"name", "type", "frequency", "to", "format"})
            (void)required(options, key);
        const ScheduledReport added = take(reports.add(actor, applyOptions({}, options)));
        out() << "report added: " << added.name << ", next run " << iso(added.nextRunUtc)
              << Qt::endl;
        return Success;
    }
    const QString name = reportName(options);
    if (sub == QLatin1String("edit")) {
        const ScheduledReport current = take(reports.find(name));
        const ScheduledReport edited =
            take(reports.edit(actor, name, applyOptions(current, options)));
        out() << "report changed: " << edited.name << ", next run " << iso(edited.nextRunUtc)
              << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("remove")) {
        take(reports.remove(actor, name));
        out() << "report removed: " << name << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("enable") || sub == QLatin1String("disable")) {
        take(reports.setEnabled(actor, name, sub == QLatin1String("enable")));
        out() << "report " << sub << "d: " << name << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("build")) {
        const QString path = required(options, "out");
        const ScheduledReport report = take(reports.find(name));
        const auto period = periodOption(options);
        const ReportFile file = take(reports.build(actor, report,
            period ? *period : ScheduledReports::periodBefore(report.frequency, store->today())));
        QSaveFile output(path);
        if (!output.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || output.write(file.data) != file.data.size() || !output.commit())
            throw Failed(QStringLiteral("cannot write %1").arg(path));
        out() << path << Qt::endl;
        return Success;
    }
    // run
    const auto period = periodOption(options);
    const Delivery delivery = take(reports.runNow(actor, name, period));
    if (options.json)
        printJson(deliveryJson(delivery));
    else
        printDelivery(delivery);
    if (!delivery.ok())
        throw Failed(delivery.last.message);
    return Success;
}

} // namespace

void addMailCommands(CommandTable &table)
{
    table.insert(QStringLiteral("mail"), mailCommand);
    table.insert(QStringLiteral("report"), reportCommand);
}

} // namespace recaisse::cli
