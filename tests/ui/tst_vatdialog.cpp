// The VAT status from the admin panel (issue 20): the dialog hands core a regime, a first day, a
// mention and a rate; core refuses a bad rate or a cashier with its reason and writes nothing.

#include "core/vat.h"
#include "tests/support/testshop.h"
#include "ui/admin/vatdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace recaisse;
using recaisse::test::auditCount;

class TestVatDialog : public QObject
{
    Q_OBJECT

private slots:
    void liableFromToday();
    void badRateAndCashierWriteNothing();
};

void TestVatDialog::liableFromToday()
{
    auto shop = test::TestShop::create();
    QVERIFY(shop);
    core::TillRules rules(*shop->store);
    ui::VatDialog dialog(*shop->store, shop->admin);
    auto *regime = dialog.findChild<QComboBox *>(QStringLiteral("vatRegime"));
    QCOMPARE(regime->currentData().toInt(), int(core::VatRegime::NotLiable));
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("vatRate"))->isEnabled());
    regime->setCurrentIndex(regime->findData(int(core::VatRegime::Liable)));
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("vatRate"))->isEnabled());
    dialog.findChild<QLineEdit *>(QStringLiteral("vatRate"))->setText(QStringLiteral("5,5"));
    QCOMPARE(dialog.findChild<QDateEdit *>(QStringLiteral("vatFrom"))->date(), QDate(2026, 3, 10));
    dialog.save();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const core::VatStatus now = rules.vatInForce(QDate(2026, 3, 10)).value();
    QCOMPARE(now.regime, core::VatRegime::Liable);
    QCOMPARE(now.defaultRateBp, 550);
    QCOMPARE(now.effectiveDay, QDate(2026, 3, 10));
    QCOMPARE(auditCount(*shop->store, QStringLiteral("vat.change")), 1);

    // The margin scheme takes its legal mention by default.
    ui::VatDialog margin(*shop->store, shop->admin);
    auto *marginRegime = margin.findChild<QComboBox *>(QStringLiteral("vatRegime"));
    marginRegime->setCurrentIndex(marginRegime->findData(int(core::VatRegime::Margin)));
    QCOMPARE(margin.findChild<QLineEdit *>(QStringLiteral("vatMention"))->text(),
        core::VatStatus::defaultMention(core::VatRegime::Margin));
}

void TestVatDialog::badRateAndCashierWriteNothing()
{
    auto shop = test::TestShop::create();
    QVERIFY(shop);
    core::TillRules rules(*shop->store);
    const qsizetype before = rules.vatHistory().value().size();
    {
        ui::VatDialog dialog(*shop->store, shop->admin);
        auto *regime = dialog.findChild<QComboBox *>(QStringLiteral("vatRegime"));
        regime->setCurrentIndex(regime->findData(int(core::VatRegime::Liable)));
        dialog.findChild<QLineEdit *>(QStringLiteral("vatRate"))->setText(QStringLiteral("150"));
        dialog.save();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->text().isEmpty());
    }
    {
        ui::VatDialog dialog(*shop->store, shop->cashier);
        dialog.save();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->text().isEmpty());
    }
    QCOMPARE(rules.vatHistory().value().size(), before);
    QCOMPARE(auditCount(*shop->store, QStringLiteral("vat.change")), 0);
}

QTEST_MAIN(TestVatDialog)
#include "tst_vatdialog.moc"
