#include "drawer.h"

#include "ledger.h"
#include "permissions.h"
#include "store.h"
#include "users.h"

namespace recaisse::core {

CashDrawer::CashDrawer(Store &store)
    : m_store(store)
{
}

Result<Actor> CashDrawer::authorizeOpening(const Actor &actor, const std::optional<Unlock> &unlock)
{
    auto authorizer = Users(m_store).authorize(actor, Permission::OpenDrawer, unlock);
    if (!authorizer)
        return authorizer.error();
    if (auto result = AuditLog(m_store).record(actor.userId, QStringLiteral("drawer.open"),
            m_store.station().code, {{QStringLiteral("authorized_by"), authorizer->name}});
        !result)
        return result.error();
    return authorizer;
}

} // namespace recaisse::core
