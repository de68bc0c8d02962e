// The recovery key and kit: the key's form, the site key wrapped on the drive under it, a new key
// replacing the old one, the printable kit, and a restore from the kit alone on a bare PC.

#include "core/sync/backup.h"
#include "core/sync/recovery.h"
#include "core/sync/syncengine.h"
#include "tests/support/memoryremote.h"
#include "tests/support/testshop.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace recaisse::core;
using namespace recaisse::core::sync;
using namespace recaisse::test;

class TestRecovery : public QObject
{
    Q_OBJECT

private slots:
    void keysAreLongAndTypable()
    {
        const QString key = SiteRecovery::newKey();
        static const QRegularExpression form(QStringLiteral("^([A-Z2-7]{4}-){7}[A-Z2-7]{4}$"));
        QVERIFY2(form.match(key).hasMatch(), qPrintable(key));
        QVERIFY(SiteRecovery::newKey() != key);
        const QString plain = SiteRecovery::normalized(key);
        QCOMPARE(plain.size(), 32); // 160 bits
        QCOMPARE(
            SiteRecovery::normalized(key.toLower().replace(QLatin1Char('-'), QLatin1Char(' '))),
            plain);
        QCOMPARE(SiteRecovery::normalized(key.left(38)), QString());
        QCOMPARE(SiteRecovery::normalized(QString(key).replace(0, 1, QLatin1Char('0'))), QString());
        QCOMPARE(SiteRecovery::normalized(QString(key).replace(0, 1, QLatin1Char('8'))), QString());
    }

    void theKeyOpensTheSiteKeyAndNothingElseDoes()
    {
        MemoryRemote remote;
        const QByteArray siteKey = crypto::Crypto::newKey();
        const QString key = SiteRecovery::newKey();
        const QDateTime now(QDate(2026, 3, 10), QTime(8, 0), QTimeZone::utc());
        auto missing = SiteRecovery::recover(remote, key);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().failure, Failure::NotFound);

        QVERIFY(SiteRecovery::publish(remote, QStringLiteral("site-1"), siteKey, key, now).ok());
        const QByteArray stored = remote.files.value(QString::fromLatin1(recoveryPath));
        QVERIFY(!stored.isEmpty());
        QVERIFY(!stored.contains(siteKey.toBase64()));
        QVERIFY(!stored.contains(SiteRecovery::normalized(key).toLatin1()));

        auto recovered = SiteRecovery::recover(remote, key.toLower());
        QVERIFY2(recovered.ok(), qPrintable(recovered.error().message));
        QCOMPARE(recovered->siteId, QStringLiteral("site-1"));
        QCOMPARE(recovered->siteKey, siteKey);

        auto wrong = SiteRecovery::recover(remote, SiteRecovery::newKey());
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().failure, Failure::Credentials);
        QVERIFY(!SiteRecovery::recover(remote, QStringLiteral("1234")).ok());

        // The site id in clear is bound to the sealed key: changing it breaks the file.
        remote.files[QString::fromLatin1(recoveryPath)] =
            QByteArray(stored).replace("site-1", "site-2");
        QCOMPARE(SiteRecovery::recover(remote, key).error().failure, Failure::Credentials);
        remote.files[QString::fromLatin1(recoveryPath)] = "garbage";
        QCOMPARE(SiteRecovery::recover(remote, key).error().failure, Failure::Protocol);
    }

    void theFirstSyncPublishesTheFileMadeWithTheShop()
    {
        auto shop = TestShop::create();
        QVERIFY(shop);
        Store &store = *shop->store;
        const SiteKeys keys = SiteKeys::create(store.site().id, store.station().id);
        const auto key = SiteRecovery::prepareForNewShop(store, keys);
        QVERIFY2(key.ok(), qPrintable(key.error().message));
        // The key is printed, never kept: the station's database does not hold it.
        QVERIFY(!SyncEngine::state(store, QStringLiteral("recovery_file_pending"))
                     .contains(SiteRecovery::normalized(*key)));

        MemoryRemote remote;
        const SyncReport report = SyncEngine(store, remote).run();
        QVERIFY2(report.ok(), qPrintable(report.error.message));
        QCOMPARE(SiteRecovery::recover(remote, *key)->siteKey, keys.siteKey);
        // Published once: the next sync does not write it again.
        remote.files.remove(QString::fromLatin1(recoveryPath));
        QVERIFY(SyncEngine(store, remote).run().ok());
        QVERIFY(!remote.files.contains(QString::fromLatin1(recoveryPath)));
        QCOMPARE(SiteRecovery::publishPending(store, remote).value(), false);
    }

    void aNewKeyReplacesTheOldOne()
    {
        auto shop = TestShop::create();
        QVERIFY(shop);
        Store &store = *shop->store;
        MemoryRemote remote;
        const SiteKeys keys = SiteKeys::create(store.site().id, store.station().id);
        const QString first = SiteRecovery::newKey();
        QVERIFY(
            SiteRecovery::publish(remote, keys.siteId, keys.siteKey, first, shop->clock.nowUtc())
                .ok());

        QVERIFY(!SiteRecovery::renew(store, shop->cashier, keys, remote).ok());
        QVERIFY(!SiteRecovery::renew(store, shop->supervisor, keys, remote).ok());
        // The shop's administrator may, while the shop has no super-administrator.
        auto second = SiteRecovery::renew(store, shop->admin, keys, remote);
        QVERIFY2(second.ok(), qPrintable(second.error().message));
        QCOMPARE(auditCount(store, QStringLiteral("recovery.key")), 1);
        QCOMPARE(SiteRecovery::recover(remote, *second)->siteKey, keys.siteKey);
        QVERIFY(!SiteRecovery::recover(remote, first).ok());

        // Once a super-administrator exists, the kit is theirs to renew.
        QSqlQuery promote(store.db().connection());
        QVERIFY(promote.exec(
            QStringLiteral("UPDATE app_user SET role = 'super-admin' WHERE name = 'Sam'")));
        QVERIFY(!SiteRecovery::renew(store, shop->admin, keys, remote).ok());
        Actor dom = shop->supervisor;
        dom.role = Role::SuperAdmin;
        QVERIFY(SiteRecovery::renew(store, dom, keys, remote).ok());
        // Without the site key there is nothing to wrap.
        SiteKeys joining = SiteKeys::forJoiningStation(store.site().id, store.station().id);
        QVERIFY(!SiteRecovery::renew(store, shop->admin, joining, remote).ok());
    }

    void theKitIsAOnePagePdf()
    {
        RecoveryKit kit{
            QStringLiteral("Ressourcerie (du Pont)"), SiteRecovery::newKey(), QDate(2026, 3, 10)};
        const QByteArray pdf = kit.pdf();
        QVERIFY(pdf.startsWith("%PDF-1.4\n"));
        QVERIFY(pdf.endsWith("%%EOF\n"));
        QVERIFY(pdf.contains(kit.recoveryKey.toLatin1()));
        // Parentheses in the shop's name are escaped inside the PDF string.
        QVERIFY(pdf.contains("Ressourcerie \\(du Pont\\)"));
        QVERIFY(pdf.contains("/Count 1"));
        // Every cross-reference entry points at its object.
        const qsizetype xref = pdf.lastIndexOf("\nxref\n") + 1;
        const QByteArray start = pdf.mid(pdf.lastIndexOf("startxref\n") + 10).split('\n').first();
        QCOMPARE(start.toLongLong(), xref);
        const QList<QByteArray> lines = pdf.mid(xref).split('\n');
        for (int object = 1; object <= 7; ++object) {
            const qsizetype offset = lines.at(2 + object).left(10).toLongLong();
            QVERIFY(
                pdf.mid(offset).startsWith(QByteArray(QByteArray::number(object) + " 0 obj\n")));
        }
        // The page says what happens when the kit is lost.
        QVERIFY(kit.paragraphs().join(QLatin1Char(' ')).contains(QStringLiteral("starts again")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kit.pdf"));
        QVERIFY(kit.save(path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), pdf);
        QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
            QFileDevice::Permissions());
    }

    void aBarePcRestoresWithTheKitAlone()
    {
        auto shop = TestShop::create();
        QVERIFY(shop);
        MemoryRemote remote;
        const SiteKeys keys = SiteKeys::create(shop->store->site().id, shop->store->station().id);
        const QString key = SiteRecovery::newKey();
        QVERIFY(SiteRecovery::publish(remote, keys.siteId, keys.siteKey, key, shop->clock.nowUtc())
                    .ok());
        QVERIFY(SyncEngine(*shop->store, remote).run().ok());
        QVERIFY(Backup::upload(*shop->store, remote).ok());
        const QString code = shop->store->station().code;
        shop->store.reset();

        // A new PC: nothing but the drive and the paper.
        QTemporaryDir bare;
        const auto recovered = SiteRecovery::recover(remote, key);
        QVERIFY2(recovered.ok(), qPrintable(recovered.error().message));
        QCOMPARE(recovered->siteKey, keys.siteKey);
        QCOMPARE(recovered->siteId, keys.siteId);
        auto restored =
            Backup::restore(remote, code, bare.filePath(QStringLiteral("restored.sqlite")),
                shop->clock, RestoringUser{QStringLiteral("Admin"), QStringLiteral("123456")});
        QVERIFY2(restored.ok(), qPrintable(restored.error().message));
        QCOMPARE((*restored)->site().id, recovered->siteId);
    }
};

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
