#pragma once

#include "core/domain.h"
#include "core/result.h"

#include <QCoreApplication>

namespace recaisse::core {

class Store;

struct UserRow
{
    UserInfo user;
    QString telegramId; // '' when not whitelisted for notifications
};

// What the users page needs beyond core/users.h: role changes, the Telegram whitelist, and the
// rules that protect the administrators (only a super-admin touches a super-admin; the last
// active super-admin and the last active administrator always stay).
class UserAdministration
{
    Q_DECLARE_TR_FUNCTIONS(UserAdministration)

public:
    explicit UserAdministration(Store &store);

    // Needs ViewReports.
    Result<QList<UserRow>> list(const Actor &actor) const;
    Result<void> setRole(const Actor &actor, const QString &userId, Role role);
    Result<void> setActive(const Actor &actor, const QString &userId, bool active);
    Result<void> resetPin(const Actor &actor, const QString &userId, const QString &pin);
    // digits only (a Telegram chat id), or '' to remove the person from the whitelist.
    Result<void> setTelegramId(const Actor &actor, const QString &userId, const QString &id);
    // Telegram ids of the active people allowed to receive notifications.
    QStringList telegramWhitelist() const;

    static Result<void> validateTelegramId(const QString &id);

private:
    // ManageUsers, and super-admin rights when the target is or becomes a super-admin.
    Result<UserInfo> requireOver(const Actor &actor, const QString &userId, bool superAdminTarget);
    Store &m_store;
};

} // namespace recaisse::core
