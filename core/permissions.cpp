#include "permissions.h"

#include <QCoreApplication>

namespace recaisse::core {

const QList<Permission> &allPermissions()
{
    static const QList<Permission> permissions = {
        Permission::OpenSession,
        Permission::CloseSession,
        Permission::RecordSale,
        Permission::CashMovement,
        Permission::RecordDeposit,
        Permission::OverridePrice,
        Permission::OverrideWeight,
        Permission::RecordRefund,
        Permission::ValidateVariance,
        Permission::OpenDrawer,
        Permission::ManageUsers,
        Permission::ManageCategories,
        Permission::ManageSettings,
        Permission::RunClosings,
        Permission::ViewReports,
        Permission::VerifyIntegrity,
        Permission::ExportData,
    };
    return permissions;
}

bool roleHas(Role role, Permission permission)
{
    switch (role) {
    case Role::SuperAdmin:
    case Role::Admin:
        return true;
    case Role::Supervisor:
        // Reads everything, changes nothing.
        return permission == Permission::ViewReports || permission == Permission::VerifyIntegrity;
    case Role::Cashier:
        return permission == Permission::OpenSession || permission == Permission::CloseSession
            || permission == Permission::RecordSale || permission == Permission::CashMovement;
    case Role::Reception:
        return permission == Permission::RecordDeposit;
    }
    return false; // an out-of-range role value grants nothing
}

QString toKey(Permission permission)
{
    switch (permission) {
    case Permission::OpenSession:
        return QStringLiteral("open-session");
    case Permission::CloseSession:
        return QStringLiteral("close-session");
    case Permission::RecordSale:
        return QStringLiteral("record-sale");
    case Permission::CashMovement:
        return QStringLiteral("cash-movement");
    case Permission::RecordDeposit:
        return QStringLiteral("record-deposit");
    case Permission::OverridePrice:
        return QStringLiteral("override-price");
    case Permission::OverrideWeight:
        return QStringLiteral("override-weight");
    case Permission::RecordRefund:
        return QStringLiteral("record-refund");
    case Permission::ValidateVariance:
        return QStringLiteral("validate-variance");
    case Permission::OpenDrawer:
        return QStringLiteral("open-drawer");
    case Permission::ManageUsers:
        return QStringLiteral("manage-users");
    case Permission::ManageCategories:
        return QStringLiteral("manage-categories");
    case Permission::ManageSettings:
        return QStringLiteral("manage-settings");
    case Permission::RunClosings:
        return QStringLiteral("run-closings");
    case Permission::ViewReports:
        return QStringLiteral("view-reports");
    case Permission::VerifyIntegrity:
        return QStringLiteral("verify-integrity");
    case Permission::ExportData:
        return QStringLiteral("export-data");
    }
    return {};
}

QString displayName(Permission permission)
{
    switch (permission) {
    case Permission::OpenSession:
        return QCoreApplication::translate("Permission", "Open a cash session");
    case Permission::CloseSession:
        return QCoreApplication::translate("Permission", "Close a cash session");
    case Permission::RecordSale:
        return QCoreApplication::translate("Permission", "Record a sale");
    case Permission::CashMovement:
        return QCoreApplication::translate("Permission", "Put cash in or take cash out");
    case Permission::RecordDeposit:
        return QCoreApplication::translate("Permission", "Record a deposit");
    case Permission::OverridePrice:
        return QCoreApplication::translate(
            "Permission", "Set a price outside the category's range");
    case Permission::OverrideWeight:
        return QCoreApplication::translate(
            "Permission", "Confirm a weight outside the category's plausible range");
    case Permission::RecordRefund:
        return QCoreApplication::translate("Permission", "Refund a sale");
    case Permission::ValidateVariance:
        return QCoreApplication::translate("Permission", "Validate a cash variance");
    case Permission::OpenDrawer:
        return QCoreApplication::translate("Permission", "Open the cash drawer without a sale");
    case Permission::ManageUsers:
        return QCoreApplication::translate("Permission", "Manage users");
    case Permission::ManageCategories:
        return QCoreApplication::translate("Permission", "Manage categories");
    case Permission::ManageSettings:
        return QCoreApplication::translate("Permission", "Change settings");
    case Permission::RunClosings:
        return QCoreApplication::translate("Permission", "Run daily, monthly and yearly closings");
    case Permission::ViewReports:
        return QCoreApplication::translate("Permission", "View reports");
    case Permission::VerifyIntegrity:
        return QCoreApplication::translate("Permission", "Verify data integrity");
    case Permission::ExportData:
        return QCoreApplication::translate("Permission", "Export data");
    }
    return {};
}

bool isAdministrator(Role role)
{
    return role == Role::Admin || role == Role::SuperAdmin;
}

bool permits(const Actor &actor, Permission permission, const QString &siteId)
{
    const bool sameSite = actor.siteId == siteId || actor.role == Role::SuperAdmin;
    return sameSite && !actor.userId.isEmpty() && roleHas(actor.role, permission);
}

bool isConfigurationPermission(Permission permission)
{
    return permission == Permission::ManageUsers || permission == Permission::ManageCategories;
}

} // namespace recaisse::core
