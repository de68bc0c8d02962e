#include "demoshop.h"

#include "cashsession.h"
#include "categories.h"
#include "closings.h"
#include "deposits.h"
#include "homecollections.h"
#include "ledger.h"
#include "money.h"
#include "outflows.h"
#include "sales.h"
#include "store.h"
#include "sync/stationregistry.h"
#include "towns.h"
#include "users.h"

#include <QHash>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>

namespace recaisse::core {

const QList<DemoPerson> &demoPeople()
{
    static const QList<DemoPerson> people = {
        {"Camille", "cashier", "1111"},
        {"Karim", "cashier", "2222"},
        {"Léa", "cashier", "3333"},
        {"Jo", "reception", "4444"},
        {"Sam", "supervisor", "5555"},
        {"Dominique", "admin", "666666"},
    };
    return people;
}

QString DemoShop::mark()
{
    return tr("DEMONSTRATION — no value");
}

QString DemoShop::notice()
{
    return tr("%1: the data of a demo shop, invented. It is no shop's real activity and must "
              "never be declared or accounted for.")
        .arg(mark());
}

QString DemoShop::marked(bool demo, const QString &text)
{
    //: A demo shop's text headed by its mark: the mark, then the text.
    return demo ? tr("%1: %2").arg(mark(), text) : text;
}

QString DemoShop::fileNamePrefix(bool demo, QChar separator)
{
    return demo ? QStringLiteral("demonstration") + separator : QString();
}

namespace {

// The demo shop's towns, the most frequent first (an eastern suburb of Paris).
const QList<std::pair<const char *, const char *>> &demoTowns()
{
    static const QList<std::pair<const char *, const char *>> list = {{"Montreuil", "93100"},
        {"Bagnolet", "93170"}, {"Romainville", "93230"}, {"Les Lilas", "93260"},
        {"Vincennes", "94300"}, {"Fontenay-sous-Bois", "94120"}};
    return list;
}

// A note or coin breakdown of an amount, largest first, as a cashier would count it.
DenominationCount breakdown(qint64 cents)
{
    DenominationCount counted;
    for (const qint64 denomination : euroDenominations()) {
        if (denomination > 5000)
            continue; // no 100, 200 or 500 € notes in a ressourcerie drawer
        const qint64 n = cents / denomination;
        if (n > 0)
            counted.insert(denomination, n);
        cents -= n * denomination;
    }
    return counted;
}

struct Event
{
    enum Type {
        Open,
        Sale,
        Refund,
        Movement,
        Close,
        Deposit,
        KiloSale,
        KiloDeposit,
        HomeCollection
    } type;
    QDateTime at;
    int shift = 0;
};

// How often a shop sells (or receives) an item of each family, relative to the others: clothes,
// books and dishes make most tickets; furniture, bicycles and appliances are rare.
// The demo's category sold by the kilo.
constexpr const char *kiloCategory = "textile.kilo";

int familyWeight(const Category &leaf, bool receiving)
{
    static const QHash<QString, int> sold = {{QStringLiteral("textile"), 340},
        {QStringLiteral("livres"), 160}, {QStringLiteral("vaisselle"), 140},
        {QStringLiteral("jouets"), 90}, {QStringLiteral("decoration"), 70},
        {QStringLiteral("bricolage"), 60}, {QStringLiteral("sport"), 50},
        {QStringLiteral("eee"), 60}, {QStringLiteral("mobilier"), 25}};
    const QString family = leaf.parentId.isEmpty() ? leaf.id : leaf.parentId;
    int weight = sold.value(family, 10);
    // Donors bring the big things and the appliances the shop sells slowly.
    if (receiving && (family == QLatin1String("eee") || family == QLatin1String("mobilier")))
        weight *= 2;
    // Bags of clothes, boxes of books and dishes come in every day: more than the shop sells.
    if (receiving
        && (family == QLatin1String("textile") || family == QLatin1String("livres")
            || family == QLatin1String("vaisselle")))
        weight = weight * 3 / 2;
    // The expensive leaves of a family (a sofa, a bicycle, a fridge) are the rare ones.
    if (leaf.defaultPriceCents.value_or(0) >= 2000)
        weight = std::max(1, weight * 2 / 5);
    return weight;
}

// The shop is open Tuesday to Saturday.
bool isOpen(const QDate &day)
{
    return day.dayOfWeek() != Qt::Sunday && day.dayOfWeek() != Qt::Monday;
}

// Activity through the year: quiet in January and August, busy in September and December.
int seasonPercent(const QDate &day)
{
    static const int byMonth[12] = {80, 85, 100, 105, 100, 95, 85, 70, 115, 110, 110, 120};
    return byMonth[day.month() - 1];
}

// What the shop holds, per category: a day by day account of the grams received for the shop and
// the grams sold (as the tonnage counts them: weighed, else the standard weight), over the last
// 30 days. An item is sold only if, over every span of days ending today (up to 30), what was
// sold stays within what was received: whatever the days that follow bring, no 30 days of the
// shop show more reused than collected.
class ReuseAccount
{
public:
    static constexpr int window = 30;

    void received(const QString &category, int day, qint64 grams)
    {
        m_days[category][day].first += grams;
    }
    bool canSell(const QString &category, int day, qint64 grams) const
    {
        const auto days = m_days.constFind(category);
        if (days == m_days.cend())
            return false;
        qint64 in = 0;
        qint64 out = grams;
        for (int d = day; d > day - window; --d) {
            const auto it = days->constFind(d);
            if (it != days->cend()) {
                in += it->first;
                out += it->second;
            }
            if (out > in)
                return false;
        }
        return true;
    }
    // What the shop received of the category over the `days` days ending on `day`.
    qint64 receivedOver(const QString &category, int day, int days) const
    {
        qint64 in = 0;
        const auto it = m_days.constFind(category);
        if (it != m_days.cend())
            for (auto d = it->lowerBound(day - days + 1); d != it->cend() && d.key() <= day; ++d)
                in += d->first;
        return in;
    }
    void sold(const QString &category, int day, qint64 grams)
    {
        m_days[category][day].second += grams;
    }
    void forgetBefore(int day)
    {
        for (auto &days : m_days)
            days.erase(days.begin(), days.lowerBound(day - window));
    }

private:
    QHash<QString, QMap<int, QPair<qint64, qint64>>> m_days;
};

} // namespace

DemoShop::DemoShop(Store &store, ManualClock &clock)
    : m_store(store)
    , m_clock(clock)
{
}

Result<void> DemoShop::ensurePeople()
{
    if (auto demo = requireDemoShop(); !demo)
        return demo;
    Users users(m_store);
    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    for (const DemoPerson &person : demoPeople()) {
        const QString name = QString::fromUtf8(person.name);
        if (users.findByName(name))
            continue;
        auto user = users.insert(name, roleFromKey(QString::fromLatin1(person.roleKey)).value(),
            QString::fromLatin1(person.pin));
        if (!user)
            return user.error();
        if (auto result = AuditLog(m_store).record({}, QStringLiteral("user.create"), name,
                {{QStringLiteral("role"), QString::fromLatin1(person.roleKey)},
                    {QStringLiteral("demo"), true}});
            !result)
            return result;
    }
    return transaction.commit();
}

Result<void> DemoShop::requireDemoShop() const
{
    if (m_store.isDemo())
        return {};
    return makeError(ErrorCode::Conflict,
        tr("%1 is not a demo shop: invented people and sales would mix with its real documents. "
           "Demo data goes only into a shop created as a demo.")
            .arg(m_store.site().name));
}

Result<DemoShop::Generated> DemoShop::generate(
    int days, quint32 seed, const std::function<void(Progress)> &progress)
{
    if (days < 1 || days > 36600)
        return makeError(ErrorCode::InvalidInput, tr("Generate between 1 and 36 600 days."));
    if (m_store.station().kind != StationKind::Register)
        return makeError(
            ErrorCode::Conflict, tr("Demo activity is generated on a register station."));
    if (auto result = ensurePeople(); !result)
        return result.error();
    CashSessions sessions(m_store);
    if (const auto open = sessions.current())
        return makeError(ErrorCode::Conflict,
            tr("Session %1 is open: close it before generating demo activity.").arg(open->number));

    // Past days only, and after the station's own last document, whatever its kind: a document
    // is never dated before its predecessor (a configuration applied at the join, a restore, a
    // program's first start all bound the demo as much as a sale does).
    Generated generated;
    generated.last = m_store.businessDay(m_clock.nowUtc()).addDays(-1);
    generated.first = generated.last.addDays(1 - days);
    // No document is dated before the earliest a clock can be trusted (DocumentWriter).
    generated.first = std::max(
        generated.first, m_store.businessDay(DocumentWriter::earliestDocumentUtc()).addDays(1));
    QDateTime lastDocumentUtc;
    {
        QSqlQuery latest(m_store.db().connection());
        if (latest.exec(QStringLiteral("SELECT max(business_day), max(created_utc) FROM document "
                                       "WHERE station_id = (SELECT id FROM station WHERE "
                                       "is_local = 1)"))
            && latest.next() && !latest.value(0).isNull()) {
            generated.first = std::max(generated.first,
                QDate::fromString(latest.value(0).toString(), Qt::ISODate).addDays(1));
            lastDocumentUtc = fromIsoUtc(latest.value(1).toString());
        }
    }
    generated.days = std::max<int>(0, int(generated.first.daysTo(generated.last)) + 1);
    // Days when the shop is closed (Sunday, Monday) alone add nothing.
    bool anyOpenDay = false;
    for (int i = 0; i < std::min(generated.days, 7) && !anyOpenDay; ++i)
        anyOpenDay = isOpen(generated.first.addDays(i));
    if (!anyOpenDay)
        generated.days = 0;
    if (generated.days == 0) {
        if (progress)
            progress(Progress{0, 0});
        return generated;
    }
    days = generated.days;
    const QDate first = generated.first;

    // Each person logs in once for the whole run (a PIN check costs tens of milliseconds).
    Users users(m_store);
    QList<Actor> cashiers;
    std::optional<Actor> reception;
    std::optional<Actor> admin;
    for (const DemoPerson &person : demoPeople()) {
        auto user = users.findByName(QString::fromUtf8(person.name));
        if (!user)
            return user.error();
        auto actor = users.login(user->id, QString::fromLatin1(person.pin));
        if (!actor)
            return actor.error();
        if (actor->role == Role::Cashier)
            cashiers.append(*actor);
        else if (actor->role == Role::Reception)
            reception = *actor;
        else if (actor->role == Role::Admin)
            admin = *actor;
    }
    const auto adminUser = users.findByName(QStringLiteral("Dominique"));
    const Unlock adminUnlock{adminUser ? adminUser->id : QString(), QStringLiteral("666666")};

    // Clothes sold by the kilo, 5 € a kilo: bags received whole, lots weighed at the register.
    // The catalogue is the shop's configuration: a register that joined the demo shop gets the
    // category from the administration station, and does without it until then.
    if (admin && sync::StationRegistry::mayEditConfigurationHere(m_store)
        && !CategoryCatalog(m_store).find(QString::fromLatin1(kiloCategory))) {
        Category kilo;
        kilo.id = QString::fromLatin1(kiloCategory);
        kilo.parentId = QStringLiteral("textile");
        kilo.name = QStringLiteral("Vêtements au kilo");
        kilo.color = QStringLiteral("#8E24AA");
        kilo.position = 90;
        kilo.active = true;
        kilo.averageWeightGrams = 1500;
        kilo.minWeightGrams = 100; // a scarf
        kilo.maxWeightGrams = 30000; // a bag of clothes as brought
        kilo.pricePerKgCents = 500;
        if (auto saved = CategoryCatalog(m_store).save(*admin, kilo); !saved)
            return saved.error();
    }

    // The towns donors come from, a part of the shop's configuration like the catalogue.
    if (admin && sync::StationRegistry::mayEditConfigurationHere(m_store)) {
        auto known = Towns(m_store).list();
        if (!known)
            return known.error();
        if (known->isEmpty()) {
            for (const auto &[name, postcode] : demoTowns()) {
                if (auto added = Towns(m_store).add(
                        *admin, QString::fromUtf8(name), QString::fromLatin1(postcode));
                    !added)
                    return added.error();
            }
        }
    }
    // In the order of demoTowns(), the most frequent first (none on a register that joined
    // before the configuration reached it).
    QList<Town> towns;
    for (const auto &[name, postcode] : demoTowns()) {
        if (auto town = Towns(m_store).find(
                QStringLiteral("%1 (%2)").arg(QString::fromUtf8(name), QLatin1String(postcode))))
            towns.append(*town);
    }

    // Leaf categories: what is sold and received (by the item; the lots by the kilo have their
    // own events, so that the draws stay those of earlier versions of the demo).
    QList<Category> leaves;
    const QList<Category> all = CategoryCatalog(m_store).list();
    const Category *kilo = nullptr;
    for (const Category &c : all) {
        const bool hasChildren = std::any_of(
            all.cbegin(), all.cend(), [&](const Category &o) { return o.parentId == c.id; });
        if (c.pricePerKgCents && c.id == QLatin1String(kiloCategory))
            kilo = &c;
        else if (!hasChildren)
            leaves.append(c);
    }
    if (leaves.isEmpty())
        return makeError(ErrorCode::NotFound, tr("There is no category to sell."));
    // Cumulative weights for a weighted draw among the leaves.
    QList<int> soldWeights;
    QList<int> receivedWeights;
    for (const Category &c : std::as_const(leaves)) {
        soldWeights.append(soldWeights.value(soldWeights.size() - 1) + familyWeight(c, false));
        receivedWeights.append(
            receivedWeights.value(receivedWeights.size() - 1) + familyWeight(c, true));
    }

    QRandomGenerator rng(seed);
    const auto chance = [&rng](int percent) { return int(rng.bounded(100)) < percent; };
    const auto draw = [&rng, &leaves](const QList<int> &cumulative) -> const Category & {
        const int pick = int(rng.bounded(quint32(cumulative.last())));
        const auto it = std::upper_bound(cumulative.cbegin(), cumulative.cend(), pick);
        return leaves.at(int(it - cumulative.cbegin()));
    };
    ReuseAccount reuse;
    bool stocked = false; // the run's first open day received its first stock
    const auto local = [this](const QDate &day, int minutes) {
        return QDateTime(day, QTime(0, 0), m_store.timeZone())
            .addSecs(qint64(minutes) * 60)
            .toUTC();
    };
    Sales sales(m_store);
    Deposits deposits(m_store);
    Closings closings(m_store);
    Database &db = m_store.db();

    for (int i = 0; i < days; ++i) {
        const QDate day = first.addDays(i);
        if (progress)
            progress(Progress{i, days});
        const int weekday = day.dayOfWeek();
        if (!isOpen(day))
            continue;
        reuse.forgetBefore(i);
        const int season = seasonPercent(day);

        // Build the day's timeline: one or two shifts, sales, refunds, deposits.
        QList<Event> events;
        const bool twoShifts = chance(35);
        const int open1 = 9 * 60 + 30;
        const int close1 = twoShifts ? 13 * 60 : 18 * 60 + 30;
        const int open2 = 14 * 60;
        const int close2 = 18 * 60 + 30;
        const int shiftCount = twoShifts ? 2 : 1;
        // A weekday sees 55 to 110 customers, a Saturday 120 to 200, fewer in the quiet months.
        const int customers =
            weekday == Qt::Saturday ? 120 + int(rng.bounded(81)) : 55 + int(rng.bounded(56));
        const int salesCount = std::max(10, customers * season / 100);
        for (int shift = 0; shift < shiftCount; ++shift) {
            const int from = shift == 0 ? open1 : open2;
            const int to = shift == 0 ? close1 : close2;
            events.append(Event{Event::Open, local(day, from), shift});
            events.append(Event{Event::Close, local(day, to).addSecs(600), shift});
            const int share = shiftCount == 1 ? salesCount : salesCount / 2;
            for (int s = 0; s < share; ++s)
                events.append(Event{Event::Sale,
                    local(day, from).addSecs(60 + rng.bounded((to - from) * 60)), shift});
            if (chance(40))
                events.append(Event{Event::Refund, local(day, to).addSecs(-300), shift});
            if (chance(8))
                events.append(Event{Event::Movement, local(day, to).addSecs(-120), shift});
        }
        const int depositCount = std::max(3, (16 + int(rng.bounded(31))) * season / 100);
        for (int d = 0; d < depositCount; ++d)
            events.append(Event{
                Event::Deposit, local(day, open1).addSecs(rng.bounded((close2 - open1) * 60)), 0});
        // The first morning of a run, donations waiting at the door make the shop's first stock:
        // nothing is sold that was not received.
        if (!stocked) {
            for (int d = 0; d < 30; ++d)
                events.append(Event{Event::Deposit, local(day, open1 - 60 + d), 0});
            stocked = true;
        }
        // Clothes by the kilo, drawn by a generator of their own: a bag or two received in the
        // morning, a few lots sold in each shift.
        QRandomGenerator kiloRng(quint32(day.toJulianDay()) ^ 0x6b696c6fU);
        // The donors' towns and the home collections, drawn by a generator of their own too.
        QRandomGenerator townRng(quint32(day.toJulianDay()) ^ 0x746f776eU);
        const auto drawTown = [&townRng, &towns]() -> QString {
            // Six donors in ten are asked; the first towns are the most frequent.
            if (towns.isEmpty() || townRng.bounded(10) >= 6)
                return {};
            static const QList<int> cumulative = {40, 65, 80, 90, 96, 100};
            const int pick = int(townRng.bounded(100));
            const int index = int(std::upper_bound(cumulative.cbegin(), cumulative.cend(), pick)
                - cumulative.cbegin());
            return towns.at(std::min(index, int(towns.size()) - 1)).id;
        };
        // A pickup some Wednesdays and Fridays in the late afternoon.
        if (!towns.isEmpty() && (weekday == Qt::Wednesday || weekday == Qt::Friday)
            && townRng.bounded(100) < 60)
            events.append(Event{Event::HomeCollection, local(day, 17 * 60), 0});
        if (kilo) {
            for (int bag = 1 + int(kiloRng.bounded(2)); bag > 0; --bag)
                events.append(Event{Event::KiloDeposit,
                    local(day, open1).addSecs(kiloRng.bounded((close1 - open1) * 60)), 0});
            for (int shift = 0; shift < shiftCount; ++shift) {
                const int from = shift == 0 ? open1 : open2;
                const int to = shift == 0 ? close1 : close2;
                for (int lot = int(kiloRng.bounded(4)); lot > 0; --lot)
                    events.append(Event{Event::KiloSale,
                        local(day, from).addSecs(60 + kiloRng.bounded((to - from) * 60 - 60)),
                        shift});
            }
        }
        std::stable_sort(events.begin(), events.end(),
            [](const Event &a, const Event &b) { return a.at < b.at; });

        // One transaction per day: a killed run leaves whole days only.
        Transaction transaction(db);
        if (!transaction.started())
            return transaction.started().error();
        m_clock.set(lastDocumentUtc.isValid() ? std::max(local(day, open1 - 5), lastDocumentUtc)
                                              : local(day, open1 - 5));
        if (admin) {
            if (auto result = closings.closeEndedPeriods(*admin); !result)
                return result.error();
        }
        Actor cashier = cashiers.value(0);
        QString lastSaleNumber;
        for (const Event &event : events) {
            m_clock.set(std::max(event.at, m_clock.nowUtc().addSecs(1)));
            switch (event.type) {
            case Event::Open: {
                cashier = cashiers.at(int(rng.bounded(int(cashiers.size()))));
                const qint64 floatCents = chance(80) ? 15000 : 10000;
                if (auto result = sessions.open(cashier, floatCents, breakdown(floatCents));
                    !result)
                    return result.error();
                break;
            }
            case Event::Sale: {
                SaleDraft draft;
                // Half the customers take one thing; a few fill a bag.
                const int size = int(rng.bounded(100));
                const int lines = size < 50 ? 1
                    : size < 75             ? 2
                    : size < 88             ? 3
                    : size < 95             ? 4
                                            : 5 + int(rng.bounded(4));
                for (int l = 0; l < lines; ++l) {
                    SaleLineDraft line;
                    line.quantity = chance(85) ? 1 : 2 + rng.bounded(2);
                    const auto weigh = [&rng, &line](const Category &c) {
                        return line.quantity
                            * std::max<qint64>(1,
                                c.averageWeightGrams.value_or(1000) * (70 + rng.bounded(61)) / 100);
                    };
                    const Category *c = &draw(soldWeights);
                    qint64 grams = weigh(*c);
                    // Weighed: appliances, what asks for it, and now and then anything.
                    const auto weighed = [&chance](const Category &category) {
                        return category.weightRequired || !category.eeeCode.isEmpty() || chance(10);
                    };
                    bool measured = weighed(*c);
                    // What the tonnage will count for the line.
                    const auto counted = [&line](const Category &category, bool isMeasured,
                                             qint64 weighedGrams) {
                        return isMeasured ? weighedGrams
                                          : category.averageWeightGrams.value_or(0) * line.quantity;
                    };
                    // An item is sold only out of what was received for the shop.
                    for (int tries = 0;
                         tries < 8 && !reuse.canSell(c->id, i, counted(*c, measured, grams));
                         ++tries) {
                        c = &draw(soldWeights);
                        grams = weigh(*c);
                        measured = weighed(*c);
                    }
                    if (!reuse.canSell(c->id, i, counted(*c, measured, grams)))
                        continue;
                    line.categoryId = c->id;
                    // Mostly the usual price; now and then a better piece, up to three times it.
                    const qint64 low = c->minPriceCents.value_or(0);
                    const qint64 usual = c->defaultPriceCents.value_or(100);
                    const qint64 high =
                        std::min(c->maxPriceCents.value_or(std::max<qint64>(low, 2000)), 3 * usual);
                    qint64 price = usual;
                    if (chance(25) && high > low)
                        price = low + qint64(rng.bounded(quint32((high - low) / 50 + 1))) * 50;
                    line.unitPriceCents = std::clamp(price, low, std::max(low, high));
                    if (measured)
                        line.weightGrams = grams;
                    reuse.sold(c->id, i, counted(*c, measured, grams));
                    draft.lines.append(line);
                }
                if (draft.lines.isEmpty())
                    break;
                const qint64 total = Sales::total(draft);
                if (total > 0) {
                    const int kind = int(rng.bounded(100));
                    if (kind < 60) {
                        const qint64 step = total > 2000 ? 1000 : 500;
                        const qint64 tendered =
                            chance(50) ? total : ((total + step - 1) / step) * step;
                        draft.payments.append(PaymentDraft{PaymentMethod::Cash, tendered});
                    } else if (kind < 90) {
                        draft.payments.append(PaymentDraft{PaymentMethod::Card, total});
                    } else if (kind < 95) {
                        draft.payments.append(PaymentDraft{PaymentMethod::Cheque, total});
                    } else if (kind < 97 || total < 200) {
                        draft.payments.append(PaymentDraft{PaymentMethod::Free, total});
                    } else {
                        const qint64 cash = total / 2;
                        draft.payments.append(PaymentDraft{PaymentMethod::Cash, cash});
                        draft.payments.append(PaymentDraft{PaymentMethod::Card, total - cash});
                    }
                }
                auto sale = sales.record(cashier, draft);
                if (!sale)
                    return sale.error();
                if (total > 0)
                    lastSaleNumber = sale->stamp.number;
                break;
            }
            case Event::Refund: {
                if (lastSaleNumber.isEmpty() || !admin)
                    break;
                // The manager comes to the register: an admin needs no unlock.
                RefundDraft draft;
                draft.saleNumber = lastSaleNumber;
                draft.method = PaymentMethod::Card;
                draft.reason = QStringLiteral("Article défectueux");
                auto refund = sales.refund(*admin, draft);
                if (!refund && refund.error().code != ErrorCode::Conflict)
                    return refund.error();
                lastSaleNumber.clear();
                break;
            }
            case Event::Movement: {
                auto result = sessions.moveCash(
                    cashier, MovementDirection::In, 2000, QStringLiteral("Appoint de monnaie"));
                if (!result)
                    return result.error();
                break;
            }
            case Event::Close: {
                const auto session = sessions.current();
                if (!session)
                    break;
                auto totals = sessions.totals(session->seq);
                if (!totals)
                    return totals.error();
                qint64 counted = totals->expectedCashCents();
                CloseRequest request;
                const int roll = int(rng.bounded(100));
                if (roll < 35) {
                    counted += qint64(rng.bounded(401)) - 200; // a few coins off
                } else if (roll < 37) {
                    counted -= 1000 + rng.bounded(2000); // a real discrepancy
                    request.comment = QStringLiteral("Écart constaté au comptage");
                    request.validation = adminUnlock;
                }
                request.counted = breakdown(std::max<qint64>(0, counted));
                if (auto result = sessions.close(cashier, request); !result)
                    return result.error();
                break;
            }
            case Event::KiloDeposit: {
                if (!reception || !kilo)
                    break;
                // A bag weighed whole: one item.
                DepositDraft draft;
                DepositLineDraft line;
                line.categoryId = kilo->id;
                line.quantity = 1;
                line.weightGrams = 4000 + 100 * qint64(kiloRng.bounded(81));
                line.destination = Destination::Shop;
                line.origin = Origin::VoluntaryDropOff;
                reuse.received(kilo->id, i, line.weightGrams);
                draft.lines.append(line);
                if (auto result = deposits.record(*reception, draft); !result)
                    return result.error();
                break;
            }
            case Event::KiloSale: {
                if (!kilo || !sessions.current())
                    break;
                // A lot of 0,5 to 3 kg, weighed, at the price of its weight.
                const qint64 grams = 500 + 10 * qint64(kiloRng.bounded(251));
                if (!reuse.canSell(kilo->id, i, grams))
                    break;
                const auto price = money::priceByWeight(grams, *kilo->pricePerKgCents);
                if (!price)
                    return price.error();
                SaleDraft draft;
                draft.lines.append(SaleLineDraft{kilo->id, 1, *price, grams});
                draft.payments.append(PaymentDraft{
                    kiloRng.bounded(2) == 0 ? PaymentMethod::Cash : PaymentMethod::Card, *price});
                if (auto sale = sales.record(cashier, draft); !sale)
                    return sale.error();
                reuse.sold(kilo->id, i, grams);
                break;
            }
            case Event::Deposit: {
                if (!reception)
                    break;
                DepositDraft draft;
                const int lines = 1 + int(rng.bounded(4));
                for (int l = 0; l < lines; ++l) {
                    const Category &c = draw(receivedWeights);
                    DepositLineDraft line;
                    line.categoryId = c.id;
                    // Bags and boxes of small things; appliances one or two at a time.
                    line.quantity = 1 + rng.bounded(c.eeeCode.isEmpty() ? 16 : 2);
                    line.weightGrams = line.quantity
                        * std::max<qint64>(
                            1, c.averageWeightGrams.value_or(1000) * (60 + rng.bounded(81)) / 100);
                    const int where = int(rng.bounded(100));
                    line.destination = where < 70 ? Destination::Shop
                        : where < 90              ? Destination::Recycling
                                                  : Destination::WasteCentre;
                    const int from = int(rng.bounded(100));
                    line.origin = from < 80 ? Origin::VoluntaryDropOff
                        : from < 90         ? Origin::HomeCollection
                        : from < 95         ? Origin::PartnerWasteCentre
                                            : Origin::Professional;
                    if (line.destination == Destination::Shop)
                        reuse.received(c.id, i, line.weightGrams);
                    draft.lines.append(line);
                }
                draft.town = drawTown();
                if (auto result = deposits.record(*reception, draft); !result)
                    return result.error();
                break;
            }
            case Event::HomeCollection: {
                if (!reception)
                    break;
                // Planned by phone, collected the same afternoon: furniture and a box of
                // household things, weighed back at the shop.
                const Town &town = towns.at(int(townRng.bounded(int(towns.size()))));
                // The day the clock says: after a restore late in the evening, the day's
                // events are pushed after the restore, possibly past midnight.
                auto planned = HomeCollections(m_store).plan(*reception,
                    HomeCollectionDraft{m_store.today(), town.id,
                        QStringLiteral("%1 rue de la Demo").arg(1 + townRng.bounded(90)),
                        QStringLiteral("Donateur de démonstration")});
                if (!planned)
                    return planned.error();
                QList<DepositLineDraft> lines;
                for (const char *id : {"mobilier.chaise", "mobilier.table", "vaisselle.assiette"}) {
                    const auto found = std::find_if(all.cbegin(), all.cend(),
                        [&](const Category &c) { return c.id == QLatin1String(id); });
                    if (found == all.cend() || !found->averageWeightGrams)
                        continue;
                    DepositLineDraft line;
                    line.categoryId = found->id;
                    line.quantity = 1 + townRng.bounded(3);
                    line.weightGrams = line.quantity * *found->averageWeightGrams
                        * (80 + townRng.bounded(41)) / 100;
                    line.destination = Destination::Shop;
                    line.origin = Origin::HomeCollection;
                    reuse.received(found->id, i, line.weightGrams);
                    lines.append(line);
                }
                if (lines.isEmpty())
                    break;
                if (auto done = HomeCollections(m_store).done(*reception, planned->id, lines);
                    !done)
                    return done.error();
                break;
            }
            }
        }
        // Saturday evening, what cannot be sold leaves, in turn by the week: a trip to the waste
        // centre; broken furniture and toys handed to Ecomaison's collection; worn clothes to the
        // textiles stream; the three of them to recycling, unsorted. Then what sells slowly (books
        // and clothes) is given to a partner association.
        // A generator of its own, so that the sales and deposits stay those of earlier versions
        // of the demo until the first gift.
        if (reception && weekday == Qt::Saturday) {
            QRandomGenerator outflowRng(quint32(day.toJulianDay()));
            const auto categoryOf = [&all](const char *id) -> const Category * {
                const auto found = std::find_if(all.cbegin(), all.cend(),
                    [&](const Category &c) { return c.id == QLatin1String(id); });
                return found == all.cend() || !found->averageWeightGrams ? nullptr : &*found;
            };
            const auto lineOf = [&outflowRng](const Category &category) {
                const qint64 quantity = 1 + outflowRng.bounded(4);
                return OutflowLineDraft{category.id, quantity,
                    quantity * *category.averageWeightGrams * (80 + outflowRng.bounded(41)) / 100};
            };
            OutflowDraft draft;
            QList<const char *> ids = {"textile.vetements", "mobilier.chaise", "jouets.jouet"};
            switch (day.weekNumber() % 4) {
            case 0:
                draft.kind = OutflowKind::WasteCentre;
                break;
            case 1:
                draft.kind = OutflowKind::EcoOrganismCollection;
                draft.partner = QStringLiteral("ecomaison");
                ids = {"mobilier.chaise", "jouets.jouet"};
                break;
            case 2:
                draft.kind = OutflowKind::Recycling;
                draft.stream = QStringLiteral("textiles");
                ids = {"textile.vetements"};
                break;
            default:
                draft.kind = OutflowKind::Recycling;
                break;
            }
            for (const char *id : std::as_const(ids))
                if (const Category *category = categoryOf(id))
                    draft.lines.append(lineOf(*category));
            OutflowDraft gift;
            gift.kind = OutflowKind::PartnerAssociation;
            gift.partner = QStringLiteral("Secours populaire");
            for (const char *id : {"livres.livre", "textile.vetements"}) {
                const Category *category = categoryOf(id);
                if (!category)
                    continue;
                // What sells slowly: a tenth of what the week brought for the shop, so
                // that the sold and the given together stay well within what was received.
                const qint64 grams = reuse.receivedOver(category->id, i, 7) / 10;
                if (grams < 200)
                    continue;
                const OutflowLineDraft line{category->id,
                    std::max<qint64>(1, grams / *category->averageWeightGrams), grams};
                gift.lines.append(line);
            }
            m_clock.set(std::max(local(day, close2).addSecs(900), m_clock.nowUtc().addSecs(1)));
            for (const OutflowDraft *outflow : {&draft, &gift}) {
                if (outflow->lines.isEmpty())
                    continue;
                m_clock.set(m_clock.nowUtc().addSecs(60));
                if (auto result = Outflows(m_store).record(*reception, *outflow); !result)
                    return result.error();
            }
        }
        if (auto result = transaction.commit(); !result)
            return result.error();
    }
    // A few pickups still to come, with their (made-up) address and contact.
    if (reception && !towns.isEmpty()) {
        const QDate today = m_store.today();
        const QList<std::pair<int, const char *>> coming = {
            {1, "8 allée des Tilleuls"}, {3, "27 avenue de la République"}, {6, "3 impasse Verte"}};
        int n = 0;
        for (const auto &[inDays, address] : coming) {
            if (auto planned = HomeCollections(m_store).plan(*reception,
                    HomeCollectionDraft{today.addDays(inDays), towns.at(n++ % towns.size()).id,
                        QString::fromUtf8(address),
                        QStringLiteral("Donateur de démonstration, 06 00 00 00 0%1").arg(n),
                        QStringLiteral("Armoire démontée, cartons")});
                !planned)
                return planned.error();
        }
    }
    if (progress)
        progress(Progress{days, days});
    return generated;
}

} // namespace recaisse::core
