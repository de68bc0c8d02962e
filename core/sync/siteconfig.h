#pragma once

// The site's configuration as the admin station publishes it to `config/<version>.json`: the
// site's identity, the category tree, the users (name, role, PIN hash, active; never a
// password, token or the PIN itself) and the registers' thresholds. The other stations apply a
// newer version on their next sync; a new register joins the shop from it.

#include "core/clock.h"
#include "core/domain.h"
#include "core/result.h"
#include "remote.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

namespace recaisse::core {
class Store;
}

namespace recaisse::core::sync {

inline constexpr char configFormat[] = "recaisse-config-1";

class SiteConfig
{
    Q_DECLARE_TR_FUNCTIONS(SiteConfig)

public:
    // The station the shop was created on (not a joined one).
    static bool isPublisher(Store &store);
    // Whether this station publishes its configuration changes: a registered administration
    // station (StationRegistry), or, in a database with no registered station yet, the shop's
    // first station.
    static bool mayPublish(Store &store);

    // The configuration of the site as this station holds it (without version).
    static Result<QJsonObject> collect(Store &store);
    // Writes a new version "config/<version>-<station id>.json" when the configuration differs
    // from the last one published or applied; it names the version it builds on and the acting
    // user. True when published.
    static RemoteResult<bool> publish(Store &store, Remote &remote);
    // Applies the newest acceptable version newer than the one held: signed by an administration
    // station (the sealing layer checks it), naming the version it builds on, its author an
    // administrator there. Refused files are skipped (and audited once); the newest acceptable
    // one is applied and audited (config.apply), then the first refusal is returned as an
    // Untrusted error. True when something was applied.
    static RemoteResult<bool> applyLatest(Store &store, Remote &remote);
    // Checks and applies one fetched version.
    static RemoteResult<void> applyChange(
        Store &store, Remote &remote, qint64 version, const QJsonObject &config);
    static Result<void> apply(Store &store, const QJsonObject &config);

    // The newest configuration on the server (NotFound when the shop published none).
    static RemoteResult<QJsonObject> fetchLatest(Remote &remote, qint64 *version = nullptr);
    // The site a published configuration describes (identity, name, time zone, address).
    static SiteInfo siteOf(const QJsonObject &config);

    // Creates `path` as a new station `code` of the shop published on the server. `stationId`:
    // the id the station's join request carried (empty: a new one). The station-code check fails
    // closed: a drive whose stations cannot be listed is an error.
    static RemoteResult<std::unique_ptr<Store>> join(Remote &remote, const QString &path,
        const QString &code, StationKind kind, const Clock &clock, const QString &stationId = {});
};

} // namespace recaisse::core::sync
