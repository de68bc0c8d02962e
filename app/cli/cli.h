#pragma once

// What every recaisse-cli command shares: the parsed command line, the one-line failure, the
// output helpers and the conversions of typed arguments. Each area's commands live in their own
// file and add themselves to the command table.

#include "core/domain.h"
#include "core/result.h"

#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QMultiHash>
#include <QStringList>
#include <QTextStream>
#include <QTranslator>

#include <functional>
#include <memory>
#include <optional>

namespace recaisse::core {
class Clock;
class Store;
namespace portability {
struct SheetTable;
enum class ImportKind;
} // namespace portability
} // namespace recaisse::core

namespace recaisse::cli {

enum Exit { Success = 0, Failure = 1, Usage = 2 };

struct Options
{
    QString command;
    // Words after the command: "sync now" gives command "sync", positionals {"now"}.
    QStringList positionals;
    QString db;
    bool json = false;
    // --version: print the version line and do nothing else.
    bool version = false;
    QMultiHash<QString, QString> values;

    QString value(const QString &key) const { return values.value(key); }
    QStringList all(const QString &key) const
    {
        QStringList list = values.values(key);
        std::reverse(list.begin(), list.end()); // QMultiHash returns the latest first
        return list;
    }
    bool has(const QString &key) const { return values.contains(key); }
    // The sub-command ("sync now" -> "now"), empty when there is none.
    QString subcommand() const { return positionals.value(0); }
};

// Thrown by a command to stop with one line on stderr and a non-zero exit.
class Failed
{
public:
    explicit Failed(QString reason, int code = Failure)
        : m_reason(std::move(reason))
        , m_code(code)
    {
    }
    const QString &reason() const { return m_reason; }
    int code() const { return m_code; }

private:
    QString m_reason;
    int m_code;
};

using Command = std::function<int(const Options &)>;
using CommandTable = QHash<QString, Command>;

// A command that takes no words after its name refuses them ("verify now" is a typo).
Command withoutArguments(Command command);

// Each area's file adds its commands.
void addStationCommands(CommandTable &table); // commands.cpp
void addSyncCommands(CommandTable &table); // sync_commands.cpp
void addExportCommands(CommandTable &table); // export_commands.cpp
void addDeviceCommands(CommandTable &table); // device_commands.cpp
void addPortabilityCommands(CommandTable &table); // portability_commands.cpp
// `export all` (portability_commands.cpp), reached through the export command.
int exportAll(const Options &options);
// `backup save` (portability_commands.cpp), reached through the backup command.
int backupSave(const Options &options);
// `restore --from-file` (portability_commands.cpp), reached through the restore command.
int restoreFromFile(const Options &options);
// The rows of a spreadsheet through the mapping (--mapping FILE or the header's words), with
// --dry-run and --valid-rows-only; prints the outcome (portability_commands.cpp). `import` and
// `sheets import-prices` share it.
int importTable(const Options &options, core::portability::ImportKind kind, core::Store &store,
    const core::Actor &actor, const core::portability::SheetTable &table,
    const QString &sourceName);
void addSheetsCommands(CommandTable &table); // sheets_commands.cpp
void addMailCommands(CommandTable &table); // mail_commands.cpp
void addNotifyCommands(CommandTable &table); // notify_commands.cpp
void addFlowCommands(CommandTable &table); // flow_commands.cpp: category map, report tonnage
// `report tonnage`, on its own so that the `report` command of other areas can call it.
int reportTonnage(const Options &options);
void addMoneyCommands(CommandTable &table); // money_commands.cpp
// Each area's lines of `recaisse-cli help`.
extern const char stationHelp[];
extern const char syncHelp[];
extern const char exportHelp[];
extern const char deviceHelp[];
extern const char portabilityHelp[];
extern const char mailHelp[];
extern const char sheetsHelp[];
extern const char notifyHelp[];
extern const char flowHelp[];
extern const char moneyHelp[];

QTextStream &out();
void printJson(const QJsonObject &object);

// While it lives, what core writes for the shop (its papers: the recovery kit, the tonnage
// report, cheque slips) is in French, the shop's language, with French dates and numbers, as the
// GUI writes it; the command's own messages stay in English.
class ShopPapers
{
public:
    ShopPapers();
    ~ShopPapers();
    ShopPapers(const ShopPapers &) = delete;
    ShopPapers &operator=(const ShopPapers &) = delete;

private:
    QTranslator m_french;
    QLocale m_locale;
    bool m_installed = false;
};

template<typename T>
T take(core::Result<T> result)
{
    if (!result)
        throw Failed(result.error().message);
    return std::move(result).value();
}
void take(const core::Result<void> &result);

QString required(const Options &options, const char *key);
QString databasePath(const Options &options);
std::unique_ptr<core::Store> openStore(const Options &options, const core::Clock &clock);
core::Actor signIn(core::Store &store, const QString &name, const QString &pin);

// Whose PIN a command needs. A PIN is never an argument (`ps` and the shell history would show
// it): each comes from its environment variable or, with --pins-stdin, from standard input, one
// per line in this order (only those the command needs), before any --password-stdin password.
enum class PinRole {
    Actor, // RECAISSE_PIN: the acting --user; for init, the first administrator
    New, // RECAISSE_NEW_PIN: the PIN given to a user
    Unlock, // RECAISSE_UNLOCK_PIN: the administrator named by --unlock-user
    Validator, // RECAISSE_VALIDATOR_PIN: the administrator named by --validator
};
// The PIN of that role; a usage failure naming the variable when it is missing. Commands ask for
// their PINs in the order of PinRole.
QString pinOf(const Options &options, PinRole role);
// The actor named by --user, signed in with the PinRole::Actor PIN.
core::Actor actorOf(core::Store &store, const Options &options);
// The administrator named by userKey (--unlock-user, --validator) with the PIN of role, or none
// when the option is absent.
std::optional<core::Unlock> unlockOf(
    core::Store &store, const Options &options, const char *userKey, PinRole role);
qint64 amount(const QString &text, const QString &what);
qint64 integer(const QString &text, const QString &what, qint64 min, qint64 max);
// A password or token read from standard input (one line, trailing newline removed), after the
// PINs of --pins-stdin.
QString readSecretFromStdin(const QString &what);

} // namespace recaisse::cli
