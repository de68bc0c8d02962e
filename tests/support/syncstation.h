#pragma once

// A station of a shop on its own PC for the sync tests: its clock and its database, synced with
// a Remote as the sync worker does (small segments, the configuration published and applied).

#include "core/clock.h"
#include "core/demoshop.h"
#include "core/store.h"
#include "core/sync/siteconfig.h"
#include "core/sync/syncengine.h"
#include "core/users.h"
#include "tests/support/memoryremote.h"
#include "tests/support/testshop.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>

namespace recaisse::test {

struct SyncStation
{
    core::ManualClock clock{QDateTime(QDate(2026, 3, 10), QTime(8, 0), QTimeZone::utc())};
    std::unique_ptr<core::Store> store;

    core::sync::SyncReport sync(core::sync::Remote &remote)
    {
        core::sync::SyncEngine engine(
            *store, remote, core::sync::SyncEngine::Options{50, 64LL * 1024 * 1024});
        engine.setConfigSteps(
            &core::sync::SiteConfig::publish, &core::sync::SiteConfig::applyLatest);
        return engine.run();
    }
    // `days` more open days of demo activity (the shop opens Tuesday to Saturday), the clock
    // moving on past them: demo days are always past days after the station's last document.
    core::Result<core::DemoShop::Generated> demo(int days, quint32 seed)
    {
        return moreDemoDays(*store, clock, days, seed);
    }
};

// A shop created on `a` (station CAISSE1, administrator "Admin", PIN 123456) and published
// through `remote`, joined by register `b` (CAISSE2) at the same time. False when a step failed.
inline bool createAndJoin(
    SyncStation &a, SyncStation &b, core::sync::Remote &remote, const QString &folder)
{
    core::StationSetup setup;
    setup.siteName = QStringLiteral("Ressourcerie du Port");
    setup.stationCode = QStringLiteral("CAISSE1");
    setup.adminPin = QStringLiteral("123456");
    auto created = core::Store::create(folder + QStringLiteral("/a.sqlite"), setup, a.clock);
    if (!created)
        return false;
    a.store = std::move(*created);
    if (!a.sync(remote).ok())
        return false;
    b.clock.set(a.clock.nowUtc());
    auto joined = core::sync::SiteConfig::join(remote, folder + QStringLiteral("/b.sqlite"),
        QStringLiteral("CAISSE2"), core::StationKind::Register, b.clock);
    if (!joined)
        return false;
    b.store = std::move(*joined);
    return true;
}

// The administrator of createAndJoin() logged in on one of its stations.
inline core::Actor shopAdmin(core::Store &store)
{
    core::Users users(store);
    const auto user = users.findByName(QStringLiteral("Admin"));
    if (!user)
        return {};
    const auto actor = users.login(user->id, QStringLiteral("123456"));
    return actor ? *actor : core::Actor{};
}

// A shop of two stations (createAndJoin) in a temporary folder, synced through a drive in memory,
// its administrator logged in on each.
struct TwoStations
{
    QTemporaryDir dir;
    SyncStation a;
    SyncStation b;
    MemoryRemote remote;
    core::Actor onA;
    core::Actor onB;

    bool create()
    {
        if (!dir.isValid() || !createAndJoin(a, b, remote, dir.path()))
            return false;
        onA = shopAdmin(*a.store);
        onB = shopAdmin(*b.store);
        return !onA.userId.isEmpty() && !onB.userId.isEmpty();
    }
};

} // namespace recaisse::test
