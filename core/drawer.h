#pragma once

#include "domain.h"
#include "result.h"

#include <QCoreApplication>

#include <optional>

namespace recaisse::core {

class Store;

// The cash drawer opened without a sale (change for a customer, a coin stuck): allowed to those
// who may, or through an administrator's unlock, and always left in the audit trail.
class CashDrawer
{
    Q_DECLARE_TR_FUNCTIONS(CashDrawer)

public:
    explicit CashDrawer(Store &store);

    // Checks the permission (or the unlock) and records the audit event "drawer.open" before the
    // caller sends the kick to the printer. Returns who authorised it.
    Result<Actor> authorizeOpening(const Actor &actor, const std::optional<Unlock> &unlock);

private:
    Store &m_store;
};

} // namespace recaisse::core
