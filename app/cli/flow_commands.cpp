#include "cli.h"
#include "core/admin/sites.h"
#include "core/categories.h"
#include "core/exports/partners.h"
#include "core/exports/tonnagereport.h"
#include "core/homecollections.h"
#include "core/money.h"
#include "core/sales.h"
#include "core/store.h"
#include "core/towns.h"

#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace recaisse::cli {

using namespace recaisse::core;

const char flowHelp[] = R"(
Flows and eco-organisms (--user NAME, with the PIN in RECAISSE_PIN)
  category mappings [--json]            each category's eco-organism and partner category, and
                                        where it comes from (set, EEE code, default to check)
  category map CATEGORY (--partner ecologic|ecomaison|refashion --partner-category CODE
                         | --none | --reset)
                                        super-administrator: declares the category under that
                                        partner category, under none, or back to the default
  category price-per-kg CATEGORY (--amount AMOUNT | --none)
                                        admin: sells the category by the kilo (a line is one
                                        weighed lot, price = weight x AMOUNT/kg, half-up to the
                                        cent), or no longer
  report tonnage --from DAY --to DAY [--format csv|xlsx|pdf] [--out FILE] [--json]
                                        the tonnage report ("Bilan matiere"): received by channel,
                                        reused, recycled, thrown away, per eco-organism, partner
                                        category and category; csv on standard output by default,
                                        xlsx and pdf (A4, with the site's name, address and
                                        SIRET) need --out; received per town too
  towns [--add NAME --postcode CODE | --remove TOWN] [--json]
                                        the site's towns, most frequent first (changes: admin,
                                        on an administration station)
  collection plan --day DAY --town TOWN --address TEXT --contact TEXT [--note TEXT]
                                        plans a home collection on this station (its address
                                        and contact are erased once it is done or cancelled)
  collection list [--from DAY] [--all] [--json]
                                        the planned ones (--all: done and cancelled too)
  collection done ID --line CATEGORY:WEIGHT_KG[:DESTINATION[:QTY]]... [--unlock-user NAME]
                                        the pickup's weighed lines become a deposit, channel
                                        home collection, with its town (DESTINATION: shop,
                                        recycling, waste-centre; default shop)
  collection cancel ID
  collection slip ID --out FILE.pdf     the pickup slip to take along (A4 PDF)
)";

namespace {

QString assignmentText(const PartnerAssignment &a)
{
    return a.partner.isEmpty() ? QStringLiteral("-") : a.partner + QLatin1Char('\t') + a.code;
}

int categoryMappings(const Options &options, Store &store)
{
    const QList<PartnerMapping::Entry> entries = take(PartnerMapping(store).list());
    QJsonArray list;
    for (const PartnerMapping::Entry &e : entries) {
        static const QHash<PartnerAssignment::Source, QString> sources = {
            {PartnerAssignment::Source::None, QStringLiteral("none")},
            {PartnerAssignment::Source::Explicit, QStringLiteral("set")},
            {PartnerAssignment::Source::EeeCode, QStringLiteral("eee-code")},
            {PartnerAssignment::Source::Default, QStringLiteral("default-to-check")},
        };
        list.append(QJsonObject{{QStringLiteral("category"), e.categoryId},
            {QStringLiteral("name"), e.categoryName},
            {QStringLiteral("partner"), e.assignment.partner},
            {QStringLiteral("partner_category"), e.assignment.code},
            {QStringLiteral("source"), sources.value(e.assignment.source)}});
        if (!options.json)
            out() << e.categoryId << '\t' << assignmentText(e.assignment) << '\t'
                  << sources.value(e.assignment.source) << '\n';
    }
    if (options.json)
        printJson({{QStringLiteral("mappings"), list}});
    out().flush();
    return Success;
}

int categoryMap(const Options &options, Store &store)
{
    const QString category = options.positionals.value(1);
    if (category.isEmpty() || options.positionals.size() > 2)
        throw Failed(QStringLiteral("usage: category map CATEGORY (--partner P --partner-category "
                                    "CODE | --none | --reset)"),
            Usage);
    const bool none = options.has(QStringLiteral("none"));
    const bool reset = options.has(QStringLiteral("reset"));
    const bool partner = options.has(QStringLiteral("partner"));
    if (int(none) + int(reset) + int(partner) != 1)
        throw Failed(
            QStringLiteral("category map needs one of --partner, --none or --reset"), Usage);
    const Actor actor = actorOf(store, options);
    PartnerMapping mapping(store);
    if (none)
        take(mapping.mapNone(actor, category));
    else if (reset)
        take(mapping.reset(actor, category));
    else
        take(mapping.map(actor, category, options.value(QStringLiteral("partner")),
            required(options, "partner-category")));
    const PartnerAssignment now = mapping.resolve(category, {});
    if (options.json)
        printJson({{QStringLiteral("category"), category}, {QStringLiteral("partner"), now.partner},
            {QStringLiteral("partner_category"), now.code}});
    else
        out() << category << '\t' << assignmentText(now) << '\n';
    out().flush();
    return Success;
}

// Sells a category by the kilo (--amount: its price per kg) or no longer (--none).
int categoryPricePerKg(const Options &options, Store &store)
{
    const QString id = options.positionals.value(1);
    const bool none = options.has(QStringLiteral("none"));
    if (id.isEmpty() || options.positionals.size() > 2
        || none == options.has(QStringLiteral("amount")))
        throw Failed(
            QStringLiteral("usage: category price-per-kg CATEGORY (--amount AMOUNT | --none)"),
            Usage);
    const Actor actor = actorOf(store, options);
    CategoryCatalog catalog(store);
    Category category = take(catalog.resolve(id));
    category.pricePerKgCents.reset();
    if (!none)
        category.pricePerKgCents = take(money::parse(options.value(QStringLiteral("amount"))));
    take(catalog.save(actor, category));
    if (options.json)
        printJson({{QStringLiteral("category"), category.id},
            {QStringLiteral("price_per_kg_cents"),
                category.pricePerKgCents ? QJsonValue(*category.pricePerKgCents) : QJsonValue()}});
    else
        out() << category.id << '\t'
              << (category.pricePerKgCents
                         ? money::format(*category.pricePerKgCents) + QStringLiteral("/kg")
                         : QStringLiteral("not by the kilo"))
              << '\n';
    out().flush();
    return Success;
}

int categoryCommand(const Options &options)
{
    const QString sub = options.subcommand();
    SystemClock clock;
    if (sub == QLatin1String("mappings")) {
        if (options.positionals.size() > 1)
            throw Failed(QStringLiteral("unexpected \"%1\"").arg(options.positionals.at(1)), Usage);
        const auto store = openStore(options, clock);
        return categoryMappings(options, *store);
    }
    if (sub == QLatin1String("map")) {
        const auto store = openStore(options, clock);
        return categoryMap(options, *store);
    }
    if (sub == QLatin1String("price-per-kg")) {
        const auto store = openStore(options, clock);
        return categoryPricePerKg(options, *store);
    }
    throw Failed(
        QStringLiteral("category needs map, mappings or price-per-kg (see recaisse-cli help)"),
        Usage);
}

QDate day(const Options &options, const char *key)
{
    const QDate date = QDate::fromString(required(options, key), Qt::ISODate);
    if (!date.isValid())
        throw Failed(
            QStringLiteral("--%1 is a day such as 2026-01-31").arg(QLatin1String(key)), Usage);
    return date;
}

} // namespace

int reportTonnage(const Options &options)
{
    if (options.positionals.size() > 1)
        throw Failed(QStringLiteral("unexpected \"%1\"").arg(options.positionals.at(1)), Usage);
    const QDate from = day(options, "from");
    const QDate to = day(options, "to");
    const QString format = options.has(QStringLiteral("format"))
        ? options.value(QStringLiteral("format"))
        : QStringLiteral("csv");
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx")
        && format != QLatin1String("pdf"))
        throw Failed(QStringLiteral("--format is csv, xlsx or pdf"), Usage);
    const QString path = options.value(QStringLiteral("out"));
    if (format != QLatin1String("csv") && path.isEmpty())
        throw Failed(QStringLiteral("an %1 report needs --out FILE").arg(format), Usage);
    SystemClock clock;
    const auto store = openStore(options, clock);
    const Actor actor = actorOf(*store, options);
    // The report goes to the local authority: in French, its labels as its files, as the admin
    // page makes it.
    const ShopPapers french;
    const TonnageReport report = take(TonnageReports(*store).prepare(actor, from, to));
    if (format == QLatin1String("xlsx")) {
        take(TonnageReports::writeXlsx(report, path));
    } else if (!path.isEmpty()) {
        QSaveFile file(path);
        const Sites sites(*store);
        const QByteArray bytes = format == QLatin1String("pdf")
            ? TonnageReports::pdf(report, sites.printedSite(), take(sites.branding()))
            : TonnageReports::csv(report);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit())
            throw Failed(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    }
    if (options.json) {
        QJsonObject object = TonnageReports::json(report);
        if (!path.isEmpty())
            object.insert(QStringLiteral("file"), path);
        printJson(object);
    } else if (path.isEmpty()) {
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly))
            throw Failed(QStringLiteral("cannot write to standard output"));
        standardOutput.write(TonnageReports::csv(report));
    } else {
        out() << path << '\n';
    }
    out().flush();
    return Success;
}

namespace {

// The site's towns: listed, or one added (--add NAME --postcode CODE) or removed (--remove TOWN).
int towns(const Options &options)
{
    SystemClock clock;
    const auto store = openStore(options, clock);
    Towns towns(*store);
    const bool add = options.has(QStringLiteral("add"));
    const bool remove = options.has(QStringLiteral("remove"));
    if (add && remove)
        throw Failed(QStringLiteral("give one of --add and --remove"), Usage);
    if (add)
        take(towns.add(actorOf(*store, options), options.value(QStringLiteral("add")),
            required(options, "postcode")));
    else if (remove)
        take(towns.remove(actorOf(*store, options),
            take(towns.find(options.value(QStringLiteral("remove")))).id));
    QJsonArray list;
    for (const Town &t : take(towns.list())) {
        list.append(QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("name"), t.name},
            {QStringLiteral("postcode"), t.postcode}, {QStringLiteral("deposits"), t.deposits}});
        if (!options.json)
            out() << t.id << '\t' << t.name << '\t' << t.postcode << '\t' << t.deposits << '\n';
    }
    if (options.json)
        printJson({{QStringLiteral("towns"), list}});
    out().flush();
    return Success;
}

QJsonObject collectionJson(const HomeCollection &c)
{
    return {{QStringLiteral("id"), c.id}, {QStringLiteral("day"), c.day.toString(Qt::ISODate)},
        {QStringLiteral("town"), c.town}, {QStringLiteral("postcode"), c.postcode},
        {QStringLiteral("address"), c.address}, {QStringLiteral("contact"), c.contact},
        {QStringLiteral("note"), c.note}, {QStringLiteral("status"), toKey(c.status)},
        {QStringLiteral("deposit"), c.depositNumber}};
}

void printCollection(const HomeCollection &c)
{
    out() << c.id << '\t' << c.day.toString(Qt::ISODate) << '\t' << toKey(c.status) << '\t'
          << c.townLabel() << '\t'
          << (c.status == CollectionStatus::Done ? c.depositNumber : c.address) << '\t' << c.contact
          << '\n';
}

QString collectionId(const Options &options, const char *usage)
{
    if (options.positionals.size() != 2)
        throw Failed(QStringLiteral("usage: collection %1").arg(QLatin1String(usage)), Usage);
    return options.positionals.at(1);
}

int collectionCommand(const Options &options)
{
    const QString sub = options.subcommand();
    SystemClock clock;
    if (sub == QLatin1String("plan")) {
        const auto store = openStore(options, clock);
        HomeCollectionDraft draft;
        draft.day = day(options, "day");
        draft.town = required(options, "town");
        draft.address = required(options, "address");
        draft.contact = required(options, "contact");
        draft.note = options.value(QStringLiteral("note"));
        const HomeCollection c =
            take(HomeCollections(*store).plan(actorOf(*store, options), draft));
        if (options.json)
            printJson(collectionJson(c));
        else
            printCollection(c);
    } else if (sub == QLatin1String("list")) {
        const auto store = openStore(options, clock);
        const QDate from = options.has(QStringLiteral("from")) ? day(options, "from") : QDate();
        QJsonArray list;
        for (const HomeCollection &c :
            take(HomeCollections(*store).list(from, options.has(QStringLiteral("all"))))) {
            list.append(collectionJson(c));
            if (!options.json)
                printCollection(c);
        }
        if (options.json)
            printJson({{QStringLiteral("collections"), list}});
    } else if (sub == QLatin1String("done")) {
        const QString id = collectionId(options, "done ID --line CATEGORY:WEIGHT_KG...");
        const auto store = openStore(options, clock);
        const Actor actor = actorOf(*store, options);
        const auto unlock = unlockOf(*store, options, "unlock-user", PinRole::Unlock);
        const QStringList texts = options.all(QStringLiteral("line"));
        if (texts.isEmpty())
            throw Failed(QStringLiteral("collection done needs at least one --line"), Usage);
        QList<DepositLineDraft> lines;
        for (const QString &text : texts) {
            const QStringList parts = text.split(QLatin1Char(':'));
            if (parts.size() < 2 || parts.size() > 4)
                throw Failed(QStringLiteral("--line is CATEGORY:WEIGHT_KG[:DESTINATION[:QTY]], "
                                            "not \"%1\"")
                                 .arg(text.left(80)),
                    Usage);
            DepositLineDraft line;
            line.categoryId = take(CategoryCatalog(*store).resolve(parts.at(0))).id;
            line.weightGrams = take(weight::parseKg(parts.at(1)));
            if (parts.size() > 2) {
                const auto destination = destinationFromKey(parts.at(2));
                if (!destination)
                    throw Failed(QStringLiteral("the destination is shop, recycling or "
                                                "waste-centre"),
                        Usage);
                line.destination = *destination;
            }
            if (parts.size() > 3)
                line.quantity =
                    integer(parts.at(3), QStringLiteral("the number of items"), 1, maxQuantity);
            lines << line;
        }
        const Deposit deposit = take(HomeCollections(*store).done(actor, id, lines, unlock));
        if (options.json)
            printJson({{QStringLiteral("collection"), id},
                {QStringLiteral("deposit"), deposit.stamp.number},
                {QStringLiteral("weight_grams"), deposit.totalWeightGrams},
                {QStringLiteral("town"), deposit.town}});
        else
            out() << "collection " << id << " done: deposit " << deposit.stamp.number << ", "
                  << weight::format(deposit.totalWeightGrams) << ", " << deposit.town << '\n';
    } else if (sub == QLatin1String("cancel")) {
        const QString id = collectionId(options, "cancel ID");
        const auto store = openStore(options, clock);
        take(HomeCollections(*store).cancel(actorOf(*store, options), id));
        if (options.json)
            printJson({{QStringLiteral("collection"), id},
                {QStringLiteral("status"), QStringLiteral("cancelled")}});
        else
            out() << "collection " << id << " cancelled\n";
    } else if (sub == QLatin1String("slip")) {
        const QString id = collectionId(options, "slip ID --out FILE.pdf");
        const QString path = required(options, "out");
        const auto store = openStore(options, clock);
        const HomeCollection c = take(HomeCollections(*store).find(id));
        if (c.status != CollectionStatus::Planned)
            throw Failed(QStringLiteral("the collection %1 is %2: its slip is no longer printed")
                             .arg(id, toKey(c.status)));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(HomeCollections::slip(c, store->site())) < 0 || !file.commit())
            throw Failed(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
        if (options.json)
            printJson({{QStringLiteral("collection"), id}, {QStringLiteral("file"), path}});
        else
            out() << path << '\n';
    } else {
        throw Failed(QStringLiteral("collection needs plan, list, done, cancel or slip (see "
                                    "recaisse-cli help)"),
            Usage);
    }
    out().flush();
    return Success;
}

} // namespace

void addFlowCommands(CommandTable &table)
{
    table.insert(QStringLiteral("category"), categoryCommand);
    table.insert(QStringLiteral("towns"), withoutArguments(towns));
    table.insert(QStringLiteral("collection"), collectionCommand);
}

} // namespace recaisse::cli
