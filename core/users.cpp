#include "users.h"

#include "ledger.h"
#include "password.h"
#include "pinpepper.h"
#include "store.h"
#include "sync/stationregistry.h"

#include <QSqlQuery>

#include <algorithm>

namespace recaisse::core {

namespace {

UserInfo userFrom(const QSqlQuery &query, const QDateTime &now)
{
    UserInfo user;
    user.id = query.value(0).toString();
    user.siteId = query.value(1).toString();
    user.name = query.value(2).toString();
    user.role = roleFromKey(query.value(3).toString()).value_or(Role::Cashier);
    user.active = query.value(4).toBool();
    if (!query.value(5).isNull()) {
        user.lockedUntilUtc = fromIsoUtc(query.value(5).toString());
        user.locked = user.lockedUntilUtc > now;
    }
    return user;
}

const char selectUser[] =
    "SELECT id, site_id, name, role, active, locked_until_utc, pin_hash, failed_attempts "
    "FROM app_user";

} // namespace

Users::Users(Store &store)
    : m_store(store)
{
}

Result<void> Users::validatePin(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 8)
        return makeError(ErrorCode::InvalidInput, tr("A PIN has 4 to 8 digits."));
    for (const QChar c : pin) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return makeError(ErrorCode::InvalidInput, tr("A PIN has 4 to 8 digits."));
    }
    return {};
}

Result<void> Users::validatePin(const QString &pin, Role role)
{
    if (auto valid = validatePin(pin); !valid)
        return valid;
    if (isAdministrator(role) && pin.size() < minAdministratorPinDigits)
        return makeError(ErrorCode::InvalidInput,
            tr("An administrator's PIN has %1 to 8 digits.").arg(minAdministratorPinDigits));
    return {};
}

int Users::lockMinutesAfter(int previousLocks)
{
    qint64 minutes = lockMinutes;
    for (int i = 0; i < previousLocks && minutes < maxLockMinutes; ++i)
        minutes *= 2;
    return int(std::min<qint64>(minutes, maxLockMinutes));
}

int Users::locksSinceLastLogin(const QString &userId) const
{
    QSqlQuery query(m_store.db().connection());
    query.prepare(QStringLiteral(
        "SELECT count(*) FROM audit_event WHERE actor_id = ? AND action = 'login.lock' AND "
        "at_utc > coalesce((SELECT max(at_utc) FROM audit_event WHERE actor_id = ? AND "
        "action = 'login.success'), '')"));
    query.addBindValue(userId);
    query.addBindValue(userId);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

Result<void> Users::validateName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 60)
        return makeError(ErrorCode::InvalidInput, tr("A name has 1 to 60 characters."));
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return makeError(
                ErrorCode::InvalidInput, tr("A name cannot contain control characters."));
    }
    return {};
}

QList<UserInfo> Users::list(bool includeInactive) const
{
    QList<UserInfo> users;
    QSqlQuery query(m_store.db().connection());
    query.prepare(QString::fromLatin1(selectUser)
        + QStringLiteral(" WHERE site_id = ? AND (active = 1 OR ?) ORDER BY CASE role "
                         "WHEN 'cashier' THEN 0 WHEN 'reception' THEN 1 WHEN 'supervisor' "
                         "THEN 2 WHEN 'admin' THEN 3 ELSE 4 END, name COLLATE NOCASE"));
    query.addBindValue(m_store.site().id);
    query.addBindValue(includeInactive);
    if (!query.exec())
        return users;
    const QDateTime now = m_store.clock().nowUtc();
    while (query.next())
        users.append(userFrom(query, now));
    return users;
}

Result<UserInfo> Users::find(const QString &userId) const
{
    QSqlQuery query(m_store.db().connection());
    query.prepare(QString::fromLatin1(selectUser) + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(userId);
    if (!query.exec())
        return m_store.db().errorFrom(query.lastError());
    if (!query.next())
        return makeError(ErrorCode::NotFound, tr("Unknown user."));
    return userFrom(query, m_store.clock().nowUtc());
}

Result<UserInfo> Users::findByName(const QString &name) const
{
    QSqlQuery query(m_store.db().connection());
    query.prepare(QString::fromLatin1(selectUser)
        + QStringLiteral(" WHERE site_id = ? AND name = ? COLLATE NOCASE"));
    query.addBindValue(m_store.site().id);
    query.addBindValue(name.trimmed());
    if (!query.exec())
        return m_store.db().errorFrom(query.lastError());
    if (!query.next())
        return makeError(ErrorCode::NotFound, tr("No user named \"%1\".").arg(name.left(60)));
    return userFrom(query, m_store.clock().nowUtc());
}

Result<Actor> Users::login(const QString &userId, const QString &pin)
{
    Database &db = m_store.db();
    AuditLog audit(m_store);
    const QDateTime now = m_store.clock().nowUtc();

    QSqlQuery query(db.connection());
    query.prepare(QString::fromLatin1(selectUser) + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(userId);
    if (!query.exec())
        return db.errorFrom(query.lastError());
    if (!query.next()) {
        if (auto result = audit.record({}, QStringLiteral("login.failure"), userId.left(60),
                {{QStringLiteral("reason"), QStringLiteral("unknown-user")}});
            !result)
            return result.error();
        return makeError(ErrorCode::AuthenticationFailed, tr("Unknown user."));
    }
    const UserInfo user = userFrom(query, now);
    const QString storedHash = query.value(6).toString();
    const int failedAttempts = query.value(7).toInt();
    query.finish();

    if (!user.active) {
        if (auto result = audit.record(user.id, QStringLiteral("login.failure"), user.name,
                {{QStringLiteral("reason"), QStringLiteral("inactive")}});
            !result)
            return result.error();
        return makeError(
            ErrorCode::AuthenticationFailed, tr("%1's account is deactivated.").arg(user.name));
    }
    if (user.locked) {
        if (auto result = audit.record(user.id, QStringLiteral("login.failure"), user.name,
                {{QStringLiteral("reason"), QStringLiteral("locked")}});
            !result)
            return result.error();
        const QString until =
            user.lockedUntilUtc.toTimeZone(m_store.timeZone()).toString(QStringLiteral("HH:mm"));
        return makeError(ErrorCode::AccountLocked,
            tr("Too many wrong PINs: %1's account is locked until %2.").arg(user.name, until));
    }

    // Imported without a PIN: whatever was typed, the person chooses theirs now.
    if (storedHash == awaitingPinHash()) {
        if (auto result = audit.record(user.id, QStringLiteral("login.pin-change-required"),
                user.name, {{QStringLiteral("reason"), QStringLiteral("first-login")}});
            !result)
            return result.error();
        return makeError(
            ErrorCode::PinChangeRequired, tr("%1 has no PIN yet: choose yours.").arg(user.name));
    }

    // The slow hash is checked before the write transaction, which would otherwise keep
    // every other writer of this database waiting for it.
    const QByteArray pepper = PinPepper::of(user.siteId);
    const password::Check checked = password::check(pin, storedHash, pepper);
    if (checked == password::Check::PepperMissing) {
        // Not a wrong PIN: this process has not read the shop's key from the keychain (yet).
        if (auto result = audit.record(user.id, QStringLiteral("login.failure"), user.name,
                {{QStringLiteral("reason"), QStringLiteral("pepper-missing")}});
            !result)
            return result.error();
        return makeError(ErrorCode::StorageFailure,
            tr("This station has not read the shop's key from the system keychain, so no PIN can "
               "be checked. Wait a moment and try again; if it lasts, check that the keychain is "
               "unlocked."));
    }
    const bool pinMatches = checked == password::Check::Match;
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    if (!pinMatches) {
        // Counted again inside the transaction: another station process may have failed too.
        int failedSoFar = failedAttempts;
        QSqlQuery count(db.connection());
        count.prepare(QStringLiteral("SELECT failed_attempts FROM app_user WHERE id = ?"));
        count.addBindValue(user.id);
        if (count.exec() && count.next())
            failedSoFar = count.value(0).toInt();
        count.finish();
        const int attempts = failedSoFar + 1;
        const bool lock = attempts >= maxFailedAttempts;
        // Each lock since the person's last login lasts twice as long as the one before.
        const int previousLocks = lock ? locksSinceLastLogin(user.id) : 0;
        const int minutes = lockMinutesAfter(previousLocks);
        QSqlQuery update(db.connection());
        update.prepare(QStringLiteral(
            "UPDATE app_user SET failed_attempts = ?, locked_until_utc = ? WHERE id = ?"));
        if (auto result = db.exec(update,
                {lock ? 0 : attempts,
                    lock ? QVariant(isoUtc(now.addSecs(qint64(minutes) * 60))) : QVariant(),
                    user.id});
            !result)
            return result.error();
        if (auto result = audit.record(user.id, QStringLiteral("login.failure"), user.name,
                {{QStringLiteral("reason"), QStringLiteral("wrong-pin")},
                    {QStringLiteral("attempt"), attempts}, {QStringLiteral("locked"), lock}});
            !result)
            return result.error();
        // The administrators see it on the health page and in the audit trail.
        if (lock) {
            if (auto result = audit.record(user.id, QStringLiteral("login.lock"), user.name,
                    {{QStringLiteral("minutes"), minutes},
                        {QStringLiteral("lock"), previousLocks + 1}});
                !result)
                return result.error();
        }
        if (auto result = transaction.commit(); !result)
            return result.error();
        if (lock)
            return makeError(ErrorCode::AccountLocked,
                tr("Wrong PIN. Too many attempts: the account is locked for %n "
                   "minute(s).",
                    nullptr, minutes));
        return makeError(ErrorCode::AuthenticationFailed,
            tr("Wrong PIN. %n attempt(s) left.", nullptr, maxFailedAttempts - attempts));
    }
    if (failedAttempts > 0 || user.lockedUntilUtc.isValid()) {
        QSqlQuery update(db.connection());
        update.prepare(QStringLiteral(
            "UPDATE app_user SET failed_attempts = 0, locked_until_utc = NULL WHERE id = ?"));
        if (auto result = db.exec(update, {user.id}); !result)
            return result.error();
    }
    // An administrator's PIN of fewer than 6 digits (set before the rule) opens nothing until it
    // is changed; not a login, so the locks count on.
    if (isAdministrator(user.role) && pin.size() < minAdministratorPinDigits) {
        if (auto result = audit.record(user.id, QStringLiteral("login.pin-change-required"),
                user.name, {{QStringLiteral("reason"), QStringLiteral("pin-too-short")}});
            !result)
            return result.error();
        if (auto result = transaction.commit(); !result)
            return result.error();
        return makeError(ErrorCode::PinChangeRequired,
            tr("%1 is an administrator: the PIN must have at least %2 digits. Choose a new one.")
                .arg(user.name)
                .arg(minAdministratorPinDigits));
    }
    if (auto result = audit.record(user.id, QStringLiteral("login.success"), user.name); !result)
        return result.error();
    // A hash from before the pepper moves to the peppered form where the configuration is made.
    if (!password::isPeppered(storedHash) && !pepper.isEmpty()) {
        if (auto result = pepperPinHashes(); !result)
            return result.error();
    }
    if (auto result = transaction.commit(); !result)
        return result.error();
    return Actor{user.id, user.name, user.role, user.siteId};
}

Result<Actor> Users::changeOwnPin(
    const QString &userId, const QString &currentPin, const QString &newPin)
{
    auto user = find(userId);
    if (!user)
        return user.error();
    if (auto valid = validatePin(newPin, user->role); !valid)
        return valid.error();
    QSqlQuery stored(m_store.db().connection());
    stored.prepare(QStringLiteral("SELECT pin_hash FROM app_user WHERE id = ?"));
    stored.addBindValue(userId);
    const bool firstPin =
        stored.exec() && stored.next() && stored.value(0).toString() == awaitingPinHash();
    stored.finish();
    if (newPin == currentPin && !firstPin)
        return makeError(ErrorCode::InvalidInput, tr("Choose a PIN other than the current one."));
    // The current PIN proves who asks, with the failures and locks of a login.
    if (auto checked = login(userId, currentPin);
        !checked && checked.error().code != ErrorCode::PinChangeRequired)
        return checked.error();
    // slow: before the write transaction
    const QString hash = password::hash(newPin, PinPepper::of(user->siteId));
    Transaction transaction(m_store.db());
    if (!transaction.started())
        return transaction.started().error();
    QSqlQuery query(m_store.db().connection());
    query.prepare(QStringLiteral("UPDATE app_user SET pin_hash = ?, failed_attempts = 0, "
                                 "locked_until_utc = NULL WHERE id = ?"));
    if (auto result = m_store.db().exec(query, {hash, userId}); !result)
        return result.error();
    if (auto result =
            AuditLog(m_store).record(userId, QStringLiteral("user.change-pin"), user->name);
        !result)
        return result.error();
    if (auto result = transaction.commit(); !result)
        return result.error();
    return login(userId, newPin);
}

QString Users::awaitingPinHash()
{
    // Not a hash's form (password::check finds it malformed), so no PIN ever matches it.
    return QStringLiteral("awaiting-first-login");
}

Result<UserInfo> Users::insert(const QString &name, Role role, const QString &pin)
{
    if (auto result = validatePin(pin, role); !result)
        return result.error();
    return insertWithHash(name, role, password::hash(pin, PinPepper::of(m_store.site().id)));
}

Result<UserInfo> Users::insertWithHash(const QString &name, Role role, const QString &pinHash)
{
    if (auto result = validateName(name); !result)
        return result.error();
    if (findByName(name).ok())
        return makeError(
            ErrorCode::Conflict, tr("A user named \"%1\" already exists.").arg(name.trimmed()));
    UserInfo user;
    user.id = newId();
    user.siteId = m_store.site().id;
    user.name = name.trimmed();
    user.role = role;
    QSqlQuery query(m_store.db().connection());
    query.prepare(QStringLiteral("INSERT INTO app_user (id, site_id, name, role, pin_hash, "
                                 "created_utc) VALUES (?, ?, ?, ?, ?, ?)"));
    if (auto result = m_store.db().exec(query,
            {user.id, user.siteId, user.name, toKey(role), pinHash,
                isoUtc(m_store.clock().nowUtc())});
        !result)
        return result.error();
    return user;
}

Result<UserInfo> Users::createFirstAdmin(const QString &name, const QString &pin)
{
    QSqlQuery query(m_store.db().connection());
    if (query.exec(QStringLiteral("SELECT count(*) FROM app_user")) && query.next()
        && query.value(0).toInt() > 0)
        return makeError(ErrorCode::Conflict, tr("This station already has users."));
    return insert(name, Role::Admin, pin);
}

Result<UserInfo> Users::create(
    const Actor &actor, const QString &name, Role role, const QString &pin)
{
    if (auto allowed = require(actor, Permission::ManageUsers); !allowed)
        return allowed.error();
    if (role == Role::SuperAdmin && actor.role != Role::SuperAdmin)
        return makeError(
            ErrorCode::PermissionDenied, tr("Only a super-admin can create another super-admin."));
    Transaction transaction(m_store.db());
    if (!transaction.started())
        return transaction.started().error();
    auto user = insert(name, role, pin);
    if (!user)
        return user.error();
    if (auto result = AuditLog(m_store).record(actor.userId, QStringLiteral("user.create"),
            user->name, {{QStringLiteral("role"), toKey(role)}});
        !result)
        return result.error();
    if (auto result = transaction.commit(); !result)
        return result.error();
    return user;
}

Result<UserInfo> Users::createAwaitingPin(const Actor &actor, const QString &name, Role role)
{
    if (auto allowed = require(actor, Permission::ManageUsers); !allowed)
        return allowed.error();
    if (isAdministrator(role))
        return makeError(ErrorCode::PermissionDenied,
            tr("An administrator is created with a PIN on the users page: a PIN chosen at the "
               "first login would let anyone take the account."));
    Transaction transaction(m_store.db());
    if (!transaction.started())
        return transaction.started().error();
    auto user = insertWithHash(name, role, awaitingPinHash());
    if (!user)
        return user.error();
    if (auto result =
            AuditLog(m_store).record(actor.userId, QStringLiteral("user.create"), user->name,
                {{QStringLiteral("role"), toKey(role)},
                    {QStringLiteral("pin"), QStringLiteral("first-login")}});
        !result)
        return result.error();
    if (auto result = transaction.commit(); !result)
        return result.error();
    return user;
}

Result<void> Users::resetPin(const Actor &actor, const QString &userId, const QString &newPin)
{
    if (auto allowed = require(actor, Permission::ManageUsers); !allowed)
        return allowed;
    auto user = find(userId);
    if (!user)
        return user.error();
    if (auto result = validatePin(newPin, user->role); !result)
        return result;
    Transaction transaction(m_store.db());
    if (!transaction.started())
        return transaction.started();
    QSqlQuery query(m_store.db().connection());
    query.prepare(QStringLiteral("UPDATE app_user SET pin_hash = ?, failed_attempts = 0, "
                                 "locked_until_utc = NULL WHERE id = ?"));
    if (auto result =
            m_store.db().exec(query, {password::hash(newPin, PinPepper::of(user->siteId)), userId});
        !result)
        return result;
    if (auto result =
            AuditLog(m_store).record(actor.userId, QStringLiteral("user.reset-pin"), user->name);
        !result)
        return result;
    return transaction.commit();
}

Result<void> Users::setActive(const Actor &actor, const QString &userId, bool active)
{
    if (auto allowed = require(actor, Permission::ManageUsers); !allowed)
        return allowed;
    auto user = find(userId);
    if (!user)
        return user.error();
    if (!active && isAdministrator(user->role)) {
        QSqlQuery count(m_store.db().connection());
        count.prepare(QStringLiteral("SELECT count(*) FROM app_user WHERE active = 1 AND role IN "
                                     "('admin', 'super-admin') AND id <> ?"));
        count.addBindValue(userId);
        if (count.exec() && count.next() && count.value(0).toInt() == 0)
            return makeError(ErrorCode::Conflict,
                tr("%1 is the last active administrator and cannot be deactivated.")
                    .arg(user->name));
    }
    Transaction transaction(m_store.db());
    if (!transaction.started())
        return transaction.started();
    QSqlQuery query(m_store.db().connection());
    query.prepare(QStringLiteral("UPDATE app_user SET active = ? WHERE id = ?"));
    if (auto result = m_store.db().exec(query, {active ? 1 : 0, userId}); !result)
        return result;
    if (auto result = AuditLog(m_store).record(actor.userId,
            active ? QStringLiteral("user.activate") : QStringLiteral("user.deactivate"),
            user->name);
        !result)
        return result;
    return transaction.commit();
}

Result<int> Users::pepperPinHashes()
{
    const QByteArray pepper = PinPepper::of(m_store.site().id);
    // A register's hashes come from the configuration: only where it is made do they change.
    if (pepper.isEmpty() || !sync::StationRegistry::mayEditConfigurationHere(m_store))
        return 0;
    Database &db = m_store.db();
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT id, pin_hash FROM app_user WHERE site_id = ? AND "
                                 "pin_hash NOT LIKE 'pbkdf2-sha256-pepper$%'"));
    query.addBindValue(m_store.site().id);
    if (!query.exec())
        return db.errorFrom(query.lastError());
    QList<std::pair<QString, QString>> moved;
    while (query.next()) {
        if (auto wrapped = password::peppered(query.value(1).toString(), pepper))
            moved.append({query.value(0).toString(), *wrapped});
    }
    query.finish();
    if (moved.isEmpty())
        return 0;
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    QSqlQuery update(db.connection());
    update.prepare(QStringLiteral("UPDATE app_user SET pin_hash = ? WHERE id = ?"));
    for (const auto &[id, hash] : moved) {
        if (auto result = db.exec(update, {hash, id}); !result)
            return result.error();
    }
    // No person acts: the program protects the hashes it already had.
    if (auto result = AuditLog(m_store).record(QString(), QStringLiteral("user.pin-pepper"),
            QString::number(moved.size()), {{QStringLiteral("users"), int(moved.size())}});
        !result)
        return result.error();
    if (auto result = transaction.commit(); !result)
        return result.error();
    return int(moved.size());
}

bool Users::may(const Actor &actor, Permission permission) const
{
    return permits(actor, permission, m_store.site().id) && stationAllows(permission);
}

bool Users::stationAllows(Permission permission) const
{
    return !isConfigurationPermission(permission)
        || sync::StationRegistry::mayEditConfigurationHere(m_store);
}

Result<void> Users::require(const Actor &actor, Permission permission)
{
    if (may(actor, permission))
        return {};
    if (auto result = AuditLog(m_store).record(actor.userId, QStringLiteral("permission.denied"),
            toKey(permission), {{QStringLiteral("role"), toKey(actor.role)}});
        !result)
        return result;
    if (!stationAllows(permission))
        return makeError(ErrorCode::PermissionDenied,
            tr("The shop's configuration is changed on an administration station; this station "
               "shows it read-only."));
    return makeError(ErrorCode::PermissionDenied,
        tr("%1 (%2) is not allowed to: %3.")
            .arg(actor.name, displayName(actor.role), displayName(permission)));
}

Result<Actor> Users::authorize(
    const Actor &actor, Permission permission, const std::optional<Unlock> &unlock)
{
    if (may(actor, permission))
        return actor;
    if (!unlock)
        return makeError(ErrorCode::UnlockRequired,
            tr("An administrator must unlock this action: %1.").arg(displayName(permission)));
    auto unlocker = login(unlock->userId, unlock->pin);
    if (!unlocker)
        return unlocker.error();
    if (!roleHas(unlocker->role, permission) || !stationAllows(permission)) {
        if (auto result =
                AuditLog(m_store).record(unlocker->userId, QStringLiteral("unlock.refused"),
                    toKey(permission), {{QStringLiteral("for"), actor.userId}});
            !result)
            return result.error();
        return makeError(ErrorCode::PermissionDenied,
            tr("%1 cannot unlock this action: %2.").arg(unlocker->name, displayName(permission)));
    }
    if (auto result = AuditLog(m_store).record(unlocker->userId, QStringLiteral("unlock.granted"),
            toKey(permission), {{QStringLiteral("for"), actor.userId}});
        !result)
        return result.error();
    return *unlocker;
}

} // namespace recaisse::core
