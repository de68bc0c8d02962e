// The account plan dialog (issue 20): a revenue account typed beside a category is saved in the
// site's plan through core, which refuses a bad one with its reason and keeps the plan.

#include "core/accounting.h"
#include "tests/support/testshop.h"
#include "ui/admin/accountplandialog.h"

#include <QLabel>
#include <QTableWidget>
#include <QTest>

using namespace recaisse;

class TestAccountPlanDialog : public QObject
{
    Q_OBJECT

private slots:
    void revenueAccountPerCategory();
};

void TestAccountPlanDialog::revenueAccountPerCategory()
{
    auto shop = test::TestShop::create();
    QVERIFY(shop);
    ui::AccountPlanDialog dialog(*shop->store, shop->admin);
    QTableWidget *table = dialog.categoryTable();
    int books = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(Qt::UserRole).toString() == QLatin1String("livres"))
            books = row;
    }
    QVERIFY(books >= 0);
    QVERIFY(table->item(books, 1)->text().isEmpty());

    table->item(books, 1)->setText(QStringLiteral("70 71"));
    dialog.save();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->text().isEmpty());
    QVERIFY(core::AccountingExport::sitePlan(*shop->store)->categoryAccounts.isEmpty());

    table->item(books, 1)->setText(QStringLiteral("7071"));
    dialog.save();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const core::AccountPlan plan = core::AccountingExport::sitePlan(*shop->store).value();
    QCOMPARE(plan.categoryAccounts,
        (QMap<QString, QString>{{QStringLiteral("livres"), QStringLiteral("7071")}}));
    // Shown again when the dialog opens.
    ui::AccountPlanDialog again(*shop->store, shop->admin);
    QCOMPARE(again.categoryTable()->item(books, 1)->text(), QStringLiteral("7071"));
}

QTEST_MAIN(TestAccountPlanDialog)
#include "tst_accountplandialog.moc"
