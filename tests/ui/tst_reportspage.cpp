// The "Scheduled reports" admin page: adding a report through its dialog, a refused recipient
// said on the page, suspend / remove, the supervisor's read-only view, and "Send a test" run in
// the background against a server that is not there (the answer is shown, the attempt logged).

#include "core/mail/mailaccount.h"
#include "core/mail/scheduledreports.h"
#include "core/store.h"
#include "tests/support/testshop.h"
#include "ui/admin/reportspage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTcpServer>
#include <QTest>

using namespace recaisse;
using core::mail::ScheduledReports;
using recaisse::test::TestShop;

class TestReportsPage : public QObject
{
    Q_OBJECT

private slots:
    void addEditSuspendRemove()
    {
        auto shop = TestShop::create();
        QVERIFY(shop);
        ui::ReportsPage page(*shop->store, shop->admin);
        page.refresh();
        QCOMPARE(page.table()->rowCount(), 0);

        QString recipients = QStringLiteral("gerant@lac.example, nobody");
        page.setDialogRunner([&recipients](QDialog &dialog) {
            auto &form = static_cast<ui::ReportDialog &>(dialog);
            form.nameEdit()->setText(QStringLiteral("Ventes"));
            form.typeBox()->setCurrentIndex(form.typeBox()->findData(QStringLiteral("kpi")));
            form.frequencyBox()->setCurrentIndex(
                form.frequencyBox()->findData(QStringLiteral("weekly")));
            form.recipientsEdit()->setText(recipients);
            form.formatBox()->setCurrentIndex(form.formatBox()->findData(QStringLiteral("xlsx")));
            return int(QDialog::Accepted);
        });
        page.addReport();
        QVERIFY2(page.messageLabel()->text().contains(QLatin1String("nobody")),
            qPrintable(page.messageLabel()->text()));
        QCOMPARE(page.table()->rowCount(), 0);

        recipients = QStringLiteral("gerant@lac.example, tresorier@lac.example");
        page.addReport();
        QCOMPARE(page.table()->rowCount(), 1);
        const auto stored = ScheduledReports(*shop->store).find(QStringLiteral("Ventes"));
        QVERIFY(stored);
        QCOMPARE(stored->frequency, QStringLiteral("weekly"));
        QCOMPARE(stored->format, QStringLiteral("xlsx"));
        QCOMPARE(stored->recipients.size(), 2);

        page.table()->selectRow(0);
        auto *toggle = page.findChild<QPushButton *>(QStringLiteral("toggleReportButton"));
        QVERIFY(toggle->isEnabled());
        toggle->click();
        QVERIFY(!ScheduledReports(*shop->store).find(QStringLiteral("Ventes"))->enabled);
        page.table()->selectRow(0);
        QCOMPARE(toggle->text(), ui::ReportsPage::tr("Resume"));
        page.findChild<QPushButton *>(QStringLiteral("removeReportButton"))->click();
        QCOMPARE(page.table()->rowCount(), 0);
    }

    void aSupervisorOnlyReads()
    {
        auto shop = TestShop::create();
        QVERIFY(shop);
        ui::ReportsPage page(*shop->store, shop->supervisor);
        page.refresh();
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("addReportButton"))->isEnabled());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("testMailButton"))->isEnabled());
    }

    void aTestMessageRunsInTheBackground()
    {
        auto shop = TestShop::create();
        QVERIFY(shop);
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const int port = closed.serverPort();
        closed.close();
        QVERIFY(core::mail::MailAccount::save(*shop->store, shop->admin,
            {QStringLiteral("127.0.0.1"), port, core::mail::SmtpSecurity::Plain, QString(),
                QStringLiteral("caisse@lac.example"), QString()},
            QString()));
        ui::ReportsPage page(*shop->store, shop->admin);
        page.refresh();
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("mailAccount"))
                    ->text()
                    .contains(QLatin1String("127.0.0.1")));

        page.testAddress()->setText(QStringLiteral("not an address"));
        page.sendTest();
        QVERIFY(!page.busy());
        QVERIFY(page.resultText().contains(QLatin1String("not a valid e-mail address")));

        page.testAddress()->setText(QStringLiteral("gerant@lac.example"));
        QSignalSpy finished(&page, &ui::ReportsPage::jobFinished);
        page.sendTest();
        QVERIFY(page.busy());
        QVERIFY(finished.wait(30000));
        QVERIFY2(page.resultText().contains(QLatin1String("cannot be reached")),
            qPrintable(page.resultText()));
        QCOMPARE(page.attemptsTable()->rowCount(), 1);
        // To look at the page: RECAISSE_TEST_GRABS=/some/folder keeps a render there.
        const QString keep = qEnvironmentVariable("RECAISSE_TEST_GRABS");
        if (!keep.isEmpty()) {
            page.resize(800, 680);
            QVERIFY(page.grab().save(keep + QStringLiteral("/reports-page.png")));
        }
    }
};

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
