// The admin panel's member register (issue 20): search, the memberships to renew, registering,
// and the personal-data rights: the export writes what core gives, the erasure asks twice and
// leaves the fees; a supervisor may do none of it.

#include "core/cashsession.h"
#include "core/members.h"
#include "tests/support/testshop.h"
#include "ui/admin/memberspage.h"

#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace recaisse;
using recaisse::test::auditCount;

class TestMembersPage : public QObject
{
    Q_OBJECT

private slots:
    void searchRenewExportErase();
    void supervisorOnlyReads();
};

void TestMembersPage::searchRenewExportErase()
{
    auto shop = test::TestShop::create();
    QVERIFY(shop);
    core::Store &store = *shop->store;
    QVERIFY(core::CashSessions(store).open(shop->cashier, 0).ok());
    core::Members members(store);
    const core::Member dominique =
        members.create(shop->cashier, QStringLiteral("Dominique Lapierre"), {}).value();
    const core::Member alix =
        members.create(shop->cashier, QStringLiteral("Alix Martin"), {}).value();
    // Dominique paid today (until 9 March 2027); Alix never paid.
    QVERIFY(members.recordFee(shop->cashier, {dominique.id, core::PaymentMethod::Cash, 1500}).ok());

    ui::MembersPage page(store, shop->admin);
    page.resize(1000, 700);
    page.refresh();
    QCOMPARE(page.shown().size(), 2); // everyone, by name
    QCOMPARE(page.shown().first().name, QStringLiteral("Alix Martin"));
    page.findChild<QLineEdit *>(QStringLiteral("memberSearchField"))
        ->setText(QStringLiteral("lapi"));
    QCOMPARE(page.shown().size(), 1);
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("membersTable"));
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("CAISSE1-1"));
    QCOMPARE(
        table->item(0, 4)->text(), QLocale().toString(QDate(2027, 3, 9), QLocale::ShortFormat));

    // To renew within 30 days: nobody today; a year later, Dominique.
    page.findChild<QLineEdit *>(QStringLiteral("memberSearchField"))->clear();
    page.findChild<QCheckBox *>(QStringLiteral("renewalsBox"))->setChecked(true);
    QCOMPARE(page.shown().size(), 0);
    shop->clock.advanceSecs(qint64(340) * 24 * 3600);
    page.refresh();
    QCOMPARE(page.shown().size(), 1);
    QCOMPARE(page.shown().first().id, dominique.id);
    page.findChild<QCheckBox *>(QStringLiteral("renewalsBox"))->setChecked(false);

    // Registering from the page.
    page.findChild<QLineEdit *>(QStringLiteral("newMemberName"))->setText(QStringLiteral("Sacha"));
    page.registerMember();
    QCOMPARE(page.shown().size(), 1);
    QCOMPARE(page.shown().first().number, QStringLiteral("CAISSE1-3"));

    // Export Dominique's data to a file.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dominique.json"));
    QString proposed;
    page.setFileChooser([&](const QString &name) {
        proposed = name;
        return path;
    });
    page.findChild<QLineEdit *>(QStringLiteral("memberSearchField"))
        ->setText(QStringLiteral("Dominique"));
    page.selectRow(0);
    page.exportSelected();
    QVERIFY(proposed.contains(QStringLiteral("CAISSE1-1")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject data = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(data.value(QStringLiteral("name")).toString(), QStringLiteral("Dominique Lapierre"));
    QCOMPARE(data.value(QStringLiteral("membership_fees")).toArray().size(), 1);
    QCOMPARE(auditCount(store, QStringLiteral("member.export")), 1);

    // Erase: asked twice.
    page.eraseSelected();
    QCOMPARE(auditCount(store, QStringLiteral("member.erase")), 0);
    QCOMPARE(page.shown().size(), 1);
    page.eraseSelected();
    QCOMPARE(auditCount(store, QStringLiteral("member.erase")), 1);
    QCOMPARE(page.shown().size(), 0);
    QCOMPARE(members.find(dominique.id).error().code, core::ErrorCode::NotFound);
    QVERIFY(members.find(alix.id).ok());
}

void TestMembersPage::supervisorOnlyReads()
{
    auto shop = test::TestShop::create();
    QVERIFY(shop);
    QVERIFY(core::Members(*shop->store).create(shop->cashier, QStringLiteral("Alix"), {}).ok());
    ui::MembersPage page(*shop->store, shop->supervisor);
    page.refresh();
    QCOMPARE(page.shown().size(), 1);
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("memberExportButton"))->isEnabled());
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("memberEraseButton"))->isEnabled());
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("registerMemberButton"))->isEnabled());
    // Core refuses even when asked directly.
    page.selectRow(0);
    page.eraseSelected();
    page.eraseSelected();
    QVERIFY(core::Members(*shop->store).find(page.shown().first().id).ok());
}

QTEST_MAIN(TestMembersPage)
#include "tst_memberspage.moc"
