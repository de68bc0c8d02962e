#pragma once

#include "domain.h"
#include "permissions.h"
#include "result.h"

#include <QCoreApplication>

namespace recaisse::core {

class Store;
class AuditLog;

// The people of the site, their roles and PINs. Logins and unlocks are audited; repeated failures
// lock the account for a while, twice as long at each lock since the person's last login (capped
// at a day); each lock is audited (login.lock) for the administrators.
class Users
{
    Q_DECLARE_TR_FUNCTIONS(Users)

public:
    static constexpr int maxFailedAttempts = 5;
    static constexpr int lockMinutes = 15; // the first lock; each later one lasts twice as long
    static constexpr int maxLockMinutes = 24 * 60;
    // An administrator's PIN unlocks everything: it has at least 6 digits.
    static constexpr int minAdministratorPinDigits = 6;

    // How long the lock after `previousLocks` locks since the last login lasts.
    static int lockMinutesAfter(int previousLocks);

    explicit Users(Store &store);

    QList<UserInfo> list(bool includeInactive = false) const;
    Result<UserInfo> find(const QString &userId) const;
    Result<UserInfo> findByName(const QString &name) const;

    // The person signed in. PinChangeRequired (nothing else granted) when the PIN was right but
    // is an administrator's of fewer than minAdministratorPinDigits digits: changeOwnPin() first.
    Result<Actor> login(const QString &userId, const QString &pin);
    // A person chooses their own new PIN, proving the current one like a login (the login flow
    // of an administrator whose PIN is too short); the new one must suit their role. Audited
    // (user.change-pin); returns them signed in.
    Result<Actor> changeOwnPin(
        const QString &userId, const QString &currentPin, const QString &newPin);
    Result<UserInfo> create(const Actor &actor, const QString &name, Role role, const QString &pin);
    // Someone who chooses their own PIN at their first login (a spreadsheet's team, imported):
    // no PIN opens the account, login() answers PinChangeRequired and changeOwnPin() sets it.
    // Not for administrators, whose PIN is always given by an administrator. Audited (user.create).
    Result<UserInfo> createAwaitingPin(const Actor &actor, const QString &name, Role role);
    // What pin_hash holds for such a person: no PIN hashes to it.
    static QString awaitingPinHash();
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

    // On a station where the configuration is made, moves every PIN hash from before the site's
    // pepper (PinPepper) to the peppered form, without the PINs; audited (user.pin-pepper).
    // Nothing where the pepper is not known or on other stations. Returns how many moved.
    Result<int> pepperPinHashes();

    // Bootstraps the first administrator of a new database (no actor exists yet).
    Result<UserInfo> createFirstAdmin(const QString &name, const QString &pin);

    static Result<void> validatePin(const QString &pin);
    // The same for someone of that role: an administrator's has at least 6 digits.
    static Result<void> validatePin(const QString &pin, Role role);
    static Result<void> validateName(const QString &name);

private:
    friend class DemoShop;
    Result<UserInfo> insert(const QString &name, Role role, const QString &pin);
    Result<UserInfo> insertWithHash(const QString &name, Role role, const QString &pinHash);
    // Locks of the user since their last successful login, from the audit trail.
    int locksSinceLastLogin(const QString &userId) const;
    Store &m_store;
};

} // namespace recaisse::core
