#pragma once

#include "domain.h"
#include "result.h"

#include <optional>

namespace recaisse::core {

class Store;

// Register mode, a setting of this station (kept in its own database, never synced): the
// window fills the screen without decorations and cannot be closed or left by accident.
// Turning it on or off and leaving it are an administrator's, and audited.
class RegisterMode
{
public:
    explicit RegisterMode(Store &store);

    bool isOn() const;
    // Someone who may change the station's settings turns it on or off (audited as
    // settings.register-mode with the previous and the new value).
    Result<void> set(const Actor &actor, bool on);
    // Leaving the program in register mode: always an administrator's unlock, whoever is logged
    // in (audited as register-mode.leave). The administrator who allowed it, or why not.
    Result<Actor> authorizeLeaving(const std::optional<Unlock> &unlock);

private:
    Store &m_store;
};

} // namespace recaisse::core
