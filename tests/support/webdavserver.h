#pragma once

// Servers for the WebDAV tests, on loopback only.
// WebDavServer: a real Apache httpd with mod_dav (tests/support/webdav-server.sh) in a temporary
// folder, stopped by the destructor. HostileServer: a tiny HTTP server in its own thread whose
// answer a test scripts (status, headers, body, delays, silence, a connection cut mid-body, a
// huge body), to reach the failures a real server rarely produces on demand.

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <memory>

namespace recaisse::test {

class WebDavServer
{
public:
    WebDavServer();
    ~WebDavServer(); // stops the server
    WebDavServer(const WebDavServer &) = delete;
    WebDavServer &operator=(const WebDavServer &) = delete;

    static QString user() { return QStringLiteral("caisse"); }
    static QString password() { return QStringLiteral("s3cret"); }

    // Starts Apache on a free port in 20000-40000 (tries several); waits until the port answers.
    // With tls, https with a self-signed certificate (certificateFile()) no client trusts.
    bool start(bool tls = false);
    void stop();
    bool isRunning() const { return m_running; }
    quint16 port() const { return m_port; }
    // "http://127.0.0.1:<port>/" (or https), the DAV root.
    QString url() const;
    // The self-signed certificate of a tls server (PEM).
    QString certificateFile() const;
    // The folder Apache serves (to check or prepare files behind its back).
    QString rootDir() const;
    // Why start() failed, with the end of Apache's error log.
    QString errorString() const { return m_error; }

private:
    bool run(const QStringList &arguments, int *exitCode);

    QTemporaryDir m_dir;
    quint16 m_port = 0;
    bool m_running = false;
    bool m_tls = false;
    QString m_error;
};

// One scripted answer of the HostileServer.
struct ScriptedReply
{
    int status = 200;
    QByteArray reason = "OK";
    QList<QPair<QByteArray, QByteArray>> headers; // sent as given, after the status line
    QByteArray body;
    qint64 bodySize =
        -1; // when > body.size(), body is repeated up to this many bytes (huge bodies)
    qint64 contentLength = -1; // the Content-Length announced; -1: the real size, -2: none
    qint64 cutAfterBytes = -1; // close the connection after this many body bytes (a reset)
    int delayMs = 0; // wait before answering
    bool neverAnswer = false; // read the request and keep silent until the client gives up
    bool stallAfterBody = false; // keep the connection open and silent after the body
};

class HostileServer
{
public:
    HostileServer();
    ~HostileServer(); // stops the thread
    HostileServer(const HostileServer &) = delete;
    HostileServer &operator=(const HostileServer &) = delete;

    bool start(); // listens on 127.0.0.1, any free port
    quint16 port() const { return m_port; }
    QString url() const; // "http://127.0.0.1:<port>/"

    // The answer given to every following request.
    void setReply(const ScriptedReply &reply);
    // Request lines received so far ("PUT /a%20b HTTP/1.1"), and their headers and bodies.
    QList<QByteArray> requestLines() const;
    QByteArray lastRequestHead() const;
    QByteArray lastRequestBody() const;

private:
    class Thread;
    std::unique_ptr<Thread> m_thread;
    quint16 m_port = 0;
};

} // namespace recaisse::test
