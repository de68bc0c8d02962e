#pragma once

#include "domain.h"
#include "permissions.h"
#include "result.h"

#include <QCoreApplication>

namespace recaisse::core {

class Store;
class AuditLog;

// The people of the site, their roles and PINs. Logins and unlocks are audited; repeated failures
// lock the account for a while.
class Users
{
    Q_DECLARE_TR_FUNCTIONS(Users)

public:
    static constexpr int maxFailedAttempts = 5;
    static constexpr int lockMinutes = 15;

    explicit Users(Store &store);

    QList<UserInfo> list(bool includeInactive = false) const;
    Result<UserInfo> find(const QString &userId) const;
    Result<UserInfo> findByName(const QString &name) const;

    Result<Actor> login(const QString &userId, const QString &pin);
    Result<UserInfo> create(const Actor &actor, const QString &name, Role role, const QString &pin);
    Result<void> resetPin(const Actor &actor, const QString &userId, const QString &newPin);
    Result<void> setActive(const Actor &actor, const QString &userId, bool active);

    // Checks that the actor may do it, or that the unlock names someone who may (their PIN is
    // verified like a login). Returns who authorised the action: the actor or the unlocker.
    Result<Actor> authorize(const Actor &actor, Permission permission,
        const std::optional<Unlock> &unlock = std::nullopt);
    // Like authorize() without an unlock; refusals are audited.
    Result<void> require(const Actor &actor, Permission permission);
    // What a screen asks before offering an action: permits() at this store's site, nothing
    // audited.
    bool may(const Actor &actor, Permission permission) const;
    // False for a configuration permission on a station that is not an administration station.
    bool stationAllows(Permission permission) const;

    // Bootstraps the first administrator of a new database (no actor exists yet).
    Result<UserInfo> createFirstAdmin(const QString &name, const QString &pin);

    static Result<void> validatePin(const QString &pin);
    static Result<void> validateName(const QString &name);

private:
    friend class DemoShop;
    Result<UserInfo> insert(const QString &name, Role role, const QString &pin);
    Store &m_store;
};

} // namespace recaisse::core
