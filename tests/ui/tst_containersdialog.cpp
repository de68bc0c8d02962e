#include "core/outflows.h"
#include "core/store.h"
#include "tests/support/testshop.h"
#include "ui/admin/categoriespage.h"
#include "ui/admin/containersdialog.h"
#include "ui/common/mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace recaisse;

// « Contenants et tares »: what an administrator types goes through core's Containers (its
// rules, its rights, its audit); a refusal writes nothing and says why.
class TestContainersDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qApp->setStyleSheet(ui::MainWindow::styleSheet()); }

    void addChangeAndRemove()
    {
        auto shop = test::TestShop::create();
        QVERIFY(shop);
        core::Store &store = *shop->store;
        ui::ContainersDialog dialog(store, shop->admin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *table = child<QTableWidget>(dialog, "containersTable");
        auto *name = child<QLineEdit>(dialog, "containerNameField");
        auto *tare = child<QLineEdit>(dialog, "containerTareField");
        const int before = table->rowCount();
        const auto list = [&store] { return *core::Containers(store).list(); };
        const qsizetype stored = list().size();

        // Typed by keyboard: the name, Tab, the tare, then the Add button.
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Cage grillagee"));
        QTest::keyClick(name, Qt::Key_Tab);
        QVERIFY(tare->hasFocus());
        QTest::keyClicks(tare, QStringLiteral("abc"));
        QTest::mouseClick(child<QPushButton>(dialog, "addContainerButton"), Qt::LeftButton);
        QVERIFY(!dialog.error().isEmpty());
        QCOMPARE(list().size(), stored);
        // Above 1 t: core refuses it.
        tare->setText(QStringLiteral("1000,001"));
        QTest::mouseClick(child<QPushButton>(dialog, "addContainerButton"), Qt::LeftButton);
        QVERIFY(dialog.error().contains(QStringLiteral("1 000 kg")));
        QCOMPARE(list().size(), stored);
        tare->setText(QStringLiteral("12,5"));
        QTest::mouseClick(child<QPushButton>(dialog, "addContainerButton"), Qt::LeftButton);
        QVERIFY2(dialog.error().isEmpty(), qPrintable(dialog.error()));
        QCOMPARE(table->rowCount(), before + 1);
        QCOMPARE(test::auditCount(store, QStringLiteral("container.add")), 1);
        const QList<core::Container> afterAdd = list();
        const auto added = std::find_if(afterAdd.cbegin(), afterAdd.cend(),
            [](const core::Container &c) { return c.name == QLatin1String("Cage grillagee"); });
        QVERIFY(added != afterAdd.cend());
        QCOMPARE(added->tareGrams, 12500);
        // The same name again (whatever the case): refused.
        name->setText(QStringLiteral("cage GRILLAGEE"));
        QTest::mouseClick(child<QPushButton>(dialog, "addContainerButton"), Qt::LeftButton);
        QVERIFY(!dialog.error().isEmpty());
        QCOMPARE(list().size(), stored + 1);

        // The added one is selected: its tare changes to 13,25 kg.
        QCOMPARE(table->selectedItems().first()->text(), QStringLiteral("Cage grillagee"));
        tare->setText(QStringLiteral("13,25"));
        QTest::mouseClick(child<QPushButton>(dialog, "setTareButton"), Qt::LeftButton);
        QVERIFY2(dialog.error().isEmpty(), qPrintable(dialog.error()));
        QCOMPARE(core::Containers(store).find(added->id)->tareGrams, 13250);
        QCOMPARE(test::auditCount(store, QStringLiteral("container.tare")), 1);

        QTest::mouseClick(child<QPushButton>(dialog, "removeContainerButton"), Qt::LeftButton);
        QVERIFY2(dialog.error().isEmpty(), qPrintable(dialog.error()));
        QCOMPARE(list().size(), stored);
        QCOMPARE(table->rowCount(), before);
        QCOMPARE(test::auditCount(store, QStringLiteral("container.remove")), 1);
        QVERIFY(!child<QPushButton>(dialog, "removeContainerButton")->isEnabled());
    }

    void aCashierIsRefused()
    {
        auto shop = test::TestShop::create();
        QVERIFY(shop);
        ui::ContainersDialog dialog(*shop->store, shop->cashier);
        const qsizetype stored = core::Containers(*shop->store).list()->size();
        child<QLineEdit>(dialog, "containerNameField")->setText(QStringLiteral("Bac"));
        child<QLineEdit>(dialog, "containerTareField")->setText(QStringLiteral("2"));
        dialog.add();
        QVERIFY(!dialog.error().isEmpty());
        QCOMPARE(core::Containers(*shop->store).list()->size(), stored);
        QCOMPARE(test::auditCount(*shop->store, QStringLiteral("container.add")), 0);
    }

    void theCategoriesPageOpensIt()
    {
        auto shop = test::TestShop::create();
        QVERIFY(shop);
        ui::CategoriesPage page(*shop->store, shop->admin);
        auto *button = page.findChild<QPushButton *>(QStringLiteral("containersButton"));
        QVERIFY(button && button->isEnabled());
        ui::ContainersDialog *dialog = page.openContainers();
        QVERIFY(dialog);
        // Touch: the buttons are a finger high, as every button of the back office.
        for (const char *name : {"addContainerButton", "setTareButton", "removeContainerButton"})
            QVERIFY2(child<QPushButton>(*dialog, name)->sizeHint().height() >= 48, name);
        dialog->close();
    }

private:
    template<typename T>
    static T *child(const QWidget &parent, const char *name)
    {
        return parent.findChild<T *>(QLatin1String(name));
    }
};

QTEST_MAIN(TestContainersDialog)
#include "tst_containersdialog.moc"
