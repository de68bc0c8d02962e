#pragma once

#include "domain.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace recaisse::core {

class Store;

// The accounts the day's entries go to. The defaults follow the French associations' chart of
// accounts (règlement ANC 2018-06, built on the plan comptable général).
struct AccountPlan
{
    QString cash = QStringLiteral("530"); // Caisse
    QString cheques = QStringLiteral("5112"); // Chèques à encaisser
    QString cards = QStringLiteral("5115"); // Cartes bancaires à encaisser
    QString sales = QStringLiteral("707"); // Ventes de marchandises
    QString donations = QStringLiteral("7541"); // Dons manuels
    QString memberships = QStringLiteral("756"); // Cotisations
    QString vat = QStringLiteral("44571"); // TVA collectée
    QString cashShortage = QStringLiteral("658"); // Charges diverses de gestion courante
    QString cashSurplus = QStringLiteral("758"); // Produits divers de gestion courante
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
class AccountingExport
{
    Q_DECLARE_TR_FUNCTIONS(AccountingExport)

public:
    explicit AccountingExport(Store &store, AccountPlan plan = {});

    // Every station's documents in this database, day by day; needs ExportData.
    Result<QList<EntryLine>> entries(
        const Actor &actor, const QDate &first, const QDate &last) const;
    // The documented CSV: a header, then "date;journal;piece;account;label;debit;credit" with
    // French amounts (12,50), one line per account and day.
    static QByteArray csv(const QList<EntryLine> &lines);
    // entries() as CSV, audited ("export.accounting").
    Result<QByteArray> exportCsv(const Actor &actor, const QDate &first, const QDate &last) const;

private:
    Store &m_store;
    AccountPlan m_plan;
};

} // namespace recaisse::core
