#include "testshop.h"

#include "core/ledger.h"
#include "core/users.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

namespace recaisse::test {

using namespace recaisse::core;

std::unique_ptr<TestShop> TestShop::create(StationKind kind, Demo demo)
{
    QStandardPaths::setTestModeEnabled(true);
    auto shop = std::make_unique<TestShop>();
    if (!shop->dir.isValid()) {
        qWarning("cannot create a temporary folder");
        return nullptr;
    }
    StationSetup setup;
    setup.siteName = QStringLiteral("Ressourcerie des Tests");
    setup.stationCode = QStringLiteral("CAISSE1");
    setup.kind = kind;
    setup.adminName = QStringLiteral("Admin");
    setup.adminPin = QStringLiteral("123456");
    setup.demo = demo == DemoShop;
    auto store = Store::create(shop->path(), setup, shop->clock);
    if (!store) {
        qWarning("cannot create the test store: %s", qPrintable(store.error().message));
        return nullptr;
    }
    shop->store = std::move(*store);
    Users users(*shop->store);
    auto admin =
        users.login(users.findByName(QStringLiteral("Admin"))->id, QStringLiteral("123456"));
    if (!admin) {
        qWarning("admin login failed: %s", qPrintable(admin.error().message));
        return nullptr;
    }
    shop->admin = *admin;
    const struct
    {
        const char *name;
        Role role;
        const char *pin;
        Actor *actor;
    } people[] = {
        {"Camille", Role::Cashier, "1111", &shop->cashier},
        {"Jo", Role::Reception, "4444", &shop->reception},
        {"Sam", Role::Supervisor, "5555", &shop->supervisor},
    };
    for (const auto &person : people) {
        auto user = users.create(shop->admin, QString::fromLatin1(person.name), person.role,
            QString::fromLatin1(person.pin));
        if (!user) {
            qWarning("cannot create %s: %s", person.name, qPrintable(user.error().message));
            return nullptr;
        }
        auto actor = users.login(user->id, QString::fromLatin1(person.pin));
        if (!actor)
            return nullptr;
        *person.actor = *actor;
    }
    return shop;
}

qint64 rowCount(Store &store, const QString &table)
{
    QSqlQuery query(store.db().connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

bool sameVat(const QList<VatAmount> &actual, const QList<VatAmount> &expected)
{
    if (actual.size() != expected.size()) {
        qWarning() << "rates:" << actual.size() << "expected" << expected.size();
        return false;
    }
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const VatAmount &a = actual.at(i);
        const VatAmount &e = expected.at(i);
        if (a.rateBp != e.rateBp || a.grossCents != e.grossCents || a.netCents != e.netCents
            || a.vatCents != e.vatCents) {
            qWarning() << "rate" << a.rateBp << a.grossCents << a.netCents << a.vatCents
                       << "expected" << e.rateBp << e.grossCents << e.netCents << e.vatCents;
            return false;
        }
    }
    return true;
}

int auditCount(Store &store, const QString &action)
{
    int count = 0;
    const auto events = AuditLog(store).recent(100000).value();
    for (const AuditLog::Event &event : events)
        count += event.action == action ? 1 : 0;
    return count;
}

core::Result<core::DemoShop::Generated> moreDemoDays(
    core::Store &store, core::ManualClock &clock, int openDays, quint32 seed)
{
    QSqlQuery latest(store.db().connection());
    latest.prepare(QStringLiteral("SELECT max(business_day) FROM document WHERE station_id = ?"));
    latest.addBindValue(store.station().id);
    int days = openDays;
    if (latest.exec() && latest.next() && !latest.value(0).isNull()) {
        QDate day = QDate::fromString(latest.value(0).toString(), Qt::ISODate);
        days = 0;
        for (int open = 0; open < openDays; ++days) {
            day = day.addDays(1);
            if (day.dayOfWeek() >= Qt::Tuesday && day.dayOfWeek() <= Qt::Saturday)
                ++open;
        }
        const QDateTime morning(day.addDays(1), QTime(7, 0), store.timeZone());
        if (morning.toUTC() > clock.nowUtc())
            clock.set(morning.toUTC());
    }
    // The run leaves the clock at its last event; the test's time goes on from the morning.
    const QDateTime start = clock.nowUtc();
    auto generated = core::DemoShop(store, clock).generate(days, seed);
    if (clock.nowUtc() < start)
        clock.set(start);
    if (generated && generated->days == 0)
        return core::makeError(core::ErrorCode::Conflict, QStringLiteral("no demo day added"));
    return generated;
}

} // namespace recaisse::test
