// Cheques at the till and at the bank (issue 20): the payment step takes a cheque's bank and
// number; the admin panel's Cheques page lists the cheques not deposited, makes a slip of those
// selected and saves its PDF, then saves it again from the slips' list; a supervisor only reads.

#include "core/cashsession.h"
#include "core/chequeslips.h"
#include "core/money.h"
#include "core/sales.h"
#include "tests/support/testshop.h"
#include "ui/admin/chequespage.h"
#include "ui/cashier/paymentdialog.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace recaisse;
using recaisse::test::auditCount;

class TestChequesPage : public QObject
{
    Q_OBJECT

private slots:
    void paymentTakesBankAndNumber();
    void depositSelectedCheques();
    void supervisorOnlyReads();
    void accountingExportAsksBeforeAgain();
};

void TestChequesPage::paymentTakesBankAndNumber()
{
    ui::PaymentDialog dialog(3000);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *box = dialog.findChild<QWidget *>(QStringLiteral("chequeBox"));
    auto *bank = dialog.findChild<QLineEdit *>(QStringLiteral("chequeBankField"));
    auto *number = dialog.findChild<QLineEdit *>(QStringLiteral("chequeNumberField"));
    auto *amount = dialog.findChild<QLineEdit *>(QStringLiteral("amountField"));
    QVERIFY(box && bank && number && amount);
    QVERIFY(!box->isVisible()); // cash first: no bank to type
    // Cheque (F3), then 20,00 € from the amount, Tab to the bank, Tab to the number, Enter.
    dialog.findChild<QPushButton *>(QStringLiteral("chequeButton"))->click();
    QCOMPARE(dialog.method(), core::PaymentMethod::Cheque);
    QVERIFY(box->isVisible());
    amount->selectAll();
    QTest::keyClicks(amount, QStringLiteral("20"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), bank);
    QTest::keyClicks(bank, QStringLiteral("Banque Populaire"));
    QTest::keyClick(bank, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), number);
    QTest::keyClicks(number, QStringLiteral("4455667"));
    QTest::keyClick(number, Qt::Key_Return);
    QCOMPARE(dialog.payments().size(), 1);
    QCOMPARE(dialog.payments().first().chequeBank, QStringLiteral("Banque Populaire"));
    QCOMPARE(dialog.payments().first().chequeNumber, QStringLiteral("4455667"));
    // The next cheque starts blank; the rest paid without bank nor number.
    QVERIFY(bank->text().isEmpty());
    QTest::keyClick(amount, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.payments().size(), 2);
    QCOMPARE(dialog.payments().at(1).amountCents, 1000);
    QVERIFY(dialog.payments().at(1).chequeNumber.isEmpty());
}

void TestChequesPage::depositSelectedCheques()
{
    auto shop = test::TestShop::create();
    QVERIFY(shop);
    core::Store &store = *shop->store;
    core::CashSessions sessions(store);
    QVERIFY(sessions.open(shop->cashier, 0).ok());
    for (const auto &[cents, bank, number] :
        {std::tuple{1500, "BNP Paribas", "111"}, std::tuple{800, "", ""}}) {
        core::SaleDraft draft{{core::SaleLineDraft{QStringLiteral("livres.livre"), 1, cents, {}}},
            {{core::PaymentMethod::Cheque, cents, QString::fromUtf8(bank),
                QString::fromUtf8(number)}}};
        QVERIFY(core::Sales(store).record(shop->cashier, draft).ok());
    }
    QVERIFY(sessions.close(shop->cashier, core::CloseRequest{{{1, 0}}, {}, {}}).ok());

    QTemporaryDir dir;
    QStringList asked;
    ui::ChequesPage page(store, shop->admin);
    page.setFileChooser([&](const QString &proposed) {
        asked << proposed;
        return dir.filePath(proposed);
    });
    page.resize(1000, 700);
    page.show();
    page.refresh();
    QCOMPARE(page.pending().size(), 2);
    QTableWidget *table = page.pendingTable();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("CAISSE1"));
    QCOMPARE(table->item(0, 3)->text(), core::money::format(1500));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("BNP Paribas"));
    QCOMPARE(table->item(0, 5)->text(), QStringLiteral("111"));

    // The first cheque alone on a slip, its PDF saved.
    table->selectRow(0);
    page.findChild<QPushButton *>(QStringLiteral("remitChequesButton"))->click();
    QCOMPARE(asked, QStringList{QStringLiteral("slip-CAISSE1-B000001.pdf")});
    QFile pdf(dir.filePath(asked.first()));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.readAll().startsWith("%PDF"));
    QVERIFY(page.messageLabel()->text().contains(QStringLiteral("CAISSE1-B000001")));
    QCOMPARE(page.pending().size(), 1);
    QCOMPARE(page.pending().first().amountCents, 800);
    QCOMPARE(page.slipsTable()->rowCount(), 1);
    QCOMPARE(auditCount(store, QStringLiteral("cheque.remit")), 1);

    // Saved again from the list of slips.
    QFile::remove(dir.filePath(asked.first()));
    page.slipsTable()->selectRow(0);
    page.findChild<QPushButton *>(QStringLiteral("saveSlipButton"))->click();
    QVERIFY(QFile::exists(dir.filePath(asked.first())));
    // Nothing selected: every cheque left.
    table->clearSelection();
    page.findChild<QPushButton *>(QStringLiteral("remitChequesButton"))->click();
    QVERIFY(page.pending().isEmpty());
    QCOMPARE(page.slipsTable()->rowCount(), 2);
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("remitChequesButton"))->isEnabled());
}

void TestChequesPage::supervisorOnlyReads()
{
    auto shop = test::TestShop::create();
    QVERIFY(shop);
    ui::ChequesPage page(*shop->store, shop->supervisor);
    page.refresh();
    QVERIFY(page.messageLabel()->text().isEmpty());
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("remitChequesButton"))->isEnabled());
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("saveSlipButton"))->isEnabled());
}

void TestChequesPage::accountingExportAsksBeforeAgain()
{
    auto shop = test::TestShop::create();
    QVERIFY(shop);
    core::Store &store = *shop->store;
    core::CashSessions sessions(store);
    QVERIFY(sessions.open(shop->cashier, 0).ok());
    core::SaleDraft draft{{core::SaleLineDraft{QStringLiteral("livres.livre"), 1, 400, {}}},
        {{core::PaymentMethod::Card, 400}}};
    QVERIFY(core::Sales(store).record(shop->cashier, draft).ok());
    QVERIFY(sessions.close(shop->cashier, core::CloseRequest{{{1, 0}}, {}, {}}).ok());

    QTemporaryDir dir;
    QStringList saved;
    QStringList asked;
    bool answer = false;
    ui::ChequesPage page(store, shop->admin);
    page.setFileChooser([&](const QString &proposed) {
        saved << proposed;
        return dir.filePath(proposed);
    });
    page.setConfirmation([&](const QString &question) {
        asked << question;
        return answer;
    });
    page.setExportDays(store.today(), store.today());
    auto *exportButton = page.findChild<QPushButton *>(QStringLiteral("accountingExportButton"));
    QVERIFY(exportButton->isEnabled());

    // The first export asks nothing.
    exportButton->click();
    QVERIFY(asked.isEmpty());
    QCOMPARE(saved.size(), 1);
    QFile csv(dir.filePath(saved.first()));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readAll().startsWith("date;journal;piece;account;label;debit;credit\n"));
    QCOMPARE(auditCount(store, QStringLiteral("export.accounting")), 1);

    // The same day again: asked; "no" exports nothing.
    exportButton->click();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(auditCount(store, QStringLiteral("export.accounting.again")), 0);
    // "Yes": exported again, audited as such.
    answer = true;
    exportButton->click();
    QCOMPARE(asked.size(), 2);
    QCOMPARE(saved.size(), 2);
    QCOMPARE(auditCount(store, QStringLiteral("export.accounting.again")), 1);
    QCOMPARE(auditCount(store, QStringLiteral("export.accounting")), 1);
}

QTEST_MAIN(TestChequesPage)
#include "tst_chequespage.moc"
