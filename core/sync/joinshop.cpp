#include "joinshop.h"

#include "core/database.h"
#include "core/store.h"
#include "siteconfig.h"

namespace recaisse::core::sync {

RemoteResult<JoinedShop> joinShop(Remote &remote, const AccountSettings &account,
    const QString &password, const QString &path, const QString &code, StationKind kind,
    const Clock &clock)
{
    // SiteConfig::join removes what it created when it fails itself.
    auto store = SiteConfig::join(remote, path, code, kind, clock);
    if (!store)
        return store.error();
    if (auto saved = SyncAccount::save(**store, account, password); !saved) {
        // Without its account the station could not sync: start over from nothing.
        store->reset();
        Database::removeFiles(path);
        return RemoteError{Failure::Local, 0, saved.error().message, -1};
    }
    JoinedShop joined{std::move(*store), {}};
    SyncEngine engine(*joined.store, remote);
    engine.setConfigSteps(&SiteConfig::publish, &SiteConfig::applyLatest);
    joined.firstSync = engine.run();
    return joined;
}

} // namespace recaisse::core::sync
