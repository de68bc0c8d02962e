#pragma once

#include "domain.h"

#include <QList>

namespace recaisse::core {

enum class Permission {
    OpenSession,
    CloseSession,
    RecordSale,
    CashMovement,
    RecordDeposit,
    OverridePrice, // a price outside the category's bounds
    OverrideWeight, // a weight outside the category's plausible range
    RecordRefund,
    ValidateVariance,
    OpenDrawer,
    ManageUsers,
    ManageCategories,
    ManageSettings,
    RunClosings,
    ViewReports,
    VerifyIntegrity,
    ExportData,
};

const QList<Permission> &allPermissions();
bool roleHas(Role role, Permission permission);
QString toKey(Permission permission);
QString displayName(Permission permission);

} // namespace recaisse::core
