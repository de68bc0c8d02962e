#include "cli.h"

#include "commands.h"
#include "core/buildinfo.h"
#include "core/money.h"
#include "core/store.h"
#include "core/sync/sitekeys.h"
#include "core/sync/stationregistry.h"
#include "core/users.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QMap>
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

// The arguments that used to carry a PIN, and where the PIN goes now.
const char *pinReplacement(const QString &key)
{
    if (key == QLatin1String("pin") || key == QLatin1String("admin-pin"))
        return "RECAISSE_PIN";
    if (key == QLatin1String("new-pin"))
        return "RECAISSE_NEW_PIN";
    if (key == QLatin1String("unlock-pin"))
        return "RECAISSE_UNLOCK_PIN";
    if (key == QLatin1String("validator-pin"))
        return "RECAISSE_VALIDATOR_PIN";
    return nullptr;
}

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
            || argument == QLatin1String("--pins-stdin") || argument == QLatin1String("--demo")
            || argument == QLatin1String("--from-webdav") || argument == QLatin1String("--no-test")
            || argument == QLatin1String("--list-points")
            || argument == QLatin1String("--create-folder")
            || argument == QLatin1String("--starttls") || argument == QLatin1String("--tls")
            || argument == QLatin1String("--plain") || argument == QLatin1String("--none")
            || argument == QLatin1String("--reset") || argument == QLatin1String("--durable")
            || argument == QLatin1String("--not-durable") || argument == QLatin1String("--dry-run")
            || argument == QLatin1String("--valid-rows-only") || argument == QLatin1String("--on")
            || argument == QLatin1String("--off") || argument == QLatin1String("--token-stdin")
            || argument == QLatin1String("--enable") || argument == QLatin1String("--disable")
            || argument == QLatin1String("--again") || argument == QLatin1String("--all")
            || argument == QLatin1String("--members-only")) {
            // Flags without a value.
            options.values.insert(argument.mid(2), QStringLiteral("1"));
        } else if (argument.startsWith(QLatin1String("--"))) {
            QString key = argument.mid(2);
            QString value;
            const qsizetype equals = key.indexOf(QLatin1Char('='));
            if (equals >= 0) {
                value = key.mid(equals + 1);
                key = key.left(equals);
            }
            if (const char *variable = pinReplacement(key))
                throw Failed(QStringLiteral("--%1 is refused: a PIN on the command line shows in "
                                            "the process list and the shell history; put it in "
                                            "%2 or pass it on standard input with --pins-stdin")
                                 .arg(key, QString::fromLatin1(variable)),
                    Usage);
            if (equals < 0) {
                if (i + 1 >= arguments.size())
                    throw Failed(QStringLiteral("--%1 needs a value").arg(key), Usage);
                value = arguments.at(++i);
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

ShopPapers::ShopPapers()
{
    m_installed = m_french.load(QStringLiteral(":/i18n/recaisse_fr.qm"))
        && QCoreApplication::installTranslator(&m_french);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
}

ShopPapers::~ShopPapers()
{
    QLocale::setDefault(m_locale);
    if (m_installed)
        QCoreApplication::removeTranslator(&m_french);
}

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
    auto store = take(Store::open(databasePath(options), clock));
    // A station with keys checks PINs with the shop's pepper, read with its keys from the
    // keychain (a blocking read: fine here). Without them a peppered PIN says why it cannot be
    // checked.
    const auto registered = sync::StationRegistry::find(*store, store->station().id);
    if (registered && *registered)
        (void)sync::SiteKeyStore::load(store->site().id, store->station().id);
    return store;
}

Actor signIn(Store &store, const QString &name, const QString &pin)
{
    Users users(store);
    const UserInfo user = take(users.findByName(name));
    auto actor = users.login(user.id, pin);
    if (!actor && actor.error().code == ErrorCode::PinChangeRequired)
        throw Failed(actor.error().message
            + QStringLiteral(" With recaisse-cli: user-pin --user %1, the current PIN in "
                             "RECAISSE_PIN and the new one in RECAISSE_NEW_PIN.")
                  .arg(user.name));
    return take(std::move(actor));
}

namespace {

// Standard input, read line by line by whoever needs it (PINs first, then a password): one
// reader for the whole run, so that a buffered read keeps the lines it has not handed out yet.
struct StandardInput
{
    QFile file;
    QMap<PinRole, QString> pins;
    std::optional<PinRole> lastPin;
    bool passwordRead = false;
};

StandardInput &standardInput()
{
    static StandardInput input;
    return input;
}

QString readStdinLine(const QString &what)
{
    StandardInput &input = standardInput();
    if (!input.file.isOpen() && !input.file.open(stdin, QIODevice::ReadOnly))
        throw Failed(QStringLiteral("cannot read %1 from standard input").arg(what));
    QByteArray line = input.file.readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        throw Failed(QStringLiteral("%1 is missing on standard input").arg(what), Usage);
    return QString::fromUtf8(line);
}

const char *pinVariable(PinRole role)
{
    switch (role) {
    case PinRole::Actor:
        return "RECAISSE_PIN";
    case PinRole::New:
        return "RECAISSE_NEW_PIN";
    case PinRole::Unlock:
        return "RECAISSE_UNLOCK_PIN";
    case PinRole::Validator:
        return "RECAISSE_VALIDATOR_PIN";
    }
    return "";
}

QString pinDescription(const Options &options, PinRole role)
{
    switch (role) {
    case PinRole::Actor:
        if (options.command == QLatin1String("init"))
            return QStringLiteral("the first administrator's PIN");
        // sync account and restore: --user is the drive's account, --admin who acts.
        return options.has(QStringLiteral("admin")) ? QStringLiteral("the PIN of --admin")
                                                    : QStringLiteral("the PIN of --user");
    case PinRole::New:
        return QStringLiteral("the new PIN");
    case PinRole::Unlock:
        return QStringLiteral("the PIN of --unlock-user");
    case PinRole::Validator:
        return QStringLiteral("the PIN of --validator");
    }
    return {};
}

} // namespace

QString pinOf(const Options &options, PinRole role)
{
    const QString variable = QString::fromLatin1(pinVariable(role));
    const QString what = pinDescription(options, role);
    if (!options.has(QStringLiteral("pins-stdin"))) {
        QString pin = qEnvironmentVariable(pinVariable(role));
        if (pin.isEmpty())
            throw Failed(
                QStringLiteral("%1 needs %2 in %3 (or on standard input with --pins-stdin)")
                    .arg(options.command, what, variable),
                Usage);
        return pin;
    }
    StandardInput &input = standardInput();
    if (const auto known = input.pins.constFind(role); known != input.pins.cend())
        return *known;
    // The lines follow PinRole's order, then the password: a command asking in another order
    // would take one secret for another.
    if (input.passwordRead || (input.lastPin && *input.lastPin > role))
        throw Failed(
            QStringLiteral("internal error: %1 asked for %2 out of order on standard input")
                .arg(options.command, variable));
    QString pin = readStdinLine(QStringLiteral("%1 (%2)").arg(what, variable));
    input.pins.insert(role, pin);
    input.lastPin = role;
    return pin;
}

Actor actorOf(Store &store, const Options &options)
{
    const QString name = required(options, "user");
    return signIn(store, name, pinOf(options, PinRole::Actor));
}

std::optional<Unlock> unlockOf(
    Store &store, const Options &options, const char *userKey, PinRole role)
{
    if (!options.has(QString::fromLatin1(userKey)))
        return std::nullopt;
    const QString name = required(options, userKey);
    const QString pin = pinOf(options, role);
    const UserInfo user = take(Users(store).findByName(name));
    return Unlock{user.id, pin};
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
    QString secret = readStdinLine(what);
    standardInput().passwordRead = true;
    return secret;
}

int run(const QStringList &arguments)
{
    static const CommandTable commands = [] {
        CommandTable table;
        addStationCommands(table);
        addSyncCommands(table);
        addExportCommands(table);
        addDeviceCommands(table);
        addPortabilityCommands(table);
        addMailCommands(table);
        addSheetsCommands(table);
        addNotifyCommands(table);
        addFlowCommands(table);
        addMoneyCommands(table);
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
            out() << helpHeader << stationHelp << syncHelp << exportHelp << flowHelp << moneyHelp
                  << portabilityHelp << sheetsHelp << deviceHelp << mailHelp << notifyHelp
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
