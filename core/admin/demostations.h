#pragma once

#include "core/domain.h"
#include "core/result.h"

#include <QCoreApplication>

namespace recaisse::core {

class Store;

// A demo of a site with several stations, for the back office's tests, screenshots and
// benchmark: copies every document and audit event of one station under a new station of the
// same site, as if sync had pulled them. The copies keep the source's hashes, so the integrity
// check reports them: never use this on a real shop.
class DemoStations
{
    Q_DECLARE_TR_FUNCTIONS(DemoStations)

public:
    explicit DemoStations(Store &store);

    // Returns the new station's id. code must be new on the site. The copy counts as pulled
    // now (its last_pull_utc), as if the sync had just brought it.
    Result<QString> cloneStation(const QString &sourceStationId, const QString &code,
        StationKind kind = StationKind::Register);

private:
    Store &m_store;
};

} // namespace recaisse::core
