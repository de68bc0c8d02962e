// The « Notifications » admin page: an event chosen in the list, switched on with its
// recipients, quiet hours and thresholds, saved through core (a chat id off the whitelist is
// refused on the page), the messages' log, the panel's entry, and the supervisor's read-only view.

#include "core/admin/useradmin.h"
#include "core/notify/notifications.h"
#include "core/store.h"
#include "tests/support/testshop.h"
#include "ui/admin/adminpanel.h"
#include "ui/admin/notificationspage.h"

#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>

using namespace recaisse;
using core::notify::EventType;
using core::notify::Notifications;
using recaisse::test::TestShop;

class TestNotificationsPage : public QObject
{
    Q_OBJECT

private slots:
    void anEventIsSwitchedOnWithItsRecipients()
    {
        auto shop = TestShop::create();
        QVERIFY(shop);
        QVERIFY(core::UserAdministration(*shop->store)
                    .setTelegramId(shop->admin, shop->admin.userId, QStringLiteral("123456")));
        ui::NotificationsPage page(*shop->store, shop->admin);
        page.refresh();
        QCOMPARE(page.table()->rowCount(), int(Notifications::eventTypes().size()));
        page.select(1); // repeated variances
        QVERIFY(page.windowBox()->isVisibleTo(&page));
        page.enabledBox()->setChecked(true);
        page.telegramEdit()->setText(QStringLiteral("999999"));
        page.save();
        QVERIFY2(page.messageLabel()->text().contains(QLatin1String("999999")),
            qPrintable(page.messageLabel()->text()));
        QVERIFY(!Notifications(*shop->store).rule(EventType::RepeatedVariances)->enabled);

        page.telegramEdit()->setText(QStringLiteral("123456"));
        page.emailsEdit()->setText(QStringLiteral("gerant@lac.example, tresorier@lac.example"));
        page.quietBox()->setChecked(true);
        page.quietFromEdit()->setTime(QTime(21, 30));
        page.quietToEdit()->setTime(QTime(8, 0));
        page.thresholdBox()->setValue(4);
        page.windowBox()->setValue(14);
        page.findChild<QPushButton *>(QStringLiteral("notificationSave"))->click();
        const auto rule = Notifications(*shop->store).rule(EventType::RepeatedVariances);
        QVERIFY(rule->enabled);
        QCOMPARE(rule->telegramChats, QStringList{QStringLiteral("123456")});
        QCOMPARE(rule->emails.size(), 2);
        QCOMPARE(rule->quietFrom, QTime(21, 30));
        QCOMPARE(rule->quietTo, QTime(8, 0));
        QCOMPARE(rule->threshold, 4);
        QCOMPARE(rule->windowDays, 14);
        QCOMPARE(page.table()->item(1, 1)->text(), ui::NotificationsPage::tr("yes"));
        QCOMPARE(page.table()->item(1, 2)->text(),
            QStringLiteral("123456, gerant@lac.example, tresorier@lac.example"));
        QCOMPARE(page.table()->item(1, 3)->text(), QStringLiteral("21:30 to 08:00"));

        // The first event has no threshold of its own: its fields are hidden.
        page.select(0);
        QVERIFY(!page.thresholdBox()->isVisibleTo(&page));
        QVERIFY(page.telegramEdit()->text().isEmpty());
    }

    void theEventsFitA1024x768ScreenWithoutScrollingSideways()
    {
        auto shop = TestShop::create();
        QVERIFY(shop);
        QVERIFY(core::UserAdministration(*shop->store)
                    .setTelegramId(shop->admin, shop->admin.userId, QStringLiteral("123456")));
        core::notify::EventRule rule = Notifications::defaults(EventType::RefundsHigh);
        rule.enabled = true;
        rule.telegramChats = {QStringLiteral("123456")};
        rule.emails = {QStringLiteral("responsable.du.magasin@ressourcerie-du-lac.example"),
            QStringLiteral("tresorier.association@ressourcerie-du-lac.example")};
        rule.quietFrom = QTime(22, 0);
        rule.quietTo = QTime(7, 0);
        QVERIFY(Notifications(*shop->store).setRule(shop->admin, rule));
        ui::AdminPanel panel(*shop->store, shop->admin);
        panel.resize(1024, 768);
        panel.show();
        QVERIFY(panel.showPage(QStringLiteral("notifications")));
        QApplication::processEvents();
        QTableWidget *table = panel.notificationsPage()->table();
        QCOMPARE(table->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
        QVERIFY2(table->horizontalHeader()->length() <= table->viewport()->width(),
            qPrintable(QStringLiteral("%1 > %2")
                           .arg(table->horizontalHeader()->length())
                           .arg(table->viewport()->width())));
        // Every row shown whole: the table does not scroll down either.
        QCOMPARE(table->verticalScrollBar()->maximum(), 0);
        // The long recipients wrap on several lines of their row, whole in its tooltip.
        const int row = int(Notifications::eventTypes().indexOf(EventType::RefundsHigh));
        QVERIFY(table->rowHeight(row) > table->rowHeight(0));
        QVERIFY(table->item(row, 2)->toolTip().contains(
            QLatin1String("tresorier.association@ressourcerie-du-lac.example")));
    }

    void thePanelHasThePageAndASupervisorOnlyReads()
    {
        auto shop = TestShop::create();
        QVERIFY(shop);
        ui::AdminPanel panel(*shop->store, shop->supervisor);
        QVERIFY(panel.showPage(QStringLiteral("notifications")));
        QCOMPARE(panel.currentPage(), QStringLiteral("notifications"));
        ui::NotificationsPage *page = panel.notificationsPage();
        QVERIFY(page);
        QVERIFY(!page->enabledBox()->isEnabled());
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("notificationSave"))->isEnabled());
    }
};

QTEST_MAIN(TestNotificationsPage)
#include "tst_notificationspage.moc"
