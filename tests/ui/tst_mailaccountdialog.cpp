// The mail account's form (admin panel, « Rapports programmés » page): saved with its password in
// the keychain (a private gnome-keyring, tests/support/with-keyring.sh), the password never shown
// back and kept when left empty, a test e-mail sent through the form's settings before they are
// saved (a small SMTP server in the test checks the AUTH it receives carries the kept password),
// the refusals said in one sentence, and a supervisor who only reads.

#include "core/mail/mailaccount.h"
#include "core/sync/secrets.h"
#include "core/users.h"
#include "tests/support/hostiledrive.h"
#include "tests/support/memoryremote.h"
#include "tests/support/testshop.h"
#include "ui/admin/mailaccountdialog.h"
#include "ui/admin/reportspage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace recaisse;
using core::mail::MailAccount;
using core::sync::SecretStore;
using recaisse::test::TestShop;

namespace {

// Just enough SMTP for libcurl: EHLO with AUTH PLAIN, MAIL, RCPT, DATA, QUIT. Remembers the
// decoded AUTH PLAIN credentials and the message.
class TinySmtp : public QObject
{
public:
    QTcpServer server;
    QByteArray auth; // "\0user\0password"
    QByteArray message;

    TinySmtp()
    {
        connect(&server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = server.nextPendingConnection();
            socket->setParent(this);
            socket->write("220 tiny ESMTP\r\n");
            auto inData = std::make_shared<bool>(false);
            auto authNext = std::make_shared<bool>(false); // AUTH PLAIN without its response
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, inData, authNext] {
                while (socket->canReadLine()) {
                    const QByteArray line = socket->readLine();
                    if (*authNext) {
                        *authNext = false;
                        auth = QByteArray::fromBase64(line.trimmed());
                        socket->write("235 ok\r\n");
                        continue;
                    }
                    if (*inData) {
                        if (line == ".\r\n") {
                            *inData = false;
                            socket->write("250 queued\r\n");
                        } else {
                            message += line;
                        }
                        continue;
                    }
                    const QByteArray verb = line.left(4).toUpper();
                    if (verb == "EHLO")
                        socket->write("250-tiny\r\n250 AUTH PLAIN\r\n");
                    else if (verb == "AUTH") {
                        const QByteArray response = line.mid(11).trimmed();
                        if (response.isEmpty()) {
                            *authNext = true;
                            socket->write("334 \r\n");
                        } else {
                            auth = QByteArray::fromBase64(response);
                            socket->write("235 ok\r\n");
                        }
                    } else if (verb == "DATA") {
                        *inData = true;
                        socket->write("354 go\r\n");
                    } else if (verb == "QUIT") {
                        socket->write("221 bye\r\n");
                        socket->disconnectFromHost();
                    } else {
                        socket->write("250 ok\r\n");
                    }
                }
            });
        });
    }
};

} // namespace

class TestMailAccountDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(
            SecretStore::available(), "no keychain: run through tests/support/with-keyring.sh");
    }

    void savedWithThePasswordInTheKeychain()
    {
        auto shop = TestShop::create();
        QVERIFY(shop);
        ui::MailAccountDialog dialog(*shop->store, shop->admin);
        QVERIFY(dialog.hostEdit()->text().isEmpty());
        dialog.hostEdit()->setText(QStringLiteral("smtp.lac.example"));
        dialog.securityBox()->setCurrentIndex(
            dialog.securityBox()->findData(QStringLiteral("tls")));
        QCOMPARE(dialog.portBox()->value(), 465); // the usual port follows the security
        dialog.userEdit()->setText(QStringLiteral("caisse"));
        dialog.fromEdit()->setText(QStringLiteral("caisse@lac.example"));

        // A login without a password, nothing kept yet: refused, said in one sentence.
        QSignalSpy finished(&dialog, &ui::MailAccountDialog::jobFinished);
        dialog.save();
        QVERIFY(finished.wait(20000));
        QCOMPARE(dialog.resultLabel()->text(),
            MailAccount::tr("Type the password of the mail account."));
        QVERIFY(!dialog.saved());

        dialog.passwordEdit()->setText(QStringLiteral("s3cret-mail"));
        dialog.save();
        QVERIFY(finished.wait(20000));
        QVERIFY2(dialog.saved(), qPrintable(dialog.resultLabel()->text()));
        QVERIFY(dialog.passwordEdit()->text().isEmpty()); // not left on screen
        const auto stored = MailAccount::load(*shop->store);
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->host, QStringLiteral("smtp.lac.example"));
        QCOMPARE((*stored)->port, 465);
        QCOMPARE(toKey((*stored)->security), QStringLiteral("tls"));
        QCOMPARE((*stored)->user, QStringLiteral("caisse"));
        QCOMPARE(*SecretStore::read(MailAccount::secretKey(*shop->store)),
            QStringLiteral("s3cret-mail"));

        // Opened again: everything but the password, which is said to be kept.
        ui::MailAccountDialog again(*shop->store, shop->admin);
        QCOMPARE(again.hostEdit()->text(), QStringLiteral("smtp.lac.example"));
        QCOMPARE(again.userEdit()->text(), QStringLiteral("caisse"));
        QVERIFY(again.passwordEdit()->text().isEmpty());
        QVERIFY(!again.passwordEdit()->placeholderText().isEmpty());
        QCOMPARE(again.passwordEdit()->echoMode(), QLineEdit::Password);
        // Saved with the password left empty: the kept one stays.
        again.fromEdit()->setText(QStringLiteral("boutique@lac.example"));
        QSignalSpy againFinished(&again, &ui::MailAccountDialog::jobFinished);
        again.save();
        QVERIFY(againFinished.wait(20000));
        QVERIFY2(again.saved(), qPrintable(again.resultLabel()->text()));
        QCOMPARE(*SecretStore::read(MailAccount::secretKey(*shop->store)),
            QStringLiteral("s3cret-mail"));
        QCOMPARE((*MailAccount::load(*shop->store))->from, QStringLiteral("boutique@lac.example"));
        // Another login with no password: the kept one is not given to someone else.
        again.userEdit()->setText(QStringLiteral("autre"));
        again.save();
        QVERIFY(againFinished.wait(20000));
        QCOMPARE(
            again.resultLabel()->text(), MailAccount::tr("Type the password of the mail account."));
        QCOMPARE((*MailAccount::load(*shop->store))->user, QStringLiteral("caisse"));
    }

    void aTestEmailThroughTheFormBeforeSaving()
    {
        auto shop = TestShop::create();
        QVERIFY(shop);
        TinySmtp smtp;
        QVERIFY(smtp.server.listen(QHostAddress::LocalHost));
        QVERIFY(MailAccount::save(*shop->store, shop->admin,
            {QStringLiteral("127.0.0.1"), int(smtp.server.serverPort()),
                core::mail::SmtpSecurity::Plain, QStringLiteral("caisse"),
                QStringLiteral("caisse@lac.example"), QString()},
            QStringLiteral("kept-password")));

        ui::MailAccountDialog dialog(*shop->store, shop->admin);
        QSignalSpy finished(&dialog, &ui::MailAccountDialog::jobFinished);
        dialog.testAddress()->setText(QStringLiteral("pas une adresse"));
        dialog.sendTest();
        QVERIFY(!dialog.busy());
        QVERIFY(dialog.resultLabel()->text().contains(QLatin1String("pas une adresse")));

        // The sender changed in the form, not saved: the test goes with the form's sender and
        // the password the keychain keeps.
        dialog.fromEdit()->setText(QStringLiteral("essai@lac.example"));
        dialog.testAddress()->setText(QStringLiteral("gerant@lac.example"));
        dialog.findChild<QPushButton *>(QStringLiteral("mailTestButton"))->click();
        QVERIFY(dialog.busy());
        QVERIFY(finished.wait(30000));
        QCOMPARE(dialog.resultLabel()->text(),
            ui::MailAccountDialog::tr(
                "Test e-mail sent to %1: the server accepted it. Check that it arrived.")
                .arg(QStringLiteral("gerant@lac.example")));
        QCOMPARE(smtp.auth, QByteArray("\0caisse\0kept-password", 21));
        QVERIFY(smtp.message.contains("From: essai@lac.example"));
        QCOMPARE((*MailAccount::load(*shop->store))->from, QStringLiteral("caisse@lac.example"));

        // A server that is not there: the answer says so.
        const quint16 port = smtp.server.serverPort();
        smtp.server.close();
        dialog.portBox()->setValue(port);
        dialog.sendTest();
        QVERIFY(finished.wait(30000));
        QVERIFY2(dialog.resultLabel()->text().contains(QLatin1String("cannot be reached")),
            qPrintable(dialog.resultLabel()->text()));
    }

    void aSupervisorOnlyReadsAndThePageOpensTheForm()
    {
        auto shop = TestShop::create();
        QVERIFY(shop);
        ui::MailAccountDialog dialog(*shop->store, shop->supervisor);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("mailSaveButton"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("mailTestButton"))->isEnabled());
        QVERIFY(!dialog.hostEdit()->isEnabled());

        ui::ReportsPage page(*shop->store, shop->admin);
        page.refresh();
        bool opened = false;
        page.setDialogRunner([&opened](QDialog &d) {
            opened = qobject_cast<ui::MailAccountDialog *>(&d) != nullptr;
            return int(QDialog::Rejected);
        });
        page.findChild<QPushButton *>(QStringLiteral("mailAccountButton"))->click();
        QVERIFY(opened);
    }

    // On a register (not an administration station) the shared settings come with the shop's
    // configuration: shown read-only with where they are changed; the password stays editable.
    void aRegisterShowsTheSharedSettingsReadOnly()
    {
        auto admin = TestShop::create();
        QVERIFY(admin);
        ui::MailAccountDialog editable(*admin->store, admin->admin);
        QVERIFY(editable.readOnlyLabel()->isHidden());
        QVERIFY(editable.hostEdit()->isEnabled());

        QTemporaryDir dir;
        int files = 0;
        test::SealedStation a, b;
        test::MemoryRemote remote;
        QVERIFY(test::makeSealedShop(
            a, b, remote, [&] { return dir.filePath(QStringLiteral("s%1.sqlite").arg(++files)); }));
        const auto dominique = core::Users(*b.store).findByName(QStringLiteral("Dominique"));
        QVERIFY(dominique);
        const auto onB = core::Users(*b.store).login(dominique->id, QStringLiteral("666666"));
        QVERIFY(onB);
        ui::MailAccountDialog dialog(*b.store, *onB);
        QVERIFY(!dialog.readOnlyLabel()->isHidden());
        QCOMPARE(dialog.readOnlyLabel()->text(), MailAccount::readOnlyReason());
        for (QWidget *field : std::initializer_list<QWidget *>{dialog.hostEdit(), dialog.portBox(),
                 dialog.securityBox(), dialog.userEdit(), dialog.fromEdit()})
            QVERIFY(!field->isEnabled());
        QVERIFY(dialog.passwordEdit()->isEnabled());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("mailSaveButton"))->isEnabled());
    }
};

QTEST_MAIN(TestMailAccountDialog)
#include "tst_mailaccountdialog.moc"
