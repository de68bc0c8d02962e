#include "webdavserver.h"

#include <QDir>
#include <QFile>
#include <QMutexLocker>
#include <QProcess>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>

namespace recaisse::test {

namespace {

QString supportScript(const char *name)
{
    return QStringLiteral(RECAISSE_TEST_SUPPORT_DIR "/") + QString::fromLatin1(name);
}

} // namespace

WebDavServer::WebDavServer() = default;

WebDavServer::~WebDavServer()
{
    stop();
}

bool WebDavServer::run(const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.setProgram(QStringLiteral("/bin/bash"));
    process.setArguments(QStringList{supportScript("webdav-server.sh")} + arguments);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start();
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished(5'000);
        m_error = QStringLiteral("webdav-server.sh did not finish");
        return false;
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    m_error = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    return true;
}

bool WebDavServer::start(bool tls)
{
    if (m_running)
        return true;
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder: %1").arg(m_dir.errorString());
        return false;
    }
    for (int attempt = 0; attempt < 10; ++attempt) {
        const quint16 port = quint16(20000 + QRandomGenerator::global()->bounded(20000));
        int exitCode = -1;
        QStringList arguments{QStringLiteral("start"), m_dir.path(), QString::number(port)};
        if (tls)
            arguments.append(QStringLiteral("tls"));
        if (!run(arguments, &exitCode))
            return false;
        if (exitCode == 3)
            continue; // the port is taken: another one
        if (exitCode != 0)
            return false;
        // The script waited for the port already; one more check that it is Apache answering.
        QTcpSocket probe;
        probe.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (!probe.waitForConnected(5'000)) {
            m_error = QStringLiteral("Apache started but port %1 does not answer").arg(port);
            m_port = port;
            m_running = true;
            stop();
            return false;
        }
        m_port = port;
        m_running = true;
        m_tls = tls;
        return true;
    }
    m_error = QStringLiteral("no free port found for Apache");
    return false;
}

void WebDavServer::stop()
{
    if (!m_running)
        return;
    int exitCode = -1;
    run({QStringLiteral("stop"), m_dir.path()}, &exitCode);
    m_running = false;
}

QString WebDavServer::url() const
{
    return (
        m_tls ? QStringLiteral("https://127.0.0.1:%1/") : QStringLiteral("http://127.0.0.1:%1/"))
        .arg(m_port);
}

QString WebDavServer::certificateFile() const
{
    return m_dir.filePath(QStringLiteral("server.crt"));
}

QString WebDavServer::rootDir() const
{
    return m_dir.filePath(QStringLiteral("root"));
}

// The HostileServer's thread: blocking sockets, one connection at a time, "Connection: close".
class HostileServer::Thread : public QThread
{
public:
    std::atomic<bool> stopping{false};
    std::atomic<int> port{0};
    QSemaphore ready;
    mutable QMutex mutex;
    ScriptedReply reply; // guarded by mutex
    QList<QByteArray> requestLines; // guarded by mutex
    QByteArray lastHead; // guarded by mutex
    QByteArray lastBody; // guarded by mutex

protected:
    void run() override
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost, 0)) {
            ready.release();
            return;
        }
        port = server.serverPort();
        ready.release();
        while (!stopping) {
            if (!server.waitForNewConnection(50))
                continue;
            std::unique_ptr<QTcpSocket> socket(server.nextPendingConnection());
            if (socket)
                serve(*socket);
        }
    }

private:
    bool connected(QTcpSocket &socket) const
    {
        return !stopping && socket.state() == QAbstractSocket::ConnectedState;
    }

    bool readRequest(QTcpSocket &socket)
    {
        QByteArray data;
        qsizetype headEnd = -1;
        while ((headEnd = data.indexOf("\r\n\r\n")) < 0) {
            if (data.size() > 256 * 1024 || !connected(socket))
                return false;
            socket.waitForReadyRead(50);
            data += socket.readAll();
        }
        const QByteArray head = data.left(headEnd + 2); // every header line ends with CRLF
        QByteArray body = data.mid(headEnd + 4);
        qint64 length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        while (body.size() < length) {
            if (!connected(socket))
                return false;
            socket.waitForReadyRead(50);
            body += socket.readAll();
        }
        QMutexLocker locker(&mutex);
        requestLines.append(head.left(head.indexOf("\r\n")));
        lastHead = head;
        lastBody = body;
        return true;
    }

    bool send(QTcpSocket &socket, const QByteArray &bytes)
    {
        socket.write(bytes);
        while (socket.bytesToWrite() > 0) {
            if (!connected(socket))
                return false;
            socket.waitForBytesWritten(50);
        }
        return true;
    }

    void serve(QTcpSocket &socket)
    {
        if (!readRequest(socket))
            return;
        ScriptedReply scripted;
        {
            QMutexLocker locker(&mutex);
            scripted = reply;
        }
        for (int waited = 0; waited < scripted.delayMs && connected(socket); waited += 10)
            QThread::msleep(10);
        if (scripted.neverAnswer) {
            while (connected(socket)) {
                socket.waitForReadyRead(50);
                socket.readAll();
            }
            return;
        }
        const qint64 total = qMax<qint64>(scripted.body.size(), scripted.bodySize);
        QByteArray head = "HTTP/1.1 " + QByteArray::number(scripted.status) + ' ' + scripted.reason
            + "\r\nConnection: close\r\n";
        for (const auto &[name, value] : std::as_const(scripted.headers))
            head += name + ": " + value + "\r\n";
        if (scripted.contentLength != -2)
            head += "Content-Length: "
                + QByteArray::number(scripted.contentLength >= 0 ? scripted.contentLength : total)
                + "\r\n";
        head += "\r\n";
        if (!send(socket, head))
            return;
        const qint64 toSend =
            scripted.cutAfterBytes >= 0 ? qMin(total, scripted.cutAfterBytes) : total;
        qint64 sent = 0;
        QByteArray chunk;
        while (sent < toSend && !scripted.body.isEmpty()) {
            chunk.clear();
            while (chunk.size() < 64 * 1024 && sent + chunk.size() < toSend)
                chunk += scripted.body;
            chunk.truncate(qsizetype(qMin<qint64>(chunk.size(), toSend - sent)));
            if (!send(socket, chunk))
                return;
            sent += chunk.size();
        }
        if (scripted.stallAfterBody) {
            while (connected(socket)) {
                socket.waitForReadyRead(50);
                socket.readAll();
            }
            return;
        }
        if (scripted.cutAfterBytes >= 0) {
            socket.abort();
            return;
        }
        socket.disconnectFromHost();
        if (socket.state() != QAbstractSocket::UnconnectedState)
            socket.waitForDisconnected(1'000);
    }
};

HostileServer::HostileServer()
    : m_thread(std::make_unique<Thread>())
{
}

HostileServer::~HostileServer()
{
    m_thread->stopping = true;
    m_thread->wait();
}

bool HostileServer::start()
{
    m_thread->start();
    m_thread->ready.acquire();
    m_port = quint16(m_thread->port.load());
    return m_port != 0;
}

QString HostileServer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1/").arg(m_port);
}

void HostileServer::setReply(const ScriptedReply &reply)
{
    QMutexLocker locker(&m_thread->mutex);
    m_thread->reply = reply;
}

QList<QByteArray> HostileServer::requestLines() const
{
    QMutexLocker locker(&m_thread->mutex);
    return m_thread->requestLines;
}

QByteArray HostileServer::lastRequestHead() const
{
    QMutexLocker locker(&m_thread->mutex);
    return m_thread->lastHead;
}

QByteArray HostileServer::lastRequestBody() const
{
    QMutexLocker locker(&m_thread->mutex);
    return m_thread->lastBody;
}

} // namespace recaisse::test
