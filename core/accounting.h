#pragma once

#include "domain.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>

namespace recaisse::core {

class Store;

// The accounts the day's entries go to. The defaults follow the French associations' chart of
// accounts (règlement ANC 2018-06, built on the plan comptable général).
struct AccountPlan
{
    // Each account of the plan: its key (the command line's option and the stored name), the
    // member and what it books (for the editor).
    struct Field
    {
        const char *key;
        QString AccountPlan::*account;
        const char *what;
    };
    static const QList<Field> &fields();

    QString cash = QStringLiteral("530"); // Caisse
    QString cheques = QStringLiteral("5112"); // Chèques à encaisser
    QString cards = QStringLiteral("5115"); // Cartes bancaires à encaisser
    QString sales = QStringLiteral("707"); // Ventes de marchandises
    QString donations = QStringLiteral("7541"); // Dons manuels
    QString memberships = QStringLiteral("756"); // Cotisations
    QString vat = QStringLiteral("44571"); // TVA collectée
    QString cashShortage = QStringLiteral("658"); // Charges diverses de gestion courante
    QString cashSurplus = QStringLiteral("758"); // Produits divers de gestion courante
    // A revenue account per category (category id -> account); a category without one takes
    // its parent's, and the sales account at the root.
    QMap<QString, QString> categoryAccounts = {};

    bool operator==(const AccountPlan &) const = default;
};

// An accounting export made before (on any station: read from the synced audit trail).
struct AccountingExportRun
{
    QDateTime atUtc;
    QString stationId;
    QString actorId;
    QDate first;
    QDate last;
};

// One line of an entry: an amount on one side of one account.
struct EntryLine
{
    QDate day;
    QString account;
    QString label;
    qint64 debitCents = 0;
    qint64 creditCents = 0;
};

// The day's entry of the sales journal: what was received by payment method (net of change and
// refunds; donations included) against the sales excluding VAT, the VAT collected (every regime's,
// summed ticket by ticket), the donations and the cash variances of the Z reports. Debits equal
// credits every day. "Free" payments are not money and give no entry; cash movements (a deposit
// at the bank) are transfers booked with the bank statement, not here. Sales are booked net of
// the solidarity discounts printed on their tickets (a reduction granted on the ticket itself is
// not booked apart, unlike a later rebate on 709); free gifts are no money and give no entry.
// Sales go to each category's revenue account: an account other than the plan's sales account
// takes its categories' lines of the day (sales less refunds) excluding VAT, by the core's rounding
// rule applied to the account's sum per rate; the sales account takes the rest of the sales
// excluding VAT (the VAT itself is summed ticket by ticket), so that every day balances.
class AccountingExport
{
    Q_DECLARE_TR_FUNCTIONS(AccountingExport)

public:
    // With the site's account plan (the defaults until an administrator changes it).
    explicit AccountingExport(Store &store);
    AccountingExport(Store &store, AccountPlan plan);

    // The site's account plan, and its change by an administrator (ManageSettings): every
    // account given, 1 to 20 letters or digits, a category account for a known category only;
    // audited ("accounting.plan"). It travels with the site's row in the signed configuration.
    static Result<AccountPlan> sitePlan(Store &store);
    static Result<void> setSitePlan(Store &store, const Actor &actor, const AccountPlan &plan);
    // The stations, by their codes, whose cash sessions holding documents of these days (or
    // opened by the last day) have no closing in this database (a register still open, or its
    // closing not synced yet), and the registers that synced nothing of these days: their last
    // heartbeat falls on one of them without a closing that day, or their journal published then
    // has not all arrived here.
    Result<QStringList> unclosedStations(const QDate &first, const QDate &last) const;

    // Every station's documents in this database, day by day; needs ExportData. Refused while a
    // station's session holding documents of these days has no closing here (the message names
    // the stations).
    Result<QList<EntryLine>> entries(
        const Actor &actor, const QDate &first, const QDate &last) const;
    // The documented CSV: a header, then "date;journal;piece;account;label;debit;credit" with
    // French amounts (12,50), one line per account and day.
    static QByteArray csv(const QList<EntryLine> &lines);
    // Paheko's import format "Groupé" (grouped: an entry's first line carries its number, date and
    // label, the next ones only their account and amounts), with the column names Paheko exports
    // and reads; dates dd/mm/yyyy, amounts 1234,56. The plan's labels name the lines.
    static QByteArray paheko(const QList<EntryLine> &lines);
    enum class Format { Csv, Paheko };
    // The exports made before, on any station, of a day among these, oldest first.
    Result<QList<AccountingExportRun>> exportedBefore(const QDate &first, const QDate &last) const;
    // entries() as CSV (or Paheko's format), audited ("export.accounting" with the days, the
    // format and the lines' count). A day exported before (exportedBefore) is exported again only
    // when `again` says so (audited "export.accounting.again"); otherwise refused (Conflict),
    // naming the days and when they were exported, nothing written.
    Result<QByteArray> exportCsv(const Actor &actor, const QDate &first, const QDate &last,
        Format format = Format::Csv, bool again = false) const;
    // The name proposed for the exported file ("entries-<first>-<last>.csv", translated),
    // headed by DemoShop::fileNamePrefix for a demo shop.
    QString fileName(const QDate &first, const QDate &last) const;

private:
    Store &m_store;
    AccountPlan m_plan;
};

} // namespace recaisse::core
