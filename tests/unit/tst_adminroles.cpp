// Every role against every action of the admin panel, directly against core: admins may, the
// supervisor reads only, cashier and reception volunteer may not even read; refusals are audited.

#include "core/admin/auditquery.h"
#include "core/admin/categoryeditor.h"
#include "core/admin/health.h"
#include "core/admin/overview.h"
#include "core/admin/sessionhistory.h"
#include "core/admin/sites.h"
#include "core/admin/useradmin.h"
#include "core/categories.h"
#include "core/store.h"
#include "core/users.h"
#include "tests/support/testshop.h"

#include <QSqlQuery>
#include <QTest>

#include <functional>
#include <map>

using namespace recaisse;
using namespace recaisse::core;

namespace {

using Action = std::function<Result<void>(test::TestShop &, const Actor &)>;

template<typename T>
Result<void> asVoid(const Result<T> &result)
{
    if (!result)
        return result.error();
    return {};
}

struct Case
{
    const char *name;
    bool mutating;
    Action action;
};

QList<Case> cases()
{
    return {
        {"overview", false,
            [](test::TestShop &s, const Actor &a) {
                return asVoid(OverviewReport(*s.store).compute(a));
            }},
        {"sessions", false,
            [](test::TestShop &s, const Actor &a) {
                return asVoid(SessionHistory(*s.store).find(a, {}));
            }},
        {"audit", false,
            [](test::TestShop &s, const Actor &a) {
                return asVoid(AuditQuery(*s.store).find(a, {}));
            }},
        {"health", false,
            [](test::TestShop &s, const Actor &a) {
                return asVoid(HealthCheck(*s.store).run(a, {}));
            }},
        {"users", false,
            [](test::TestShop &s, const Actor &a) {
                return asVoid(UserAdministration(*s.store).list(a));
            }},
        {"sites", false,
            [](test::TestShop &s, const Actor &a) { return asVoid(Sites(*s.store).list(a)); }},
        {"verify", false,
            [](test::TestShop &s, const Actor &a) {
                return asVoid(AuditQuery(*s.store).verify(a));
            }},
        {"export", true,
            [](test::TestShop &s, const Actor &a) {
                return asVoid(AuditQuery(*s.store).exportCsv(a, {}));
            }},
        {"site.save", true,
            [](test::TestShop &s, const Actor &a) {
                SiteSettings site;
                site.id = s.store->site().id;
                site.name = QStringLiteral("Nouveau nom");
                return Sites(*s.store).save(a, site);
            }},
        {"threshold", true,
            [](test::TestShop &s, const Actor &a) {
                return Sites(*s.store).setThreshold(a, s.store->station().id, 900);
            }},
        {"user.create", true,
            [](test::TestShop &s, const Actor &a) {
                return asVoid(Users(*s.store).create(
                    a, QStringLiteral("Lou"), Role::Cashier, QStringLiteral("2222")));
            }},
        {"user.role", true,
            [](test::TestShop &s, const Actor &a) {
                return UserAdministration(*s.store).setRole(a, s.reception.userId, Role::Cashier);
            }},
        {"user.deactivate", true,
            [](test::TestShop &s, const Actor &a) {
                return UserAdministration(*s.store).setActive(a, s.reception.userId, false);
            }},
        {"user.pin", true,
            [](test::TestShop &s, const Actor &a) {
                return UserAdministration(*s.store).resetPin(
                    a, s.reception.userId, QStringLiteral("7777"));
            }},
        {"user.telegram", true,
            [](test::TestShop &s, const Actor &a) {
                return UserAdministration(*s.store).setTelegramId(
                    a, s.reception.userId, QStringLiteral("987654"));
            }},
        {"category.save", true,
            [](test::TestShop &s, const Actor &a) {
                Category c;
                c.name = QStringLiteral("Vélos électriques");
                return asVoid(CategoryEditor(*s.store).save(a, c));
            }},
        {"category.deactivate", true,
            [](test::TestShop &s, const Actor &a) {
                const QString id = CategoryCatalog(*s.store).children({}).first().id;
                return CategoryEditor(*s.store).setActive(a, id, false);
            }},
    };
}

} // namespace

class TestAdminRoles : public QObject
{
    Q_OBJECT

private slots:
    void eachRoleAgainstEachAction_data();
    void eachRoleAgainstEachAction();

private:
    // One shop per role, used by that role's rows in order (a PIN hash is slow: not one per row).
    std::map<QString, std::unique_ptr<test::TestShop>> m_shops;
};

void TestAdminRoles::eachRoleAgainstEachAction_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<int>("index");
    const QList<Case> all = cases();
    for (const char *role : {"super-admin", "admin", "supervisor", "cashier", "reception"}) {
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(qPrintable(
                QString::fromLatin1(role) + QLatin1Char(' ') + QString::fromLatin1(all.at(i).name)))
                << QString::fromLatin1(role) << i;
    }
}

void TestAdminRoles::eachRoleAgainstEachAction()
{
    QFETCH(QString, role);
    QFETCH(int, index);
    std::unique_ptr<test::TestShop> &shop = m_shops[role];
    if (!shop) {
        shop = test::TestShop::create();
        QVERIFY(shop);
        if (role == QLatin1String("super-admin")) {
            QSqlQuery query(shop->store->db().connection());
            query.prepare(QStringLiteral("UPDATE app_user SET role = 'super-admin' WHERE id = ?"));
            query.addBindValue(shop->admin.userId);
            QVERIFY(query.exec());
            shop->admin.role = Role::SuperAdmin;
        }
    }
    Actor actor;
    if (role == QLatin1String("super-admin")) {
        actor = shop->admin;
    } else if (role == QLatin1String("admin")) {
        actor = shop->admin;
    } else if (role == QLatin1String("supervisor")) {
        actor = shop->supervisor;
    } else if (role == QLatin1String("cashier")) {
        actor = shop->cashier;
    } else {
        actor = shop->reception;
    }
    const Case c = cases().at(index);
    const bool administrator =
        role == QLatin1String("admin") || role == QLatin1String("super-admin");
    const bool reader = administrator || role == QLatin1String("supervisor");
    const bool allowed = c.mutating ? administrator : reader;
    const int deniedBefore = test::auditCount(*shop->store, QStringLiteral("permission.denied"));
    const Result<void> result = c.action(*shop, actor);
    if (allowed) {
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        return;
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::PermissionDenied);
    QVERIFY(!result.error().message.isEmpty());
    QCOMPARE(test::auditCount(*shop->store, QStringLiteral("permission.denied")), deniedBefore + 1);
}

QTEST_GUILESS_MAIN(TestAdminRoles)
#include "tst_adminroles.moc"
