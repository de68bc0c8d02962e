// recaisse-cli notify: notifications per event type (core/notify) and the Telegram bot they use.

#include "cli.h"
#include "core/notify/notifications.h"
#include "core/notify/telegrambot.h"
#include "core/store.h"
#include "core/sync/telegram.h"

#include <QJsonArray>
#include <QJsonObject>

namespace recaisse::cli {

using namespace recaisse::core;
using namespace recaisse::core::notify;

const char notifyHelp[] = R"(
Notifications per event (administrator: --user NAME, PIN in RECAISSE_PIN)
  notify list [--json]                  the events, their recipients, quiet hours, thresholds
  notify set EVENT [--on | --off] [--telegram ID[,ID]] [--email ADDRESS[,ADDRESS]]
             [--quiet HH:MM-HH:MM | --quiet none] [--threshold N] [--days M] --user NAME
                                        EVENT: variance, repeated-variances (N closings beyond
                                        the threshold in M days), refunds-high (more than N in
                                        a day), sync-failing, backup-missing (after N hours),
                                        disk-low (below N MB free), integrity-failed,
                                        drawer-without-sale (more than N in a day),
                                        station-silent (another station, after N hours),
                                        export-failed (an eco-organism declaration),
                                        account-locked (after wrong PINs);
                                        Telegram ids must be given to a user first
  notify bot --api URL [--token-stdin] [--commands on|off] --user NAME
                                        the Bot API address (https://api.telegram.org by
                                        default) and, from standard input, the bot's token
                                        (kept in the keychain, never an argument); --commands:
                                        this station answers /statut, /depot and /aide to
                                        the team
  notify run-due [--json]               tells what is due now (the program does it every
                                        minute while it runs)
  notify log [--json]                   one entry per message and recipient
)";

namespace {

QStringList listOption(const Options &options, const char *key)
{
    QStringList items;
    for (const QString &item :
        options.value(QString::fromLatin1(key)).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    return items;
}

QJsonObject ruleJson(const EventRule &rule)
{
    return {{QStringLiteral("event"), toKey(rule.type)}, {QStringLiteral("enabled"), rule.enabled},
        {QStringLiteral("telegram"), QJsonArray::fromStringList(rule.telegramChats)},
        {QStringLiteral("email"), QJsonArray::fromStringList(rule.emails)},
        {QStringLiteral("quiet_from"), rule.quietFrom.toString(QStringLiteral("HH:mm"))},
        {QStringLiteral("quiet_to"), rule.quietTo.toString(QStringLiteral("HH:mm"))},
        {QStringLiteral("threshold"), rule.threshold}, {QStringLiteral("days"), rule.windowDays}};
}

int notifyCommand(const Options &options)
{
    SystemClock clock;
    const QString sub = options.subcommand();
    static const QStringList known = {QStringLiteral("list"), QStringLiteral("set"),
        QStringLiteral("bot"), QStringLiteral("run-due"), QStringLiteral("log")};
    if (!known.contains(sub))
        throw Failed(QStringLiteral("notify needs list, set, bot, run-due or log"), Usage);
    if (options.positionals.size() > (sub == QLatin1String("set") ? 2 : 1))
        throw Failed(
            QStringLiteral("unexpected argument \"%1\"").arg(options.positionals.last().left(80)),
            Usage);
    const auto store = openStore(options, clock);
    Notifications notifications(*store);

    if (sub == QLatin1String("list")) {
        const auto rules = take(notifications.rules());
        if (options.json) {
            QJsonArray array;
            for (const EventRule &rule : rules)
                array << ruleJson(rule);
            printJson({{QStringLiteral("events"), array}});
            return Success;
        }
        for (const EventRule &rule : rules)
            out() << toKey(rule.type) << "  " << (rule.enabled ? "on" : "off") << "  telegram "
                  << rule.telegramChats.join(QLatin1Char(',')) << "  email "
                  << rule.emails.join(QLatin1Char(',')) << "  quiet "
                  << (rule.quietFrom.isValid() ? rule.quietFrom.toString(QStringLiteral("HH:mm"))
                                 + QLatin1Char('-') + rule.quietTo.toString(QStringLiteral("HH:mm"))
                                               : QStringLiteral("none"))
                  << "  threshold " << rule.threshold << "  days " << rule.windowDays << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("log")) {
        const auto entries = take(notifications.log(500));
        if (options.json) {
            QJsonArray array;
            for (const NotifyLogEntry &e : entries)
                array << QJsonObject{{QStringLiteral("at_utc"), isoUtc(e.atUtc)},
                    {QStringLiteral("event"), e.event}, {QStringLiteral("key"), e.key},
                    {QStringLiteral("channel"), e.channel}, {QStringLiteral("target"), e.target},
                    {QStringLiteral("result"), e.result}, {QStringLiteral("detail"), e.detail}};
            printJson({{QStringLiteral("entries"), array}});
            return Success;
        }
        for (const NotifyLogEntry &e : entries)
            out() << isoUtc(e.atUtc) << "  " << e.event << "  " << e.channel << "  " << e.target
                  << "  " << e.result << "  " << e.detail << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("run-due")) {
        const int sent = take(notifications.runDue());
        if (options.json)
            printJson({{QStringLiteral("sent"), sent}});
        else
            out() << sent << " message(s) sent" << Qt::endl;
        return Success;
    }

    const Actor actor = actorOf(*store, options);
    if (sub == QLatin1String("bot")) {
        sync::TelegramSettings settings = sync::TelegramNotifier::load(*store);
        settings.apiBaseUrl = required(options, "api");
        const QString token = options.has(QStringLiteral("token-stdin"))
            ? readSecretFromStdin(QStringLiteral("the bot's token"))
            : QString();
        const QString commands = options.value(QStringLiteral("commands"));
        if (options.has(QStringLiteral("commands")) && commands != QLatin1String("on")
            && commands != QLatin1String("off"))
            throw Failed(QStringLiteral("--commands is on or off"), Usage);
        take(sync::TelegramNotifier::save(*store, actor, settings, token));
        if (options.has(QStringLiteral("commands")))
            take(TelegramBot::setEnabled(*store, actor, commands == QLatin1String("on")));
        out() << "telegram bot set: " << settings.apiBaseUrl
              << (token.isEmpty() ? "" : " (token kept in the keychain)")
              << (TelegramBot::enabled(*store) ? ", answers commands" : "") << Qt::endl;
        return Success;
    }
    // set
    const QString key = options.positionals.value(1);
    const auto type = eventTypeFromKey(key);
    if (!type)
        throw Failed(QStringLiteral("notify set needs an EVENT: variance, repeated-variances, "
                                    "refunds-high, sync-failing, backup-missing, disk-low, "
                                    "integrity-failed, drawer-without-sale, station-silent, "
                                    "export-failed or account-locked"),
            Usage);
    EventRule rule = take(notifications.rule(*type));
    if (options.has(QStringLiteral("on")) && options.has(QStringLiteral("off")))
        throw Failed(QStringLiteral("--on or --off, not both"), Usage);
    if (options.has(QStringLiteral("on")))
        rule.enabled = true;
    if (options.has(QStringLiteral("off")))
        rule.enabled = false;
    if (options.has(QStringLiteral("telegram")))
        rule.telegramChats = listOption(options, "telegram");
    if (options.has(QStringLiteral("email")))
        rule.emails = listOption(options, "email");
    if (options.has(QStringLiteral("quiet"))) {
        const QString quiet = options.value(QStringLiteral("quiet"));
        if (quiet == QLatin1String("none")) {
            rule.quietFrom = rule.quietTo = QTime();
        } else {
            const QStringList ends = quiet.split(QLatin1Char('-'));
            const QTime from = QTime::fromString(ends.value(0), QStringLiteral("HH:mm"));
            const QTime to = QTime::fromString(ends.value(1), QStringLiteral("HH:mm"));
            if (ends.size() != 2 || !from.isValid() || !to.isValid())
                throw Failed(QStringLiteral("--quiet is HH:MM-HH:MM (22:00-07:00) or none"), Usage);
            rule.quietFrom = from;
            rule.quietTo = to;
        }
    }
    if (options.has(QStringLiteral("threshold")))
        rule.threshold = int(integer(
            options.value(QStringLiteral("threshold")), QStringLiteral("--threshold"), 0, 100000));
    if (options.has(QStringLiteral("days")))
        rule.windowDays =
            int(integer(options.value(QStringLiteral("days")), QStringLiteral("--days"), 1, 366));
    take(notifications.setRule(actor, rule));
    out() << "notification " << toKey(rule.type) << ": " << (rule.enabled ? "on" : "off")
          << Qt::endl;
    return Success;
}

} // namespace

void addNotifyCommands(CommandTable &table)
{
    table.insert(QStringLiteral("notify"), notifyCommand);
}

} // namespace recaisse::cli
