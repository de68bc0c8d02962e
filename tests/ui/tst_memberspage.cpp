// The admin panel's member register (issue 20): search, the memberships to renew, registering,
// and the personal-data rights: the export writes what core gives, the erasure asks twice and
// leaves the fees; a supervisor may do none of it.

#include "core/cashsession.h"
#include "core/members.h"
#include "core/money.h"
#include "core/sales.h"
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
    void theSelectedMembersPurchases();
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

// The selected member's tickets under the list, from core::Members::purchases (the query of
// `recaisse-cli member purchases`), with their total; read by whoever sees the register.
void TestMembersPage::theSelectedMembersPurchases()
{
    auto shop = test::TestShop::create();
    QVERIFY(shop);
    core::Store &store = *shop->store;
    QVERIFY(core::CashSessions(store).open(shop->cashier, 0).ok());
    core::Members members(store);
    const core::Member camille =
        members.create(shop->cashier, QStringLiteral("Camille Vasseur"), {}).value();
    const core::Member alix =
        members.create(shop->cashier, QStringLiteral("Alix Martin"), {}).value();
    QVERIFY(members.recordFee(shop->cashier, {camille.id, core::PaymentMethod::Cash, 1000}).ok());
    core::Sales sales(store);
    // A: 2 books at 3,00 € = 6,00 € in cash. B: 12,50 € of books at the members' −20 %: 2,50 €
    // off, 10,00 € by card. Then one book of A back: 3,00 €.
    core::SaleDraft plain{{{QStringLiteral("livres.livre"), 2, 300, std::nullopt}},
        {{core::PaymentMethod::Cash, 600}}};
    plain.memberId = camille.id;
    const auto saleA = sales.record(shop->cashier, plain);
    QVERIFY2(saleA.ok(), qPrintable(saleA.error().message));
    core::SaleDraft discounted{{{QStringLiteral("livres.livre"), 1, 1250, std::nullopt}},
        {{core::PaymentMethod::Card, 1000}},
        core::Discount{core::DiscountKind::Percent, 2000, QStringLiteral("Adhérent"), true}};
    discounted.memberId = camille.id;
    const auto saleB = sales.record(shop->cashier, discounted);
    QVERIFY2(saleB.ok(), qPrintable(saleB.error().message));
    QVERIFY(sales
                .refund(shop->admin,
                    core::RefundDraft{saleA->stamp.number, {{1, 1}}, core::PaymentMethod::Cash,
                        QStringLiteral("Abîmé")})
                .ok());

    for (const core::Actor &reader : {shop->admin, shop->supervisor}) {
        ui::MembersPage page(store, reader);
        page.resize(1000, 700);
        page.show();
        page.refresh();
        auto *button = page.findChild<QPushButton *>(QStringLiteral("memberPurchasesButton"));
        QVERIFY(button->isEnabled());
        auto *box = page.findChild<QWidget *>(QStringLiteral("memberPurchases"));
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("memberPurchasesTable"));
        auto *total = page.findChild<QLabel *>(QStringLiteral("memberPurchasesTotal"));
        // Nobody chosen: said, nothing shown.
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!box->isVisible());
        QVERIFY(!page.messageLabel()->text().isEmpty());

        QCOMPARE(page.shown().at(1).id, camille.id); // by name: Alix, Camille
        page.selectRow(1);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(box->isVisible());
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 1)->text(), saleA->stamp.number);
        QCOMPARE(table->item(0, 2)->text(), core::money::format(600));
        QCOMPARE(table->item(0, 4)->text(), core::money::format(300));
        QCOMPARE(table->item(1, 1)->text(), saleB->stamp.number);
        QCOMPARE(table->item(1, 2)->text(), core::money::format(1000));
        QCOMPARE(table->item(1, 3)->text(), core::money::format(250));
        // 6,00 + 10,00 = 16,00 € paid, 2,50 € off, 3,00 € back: 13,00 € net.
        for (const qint64 cents : {1600, 250, 300, 1300})
            QVERIFY2(total->text().contains(core::money::format(cents)), qPrintable(total->text()));
        QVERIFY2(total->text().startsWith(QStringLiteral("2 ")), qPrintable(total->text()));

        // Alix bought nothing; choosing another member hides the list.
        page.selectRow(0);
        QVERIFY(!box->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(!total->text().isEmpty());
        QVERIFY(!total->text().contains(QLatin1Char('2')));
    }
    // The register's page for someone who may not read reports: no purchases.
    ui::MembersPage cashierPage(store, shop->cashier);
    QVERIFY(!cashierPage.findChild<QPushButton *>(QStringLiteral("memberPurchasesButton"))
                 ->isEnabled());
    QCOMPARE(alix.number, QStringLiteral("CAISSE1-2"));
}

QTEST_MAIN(TestMembersPage)
#include "tst_memberspage.moc"
