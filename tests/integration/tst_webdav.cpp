// WebDavClient against a real Apache mod_dav on loopback, and against a scripted hostile server
// for the failures a real server does not produce on demand.

#include "core/sync/webdavclient.h"
#include "tests/support/webdavserver.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace recaisse::core::sync;
using recaisse::test::HostileServer;
using recaisse::test::ScriptedReply;
using recaisse::test::WebDavServer;

Q_DECLARE_METATYPE(recaisse::core::sync::Failure)

namespace {

const QString baseFolder = QStringLiteral("Ressourcerie é");

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(rng.bounded(256));
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestWebDav : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // The real server.
    void testConnection();
    void makeFoldersNested();
    void missingRootFolderIsCreatedParentsFirst();
    void putGetRoundTrip_data();
    void putGetRoundTrip();
    void putFileGetFile();
    void putIntoMissingFolder();
    void moveReplaces();
    void listNamesAndSizes();
    void removeFilesAndFolders();
    void wrongPassword();
    void getBeyondMaxBytes();
    void getFileBeyondMaxBytesLeavesNoFile();
    void getFileMissingLeavesPreviousFile();
    void serverStopped();
    void tlsCertificateIsVerified();

    // The hostile server.
    void statusIsClassified_data();
    void statusIsClassified();
    void requestsAreWellFormed();
    void folderExistsAndAlreadyGone();
    void neverAnswersIsNetwork();
    void resetMidBodyIsNetwork();
    void garbageListingIsProtocol_data();
    void garbageListingIsProtocol();
    void hugeListingIsProtocol_data();
    void hugeListingIsProtocol();
    void hugeDownloadIsProtocol();

private:
    std::unique_ptr<WebDavClient> client(const QString &password = WebDavServer::password()) const
    {
        return std::make_unique<WebDavClient>(
            DavAccount{m_apache.url() + baseFolder, WebDavServer::user(), password}, m_options);
    }
    std::unique_ptr<WebDavClient> hostileClient(DavOptions options = {}) const
    {
        options.connectTimeoutSeconds = 5;
        options.lowSpeedSeconds = options.lowSpeedSeconds == 30 ? 5 : options.lowSpeedSeconds;
        return std::make_unique<WebDavClient>(
            DavAccount{m_hostile.url() + QStringLiteral("base"), QStringLiteral("caisse"),
                QStringLiteral("pa$$word-secret")},
            options);
    }
    QString onDisk(const QString &path) const
    {
        return m_apache.rootDir() + QLatin1Char('/') + baseFolder + QLatin1Char('/') + path;
    }

    WebDavServer m_apache;
    HostileServer m_hostile;
    DavOptions m_options{5, 10, 8 * 1024 * 1024};
    QTemporaryDir m_local;
};

void TestWebDav::initTestCase()
{
    // libcurl honours the proxy variables, as it should in the field; the test servers are local.
    for (const char *name : {"no_proxy", "NO_PROXY"}) {
        QByteArray value = qgetenv(name);
        qputenv(name, value.isEmpty() ? QByteArray("127.0.0.1,localhost") : value + ",127.0.0.1");
    }
    QVERIFY2(m_apache.start(), qPrintable(m_apache.errorString()));
    QVERIFY(m_hostile.start());
    QVERIFY(m_local.isValid());
    WebDavClient root(
        DavAccount{m_apache.url(), WebDavServer::user(), WebDavServer::password()}, m_options);
    auto made = root.makeFolders(baseFolder);
    QVERIFY2(made.ok(), qPrintable(made.error().message));
}

void TestWebDav::testConnection()
{
    auto result = client()->testConnection();
    QVERIFY2(result.ok(), qPrintable(result.error().message));
}

void TestWebDav::missingRootFolderIsCreatedParentsFirst()
{
    // The address names two levels the drive does not have, one with a space in its name.
    WebDavClient webdav(
        DavAccount{m_apache.url() + QStringLiteral("Association/Ressourcerie du Port"),
            WebDavServer::user(), WebDavServer::password()},
        m_options);
    auto connected = webdav.testConnection();
    QVERIFY(!connected);
    QVERIFY(WebDavClient::isMissingFolder(connected.error()));
    QCOMPARE(connected.error().httpStatus, 404);
    QVERIFY2(connected.error().message.contains(QLatin1String("does not exist")),
        qPrintable(connected.error().message));

    auto created = webdav.createRootFolder();
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    const QString parent = m_apache.rootDir() + QStringLiteral("/Association");
    QVERIFY(QFileInfo(parent).isDir());
    QVERIFY(QFileInfo(parent + QStringLiteral("/Ressourcerie du Port")).isDir());
    connected = webdav.testConnection();
    QVERIFY2(connected.ok(), qPrintable(connected.error().message));
    // Again: it exists, nothing to do; the folders below it are made as before.
    created = webdav.createRootFolder();
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    QVERIFY(webdav.makeFolders(QStringLiteral("config")).ok());
    QVERIFY(QFileInfo(parent + QStringLiteral("/Ressourcerie du Port/config")).isDir());

    // A wrong password is not a missing folder: nothing is created.
    WebDavClient refused(DavAccount{m_apache.url() + QStringLiteral("Autre"), WebDavServer::user(),
                             QStringLiteral("wrong")},
        m_options);
    auto denied = refused.createRootFolder();
    QVERIFY(!denied);
    QCOMPARE(denied.error().failure, Failure::Credentials);
    QVERIFY(!QFileInfo::exists(m_apache.rootDir() + QStringLiteral("/Autre")));
}

void TestWebDav::makeFoldersNested()
{
    auto webdav = client();
    auto made = webdav->makeFolders(QStringLiteral("stations/poste 1/journal"));
    QVERIFY2(made.ok(), qPrintable(made.error().message));
    QVERIFY(QFileInfo(onDisk(QStringLiteral("stations/poste 1/journal"))).isDir());
    // Again: every level exists already.
    made = webdav->makeFolders(QStringLiteral("/stations/poste 1/journal/"));
    QVERIFY2(made.ok(), qPrintable(made.error().message));
    made = webdav->makeFolders(QStringLiteral("stations/poste 1/journal/archives"));
    QVERIFY2(made.ok(), qPrintable(made.error().message));
    QVERIFY(QFileInfo(onDisk(QStringLiteral("stations/poste 1/journal/archives"))).isDir());
}

void TestWebDav::putGetRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("data");
    QByteArray everyByte;
    for (int i = 0; i < 256; ++i)
        everyByte += char(i);
    QTest::newRow("binary") << QStringLiteral("rt/binary.bin") << everyByte;
    QTest::newRow("empty") << QStringLiteral("rt/empty") << QByteArray();
    QTest::newRow("5 MB") << QStringLiteral("rt/big.gz") << randomBytes(5 * 1024 * 1024, 5);
    QTest::newRow("odd name") << QStringLiteral("rt/été #1 100% [a]&b?.json")
                              << QByteArray(R"({"a":1})");
}

void TestWebDav::putGetRoundTrip()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, data);
    auto webdav = client();
    QVERIFY(webdav->makeFolders(QStringLiteral("rt")).ok());
    auto put = webdav->put(path, data);
    QVERIFY2(put.ok(), qPrintable(put.error().message));
    QCOMPARE(readFile(onDisk(path)), data);
    auto got = webdav->get(path, 10 * 1024 * 1024);
    QVERIFY2(got.ok(), qPrintable(got.error().message));
    QCOMPARE(got->size(), data.size());
    QVERIFY(*got == data);
}

void TestWebDav::putFileGetFile()
{
    const QByteArray data = randomBytes(3 * 1024 * 1024 + 17, 3);
    const QString up = m_local.filePath(QStringLiteral("up.bin"));
    const QString down = m_local.filePath(QStringLiteral("down.bin"));
    QVERIFY(writeFile(up, data));
    auto webdav = client();
    QVERIFY(webdav->makeFolders(QStringLiteral("backups")).ok());
    auto put = webdav->putFile(QStringLiteral("backups/snapshot 1.sqlite.gz"), up);
    QVERIFY2(put.ok(), qPrintable(put.error().message));
    auto got = webdav->getFile(QStringLiteral("backups/snapshot 1.sqlite.gz"), down, data.size());
    QVERIFY2(got.ok(), qPrintable(got.error().message));
    QVERIFY(readFile(down) == data);

    auto missing = webdav->putFile(
        QStringLiteral("backups/x"), m_local.filePath(QStringLiteral("does-not-exist")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().failure, Failure::Local);
}

void TestWebDav::putIntoMissingFolder()
{
    auto put = client()->put(QStringLiteral("no/such/folder/file"), "x");
    QVERIFY(!put.ok());
    QCOMPARE(put.error().failure, Failure::NotFound);
    QVERIFY(put.error().message.contains(QStringLiteral("no/such/folder/file")));
}

void TestWebDav::moveReplaces()
{
    auto webdav = client();
    QVERIFY(webdav->makeFolders(QStringLiteral("mv/dé st")).ok());
    QVERIFY(webdav->put(QStringLiteral("mv/.tmp-1"), "first").ok());
    auto moved = webdav->move(QStringLiteral("mv/.tmp-1"), QStringLiteral("mv/dé st/final é.gz"));
    QVERIFY2(moved.ok(), qPrintable(moved.error().message));
    QCOMPARE(*webdav->get(QStringLiteral("mv/dé st/final é.gz"), 100), QByteArray("first"));
    auto gone = webdav->get(QStringLiteral("mv/.tmp-1"), 100);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().failure, Failure::NotFound);
    // Overwrite: T replaces an existing file.
    QVERIFY(webdav->put(QStringLiteral("mv/.tmp-2"), "second").ok());
    moved = webdav->move(QStringLiteral("mv/.tmp-2"), QStringLiteral("mv/dé st/final é.gz"));
    QVERIFY2(moved.ok(), qPrintable(moved.error().message));
    QCOMPARE(*webdav->get(QStringLiteral("mv/dé st/final é.gz"), 100), QByteArray("second"));
    // Moving what is not there.
    moved = webdav->move(QStringLiteral("mv/nothing"), QStringLiteral("mv/else"));
    QVERIFY(!moved.ok());
    QCOMPARE(moved.error().failure, Failure::NotFound);
}

void TestWebDav::listNamesAndSizes()
{
    auto webdav = client();
    QVERIFY(webdav->makeFolders(QStringLiteral("ls/sous dossier")).ok());
    QVERIFY(webdav->put(QStringLiteral("ls/café crème.txt"), "12345").ok());
    QVERIFY(
        webdav->put(QStringLiteral("ls/00000001-00000300.ndjson.gz"), QByteArray(300, 'x')).ok());
    QVERIFY(webdav->put(QStringLiteral("ls/vide"), QByteArray()).ok());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-120);

    auto entries = webdav->list(QStringLiteral("ls"));
    QVERIFY2(entries.ok(), qPrintable(entries.error().message));
    QMap<QString, RemoteEntry> byName;
    for (const RemoteEntry &entry : *entries)
        byName.insert(entry.name, entry);
    QCOMPARE(byName.keys(),
        QStringList(
            {QStringLiteral("00000001-00000300.ndjson.gz"), QStringLiteral("café crème.txt"),
                QStringLiteral("sous dossier"), QStringLiteral("vide")}));
    QCOMPARE(byName.value(QStringLiteral("café crème.txt")).size, 5);
    QCOMPARE(byName.value(QStringLiteral("00000001-00000300.ndjson.gz")).size, 300);
    QCOMPARE(byName.value(QStringLiteral("vide")).size, 0);
    QVERIFY(byName.value(QStringLiteral("sous dossier")).isFolder);
    QVERIFY(!byName.value(QStringLiteral("vide")).isFolder);
    QVERIFY(byName.value(QStringLiteral("vide")).modifiedUtc > before);

    auto empty = webdav->list(QStringLiteral("ls/sous dossier/"));
    QVERIFY2(empty.ok(), qPrintable(empty.error().message));
    QVERIFY(empty->isEmpty());
    auto root = webdav->list(QString());
    QVERIFY2(root.ok(), qPrintable(root.error().message));
    QVERIFY(!root->isEmpty());

    auto missing = webdav->list(QStringLiteral("ls/nope"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().failure, Failure::NotFound);
}

void TestWebDav::removeFilesAndFolders()
{
    auto webdav = client();
    QVERIFY(webdav->makeFolders(QStringLiteral("rm/dir")).ok());
    QVERIFY(webdav->put(QStringLiteral("rm/dir/a b"), "a").ok());
    QVERIFY(webdav->put(QStringLiteral("rm/file"), "f").ok());
    QVERIFY(webdav->remove(QStringLiteral("rm/file")).ok());
    QCOMPARE(webdav->get(QStringLiteral("rm/file"), 10).error().failure, Failure::NotFound);
    // Already gone is fine.
    QVERIFY(webdav->remove(QStringLiteral("rm/file")).ok());
    auto removed = webdav->remove(QStringLiteral("rm/dir"));
    QVERIFY2(removed.ok(), qPrintable(removed.error().message));
    QVERIFY(!QFileInfo::exists(onDisk(QStringLiteral("rm/dir"))));
}

void TestWebDav::wrongPassword()
{
    auto webdav = client(QStringLiteral("wrong-Pa55"));
    auto tested = webdav->testConnection();
    QVERIFY(!tested.ok());
    QCOMPARE(tested.error().failure, Failure::Credentials);
    QCOMPARE(tested.error().httpStatus, 401);
    QVERIFY(!tested.error().message.contains(QStringLiteral("wrong-Pa55")));
    auto put = webdav->put(QStringLiteral("x"), "x");
    QCOMPARE(put.error().failure, Failure::Credentials);
    auto listed = webdav->list(QString());
    QCOMPARE(listed.error().failure, Failure::Credentials);
    QVERIFY(!listed.error().message.contains(QStringLiteral("wrong-Pa55")));
}

void TestWebDav::getBeyondMaxBytes()
{
    auto webdav = client();
    QVERIFY(webdav->makeFolders(QStringLiteral("max")).ok());
    QVERIFY(webdav->put(QStringLiteral("max/big"), QByteArray(100'000, 'b')).ok());
    auto got = webdav->get(QStringLiteral("max/big"), 99'999);
    QVERIFY(!got.ok());
    QCOMPARE(got.error().failure, Failure::Protocol);
    got = webdav->get(QStringLiteral("max/big"), 100'000);
    QVERIFY(got.ok());
}

void TestWebDav::getFileBeyondMaxBytesLeavesNoFile()
{
    auto webdav = client();
    QVERIFY(webdav->makeFolders(QStringLiteral("max")).ok());
    QVERIFY(webdav->put(QStringLiteral("max/big2"), randomBytes(2 * 1024 * 1024, 9)).ok());
    QTemporaryDir into;
    const QString target = into.filePath(QStringLiteral("big2"));
    auto got = webdav->getFile(QStringLiteral("max/big2"), target, 1024 * 1024);
    QVERIFY(!got.ok());
    QCOMPARE(got.error().failure, Failure::Protocol);
    QVERIFY(QDir(into.path())
                .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                .isEmpty());
}

void TestWebDav::getFileMissingLeavesPreviousFile()
{
    QTemporaryDir into;
    const QString target = into.filePath(QStringLiteral("kept"));
    QVERIFY(writeFile(target, "previous"));
    auto got = client()->getFile(QStringLiteral("max/absent"), target, 1024);
    QVERIFY(!got.ok());
    QCOMPARE(got.error().failure, Failure::NotFound);
    QCOMPARE(readFile(target), QByteArray("previous"));
    QCOMPARE(QDir(into.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestWebDav::serverStopped()
{
    WebDavServer other;
    QVERIFY2(other.start(), qPrintable(other.errorString()));
    WebDavClient webdav(
        DavAccount{other.url(), WebDavServer::user(), WebDavServer::password()}, m_options);
    QVERIFY(webdav.testConnection().ok());
    other.stop();
    auto listed = webdav.list(QString());
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error().failure, Failure::Network);
    QCOMPARE(listed.error().httpStatus, 0);
    // Refused at once, not waited for until a timeout.
    QVERIFY2(listed.error().message.contains(QStringLiteral("cannot reach the server")),
        qPrintable(listed.error().message));
    QVERIFY(isRetryable(listed.error().failure));
}

void TestWebDav::tlsCertificateIsVerified()
{
    WebDavServer secure;
    QVERIFY2(secure.start(true), qPrintable(secure.errorString()));
    QVERIFY(secure.url().startsWith(QStringLiteral("https://")));
    // A self-signed certificate is refused: never a silent downgrade of the verification.
    WebDavClient untrusting(
        DavAccount{secure.url(), WebDavServer::user(), WebDavServer::password()}, m_options);
    auto tested = untrusting.testConnection();
    QVERIFY(!tested.ok());
    QCOMPARE(tested.error().failure, Failure::Protocol);
    QVERIFY2(tested.error().message.contains(QStringLiteral("certificate")),
        qPrintable(tested.error().message));
    auto put = untrusting.put(QStringLiteral("x"), "x");
    QCOMPARE(put.error().failure, Failure::Protocol);
    QVERIFY(!QFileInfo::exists(secure.rootDir() + QStringLiteral("/x")));

    // Trusted through its CA file, the same server works, host name checked.
    WebDavClient trusting(
        DavAccount{secure.url(), WebDavServer::user(), WebDavServer::password()}, m_options);
    trusting.setCaCertificatesFile(secure.certificateFile());
    tested = trusting.testConnection();
    QVERIFY2(tested.ok(), qPrintable(tested.error().message));
    QVERIFY(trusting.put(QStringLiteral("x"), "over TLS").ok());
    QCOMPARE(*trusting.get(QStringLiteral("x"), 100), QByteArray("over TLS"));
    WebDavClient wrongName(
        DavAccount{secure.url().replace(QStringLiteral("127.0.0.1"), QStringLiteral("localhost")),
            WebDavServer::user(), WebDavServer::password()},
        m_options);
    wrongName.setCaCertificatesFile(secure.certificateFile());
    QCOMPARE(wrongName.testConnection().error().failure, Failure::Protocol);
}

void TestWebDav::statusIsClassified_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<Failure>("failure");
    QTest::addColumn<int>("seconds");
    QTest::newRow("500") << 500 << QByteArray() << Failure::Server << -1;
    QTest::newRow("502") << 502 << QByteArray() << Failure::Server << -1;
    QTest::newRow("503 retry") << 503 << QByteArray("7") << Failure::Server << 7;
    QTest::newRow("507") << 507 << QByteArray() << Failure::Quota << -1;
    QTest::newRow("429") << 429 << QByteArray() << Failure::RateLimited << -1;
    QTest::newRow("429 retry") << 429 << QByteArray("30") << Failure::RateLimited << 30;
    QTest::newRow("429 past date")
        << 429 << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << Failure::RateLimited << 0;
    QTest::newRow("401") << 401 << QByteArray() << Failure::Credentials << -1;
    QTest::newRow("403") << 403 << QByteArray() << Failure::Credentials << -1;
    QTest::newRow("404") << 404 << QByteArray() << Failure::NotFound << -1;
    QTest::newRow("409") << 409 << QByteArray() << Failure::NotFound << -1;
    QTest::newRow("400") << 400 << QByteArray() << Failure::Protocol << -1;
    QTest::newRow("413") << 413 << QByteArray() << Failure::Protocol << -1;
}

void TestWebDav::statusIsClassified()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(Failure, failure);
    QFETCH(int, seconds);
    ScriptedReply reply;
    reply.status = status;
    reply.reason = "Scripted";
    reply.body = "<html>nope</html>";
    if (!retryAfter.isEmpty())
        reply.headers.append(QPair<QByteArray, QByteArray>("Retry-After", retryAfter));
    m_hostile.setReply(reply);
    auto webdav = hostileClient();

    auto put = webdav->put(QStringLiteral("stations/a/x.gz"), "data");
    QVERIFY(!put.ok());
    QCOMPARE(put.error().failure, failure);
    QCOMPARE(put.error().httpStatus, status);
    QCOMPARE(put.error().retryAfterSeconds, seconds);
    QVERIFY(put.error().message.contains(QStringLiteral("stations/a/x.gz")));
    QVERIFY(!put.error().message.contains(QStringLiteral("pa$$word")));
    QVERIFY(!put.error().message.contains(QLatin1Char('\n')));

    auto got = webdav->get(QStringLiteral("a"), 100);
    QCOMPARE(got.error().failure, failure);
    auto listed = webdav->list(QStringLiteral("a"));
    QCOMPARE(listed.error().failure, failure);
    auto made = webdav->makeFolders(QStringLiteral("a/b"));
    QCOMPARE(made.error().failure, failure);
}

void TestWebDav::requestsAreWellFormed()
{
    ScriptedReply created;
    created.status = 201;
    m_hostile.setReply(created);
    auto webdav = hostileClient();

    QVERIFY(webdav->put(QStringLiteral("stations/poste 1/é #.gz"), "12345").ok());
    QByteArray head = m_hostile.lastRequestHead();
    QVERIFY2(head.startsWith("PUT /base/stations/poste%201/%C3%A9%20%23.gz HTTP/1.1\r\n"),
        head.constData());
    QVERIFY(head.contains("Content-Length: 5\r\n"));
    QVERIFY(!head.toLower().contains("transfer-encoding"));
    QVERIFY(!head.toLower().contains("expect:"));
    QVERIFY(head.contains("User-Agent: ReCaisse/"));
    QVERIFY(head.contains(QByteArray(
        "Authorization: Basic " + QByteArray("caisse:pa$$word-secret").toBase64() + "\r\n")));
    QCOMPARE(m_hostile.lastRequestBody(), QByteArray("12345"));

    QVERIFY(webdav->put(QStringLiteral("empty"), QByteArray()).ok());
    QVERIFY(m_hostile.lastRequestHead().contains("Content-Length: 0\r\n"));

    const QString local = m_local.filePath(QStringLiteral("stream.bin"));
    const QByteArray data = randomBytes(2 * 1024 * 1024 + 3, 11);
    QVERIFY(writeFile(local, data));
    QVERIFY(webdav->putFile(QStringLiteral("b"), local).ok());
    QVERIFY(m_hostile.lastRequestHead().contains(
        QByteArray("Content-Length: " + QByteArray::number(data.size()) + "\r\n")));
    QVERIFY(m_hostile.lastRequestBody() == data);

    QVERIFY(webdav->move(QStringLiteral("a/.tmp x"), QStringLiteral("a/final é")).ok());
    head = m_hostile.lastRequestHead();
    QVERIFY2(head.startsWith("MOVE /base/a/.tmp%20x HTTP/1.1\r\n"), head.constData());
    QVERIFY2(head.contains(QByteArray(
                 "Destination: " + m_hostile.url().toUtf8() + "base/a/final%20%C3%A9\r\n")),
        head.constData());
    QVERIFY(head.contains("Overwrite: T\r\n"));

    QVERIFY(webdav->makeFolders(QStringLiteral("x/y")).ok());
    const QList<QByteArray> lines = m_hostile.requestLines();
    QCOMPARE(lines.mid(lines.size() - 2),
        QList<QByteArray>({"MKCOL /base/x/ HTTP/1.1", "MKCOL /base/x/y/ HTTP/1.1"}));

    QVERIFY(webdav->remove(QStringLiteral("x/y")).ok());
    QCOMPARE(m_hostile.requestLines().constLast(), QByteArray("DELETE /base/x/y HTTP/1.1"));

    // A path that climbs out of the root is refused before anything is sent.
    const qsizetype before = m_hostile.requestLines().size();
    auto climbing = webdav->put(QStringLiteral("../other/x"), "x");
    QVERIFY(!climbing.ok());
    QCOMPARE(climbing.error().failure, Failure::Protocol);
    QCOMPARE(m_hostile.requestLines().size(), before);
}

void TestWebDav::folderExistsAndAlreadyGone()
{
    ScriptedReply exists;
    exists.status = 405;
    m_hostile.setReply(exists);
    auto webdav = hostileClient();
    QVERIFY(webdav->makeFolders(QStringLiteral("a/b/c")).ok());
    ScriptedReply gone;
    gone.status = 404;
    m_hostile.setReply(gone);
    QVERIFY(webdav->remove(QStringLiteral("a/b/c")).ok());
}

void TestWebDav::neverAnswersIsNetwork()
{
    ScriptedReply silent;
    silent.neverAnswer = true;
    m_hostile.setReply(silent);
    DavOptions options;
    options.lowSpeedSeconds = 2;
    auto webdav = hostileClient(options);
    // The low-speed limit ends it (how long it takes is the benchmarks' business).
    const QString stopped = QStringLiteral("the server stopped answering");
    auto got = webdav->get(QStringLiteral("a"), 100);
    QVERIFY(!got.ok());
    QCOMPARE(got.error().failure, Failure::Network);
    QVERIFY2(got.error().message.contains(stopped), qPrintable(got.error().message));

    // Silent in the middle of the body too.
    ScriptedReply stalls;
    stalls.body = "abc";
    stalls.contentLength = 100;
    stalls.stallAfterBody = true;
    m_hostile.setReply(stalls);
    got = webdav->get(QStringLiteral("a"), 1000);
    QCOMPARE(got.error().failure, Failure::Network);
    QVERIFY2(got.error().message.contains(stopped), qPrintable(got.error().message));
}

void TestWebDav::resetMidBodyIsNetwork()
{
    ScriptedReply cut;
    cut.body = QByteArray(1000, 'z');
    cut.cutAfterBytes = 100;
    m_hostile.setReply(cut);
    auto webdav = hostileClient();
    auto got = webdav->get(QStringLiteral("a"), 10'000);
    QVERIFY(!got.ok());
    QCOMPARE(got.error().failure, Failure::Network);

    QTemporaryDir into;
    auto toFile = webdav->getFile(QStringLiteral("a"), into.filePath(QStringLiteral("a")), 10'000);
    QCOMPARE(toFile.error().failure, Failure::Network);
    QVERIFY(QDir(into.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestWebDav::garbageListingIsProtocol_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    const QByteArray valid =
        R"(<multistatus xmlns="DAV:"><response><href>/base/a/</href></response></multistatus>)";
    QTest::newRow("garbage") << QByteArray("application/xml") << QByteArray("\x01\x02<<<>>>\xff")
                             << 207;
    QTest::newRow("truncated") << QByteArray("text/xml") << valid.left(40) << 207;
    QTest::newRow("html") << QByteArray("text/html") << valid << 207;
    QTest::newRow("no content type") << QByteArray() << valid << 207;
    QTest::newRow("200 instead of 207") << QByteArray("text/xml") << valid << 200;
    QTest::newRow("login page") << QByteArray("text/html")
                                << QByteArray("<html><form>login</form></html>") << 200;
}

void TestWebDav::garbageListingIsProtocol()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    ScriptedReply reply;
    reply.status = status;
    reply.body = body;
    if (!contentType.isEmpty())
        reply.headers.append(QPair<QByteArray, QByteArray>("Content-Type", contentType));
    m_hostile.setReply(reply);
    auto webdav = hostileClient();
    auto listed = webdav->list(QStringLiteral("a"));
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error().failure, Failure::Protocol);
    QVERIFY(listed.error().message.contains(QLatin1Char('a')));
    auto tested = webdav->testConnection();
    QCOMPARE(tested.error().failure,
        status == 207 && contentType.contains("xml") ? Failure::None : Failure::Protocol);
}

void TestWebDav::hugeListingIsProtocol_data()
{
    QTest::addColumn<bool>("announced");
    QTest::newRow("with Content-Length") << true;
    QTest::newRow("without Content-Length") << false;
}

void TestWebDav::hugeListingIsProtocol()
{
    QFETCH(bool, announced);
    ScriptedReply huge;
    huge.status = 207;
    huge.headers.append(QPair<QByteArray, QByteArray>("Content-Type", "application/xml"));
    huge.body = R"(<response><href>/base/a/x</href></response>)";
    huge.bodySize = 64 * 1024 * 1024;
    if (!announced)
        huge.contentLength = -2;
    m_hostile.setReply(huge);
    DavOptions options;
    options.maxListingBytes = 1024 * 1024;
    auto webdav = hostileClient(options);
    auto listed = webdav->list(QStringLiteral("a"));
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error().failure, Failure::Protocol);
}

void TestWebDav::hugeDownloadIsProtocol()
{
    ScriptedReply huge;
    huge.body = "0123456789abcdef";
    huge.bodySize = 64 * 1024 * 1024;
    huge.contentLength = -2;
    m_hostile.setReply(huge);
    auto webdav = hostileClient();
    auto got = webdav->get(QStringLiteral("a"), 1024 * 1024);
    QVERIFY(!got.ok());
    QCOMPARE(got.error().failure, Failure::Protocol);

    ScriptedReply redirect;
    redirect.status = 302;
    redirect.headers.append(
        QPair<QByteArray, QByteArray>("Location", "https://evil.example/steal"));
    m_hostile.setReply(redirect);
    got = webdav->get(QStringLiteral("a"), 100);
    QCOMPARE(got.error().failure, Failure::Protocol);
    QCOMPARE(got.error().httpStatus, 302);
    QVERIFY2(got.error().message.contains(QStringLiteral("evil.example")),
        qPrintable(got.error().message));
    QCOMPARE(m_hostile.requestLines().constLast(), QByteArray("GET /base/a HTTP/1.1"));
}

QTEST_GUILESS_MAIN(TestWebDav)
#include "tst_webdav.moc"
