#include "core/admin/health.h"
#include "core/admin/useradmin.h"
#include "core/integrity.h"
#include "core/ledger.h"
#include "core/statistics.h"
#include "core/users.h"
#include "tests/support/testshop.h"

#include <QTest>

using namespace recaisse::core;
using recaisse::test::TestShop;

namespace {

// How many audit events of this action (and target, when given) the store holds.
int auditCount(Store &store, const QString &action, const QString &target = {})
{
    int count = 0;
    const auto events = AuditLog(store).recent(100000).value();
    for (const AuditLog::Event &event : events) {
        if (event.action == action && (target.isNull() || event.target == target))
            ++count;
    }
    return count;
}

} // namespace

class TestUsers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void loginOk();
    void loginUnknownUser();
    void wrongPinSaysAttemptsLeft();
    void successResetsTheCounter();
    void fiveWrongPinsLockTheAccount();
    void lockExpiresAfterFifteenMinutes();
    void eachLockLastsTwiceAsLong();
    void administratorPinsHaveSixDigits();
    void createByAdmin();
    void createRefused_data();
    void createRefused();
    void duplicateNameIsAConflict_data();
    void duplicateNameIsAConflict();
    void validatePin_data();
    void validatePin();
    void createWithBadPinWritesNothing();
    void validateName_data();
    void validateName();
    void lastAdminCannotBeDeactivated();
    void deactivatedUserCannotLogIn();
    void authorizeWithoutUnlock();
    void authorizeWithAdminUnlock();
    void unlockByCashierIsRefused();
    void wrongUnlockPinCountsAsFailedAttempt();
    void resetPinClearsTheLock();
    void auditChainStaysIntact();

private:
    UserInfo newUser(Role role, const QString &pin);

    std::unique_ptr<TestShop> m_shop;
    int m_userCount = 0;
};

void TestUsers::initTestCase()
{
    m_shop = TestShop::create();
    QVERIFY(m_shop);
}

void TestUsers::cleanupTestCase()
{
    m_shop.reset();
}

UserInfo TestUsers::newUser(Role role, const QString &pin)
{
    Users users(*m_shop->store);
    auto user =
        users.create(m_shop->admin, QStringLiteral("Personne %1").arg(++m_userCount), role, pin);
    if (!user)
        qWarning("cannot create a user: %s", qPrintable(user.error().message));
    return user.ok() ? *user : UserInfo{};
}

void TestUsers::loginOk()
{
    Store &store = *m_shop->store;
    Users users(store);
    const int before =
        auditCount(store, QStringLiteral("login.success"), QStringLiteral("Camille"));
    auto actor = users.login(m_shop->cashier.userId, QStringLiteral("1111"));
    QVERIFY2(actor.ok(), qPrintable(actor.error().message));
    QCOMPARE(actor->name, QStringLiteral("Camille"));
    QCOMPARE(actor->role, Role::Cashier);
    QCOMPARE(actor->userId, m_shop->cashier.userId);
    QCOMPARE(actor->siteId, store.site().id);
    QCOMPARE(
        auditCount(store, QStringLiteral("login.success"), QStringLiteral("Camille")), before + 1);
    const auto latest = AuditLog(store).recent(1).value();
    QCOMPARE(latest.size(), 1);
    QCOMPARE(latest.first().action, QStringLiteral("login.success"));
    QCOMPARE(latest.first().actorId, m_shop->cashier.userId);
}

void TestUsers::loginUnknownUser()
{
    Store &store = *m_shop->store;
    const int before = auditCount(store, QStringLiteral("login.failure"));
    auto actor = Users(store).login(QStringLiteral("no-such-id"), QStringLiteral("1234"));
    QVERIFY(!actor.ok());
    QCOMPARE(actor.error().code, ErrorCode::AuthenticationFailed);
    QCOMPARE(auditCount(store, QStringLiteral("login.failure")), before + 1);
}

void TestUsers::wrongPinSaysAttemptsLeft()
{
    Store &store = *m_shop->store;
    const UserInfo user = newUser(Role::Cashier, QStringLiteral("2468"));
    QVERIFY(!user.id.isEmpty());
    Users users(store);
    const int before = auditCount(store, QStringLiteral("login.failure"), user.name);

    auto first = users.login(user.id, QStringLiteral("1357"));
    QVERIFY(!first.ok());
    QCOMPARE(first.error().code, ErrorCode::AuthenticationFailed);
    QVERIFY2(first.error().message.contains(QStringLiteral("4 attempt(s) left")),
        qPrintable(first.error().message));
    auto second = users.login(user.id, QStringLiteral("0000"));
    QCOMPARE(second.error().code, ErrorCode::AuthenticationFailed);
    QVERIFY2(second.error().message.contains(QStringLiteral("3 attempt(s) left")),
        qPrintable(second.error().message));
    QCOMPARE(auditCount(store, QStringLiteral("login.failure"), user.name), before + 2);
    const auto latest = AuditLog(store).recent(1)->first();
    QCOMPARE(latest.action, QStringLiteral("login.failure"));
    QVERIFY(latest.details.contains(QStringLiteral("wrong-pin")));
    QCOMPARE(latest.actorId, user.id);
    QVERIFY(!users.find(user.id)->locked);
}

void TestUsers::successResetsTheCounter()
{
    const UserInfo user = newUser(Role::Cashier, QStringLiteral("2468"));
    Users users(*m_shop->store);
    for (int i = 0; i < 3; ++i)
        QVERIFY(!users.login(user.id, QStringLiteral("9999")).ok());
    QVERIFY(users.login(user.id, QStringLiteral("2468")).ok());
    auto wrong = users.login(user.id, QStringLiteral("9999"));
    QVERIFY2(wrong.error().message.contains(QStringLiteral("4 attempt(s) left")),
        qPrintable(wrong.error().message));
}

void TestUsers::fiveWrongPinsLockTheAccount()
{
    Store &store = *m_shop->store;
    const UserInfo user = newUser(Role::Cashier, QStringLiteral("2468"));
    Users users(store);
    for (int i = 1; i < Users::maxFailedAttempts; ++i) {
        auto result = users.login(user.id, QStringLiteral("1111"));
        QCOMPARE(result.error().code, ErrorCode::AuthenticationFailed);
    }
    auto fifth = users.login(user.id, QStringLiteral("1111"));
    QVERIFY(!fifth.ok());
    QCOMPARE(fifth.error().code, ErrorCode::AccountLocked);
    QVERIFY(users.find(user.id)->locked);
    QCOMPARE(users.find(user.id)->lockedUntilUtc, store.clock().nowUtc().addSecs(15 * 60));

    // Even the right PIN is refused while locked, and the refusal is audited.
    const int failures = auditCount(store, QStringLiteral("login.failure"), user.name);
    auto right = users.login(user.id, QStringLiteral("2468"));
    QVERIFY(!right.ok());
    QCOMPARE(right.error().code, ErrorCode::AccountLocked);
    QCOMPARE(auditCount(store, QStringLiteral("login.failure"), user.name), failures + 1);
    QVERIFY(AuditLog(store).recent(1)->first().details.contains(QStringLiteral("locked")));
}

void TestUsers::lockExpiresAfterFifteenMinutes()
{
    Store &store = *m_shop->store;
    const UserInfo user = newUser(Role::Reception, QStringLiteral("8642"));
    Users users(store);
    for (int i = 0; i < Users::maxFailedAttempts; ++i)
        QVERIFY(!users.login(user.id, QStringLiteral("1111")).ok());
    QVERIFY(users.find(user.id)->locked);

    m_shop->clock.advanceSecs(14 * 60);
    QCOMPARE(users.login(user.id, QStringLiteral("8642")).error().code, ErrorCode::AccountLocked);
    m_shop->clock.advanceSecs(60 + 1);
    QVERIFY(!users.find(user.id)->locked);
    auto actor = users.login(user.id, QStringLiteral("8642"));
    QVERIFY2(actor.ok(), qPrintable(actor.error().message));
    QCOMPARE(actor->role, Role::Reception);
    // The counter starts again from zero.
    auto wrong = users.login(user.id, QStringLiteral("1111"));
    QVERIFY2(wrong.error().message.contains(QStringLiteral("4 attempt(s) left")),
        qPrintable(wrong.error().message));
}

void TestUsers::eachLockLastsTwiceAsLong()
{
    Store &store = *m_shop->store;
    const UserInfo user = newUser(Role::Cashier, QStringLiteral("1357"));
    Users users(store);
    const auto lockMinutes = [&]() -> qint64 {
        const QDateTime now = store.clock().nowUtc();
        for (int i = 0; i < Users::maxFailedAttempts; ++i) {
            if (users.login(user.id, QStringLiteral("0000")).ok())
                return -1;
        }
        const UserInfo locked = users.find(user.id).value();
        const qint64 seconds = now.secsTo(locked.lockedUntilUtc);
        m_shop->clock.advanceSecs(seconds + 1); // the lock ends; the next one is longer
        return locked.locked ? seconds / 60 : -1;
    };
    QList<qint64> minutes;
    for (int lock = 0; lock < 9; ++lock)
        minutes << lockMinutes();
    QCOMPARE(minutes, (QList<qint64>{15, 30, 60, 120, 240, 480, 960, 1440, 1440}));
    QCOMPARE(auditCount(store, QStringLiteral("login.lock"), user.name), 9);
    // The administrators see it on the health page.
    const auto health = HealthCheck(store).run(m_shop->admin, {});
    QVERIFY(health.ok());
    QVERIFY2(!health->advice.filter(QStringLiteral("lock")).isEmpty(),
        qPrintable(health->advice.join(u'\n')));
    // A login with the right PIN starts again from the first lock's length.
    QVERIFY(users.login(user.id, QStringLiteral("1357")).ok());
    QCOMPARE(lockMinutes(), qint64(15));
    QCOMPARE(Users::lockMinutesAfter(1000), Users::maxLockMinutes);
}

void TestUsers::administratorPinsHaveSixDigits()
{
    Store &store = *m_shop->store;
    Users users(store);
    const auto refused =
        users.create(m_shop->admin, QStringLiteral("Alex"), Role::Admin, QStringLiteral("1234"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QVERIFY(!Users::validatePin(QStringLiteral("12345"), Role::SuperAdmin));
    QVERIFY(Users::validatePin(QStringLiteral("1234"), Role::Cashier));
    const auto alex =
        users.create(m_shop->admin, QStringLiteral("Alex"), Role::Admin, QStringLiteral("246810"));
    QVERIFY2(alex, qPrintable(alex.error().message));
    QVERIFY(!users.resetPin(m_shop->admin, alex->id, QStringLiteral("24681")));

    // An administrator whose PIN is shorter (set before the rule, or a cashier promoted): the
    // right PIN opens nothing until a new one is chosen.
    const UserInfo bob = newUser(Role::Cashier, QStringLiteral("4321"));
    QVERIFY(UserAdministration(store).setRole(m_shop->admin, bob.id, Role::Admin));
    const auto login = users.login(bob.id, QStringLiteral("4321"));
    QVERIFY(!login);
    QCOMPARE(login.error().code, ErrorCode::PinChangeRequired);
    QCOMPARE(auditCount(store, QStringLiteral("login.pin-change-required"), bob.name), 1);
    QCOMPARE(auditCount(store, QStringLiteral("login.success"), bob.name), 0);
    QVERIFY(!users.changeOwnPin(bob.id, QStringLiteral("4321"), QStringLiteral("5678")));
    QVERIFY(!users.changeOwnPin(bob.id, QStringLiteral("0000"), QStringLiteral("876543")));
    const auto changed =
        users.changeOwnPin(bob.id, QStringLiteral("4321"), QStringLiteral("876543"));
    QVERIFY2(changed, qPrintable(changed.error().message));
    QCOMPARE(changed->role, Role::Admin);
    QCOMPARE(auditCount(store, QStringLiteral("user.change-pin"), bob.name), 1);
    QVERIFY(users.login(bob.id, QStringLiteral("876543")));
    QVERIFY(!users.login(bob.id, QStringLiteral("4321")));
    // The shop's administrator stays the only active one for the tests after this one.
    QVERIFY(users.setActive(m_shop->admin, alex->id, false));
    QVERIFY(users.setActive(m_shop->admin, bob.id, false));
}

void TestUsers::createByAdmin()
{
    Store &store = *m_shop->store;
    Users users(store);
    const int events = auditCount(store, QStringLiteral("user.create"), QStringLiteral("Karim"));
    auto user = users.create(
        m_shop->admin, QStringLiteral("  Karim  "), Role::Cashier, QStringLiteral("2222"));
    QVERIFY2(user.ok(), qPrintable(user.error().message));
    QCOMPARE(user->name, QStringLiteral("Karim"));
    QCOMPARE(auditCount(store, QStringLiteral("user.create"), QStringLiteral("Karim")), events + 1);
    auto found = users.findByName(QStringLiteral("karim"));
    QVERIFY(found.ok());
    QCOMPARE(found->id, user->id);
    QCOMPARE(found->role, Role::Cashier);
    QVERIFY(found->active);
    QVERIFY(!found->locked);
    bool listed = false;
    for (const UserInfo &u : users.list())
        listed = listed || u.id == user->id;
    QVERIFY(listed);
    QVERIFY(users.login(user->id, QStringLiteral("2222")).ok());
}

void TestUsers::createRefused_data()
{
    QTest::addColumn<QString>("who");
    QTest::newRow("cashier") << QStringLiteral("cashier");
    QTest::newRow("supervisor") << QStringLiteral("supervisor");
    QTest::newRow("reception") << QStringLiteral("reception");
}

void TestUsers::createRefused()
{
    QFETCH(QString, who);
    const Actor &actor = who == QLatin1String("cashier") ? m_shop->cashier
        : who == QLatin1String("supervisor")             ? m_shop->supervisor
                                                         : m_shop->reception;
    Store &store = *m_shop->store;
    Users users(store);
    const int denied = auditCount(store, QStringLiteral("permission.denied"));
    const int created = auditCount(store, QStringLiteral("user.create"));
    const QString name = QStringLiteral("Intrus %1").arg(who);
    auto user = users.create(actor, name, Role::Admin, QStringLiteral("987654"));
    QVERIFY(!user.ok());
    QCOMPARE(user.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(users.findByName(name).error().code, ErrorCode::NotFound);
    QCOMPARE(auditCount(store, QStringLiteral("permission.denied")), denied + 1);
    QCOMPARE(auditCount(store, QStringLiteral("user.create")), created);
    const auto latest = AuditLog(store).recent(1)->first();
    QCOMPARE(latest.action, QStringLiteral("permission.denied"));
    QCOMPARE(latest.actorId, actor.userId);
    QCOMPARE(latest.target, QStringLiteral("manage-users"));
}

void TestUsers::duplicateNameIsAConflict_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("same") << QStringLiteral("Camille");
    QTest::newRow("lower case") << QStringLiteral("camille");
    QTest::newRow("upper case") << QStringLiteral("CAMILLE");
    QTest::newRow("surrounding spaces") << QStringLiteral("  Camille ");
    QTest::newRow("admin") << QStringLiteral("admin");
}

void TestUsers::duplicateNameIsAConflict()
{
    QFETCH(QString, name);
    Users users(*m_shop->store);
    const int count = int(users.list(true).size());
    auto user = users.create(m_shop->admin, name, Role::Cashier, QStringLiteral("7777"));
    QVERIFY(!user.ok());
    QCOMPARE(user.error().code, ErrorCode::Conflict);
    QCOMPARE(int(users.list(true).size()), count);
}

void TestUsers::validatePin_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("valid");

    QTest::newRow("four digits") << QStringLiteral("1234") << true;
    QTest::newRow("eight digits") << QStringLiteral("12345678") << true;
    QTest::newRow("zeros") << QStringLiteral("0000") << true;
    QTest::newRow("three digits") << QStringLiteral("123") << false;
    QTest::newRow("nine digits") << QStringLiteral("123456789") << false;
    QTest::newRow("letter") << QStringLiteral("12a4") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661\u0662\u0663\u0664") << false;
    QTest::newRow("full-width digits") << QStringLiteral("\uFF11\uFF12\uFF13\uFF14") << false;
    QTest::newRow("superscripts") << QStringLiteral("\u00B9\u00B2\u00B3\u2074") << false;
    QTest::newRow("10000 digits") << QString(10000, u'1') << false;
    QTest::newRow("leading space") << QStringLiteral(" 1234") << false;
    QTest::newRow("inner space") << QStringLiteral("12 34") << false;
    QTest::newRow("minus") << QStringLiteral("-1234") << false;
    QTest::newRow("nul") << (QStringLiteral("12") + QChar(u'\0') + QStringLiteral("34")) << false;
}

void TestUsers::validatePin()
{
    QFETCH(QString, pin);
    QFETCH(bool, valid);
    const Result<void> result = Users::validatePin(pin);
    QCOMPARE(result.ok(), valid);
    if (!valid) {
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QVERIFY(!result.error().message.isEmpty());
        QVERIFY(!result.error().message.contains(u'\n'));
    }
}

void TestUsers::createWithBadPinWritesNothing()
{
    Store &store = *m_shop->store;
    Users users(store);
    for (const QString &pin : {QStringLiteral("123"), QStringLiteral("\u0661\u0662\u0663\u0664"),
             QString(10000, u'9'), QString()}) {
        const StoreStatistics before = StoreStatistics::collect(store);
        auto user = users.create(m_shop->admin, QStringLiteral("Sans PIN"), Role::Cashier, pin);
        QVERIFY(!user.ok());
        QCOMPARE(user.error().code, ErrorCode::InvalidInput);
        QCOMPARE(users.findByName(QStringLiteral("Sans PIN")).error().code, ErrorCode::NotFound);
        QCOMPARE(StoreStatistics::collect(store).toJson(), before.toJson());
    }
}

void TestUsers::validateName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");

    QTest::newRow("simple") << QStringLiteral("Camille") << true;
    QTest::newRow("accents") << QStringLiteral("Léa Ébrard") << true;
    QTest::newRow("dash and apostrophe") << QStringLiteral("Jean-Pierre d'Arc") << true;
    QTest::newRow("60 characters") << QString(60, u'a') << true;
    QTest::newRow("60 characters with spaces around")
        << (QStringLiteral("  ") + QString(60, u'a') + QStringLiteral("  ")) << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << QStringLiteral("   ") << false;
    QTest::newRow("61 characters") << QString(61, u'a') << false;
    QTest::newRow("10000 characters") << QString(10000, u'a') << false;
    QTest::newRow("tab inside") << QStringLiteral("Ca\tmille") << false;
    QTest::newRow("newline inside") << QStringLiteral("Ca\nmille") << false;
    QTest::newRow("nul inside") << (QStringLiteral("Ca") + QChar(u'\0') + QStringLiteral("mille"))
                                << false;
    QTest::newRow("escape") << QStringLiteral("Ca\x1b[31mmille") << false;
    QTest::newRow("right-to-left override") << QStringLiteral("Ca\u202Emille") << false;
    QTest::newRow("zero-width space") << QStringLiteral("Ca\u200Bmille") << false;
}

void TestUsers::validateName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const Result<void> result = Users::validateName(name);
    QCOMPARE(result.ok(), valid);
    if (!valid) {
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QVERIFY(!result.error().message.isEmpty());
        QVERIFY(result.error().message.size() < 120);
    }
}

void TestUsers::lastAdminCannotBeDeactivated()
{
    Store &store = *m_shop->store;
    Users users(store);
    auto result = users.setActive(m_shop->admin, m_shop->admin.userId, false);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Conflict);
    QVERIFY(users.find(m_shop->admin.userId)->active);

    // With a second administrator, one of them can go; then the other is the last one.
    const UserInfo second = newUser(Role::Admin, QStringLiteral("357911"));
    QVERIFY(!second.id.isEmpty());
    QVERIFY(users.setActive(m_shop->admin, second.id, false).ok());
    QVERIFY(!users.find(second.id)->active);
    QCOMPARE(users.setActive(m_shop->admin, m_shop->admin.userId, false).error().code,
        ErrorCode::Conflict);
    QVERIFY(users.find(m_shop->admin.userId)->active);
    // Supervisors change nothing.
    QCOMPARE(users.setActive(m_shop->supervisor, m_shop->cashier.userId, false).error().code,
        ErrorCode::PermissionDenied);
    QVERIFY(users.find(m_shop->cashier.userId)->active);
}

void TestUsers::deactivatedUserCannotLogIn()
{
    Store &store = *m_shop->store;
    Users users(store);
    const UserInfo user = newUser(Role::Cashier, QStringLiteral("1470"));
    QVERIFY(users.setActive(m_shop->admin, user.id, false).ok());
    QCOMPARE(auditCount(store, QStringLiteral("user.deactivate"), user.name), 1);
    bool listed = false;
    for (const UserInfo &u : users.list())
        listed = listed || u.id == user.id;
    QVERIFY(!listed);

    const int failures = auditCount(store, QStringLiteral("login.failure"), user.name);
    auto actor = users.login(user.id, QStringLiteral("1470"));
    QVERIFY(!actor.ok());
    QCOMPARE(actor.error().code, ErrorCode::AuthenticationFailed);
    QCOMPARE(auditCount(store, QStringLiteral("login.failure"), user.name), failures + 1);
    QVERIFY(AuditLog(store).recent(1)->first().details.contains(QStringLiteral("inactive")));

    QVERIFY(users.setActive(m_shop->admin, user.id, true).ok());
    QVERIFY(users.login(user.id, QStringLiteral("1470")).ok());
}

void TestUsers::authorizeWithoutUnlock()
{
    Users users(*m_shop->store);
    auto admin = users.authorize(m_shop->admin, Permission::OverridePrice);
    QVERIFY(admin.ok());
    QCOMPARE(admin->userId, m_shop->admin.userId);
    auto cashier = users.authorize(m_shop->cashier, Permission::RecordSale);
    QVERIFY(cashier.ok());
    QCOMPARE(cashier->userId, m_shop->cashier.userId);

    auto refused = users.authorize(m_shop->cashier, Permission::OverridePrice);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::UnlockRequired);
    QCOMPARE(users.authorize(m_shop->supervisor, Permission::RecordRefund).error().code,
        ErrorCode::UnlockRequired);

    // An actor from another site gets nothing, whatever their role.
    Actor stranger = m_shop->admin;
    stranger.siteId = QStringLiteral("another-site");
    QCOMPARE(users.authorize(stranger, Permission::OverridePrice).error().code,
        ErrorCode::UnlockRequired);
    QCOMPARE(
        users.require(stranger, Permission::ManageUsers).error().code, ErrorCode::PermissionDenied);
}

void TestUsers::authorizeWithAdminUnlock()
{
    Store &store = *m_shop->store;
    Users users(store);
    const int granted = auditCount(store, QStringLiteral("unlock.granted"));
    auto who = users.authorize(m_shop->cashier, Permission::OverridePrice,
        Unlock{m_shop->admin.userId, QStringLiteral("123456")});
    QVERIFY2(who.ok(), qPrintable(who.error().message));
    QCOMPARE(who->userId, m_shop->admin.userId);
    QCOMPARE(who->name, QStringLiteral("Admin"));
    QCOMPARE(auditCount(store, QStringLiteral("unlock.granted")), granted + 1);
    const auto latest = AuditLog(store).recent(1)->first();
    QCOMPARE(latest.action, QStringLiteral("unlock.granted"));
    QCOMPARE(latest.target, QStringLiteral("override-price"));
    QVERIFY(latest.details.contains(m_shop->cashier.userId));
}

void TestUsers::unlockByCashierIsRefused()
{
    Store &store = *m_shop->store;
    Users users(store);
    const UserInfo other = newUser(Role::Cashier, QStringLiteral("5050"));
    const int refused = auditCount(store, QStringLiteral("unlock.refused"));
    auto who = users.authorize(
        m_shop->cashier, Permission::OverridePrice, Unlock{other.id, QStringLiteral("5050")});
    QVERIFY(!who.ok());
    QCOMPARE(who.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(auditCount(store, QStringLiteral("unlock.refused")), refused + 1);
    // A cashier cannot unlock for themselves either.
    auto self = users.authorize(m_shop->cashier, Permission::RecordRefund,
        Unlock{m_shop->cashier.userId, QStringLiteral("1111")});
    QCOMPARE(self.error().code, ErrorCode::PermissionDenied);
}

void TestUsers::wrongUnlockPinCountsAsFailedAttempt()
{
    Store &store = *m_shop->store;
    Users users(store);
    const UserInfo unlocker = newUser(Role::Admin, QStringLiteral("654321"));
    QVERIFY(!unlocker.id.isEmpty());
    const int failures = auditCount(store, QStringLiteral("login.failure"), unlocker.name);
    for (int i = 1; i < Users::maxFailedAttempts; ++i) {
        auto who = users.authorize(m_shop->cashier, Permission::OverridePrice,
            Unlock{unlocker.id, QStringLiteral("0000")});
        QVERIFY(!who.ok());
        QCOMPARE(who.error().code, ErrorCode::AuthenticationFailed);
        QVERIFY2(who.error().message.contains(
                     QStringLiteral("%1 attempt(s) left").arg(Users::maxFailedAttempts - i)),
            qPrintable(who.error().message));
    }
    QCOMPARE(auditCount(store, QStringLiteral("login.failure"), unlocker.name),
        failures + Users::maxFailedAttempts - 1);
    auto last = users.authorize(
        m_shop->cashier, Permission::OverridePrice, Unlock{unlocker.id, QStringLiteral("0000")});
    QCOMPARE(last.error().code, ErrorCode::AccountLocked);
    QVERIFY(users.find(unlocker.id)->locked);
    // Locked: the right PIN does not unlock anything now.
    auto right = users.authorize(
        m_shop->cashier, Permission::OverridePrice, Unlock{unlocker.id, QStringLiteral("654321")});
    QCOMPARE(right.error().code, ErrorCode::AccountLocked);
}

void TestUsers::resetPinClearsTheLock()
{
    Store &store = *m_shop->store;
    Users users(store);
    const UserInfo user = newUser(Role::Cashier, QStringLiteral("1212"));
    for (int i = 0; i < Users::maxFailedAttempts; ++i)
        QVERIFY(!users.login(user.id, QStringLiteral("0000")).ok());
    QVERIFY(users.find(user.id)->locked);
    QCOMPARE(users.resetPin(m_shop->cashier, user.id, QStringLiteral("3434")).error().code,
        ErrorCode::PermissionDenied);
    QCOMPARE(users.resetPin(m_shop->admin, user.id, QStringLiteral("34")).error().code,
        ErrorCode::InvalidInput);
    QVERIFY(users.find(user.id)->locked);
    QVERIFY(users.resetPin(m_shop->admin, user.id, QStringLiteral("3434")).ok());
    QVERIFY(!users.find(user.id)->locked);
    QCOMPARE(
        users.login(user.id, QStringLiteral("1212")).error().code, ErrorCode::AuthenticationFailed);
    QVERIFY(users.login(user.id, QStringLiteral("3434")).ok());
    QCOMPARE(auditCount(store, QStringLiteral("user.reset-pin"), user.name), 1);
}

void TestUsers::auditChainStaysIntact()
{
    const auto report = IntegrityCheck(*m_shop->store).run().value();
    QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    QVERIFY(report.auditEventsChecked > 50);
    QCOMPARE(report.auditEventsChecked, StoreStatistics::collect(*m_shop->store).auditEvents);
}

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
