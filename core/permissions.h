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
// Administrators and super-administrators: who may unlock an action, and of whom one must stay
// active.
bool isAdministrator(Role role);
// The one check of what a signed-in actor may do at a site: their role grants the permission, and
// they belong to that site (a super-administrator belongs to every site). Nothing is audited:
// Users::require and Users::authorize audit refusals.
bool permits(const Actor &actor, Permission permission, const QString &siteId);
// Permissions that change the site configuration every station applies (users, PINs, roles,
// categories and prices): granted only on an administration station
// (StationRegistry::mayEditConfigurationHere); the other stations show those pages read-only.
bool isConfigurationPermission(Permission permission);
QString toKey(Permission permission);
QString displayName(Permission permission);

} // namespace recaisse::core
