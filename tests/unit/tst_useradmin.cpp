#include "core/admin/useradmin.h"
#include "core/store.h"
#include "core/users.h"
#include "tests/support/testshop.h"

#include <QSqlQuery>
#include <QTest>

using namespace recaisse;
using namespace recaisse::core;

class TestUserAdmin : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listsEveryoneWithTelegram();
    void changesRolesAndAuditsThem();
    void lastAdministratorStays();
    void onlySuperAdminTouchesSuperAdmin();
    void lastSuperAdminStays();
    void telegramIds_data();
    void telegramIds();
    void telegramIdIsUnique();

private:
    Actor makeSuperAdmin(const QString &name);
    std::unique_ptr<test::TestShop> m_shop;
};

void TestUserAdmin::init()
{
    m_shop = test::TestShop::create();
    QVERIFY(m_shop);
}

Actor TestUserAdmin::makeSuperAdmin(const QString &name)
{
    Users users(*m_shop->store);
    auto user = users.create(m_shop->admin, name, Role::Admin, QStringLiteral("999999"));
    if (!user)
        return {};
    QSqlQuery query(m_shop->store->db().connection());
    query.prepare(QStringLiteral("UPDATE app_user SET role = 'super-admin' WHERE id = ?"));
    query.addBindValue(user->id);
    query.exec();
    auto actor = users.login(user->id, QStringLiteral("999999"));
    return actor.ok() ? *actor : Actor{};
}

void TestUserAdmin::listsEveryoneWithTelegram()
{
    UserAdministration admin(*m_shop->store);
    QVERIFY(
        admin.setTelegramId(m_shop->admin, m_shop->supervisor.userId, QStringLiteral("123456789"))
            .ok());
    auto rows = admin.list(m_shop->supervisor);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 4);
    bool found = false;
    for (const UserRow &row : *rows)
        found |=
            row.user.name == QLatin1String("Sam") && row.telegramId == QLatin1String("123456789");
    QVERIFY(found);
    QCOMPARE(admin.telegramWhitelist(), QStringList{QStringLiteral("123456789")});
    QVERIFY(admin.setActive(m_shop->admin, m_shop->supervisor.userId, false).ok());
    QVERIFY(admin.telegramWhitelist().isEmpty());
}

void TestUserAdmin::changesRolesAndAuditsThem()
{
    UserAdministration admin(*m_shop->store);
    QVERIFY(admin.setRole(m_shop->admin, m_shop->cashier.userId, Role::Supervisor).ok());
    QCOMPARE(Users(*m_shop->store).find(m_shop->cashier.userId)->role, Role::Supervisor);
    QCOMPARE(test::auditCount(*m_shop->store, QStringLiteral("user.role")), 1);
}

void TestUserAdmin::lastAdministratorStays()
{
    UserAdministration admin(*m_shop->store);
    auto demote = admin.setRole(m_shop->admin, m_shop->admin.userId, Role::Cashier);
    QVERIFY(!demote.ok());
    QCOMPARE(demote.error().code, ErrorCode::Conflict);
    auto off = admin.setActive(m_shop->admin, m_shop->admin.userId, false);
    QVERIFY(!off.ok());
    QCOMPARE(Users(*m_shop->store).find(m_shop->admin.userId)->role, Role::Admin);
    QVERIFY(Users(*m_shop->store).find(m_shop->admin.userId)->active);
}

void TestUserAdmin::onlySuperAdminTouchesSuperAdmin()
{
    const Actor super = makeSuperAdmin(QStringLiteral("Dominique"));
    QVERIFY(!super.userId.isEmpty());
    UserAdministration admin(*m_shop->store);
    const int before = test::auditCount(*m_shop->store, QStringLiteral("permission.denied"));
    QCOMPARE(admin.setActive(m_shop->admin, super.userId, false).error().code,
        ErrorCode::PermissionDenied);
    QCOMPARE(admin.setRole(m_shop->admin, super.userId, Role::Cashier).error().code,
        ErrorCode::PermissionDenied);
    QCOMPARE(admin.resetPin(m_shop->admin, super.userId, QStringLiteral("0000")).error().code,
        ErrorCode::PermissionDenied);
    QCOMPARE(admin.setRole(m_shop->admin, m_shop->cashier.userId, Role::SuperAdmin).error().code,
        ErrorCode::PermissionDenied);
    QCOMPARE(test::auditCount(*m_shop->store, QStringLiteral("permission.denied")), before + 4);
    QCOMPARE(Users(*m_shop->store).find(super.userId)->role, Role::SuperAdmin);
    QVERIFY(Users(*m_shop->store).find(super.userId)->active);
    // A super-admin may.
    QVERIFY(admin.setRole(super, m_shop->cashier.userId, Role::SuperAdmin).ok());
}

void TestUserAdmin::lastSuperAdminStays()
{
    const Actor super = makeSuperAdmin(QStringLiteral("Dominique"));
    UserAdministration admin(*m_shop->store);
    auto off = admin.setActive(super, super.userId, false);
    QVERIFY(!off.ok());
    QCOMPARE(off.error().code, ErrorCode::Conflict);
    auto demote = admin.setRole(super, super.userId, Role::Admin);
    QVERIFY(!demote.ok());
    QCOMPARE(demote.error().code, ErrorCode::Conflict);
    // With a second super-admin, the first may step down.
    QVERIFY(admin.setRole(super, m_shop->supervisor.userId, Role::SuperAdmin).ok());
    QVERIFY(admin.setRole(super, super.userId, Role::Admin).ok());
}

void TestUserAdmin::telegramIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("user") << "123456789" << true;
    QTest::newRow("group") << "-100123456789" << true;
    QTest::newRow("empty") << "" << true;
    QTest::newRow("letters") << "abc" << false;
    QTest::newRow("at name") << "@camille" << false;
    QTest::newRow("sql") << "1; DROP TABLE app_user" << false;
    QTest::newRow("short") << "123" << false;
}

void TestUserAdmin::telegramIds()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    auto result =
        UserAdministration(*m_shop->store).setTelegramId(m_shop->admin, m_shop->cashier.userId, id);
    QCOMPARE(result.ok(), valid);
    if (!valid)
        QVERIFY(UserAdministration(*m_shop->store).telegramWhitelist().isEmpty());
}

void TestUserAdmin::telegramIdIsUnique()
{
    UserAdministration admin(*m_shop->store);
    QVERIFY(
        admin.setTelegramId(m_shop->admin, m_shop->cashier.userId, QStringLiteral("55555")).ok());
    auto twice =
        admin.setTelegramId(m_shop->admin, m_shop->reception.userId, QStringLiteral("55555"));
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().code, ErrorCode::Conflict);
}

QTEST_GUILESS_MAIN(TestUserAdmin)
#include "tst_useradmin.moc"
