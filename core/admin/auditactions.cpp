#include "auditactions.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace recaisse::core {

namespace {

struct Entry
{
    const char *key;
    const char *label;
};

// One line per key recorded by AuditLog::record somewhere in core; tst_auditactions checks that
// the sources record no key missing here.
constexpr Entry actions[] = {
    {"accounting.plan", QT_TRANSLATE_NOOP("AuditActions", "Account plan changed")},
    {"alert.cash-variance", QT_TRANSLATE_NOOP("AuditActions", "Cash variance alert")},
    {"archive.create", QT_TRANSLATE_NOOP("AuditActions", "Fiscal archive made")},
    {"audit.export", QT_TRANSLATE_NOOP("AuditActions", "Audit trail exported")},
    {"category.create", QT_TRANSLATE_NOOP("AuditActions", "Category created")},
    {"category.update", QT_TRANSLATE_NOOP("AuditActions", "Category changed")},
    {"category.import",
        QT_TRANSLATE_NOOP("AuditActions", "Categories imported from a spreadsheet")},
    {"category.price-import",
        QT_TRANSLATE_NOOP("AuditActions", "Price list imported from a spreadsheet")},
    {"category.partner-map",
        QT_TRANSLATE_NOOP("AuditActions", "Category mapped to an eco-organism")},
    {"category.warranty",
        QT_TRANSLATE_NOOP("AuditActions", "Durable goods and legal warranty of a category set")},
    {"cheque.remit", QT_TRANSLATE_NOOP("AuditActions", "Cheques remitted to the bank (slip)")},
    {"clock.behind",
        QT_TRANSLATE_NOOP("AuditActions", "PC clock behind the last document: nothing recorded")},
    {"clock.confirm", QT_TRANSLATE_NOOP("AuditActions", "PC clock confirmed by an administrator")},
    {"collection.cancel", QT_TRANSLATE_NOOP("AuditActions", "Home collection cancelled")},
    {"collection.done",
        QT_TRANSLATE_NOOP("AuditActions", "Home collection done (its deposit recorded)")},
    {"collection.plan", QT_TRANSLATE_NOOP("AuditActions", "Home collection planned")},
    {"container.add", QT_TRANSLATE_NOOP("AuditActions", "Container added (tare)")},
    {"container.remove", QT_TRANSLATE_NOOP("AuditActions", "Container removed")},
    {"container.tare", QT_TRANSLATE_NOOP("AuditActions", "Container's tare changed")},
    {"config.apply",
        QT_TRANSLATE_NOOP("AuditActions", "Configuration change applied from another station")},
    {"drawer.open", QT_TRANSLATE_NOOP("AuditActions", "Drawer opened without a sale")},
    {"export.accounting", QT_TRANSLATE_NOOP("AuditActions", "Accounting entries exported")},
    {"export.accounting.again",
        QT_TRANSLATE_NOOP("AuditActions", "Accounting entries exported again")},
    {"export.all", QT_TRANSLATE_NOOP("AuditActions", "All the shop's data exported")},
    {"export.ecologic", QT_TRANSLATE_NOOP("AuditActions", "Ecologic declaration exported")},
    {"export.ecologic-failed", QT_TRANSLATE_NOOP("AuditActions", "Ecologic export failed")},
    {"export.partner", QT_TRANSLATE_NOOP("AuditActions", "Eco-organism declaration exported")},
    {"export.partner-failed",
        QT_TRANSLATE_NOOP("AuditActions", "Eco-organism declaration export failed")},
    {"export.schedule-add", QT_TRANSLATE_NOOP("AuditActions", "Export schedule added")},
    {"export.schedule-remove", QT_TRANSLATE_NOOP("AuditActions", "Export schedule removed")},
    {"integrity.verify", QT_TRANSLATE_NOOP("AuditActions", "Integrity check")},
    {"import.all", QT_TRANSLATE_NOOP("AuditActions", "Shop's data imported from a full export")},
    {"join.approve", QT_TRANSLATE_NOOP("AuditActions", "Station approved to join the shop")},
    {"join.code", QT_TRANSLATE_NOOP("AuditActions", "Join code made")},
    {"join.refuse", QT_TRANSLATE_NOOP("AuditActions", "Station refused to join the shop")},
    {"join.restore",
        QT_TRANSLATE_NOOP("AuditActions", "Station approved to be restored on a new computer")},
    {"login.failure", QT_TRANSLATE_NOOP("AuditActions", "Failed login")},
    {"login.lock", QT_TRANSLATE_NOOP("AuditActions", "Account locked after wrong PINs")},
    {"login.pin-change-required",
        QT_TRANSLATE_NOOP("AuditActions", "Login refused: the PIN must be changed")},
    {"login.success", QT_TRANSLATE_NOOP("AuditActions", "Login")},
    {"mail.account", QT_TRANSLATE_NOOP("AuditActions", "Mail account changed")},
    {"mail.report.add", QT_TRANSLATE_NOOP("AuditActions", "E-mail report added")},
    {"mail.report.edit", QT_TRANSLATE_NOOP("AuditActions", "E-mail report changed")},
    {"mail.report.remove", QT_TRANSLATE_NOOP("AuditActions", "E-mail report removed")},
    {"notify.rule", QT_TRANSLATE_NOOP("AuditActions", "Notification settings changed")},
    {"member.create", QT_TRANSLATE_NOOP("AuditActions", "Member registered")},
    {"member.erase", QT_TRANSLATE_NOOP("AuditActions", "Member's personal data erased")},
    {"member.export", QT_TRANSLATE_NOOP("AuditActions", "Member's personal data exported")},
    {"member.update", QT_TRANSLATE_NOOP("AuditActions", "Member's name or contact changed")},
    {"permission.denied", QT_TRANSLATE_NOOP("AuditActions", "Action refused (no right)")},
    {"price.override", QT_TRANSLATE_NOOP("AuditActions", "Price outside the usual range")},
    {"recovery.key", QT_TRANSLATE_NOOP("AuditActions", "New recovery key (recovery kit)")},
    {"refund", QT_TRANSLATE_NOOP("AuditActions", "Ticket refunded")},
    {"register-mode.leave",
        QT_TRANSLATE_NOOP("AuditActions", "Register mode left by an administrator")},
    {"session.close", QT_TRANSLATE_NOOP("AuditActions", "Register closed")},
    {"session.open", QT_TRANSLATE_NOOP("AuditActions", "Register opened")},
    {"session.z-reprint", QT_TRANSLATE_NOOP("AuditActions", "Z report reprinted")},
    {"settings.register-mode",
        QT_TRANSLATE_NOOP("AuditActions", "Register mode switched on or off")},
    {"settings.variance-threshold",
        QT_TRANSLATE_NOOP("AuditActions", "Variance threshold changed")},
    {"site.create", QT_TRANSLATE_NOOP("AuditActions", "Site created")},
    {"site.ticket-printing",
        QT_TRANSLATE_NOOP("AuditActions", "Ticket printing changed (on request or every ticket)")},
    {"site.tax-receipts",
        QT_TRANSLATE_NOOP("AuditActions", "Tax receipts for donations allowed or stopped")},
    {"site.update", QT_TRANSLATE_NOOP("AuditActions", "Site changed")},
    {"solidarity.presets",
        QT_TRANSLATE_NOOP("AuditActions", "Solidarity prices and gifts changed")},
    {"station.create", QT_TRANSLATE_NOOP("AuditActions", "Station created")},
    {"station.admin-station",
        QT_TRANSLATE_NOOP("AuditActions", "Administration station designated or withdrawn")},
    {"sheets.publish",
        QT_TRANSLATE_NOOP("AuditActions", "Reports published to Google Sheets by hand")},
    {"sheets.settings", QT_TRANSLATE_NOOP("AuditActions", "Google Sheets settings changed")},
    {"station.join", QT_TRANSLATE_NOOP("AuditActions", "Station joined the shop")},
    {"station.rekey",
        QT_TRANSLATE_NOOP("AuditActions", "Restored station's new keys (recovery key)")},
    {"station.register", QT_TRANSLATE_NOOP("AuditActions", "Station registered with its keys")},
    {"station.restore",
        QT_TRANSLATE_NOOP(
            "AuditActions", "Station restored from the drive (new numbering series)")},
    {"station.revoke", QT_TRANSLATE_NOOP("AuditActions", "Station revoked")},
    {"sync.account", QT_TRANSLATE_NOOP("AuditActions", "kDrive account changed")},
    {"sync.backup-now", QT_TRANSLATE_NOOP("AuditActions", "Backup made by hand")},
    {"sync.backup-save", QT_TRANSLATE_NOOP("AuditActions", "Backup saved to a folder")},
    {"sync.restore-file",
        QT_TRANSLATE_NOOP(
            "AuditActions", "Station restored from a backup file (new numbering series)")},
    {"sync.refused", QT_TRANSLATE_NOOP("AuditActions", "File on the drive refused as untrusted")},
    {"sync.restore", QT_TRANSLATE_NOOP("AuditActions", "Station restored from the drive")},
    {"sync.telegram", QT_TRANSLATE_NOOP("AuditActions", "Telegram alerts changed")},
    {"telegram.command", QT_TRANSLATE_NOOP("AuditActions", "Telegram bot command answered")},
    {"telegram.commands", QT_TRANSLATE_NOOP("AuditActions", "Telegram bot commands switched")},
    {"telegram.deposit-validated",
        QT_TRANSLATE_NOOP("AuditActions", "Deposit received by Telegram validated at reception")},
    {"telegram.deposit-decided-twice",
        QT_TRANSLATE_NOOP("AuditActions", "Deposit received by Telegram decided at two stations")},
    {"telegram.deposit-rejected",
        QT_TRANSLATE_NOOP("AuditActions", "Deposit received by Telegram rejected at reception")},
    {"ticket.abandon", QT_TRANSLATE_NOOP("AuditActions", "Ticket put aside abandoned unpaid")},
    {"town.add", QT_TRANSLATE_NOOP("AuditActions", "Town added to the site's list")},
    {"town.remove", QT_TRANSLATE_NOOP("AuditActions", "Town removed from the site's list")},
    {"unlock.granted", QT_TRANSLATE_NOOP("AuditActions", "Unlock by an administrator")},
    {"unlock.refused", QT_TRANSLATE_NOOP("AuditActions", "Unlock refused")},
    {"user.activate", QT_TRANSLATE_NOOP("AuditActions", "User reactivated")},
    {"user.create", QT_TRANSLATE_NOOP("AuditActions", "User created")},
    {"user.import", QT_TRANSLATE_NOOP("AuditActions", "People imported from a spreadsheet")},
    {"user.deactivate", QT_TRANSLATE_NOOP("AuditActions", "User deactivated")},
    {"user.change-pin", QT_TRANSLATE_NOOP("AuditActions", "PIN changed by its owner")},
    {"user.pin-pepper",
        QT_TRANSLATE_NOOP("AuditActions", "PINs protected by the shop's key (no PIN changed)")},
    {"user.reset-pin", QT_TRANSLATE_NOOP("AuditActions", "PIN reset")},
    {"user.role", QT_TRANSLATE_NOOP("AuditActions", "Role changed")},
    {"user.telegram-remove", QT_TRANSLATE_NOOP("AuditActions", "Telegram account removed")},
    {"user.telegram-set", QT_TRANSLATE_NOOP("AuditActions", "Telegram account set")},
    {"vat.change", QT_TRANSLATE_NOOP("AuditActions", "VAT regime or rates changed")},
    {"weight.override", QT_TRANSLATE_NOOP("AuditActions", "Weight outside the usual range")},
};

constexpr Entry families[] = {
    {"alert.", QT_TRANSLATE_NOOP("AuditActions", "Alerts (all)")},
    {"accounting.", QT_TRANSLATE_NOOP("AuditActions", "Account plan (all)")},
    {"archive.", QT_TRANSLATE_NOOP("AuditActions", "Fiscal archives (all)")},
    {"audit.", QT_TRANSLATE_NOOP("AuditActions", "Audit trail (all)")},
    {"category.", QT_TRANSLATE_NOOP("AuditActions", "Categories (all)")},
    {"cheque.", QT_TRANSLATE_NOOP("AuditActions", "Cheque slips (all)")},
    {"clock.", QT_TRANSLATE_NOOP("AuditActions", "PC clock (all)")},
    {"collection.", QT_TRANSLATE_NOOP("AuditActions", "Home collections (all)")},
    {"config.", QT_TRANSLATE_NOOP("AuditActions", "Configuration (all)")},
    {"container.", QT_TRANSLATE_NOOP("AuditActions", "Containers and tares (all)")},
    {"drawer.", QT_TRANSLATE_NOOP("AuditActions", "Drawer (all)")},
    {"export.", QT_TRANSLATE_NOOP("AuditActions", "Exports (all)")},
    {"import.", QT_TRANSLATE_NOOP("AuditActions", "Imports (all)")},
    {"integrity.", QT_TRANSLATE_NOOP("AuditActions", "Integrity (all)")},
    {"join.", QT_TRANSLATE_NOOP("AuditActions", "Joining stations (all)")},
    {"login.", QT_TRANSLATE_NOOP("AuditActions", "Logins (all)")},
    {"mail.", QT_TRANSLATE_NOOP("AuditActions", "E-mail and reports (all)")},
    {"notify.", QT_TRANSLATE_NOOP("AuditActions", "Notifications (all)")},
    {"member.", QT_TRANSLATE_NOOP("AuditActions", "Members (all)")},
    {"permission.", QT_TRANSLATE_NOOP("AuditActions", "Refusals (all)")},
    {"price.", QT_TRANSLATE_NOOP("AuditActions", "Prices (all)")},
    {"recovery.", QT_TRANSLATE_NOOP("AuditActions", "Recovery key (all)")},
    {"register-mode.", QT_TRANSLATE_NOOP("AuditActions", "Register mode (all)")},
    {"session.", QT_TRANSLATE_NOOP("AuditActions", "Register sessions (all)")},
    {"settings.", QT_TRANSLATE_NOOP("AuditActions", "Settings (all)")},
    {"sheets.", QT_TRANSLATE_NOOP("AuditActions", "Google Sheets (all)")},
    {"site.", QT_TRANSLATE_NOOP("AuditActions", "Sites (all)")},
    {"solidarity.", QT_TRANSLATE_NOOP("AuditActions", "Solidarity prices (all)")},
    {"station.", QT_TRANSLATE_NOOP("AuditActions", "Stations (all)")},
    {"sync.", QT_TRANSLATE_NOOP("AuditActions", "Synchronisation (all)")},
    {"telegram.", QT_TRANSLATE_NOOP("AuditActions", "Telegram bot (all)")},
    {"ticket.", QT_TRANSLATE_NOOP("AuditActions", "Tickets put aside (all)")},
    {"town.", QT_TRANSLATE_NOOP("AuditActions", "Towns (all)")},
    {"unlock.", QT_TRANSLATE_NOOP("AuditActions", "Unlocks (all)")},
    {"user.", QT_TRANSLATE_NOOP("AuditActions", "Users (all)")},
    {"vat.", QT_TRANSLATE_NOOP("AuditActions", "VAT (all)")},
    {"weight.", QT_TRANSLATE_NOOP("AuditActions", "Weights (all)")},
};

template<std::size_t N>
const Entry *lookup(const Entry (&table)[N], const QString &key)
{
    const auto it = std::find_if(std::begin(table), std::end(table),
        [&key](const Entry &entry) { return key == QLatin1String(entry.key); });
    return it == std::end(table) ? nullptr : it;
}

} // namespace

QStringList AuditActions::known()
{
    QStringList keys;
    for (const Entry &entry : actions)
        keys << QString::fromLatin1(entry.key);
    keys.sort();
    return keys;
}

bool AuditActions::isKnown(const QString &key)
{
    return lookup(actions, key) != nullptr;
}

QString AuditActions::label(const QString &key)
{
    const Entry *entry = lookup(actions, key);
    return entry ? QCoreApplication::translate("AuditActions", entry->label) : key;
}

QString AuditActions::familyLabel(const QString &prefix)
{
    const Entry *entry = lookup(families, prefix);
    return entry ? QCoreApplication::translate("AuditActions", entry->label)
                 : prefix + QLatin1Char('*');
}

} // namespace recaisse::core
