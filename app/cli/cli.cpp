#include "cli.h"

#include "commands.h"
#include "core/buildinfo.h"
#include "core/money.h"
#include "core/store.h"
#include "core/users.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>

namespace recaisse::cli {

using namespace recaisse::core;

namespace {

const char helpHeader[] = R"(recaisse-cli: ReCaisse from the command line (scripts, support, tests).

usage: recaisse-cli [--db FILE] [--json] COMMAND [OPTIONS]

  --db FILE   the station database (default: the GUI's station.sqlite in the user's data folder)
  --json      machine-readable output where a command prints a result
  --version   print the version, the commit and the Qt version, and exit
)";

const char helpFooter[] = R"(
Amounts accept French input (12,50 or 12.50 or "12,50 €"). Every failure exits non-zero with a
one-line reason on stderr.
)";

Options parse(const QStringList &arguments)
{
    Options options;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--json")) {
            options.json = true;
        } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            options.command = QStringLiteral("help");
        } else if (argument == QLatin1String("--version")) {
            options.version = true;
        } else if (argument == QLatin1String("--password-stdin")
            || argument == QLatin1String("--from-webdav") || argument == QLatin1String("--no-test")
            || argument == QLatin1String("--create-folder")) {
            // Flags without a value.
            options.values.insert(argument.mid(2), QStringLiteral("1"));
        } else if (argument.startsWith(QLatin1String("--"))) {
            QString key = argument.mid(2);
            QString value;
            const qsizetype equals = key.indexOf(QLatin1Char('='));
            if (equals >= 0) {
                value = key.mid(equals + 1);
                key = key.left(equals);
            } else if (i + 1 < arguments.size()) {
                value = arguments.at(++i);
            } else {
                throw Failed(QStringLiteral("--%1 needs a value").arg(key), Usage);
            }
            if (key == QLatin1String("db"))
                options.db = value;
            else
                options.values.insert(key, value);
        } else if (options.command.isEmpty()) {
            options.command = argument;
        } else {
            options.positionals.append(argument);
        }
    }
    return options;
}

} // namespace

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void printJson(const QJsonObject &object)
{
    out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
    out().flush();
}

QString required(const Options &options, const char *key)
{
    const QString name = QString::fromLatin1(key);
    if (!options.has(name) || options.value(name).isEmpty())
        throw Failed(QStringLiteral("%1 needs --%2").arg(options.command, name), Usage);
    return options.value(name);
}

QString databasePath(const Options &options)
{
    if (!options.db.isEmpty())
        return options.db;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder + QStringLiteral("/station.sqlite");
}

std::unique_ptr<Store> openStore(const Options &options, const Clock &clock)
{
    return take(Store::open(databasePath(options), clock));
}

Actor signIn(Store &store, const QString &name, const QString &pin)
{
    Users users(store);
    const UserInfo user = take(users.findByName(name));
    return take(users.login(user.id, pin));
}

Actor actorOf(Store &store, const Options &options)
{
    const QString pin = options.has(QStringLiteral("pin")) ? options.value(QStringLiteral("pin"))
                                                           : qEnvironmentVariable("RECAISSE_PIN");
    if (pin.isEmpty())
        throw Failed(
            QStringLiteral("%1 needs --pin (or RECAISSE_PIN)").arg(options.command), Usage);
    return signIn(store, required(options, "user"), pin);
}

std::optional<Unlock> unlockOf(
    Store &store, const Options &options, const char *userKey, const char *pinKey)
{
    if (!options.has(QString::fromLatin1(userKey)))
        return std::nullopt;
    const UserInfo user = take(Users(store).findByName(required(options, userKey)));
    return Unlock{user.id, required(options, pinKey)};
}

qint64 amount(const QString &text, const QString &what)
{
    auto cents = money::parse(text);
    if (!cents)
        throw Failed(QStringLiteral("%1: %2").arg(what, cents.error().message));
    return *cents;
}

qint64 integer(const QString &text, const QString &what, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < min || value > max)
        throw Failed(QStringLiteral("%1 must be a whole number between %2 and %3")
                         .arg(what)
                         .arg(min)
                         .arg(max));
    return value;
}

void take(const Result<void> &result)
{
    if (!result)
        throw Failed(result.error().message);
}

Command withoutArguments(Command command)
{
    return [command = std::move(command)](const Options &options) {
        if (!options.positionals.isEmpty())
            throw Failed(QStringLiteral("unexpected argument \"%1\"")
                             .arg(options.positionals.first().left(80)),
                Usage);
        return command(options);
    };
}

QString readSecretFromStdin(const QString &what)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        throw Failed(QStringLiteral("cannot read %1 from standard input").arg(what));
    QByteArray line = input.readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        throw Failed(QStringLiteral("%1 is empty on standard input").arg(what), Usage);
    return QString::fromUtf8(line);
}

int run(const QStringList &arguments)
{
    static const CommandTable commands = [] {
        CommandTable table;
        addStationCommands(table);
        addSyncCommands(table);
        addExportCommands(table);
        addDeviceCommands(table);
        return table;
    }();
    try {
        const Options options = parse(arguments);
        if (options.version) {
            out() << buildinfo::versionLine(QStringLiteral("recaisse-cli")) << '\n';
            out().flush();
            return Success;
        }
        if (options.command.isEmpty() || options.command == QLatin1String("help")) {
            out() << helpHeader << stationHelp << syncHelp << exportHelp << deviceHelp
                  << helpFooter;
            out().flush();
            return options.command.isEmpty() ? Usage : Success;
        }
        const auto command = commands.constFind(options.command);
        if (command == commands.cend())
            throw Failed(QStringLiteral("unknown command \"%1\" (see recaisse-cli help)")
                             .arg(options.command.left(40)),
                Usage);
        return (*command)(options);
    } catch (const Failed &failed) {
        QString reason = failed.reason();
        reason.replace(QLatin1Char('\n'), QLatin1Char(' '));
        QTextStream(stderr) << "recaisse-cli: " << reason << Qt::endl;
        return failed.code();
    }
}

} // namespace recaisse::cli
