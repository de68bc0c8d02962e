// The drive as an untrusted store, over the in-memory shared folder: what the sealing layer
// writes, what it refuses, and two stations syncing through it while the drive is attacked
// (forged configuration, unregistered and revoked stations, a non-administration station
// publishing a configuration, a forged station folder, another station's number prefix, a
// replayed configuration, config/99999999.json, truncated and substituted large files).

#include "core/categories.h"
#include "core/crypto.h"
#include "core/demoshop.h"
#include "core/exports/partners.h"
#include "core/ledger.h"
#include "core/mail/mailaccount.h"
#include "core/outflows.h"
#include "core/sales.h"
#include "core/store.h"
#include "core/sync/backup.h"
#include "core/sync/journalrecords.h"
#include "core/sync/recovery.h"
#include "core/sync/rekey.h"
#include "core/sync/sealedremote.h"
#include "core/sync/segment.h"
#include "core/sync/siteconfig.h"
#include "core/sync/sitekeys.h"
#include "core/sync/stationregistry.h"
#include "core/sync/syncengine.h"
#include "core/sync/telegram.h"
#include "core/towns.h"
#include "core/users.h"
#include "tests/support/hostiledrive.h"
#include "tests/support/memoryremote.h"
#include "tests/support/testshop.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace recaisse;
using namespace recaisse::core;
using namespace recaisse::core::sync;

namespace {

// A shop whose station registered its keys, on an in-memory drive through the sealing layer.
struct Founder
{
    std::unique_ptr<test::TestShop> shop = test::TestShop::create();
    SiteKeys keys =
        shop ? SiteKeys::create(shop->store->site().id, shop->store->station().id) : SiteKeys();
    test::MemoryRemote inner;
    std::unique_ptr<SealedRemote> remote;

    Founder()
    {
        if (!shop || !StationRegistry::registerFounder(*shop->store, keys))
            shop.reset();
        else
            remote = std::make_unique<SealedRemote>(inner, keys, *shop->store);
    }
};

} // namespace

class TestSealedRemote : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_files)); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void pathsAndTemporaryNames()
    {
        QVERIFY(isPlainPath(QStringLiteral("exports/ecologic.csv")));
        QVERIFY(isPlainPath(QStringLiteral("join/request.json")));
        QVERIFY(!isPlainPath(QStringLiteral("config/00000001-x.json")));
        QVERIFY(!isPlainPath(QStringLiteral("exportsx/a")));
        const QString final = QStringLiteral("stations/abc/journal/00000001-00000050.ndjson.gz");
        QCOMPARE(finalPathOf(uploadPath(final)), final);
        QCOMPARE(finalPathOf(QStringLiteral("config/.upload-00000002.json.part")),
            QStringLiteral("config/00000002.json"));
        QVERIFY(!finalPathOf(final));
    }

    void envelopesOpenOnlyWhereAndAsTheyWereSealed()
    {
        Founder founder;
        QVERIFY(founder.shop);
        Store &store = *founder.shop->store;
        const SiteKeys &keys = founder.keys;
        test::MemoryRemote &inner = founder.inner;
        SealedRemote &remote = *founder.remote;
        const QString path = QStringLiteral("stations/%1/station.json").arg(store.station().id);
        const QByteArray plain = "{\"code\":\"CAISSE1\",\"user\":\"Dominique\"}";
        QVERIFY(remote.put(uploadPath(path), plain).ok() == false); // no folder yet
        QVERIFY(remote.makeFolders(QStringLiteral("stations/") + store.station().id));
        const QString temporary = uploadPath(path);
        QVERIFY(remote.put(temporary, plain));
        // Moved only to the path it was sealed for.
        QCOMPARE(
            remote.move(temporary, path + QStringLiteral("x")).error().failure, Failure::Local);
        QVERIFY(remote.move(temporary, path));
        QVERIFY(!inner.files.value(path).contains("Dominique"));
        QVERIFY(!inner.files.value(path).contains("CAISSE1"));
        QCOMPARE(*remote.get(path, 1024), plain);
        QCOMPARE(remote.lastSigner(), store.station().id);
        // The listing gives the plain size.
        const auto listing = remote.list(QStringLiteral("stations/") + store.station().id);
        QVERIFY(listing);
        QCOMPARE(listing->first().size, plain.size());

        const auto refusedWith = [&](const QString &at, const QByteArray &bytes) {
            inner.files[at] = bytes;
            const auto got = remote.get(at, 1024);
            return got ? QString() : got.error().message;
        };
        QByteArray flipped = inner.files.value(path);
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 1);
        QVERIFY(refusedWith(path, flipped).contains(QStringLiteral("signature")));
        QVERIFY(refusedWith(path, plain).contains(QStringLiteral("not sealed")));
        // A genuine file copied elsewhere: the path is bound.
        inner.files[path] = remote.seal(path, plain);
        const QString elsewhere = QStringLiteral("logs/station.json");
        QVERIFY(refusedWith(elsewhere, inner.files.value(path))
                    .contains(QStringLiteral("does not open")));
        // Signed by a station the shop does not know.
        const SiteKeys stranger = SiteKeys::create(store.site().id, newId());
        SealedRemote strangers(inner, stranger, store);
        QVERIFY(refusedWith(
            QStringLiteral("logs/a.json"), strangers.seal(QStringLiteral("logs/a.json"), plain))
                    .contains(QStringLiteral("not registered")));
        // Sealed under another shop's key by a registered station.
        SiteKeys otherShop = keys;
        otherShop.siteKey = crypto::Crypto::newKey();
        SealedRemote other(inner, otherShop, store);
        QVERIFY(refusedWith(
            QStringLiteral("logs/b.json"), other.seal(QStringLiteral("logs/b.json"), plain))
                    .contains(QStringLiteral("does not open")));
        // Plain folders pass as they are.
        QVERIFY(remote.makeFolders(QStringLiteral("exports")));
        QVERIFY(remote.put(QStringLiteral("exports/a.csv"), "a;b"));
        QCOMPARE(inner.files.value(QStringLiteral("exports/a.csv")), QByteArray("a;b"));
        QCOMPARE(remote.get(path + QStringLiteral("nope"), 10).error().failure, Failure::NotFound);
    }

    void aJoinerTrustsTheRegistryOfTheSignedConfiguration()
    {
        Founder founder;
        QVERIFY(founder.shop);
        Store &store = *founder.shop->store;
        SiteKeys joiner = SiteKeys::forJoiningStation(store.site().id, newId());
        joiner.siteKey = founder.keys.siteKey;
        QCOMPARE(
            SealedRemote::signersFromPublishedConfiguration(founder.inner, joiner).error().failure,
            Failure::NotFound);
        QVERIFY(SiteConfig::publish(store, *founder.remote));
        auto signers = SealedRemote::signersFromPublishedConfiguration(founder.inner, joiner);
        QVERIFY(signers);
        const auto known = (*signers)(store.station().id);
        QVERIFY(known && known->mayConfigure());
        QCOMPARE(known->signingPublic, founder.keys.signing.publicKey);
        // A newer configuration signed by a register of that registry does not replace it.
        const SiteKeys registerKeys = SiteKeys::create(store.site().id, newId());
        QVERIFY(StationRegistry::registerStation(store,
            StationRegistration{registerKeys.stationId, QStringLiteral("CAISSE2"),
                registerKeys.signing.publicKey, registerKeys.agreement.publicKey, false, {}}));
        auto config = SiteConfig::collect(store);
        QVERIFY(config);
        SiteKeys sameSite = registerKeys;
        sameSite.siteKey = founder.keys.siteKey;
        const QString newer = QStringLiteral("config/00000009-%1.json").arg(registerKeys.stationId);
        founder.inner.files[newer] = SealedRemote(founder.inner, sameSite, store)
                                         .seal(newer, QJsonDocument(*config).toJson());
        signers = SealedRemote::signersFromPublishedConfiguration(founder.inner, joiner);
        QVERIFY(signers);
        QVERIFY(!(*signers)(registerKeys.stationId)); // the older, genuine registry
        // Under another shop's key nothing opens.
        joiner.siteKey = crypto::Crypto::newKey();
        QVERIFY(!SealedRemote::signersFromPublishedConfiguration(founder.inner, joiner));
    }

    void largeFilesStreamAndRefuseTruncation()
    {
        Founder founder;
        QVERIFY(founder.shop);
        Store &store = *founder.shop->store;
        test::MemoryRemote &inner = founder.inner;
        SealedRemote &remote = *founder.remote;
        const QString folder = QStringLiteral("backups/") + store.station().id;
        QVERIFY(remote.makeFolders(folder));
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("big.bin"));
        QByteArray content;
        for (int i = 0; content.size() < 3 * 1024 * 1024 + 777; ++i)
            content += QByteArray::number(i) + ' ';
        {
            QFile file(source);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const QString path = folder + QStringLiteral("/20260310T080000Z-j0000000001.tar.gz");
        const QString temporary = uploadPath(path);
        QVERIFY(remote.putFile(temporary, source));
        QVERIFY(remote.move(temporary, path));
        QVERIFY(!inner.files.value(path).contains(content.mid(1000, 64)));
        const QString back = dir.filePath(QStringLiteral("back.bin"));
        QVERIFY(remote.getFile(path, back, 8 * 1024 * 1024));
        QFile read(back);
        QVERIFY(read.open(QIODevice::ReadOnly));
        QCOMPARE(read.readAll(), content);
        read.close();
        // Too big for what the caller accepts.
        QCOMPARE(remote.getFile(path, back, 1024 * 1024).error().failure, Failure::Protocol);

        const QByteArray genuine = inner.files.value(path);
        const auto refused = [&](const QByteArray &bytes) {
            inner.files[path] = bytes;
            const auto got = remote.getFile(path, back, 8 * 1024 * 1024);
            return !got && got.error().failure == Failure::Untrusted;
        };
        // Truncated (signature gone, or re-signed by nobody), a byte changed.
        QVERIFY(refused(genuine.left(genuine.size() - 1000)));
        QVERIFY(refused(genuine.left(genuine.size() / 2)));
        QByteArray changed = genuine;
        changed[2 * 1024 * 1024] = char(changed[2 * 1024 * 1024] ^ 0x40);
        QVERIFY(refused(changed));
        // A backup substituted by another genuine file (signed, but sealed for another path).
        const QString otherPath = folder + QStringLiteral("/other.tar.gz");
        const QString otherTemp = uploadPath(otherPath);
        QVERIFY(remote.putFile(otherTemp, source));
        QVERIFY(inner.files.contains(otherTemp));
        QVERIFY(refused(inner.files.value(otherTemp)));
        QVERIFY(refused(QByteArray())); // emptied
        inner.files[path] = genuine;
        QVERIFY(remote.getFile(path, back, 8 * 1024 * 1024));
    }

    void aRestoredRegisterIsTrustedThroughTheRecoveryKeyOnly()
    {
        test::SealedStation a, b;
        test::MemoryRemote remote;
        QVERIFY(test::makeSealedShop(a, b, remote, [this] { return freshPath(); }));
        const QString siteId = a.store->site().id;
        const auto dominique = Users(*a.store).findByName(QStringLiteral("Dominique"));
        QVERIFY(dominique);
        auto superAdmin = Users(*a.store).login(dominique->id, QStringLiteral("666666"));
        QVERIFY(superAdmin);
        // The kit's key, made on the administration station: its public half reaches B signed.
        auto key = SiteRecovery::renew(*a.store, *superAdmin, a.keys, remote);
        QVERIFY2(key, qPrintable(key.error().message));
        QVERIFY(a.sync().ok());
        QVERIFY(b.sync().ok());
        const auto recoverySigning = SiteRecovery::signingKey(*key, siteId);
        QVERIFY(recoverySigning);
        QCOMPARE(StationRekey::trustedPublic(*b.store), recoverySigning->publicKey);
        // A register renewing the key could not publish its public half: refused.
        QVERIFY(SiteRecovery::renew(*b.store, *superAdmin, b.keys, remote)
                    .error()
                    .message.contains(QStringLiteral("administration station")));

        // B backs up, sells on, syncs, and is lost with its private keys.
        QVERIFY(Backup::upload(*b.store, *b.sealed));
        QVERIFY(test::moreDemoDays(*b.store, b.clock, 1, 7));
        QVERIFY(b.sync().ok());
        QVERIFY(a.sync().ok());
        const QString bId = b.store->station().id;
        const SiteKeys lost = b.keys;
        const QString salesOfBSql =
            QStringLiteral("SELECT count(*) FROM sale WHERE station_id = '%1'").arg(bId);
        const qint64 salesOfB = test::count(*b.store, salesOfBSql);
        b.sealed.reset();
        b.store.reset();

        // Another recovery key restores nothing and leaves no file.
        const QString refusedPath = freshPath();
        const RestoringUser admin{QStringLiteral("Admin"), QStringLiteral("123456")};
        QVERIFY(!StationRekey::restoreStation(remote, SiteRecovery::newKey(),
            QStringLiteral("CAISSE2"), refusedPath, a.clock, admin));
        QVERIFY(!QFile::exists(refusedPath));

        test::SealedStation r;
        r.clock.set(a.clock.nowUtc());
        auto restored = StationRekey::restoreStation(
            remote, *key, QStringLiteral("CAISSE2"), freshPath(), r.clock, admin);
        QVERIFY2(restored, qPrintable(restored.error().message));
        r.store = std::move(restored->store);
        r.keys = restored->keys;
        QCOMPARE(r.store->station().id, bId);
        QVERIFY(r.keys.signing.publicKey != lost.signing.publicKey);
        r.sealed = std::make_unique<SealedRemote>(remote, r.keys, *r.store);

        // The restored register sells; the back office learns its new keys (audited once) and
        // takes everything it publishes.
        QVERIFY(test::moreDemoDays(*r.store, r.clock, 1, 8));
        QVERIFY(r.sync().ok());
        const SyncReport learnt = a.sync();
        QVERIFY2(learnt.ok(), qPrintable(learnt.error.message));
        QCOMPARE(learnt.keysReplaced, 1);
        auto onA = StationRegistry::find(*a.store, bId);
        QVERIFY(onA && *onA);
        QCOMPARE((*onA)->signingPublic, r.keys.signing.publicKey);
        QCOMPARE((*onA)->retired.size(), 1);
        QCOMPARE((*onA)->retired.first().signingPublic, lost.signing.publicKey);
        const qint64 salesOfR = test::count(*r.store, salesOfBSql);
        QVERIFY(salesOfR >= salesOfB);
        // Up to the last document the restored register made (its new numbering series).
        const QString lastDocument =
            QStringLiteral("SELECT max(seq) FROM document WHERE station_id = '%1'").arg(bId);
        QCOMPARE(test::count(*a.store, lastDocument), test::count(*r.store, lastDocument));
        QCOMPARE(test::count(*a.store, salesOfBSql), salesOfR);
        // (The restored register's own audit of it arrived with its journal.)
        const QString rekeyedOnA = QStringLiteral("SELECT count(*) FROM audit_event WHERE action = "
                                                  "'station.rekey' AND station_id = '%1'")
                                       .arg(a.store->station().id);
        QCOMPARE(test::count(*a.store, rekeyedOnA), 1);
        // The statement stays on the drive: read again, it changes nothing.
        QCOMPARE(a.sync().keysReplaced, 0);
        QCOMPARE(test::count(*a.store, rekeyedOnA), 1);

        // The lost key opens the journal it published, nothing after it, nothing else.
        const qint64 through = (*onA)->retired.first().journalThrough;
        QVERIFY(through > 0);
        SealedRemote thief(remote, lost, *a.store);
        const QString late = QStringLiteral("stations/%1/journal/%2")
                                 .arg(bId, segmentName(through + 1, through + 1));
        QVERIFY(thief.put(late, "forged"));
        QCOMPARE(a.sealed->get(late, 1024).error().failure, Failure::Untrusted);
        const QString early =
            QStringLiteral("stations/%1/journal/%2").arg(bId, segmentName(through, through));
        const QByteArray genuineEarly = test::contentOf(remote, early);
        QVERIFY(thief.put(early, "old"));
        const auto opened = a.sealed->get(early, 1024);
        QVERIFY2(opened, qPrintable(opened.error().message));
        QCOMPARE(*opened, QByteArray("old"));
        QVERIFY(thief.put(QStringLiteral("stations/%1/station.json").arg(bId), "{}"));
        QCOMPARE(a.sealed->get(QStringLiteral("stations/%1/station.json").arg(bId), 1024)
                     .error()
                     .failure,
            Failure::Untrusted);
        test::removeFiles(remote, late);
        test::removeFiles(remote, QStringLiteral("stations/%1/station.json").arg(bId));
        if (!genuineEarly.isEmpty())
            QVERIFY(test::putFile(remote, early, genuineEarly));

        // A statement signed with any other key is refused and audited; nothing changes.
        const auto forger = SiteRecovery::signingKey(SiteRecovery::newKey(), siteId);
        const SiteKeys attacker = SiteKeys::forJoiningStation(siteId, bId);
        QVERIFY(StationRekey::publish(remote,
            RekeyStatement{siteId, bId, QStringLiteral("CAISSE2"), r.keys.signing.publicKey,
                attacker.signing.publicKey, attacker.agreement.publicKey, 0, a.clock.nowUtc(),
                QString()},
            forger->privateKey));
        const SyncReport forged = a.sync();
        QCOMPARE(forged.error.failure, Failure::Untrusted);
        QCOMPARE((*StationRegistry::find(*a.store, bId))->signingPublic, r.keys.signing.publicKey);
        QVERIFY(test::auditCount(*a.store, QStringLiteral("sync.refused")) >= 1);

        // A configuration published before the restore does not bring the lost key back.
        const auto registry = StationRegistry::collect(*a.store);
        QVERIFY(registry);
        QJsonObject oldRow;
        for (const QJsonValue &row : *registry) {
            if (row.toObject().value(QStringLiteral("station_id")).toString() == bId)
                oldRow = row.toObject();
        }
        QVERIFY(oldRow.contains(QStringLiteral("retired")));
        oldRow.insert(QStringLiteral("signing_public"),
            QString::fromLatin1(lost.signing.publicKey.toBase64()));
        oldRow.remove(QStringLiteral("retired"));
        QVERIFY(StationRegistry::apply(*a.store, QJsonArray{oldRow}));
        QCOMPARE((*StationRegistry::find(*a.store, bId))->signingPublic, r.keys.signing.publicKey);
    }

    void ecoOrganismMappingsReachEveryStation()
    {
        test::SealedStation a, b;
        test::MemoryRemote remote;
        QVERIFY(test::makeSealedShop(a, b, remote, [this] { return freshPath(); }));
        const auto dominique = Users(*a.store).findByName(QStringLiteral("Dominique"));
        QVERIFY(dominique);
        // The shop's super-administrator (the demo shop has none: as the other tests do).
        QVERIFY(test::count(*a.store,
                    QStringLiteral("UPDATE app_user SET role = 'super-admin' WHERE id = '%1' "
                                   "RETURNING 1")
                        .arg(dominique->id))
            == 1);
        auto superAdmin = Users(*a.store).login(dominique->id, QStringLiteral("666666"));
        QVERIFY(superAdmin);
        QCOMPARE(superAdmin->role, Role::SuperAdmin);
        PartnerMapping onA(*a.store);
        QVERIFY(onA.load());
        QVERIFY(onA.map(*superAdmin, QStringLiteral("mobilier.chaise"), QStringLiteral("ecomaison"),
            QStringLiteral("EA-PLAN")));
        QVERIFY(onA.mapNone(*superAdmin, QStringLiteral("divers")));
        QVERIFY(a.sync().ok());
        QVERIFY(b.sync().ok());
        PartnerMapping onB(*b.store);
        QVERIFY(onB.load());
        const auto chair = onB.explicitOf(QStringLiteral("mobilier.chaise"));
        QVERIFY(chair);
        QCOMPARE(chair->code, QStringLiteral("EA-PLAN"));
        QVERIFY(onB.explicitOf(QStringLiteral("divers")));
        QVERIFY(onB.explicitOf(QStringLiteral("divers"))->partner.isEmpty());
        // Back to the default on the administration station: gone everywhere.
        QVERIFY(onA.reset(*superAdmin, QStringLiteral("mobilier.chaise")));
        QVERIFY(a.sync().ok());
        QVERIFY(b.sync().ok());
        QVERIFY(onB.load());
        QVERIFY(!onB.explicitOf(QStringLiteral("mobilier.chaise")));
        QVERIFY(onB.explicitOf(QStringLiteral("divers")));
    }

    void containersReachEveryStation()
    {
        test::SealedStation a, b;
        test::MemoryRemote remote;
        QVERIFY(test::makeSealedShop(a, b, remote, [this] { return freshPath(); }));
        const auto dominique = Users(*a.store).findByName(QStringLiteral("Dominique"));
        QVERIFY(dominique);
        auto admin = Users(*a.store).login(dominique->id, QStringLiteral("666666"));
        QVERIFY(admin);
        const auto cage = Containers(*a.store).add(*admin, QStringLiteral("Cage"), 12'500);
        QVERIFY2(cage, qPrintable(cage.error().message));
        QVERIFY(Containers(*a.store).add(*admin, QStringLiteral("Bac"), 38'000));
        QVERIFY(a.sync().ok());
        QVERIFY(b.sync().ok());
        auto onB = Containers(*b.store).list();
        QVERIFY(onB);
        QCOMPARE(onB->size(), 2);
        QCOMPARE(Containers(*b.store).find(cage->id)->tareGrams, qint64(12'500));
        // A new tare and a removal on the administration station: the same everywhere.
        QVERIFY(Containers(*a.store).setTare(*admin, cage->id, 13'000));
        QVERIFY(Containers(*a.store).remove(*admin, Containers(*a.store).list()->first().id));
        QVERIFY(a.sync().ok());
        QVERIFY(b.sync().ok());
        onB = Containers(*b.store).list();
        QCOMPARE(onB->size(), 1);
        QCOMPARE(onB->first().id, cage->id);
        QCOMPARE(onB->first().tareGrams, qint64(13'000));
    }

    // The mail account and the Bot API address travel in the signed configuration: on a register
    // (not an administration station) a change is refused and audited, what stays the
    // station's own (the chats, the password kept for the same account) is not.
    void notificationSettingsAreReadOnlyOnARegister()
    {
        test::SealedStation a, b;
        test::MemoryRemote remote;
        QVERIFY(test::makeSealedShop(a, b, remote, [this] { return freshPath(); }));
        const auto dominique = Users(*a.store).findByName(QStringLiteral("Dominique"));
        QVERIFY(dominique);
        auto admin = Users(*a.store).login(dominique->id, QStringLiteral("666666"));
        QVERIFY(admin);
        const mail::MailAccountSettings account{QStringLiteral("smtp.lac.example"), 465,
            mail::SmtpSecurity::Tls, QString(), QStringLiteral("caisse@lac.example"), {}};
        QVERIFY(mail::MailAccount::save(*a.store, *admin, account, QString()));
        QVERIFY(TelegramNotifier::save(
            *a.store, *admin, TelegramSettings{QStringLiteral("http://127.0.0.1:8081"), {}}));
        QVERIFY(a.sync().ok());
        QVERIFY(b.sync().ok());
        QVERIFY(mail::MailAccount::sharedEditableHere(*a.store));
        QVERIFY(TelegramNotifier::apiEditableHere(*a.store));
        QVERIFY(!mail::MailAccount::sharedEditableHere(*b.store));
        QVERIFY(!TelegramNotifier::apiEditableHere(*b.store));

        const int denied = test::auditCount(*b.store, QStringLiteral("permission.denied"));
        mail::MailAccountSettings moved = account;
        moved.host = QStringLiteral("smtp.ailleurs.example");
        const auto refused = mail::MailAccount::save(*b.store, *admin, moved, QString());
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(refused.error().message, mail::MailAccount::readOnlyReason());
        QCOMPARE((*mail::MailAccount::load(*b.store))->host, account.host);
        const auto otherApi = TelegramNotifier::save(
            *b.store, *admin, TelegramSettings{QStringLiteral("http://127.0.0.1:9999"), {}});
        QCOMPARE(otherApi.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(otherApi.error().message, TelegramNotifier::apiReadOnlyReason());
        QCOMPARE(
            TelegramNotifier::load(*b.store).apiBaseUrl, QStringLiteral("http://127.0.0.1:8081"));
        QCOMPARE(test::auditCount(*b.store, QStringLiteral("permission.denied")), denied + 2);

        // The same shared settings (the password part only) and this station's own chats.
        QVERIFY(mail::MailAccount::save(*b.store, *admin, account, QString()));
        QVERIFY(TelegramNotifier::save(*b.store, *admin,
            TelegramSettings{QStringLiteral("http://127.0.0.1:8081"), {QStringLiteral("42")}}));
        QCOMPARE(TelegramNotifier::load(*b.store).chatIds, QStringList{QStringLiteral("42")});
        QCOMPARE(test::auditCount(*b.store, QStringLiteral("permission.denied")), denied + 2);
    }

    void townsReachEveryStation()
    {
        test::SealedStation a, b;
        test::MemoryRemote remote;
        QVERIFY(test::makeSealedShop(a, b, remote, [this] { return freshPath(); }));
        const auto dominique = Users(*a.store).findByName(QStringLiteral("Dominique"));
        QVERIFY(dominique);
        auto admin = Users(*a.store).login(dominique->id, QStringLiteral("666666"));
        QVERIFY(admin);
        const qsizetype before = Towns(*a.store).list()->size(); // the demo shop's
        // The configuration names the person behind its latest change: until now, not Dominique.
        const auto lastAuthorOn = [](Store &store) {
            QSqlQuery query(store.db().connection());
            query.exec(QStringLiteral("SELECT actor_id FROM audit_event WHERE action = "
                                      "'config.apply' ORDER BY seq DESC LIMIT 1"));
            return query.next() ? query.value(0).toString() : QString();
        };
        QVERIFY(lastAuthorOn(*b.store) != dominique->id);
        const auto pantin =
            Towns(*a.store).add(*admin, QStringLiteral("Pantin"), QStringLiteral("93500"));
        QVERIFY2(pantin, qPrintable(pantin.error().message));
        QVERIFY(
            Towns(*a.store).add(*admin, QStringLiteral("Noisy-le-Sec"), QStringLiteral("93130")));
        QVERIFY(a.sync().ok());
        QVERIFY(b.sync().ok());
        auto onB = Towns(*b.store).list();
        QVERIFY(onB);
        QCOMPARE(onB->size(), before + 2);
        QCOMPARE(Towns(*b.store).find(pantin->id)->postcode, QStringLiteral("93500"));
        QCOMPARE(lastAuthorOn(*b.store), dominique->id);
        // A removal on the administration station: the same everywhere.
        QVERIFY(Towns(*a.store).remove(*admin, pantin->id));
        QVERIFY(a.sync().ok());
        QVERIFY(b.sync().ok());
        onB = Towns(*b.store).list();
        QCOMPARE(onB->size(), before + 1);
        QVERIFY(!Towns(*b.store).find(pantin->id));
        QVERIFY(Towns(*b.store).find(QStringLiteral("93130")));
    }

    void hostileDriveIsRefusedAndTheRegisterKeepsSelling()
    {
        test::SealedStation a, b;
        test::MemoryRemote remote;
        QVERIFY(test::makeSealedShop(a, b, remote, [this] { return freshPath(); }));
        test::attackTheDrive(a, b, remote);
    }
};

QTEST_GUILESS_MAIN(TestSealedRemote)
#include "tst_sealedremote.moc"
