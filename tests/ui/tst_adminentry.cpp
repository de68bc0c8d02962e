// The way into the back office from the home screen: F9 for admins and supervisors, nothing for
// the register's volunteers; the panel gets the pages the program adds and is dropped at log out.

#include "tests/support/testshop.h"
#include "ui/admin/adminpanel.h"
#include "ui/common/homescreen.h"
#include "ui/common/mainwindow.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace recaisse;

class TestAdminEntry : public QObject
{
    Q_OBJECT

private slots:
    void adminsAndSupervisorsEnterCashiersDoNot()
    {
        auto shop = test::TestShop::create();
        QVERIFY(shop);
        ui::MainWindow window(*shop->store);
        int setups = 0;
        window.setAdminPanelSetup([&setups](ui::AdminPanel &panel, const core::Actor &) {
            ++setups;
            panel.setSyncPage(new QLabel(QStringLiteral("sync page")));
        });
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        window.enter(shop->cashier);
        auto *button = window.homeScreen()->findChild<QPushButton *>(QStringLiteral("adminButton"));
        QVERIFY(button);
        QVERIFY(!button->isVisible());
        QTest::keyClick(window.homeScreen(), Qt::Key_F9);
        QVERIFY(!window.adminPanel());
        window.logOut();

        for (const core::Actor &actor : {shop->admin, shop->supervisor}) {
            window.enter(actor);
            QVERIFY(button->isVisible());
            QTest::mouseClick(button, Qt::LeftButton);
            QVERIFY(window.adminPanel());
            QCOMPARE(window.currentScreen(), window.adminPanel());
            QVERIFY(!window.adminPanel()->refused());
            QVERIFY(window.adminPanel()->showPage(QStringLiteral("sync")));
            window.logOut();
            QVERIFY(!window.adminPanel());
        }
        QCOMPARE(setups, 2);
    }
};

QTEST_MAIN(TestAdminEntry)
#include "tst_adminentry.moc"
