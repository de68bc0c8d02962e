#pragma once

// Joining a shop from the drive, the one workflow the first-start dialog and `recaisse-cli join`
// run: the new station's database made from the published configuration, the account saved
// (password in the keychain), then a first sync.

#include "account.h"
#include "core/clock.h"
#include "core/domain.h"
#include "remote.h"
#include "syncengine.h"

#include <memory>

namespace recaisse::core {
class Store;
}

namespace recaisse::core::sync {

struct JoinedShop
{
    std::unique_ptr<Store> store;
    // The first pull; when it is cut short the background sync (or `sync now`) finishes it.
    SyncReport firstSync;
};

// Creates `path` as station `code` of the shop published on `remote` and saves the account with
// its password. When any step before the first sync fails, the database and its side files are
// removed: the path can be used again and no half-joined station is left. A failed first sync
// does not undo the join (the station is complete; it syncs later).
RemoteResult<JoinedShop> joinShop(Remote &remote, const AccountSettings &account,
    const QString &password, const QString &path, const QString &code, StationKind kind,
    const Clock &clock);

} // namespace recaisse::core::sync
