// The till's money rules from the command line: the site's SIRET and VAT status, tickets on
// request and durable goods, money donations, members and their fees.

#include "cli.h"
#include "core/accounting.h"
#include "core/admin/sites.h"
#include "core/categories.h"
#include "core/chequeslips.h"
#include "core/donations.h"
#include "core/members.h"
#include "core/money.h"
#include "core/store.h"
#include "core/taxreceipts.h"
#include "core/vat.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
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
  member add --name NAME [--contact TEXT]  registers a member (cashier); prints their number
  member find TEXT [--json]             members by number or a part of the name
  member fee --member NUMBER --amount AMOUNT [--method cash|card|cheque]
                                        a membership fee at the till, a year from today (or from
                                        the end of the current membership), apart from sales
  member renewals [--until YYYY-MM-DD] [--json]
                                        memberships ended or ending by then (default: today)
  member purchases --member NUMBER [--json]
                                        the tickets made for a member (sale --member) at every
                                        station this one knows, and their total
  member export --member NUMBER         everything held about a member, as JSON (administrator;
                                        audited)
  member erase --member NUMBER          erases a member's name and contact (administrator;
                                        audited); their fees keep an opaque id and every hash
  tax-receipt settings (--enable --object TEXT | --disable)
                                        whether the association may issue tax receipts for money
                                        donations (administrator; audited)
  tax-receipt issue --donation NUMBER --name NAME --address ADDRESS [--json]
                                        the receipt (Cerfa 11580) of a money donation of this
                                        station, numbered <code>-F000001; never twice
  tax-receipt show NUMBER               a receipt again, as text (a reprint)
  tax-receipt year YEAR [--json]        the year's receipts summed per donor
  accounting-export --from YYYY-MM-DD --to YYYY-MM-DD [--format csv|paheko] [--out FILE]
      [--again]                         the days' balanced entries as CSV (the site's account
                                        plan; ExportData; audited) or in Paheko's import format
                                        ("Groupé"); stdout without --out; refused while a
                                        register's session of those days is not closed here, or
                                        a register active those days synced no closing; a day
                                        exported before (on any station) only with --again
  accounting-plan [--json]              the site's account plan (key: account)
  accounting-plan set [--cash N] [--cheques N] [--cards N] [--sales N] [--donations N]
      [--memberships N] [--vat N] [--cash-shortage N] [--cash-surplus N]
      [--category CATEGORY=N]...        changes accounts of the plan (administrator; audited);
                                        --category: a category's revenue account (its
                                        sub-categories too; empty: back to the parent's)
  cheques pending [--json]              the cheques of closed sessions not taken to the bank yet
  cheques remit --out FILE.pdf [--json] a remittance slip (bordereau) of every pending cheque,
                                        numbered <code>-B000001, as a PDF; each cheque is
                                        remitted once (ExportData; audited)
  cheques slip NUMBER --out FILE.pdf    a slip made before, as a PDF again
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

// --method of money given at the till (a donation, a membership fee): cash by default.
PaymentMethod methodOption(const Options &options)
{
    if (!options.has(QStringLiteral("method")))
        return PaymentMethod::Cash;
    const auto method = paymentMethodFromKey(options.value(QStringLiteral("method")));
    if (!method)
        throw Failed(QStringLiteral("--method is cash, card or cheque"), Usage);
    return *method;
}

int donation(const Options &options)
{
    SystemClock clock;
    const auto store = openStore(options, clock);
    const Actor actor = actorOf(*store, options);
    DonationDraft draft;
    draft.amountCents = amount(required(options, "amount"), QStringLiteral("--amount"));
    draft.method = methodOption(options);
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

QJsonObject memberJson(const Member &member)
{
    return {{QStringLiteral("id"), member.id}, {QStringLiteral("number"), member.number},
        {QStringLiteral("name"), member.name}, {QStringLiteral("contact"), member.contact},
        {QStringLiteral("member_since"), member.memberSince.toString(Qt::ISODate)},
        {QStringLiteral("member_until"), member.memberUntil.toString(Qt::ISODate)}};
}

void printMembers(const Options &options, const QList<Member> &members)
{
    if (options.json) {
        QJsonArray list;
        for (const Member &member : members)
            list.append(memberJson(member));
        printJson({{QStringLiteral("members"), list}});
        return;
    }
    for (const Member &member : members)
        out() << member.number << "  " << member.name << "  "
              << (member.memberUntil.isValid()
                         ? QStringLiteral("until ") + member.memberUntil.toString(Qt::ISODate)
                         : QStringLiteral("no fee yet"))
              << Qt::endl;
}

Member memberByNumber(Store &store, const QString &number)
{
    return take(Members(store).findByNumber(number));
}

void printPurchases(const Options &options, const Member &member, const MemberPurchases &bought)
{
    if (options.json) {
        QJsonArray tickets;
        for (const MemberPurchase &ticket : bought.tickets)
            tickets.append(ticket.toJson());
        printJson({{QStringLiteral("member"), member.number}, {QStringLiteral("tickets"), tickets},
            {QStringLiteral("total_cents"), bought.totalCents},
            {QStringLiteral("discount_cents"), bought.discountCents},
            {QStringLiteral("refunded_cents"), bought.refundedCents},
            {QStringLiteral("net_cents"), bought.netCents()}});
        return;
    }
    for (const MemberPurchase &ticket : bought.tickets)
        out() << ticket.saleNumber << "  " << isoUtc(ticket.createdUtc) << "  "
              << money::format(ticket.totalCents)
              << (ticket.refundedCents > 0 ? QStringLiteral(" (refunded ")
                             + money::format(ticket.refundedCents) + QLatin1Char(')')
                                           : QString())
              << Qt::endl;
    out() << "member " << member.number << ": " << bought.tickets.size() << " ticket(s), "
          << money::format(bought.netCents()) << " net of refunds, discounts "
          << money::format(bought.discountCents) << Qt::endl;
}

int memberCommand(const Options &options)
{
    const QString sub = options.subcommand();
    SystemClock clock;
    const auto store = openStore(options, clock);
    Members members(*store);
    if (sub == QLatin1String("find")) {
        if (options.positionals.size() != 2)
            throw Failed(QStringLiteral("member find takes one text"), Usage);
        printMembers(options, take(members.search(options.positionals.at(1))));
        return Success;
    }
    if (sub == QLatin1String("renewals")) {
        QDate until = store->today();
        if (options.has(QStringLiteral("until"))) {
            until = QDate::fromString(options.value(QStringLiteral("until")), Qt::ISODate);
            if (!until.isValid())
                throw Failed(QStringLiteral("--until is a date YYYY-MM-DD"), Usage);
        }
        printMembers(options, take(members.toRenew(until)));
        return Success;
    }
    if (options.positionals.size() != 1)
        throw Failed(
            QStringLiteral("member takes add, find, fee, renewals, purchases, export or erase"),
            Usage);
    if (sub == QLatin1String("purchases")) {
        const Member member = memberByNumber(*store, required(options, "member"));
        printPurchases(options, member, take(members.purchases(member.id)));
        return Success;
    }
    const Actor actor = actorOf(*store, options);
    if (sub == QLatin1String("add")) {
        const Member member = take(members.create(
            actor, required(options, "name"), options.value(QStringLiteral("contact"))));
        if (options.json)
            printJson(memberJson(member));
        else
            out() << "member " << member.number << ": " << member.name << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("fee")) {
        MembershipDraft draft;
        draft.memberId = memberByNumber(*store, required(options, "member")).id;
        draft.amountCents = amount(required(options, "amount"), QStringLiteral("--amount"));
        draft.method = methodOption(options);
        const Membership fee = take(members.recordFee(actor, draft));
        if (options.json)
            printJson({{QStringLiteral("number"), fee.stamp.number},
                {QStringLiteral("amount_cents"), fee.amountCents},
                {QStringLiteral("method"), toKey(fee.method)},
                {QStringLiteral("period_start"), fee.periodStart.toString(Qt::ISODate)},
                {QStringLiteral("period_end"), fee.periodEnd.toString(Qt::ISODate)}});
        else
            out() << "membership fee " << fee.stamp.number << ": " << money::format(fee.amountCents)
                  << " (" << toKey(fee.method) << "), " << fee.periodStart.toString(Qt::ISODate)
                  << ".." << fee.periodEnd.toString(Qt::ISODate) << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("export")) {
        const Member member = memberByNumber(*store, required(options, "member"));
        const QJsonObject data = take(members.exportData(actor, member.id));
        out() << QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Indented));
        out().flush();
        return Success;
    }
    if (sub == QLatin1String("erase")) {
        const Member member = memberByNumber(*store, required(options, "member"));
        take(members.erase(actor, member.id));
        out() << "member " << member.number << " erased" << Qt::endl;
        return Success;
    }
    throw Failed(
        QStringLiteral("member takes add, find, fee, renewals, purchases, export or erase"), Usage);
}

int taxReceiptCommand(const Options &options)
{
    const QString sub = options.subcommand();
    SystemClock clock;
    const auto store = openStore(options, clock);
    TaxReceipts receipts(*store);
    const auto printReceipt = [&](const TaxReceipt &receipt) {
        if (options.json) {
            printJson({{QStringLiteral("number"), receipt.stamp.number},
                {QStringLiteral("donation"), receipt.donationNumber},
                {QStringLiteral("day"), receipt.donationDay.toString(Qt::ISODate)},
                {QStringLiteral("amount_cents"), receipt.amountCents},
                {QStringLiteral("amount_words"), TaxReceipts::amountInWords(receipt.amountCents)},
                {QStringLiteral("donor"), receipt.donor.name},
                {QStringLiteral("address"), receipt.donor.address}});
            return;
        }
        for (const QString &line : TaxReceipts::render(receipt, store->timeZone()))
            out() << line << Qt::endl;
    };
    if (sub == QLatin1String("show")) {
        if (options.positionals.size() != 2)
            throw Failed(QStringLiteral("tax-receipt show takes a receipt number"), Usage);
        printReceipt(take(receipts.findByNumber(options.positionals.at(1))));
        return Success;
    }
    if (sub == QLatin1String("year")) {
        bool ok = false;
        const int year = options.positionals.value(1).toInt(&ok);
        if (options.positionals.size() != 2 || !ok || year < 2000 || year > 2999)
            throw Failed(QStringLiteral("tax-receipt year takes a year, e.g. 2026"), Usage);
        const auto donors = take(receipts.yearSummary(year));
        if (options.json) {
            QJsonArray list;
            for (const auto &d : donors)
                list.append(QJsonObject{{QStringLiteral("donor"), d.donor.name},
                    {QStringLiteral("address"), d.donor.address},
                    {QStringLiteral("receipts"), d.receipts},
                    {QStringLiteral("total_cents"), d.totalCents}});
            printJson({{QStringLiteral("year"), year}, {QStringLiteral("donors"), list}});
            return Success;
        }
        for (const auto &d : donors)
            out() << d.donor.name << " (" << d.donor.address << "): " << d.receipts
                  << " receipt(s), " << money::format(d.totalCents) << Qt::endl;
        return Success;
    }
    if (options.positionals.size() != 1)
        throw Failed(QStringLiteral("tax-receipt takes settings, issue, show or year"), Usage);
    const Actor actor = actorOf(*store, options);
    if (sub == QLatin1String("settings")) {
        const bool enable = options.has(QStringLiteral("enable"));
        if (enable == options.has(QStringLiteral("disable")))
            throw Failed(QStringLiteral("tax-receipt settings takes --enable or --disable"), Usage);
        TaxReceiptSettings settings = take(receipts.settings());
        settings.enabled = enable;
        if (options.has(QStringLiteral("object")))
            settings.object = options.value(QStringLiteral("object"));
        take(receipts.setSettings(actor, settings));
        out() << "tax receipts " << (enable ? "issued" : "not issued") << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("issue")) {
        printReceipt(take(receipts.issue(actor, required(options, "donation"),
            Donor{required(options, "name"), required(options, "address")})));
        return Success;
    }
    throw Failed(QStringLiteral("tax-receipt takes settings, issue, show or year"), Usage);
}

QJsonArray chequesJson(const QList<Cheque> &cheques)
{
    QJsonArray list;
    for (const Cheque &c : cheques)
        list.append(QJsonObject{{QStringLiteral("source"), c.source},
            {QStringLiteral("document"), c.documentNumber},
            {QStringLiteral("station"), c.stationId},
            {QStringLiteral("day"), c.day.toString(Qt::ISODate)},
            {QStringLiteral("amount_cents"), c.amountCents}, {QStringLiteral("bank"), c.bank},
            {QStringLiteral("number"), c.number}});
    return list;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Failed(QStringLiteral("cannot write %1").arg(path));
}

int accountingPlan(const Options &options)
{
    SystemClock clock;
    const auto store = openStore(options, clock);
    AccountPlan plan = take(AccountingExport::sitePlan(*store));
    const QString sub = options.subcommand();
    if (sub == QLatin1String("set")) {
        const Actor actor = actorOf(*store, options);
        for (const AccountPlan::Field &field : AccountPlan::fields()) {
            if (options.has(QLatin1String(field.key)))
                plan.*field.account = options.value(QLatin1String(field.key));
        }
        // --category ID=ACCOUNT; an empty account gives the category back to its parent's.
        for (const QString &pair : options.all(QStringLiteral("category"))) {
            const qsizetype equals = pair.indexOf(QLatin1Char('='));
            if (equals <= 0)
                throw Failed(
                    QStringLiteral("--category is CATEGORY=ACCOUNT, not \"%1\"").arg(pair.left(80)),
                    Usage);
            const QString category = take(CategoryCatalog(*store).resolve(pair.left(equals))).id;
            if (pair.mid(equals + 1).trimmed().isEmpty())
                plan.categoryAccounts.remove(category);
            else
                plan.categoryAccounts.insert(category, pair.mid(equals + 1));
        }
        take(AccountingExport::setSitePlan(*store, actor, plan));
    } else if (!sub.isEmpty()) {
        throw Failed(QStringLiteral("accounting-plan takes nothing or set"), Usage);
    }
    QJsonObject json;
    for (const AccountPlan::Field &field : AccountPlan::fields())
        json.insert(QLatin1String(field.key), plan.*field.account);
    QJsonObject categories;
    for (auto it = plan.categoryAccounts.cbegin(); it != plan.categoryAccounts.cend(); ++it)
        categories.insert(it.key(), it.value());
    json.insert(QStringLiteral("categories"), categories);
    if (options.json) {
        printJson(json);
        return Success;
    }
    for (const AccountPlan::Field &field : AccountPlan::fields())
        out() << field.key << ": " << plan.*field.account << Qt::endl;
    for (auto it = plan.categoryAccounts.cbegin(); it != plan.categoryAccounts.cend(); ++it)
        out() << "category " << it.key() << ": " << it.value() << Qt::endl;
    return Success;
}

int chequesCommand(const Options &options)
{
    const QString sub = options.subcommand();
    SystemClock clock;
    const auto store = openStore(options, clock);
    ChequeSlips slips(*store);
    const SiteInfo site = Sites(*store).printedSite();
    if (sub == QLatin1String("slip")) {
        if (options.positionals.size() != 2)
            throw Failed(QStringLiteral("cheques slip takes a slip number"), Usage);
        const ChequeSlip slip = take(slips.find(options.positionals.at(1)));
        const ShopPapers french;
        writeFile(required(options, "out"), ChequeSlips::pdf(slip, site, store->timeZone()));
        out() << "slip " << slip.number << " written to " << options.value(QStringLiteral("out"))
              << Qt::endl;
        return Success;
    }
    if (options.positionals.size() != 1)
        throw Failed(QStringLiteral("cheques takes pending, remit or slip"), Usage);
    const Actor actor = actorOf(*store, options);
    if (sub == QLatin1String("pending")) {
        const QList<Cheque> cheques = take(slips.pending(actor));
        qint64 total = 0;
        for (const Cheque &c : cheques)
            total += c.amountCents;
        if (options.json) {
            printJson({{QStringLiteral("cheques"), chequesJson(cheques)},
                {QStringLiteral("total_cents"), total}});
            return Success;
        }
        for (const Cheque &c : cheques)
            out() << c.day.toString(Qt::ISODate) << ' ' << c.documentNumber << ' ' << c.source
                  << ' ' << money::format(c.amountCents) << ' ' << c.bank << ' ' << c.number
                  << Qt::endl;
        out() << cheques.size() << " cheque(s), " << money::format(total) << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("remit")) {
        const QString path = required(options, "out");
        const ChequeSlip slip = take(slips.remit(actor));
        {
            const ShopPapers french;
            writeFile(path, ChequeSlips::pdf(slip, site, store->timeZone()));
        }
        if (options.json) {
            printJson({{QStringLiteral("number"), slip.number},
                {QStringLiteral("cheques"), chequesJson(slip.cheques)},
                {QStringLiteral("total_cents"), slip.totalCents}});
            return Success;
        }
        out() << "slip " << slip.number << ": " << slip.cheques.size() << " cheque(s), "
              << money::format(slip.totalCents) << ", written to " << path << Qt::endl;
        return Success;
    }
    throw Failed(QStringLiteral("cheques takes pending, remit or slip"), Usage);
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
    const QString format = options.has(QStringLiteral("format"))
        ? options.value(QStringLiteral("format"))
        : QStringLiteral("csv");
    if (format != QLatin1String("csv") && format != QLatin1String("paheko"))
        throw Failed(QStringLiteral("--format is csv or paheko"), Usage);
    // A day exported before is refused unless --again says so (exportCsv names the days).
    const QByteArray csv = take(AccountingExport(*store).exportCsv(actor, first, last,
        format == QLatin1String("paheko") ? AccountingExport::Format::Paheko
                                          : AccountingExport::Format::Csv,
        options.has(QStringLiteral("again"))));
    if (!options.has(QStringLiteral("out"))) {
        out() << QString::fromUtf8(csv);
        out().flush();
        return Success;
    }
    writeFile(options.value(QStringLiteral("out")), csv);
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
    table.insert(QStringLiteral("member"), memberCommand);
    table.insert(QStringLiteral("tax-receipt"), taxReceiptCommand);
    table.insert(QStringLiteral("accounting-export"), withoutArguments(accountingExport));
    table.insert(QStringLiteral("cheques"), chequesCommand);
    table.insert(QStringLiteral("accounting-plan"), accountingPlan);
}

} // namespace recaisse::cli
