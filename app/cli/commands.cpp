#include "cli.h"
#include "core/admin/sites.h"
#include "core/cashsession.h"
#include "core/categories.h"
#include "core/closings.h"
#include "core/database.h"
#include "core/demoshop.h"
#include "core/deposits.h"
#include "core/fiscalarchive.h"
#include "core/integrity.h"
#include "core/ledger.h"
#include "core/members.h"
#include "core/money.h"
#include "core/outflows.h"
#include "core/registermode.h"
#include "core/sales.h"
#include "core/stationclock.h"
#include "core/statistics.h"
#include "core/store.h"
#include "core/sync/account.h"
#include "core/sync/chainhead.h"
#include "core/sync/recovery.h"
#include "core/sync/sealedremote.h"
#include "core/sync/sitekeys.h"
#include "core/sync/stationregistry.h"
#include "core/users.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMultiHash>
#include <QStandardPaths>
#include <QTextStream>
#include <QTranslator>

#include <functional>

namespace recaisse::cli {

using namespace recaisse::core;
using core::sync::RecoveryKit;
using core::sync::SiteKeys;
using core::sync::SiteKeyStore;
using core::sync::SiteRecovery;

const char stationHelp[] = R"(
PINs are never arguments (the process list and the shell history would show them): each comes
from the environment, or with --pins-stdin from standard input, one per line in this order (only
those the command needs), before any --password-stdin password:
  RECAISSE_PIN            the PIN of --user (for init: of the first administrator)
  RECAISSE_NEW_PIN        the PIN given by user-add
  RECAISSE_UNLOCK_PIN     the PIN of --unlock-user
  RECAISSE_VALIDATOR_PIN  the PIN of --validator

Station
  init --site NAME --station CODE [--admin-name NAME]    the administrator's PIN: RECAISSE_PIN
       [--kind register|reception|backoffice] [--timezone Europe/Paris] [--demo]
       [--recovery-kit FILE]
                                        also makes the shop's keys (system keychain) and its
                                        recovery kit, a PDF to print and keep safe (default:
                                        beside the database; delete the file once printed);
                                        --demo: a demo shop, the only kind that takes demo-data
                                        (its receipts say so)
  demo-data --days N [--seed S]        realistic activity for the N days before today, in a
                                        demo shop only; never today or later, never before the
                                        station's last document (a second run continues through
                                        yesterday, or adds nothing)
  verify [--head FILE]                  recompute sequences, hash chains and closings' totals,
                                        check the schema and triggers, compare with the chain
                                        head this station published (or FILE)
  stats [--json]                        counts and totals of every station's data
  users [--json]
  categories [--json]
  user-add --user NAME --name NEW_NAME --role ROLE       the new user's PIN: RECAISSE_NEW_PIN
           ROLE: super-admin, admin, supervisor, cashier, reception
                                        an administrator's PIN has 6 to 8 digits
  user-pin --user NAME                  NAME changes their own PIN: the current one in
                                        RECAISSE_PIN, the new one in RECAISSE_NEW_PIN (an
                                        administrator with a shorter PIN must do it first)

Register (every command names who does it: --user NAME, with the PIN in RECAISSE_PIN)
  open-session --float AMOUNT [--count 20x5,10x3,2x10] [--confirm-date YYYY-MM-DD]
                                        after 3 days without documents, today's date must be
                                        confirmed
  cash-move (--in AMOUNT | --out AMOUNT) --reason TEXT
  sale --line CATEGORY:QTY:UNIT_PRICE[:WEIGHT_KG]... [--pay METHOD:AMOUNT]...
       [--gift CATEGORY:QTY:REASON[:WEIGHT_KG]]... [--discount RATE%|AMOUNT
       --discount-reason TEXT [--members-only]] [--member NUMBER] [--unlock-user NAME]
       METHOD: cash, card, cheque, free. Without --pay: cash, exact amount.
       A cheque's bank and number may follow: --pay cheque:AMOUNT[:BANK[:NUMBER]].
       --gift: a free gift (0 €) with its reason; --discount: a solidarity price on the ticket.
       --member: the ticket is for this member (its number is kept in the sale and printed);
       --members-only: the discount needs a membership current today (and --member).
  sale --file SALES.json                a JSON array of {"lines":[{"category","quantity",
                                        "unit_price","weight_kg","gift_reason"}],"discount",
                                        "discount_reason","members_only","member",
                                        "payments":[{"method","amount","bank","number"}]}
                                        (bank, number: a cheque's; member: its number)
  outflow --line CATEGORY:WEIGHT_KG[:QTY[:CONTAINER]]... [--kind KIND] [--partner NAME]
          [--stream STREAM] [--note TEXT] [--unlock-user NAME]
                                        what leaves without a sale, weighed (a container's
                                        tare is subtracted). KIND: partner (an association,
                                        --partner its name), collection (an eco-organism's,
                                        --partner ecologic|ecomaison|refashion), recycling
                                        (default; STREAM: metals, paper-cardboard, textiles,
                                        weee, wood, plastics, glass, mixed), waste
  containers [--add NAME --tare KG | --set-tare CONTAINER --tare KG | --remove CONTAINER]
                                        the site's containers and their tares (changes: admin,
                                        on an administration station)
  refund --ticket NUMBER [--line LINE_NO:QTY]... [--method cash|card|cheque] --reason TEXT
         [--unlock-user NAME]
  close-session --count 50x2,20x3,0.50x4 [--comment TEXT] [--validator NAME]
  z-report --number NUMBER
  set-threshold --amount AMOUNT         variance beyond which a closing needs a comment and an
                                        admin's validation (admin; default 5,00 €)
  register-mode on|off                  this station's window fills the screen and closes only
                                        with an administrator's PIN (admin; audited)
  close-periods                         daily, monthly and yearly closings of ended periods
                                        (the program also makes them by itself)
  archive --from DATE --to DATE --out FILE
                                        fiscal archive of the business days DATE..DATE
                                        (documents, closings, audit events; ExportData)
  archive verify FILE                   check an archive alone: every hash, every byte and
                                        the station's signature (with --db: a key of that
                                        station in the shop's registry)
  clock [status] [--json]               the PC's clock against this station's last document:
                                        while it is behind, nothing is recorded (audited once)
  clock confirm --now "YYYY-MM-DD HH:MM"
                                        an administrator confirms the PC's clock once it is set
                                        right, with the time read on a clock they trust (the
                                        shop's time zone); audited, a technical event

Reception
  deposit --line CATEGORY:WEIGHT_KG:DESTINATION:ORIGIN[:QTY]... [--note TEXT]
          [--town TOWN] [--unlock-user NAME]
          DESTINATION: shop, recycling, waste-centre
          ORIGIN: voluntary, home-collection, partner-waste-centre, professional

An administrator unlocks what the --user may not do alone (a refund, a price or weight out of
range): --unlock-user NAME with the PIN in RECAISSE_UNLOCK_PIN (audited, e.g. weight.override).
A variance beyond the threshold is validated by --validator NAME (RECAISSE_VALIDATOR_PIN).
)";

namespace {

QString categoryId(Store &store, const QString &text)
{
    return take(CategoryCatalog(store).resolve(text)).id;
}

int init(const Options &options)
{
    SystemClock clock;
    StationSetup setup;
    setup.siteName = required(options, "site");
    setup.stationCode = required(options, "station");
    setup.adminPin = pinOf(options, PinRole::Actor);
    setup.demo = options.has(QStringLiteral("demo"));
    if (options.has(QStringLiteral("admin-name")))
        setup.adminName = options.value(QStringLiteral("admin-name"));
    if (options.has(QStringLiteral("timezone")))
        setup.timeZone = options.value(QStringLiteral("timezone"));
    if (options.has(QStringLiteral("kind"))) {
        const auto kind = stationKindFromKey(options.value(QStringLiteral("kind")));
        if (!kind)
            throw Failed(QStringLiteral("--kind is register, reception or backoffice"), Usage);
        setup.kind = *kind;
    }
    const QString path = databasePath(options);
    auto store = take(Store::create(path, setup, clock));
    // The site key and this station's keys, in the keychain, then the shop's recovery kit.
    // Without a keychain the keys are made when the kDrive account is set up (nothing reaches the
    // drive unsealed), and no kit is made here.
    const auto keys = core::sync::StationRegistry::establishFounder(*store);
    QString kitPath;
    if (!keys) {
        QTextStream(stderr) << "recaisse-cli: warning: " << keys.error().message
                            << " The shop's keys will be created when sync is set up; no recovery "
                               "kit was made."
                            << Qt::endl;
    } else {
        kitPath = options.has(QStringLiteral("recovery-kit"))
            ? options.value(QStringLiteral("recovery-kit"))
            : QFileInfo(path).dir().filePath(
                QFileInfo(path).completeBaseName() + QStringLiteral("-recovery-kit.pdf"));
        const auto kit = [&]() -> Result<void> {
            auto recoveryKey = SiteRecovery::prepareForNewShop(*store, *keys);
            if (!recoveryKey)
                return recoveryKey.error();
            // The kit is the manager's paper.
            const ShopPapers french;
            return RecoveryKit{store->site().name, *recoveryKey, store->today()}.save(kitPath);
        }();
        if (!kit) {
            // A shop whose recovery kit was not written is not created: it could not be restored.
            (void)SiteKeyStore::remove(keys->siteId, keys->stationId);
            store.reset();
            Database::removeFiles(path);
            throw Failed(kit.error().message);
        }
    }
    if (options.json)
        printJson({{QStringLiteral("site"), store->site().name},
            {QStringLiteral("site_id"), store->site().id},
            {QStringLiteral("station"), store->station().code},
            {QStringLiteral("station_id"), store->station().id},
            {QStringLiteral("keys"), keys.ok()}, {QStringLiteral("recovery_kit"), kitPath},
            {QStringLiteral("demo"), store->isDemo()}});
    else
        out() << "created " << (store->isDemo() ? "demo " : "") << "station "
              << store->station().code << " of " << store->site().name << " in " << path
              << Qt::endl;
    if (!kitPath.isEmpty())
        QTextStream(stderr) << "recaisse-cli: the recovery kit is in " << kitPath
                            << ": print it, keep it somewhere safe away from the computers, "
                               "then delete the file"
                            << Qt::endl;
    return Success;
}

int demoData(const Options &options)
{
    const int days = int(integer(required(options, "days"), QStringLiteral("--days"), 1, 36600));
    const quint32 seed = options.has(QStringLiteral("seed"))
        ? quint32(integer(
            options.value(QStringLiteral("seed")), QStringLiteral("--seed"), 0, 4294967295LL))
        : 1;
    ManualClock clock(QDateTime::currentDateTimeUtc());
    const auto store = openStore(options, clock);
    DemoShop shop(*store, clock);
    const DemoShop::Generated generated = take(shop.generate(days, seed));
    const StoreStatistics stats = StoreStatistics::collect(*store);
    if (options.json) {
        QJsonObject json = stats.toJson();
        json.insert(QStringLiteral("days_generated"), generated.days);
        if (generated.days > 0)
            json.insert(QStringLiteral("first_day"), generated.first.toString(Qt::ISODate));
        json.insert(QStringLiteral("last_day"), generated.last.toString(Qt::ISODate));
        printJson(json);
    } else if (generated.days == 0) {
        // Demo days are past days only: nothing after yesterday, nothing before the station's
        // last document.
        out() << "nothing added: demo days go from the day after this station's last document "
                 "through yesterday ("
              << generated.last.toString(Qt::ISODate)
              << "), and no open day (Tuesday to Saturday) is left; demo days are never today or "
                 "later"
              << Qt::endl;
    } else {
        out() << "demo activity generated for " << generated.first.toString(Qt::ISODate) << " to "
              << generated.last.toString(Qt::ISODate) << ": " << stats.sales << " sales, "
              << stats.deposits << " deposits in the database" << Qt::endl;
    }
    return Success;
}

// The chain head to compare the local chains with: the file given, else the one this station
// published on its drive. nullopt (with the reason in `note`) when there is none to read.
std::optional<sync::ChainHead> publishedHead(Store &store, const Options &options, QString &note)
{
    if (options.has(QStringLiteral("head"))) {
        QFile file(options.value(QStringLiteral("head")));
        if (!file.open(QIODevice::ReadOnly))
            throw Failed(
                QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        return take(sync::ChainHead::fromJson(file.read(64 * 1024)));
    }
    auto client = sync::SyncAccount::connect(store);
    if (!client) {
        note = client.error().code == ErrorCode::NotFound
            ? QStringLiteral("no sync account: no published chain head to compare with")
            : QStringLiteral("the published chain head cannot be read: %1")
                  .arg(client.error().message);
        return std::nullopt;
    }
    // The head is sealed and signed like everything the station publishes.
    auto sealed = sync::SealedRemote::connect(store);
    if (!sealed) {
        note = QStringLiteral("the published chain head cannot be read: %1")
                   .arg(sealed.error().message);
        return std::nullopt;
    }
    auto head = sync::ChainHead::fetch(store, *sealed->sealed);
    if (!head) {
        note = head.error().failure == sync::Failure::NotFound
            ? QStringLiteral("no chain head published yet")
            : QStringLiteral("the published chain head cannot be read: %1")
                  .arg(head.error().message);
        return std::nullopt;
    }
    return *head;
}

int verify(const Options &options)
{
    SystemClock clock;
    const auto store = openStore(options, clock);
    IntegrityCheck::Report report = take(IntegrityCheck(*store).run());
    QString note;
    const auto head = publishedHead(*store, options, note);
    if (head)
        report.problems << take(sync::ChainHead::compare(*store, *head));
    if (options.json) {
        printJson({{QStringLiteral("intact"), report.intact()},
            {QStringLiteral("documents"), report.documentsChecked},
            {QStringLiteral("audit_events"), report.auditEventsChecked},
            {QStringLiteral("closings"), report.closingsChecked},
            {QStringLiteral("head_compared"), head.has_value()},
            {QStringLiteral("head_note"), note},
            {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)}});
    } else {
        for (const QString &problem : report.problems)
            out() << problem << '\n';
        if (head)
            out() << "chain head of " << isoUtc(head->atUtc) << " compared (document "
                  << head->lastSeq << ")" << '\n';
        else
            out() << note << '\n';
        if (report.intact())
            out() << "intact: " << report.documentsChecked << " documents ("
                  << report.closingsChecked << " closings recomputed), "
                  << report.auditEventsChecked << " audit events and the schema verified" << '\n';
        out().flush();
    }
    if (!report.intact()) {
        QTextStream(stderr) << "recaisse-cli: " << report.problems.size()
                            << " integrity problem(s) found" << Qt::endl;
        return Failure;
    }
    return Success;
}

int stats(const Options &options)
{
    SystemClock clock;
    const auto store = openStore(options, clock);
    const QJsonObject stats = StoreStatistics::collect(*store).toJson();
    if (options.json) {
        printJson(stats);
    } else {
        for (auto it = stats.begin(); it != stats.end(); ++it)
            out() << it.key() << ": " << it.value().toInteger() << '\n';
        out().flush();
    }
    return Success;
}

int users(const Options &options)
{
    SystemClock clock;
    const auto store = openStore(options, clock);
    QJsonArray list;
    for (const UserInfo &user : Users(*store).list(true)) {
        list.append(QJsonObject{{QStringLiteral("id"), user.id},
            {QStringLiteral("name"), user.name}, {QStringLiteral("role"), toKey(user.role)},
            {QStringLiteral("active"), user.active}, {QStringLiteral("locked"), user.locked}});
        if (!options.json)
            out() << user.name << '\t' << toKey(user.role) << (user.active ? "" : "\tinactive")
                  << (user.locked ? "\tlocked" : "") << '\n';
    }
    if (options.json)
        printJson({{QStringLiteral("users"), list}});
    out().flush();
    return Success;
}

int categories(const Options &options)
{
    SystemClock clock;
    const auto store = openStore(options, clock);
    QJsonArray list;
    for (const Category &c : CategoryCatalog(*store).list(true)) {
        QJsonObject o{{QStringLiteral("id"), c.id}, {QStringLiteral("parent_id"), c.parentId},
            {QStringLiteral("name"), c.name}, {QStringLiteral("eee_code"), c.eeeCode},
            {QStringLiteral("weight_required"), c.weightRequired},
            {QStringLiteral("active"), c.active}};
        if (c.defaultPriceCents)
            o.insert(QStringLiteral("default_price_cents"), *c.defaultPriceCents);
        if (c.minPriceCents)
            o.insert(QStringLiteral("min_price_cents"), *c.minPriceCents);
        if (c.maxPriceCents)
            o.insert(QStringLiteral("max_price_cents"), *c.maxPriceCents);
        if (const auto range = CategoryCatalog::weightRange(c)) {
            o.insert(QStringLiteral("min_weight_grams"), range->minGrams);
            o.insert(QStringLiteral("max_weight_grams"), range->maxGrams);
        }
        list.append(o);
        if (!options.json)
            out() << c.id << '\t' << c.name << '\t' << c.eeeCode << '\t'
                  << (c.defaultPriceCents ? money::format(*c.defaultPriceCents) : QString())
                  << '\n';
    }
    if (options.json)
        printJson({{QStringLiteral("categories"), list}});
    out().flush();
    return Success;
}

int userAdd(const Options &options)
{
    SystemClock clock;
    const auto store = openStore(options, clock);
    const Actor actor = actorOf(*store, options);
    const auto role = roleFromKey(required(options, "role"));
    if (!role)
        throw Failed(
            QStringLiteral("--role is super-admin, admin, supervisor, cashier or reception"),
            Usage);
    const QString name = required(options, "name");
    const UserInfo user =
        take(Users(*store).create(actor, name, *role, pinOf(options, PinRole::New)));
    out() << "created user " << user.name << " (" << toKey(user.role) << ")" << Qt::endl;
    return Success;
}

int userPin(const Options &options)
{
    SystemClock clock;
    const auto store = openStore(options, clock);
    Users users(*store);
    const UserInfo user = take(users.findByName(required(options, "user")));
    const QString current = pinOf(options, PinRole::Actor);
    const QString chosen = pinOf(options, PinRole::New);
    const Actor actor = take(users.changeOwnPin(user.id, current, chosen));
    out() << "PIN of " << actor.name << " changed" << Qt::endl;
    return Success;
}

int openSession(const Options &options)
{
    SystemClock clock;
    const auto store = openStore(options, clock);
    const Actor actor = actorOf(*store, options);
    DenominationCount counted;
    if (options.has(QStringLiteral("count")))
        counted = take(CashSessions::parseCount(options.value(QStringLiteral("count"))));
    const qint64 floatCents = options.has(QStringLiteral("float"))
        ? amount(options.value(QStringLiteral("float")), QStringLiteral("--float"))
        : take(CashSessions::countTotal(counted));
    CashSessions sessions(*store);
    // After more than 3 days without documents, the date the PC shows must be confirmed.
    std::optional<QDate> confirmed;
    if (options.has(QStringLiteral("confirm-date"))) {
        confirmed = QDate::fromString(options.value(QStringLiteral("confirm-date")), Qt::ISODate);
        if (!confirmed->isValid())
            throw Failed(QStringLiteral("--confirm-date is a date YYYY-MM-DD"), Usage);
    }
    if (const auto needed = take(sessions.needsDateConfirmation()); needed && confirmed != needed)
        throw Failed(QStringLiteral("nothing was recorded here for more than 3 days: check that "
                                    "the PC's date is right, then run again with --confirm-date "
                                    "%1")
                         .arg(needed->toString(Qt::ISODate)));
    const OpenSessionInfo session = take(sessions.open(actor, floatCents, counted));
    if (options.json)
        printJson({{QStringLiteral("number"), session.number},
            {QStringLiteral("float_cents"), session.floatCents}});
    else
        out() << "session " << session.number << " opened by " << session.cashierName << " with "
              << money::format(session.floatCents) << Qt::endl;
    return Success;
}

int cashMove(const Options &options)
{
    SystemClock clock;
    const auto store = openStore(options, clock);
    const Actor actor = actorOf(*store, options);
    if (options.has(QStringLiteral("in")) == options.has(QStringLiteral("out")))
        throw Failed(QStringLiteral("cash-move needs either --in AMOUNT or --out AMOUNT"), Usage);
    const bool in = options.has(QStringLiteral("in"));
    const qint64 cents = amount(options.value(in ? QStringLiteral("in") : QStringLiteral("out")),
        in ? QStringLiteral("--in") : QStringLiteral("--out"));
    const DocumentStamp stamp = take(CashSessions(*store).moveCash(actor,
        in ? MovementDirection::In : MovementDirection::Out, cents, required(options, "reason")));
    out() << "cash movement " << stamp.number << " recorded" << Qt::endl;
    return Success;
}

// A solidarity price: "10%" (a rate) or "5,00" (an amount off the ticket), with its reason.
Discount discountFrom(const QString &text, const QString &reason, const QString &where)
{
    Discount discount;
    discount.reason = reason;
    const QString value = text.trimmed();
    if (value.endsWith(QLatin1Char('%'))) {
        auto rate = vat::parseRate(value.chopped(1));
        if (!rate)
            throw Failed(QStringLiteral("%1: %2").arg(where, rate.error().message));
        discount.value = *rate;
    } else {
        discount.kind = DiscountKind::Fixed;
        discount.value = amount(value, where);
    }
    return discount;
}

// One sale of a --file: any problem names the sale it is in.
SaleDraft saleFromJson(Store &store, const QJsonObject &object, int index)
{
    const QString where = QStringLiteral("sale %1").arg(index + 1);
    const auto fail = [&where](const QString &reason) -> Failed {
        return Failed(QStringLiteral("%1: %2").arg(where, reason));
    };
    SaleDraft draft;
    for (const QJsonValue &value : object.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject line = value.toObject();
        SaleLineDraft l;
        auto category =
            CategoryCatalog(store).resolve(line.value(QStringLiteral("category")).toString());
        if (!category)
            throw fail(category.error().message);
        l.categoryId = category->id;
        const QJsonValue quantity = line.value(QStringLiteral("quantity"));
        if (quantity.isUndefined()) {
            l.quantity = 1;
        } else {
            const double number = quantity.toDouble(-1);
            // In range before the integer conversion: converting 1e300 is undefined behaviour.
            if (!quantity.isDouble() || !(number >= 1 && number <= double(maxQuantity))
                || number != double(qint64(number)))
                throw fail(QStringLiteral("the quantity must be a whole number between 1 and %1")
                               .arg(maxQuantity));
            l.quantity = qint64(number);
        }
        l.unitPriceCents = amount(line.value(QStringLiteral("unit_price")).toString(), where);
        if (line.contains(QStringLiteral("weight_kg"))) {
            auto grams = weight::parseKg(line.value(QStringLiteral("weight_kg")).toString());
            if (!grams)
                throw fail(grams.error().message);
            l.weightGrams = *grams;
        }
        l.giftReason = line.value(QStringLiteral("gift_reason")).toString();
        draft.lines.append(l);
    }
    if (object.contains(QStringLiteral("discount"))) {
        draft.discount = discountFrom(object.value(QStringLiteral("discount")).toString(),
            object.value(QStringLiteral("discount_reason")).toString(), where);
        draft.discount->membersOnly = object.value(QStringLiteral("members_only")).toBool();
    } else if (object.contains(QStringLiteral("members_only"))) {
        throw fail(QStringLiteral("\"members_only\" needs a \"discount\""));
    }
    if (object.contains(QStringLiteral("member"))) {
        auto member =
            Members(store).findByNumber(object.value(QStringLiteral("member")).toString());
        if (!member)
            throw fail(member.error().message);
        draft.memberId = member->id;
    }
    for (const QJsonValue &value : object.value(QStringLiteral("payments")).toArray()) {
        const QJsonObject payment = value.toObject();
        const auto method =
            paymentMethodFromKey(payment.value(QStringLiteral("method")).toString());
        if (!method)
            throw fail(QStringLiteral("the payment method is cash, card, cheque or free"));
        draft.payments.append(
            PaymentDraft{*method, amount(payment.value(QStringLiteral("amount")).toString(), where),
                payment.value(QStringLiteral("bank")).toString(),
                payment.value(QStringLiteral("number")).toString()});
    }
    return draft;
}

QJsonObject saleJson(const Sale &sale)
{
    return QJsonObject{{QStringLiteral("number"), sale.stamp.number},
        {QStringLiteral("total_cents"), sale.totalCents},
        {QStringLiteral("change_cents"), sale.changeCents},
        {QStringLiteral("discount_cents"), sale.discountCents()},
        {QStringLiteral("member"), sale.memberNumber},
        {QStringLiteral("lines"), qint64(sale.lines.size())}};
}

int sale(const Options &options)
{
    SystemClock clock;
    const auto store = openStore(options, clock);
    const Actor actor = actorOf(*store, options);
    const auto unlock = unlockOf(*store, options, "unlock-user", PinRole::Unlock);
    Sales sales(*store);

    QList<SaleDraft> drafts;
    if (options.has(QStringLiteral("file"))) {
        QFile file(options.value(QStringLiteral("file")));
        if (!file.open(QIODevice::ReadOnly))
            throw Failed(
                QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        if (file.size() > 64 * 1024 * 1024)
            throw Failed(QStringLiteral("%1 is larger than 64 MiB").arg(file.fileName()));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !document.isArray())
            throw Failed(QStringLiteral("%1 is not a JSON array of sales: %2")
                             .arg(file.fileName(), error.errorString()));
        const QJsonArray array = document.array();
        for (int i = 0; i < array.size(); ++i)
            drafts.append(saleFromJson(*store, array.at(i).toObject(), i));
    } else {
        SaleDraft draft;
        const QStringList lines = options.all(QStringLiteral("line"));
        if (lines.isEmpty() && !options.has(QStringLiteral("gift")))
            throw Failed(
                QStringLiteral("sale needs at least one --line, a --gift or a --file"), Usage);
        for (const QString &line : lines) {
            const QStringList parts = line.split(QLatin1Char(':'));
            if (parts.size() < 3 || parts.size() > 4)
                throw Failed(
                    QStringLiteral("--line is CATEGORY:QTY:UNIT_PRICE[:WEIGHT_KG], not \"%1\"")
                        .arg(line.left(80)),
                    Usage);
            SaleLineDraft l;
            l.categoryId = categoryId(*store, parts.at(0));
            l.quantity = integer(parts.at(1), QStringLiteral("the quantity"), 1, maxQuantity);
            l.unitPriceCents = amount(parts.at(2), QStringLiteral("the unit price"));
            if (parts.size() == 4)
                l.weightGrams = take(weight::parseKg(parts.at(3)));
            draft.lines.append(l);
        }
        for (const QString &gift : options.all(QStringLiteral("gift"))) {
            const QStringList parts = gift.split(QLatin1Char(':'));
            if (parts.size() < 3 || parts.size() > 4)
                throw Failed(QStringLiteral("--gift is CATEGORY:QTY:REASON[:WEIGHT_KG], not \"%1\"")
                                 .arg(gift.left(80)),
                    Usage);
            SaleLineDraft l;
            l.categoryId = categoryId(*store, parts.at(0));
            l.quantity = integer(parts.at(1), QStringLiteral("the quantity"), 1, maxQuantity);
            l.giftReason = parts.at(2);
            if (parts.size() == 4)
                l.weightGrams = take(weight::parseKg(parts.at(3)));
            draft.lines.append(l);
        }
        if (options.has(QStringLiteral("discount"))) {
            draft.discount = discountFrom(options.value(QStringLiteral("discount")),
                options.value(QStringLiteral("discount-reason")), QStringLiteral("--discount"));
            draft.discount->membersOnly = options.has(QStringLiteral("members-only"));
        } else if (options.has(QStringLiteral("members-only"))) {
            throw Failed(QStringLiteral("--members-only needs a --discount"), Usage);
        }
        if (options.has(QStringLiteral("member")))
            draft.memberId =
                take(Members(*store).findByNumber(options.value(QStringLiteral("member")))).id;
        for (const QString &pay : options.all(QStringLiteral("pay"))) {
            // METHOD:AMOUNT, and for a cheque optionally :BANK[:NUMBER].
            const QStringList parts = pay.split(QLatin1Char(':'));
            const auto method = paymentMethodFromKey(parts.first());
            const qsizetype most = method == PaymentMethod::Cheque ? 4 : 2;
            if (parts.size() < 2 || parts.size() > most || !method)
                throw Failed(QStringLiteral("--pay is cash|card|free:AMOUNT or "
                                            "cheque:AMOUNT[:BANK[:NUMBER]], not \"%1\"")
                                 .arg(pay.left(80)),
                    Usage);
            draft.payments.append(PaymentDraft{*method,
                amount(parts.at(1), QStringLiteral("--pay")), parts.value(2), parts.value(3)});
        }
        if (draft.payments.isEmpty() && Sales::total(draft) > 0)
            draft.payments.append(PaymentDraft{PaymentMethod::Cash, Sales::total(draft)});
        drafts.append(draft);
    }

    QJsonArray recorded;
    for (int i = 0; i < drafts.size(); ++i) {
        auto result = sales.record(actor, drafts.at(i), unlock);
        if (!result)
            throw Failed(drafts.size() > 1 ? QStringLiteral("sale %1 of %2 refused (%3 recorded "
                                                            "before it): %4")
                                                 .arg(i + 1)
                                                 .arg(drafts.size())
                                                 .arg(i)
                                                 .arg(result.error().message)
                                           : result.error().message);
        recorded.append(saleJson(*result));
        if (!options.json)
            out() << "sale " << result->stamp.number << ": " << money::format(result->totalCents)
                  << ", change " << money::format(result->changeCents)
                  << (result->memberNumber.isEmpty()
                             ? QString()
                             : QStringLiteral(", member ") + result->memberNumber)
                  << '\n';
    }
    if (options.json)
        printJson({{QStringLiteral("sales"), recorded}});
    out().flush();
    return Success;
}

int refund(const Options &options)
{
    SystemClock clock;
    const auto store = openStore(options, clock);
    const Actor actor = actorOf(*store, options);
    RefundDraft draft;
    draft.saleNumber = required(options, "ticket");
    draft.reason = required(options, "reason");
    if (options.has(QStringLiteral("method"))) {
        const auto method = paymentMethodFromKey(options.value(QStringLiteral("method")));
        if (!method)
            throw Failed(QStringLiteral("--method is cash, card or cheque"), Usage);
        draft.method = *method;
    }
    for (const QString &line : options.all(QStringLiteral("line"))) {
        const QStringList parts = line.split(QLatin1Char(':'));
        if (parts.size() != 2)
            throw Failed(
                QStringLiteral("--line is LINE_NO:QTY, not \"%1\"").arg(line.left(80)), Usage);
        draft.lines.append(RefundLineDraft{
            int(integer(parts.at(0), QStringLiteral("the line number"), 1, maxLinesPerTicket)),
            integer(parts.at(1), QStringLiteral("the quantity"), 1, maxQuantity)});
    }
    const auto unlock = unlockOf(*store, options, "unlock-user", PinRole::Unlock);
    const Refund result = take(Sales(*store).refund(actor, draft, unlock));
    if (options.json)
        printJson({{QStringLiteral("number"), result.stamp.number},
            {QStringLiteral("sale"), result.saleNumber},
            {QStringLiteral("total_cents"), result.totalCents}});
    else
        out() << "refund " << result.stamp.number << " of " << result.saleNumber << ": "
              << money::format(result.totalCents) << " authorised by " << result.authorizedBy
              << Qt::endl;
    return Success;
}

QJsonObject zJson(const ZReport &z)
{
    return QJsonObject{{QStringLiteral("number"), z.stamp.number},
        {QStringLiteral("cashier"), z.cashierName},
        {QStringLiteral("opened_utc"), isoUtc(z.openedUtc)},
        {QStringLiteral("closed_utc"), isoUtc(z.closedUtc)},
        {QStringLiteral("float_cents"), z.totals.floatCents},
        {QStringLiteral("sales"), z.totals.salesCount},
        {QStringLiteral("sales_total_cents"), z.totals.salesTotalCents},
        {QStringLiteral("refunds_total_cents"), z.totals.refundsTotalCents},
        {QStringLiteral("cash_cents"), z.totals.cashSalesCents},
        {QStringLiteral("card_cents"), z.totals.cardCents},
        {QStringLiteral("cheque_cents"), z.totals.chequeCents},
        {QStringLiteral("free_cents"), z.totals.freeCents},
        {QStringLiteral("expected_cents"), z.expectedCents},
        {QStringLiteral("counted_cents"), z.countedCents},
        {QStringLiteral("variance_cents"), z.varianceCents}, {QStringLiteral("comment"), z.comment},
        {QStringLiteral("validated_by"), z.validatedBy},
        {QStringLiteral("grand_total_cents"), z.grandTotalCents},
        {QStringLiteral("outflows"), z.totals.outflowsCount},
        {QStringLiteral("outflow_grams"), z.totals.outflowGrams},
        {QStringLiteral("donations"), z.totals.donationsCount},
        {QStringLiteral("donations_cents"), z.totals.donationsCents},
        {QStringLiteral("cash_donations_cents"), z.totals.cashDonationsCents},
        {QStringLiteral("memberships"), z.totals.membershipsCount},
        {QStringLiteral("memberships_cents"), z.totals.membershipsCents},
        {QStringLiteral("cash_memberships_cents"), z.totals.cashMembershipsCents}};
}

void printZ(const ZReport &z, bool json)
{
    if (json) {
        printJson(zJson(z));
        return;
    }
    out() << "Z report " << z.stamp.number << " — " << z.cashierName << '\n'
          << "  sales:        " << z.totals.salesCount << ", "
          << money::format(z.totals.salesTotalCents) << '\n'
          << "  refunds:      " << money::format(z.totals.refundsTotalCents) << '\n'
          << "  cash:         " << money::format(z.totals.cashSalesCents) << '\n'
          << "  card:         " << money::format(z.totals.cardCents) << '\n'
          << "  cheque:       " << money::format(z.totals.chequeCents) << '\n'
          << "  free:         " << money::format(z.totals.freeCents) << '\n'
          << "  donations:    " << z.totals.donationsCount << ", "
          << money::format(z.totals.donationsCents) << " (apart from sales)\n"
          << "  memberships:  " << z.totals.membershipsCount << ", "
          << money::format(z.totals.membershipsCents) << " (apart from sales)\n"
          << "  expected:     " << money::format(z.expectedCents) << '\n'
          << "  counted:      " << money::format(z.countedCents) << '\n'
          << "  variance:     " << money::format(z.varianceCents) << '\n';
    if (!z.comment.isEmpty())
        out() << "  comment:      " << z.comment << " (validated by " << z.validatedBy << ")\n";
    out() << "  grand total:  " << money::format(z.grandTotalCents) << Qt::endl;
}

int closeSession(const Options &options)
{
    SystemClock clock;
    const auto store = openStore(options, clock);
    const Actor actor = actorOf(*store, options);
    CloseRequest request;
    request.counted = take(CashSessions::parseCount(required(options, "count")));
    request.comment = options.value(QStringLiteral("comment"));
    request.validation = unlockOf(*store, options, "validator", PinRole::Validator);
    printZ(take(CashSessions(*store).close(actor, request)), options.json);
    return Success;
}

int setThreshold(const Options &options)
{
    SystemClock clock;
    const auto store = openStore(options, clock);
    const Actor actor = actorOf(*store, options);
    const qint64 cents = amount(required(options, "amount"), QStringLiteral("--amount"));
    take(Sites(*store).setThreshold(actor, store->station().id, cents));
    out() << "variance threshold of " << store->station().code << ": "
          << money::format(store->station().varianceThresholdCents) << Qt::endl;
    return Success;
}

int registerMode(const Options &options)
{
    const QString state = options.subcommand();
    if (options.positionals.size() != 1
        || (state != QLatin1String("on") && state != QLatin1String("off")))
        throw Failed(QStringLiteral("register-mode takes on or off"), Usage);
    SystemClock clock;
    const auto store = openStore(options, clock);
    const Actor actor = actorOf(*store, options);
    take(RegisterMode(*store).set(actor, state == QLatin1String("on")));
    out() << "register mode of " << store->station().code << ": " << state << Qt::endl;
    return Success;
}

int zReport(const Options &options)
{
    SystemClock clock;
    const auto store = openStore(options, clock);
    const QString number = required(options, "number");
    auto header = findDocument(*store, number);
    if (!header || header->kind != DocumentKind::SessionClose)
        throw Failed(QStringLiteral("%1 is not a Z report number").arg(number.left(40)));
    printZ(take(CashSessions(*store).zReport(header->seq)), options.json);
    return Success;
}

int closePeriods(const Options &options)
{
    SystemClock clock;
    const auto store = openStore(options, clock);
    const Actor actor = actorOf(*store, options);
    const QList<PeriodClosing> closings = take(Closings(*store).closeEndedPeriods(actor));
    for (const PeriodClosing &c : closings)
        out() << c.stamp.number << ' ' << toKey(c.kind) << ' ' << c.first.toString(Qt::ISODate)
              << ".." << c.last.toString(Qt::ISODate) << ": " << money::format(c.salesTotalCents)
              << ", grand total " << money::format(c.grandTotalCents) << '\n';
    out() << closings.size() << " closing(s) written" << Qt::endl;
    return Success;
}

// How the CLI names a demo shop's archive (FiscalArchive::Summary::demo).
static QString demoArchive()
{
    return QStringLiteral("%1: demo shop ").arg(DemoShop::mark());
}

// archive --from DATE --to DATE --out FILE, or archive verify FILE.
int archive(const Options &options)
{
    if (options.subcommand() == QLatin1String("verify")) {
        if (options.positionals.size() != 2)
            throw Failed(QStringLiteral("archive verify needs the archive file"), Usage);
        const FiscalArchive::Summary summary =
            take(FiscalArchive::verify(options.positionals.at(1)));
        // With a station database (--db), the signing key must be one of that station's.
        QString signer;
        if (!options.db.isEmpty() && !summary.signingPublic.isEmpty()) {
            SystemClock clock;
            const auto store = openStore(options, clock);
            signer = take(FiscalArchive::signerIn(*store, summary));
        }
        const QString fingerprint = summary.signingPublic.isEmpty()
            ? QString()
            : FiscalArchive::fingerprint(summary.signingPublic);
        if (options.json)
            printJson(
                {{QStringLiteral("intact"), true}, {QStringLiteral("station"), summary.stationCode},
                    {QStringLiteral("from"), summary.from.toString(Qt::ISODate)},
                    {QStringLiteral("to"), summary.to.toString(Qt::ISODate)},
                    {QStringLiteral("documents"), summary.documents},
                    {QStringLiteral("closings"), summary.closings},
                    {QStringLiteral("audit_events"), summary.auditEvents},
                    {QStringLiteral("last_hash"), summary.lastHash},
                    {QStringLiteral("signed"), !summary.signingPublic.isEmpty()},
                    {QStringLiteral("signing_key"), fingerprint},
                    {QStringLiteral("signer"), signer}, {QStringLiteral("demo"), summary.demo}});
        else
            out() << "intact: " << (summary.demo ? demoArchive() : QString()) << "archive of "
                  << summary.stationCode << " from " << summary.from.toString(Qt::ISODate) << " to "
                  << summary.to.toString(Qt::ISODate) << ", " << summary.documents << " documents ("
                  << summary.closings << " closings), " << summary.auditEvents
                  << " audit events, last hash " << summary.lastHash << "; "
                  << (fingerprint.isEmpty() ? QStringLiteral("not signed")
                                            : QStringLiteral("signed by key ") + fingerprint)
                  << (signer.isEmpty() ? QString()
                                       : QStringLiteral(", a registered key of ") + signer)
                  << Qt::endl;
        return Success;
    }
    if (!options.positionals.isEmpty())
        throw Failed(QStringLiteral("archive takes --from, --to and --out, or verify FILE"), Usage);
    const auto day = [&options](const char *key) {
        const QDate date = QDate::fromString(required(options, key), Qt::ISODate);
        if (!date.isValid())
            throw Failed(
                QStringLiteral("--%1 is a date YYYY-MM-DD").arg(QLatin1String(key)), Usage);
        return date;
    };
    const QDate from = day("from");
    const QDate to = day("to");
    SystemClock clock;
    const auto store = openStore(options, clock);
    const Actor actor = actorOf(*store, options);
    // Signed with the station's key when it has keys (from the keychain).
    QByteArray signingKey;
    const auto registered = take(core::sync::StationRegistry::find(*store, store->station().id));
    if (registered)
        signingKey =
            take(SiteKeyStore::load(store->site().id, store->station().id)).signing.privateKey;
    else
        QTextStream(stderr) << "recaisse-cli: warning: this station has no keys: the archive is "
                               "not signed"
                            << Qt::endl;
    const FiscalArchive::Summary summary =
        take(FiscalArchive(*store).write(actor, from, to, required(options, "out"), signingKey));
    out() << (summary.demo ? demoArchive() : QString()) << "archive "
          << options.value(QStringLiteral("out")) << ": " << summary.documents << " documents ("
          << summary.closings << " closings), " << summary.auditEvents << " audit events"
          << (signingKey.isEmpty() ? QString()
                                   : QStringLiteral(", signed by key ")
                         + FiscalArchive::fingerprint(summary.signingPublic))
          << Qt::endl;
    return Success;
}

int deposit(const Options &options)
{
    SystemClock clock;
    const auto store = openStore(options, clock);
    const Actor actor = actorOf(*store, options);
    const auto unlock = unlockOf(*store, options, "unlock-user", PinRole::Unlock);
    DepositDraft draft;
    draft.note = options.value(QStringLiteral("note"));
    draft.town = options.value(QStringLiteral("town"));
    const QStringList lines = options.all(QStringLiteral("line"));
    if (lines.isEmpty())
        throw Failed(QStringLiteral("deposit needs at least one --line"), Usage);
    for (const QString &line : lines) {
        const QStringList parts = line.split(QLatin1Char(':'));
        if (parts.size() < 4 || parts.size() > 5)
            throw Failed(
                QStringLiteral("--line is CATEGORY:WEIGHT_KG:DESTINATION:ORIGIN[:QTY], not \"%1\"")
                    .arg(line.left(80)),
                Usage);
        DepositLineDraft l;
        l.categoryId = categoryId(*store, parts.at(0));
        l.weightGrams = take(weight::parseKg(parts.at(1)));
        const auto destination = destinationFromKey(parts.at(2));
        if (!destination)
            throw Failed(
                QStringLiteral("the destination is shop, recycling or waste-centre"), Usage);
        const auto origin = originFromKey(parts.at(3));
        if (!origin)
            throw Failed(QStringLiteral("the origin is voluntary, home-collection, "
                                        "partner-waste-centre or professional"),
                Usage);
        l.destination = *destination;
        l.origin = *origin;
        if (parts.size() == 5)
            l.quantity =
                integer(parts.at(4), QStringLiteral("the number of items"), 1, maxQuantity);
        draft.lines.append(l);
    }
    const Deposit result = take(Deposits(*store).record(actor, draft, unlock));
    if (options.json)
        printJson({{QStringLiteral("number"), result.stamp.number},
            {QStringLiteral("weight_grams"), result.totalWeightGrams},
            {QStringLiteral("town"), result.town}});
    else
        out() << "deposit " << result.stamp.number << ": "
              << weight::format(result.totalWeightGrams) << Qt::endl;
    return Success;
}

// A container named on an outflow line: its id or its name (case ignored).
QString containerId(Store &store, const QString &text)
{
    const QList<Container> containers = take(Containers(store).list());
    for (const Container &container : containers) {
        if (container.id == text || container.name.compare(text, Qt::CaseInsensitive) == 0)
            return container.id;
    }
    throw Failed(
        QStringLiteral("unknown container \"%1\" (see: containers)").arg(text.left(80)), Usage);
}

int outflow(const Options &options)
{
    SystemClock clock;
    const auto store = openStore(options, clock);
    const Actor actor = actorOf(*store, options);
    const auto unlock = unlockOf(*store, options, "unlock-user", PinRole::Unlock);
    OutflowDraft draft;
    draft.note = options.value(QStringLiteral("note"));
    draft.partner = options.value(QStringLiteral("partner"));
    draft.stream = options.value(QStringLiteral("stream"));
    if (options.has(QStringLiteral("kind"))) {
        const auto kind = outflowKindFromKey(options.value(QStringLiteral("kind")));
        if (!kind)
            throw Failed(
                QStringLiteral("--kind is partner, collection, recycling or waste"), Usage);
        draft.kind = *kind;
    }
    const QStringList lines = options.all(QStringLiteral("line"));
    if (lines.isEmpty())
        throw Failed(QStringLiteral("outflow needs at least one --line"), Usage);
    for (const QString &line : lines) {
        const QStringList parts = line.split(QLatin1Char(':'));
        if (parts.size() < 2 || parts.size() > 4)
            throw Failed(
                QStringLiteral("--line is CATEGORY:WEIGHT_KG[:QTY[:CONTAINER]], not \"%1\"")
                    .arg(line.left(80)),
                Usage);
        OutflowLineDraft l;
        l.categoryId = categoryId(*store, parts.at(0));
        l.weightGrams = take(weight::parseKg(parts.at(1)));
        if (parts.size() >= 3 && !parts.at(2).isEmpty())
            l.quantity =
                integer(parts.at(2), QStringLiteral("the number of items"), 1, maxQuantity);
        if (parts.size() == 4)
            l.containerId = containerId(*store, parts.at(3));
        draft.lines.append(l);
    }
    const Outflow result = take(Outflows(*store).record(actor, draft, unlock));
    if (options.json)
        printJson({{QStringLiteral("number"), result.stamp.number},
            {QStringLiteral("kind"), commandKey(result.kind)},
            {QStringLiteral("weight_grams"), result.totalWeightGrams},
            {QStringLiteral("tare_grams"), result.tareGrams}});
    else
        out() << "outflow " << result.stamp.number << " (" << commandKey(result.kind)
              << "): " << weight::format(result.totalWeightGrams) << Qt::endl;
    return Success;
}

int clock(const Options &options)
{
    const QString what = options.subcommand();
    if (options.positionals.size() > 1
        || (!what.isEmpty() && what != QLatin1String("status") && what != QLatin1String("confirm")))
        throw Failed(QStringLiteral("clock takes status or confirm"), Usage);
    SystemClock systemClock;
    const auto store = openStore(options, systemClock);
    StationClock stationClock(*store);
    const auto local = [&store](const QDateTime &utc) {
        return utc.isValid() ? utc.toTimeZone(store->timeZone()).toString(Qt::ISODate) : QString();
    };
    if (what == QLatin1String("confirm")) {
        const QString text = required(options, "now");
        const QDateTime parsed = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
        const QDateTime stated = parsed.isValid()
            ? QDateTime(parsed.date(), parsed.time(), store->timeZone())
            : QDateTime();
        if (!stated.isValid())
            throw Failed(
                QStringLiteral("--now is the date and time it is, \"YYYY-MM-DD HH:MM\""), Usage);
        const Actor actor = actorOf(*store, options);
        const DocumentStamp event = take(stationClock.confirm(actor, stated.toUTC()));
        if (options.json)
            printJson({{QStringLiteral("confirmed"), true}, {QStringLiteral("event"), event.number},
                {QStringLiteral("clock"), local(event.createdUtc)}});
        else
            out() << "clock of " << store->station().code << " confirmed at "
                  << local(event.createdUtc) << " (" << event.number << ")" << Qt::endl;
        return Success;
    }
    const ClockStatus status = take(stationClock.check());
    if (options.json) {
        printJson({{QStringLiteral("clock"), local(status.clockUtc)},
            {QStringLiteral("last_document"), local(status.lastDocumentUtc)},
            {QStringLiteral("behind"), status.behind},
            {QStringLiteral("behind_seconds"), status.behindSecs}});
    } else {
        out() << "clock " << local(status.clockUtc) << ", last document "
              << (status.lastDocumentUtc.isValid() ? local(status.lastDocumentUtc)
                                                   : QStringLiteral("none"))
              << Qt::endl;
        if (status.behind)
            out() << "behind: " << status.message << Qt::endl;
    }
    return Success;
}

// The site's containers and their tares: listed, or one added (--add NAME --tare KG), its tare
// changed (--set-tare CONTAINER --tare KG) or removed (--remove CONTAINER).
int containers(const Options &options)
{
    SystemClock clock;
    const auto store = openStore(options, clock);
    Containers containers(*store);
    const bool add = options.has(QStringLiteral("add"));
    const bool setTare = options.has(QStringLiteral("set-tare"));
    const bool remove = options.has(QStringLiteral("remove"));
    if (int(add) + int(setTare) + int(remove) > 1)
        throw Failed(QStringLiteral("give one of --add, --set-tare and --remove"), Usage);
    if (add || setTare || remove) {
        const Actor actor = actorOf(*store, options);
        if (add)
            take(containers.add(actor, options.value(QStringLiteral("add")),
                take(weight::parseKg(required(options, "tare")))));
        else if (setTare)
            take(containers.setTare(actor,
                containerId(*store, options.value(QStringLiteral("set-tare"))),
                take(weight::parseKg(required(options, "tare")))));
        else
            take(containers.remove(
                actor, containerId(*store, options.value(QStringLiteral("remove")))));
    }
    QJsonArray list;
    for (const Container &c : take(containers.list())) {
        list.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name},
            {QStringLiteral("tare_grams"), c.tareGrams}});
        if (!options.json)
            out() << c.id << '\t' << c.name << '\t' << weight::format(c.tareGrams) << '\n';
    }
    if (options.json)
        printJson({{QStringLiteral("containers"), list}});
    out().flush();
    return Success;
}

} // namespace

void addStationCommands(CommandTable &table)
{
    table.insert(QStringLiteral("init"), withoutArguments(init));
    table.insert(QStringLiteral("demo-data"), withoutArguments(demoData));
    table.insert(QStringLiteral("verify"), withoutArguments(verify));
    table.insert(QStringLiteral("stats"), withoutArguments(stats));
    table.insert(QStringLiteral("users"), withoutArguments(users));
    table.insert(QStringLiteral("categories"), withoutArguments(categories));
    table.insert(QStringLiteral("user-add"), withoutArguments(userAdd));
    table.insert(QStringLiteral("user-pin"), withoutArguments(userPin));
    table.insert(QStringLiteral("open-session"), withoutArguments(openSession));
    table.insert(QStringLiteral("cash-move"), withoutArguments(cashMove));
    table.insert(QStringLiteral("sale"), withoutArguments(sale));
    table.insert(QStringLiteral("refund"), withoutArguments(refund));
    table.insert(QStringLiteral("close-session"), withoutArguments(closeSession));
    table.insert(QStringLiteral("z-report"), withoutArguments(zReport));
    table.insert(QStringLiteral("set-threshold"), withoutArguments(setThreshold));
    table.insert(QStringLiteral("register-mode"), registerMode);
    table.insert(QStringLiteral("close-periods"), withoutArguments(closePeriods));
    table.insert(QStringLiteral("archive"), archive);
    table.insert(QStringLiteral("clock"), clock);
    table.insert(QStringLiteral("deposit"), withoutArguments(deposit));
    table.insert(QStringLiteral("outflow"), withoutArguments(outflow));
    table.insert(QStringLiteral("containers"), withoutArguments(containers));
}

} // namespace recaisse::cli
