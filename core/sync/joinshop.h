#pragma once

// Joining a shop from the drive, the one workflow the first-start dialog and `recaisse-cli join`
// run: the new station's database made from the published configuration, the account saved
// (password in the keychain), then a first sync.

#include "account.h"
#include "backup.h"
#include "core/clock.h"
#include "core/domain.h"
#include "joinrequest.h"
#include "rekey.h"
#include "remote.h"
#include "syncengine.h"

#include <functional>
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

// Where a joining station keeps its own keys and, once approved, the site key: the keychain
// (SiteKeyStore) in the program; a test keeps them in memory.
struct JoinKeyStore
{
    std::function<Result<void>(const SiteKeys &)> save;
    std::function<Result<SiteKeys>(const QString &stationId)> load;
    static JoinKeyStore keychain();
};

// Where the joining station stands after one step.
struct JoinStep
{
    bool approved = false; // false: the request is on the drive, no administrator answered yet
    JoinRequest request; // its fingerprint is shown on both screens
    SiteKeys keys; // when approved: the station's keys with the site key (already saved)
    JoinApproval approval; // when approved
};

// One step of a station's join, run again until it is approved (`recaisse-cli join`, the
// dialog's retry). The first time, the station's keys are made and saved and its request is
// posted; the request is kept beside the future database (`path` + ".join", no secret in it) so
// that the next run continues with the same keys. A new join code (the first one expired) posts
// a new request with the same keys. Then: still waiting; refused (an error, the request is
// forgotten); or approved: the approval is checked with the join code, the site key unwrapped
// and saved. The caller then runs completeJoin. With `restores`, the request asks to restore the
// registered station `stationCode` on this computer (JoinRequest::restores), and the caller runs
// completeRestore.
RemoteResult<JoinStep> requestToJoin(Remote &remote, const QString &path,
    const QString &typedJoinCode, const QString &stationCode, StationKind kind, const Clock &clock,
    const JoinKeyStore &keyStore, bool restores = false);
// Once approved: creates the station (joinShop, as the request's station id), checks in the
// configuration it read that an administration station signed the approval (else the station
// is removed again), and forgets the kept request.
RemoteResult<JoinedShop> completeJoin(Remote &remote, const AccountSettings &account,
    const QString &password, const QString &path, const JoinStep &step, const Clock &clock);
// Once a restore request is approved: checks that the newest configuration an administration
// station signed names this computer's keys as those of the station to restore (the station of
// the request's code, not revoked) and that an administration station signed the approval, and
// that the station was not restored with these keys already; then restores that station's
// newest restore point (or `point`) into `path` through Backup::restore (its checks, the
// restorer `by` confirmed there, a new numbering series claimed on the drive). What the lost
// computer signed is read with the key the approval retired. Returns the store and the keys to
// keep (the restored station's id with this computer's keys and the site key); the caller saves
// them and the account. Nothing is left at `path` on failure.
RemoteResult<RestoredStation> completeRestore(Remote &remote, const QString &path,
    const JoinStep &step, const Clock &clock, const RestoringUser &by, const QString &point = {});
// Once a restore request is approved: the restore points of the station to restore, newest
// first, read after the same checks as completeRestore and as it reads them (what the lost
// computer published before the approval), so that a point can be chosen for `point`.
RemoteResult<QList<RestorePoint>> approvedRestorePoints(Remote &remote, const JoinStep &step);
// Forgets the request kept for `path` (the station is created).
void finishJoin(const QString &path);
// The request kept for `path`, if a join is under way.
std::optional<JoinRequest> pendingJoinRequest(const QString &path);

// Creates `path` as station `code` of the shop published on `remote` and saves the account with
// its password. When any step before the first sync fails, the database and its side files are
// removed: the path can be used again and no half-joined station is left. A failed first sync
// does not undo the join (the station is complete; it syncs later). `stationId`: the id of the
// approved join request (SiteConfig::join). `keys`: the station's keys with the site key, for a
// sealed drive (docs/protocol-encryption.md); without them the drive is read as it is (tests).
RemoteResult<JoinedShop> joinShop(Remote &remote, const AccountSettings &account,
    const QString &password, const QString &path, const QString &code, StationKind kind,
    const Clock &clock, const QString &stationId = {}, const SiteKeys *keys = nullptr);

} // namespace recaisse::core::sync
