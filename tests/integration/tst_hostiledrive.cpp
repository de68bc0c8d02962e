// The drive as an untrusted store, against a real Apache mod_dav on loopback: two stations sync
// sales, deposits and users through the sealing layer; then every file on the server is read
// behind its back and holds no user name, PIN hash, ticket number or station code; then someone
// with the drive's password plants a forged configuration adding an administrator, a
// configuration from an unregistered station, from a register, by a non-administrator and from a
// revoked administration station, a forged station folder, a document numbered with another
// station's prefix, a replayed configuration and config/99999999.json, and truncates and
// substitutes a backup: each refused with a clear line in the sync history (the configuration and
// journal ones audited), nothing applied, and the registers keep selling.

#include "core/sync/webdavclient.h"
#include "tests/support/hostiledrive.h"
#include "tests/support/webdavserver.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace recaisse;
using namespace recaisse::core::sync;

class TestHostileDrive : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::WebDavServer m_server;
    int m_files = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_files)); }

    // Every file Apache serves, read from its folder, by path relative to the DAV root.
    QMap<QString, QByteArray> filesBehindTheServersBack() const
    {
        QMap<QString, QByteArray> files;
        const QString root = m_server.rootDir();
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                files.insert(path.mid(root.size() + 1), file.readAll());
        }
        return files;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void nothingPersonalIsReadableOnTheServer()
    {
        WebDavClient client(
            DavAccount{m_server.url(), test::WebDavServer::user(), test::WebDavServer::password()});
        test::SealedStation a, b;
        QVERIFY(test::makeSealedShop(a, b, client, [this] { return freshPath(); }));
        QVERIFY(b.sync().ok());
        QVERIFY(a.sync().ok());
        const auto files = filesBehindTheServersBack();
        QVERIFY(files.size() > 5);
        for (test::SealedStation *station : {&a, &b}) {
            const QStringList leaks = test::leaksOnTheDrive(*station->store, files);
            QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
        }
    }

    void hostileDriveIsRefusedAndTheRegistersKeepSelling()
    {
        WebDavClient client(
            DavAccount{m_server.url(), test::WebDavServer::user(), test::WebDavServer::password()});
        // A shop of its own on the same server: the first test's files go first.
        test::removeFiles(client, QString());
        test::SealedStation a, b;
        QVERIFY(test::makeSealedShop(a, b, client, [this] { return freshPath(); }));
        test::attackTheDrive(a, b, client);
    }
};

QTEST_GUILESS_MAIN(TestHostileDrive)
#include "tst_hostiledrive.moc"
