// The till's money rules from the command line: the site's SIRET and VAT status, tickets on
// request and durable goods, money donations.

#include "cli.h"
#include "core/accounting.h"
#include "core/admin/sites.h"
#include "core/categories.h"
#include "core/donations.h"
#include "core/money.h"
#include "core/store.h"
#include "core/vat.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace recaisse::cli {

using namespace recaisse::core;

const char moneyHelp[] = R"(
Till money rules (administrator: --user NAME with the PIN in RECAISSE_PIN; audited)
  siret --number 14_DIGITS              the SIRET printed on tickets, Z reports and closings
  vat --regime not-liable|margin|liable --from YYYY-MM-DD [--mention TEXT] [--rate RATE]
      [--category-rate CATEGORY:RATE]...
                                        the VAT status from that day on (today or later, never
                                        in the past); not-liable prints "TVA non applicable, art.
                                        293 B du CGI" by default, margin "Régime particulier –
                                        Biens d'occasion"; RATE in %, 0 to 100 (default 20)
  vat show [--json]                     the VAT status in force today and every setting made
  ticket-printing on-request|every-ticket
                                        tickets on request (default) or every ticket printed
  warranty --category CATEGORY (--durable | --not-durable) [--months N]
                                        a durable good's ticket is always printed with its legal
                                        guarantee of conformity (default 24 months)
  donation --amount AMOUNT [--method cash|card|cheque]
                                        a money donation at the till (cashier), apart from sales
  accounting-export --from YYYY-MM-DD --to YYYY-MM-DD [--out FILE]
                                        the days' balanced entries as CSV (French associations'
                                        chart of accounts; ExportData; audited); stdout without
                                        --out
)";

namespace {

int siret(const Options &options)
{
    SystemClock clock;
    const auto store = openStore(options, clock);
    const Actor actor = actorOf(*store, options);
    Sites sites(*store);
    SiteSettings site = take(sites.find(actor, store->site().id));
    site.siret = required(options, "number");
    take(sites.save(actor, site));
    out() << "SIRET of " << site.name << ": " << site.siret << Qt::endl;
    return Success;
}

void printStatus(const VatStatus &status)
{
    out() << toKey(status.regime);
    if (status.effectiveDay.isValid())
        out() << " from " << status.effectiveDay.toString(Qt::ISODate);
    if (status.regime != VatRegime::NotLiable)
        out() << ", rate " << vat::formatRate(status.defaultRateBp);
    for (auto it = status.categoryRatesBp.cbegin(); it != status.categoryRatesBp.cend(); ++it)
        out() << ", " << it.key() << " " << vat::formatRate(it.value());
    if (!status.mention.isEmpty())
        out() << " — " << status.mention;
    out() << '\n';
}

int vatCommand(const Options &options)
{
    SystemClock clock;
    const auto store = openStore(options, clock);
    TillRules rules(*store);
    if (options.subcommand() == QLatin1String("show")) {
        const VatStatus now = take(rules.vatInForce(store->today()));
        const QList<VatStatus> history = take(rules.vatHistory());
        if (options.json) {
            QJsonArray settings;
            for (const VatStatus &s : history)
                settings.append(QJsonObject{{QStringLiteral("regime"), toKey(s.regime)},
                    {QStringLiteral("from"), s.effectiveDay.toString(Qt::ISODate)},
                    {QStringLiteral("mention"), s.mention},
                    {QStringLiteral("default_rate_bp"), s.defaultRateBp}});
            printJson({{QStringLiteral("in_force"), toKey(now.regime)},
                {QStringLiteral("mention"), now.mention}, {QStringLiteral("settings"), settings}});
            return Success;
        }
        out() << "in force: ";
        printStatus(now);
        for (const VatStatus &s : history) {
            out() << "  ";
            printStatus(s);
        }
        out().flush();
        return Success;
    }
    if (!options.positionals.isEmpty())
        throw Failed(QStringLiteral("vat takes --regime ... or show"), Usage);
    const Actor actor = actorOf(*store, options);
    VatStatus status;
    const auto regime = vatRegimeFromKey(required(options, "regime"));
    if (!regime)
        throw Failed(QStringLiteral("--regime is not-liable, margin or liable"), Usage);
    status.regime = *regime;
    status.effectiveDay = QDate::fromString(required(options, "from"), Qt::ISODate);
    if (!status.effectiveDay.isValid())
        throw Failed(QStringLiteral("--from is a date YYYY-MM-DD"), Usage);
    status.mention = options.has(QStringLiteral("mention"))
        ? options.value(QStringLiteral("mention"))
        : VatStatus::defaultMention(status.regime);
    if (options.has(QStringLiteral("rate")))
        status.defaultRateBp = take(vat::parseRate(options.value(QStringLiteral("rate"))));
    for (const QString &pair : options.all(QStringLiteral("category-rate"))) {
        const qsizetype colon = pair.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0)
            throw Failed(
                QStringLiteral("--category-rate is CATEGORY:RATE, not \"%1\"").arg(pair.left(80)),
                Usage);
        const Category category = take(CategoryCatalog(*store).resolve(pair.left(colon)));
        status.categoryRatesBp.insert(category.id, take(vat::parseRate(pair.mid(colon + 1))));
    }
    take(rules.setVat(actor, status));
    out() << "VAT: ";
    printStatus(status);
    out().flush();
    return Success;
}

int ticketPrinting(const Options &options)
{
    const QString mode = options.subcommand();
    if (options.positionals.size() != 1
        || (mode != QLatin1String("on-request") && mode != QLatin1String("every-ticket")))
        throw Failed(QStringLiteral("ticket-printing takes on-request or every-ticket"), Usage);
    SystemClock clock;
    const auto store = openStore(options, clock);
    const Actor actor = actorOf(*store, options);
    take(TillRules(*store).setPrintEveryTicket(actor, mode == QLatin1String("every-ticket")));
    out() << "tickets: " << mode << Qt::endl;
    return Success;
}

int warranty(const Options &options)
{
    const bool durable = options.has(QStringLiteral("durable"));
    if (durable == options.has(QStringLiteral("not-durable")))
        throw Failed(QStringLiteral("warranty takes --durable or --not-durable"), Usage);
    SystemClock clock;
    const auto store = openStore(options, clock);
    const Actor actor = actorOf(*store, options);
    const Category category = take(CategoryCatalog(*store).resolve(required(options, "category")));
    Warranty w{durable, TillRules::defaultWarrantyMonths};
    if (options.has(QStringLiteral("months")))
        w.months = int(integer(options.value(QStringLiteral("months")), QStringLiteral("--months"),
            0, TillRules::maxWarrantyMonths));
    take(TillRules(*store).setWarranty(actor, category.id, w));
    out() << category.name << ": " << (durable ? "durable" : "not durable") << ", " << w.months
          << " months" << Qt::endl;
    return Success;
}

int donation(const Options &options)
{
    SystemClock clock;
    const auto store = openStore(options, clock);
    const Actor actor = actorOf(*store, options);
    DonationDraft draft;
    draft.amountCents = amount(required(options, "amount"), QStringLiteral("--amount"));
    if (options.has(QStringLiteral("method"))) {
        const auto method = paymentMethodFromKey(options.value(QStringLiteral("method")));
        if (!method)
            throw Failed(QStringLiteral("--method is cash, card or cheque"), Usage);
        draft.method = *method;
    }
    const Donation given = take(Donations(*store).record(actor, draft));
    if (options.json)
        printJson({{QStringLiteral("number"), given.stamp.number},
            {QStringLiteral("method"), toKey(given.method)},
            {QStringLiteral("amount_cents"), given.amountCents}});
    else
        out() << "donation " << given.stamp.number << ": " << money::format(given.amountCents)
              << " (" << toKey(given.method) << ")" << Qt::endl;
    return Success;
}

int accountingExport(const Options &options)
{
    SystemClock clock;
    const auto store = openStore(options, clock);
    const Actor actor = actorOf(*store, options);
    const QDate first = QDate::fromString(required(options, "from"), Qt::ISODate);
    const QDate last = QDate::fromString(required(options, "to"), Qt::ISODate);
    if (!first.isValid() || !last.isValid())
        throw Failed(QStringLiteral("--from and --to are dates YYYY-MM-DD"), Usage);
    const QByteArray csv = take(AccountingExport(*store).exportCsv(actor, first, last));
    if (!options.has(QStringLiteral("out"))) {
        out() << QString::fromUtf8(csv);
        out().flush();
        return Success;
    }
    QSaveFile file(options.value(QStringLiteral("out")));
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        throw Failed(QStringLiteral("cannot write %1").arg(options.value(QStringLiteral("out"))));
    out() << "accounting entries " << first.toString(Qt::ISODate) << ".."
          << last.toString(Qt::ISODate) << " written to " << options.value(QStringLiteral("out"))
          << Qt::endl;
    return Success;
}

} // namespace

void addMoneyCommands(CommandTable &table)
{
    table.insert(QStringLiteral("siret"), withoutArguments(siret));
    table.insert(QStringLiteral("vat"), vatCommand);
    table.insert(QStringLiteral("ticket-printing"), ticketPrinting);
    table.insert(QStringLiteral("warranty"), withoutArguments(warranty));
    table.insert(QStringLiteral("donation"), withoutArguments(donation));
    table.insert(QStringLiteral("accounting-export"), withoutArguments(accountingExport));
}

} // namespace recaisse::cli
