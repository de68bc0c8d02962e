#pragma once

// A station of a shop on its own PC for the sync tests: its clock and its database, synced with
// a Remote as the sync worker does (small segments, the configuration published and applied).

#include "core/clock.h"
#include "core/demoshop.h"
#include "core/store.h"
#include "core/sync/siteconfig.h"
#include "core/sync/syncengine.h"
#include "tests/support/testshop.h"

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

} // namespace recaisse::test
