#include "core/receiptprinter.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace recaisse::core;

namespace {

// Accepts connections and keeps everything it reads.
class Sink : public QObject
{
public:
    QTcpServer server;
    QByteArray received;
    int connections = 0;

    Sink()
    {
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, this,
                    [this, socket] { received += socket->readAll(); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
};

QByteArray payload(int size)
{
    QByteArray data(size, '\0');
    for (int i = 0; i < size; ++i)
        data[i] = char(i * 7 + 3);
    return data;
}

quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestReceiptPrinter : public QObject
{
    Q_OBJECT

private slots:
    void printsExactBytes();
    void queuedJobsGoInOrder();
    void refusedConnectionFails();
    void serverThatNeverReadsSmallTicket();
    void stalledPrinterTimesOut();
    void fileWritesTheBytes();
    void fileInMissingFolderFails();
};

void TestReceiptPrinter::printsExactBytes()
{
    Sink sink;
    QVERIFY(sink.server.listen(QHostAddress::LocalHost, 0));
    NetworkReceiptPrinter printer(QStringLiteral("127.0.0.1"), sink.server.serverPort(), 5000);
    QSignalSpy printed(&printer, &NetworkReceiptPrinter::printed);
    QSignalSpy failed(&printer, &NetworkReceiptPrinter::failed);
    const QByteArray data = payload(300'000);
    printer.print(data);
    // Returns at once: nothing has reached the printer before the event loop runs.
    QVERIFY(printer.busy());
    QCOMPARE(sink.received.size(), 0);
    QTRY_COMPARE(printed.count(), 1);
    QTRY_COMPARE(sink.received.size(), data.size());
    QCOMPARE(sink.received, data);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(sink.connections, 1);
    QVERIFY(!printer.busy());
}

void TestReceiptPrinter::queuedJobsGoInOrder()
{
    Sink sink;
    QVERIFY(sink.server.listen(QHostAddress::LocalHost, 0));
    NetworkReceiptPrinter printer(QStringLiteral("127.0.0.1"), sink.server.serverPort(), 5000);
    QSignalSpy printed(&printer, &NetworkReceiptPrinter::printed);
    printer.print("first\n");
    printer.print("second\n");
    QTRY_COMPARE(printed.count(), 2);
    QTRY_COMPARE(sink.received, QByteArray("first\nsecond\n"));
    QCOMPARE(sink.connections, 2);
}

void TestReceiptPrinter::refusedConnectionFails()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    NetworkReceiptPrinter printer(QStringLiteral("127.0.0.1"), port, 3000);
    QSignalSpy printed(&printer, &NetworkReceiptPrinter::printed);
    QSignalSpy failed(&printer, &NetworkReceiptPrinter::failed);
    printer.print("ticket\n");
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 4000);
    const QString reason = failed.at(0).at(0).toString();
    QVERIFY(!reason.isEmpty());
    QVERIFY(!reason.contains(QLatin1Char('\n')));
    QVERIFY2(reason.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(reason));
    QCOMPARE(printed.count(), 0);
    QVERIFY(!printer.busy());
}

void TestReceiptPrinter::serverThatNeverReadsSmallTicket()
{
    QTcpServer server; // accepts (the kernel does) but nobody reads
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    NetworkReceiptPrinter printer(QStringLiteral("127.0.0.1"), server.serverPort(), 3000);
    QSignalSpy printed(&printer, &NetworkReceiptPrinter::printed);
    QSignalSpy failed(&printer, &NetworkReceiptPrinter::failed);
    printer.print(payload(2000));
    QTRY_COMPARE(printed.count(), 1);
    QCOMPARE(failed.count(), 0);
}

void TestReceiptPrinter::stalledPrinterTimesOut()
{
    // Nobody reads: a big job cannot be delivered. (QTcpServer's sockets would otherwise buffer
    // everything, so they get a tiny read buffer.)
    QTcpServer server;
    connect(&server, &QTcpServer::newConnection, this, [&server] {
        while (QTcpSocket *socket = server.nextPendingConnection())
            socket->setReadBufferSize(16);
    });
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    NetworkReceiptPrinter printer(QStringLiteral("127.0.0.1"), server.serverPort(), 500);
    QSignalSpy printed(&printer, &NetworkReceiptPrinter::printed);
    QSignalSpy failed(&printer, &NetworkReceiptPrinter::failed);
    printer.print(payload(64 * 1024 * 1024));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 3000);
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("1 s")));
    QCOMPARE(printed.count(), 0);
    QVERIFY(!printer.busy());
}

void TestReceiptPrinter::fileWritesTheBytes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("lp0"));
    const QByteArray data = payload(5000);
    auto result = FileReceiptPrinter(path).print(data);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), data);
}

void TestReceiptPrinter::fileInMissingFolderFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/lp0"));
    auto result = FileReceiptPrinter(path).print("ticket\n");
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::StorageFailure);
    QVERIFY(result.error().message.contains(path));
    QVERIFY(!result.error().message.contains(QLatin1Char('\n')));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestReceiptPrinter)
#include "tst_receiptprinter.moc"
