// SecretStore against a real Secret Service (run under tests/support/with-keyring.sh), and
// without one: a clear error and nothing written to disk in plain text.

#include "core/sync/secrets.h"
#include "core/sync/sitekeys.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace recaisse::core;
using namespace recaisse::core::sync;

namespace {

const QString childSecret = QStringLiteral("plain-text-must-never-appear-7f3a");

// The child process of noSecretService(): no session bus reachable at all.
int childMain()
{
    int failures = 0;
    auto expect = [&failures](bool condition, const char *what) {
        if (!condition) {
            std::fprintf(stderr, "child: %s\n", what);
            ++failures;
        }
    };
    expect(!SecretStore::available(), "a keychain is available");
    auto written = SecretStore::write(QStringLiteral("webdav/site"), childSecret);
    expect(!written.ok(), "write succeeded");
    expect(written.error().code == ErrorCode::StorageFailure, "write error is not StorageFailure");
    expect(written.error().message.contains(QStringLiteral("No keychain: sync disabled")),
        "write error does not say sync is disabled");
    expect(!written.error().message.contains(childSecret), "the error shows the secret");
    expect(!written.error().message.contains(QLatin1Char('\n')), "the error is not one line");
    auto read = SecretStore::read(QStringLiteral("webdav/site"));
    expect(!read.ok() && read.error().code == ErrorCode::StorageFailure,
        "read error is not StorageFailure");
    auto removed = SecretStore::remove(QStringLiteral("webdav/site"));
    expect(!removed.ok() && removed.error().code == ErrorCode::StorageFailure,
        "remove error is not StorageFailure");
    std::printf("%s\n", qPrintable(written.error().message));
    return failures == 0 ? 0 : 1;
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeReadOverwriteRemove();
    void readMissingIsNotFound();
    void keysAreSeparate();
    void fromWorkerThreads();
    void siteKeysRoundTrip();
    void noSecretService();
};

void TestSecrets::initTestCase()
{
    QVERIFY2(SecretStore::available(),
        "no Secret Service: run this test under tests/support/with-keyring.sh");
}

void TestSecrets::writeReadOverwriteRemove()
{
    const QString key = QStringLiteral("webdav/ressourcerie-é");
    auto written = SecretStore::write(key, QStringLiteral("app-password 1 é€"));
    QVERIFY2(written.ok(), qPrintable(written.error().message));
    auto read = SecretStore::read(key);
    QVERIFY2(read.ok(), qPrintable(read.error().message));
    QCOMPARE(*read, QStringLiteral("app-password 1 é€"));

    written = SecretStore::write(key, QStringLiteral("second"));
    QVERIFY2(written.ok(), qPrintable(written.error().message));
    QCOMPARE(*SecretStore::read(key), QStringLiteral("second"));

    auto removed = SecretStore::remove(key);
    QVERIFY2(removed.ok(), qPrintable(removed.error().message));
    read = SecretStore::read(key);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, ErrorCode::NotFound);
    // Removing what is not there is fine.
    QVERIFY(SecretStore::remove(key).ok());
}

void TestSecrets::readMissingIsNotFound()
{
    auto read = SecretStore::read(QStringLiteral("never-written"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, ErrorCode::NotFound);
    QVERIFY(read.error().message.contains(QStringLiteral("never-written")));
}

void TestSecrets::keysAreSeparate()
{
    QVERIFY(SecretStore::write(QStringLiteral("smtp"), QStringLiteral("s")).ok());
    QVERIFY(SecretStore::write(QStringLiteral("telegram"), QStringLiteral("t")).ok());
    QCOMPARE(*SecretStore::read(QStringLiteral("smtp")), QStringLiteral("s"));
    QCOMPARE(*SecretStore::read(QStringLiteral("telegram")), QStringLiteral("t"));
    QVERIFY(SecretStore::remove(QStringLiteral("smtp")).ok());
    QCOMPARE(*SecretStore::read(QStringLiteral("telegram")), QStringLiteral("t"));
    QVERIFY(SecretStore::remove(QStringLiteral("telegram")).ok());
}

void TestSecrets::siteKeysRoundTrip()
{
    const QString site = QStringLiteral("site-1");
    const QString station = QStringLiteral("station-1");
    QCOMPARE(SiteKeyStore::load(site, station).error().code, ErrorCode::NotFound);

    // A joining station keeps its own keys before it holds the site key.
    SiteKeys joining = SiteKeys::forJoiningStation(site, station);
    QVERIFY(SiteKeyStore::save(joining).ok());
    auto loaded = SiteKeyStore::load(site, station);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    QVERIFY(loaded->siteKey.isEmpty());
    QVERIFY(!loaded->isComplete());
    QCOMPARE(loaded->signing.publicKey, joining.signing.publicKey);
    QCOMPARE(loaded->agreement.publicKey, joining.agreement.publicKey);

    joining.siteKey = crypto::Crypto::newKey();
    QVERIFY(SiteKeyStore::save(joining).ok());
    loaded = SiteKeyStore::load(site, station);
    QVERIFY(loaded->isComplete());
    QCOMPARE(loaded->siteKey, joining.siteKey);
    QCOMPARE(loaded->signing.privateKey, joining.signing.privateKey);

    // An entry that is not a 32-byte key is refused, not used.
    QVERIFY(SecretStore::write(QStringLiteral("station-signing/") + station, QStringLiteral("AAAA"))
                .ok());
    QCOMPARE(SiteKeyStore::load(site, station).error().code, ErrorCode::IntegrityFailure);

    QVERIFY(SiteKeyStore::remove(site, station).ok());
    QCOMPARE(SiteKeyStore::load(site, station).error().code, ErrorCode::NotFound);
    QCOMPARE(
        SecretStore::read(QStringLiteral("site-key/") + site).error().code, ErrorCode::NotFound);
}

void TestSecrets::fromWorkerThreads()
{
    // The sync worker and the CLI call from threads without an event loop of their own, several
    // at once; each thread finishing must not stall the next calls.
    QList<QThread *> threads;
    QAtomicInt failures = 0;
    for (int t = 0; t < 3; ++t) {
        threads.append(QThread::create([t, &failures] {
            const QString key = QStringLiteral("worker/%1").arg(t);
            for (int i = 0; i < 3; ++i) {
                const QString secret = QStringLiteral("secret %1 %2").arg(t).arg(i);
                if (!SecretStore::write(key, secret).ok())
                    failures.ref();
                auto read = SecretStore::read(key);
                if (!read.ok() || *read != secret)
                    failures.ref();
            }
            if (!SecretStore::remove(key).ok())
                failures.ref();
        }));
        threads.constLast()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(120'000));
        delete thread;
    }
    QCOMPARE(failures.loadRelaxed(), 0);
}

void TestSecrets::noSecretService()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("RECAISSE_SECRETS_CHILD"), QStringLiteral("1"));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
        QStringLiteral("unix:path=") + home.filePath(QStringLiteral("no-bus")));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setWorkingDirectory(home.path());
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(200'000));
    const QByteArray output = child.readAllStandardOutput() + child.readAllStandardError();
    QVERIFY2(
        child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
    QVERIFY(output.contains("No keychain: sync disabled"));

    // QtKeychain's insecure fallback would have written a settings file: nothing holds the secret.
    QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(childSecret.toUtf8())
                && !content.contains(childSecret.toUtf8().toBase64()),
            qPrintable(file.fileName()));
    }
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("RECAISSE_SECRETS_CHILD"))
        return childMain();
    TestSecrets test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secrets.moc"
