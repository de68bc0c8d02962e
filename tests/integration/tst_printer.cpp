// `recaisse-cli device test printer|drawer`: the bytes that reach a receipt printer on a device
// file and on the network (a loopback listener), and the drawer's permission and audit trail.
#include "cliprocess.h"
#include "core/store.h"
#include "tests/support/testshop.h"

#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace recaisse::core;
using namespace recaisse::test;

namespace {

// ESC/POS and code page 858 as the printer's manual gives them, not as core writes them.
const QByteArray initialize("\x1b@", 2);
const QByteArray partialCut("\x1dV\x42\x00", 4);
const QByteArray drawerKick("\x1bp\x00", 3);
const QByteArray accentedPc858("\x82\x8a\x88\x85\x87\x97 \xd5 0123456789"); // éèêàçù € 0123456789

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QProcessEnvironment withPin(const QString &pin)
{
    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("RECAISSE_PIN"), pin);
    return env;
}

} // namespace

class TestPrinter : public QObject
{
    Q_OBJECT

private slots:
    void testTicketOnADeviceFile()
    {
        QTemporaryDir dir;
        const QString device = dir.filePath(QStringLiteral("lp0"));
        QVERIFY(QFile(device).open(QIODevice::WriteOnly));
        const CliRun run = runCli({},
            {QStringLiteral("device"), QStringLiteral("test"), QStringLiteral("printer"),
                QStringLiteral("--device"), device, QStringLiteral("--width"),
                QStringLiteral("32")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QVERIFY(run.outText().contains(device));
        const QByteArray bytes = readAll(device);
        QVERIFY(bytes.startsWith(initialize));
        QVERIFY(bytes.contains("ReCaisse"));
        QVERIFY2(bytes.contains(accentedPc858), bytes.toHex().constData());
        QVERIFY(bytes.contains(partialCut));
        QVERIFY(!bytes.contains(drawerKick));
        // 32 columns: no printed line is longer.
        for (const QByteArray &line : bytes.split('\n'))
            QVERIFY2(line.size() <= 32 + 5, line.constData());
    }

    void testTicketOnTheNetwork()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        // The kernel accepts the connection and keeps the bytes while the CLI runs.
        const CliRun run = runCli({},
            {QStringLiteral("device"), QStringLiteral("test"), QStringLiteral("printer"),
                QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                QString::number(server.serverPort())});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QVERIFY(server.waitForNewConnection(10000));
        QTcpSocket *socket = server.nextPendingConnection();
        QByteArray bytes;
        while (socket->state() == QAbstractSocket::ConnectedState && socket->waitForReadyRead(2000))
            bytes += socket->readAll();
        bytes += socket->readAll();
        QVERIFY(bytes.startsWith(initialize));
        QVERIFY(bytes.contains(accentedPc858));
        QVERIFY(bytes.contains(partialCut));
    }

    void unreachablePrinterFails()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const quint16 closedPort = server.serverPort();
        server.close();
        const CliRun run = runCli({},
            {QStringLiteral("device"), QStringLiteral("test"), QStringLiteral("printer"),
                QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                QString::number(closedPort)});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(QStringLiteral("127.0.0.1")), qPrintable(run.describe()));
        // Nothing set and nothing given: a usage error that says what to give.
        const CliRun none = runCli(
            {}, {QStringLiteral("device"), QStringLiteral("test"), QStringLiteral("printer")});
        QVERIFY(!none.ok());
        QVERIFY(none.errText().contains(QStringLiteral("--host or --device")));
    }

    void drawerNeedsTheRightAndIsAudited()
    {
        auto shop = TestShop::create();
        QVERIFY(shop);
        const QString db = shop->path();
        shop->store.reset();
        const QString device = shop->dir.filePath(QStringLiteral("lp0"));
        QVERIFY(QFile(device).open(QIODevice::WriteOnly));
        const QStringList drawer{QStringLiteral("device"), QStringLiteral("test"),
            QStringLiteral("drawer"), QStringLiteral("--device"), device, QStringLiteral("--user")};

        // A cashier may not open the drawer without a sale: refused, nothing sent.
        CliRun run = runCli(db, drawer + QStringList{QStringLiteral("Camille")}, 60000,
            withPin(QStringLiteral("1111")));
        QVERIFY(!run.ok());
        QVERIFY(readAll(device).isEmpty());
        // Without a database there is no audit trail: refused.
        run = runCli({}, drawer + QStringList{QStringLiteral("Admin")}, 60000,
            withPin(QStringLiteral("123456")));
        QVERIFY(!run.ok());
        QVERIFY(run.errText().contains(QStringLiteral("--db")));
        QVERIFY(readAll(device).isEmpty());

        run = runCli(db, drawer + QStringList{QStringLiteral("Admin")}, 60000,
            withPin(QStringLiteral("123456")));
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QCOMPARE(readAll(device).right(drawerKick.size() + 2).left(drawerKick.size()), drawerKick);

        SystemClock clock;
        auto store = Store::open(db, clock);
        QVERIFY(store);
        QCOMPARE(auditCount(**store, QStringLiteral("drawer.open")), 1);
    }
};

QTEST_GUILESS_MAIN(TestPrinter)
#include "tst_printer.moc"
