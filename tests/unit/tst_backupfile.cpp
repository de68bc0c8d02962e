// "Restaurer depuis un fichier": a backup file saved to a USB key restores a station on a new PC
// only with the shop's recovery key and an administrator of the station; a file of another shop,
// a changed byte, a database whose chain was rewritten, a cashier or a wrong PIN restore nothing.
// The restored station continues in a new numbering series, detached from the drive.

#include "core/cashsession.h"
#include "core/categories.h"
#include "core/integrity.h"
#include "core/portability/backupfile.h"
#include "core/sales.h"
#include "core/store.h"
#include "core/sync/backup.h"
#include "core/sync/recovery.h"
#include "core/sync/rekey.h"
#include "core/sync/sitekeys.h"
#include "core/sync/stationregistry.h"
#include "tests/support/tamper.h"
#include "tests/support/testshop.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace recaisse;
using namespace recaisse::core;

namespace {

// A real shop (not a demo) with an open session and one sale: a chain to verify.
struct ShopWithSale
{
    std::unique_ptr<test::TestShop> shop;
    Sale sale;

    static std::unique_ptr<ShopWithSale> create()
    {
        auto made = std::make_unique<ShopWithSale>();
        made->shop = test::TestShop::create();
        if (!made->shop)
            return nullptr;
        test::TestShop &s = *made->shop;
        if (!CashSessions(*s.store).open(s.cashier, 15000))
            return nullptr;
        s.clock.advanceSecs(600);
        Category category;
        for (const Category &c : CategoryCatalog(*s.store).list()) {
            if (!c.weightRequired && !c.minPriceCents && c.parentId.isEmpty()) {
                category = c;
                break;
            }
        }
        SaleDraft draft;
        draft.lines.append({category.id, 2, 350, std::nullopt});
        draft.payments.append({PaymentMethod::Cash, 1000});
        auto sale = Sales(*s.store).record(s.cashier, draft);
        if (!sale)
            return nullptr;
        made->sale = *sale;
        s.clock.advanceSecs(180);
        return made;
    }
};

// What a shop made by `init` holds for its backup files: the station's keys, registered as the
// shop's founder, the shop's recovery file for recoveryKey and (trust) that key trusted.
struct Sealing
{
    sync::SiteKeys keys;
    QByteArray recoveryFile;
};

std::optional<Sealing> sealingFor(test::TestShop &s, const QString &recoveryKey, bool trust = true)
{
    Sealing sealing{sync::SiteKeys::create(s.store->site().id, s.store->station().id), {}};
    if (!sync::StationRegistry::registerFounder(*s.store, sealing.keys))
        return std::nullopt;
    sealing.recoveryFile = sync::SiteRecovery::file(
        s.store->site().id, sealing.keys.siteKey, recoveryKey, s.clock.nowUtc());
    const auto signing = sync::SiteRecovery::signingKey(recoveryKey, s.store->site().id);
    if (!signing || (trust && !sync::StationRekey::setTrustedPublic(*s.store, signing->publicKey)))
        return std::nullopt;
    return sealing;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestBackupFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void restoresWithTheRecoveryKeyInANewSeries();
    void refusals_data();
    void refusals();
    void aChangedByteIsRefused_data();
    void aChangedByteIsRefused();
    void aPlainArchiveIsRefused();
    void anUnregisteredSignerIsRefused();
    void aRewrittenChainIsRefused();
    void aShopWithoutRecoveryKeyCannotUseAFile();

private:
    QString target(const QString &name) const { return m_out.filePath(name); }

    std::unique_ptr<ShopWithSale> m_data;
    QString m_recoveryKey;
    QString m_file;
    QTemporaryDir m_out;
    std::optional<Sealing> m_sealing;

    // Restoring `bytes` as a file is refused with `code`, and nothing is left.
    void expectRefused(const QByteArray &bytes, ErrorCode code);
};

void TestBackupFile::initTestCase()
{
    m_data = ShopWithSale::create();
    QVERIFY(m_data);
    test::TestShop &s = *m_data->shop;
    m_recoveryKey = sync::SiteRecovery::newKey();
    m_sealing = sealingFor(s, m_recoveryKey);
    QVERIFY(m_sealing);
    auto saved =
        BackupFile::save(*s.store, s.admin, m_out.path(), m_sealing->keys, m_sealing->recoveryFile);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    m_file = *saved;
    // Sealed: neither the database nor its people can be read in the file.
    const QByteArray bytes = bytesOf(m_file);
    QVERIFY(bytes.startsWith("recaisse-backup-file-1\n"));
    for (const char *plain : {"SQLite format 3", "manifest.json", "Camille"})
        QVERIFY2(!bytes.contains(plain), plain);
}

void TestBackupFile::expectRefused(const QByteArray &bytes, ErrorCode code)
{
    const QString changed = target(QStringLiteral("changed.recaisse-backup"));
    QFile file(changed);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();
    const QString db = target(QStringLiteral("changed.sqlite"));
    auto restored = BackupFile::restore(changed, db, m_data->shop->clock, m_recoveryKey,
        {QStringLiteral("Admin"), QStringLiteral("123456")});
    QVERIFY(!restored.ok());
    QCOMPARE(int(restored.error().code), int(code));
    QVERIFY(!restored.error().message.isEmpty());
    QVERIFY(!QFileInfo::exists(db));
    QVERIFY(QDir(m_out.path())
                .entryList({QStringLiteral(".restore-*")}, QDir::Dirs | QDir::Hidden)
                .isEmpty());
}

void TestBackupFile::restoresWithTheRecoveryKeyInANewSeries()
{
    test::TestShop &s = *m_data->shop;
    const QString db = target(QStringLiteral("restored.sqlite"));
    auto restored = BackupFile::restore(
        m_file, db, s.clock, m_recoveryKey, {QStringLiteral("Admin"), QStringLiteral("123456")});
    QVERIFY2(restored.ok(), qPrintable(restored.error().message));
    Store &store = **restored;
    QCOMPARE(store.station().id, s.store->station().id);
    QCOMPARE(store.station().numberingSeries, s.store->station().numberingSeries + 1);
    auto report = IntegrityCheck(store).run();
    QVERIFY(report.ok());
    QVERIFY2(report->intact(), qPrintable(report->problems.join(QLatin1Char('\n'))));
    QCOMPARE(test::auditCount(store, QStringLiteral("sync.restore-file")), 1);
    QSqlQuery account(store.db().connection());
    QVERIFY(account.exec(QStringLiteral("SELECT count(*) FROM sync_account")) && account.next());
    QCOMPARE(account.value(0).toInt(), 0);
    // The sales of the backup are there.
    QSqlQuery sale(store.db().connection());
    sale.prepare(QStringLiteral("SELECT count(*) FROM document WHERE number = ?"));
    sale.addBindValue(m_data->sale.stamp.number);
    QVERIFY(sale.exec() && sale.next());
    QCOMPARE(sale.value(0).toInt(), 1);
    // A second restore onto the same file is refused: the file exists.
    auto again = BackupFile::restore(
        m_file, db, s.clock, m_recoveryKey, {QStringLiteral("Admin"), QStringLiteral("123456")});
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
}

void TestBackupFile::refusals_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<int>("code");
    const QString admin = QStringLiteral("Admin");
    const QString pin = QStringLiteral("123456");
    QTest::newRow("no recovery key") << QString() << admin << pin << int(ErrorCode::InvalidInput);
    QTest::newRow("not a recovery key")
        << QStringLiteral("1234") << admin << pin << int(ErrorCode::InvalidInput);
    QTest::newRow("another shop's key")
        << sync::SiteRecovery::newKey() << admin << pin << int(ErrorCode::AuthenticationFailed);
    QTest::newRow("a cashier") << QStringLiteral("*") << QStringLiteral("Camille")
                               << QStringLiteral("1111") << int(ErrorCode::PermissionDenied);
    QTest::newRow("a wrong PIN") << QStringLiteral("*") << admin << QStringLiteral("999999")
                                 << int(ErrorCode::AuthenticationFailed);
}

void TestBackupFile::refusals()
{
    QFETCH(QString, key);
    QFETCH(QString, user);
    QFETCH(QString, pin);
    QFETCH(int, code);
    if (key == QLatin1String("*"))
        key = m_recoveryKey;
    const QString db = target(QStringLiteral("refused.sqlite"));
    auto restored = BackupFile::restore(m_file, db, m_data->shop->clock, key, {user, pin});
    QVERIFY(!restored.ok());
    QCOMPARE(int(restored.error().code), code);
    QVERIFY(!restored.error().message.isEmpty());
    QVERIFY(!QFileInfo::exists(db));
    QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")));
}

void TestBackupFile::aChangedByteIsRefused_data()
{
    // Where the byte is: each line of the head, the sealed stream's start, middle and end (the
    // signature).
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("fromEnd");
    QTest::addColumn<int>("code");
    QTest::newRow("format") << 0 << -1 << int(ErrorCode::NotADatabase);
    QTest::newRow("path") << 1 << -1 << int(ErrorCode::IntegrityFailure);
    QTest::newRow("signing key") << 2 << -1 << int(ErrorCode::IntegrityFailure);
    QTest::newRow("recovery file") << 3 << -1 << int(ErrorCode::AuthenticationFailed);
    QTest::newRow("stream start") << 4 << -1 << int(ErrorCode::IntegrityFailure);
    QTest::newRow("stream middle") << -1 << -1 << int(ErrorCode::IntegrityFailure);
    QTest::newRow("signature") << -1 << 10 << int(ErrorCode::IntegrityFailure);
}

void TestBackupFile::aChangedByteIsRefused()
{
    QFETCH(int, line);
    QFETCH(int, fromEnd);
    QFETCH(int, code);
    QByteArray bytes = bytesOf(m_file);
    QVERIFY(!bytes.isEmpty());
    qsizetype at = bytes.size() / 2;
    if (fromEnd >= 0) {
        at = bytes.size() - 1 - fromEnd;
    } else if (line >= 0) {
        qsizetype start = 0;
        for (int i = 0; i < line; ++i)
            start = bytes.indexOf('\n', start) + 1;
        // Inside the line, a character that stays valid there: the name's last, the key's
        // ninth, the wrapped site key's third.
        at = line == 1 ? bytes.indexOf('\n', start) - 2 : start + 8;
        if (line == 3)
            at = bytes.indexOf("sealed_site_key", start) + 20;
    }
    if (line >= 0 && line < 4)
        bytes[at] = bytes.at(at) == 'A' ? 'B' : 'A';
    else
        bytes[at] = char(bytes.at(at) ^ 0x01);
    expectRefused(bytes, ErrorCode(code));
    // Cut short, or with a byte more: refused too.
    const QByteArray genuine = bytesOf(m_file);
    expectRefused(genuine.left(genuine.size() - 1), ErrorCode::IntegrityFailure);
    expectRefused(genuine + 'x', ErrorCode::IntegrityFailure);
}

void TestBackupFile::aPlainArchiveIsRefused()
{
    // The station's archive as older versions saved it: nothing proves it is the shop's.
    const QString plain = target(QStringLiteral("plain.tar.xz"));
    QVERIFY(sync::Backup::create(*m_data->shop->store, plain));
    expectRefused(bytesOf(plain), ErrorCode::NotADatabase);
}

void TestBackupFile::anUnregisteredSignerIsRefused()
{
    // Someone with the site key (a stolen PC of the shop) seals a backup of this station with
    // another signing key: the station's registered key does not verify it.
    test::TestShop &s = *m_data->shop;
    sync::SiteKeys other = m_sealing->keys;
    other.signing = sync::SiteKeys::create(s.store->site().id, s.store->station().id).signing;
    QTemporaryDir out;
    auto saved = BackupFile::save(*s.store, s.admin, out.path(), other, m_sealing->recoveryFile);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    expectRefused(bytesOf(*saved), ErrorCode::AuthenticationFailed);
}

void TestBackupFile::aRewrittenChainIsRefused()
{
    // Someone holding the station's file changes a price behind the program's back (the
    // triggers put back as they were) and saves a backup of it: the checksum matches, the
    // schema matches, the chain does not.
    auto data = ShopWithSale::create();
    QVERIFY(data);
    test::TestShop &s = *data->shop;
    const auto sealing = sealingFor(s, m_recoveryKey);
    QVERIFY(sealing);
    const QString failure = test::tamperHidden(s.path(), {QStringLiteral("sale_line_no_update")},
        {QStringLiteral("UPDATE sale_line SET unit_price_cents = 1 WHERE seq = %1 AND line_no = 1")
                .arg(data->sale.stamp.seq)});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QTemporaryDir out;
    auto saved =
        BackupFile::save(*s.store, s.admin, out.path(), sealing->keys, sealing->recoveryFile);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    const QString db = target(QStringLiteral("tampered.sqlite"));
    auto restored = BackupFile::restore(
        *saved, db, s.clock, m_recoveryKey, {QStringLiteral("Admin"), QStringLiteral("123456")});
    QVERIFY(!restored.ok());
    QCOMPARE(restored.error().code, ErrorCode::IntegrityFailure);
    QVERIFY(!QFileInfo::exists(db));
}

void TestBackupFile::aShopWithoutRecoveryKeyCannotUseAFile()
{
    auto shop = test::TestShop::create();
    QVERIFY(shop);
    const auto sealing = sealingFor(*shop, m_recoveryKey, false);
    QVERIFY(sealing);
    QTemporaryDir out;
    auto saved = BackupFile::save(
        *shop->store, shop->admin, out.path(), sealing->keys, sealing->recoveryFile);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    const QString db = target(QStringLiteral("nokey.sqlite"));
    auto restored = BackupFile::restore(*saved, db, shop->clock, m_recoveryKey,
        {QStringLiteral("Admin"), QStringLiteral("123456")});
    QVERIFY(!restored.ok());
    QCOMPARE(restored.error().code, ErrorCode::AuthenticationFailed);
    QVERIFY(!QFileInfo::exists(db));
}

QTEST_GUILESS_MAIN(TestBackupFile)
#include "tst_backupfile.moc"
