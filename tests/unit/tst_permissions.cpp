#include "core/permissions.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace recaisse::core;

namespace {

const QList<Role> allRoles = {
    Role::SuperAdmin, Role::Admin, Role::Supervisor, Role::Cashier, Role::Reception};

// The expected matrix, written out independently of the implementation.
bool expected(Role role, Permission permission)
{
    switch (role) {
    case Role::SuperAdmin:
    case Role::Admin:
        return true;
    case Role::Supervisor:
        return QList<Permission>{Permission::ViewReports, Permission::VerifyIntegrity}.contains(
            permission);
    case Role::Cashier:
        return QList<Permission>{Permission::OpenSession, Permission::CloseSession,
            Permission::RecordSale, Permission::CashMovement}
            .contains(permission);
    case Role::Reception:
        return permission == Permission::RecordDeposit;
    }
    return false;
}

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private slots:
    void matrix_data();
    void matrix();
    void allPermissionsInDeclarationOrder();
    void keys_data();
    void keys();
    void keysUnique();
    void displayNamesUniqueAndNotEmpty();
    void supervisorChangesNothing();
    void permitsAtASite_data();
    void permitsAtASite();
    void administrators();
};

void TestPermissions::matrix_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<bool>("granted");

    for (const Role role : allRoles) {
        for (const Permission permission : allPermissions()) {
            QTest::addRow("%s/%s", qPrintable(toKey(role)), qPrintable(toKey(permission)))
                << role << permission << expected(role, permission);
        }
    }
}

void TestPermissions::matrix()
{
    QFETCH(Role, role);
    QFETCH(Permission, permission);
    QFETCH(bool, granted);

    QCOMPARE(roleHas(role, permission), granted);
}

void TestPermissions::allPermissionsInDeclarationOrder()
{
    const QList<Permission> &permissions = allPermissions();
    QCOMPARE(permissions.size(), int(Permission::ExportData) + 1);
    for (int i = 0; i < permissions.size(); ++i)
        QCOMPARE(int(permissions.at(i)), i);
    QCOMPARE(permissions.first(), Permission::OpenSession);
    QCOMPARE(permissions.last(), Permission::ExportData);
}

void TestPermissions::keys_data()
{
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<QString>("key");

    QTest::newRow("open-session") << Permission::OpenSession << QStringLiteral("open-session");
    QTest::newRow("close-session") << Permission::CloseSession << QStringLiteral("close-session");
    QTest::newRow("record-sale") << Permission::RecordSale << QStringLiteral("record-sale");
    QTest::newRow("cash-movement") << Permission::CashMovement << QStringLiteral("cash-movement");
    QTest::newRow("record-deposit")
        << Permission::RecordDeposit << QStringLiteral("record-deposit");
    QTest::newRow("override-price")
        << Permission::OverridePrice << QStringLiteral("override-price");
    QTest::newRow("override-weight")
        << Permission::OverrideWeight << QStringLiteral("override-weight");
    QTest::newRow("record-refund") << Permission::RecordRefund << QStringLiteral("record-refund");
    QTest::newRow("validate-variance")
        << Permission::ValidateVariance << QStringLiteral("validate-variance");
    QTest::newRow("open-drawer") << Permission::OpenDrawer << QStringLiteral("open-drawer");
    QTest::newRow("manage-users") << Permission::ManageUsers << QStringLiteral("manage-users");
    QTest::newRow("manage-categories")
        << Permission::ManageCategories << QStringLiteral("manage-categories");
    QTest::newRow("manage-settings")
        << Permission::ManageSettings << QStringLiteral("manage-settings");
    QTest::newRow("run-closings") << Permission::RunClosings << QStringLiteral("run-closings");
    QTest::newRow("view-reports") << Permission::ViewReports << QStringLiteral("view-reports");
    QTest::newRow("verify-integrity")
        << Permission::VerifyIntegrity << QStringLiteral("verify-integrity");
    QTest::newRow("export-data") << Permission::ExportData << QStringLiteral("export-data");
}

void TestPermissions::keys()
{
    QFETCH(Permission, permission);
    QFETCH(QString, key);

    QCOMPARE(toKey(permission), key);
}

void TestPermissions::keysUnique()
{
    static const QRegularExpression kebabCase(QStringLiteral("^[a-z]+(-[a-z]+)*$"));
    QSet<QString> keys;
    for (const Permission permission : allPermissions()) {
        const QString key = toKey(permission);
        QVERIFY2(kebabCase.match(key).hasMatch(), qPrintable(key));
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys.insert(key);
    }
    QCOMPARE(keys.size(), allPermissions().size());
}

void TestPermissions::displayNamesUniqueAndNotEmpty()
{
    QSet<QString> names;
    for (const Permission permission : allPermissions()) {
        const QString name = displayName(permission);
        QVERIFY2(!name.isEmpty(), qPrintable(toKey(permission)));
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
    }
    QCOMPARE(displayName(Permission::OpenSession), QStringLiteral("Open a cash session"));
}

void TestPermissions::supervisorChangesNothing()
{
    int granted = 0;
    for (const Permission permission : allPermissions())
        granted += roleHas(Role::Supervisor, permission) ? 1 : 0;
    QCOMPARE(granted, 2);
    QVERIFY(!roleHas(Role::Supervisor, Permission::RecordSale));
    QVERIFY(!roleHas(Role::Cashier, Permission::OverridePrice));
    QVERIFY(!roleHas(Role::Cashier, Permission::RecordRefund));
    QVERIFY(!roleHas(Role::Reception, Permission::RecordSale));
}

void TestPermissions::permitsAtASite_data()
{
    QTest::addColumn<QString>("userId");
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("actorSite");
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<bool>("permitted");

    const QString here = QStringLiteral("site-here");
    const QString there = QStringLiteral("site-there");
    const QString user = QStringLiteral("u1");
    QTest::newRow("admin of this site")
        << user << Role::Admin << here << Permission::ManageUsers << true;
    QTest::newRow("admin of another site")
        << user << Role::Admin << there << Permission::ManageUsers << false;
    QTest::newRow("super-admin of another site")
        << user << Role::SuperAdmin << there << Permission::ManageUsers << true;
    QTest::newRow("cashier sells here")
        << user << Role::Cashier << here << Permission::RecordSale << true;
    QTest::newRow("cashier cannot override a price")
        << user << Role::Cashier << here << Permission::OverridePrice << false;
    QTest::newRow("cashier of another site sells")
        << user << Role::Cashier << there << Permission::RecordSale << false;
    QTest::newRow("supervisor views reports")
        << user << Role::Supervisor << here << Permission::ViewReports << true;
    QTest::newRow("supervisor validates no variance")
        << user << Role::Supervisor << here << Permission::ValidateVariance << false;
    QTest::newRow("nobody signed in, admin role")
        << QString() << Role::Admin << here << Permission::ViewReports << false;
}

void TestPermissions::permitsAtASite()
{
    QFETCH(QString, userId);
    QFETCH(Role, role);
    QFETCH(QString, actorSite);
    QFETCH(Permission, permission);
    QFETCH(bool, permitted);
    const Actor actor{userId, QStringLiteral("Someone"), role, actorSite};
    QCOMPARE(permits(actor, permission, QStringLiteral("site-here")), permitted);
}

void TestPermissions::administrators()
{
    QVERIFY(isAdministrator(Role::SuperAdmin));
    QVERIFY(isAdministrator(Role::Admin));
    QVERIFY(!isAdministrator(Role::Supervisor));
    QVERIFY(!isAdministrator(Role::Cashier));
    QVERIFY(!isAdministrator(Role::Reception));
}

QTEST_APPLESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
