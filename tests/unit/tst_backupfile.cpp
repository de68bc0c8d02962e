// "Restaurer depuis un fichier": a backup file saved to a USB key restores a station on a new PC
// only with the shop's recovery key and an administrator of the station; a file of another shop,
// a changed byte, a database whose chain was rewritten, a cashier or a wrong PIN restore nothing.
// The restored station continues in a new numbering series, detached from the drive.

#include "core/integrity.h"
#include "core/portability/backupfile.h"
#include "core/store.h"
#include "core/sync/backup.h"
#include "core/sync/recovery.h"
#include "core/sync/rekey.h"
#include "core/cashsession.h"
#include "core/categories.h"
#include "core/sales.h"
#include "tests/support/testshop.h"
#include "tests/support/tamper.h"

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

} // namespace

class TestBackupFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void restoresWithTheRecoveryKeyInANewSeries();
    void refusals_data();
    void refusals();
    void aChangedByteIsRefused();
    void aRewrittenChainIsRefused();
    void aShopWithoutRecoveryKeyCannotUseAFile();

private:
    QString target(const QString &name) const { return m_out.filePath(name); }

    std::unique_ptr<ShopWithSale> m_data;
    QString m_recoveryKey;
    QString m_file;
    QTemporaryDir m_out;
};

void TestBackupFile::initTestCase()
{
    m_data = ShopWithSale::create();
    QVERIFY(m_data);
    test::TestShop &s = *m_data->shop;
    m_recoveryKey = sync::SiteRecovery::newKey();
    const auto signing = sync::SiteRecovery::signingKey(m_recoveryKey, s.store->site().id);
    QVERIFY(signing);
    QVERIFY(sync::StationRekey::setTrustedPublic(*s.store, signing->publicKey).ok());
    auto saved = BackupFile::save(*s.store, s.admin, m_out.path());
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    m_file = *saved;
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

void TestBackupFile::aChangedByteIsRefused()
{
    QFile original(m_file);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray bytes = original.readAll();
    bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x20);
    const QString changed = target(QStringLiteral("changed.tar.gz"));
    QFile file(changed);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const QString db = target(QStringLiteral("changed.sqlite"));
    auto restored = BackupFile::restore(changed, db, m_data->shop->clock, m_recoveryKey,
        {QStringLiteral("Admin"), QStringLiteral("123456")});
    QVERIFY(!restored.ok());
    QVERIFY(!QFileInfo::exists(db));
}

void TestBackupFile::aRewrittenChainIsRefused()
{
    // Someone holding the station's file changes a price behind the program's back (the
    // triggers put back as they were) and saves a backup of it: the checksum matches, the
    // schema matches, the chain does not.
    auto data = ShopWithSale::create();
    QVERIFY(data);
    test::TestShop &s = *data->shop;
    const auto signing = sync::SiteRecovery::signingKey(m_recoveryKey, s.store->site().id);
    QVERIFY(sync::StationRekey::setTrustedPublic(*s.store, signing->publicKey).ok());
    const QString failure = test::tamperHidden(s.path(), {QStringLiteral("sale_line_no_update")},
        {QStringLiteral("UPDATE sale_line SET unit_price_cents = 1 WHERE seq = %1 AND line_no = 1")
                .arg(data->sale.stamp.seq)});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QTemporaryDir out;
    auto saved = BackupFile::save(*s.store, s.admin, out.path());
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
    QTemporaryDir out;
    auto saved = BackupFile::save(*shop->store, shop->admin, out.path());
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
