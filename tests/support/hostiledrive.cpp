#include "hostiledrive.h"

#include "core/categories.h"
#include "core/demoshop.h"
#include "core/ledger.h"
#include "core/sync/backup.h"
#include "core/sync/journalrecords.h"
#include "core/sync/segment.h"
#include "core/sync/siteconfig.h"
#include "core/sync/stationregistry.h"
#include "core/users.h"
#include "testshop.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace recaisse::test {

using namespace recaisse::core;
using namespace recaisse::core::sync;

qint64 count(Store &store, const QString &sql)
{
    QSqlQuery query(store.db().connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

namespace {

void collect(Remote &remote, const QString &folder, QMap<QString, QByteArray> &files)
{
    auto listing = remote.list(folder);
    if (!listing)
        return;
    for (const RemoteEntry &entry : *listing) {
        const QString path = folder.isEmpty() ? entry.name : folder + QLatin1Char('/') + entry.name;
        if (entry.isFolder)
            collect(remote, path, files);
        else
            files.insert(path, contentOf(remote, path));
    }
}

} // namespace

SyncReport SealedStation::sync()
{
    SyncEngine engine(*store, *sealed, SyncEngine::Options{50, 64LL * 1024 * 1024});
    engine.setConfigSteps(&SiteConfig::publish, &SiteConfig::applyLatest);
    return engine.run();
}

QMap<QString, QByteArray> filesOn(Remote &remote)
{
    QMap<QString, QByteArray> files;
    if (remote.list(QString()))
        collect(remote, QString(), files);
    else // a remote that does not list its root: the folders ReCaisse writes
        for (const QString &folder : {QStringLiteral("stations"), QStringLiteral("config"),
                 QStringLiteral("backups"), QStringLiteral("exports"), QStringLiteral("logs"),
                 QStringLiteral("audio"), QStringLiteral("join")})
            collect(remote, folder, files);
    return files;
}

QByteArray contentOf(Remote &remote, const QString &path)
{
    auto data = remote.get(path, 512LL * 1024 * 1024);
    return data ? *data : QByteArray();
}

bool putFile(Remote &remote, const QString &path, const QByteArray &bytes)
{
    const QString folder = path.section(QLatin1Char('/'), 0, -2);
    if (!folder.isEmpty() && !remote.makeFolders(folder))
        return false;
    return remote.put(path, bytes).ok();
}

void removeFiles(Remote &remote, const QString &prefix)
{
    for (const QString &path : filesOn(remote).keys()) {
        if (path.startsWith(prefix))
            (void)remote.remove(path);
    }
}

QStringList leaksOnTheDrive(Store &store, const QMap<QString, QByteArray> &files)
{
    QStringList needles;
    QSqlQuery query(store.db().connection());
    query.exec(QStringLiteral("SELECT name, pin_hash FROM app_user"));
    // A name as the plain configuration would hold it (quoted: a short name like "Jo" is
    // found by chance in any binary file).
    while (query.next())
        needles << QLatin1Char('"') + query.value(0).toString() + QLatin1Char('"')
                << query.value(1).toString();
    query.exec(QStringLiteral("SELECT number FROM document"));
    while (query.next())
        needles << query.value(0).toString();
    needles << QStringLiteral("pbkdf2");
    QStringList codes;
    query.exec(QStringLiteral("SELECT code FROM station"));
    while (query.next())
        codes << query.value(0).toString();
    QStringList leaks;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        for (const QString &needle : std::as_const(needles)) {
            if (!needle.isEmpty() && it.value().contains(needle.toUtf8()))
                leaks << QStringLiteral("%1 contains \"%2\"").arg(it.key(), needle.left(30));
        }
        for (const QString &code : std::as_const(codes)) {
            if (it.key().contains(code))
                leaks << QStringLiteral("the path %1 names station %2").arg(it.key(), code);
        }
    }
    return leaks;
}

bool makeSealedShop(SealedStation &a, SealedStation &b, core::sync::Remote &remote,
    const std::function<QString()> &freshPath)
{
    StationSetup setup;
    setup.siteName = QStringLiteral("Ressourcerie test");
    setup.stationCode = QStringLiteral("CAISSE1");
    setup.adminPin = QStringLiteral("123456");
    setup.demo = true; // its people come from the demo shop
    auto created = Store::create(freshPath(), setup, a.clock);
    if (!created) {
        qWarning() << "create:" << created.error().message;
        return false;
    }
    a.store = std::move(*created);
    a.keys = SiteKeys::create(a.store->site().id, a.store->station().id);
    if (auto founded = StationRegistry::registerFounder(*a.store, a.keys); !founded) {
        qWarning() << "founder:" << founded.error().message;
        return false;
    }
    if (auto people = DemoShop(*a.store, a.clock).ensurePeople(); !people) {
        qWarning() << "people:" << people.error().message;
        return false;
    }
    a.sealed = std::make_unique<SealedRemote>(remote, a.keys, *a.store);
    if (const SyncReport first = a.sync(); !first.ok()) {
        qWarning() << "first sync:" << first.error.message;
        return false;
    }

    b.clock.set(a.clock.nowUtc());
    // Until it holds the registry, the joiner trusts the one inside the newest configuration
    // that opens with the site key and is signed by an administration station of it (the join
    // then checks the approval's signature against it).
    SiteKeys joining = SiteKeys::forJoiningStation(a.store->site().id, QString());
    joining.siteKey = a.keys.siteKey;
    auto signers = SealedRemote::signersFromPublishedConfiguration(remote, joining);
    if (!signers) {
        qWarning() << "signers:" << signers.error().message;
        return false;
    }
    SealedRemote bootstrap(remote, joining, *signers);
    auto joined = SiteConfig::join(
        bootstrap, freshPath(), QStringLiteral("CAISSE2"), StationKind::Register, b.clock);
    if (!joined) {
        qWarning() << "join:" << joined.error().message;
        return false;
    }
    b.store = std::move(*joined);
    b.keys = joining;
    b.keys.stationId = b.store->station().id;
    if (auto registered = StationRegistry::registerStation(*a.store,
            StationRegistration{b.keys.stationId, QStringLiteral("CAISSE2"),
                b.keys.signing.publicKey, b.keys.agreement.publicKey, false, QString()});
        !registered) {
        qWarning() << "register B:" << registered.error().message;
        return false;
    }
    b.sealed = std::make_unique<SealedRemote>(remote, b.keys, *b.store);
    if (const SyncReport registered = a.sync(); !registered.ok()) {
        qWarning() << "publishing B:" << registered.error.message;
        return false;
    }
    const SyncReport first = b.sync();
    if (!first.ok())
        qWarning() << first.error.message;
    if (!first.ok())
        return false;
    auto onA = moreDemoDays(*a.store, a.clock, 5, 1);
    auto onB = moreDemoDays(*b.store, b.clock, 5, 2);
    if (!onA || !onB)
        qWarning() << "demo:" << (onA ? onB.error().message : onA.error().message);
    return onA && onB;
}

void attackTheDrive(SealedStation &a, SealedStation &b, Remote &remote)
{
    QVERIFY(b.sync().ok());
    QVERIFY(a.sync().ok());
    // Registries travelled: B knows both stations, A as the administration station.
    QVERIFY((*StationRegistry::find(*b.store, a.store->station().id))->mayConfigure());
    QVERIFY(!StationRegistry::mayEditConfigurationHere(*b.store));
    const qint64 usersOnB = count(*b.store, QStringLiteral("SELECT count(*) FROM app_user"));
    const qint64 salesOnA = count(*a.store, QStringLiteral("SELECT count(*) FROM sale"));
    QVERIFY(salesOnA > 0);

    // Nothing personal is readable on the drive.
    const QStringList leaks = leaksOnTheDrive(*a.store, filesOn(remote));
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));

    const qint64 usersOnA = count(*a.store, QStringLiteral("SELECT count(*) FROM app_user"));
    const auto refusedOn = [&](SealedStation &station, qint64 users, const char *what) {
        const qint64 before = auditCount(*station.store, QStringLiteral("sync.refused"));
        const SyncReport report = station.sync();
        const bool ok = !report.ok() && report.error.failure == Failure::Untrusted
            && auditCount(*station.store, QStringLiteral("sync.refused")) > before
            && count(*station.store, QStringLiteral("SELECT count(*) FROM app_user")) == users;
        if (!ok)
            qWarning() << what << report.error.message;
        // The history says it.
        const auto log = SyncEngine::log(*station.store, 1);
        return ok && log && !log->isEmpty() && !log->first().ok
            && log->first().message.contains(QStringLiteral("Refused"));
    };
    const auto refusedOnB = [&](const char *what) { return refusedOn(b, usersOnB, what); };
    const auto clean = [&](const QString &prefix) { removeFiles(remote, prefix); };
    const auto plant = [&](const QString &path, const QByteArray &bytes) {
        QVERIFY2(putFile(remote, path, bytes), qPrintable(path));
    };

    // 1. A forged configuration adding an administrator, sealed with the site key (a stolen
    //    register's keychain) but signed by a station the shop does not know.
    auto config = SiteConfig::collect(*a.store);
    QVERIFY(config);
    QJsonObject forged = *config;
    QJsonArray users = forged.value(QStringLiteral("users")).toArray();
    QJsonObject intruder = users.first().toObject();
    intruder.insert(QStringLiteral("id"), newId());
    intruder.insert(QStringLiteral("name"), QStringLiteral("Intrus"));
    intruder.insert(QStringLiteral("role"), QStringLiteral("super-admin"));
    users.append(intruder);
    forged.insert(QStringLiteral("users"), users);
    const SiteKeys stranger = SiteKeys::create(a.store->site().id, newId());
    forged.insert(QStringLiteral("version"), 50);
    forged.insert(QStringLiteral("base_version"), 49);
    forged.insert(QStringLiteral("publisher"), stranger.stationId);
    forged.insert(QStringLiteral("actor_id"), intruder.value(QStringLiteral("id")));
    const QString unregistered = QStringLiteral("config/00000050-%1.json").arg(stranger.stationId);
    plant(unregistered,
        SealedRemote(remote, stranger, *a.store)
            .seal(unregistered, QJsonDocument(forged).toJson()));
    QVERIFY(refusedOnB("unregistered configuration"));
    clean(QStringLiteral("config/00000050"));

    // 2. A configuration from a non-administration station (B itself, modified software).
    forged.insert(QStringLiteral("publisher"), b.keys.stationId);
    const QString fromRegister = QStringLiteral("config/00000050-%1.json").arg(b.keys.stationId);
    plant(fromRegister, b.sealed->seal(fromRegister, QJsonDocument(forged).toJson()));
    QVERIFY(refusedOn(a, usersOnA, "configuration from a register"));
    clean(QStringLiteral("config/00000050"));

    // 3. An administration station's configuration whose author is no administrator.
    forged.insert(QStringLiteral("publisher"), a.keys.stationId);
    forged.insert(QStringLiteral("base_version"),
        SyncEngine::state(*b.store, QStringLiteral("config_applied_version")).toLongLong());
    const auto cashier = Users(*a.store).findByName(QStringLiteral("Karim"));
    forged.insert(QStringLiteral("actor_id"),
        cashier ? cashier->id : users.last().toObject().value(QStringLiteral("id")).toString());
    const QString byCashier = QStringLiteral("config/00000050-%1.json").arg(a.keys.stationId);
    plant(byCashier, a.sealed->seal(byCashier, QJsonDocument(forged).toJson()));
    QVERIFY(refusedOnB("configuration by a non-administrator"));
    clean(QStringLiteral("config/00000050"));

    // 4. config/99999999.json: refused, and it freezes nothing: A's next change arrives.
    plant(QStringLiteral("config/99999999.json"), "{\"format\":\"recaisse-config-1\"}");
    QVERIFY(refusedOnB("config/99999999.json"));
    Category textile = CategoryCatalog(*a.store).list().first();
    const qint64 oldPrice = textile.defaultPriceCents.value_or(0);
    textile.defaultPriceCents = oldPrice + 50;
    const auto admin = Users(*a.store).findByName(QStringLiteral("Dominique"));
    QVERIFY(admin);
    auto actor = Users(*a.store).login(admin->id, QStringLiteral("666666"));
    QVERIFY(actor);
    QVERIFY(CategoryCatalog(*a.store).save(*actor, textile));
    (void)a.sync();
    const SyncReport withJunk = b.sync();
    QCOMPARE(withJunk.error.failure, Failure::Untrusted); // the junk is still there
    QCOMPARE(count(*b.store,
                 QStringLiteral("SELECT default_price_cents FROM category WHERE id = '%1'")
                     .arg(textile.id)),
        oldPrice + 50);
    QVERIFY(auditCount(*b.store, QStringLiteral("config.apply")) >= 1);
    clean(QStringLiteral("config/99999999"));

    // 5. A replayed old configuration: an older genuine file put back under a new version.
    const QStringList names = filesOn(remote).keys();
    QString oldest;
    for (const QString &name : names) {
        if (name.startsWith(QLatin1String("config/0")))
            oldest = oldest.isEmpty() ? name : std::min(oldest, name);
    }
    QVERIFY(!oldest.isEmpty());
    const QString replay = QStringLiteral("config/00000060-%1.json").arg(a.keys.stationId);
    plant(replay, contentOf(remote, oldest));
    QVERIFY(refusedOnB("replayed configuration"));
    clean(replay);

    // 6. A forged station folder: station.json and a segment signed by an unknown station.
    const QString fake = newId();
    const SiteKeys fakeKeys = SiteKeys::create(a.store->site().id, fake);
    SealedRemote fakeRemote(remote, fakeKeys, *a.store);
    const QString fakeIdentity = QStringLiteral("stations/%1/station.json").arg(fake);
    plant(fakeIdentity, fakeRemote.seal(fakeIdentity, "{}"));
    QVERIFY(refusedOnB("forged station folder"));
    // ... and one signed by B in A's folder.
    const QString inAFolder = QStringLiteral("stations/%1/station.json").arg(a.store->station().id);
    const QByteArray genuineA = contentOf(remote, inAFolder);
    plant(inAFolder, b.sealed->seal(inAFolder, "{}"));
    QVERIFY(refusedOnB("station file signed by another station"));
    plant(inAFolder, genuineA);
    clean(QStringLiteral("stations/") + fake);

    // 7. B (a registered register) publishes a document numbered like A's tickets.
    const SyncReport settled = b.sync();
    QVERIFY2(settled.ok(), qPrintable(settled.error.message));
    // A takes what B genuinely published meanwhile (the technical event of the configuration
    // it applied), so that only the forged record is left to refuse.
    (void)a.sync();
    const qint64 next = *JournalReader(*b.store).lastSeq(b.store->station().id) + 1;
    const QByteArray record = QJsonDocument(
        QJsonObject{{QStringLiteral("t"), QStringLiteral("document")}, {QStringLiteral("j"), next},
            {QStringLiteral("doc"),
                QJsonObject{{QStringLiteral("number"), QStringLiteral("CAISSE1-T999999")},
                    {QStringLiteral("station"), b.store->station().id},
                    {QStringLiteral("seq"),
                        next}}}}).toJson(QJsonDocument::Compact);
    const QString segment =
        QStringLiteral("%1/%2").arg(journalFolder(b.store->station().id), segmentName(next, next));
    plant(segment,
        b.sealed->seal(
            segment, SegmentCodec::encode(Segment{b.store->station().id, next, next, {record}})));
    const qint64 documentsOnA = count(*a.store, QStringLiteral("SELECT count(*) FROM document"));
    const SyncReport prefixed = a.sync();
    QCOMPARE(prefixed.error.failure, Failure::Untrusted);
    QVERIFY(prefixed.error.message.contains(QStringLiteral("CAISSE1-T999999")));
    QCOMPARE(count(*a.store, QStringLiteral("SELECT count(*) FROM document")), documentsOnA);
    QVERIFY(auditCount(*a.store, QStringLiteral("sync.refused")) >= 1);
    clean(segment);
    // ... or like a station whose code is B's followed by a letter (CAISSE2 numbering "CAISSE2B").
    QVERIFY(StationRegistry::registerStation(*a.store,
        StationRegistration{newId(), QStringLiteral("CAISSE2B"), fakeKeys.signing.publicKey,
            fakeKeys.agreement.publicKey, false, QString()}));
    QJsonObject lookalike = QJsonDocument::fromJson(record).object();
    QJsonObject lookalikeDoc = lookalike.value(QStringLiteral("doc")).toObject();
    lookalikeDoc.insert(QStringLiteral("number"), QStringLiteral("CAISSE2B-T000001"));
    lookalike.insert(QStringLiteral("doc"), lookalikeDoc);
    plant(segment,
        b.sealed->seal(segment,
            SegmentCodec::encode(Segment{b.store->station().id, next, next,
                {QJsonDocument(lookalike).toJson(QJsonDocument::Compact)}})));
    const SyncReport lookalikeReport = a.sync();
    QCOMPARE(lookalikeReport.error.failure, Failure::Untrusted);
    QVERIFY(lookalikeReport.error.message.contains(QStringLiteral("CAISSE2B-T000001")));
    QCOMPARE(count(*a.store, QStringLiteral("SELECT count(*) FROM document")), documentsOnA);
    clean(segment);

    // 8. B revoked: nothing it signs is accepted on A any more.
    QVERIFY(StationRegistry::revoke(*a.store, b.store->station().id, a.clock.nowUtc()));
    QVERIFY(moreDemoDays(*b.store, b.clock, 1, 7));
    (void)b.sync();
    const SyncReport revoked = a.sync();
    QCOMPARE(revoked.error.failure, Failure::Untrusted);
    QVERIFY(revoked.error.message.contains(QStringLiteral("revoked")));
    // Nothing of B after the revocation, and B's configuration is refused too.
    QCOMPARE(
        count(*a.store,
            QStringLiteral("SELECT count(*) FROM journal WHERE station_id = '%1' AND seq >= %2")
                .arg(b.store->station().id)
                .arg(next)),
        0);

    // 9. A configuration signed by an administration station after its revocation.
    const QString revokedAdmin = newId();
    SiteKeys revokedKeys = SiteKeys::create(a.store->site().id, revokedAdmin);
    revokedKeys.siteKey = a.keys.siteKey;
    QVERIFY(StationRegistry::registerStation(*a.store,
        StationRegistration{revokedAdmin, QStringLiteral("BUREAU9"), revokedKeys.signing.publicKey,
            revokedKeys.agreement.publicKey, true, QString()}));
    QVERIFY(StationRegistry::revoke(*a.store, revokedAdmin, a.clock.nowUtc()));
    forged.insert(QStringLiteral("publisher"), revokedAdmin);
    forged.insert(QStringLiteral("version"), 70);
    forged.insert(QStringLiteral("base_version"),
        SyncEngine::state(*a.store, QStringLiteral("config_applied_version")).toLongLong());
    forged.insert(QStringLiteral("actor_id"), admin->id);
    const QString fromRevoked = QStringLiteral("config/00000070-%1.json").arg(revokedAdmin);
    plant(fromRevoked,
        SealedRemote(remote, revokedKeys, *a.store)
            .seal(fromRevoked, QJsonDocument(forged).toJson()));
    const qint64 usersBefore = count(*a.store, QStringLiteral("SELECT count(*) FROM app_user"));
    const SyncReport fromRevokedReport = a.sync();
    QCOMPARE(fromRevokedReport.error.failure, Failure::Untrusted);
    QVERIFY(fromRevokedReport.error.message.contains(QStringLiteral("revoked")));
    QCOMPARE(count(*a.store, QStringLiteral("SELECT count(*) FROM app_user")), usersBefore);
    clean(fromRevoked);

    // 10. A backup truncated or substituted on the drive does not open.
    auto uploadedPoint = Backup::upload(*a.store, *a.sealed);
    QVERIFY2(uploadedPoint, qPrintable(uploadedPoint ? QString() : uploadedPoint.error().message));
    auto points = Backup::restorePoints(*a.sealed, a.store->station().id);
    QVERIFY(points && !points->isEmpty());
    QCOMPARE(QStringLiteral("backups/%1/%2").arg(a.store->station().id, points->first().name),
        *uploadedPoint);
    const auto uploaded = std::optional<QString>(
        QStringLiteral("backups/%1/%2").arg(a.store->station().id, points->first().snapshot));
    const QByteArray genuineBackup = contentOf(remote, *uploaded);
    QTemporaryDir work;
    const QString local = work.filePath(QStringLiteral("backup.tar.xz"));
    QVERIFY(a.sealed->getFile(*uploaded, local, 1LL << 30));
    const auto backupRefused = [&](const QByteArray &bytes) {
        plant(*uploaded, bytes);
        const auto got = a.sealed->getFile(*uploaded, local, 1LL << 30);
        return !got && got.error().failure == Failure::Untrusted;
    };
    QVERIFY(backupRefused(genuineBackup.left(genuineBackup.size() - 100)));
    QVERIFY(backupRefused(genuineBackup.left(genuineBackup.size() / 2)));
    QVERIFY(backupRefused(contentOf(remote, inAFolder))); // another genuine file of A
    plant(*uploaded, genuineBackup);
    QVERIFY(a.sealed->getFile(*uploaded, local, 1LL << 30));
    // A restore point changed on the drive no longer opens: it is not offered.
    const QByteArray genuinePoint = contentOf(remote, *uploadedPoint);
    QByteArray changedPoint = genuinePoint;
    changedPoint[changedPoint.size() / 2] = char(changedPoint.at(changedPoint.size() / 2) ^ 1);
    plant(*uploadedPoint, changedPoint);
    auto afterChange = Backup::restorePoints(*a.sealed, a.store->station().id);
    QVERIFY(afterChange);
    QVERIFY(std::none_of(afterChange->cbegin(), afterChange->cend(),
        [&](const RestorePoint &point) { return uploadedPoint->endsWith(point.name); }));
    plant(*uploadedPoint, genuinePoint);

    // Through all of it, A keeps selling.
    QVERIFY(moreDemoDays(*a.store, a.clock, 5, 9));
    QVERIFY(count(*a.store, QStringLiteral("SELECT count(*) FROM sale")) > salesOnA);
}

} // namespace recaisse::test
