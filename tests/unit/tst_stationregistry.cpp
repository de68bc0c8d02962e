// The site's registry of stations and their public keys: registration, revocation, administration
// stations, and its journey through the published configuration.

#include "core/crypto.h"
#include "core/permissions.h"
#include "core/store.h"
#include "core/sync/siteconfig.h"
#include "core/sync/sitekeys.h"
#include "core/sync/stationregistry.h"
#include "core/users.h"
#include "tests/support/testshop.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace recaisse;
using namespace recaisse::core;
using namespace recaisse::core::sync;

namespace {

StationRegistration registrationFor(const QString &id, const QString &code, bool admin = false)
{
    const SiteKeys keys = SiteKeys::forJoiningStation(QStringLiteral("site"), id);
    return StationRegistration{
        id, code, keys.signing.publicKey, keys.agreement.publicKey, admin, QString()};
}

// The shop's first station registered as founder, and a register "s2" CAISSE2.
SiteKeys foundAndRegisterOne(Store &store)
{
    const SiteKeys keys = SiteKeys::create(store.site().id, store.station().id);
    if (!StationRegistry::registerFounder(store, keys)
        || !StationRegistry::registerStation(
            store, registrationFor(QStringLiteral("s2"), QStringLiteral("CAISSE2"))))
        return {};
    return keys;
}

} // namespace

class TestStationRegistry : public QObject
{
    Q_OBJECT

private slots:
    void registersFindsAndLists();
    void refusesBadKeysAndTakenCodes();
    void revocationIsFinal();
    void administrationStations();
    void travelsWithTheConfiguration();
    void configurationIsEditedOnAdministrationStationsOnly();
    void keysReplacedForARestore();
};

void TestStationRegistry::registersFindsAndLists()
{
    auto shop = test::TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    const SiteKeys keys = foundAndRegisterOne(store);
    QVERIFY(keys.isComplete());
    const auto founder = StationRegistry::find(store, store.station().id);
    QVERIFY(founder && *founder);
    QCOMPARE((*founder)->signingPublic, keys.signing.publicKey);
    QCOMPARE((*founder)->agreementPublic, keys.agreement.publicKey);
    QVERIFY((*founder)->mayConfigure());
    QCOMPARE((*founder)->registeredUtc, shop->clock.nowUtc());
    QVERIFY(StationRegistry::mayEditConfigurationHere(store));
    const auto all = StationRegistry::all(store);
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    const auto unknown = StationRegistry::find(store, QStringLiteral("nobody"));
    QVERIFY(unknown && !*unknown);
    QCOMPARE(test::auditCount(store, QStringLiteral("station.register")), 2);
}

void TestStationRegistry::refusesBadKeysAndTakenCodes()
{
    auto shop = test::TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    StationRegistration bad = registrationFor(QStringLiteral("s2"), QStringLiteral("CAISSE2"));
    bad.signingPublic.chop(1);
    QCOMPARE(StationRegistry::registerStation(store, bad).error().code, ErrorCode::InvalidInput);
    QVERIFY(StationRegistry::registerStation(
        store, registrationFor(QStringLiteral("s2"), QStringLiteral("CAISSE2")))
                .ok());
    QCOMPARE(StationRegistry::registerStation(
                 store, registrationFor(QStringLiteral("s3"), QStringLiteral("caisse2")))
                 .error()
                 .code,
        ErrorCode::Conflict);
    // The same station registering new keys (keychain reset, join again) replaces them.
    const StationRegistration again =
        registrationFor(QStringLiteral("s2"), QStringLiteral("CAISSE2"));
    QVERIFY(StationRegistry::registerStation(store, again).ok());
    QCOMPARE(
        (*StationRegistry::find(store, QStringLiteral("s2")))->signingPublic, again.signingPublic);
    // Not registered: this station may not configure the shop.
    QVERIFY(!StationRegistry::mayEditConfigurationHere(store));
}

void TestStationRegistry::revocationIsFinal()
{
    auto shop = test::TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    QVERIFY(StationRegistry::registerStation(
        store, registrationFor(QStringLiteral("s2"), QStringLiteral("CAISSE2"), true))
                .ok());
    const QDateTime at = shop->clock.nowUtc().addSecs(60);
    QVERIFY(StationRegistry::revoke(store, QStringLiteral("s2"), at).ok());
    const auto revoked = *StationRegistry::find(store, QStringLiteral("s2"));
    QVERIFY(revoked->isRevoked());
    QVERIFY(!revoked->mayConfigure());
    QCOMPARE(revoked->revokedUtc, at);
    QCOMPARE(StationRegistry::registerStation(
                 store, registrationFor(QStringLiteral("s2"), QStringLiteral("CAISSE2")))
                 .error()
                 .code,
        ErrorCode::Conflict);
    QCOMPARE(
        StationRegistry::setAdministrationStation(store, QStringLiteral("s2"), true).error().code,
        ErrorCode::Conflict);
    // The code of a revoked station can be given to a new PC.
    QVERIFY(StationRegistry::registerStation(
        store, registrationFor(QStringLiteral("s3"), QStringLiteral("CAISSE2")))
                .ok());
    QCOMPARE(StationRegistry::revoke(store, QStringLiteral("nobody"), at).error().code,
        ErrorCode::NotFound);
    QCOMPARE(test::auditCount(store, QStringLiteral("station.revoke")), 1);
}

void TestStationRegistry::administrationStations()
{
    auto shop = test::TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    QVERIFY(StationRegistry::registerStation(
        store, registrationFor(QStringLiteral("s2"), QStringLiteral("CAISSE2")))
                .ok());
    QVERIFY(!(*StationRegistry::find(store, QStringLiteral("s2")))->adminStation);
    QVERIFY(StationRegistry::setAdministrationStation(
        store, QStringLiteral("s2"), true, shop->admin.userId)
                .ok());
    QVERIFY((*StationRegistry::find(store, QStringLiteral("s2")))->mayConfigure());
    QVERIFY(StationRegistry::setAdministrationStation(store, QStringLiteral("s2"), false).ok());
    QVERIFY(!(*StationRegistry::find(store, QStringLiteral("s2")))->adminStation);
    QCOMPARE(test::auditCount(store, QStringLiteral("station.admin-station")), 2);
    QVERIFY(StationRegistry::isAdministrationByDefault(StationKind::BackOffice));
    QVERIFY(!StationRegistry::isAdministrationByDefault(StationKind::Register));
    QVERIFY(!StationRegistry::isAdministrationByDefault(StationKind::Reception));
}

void TestStationRegistry::travelsWithTheConfiguration()
{
    auto shop = test::TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    const SiteKeys keys = foundAndRegisterOne(store);
    QVERIFY(keys.isComplete());
    QVERIFY(StationRegistry::revoke(store, QStringLiteral("s2"), shop->clock.nowUtc()).ok());
    const auto config = SiteConfig::collect(store);
    QVERIFY(config);
    QCOMPARE(config->value(QStringLiteral("registry")).toArray().size(), 2);

    // Another station of the same site learns both keys and the revocation.
    QTemporaryDir dir;
    auto other = Store::createForSite(dir.filePath(QStringLiteral("b.sqlite")), store.site(),
        QStringLiteral("CAISSE3"), StationKind::Register, shop->clock);
    QVERIFY(other);
    QVERIFY(SiteConfig::apply(**other, *config).ok());
    const auto learned = StationRegistry::find(**other, store.station().id);
    QVERIFY(learned && *learned);
    QCOMPARE((*learned)->signingPublic, keys.signing.publicKey);
    QVERIFY((*learned)->mayConfigure());
    QVERIFY((*StationRegistry::find(**other, QStringLiteral("s2")))->isRevoked());

    // A later configuration that forgets the revocation does not lift it.
    QJsonArray rows = config->value(QStringLiteral("registry")).toArray();
    for (int i = 0; i < rows.size(); ++i) {
        QJsonObject row = rows[i].toObject();
        row.insert(QStringLiteral("revoked_utc"), QJsonValue());
        rows[i] = row;
    }
    QVERIFY(StationRegistry::apply(**other, rows).ok());
    QVERIFY((*StationRegistry::find(**other, QStringLiteral("s2")))->isRevoked());

    QJsonArray broken = rows;
    QJsonObject row = broken[0].toObject();
    row.insert(QStringLiteral("signing_public"), QStringLiteral("AAAA"));
    broken[0] = row;
    QCOMPARE(StationRegistry::apply(**other, broken).error().code, ErrorCode::IntegrityFailure);
}

void TestStationRegistry::configurationIsEditedOnAdministrationStationsOnly()
{
    auto shop = test::TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    Users users(store);
    // No registry yet (a database from before sealed sync): as before.
    QVERIFY(StationRegistry::mayEditConfigurationHere(store));
    QVERIFY(users.may(shop->admin, Permission::ManageUsers));
    // The shop registered its stations, this one as a register: read-only configuration.
    QVERIFY(StationRegistry::registerStation(
        store, registrationFor(QStringLiteral("s2"), QStringLiteral("CAISSE2"), true)));
    const StationRegistration self =
        registrationFor(store.station().id, store.station().code, false);
    QVERIFY(StationRegistry::registerStation(store, self));
    QVERIFY(!users.may(shop->admin, Permission::ManageUsers));
    QVERIFY(!users.may(shop->admin, Permission::ManageCategories));
    QVERIFY(users.may(shop->admin, Permission::ManageSettings)); // devices stay local
    const auto refused = users.require(shop->admin, Permission::ManageCategories);
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    QVERIFY(refused.error().message.contains(QStringLiteral("administration station")));
    QVERIFY(StationRegistry::setAdministrationStation(store, store.station().id, true));
    QVERIFY(users.may(shop->admin, Permission::ManageUsers));
    QVERIFY(StationRegistry::revoke(store, store.station().id, shop->clock.nowUtc()));
    QVERIFY(!users.may(shop->admin, Permission::ManageUsers));
}

void TestStationRegistry::keysReplacedForARestore()
{
    auto shop = test::TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    QVERIFY(foundAndRegisterOne(store).isComplete());
    const RegisteredStation lost = **StationRegistry::find(store, QStringLiteral("s2"));
    const SiteKeys newPc =
        SiteKeys::forJoiningStation(QStringLiteral("site"), QStringLiteral("pc"));

    // The new computer's keys replace the lost one's, which opens the journal through record 41.
    QVERIFY(StationRegistry::replaceKeys(store, QStringLiteral("s2"), lost.signingPublic,
        newPc.signing.publicKey, newPc.agreement.publicKey, 41, QStringLiteral("admin"))
                .ok());
    const RegisteredStation replaced = **StationRegistry::find(store, QStringLiteral("s2"));
    QCOMPARE(replaced.signingPublic, newPc.signing.publicKey);
    QCOMPARE(replaced.agreementPublic, newPc.agreement.publicKey);
    QCOMPARE(replaced.code, QStringLiteral("CAISSE2"));
    QCOMPARE(replaced.retired.size(), 1);
    QCOMPARE(replaced.retired.first().signingPublic, lost.signingPublic);
    QCOMPARE(replaced.retired.first().journalThrough, 41);
    QCOMPARE(test::auditCount(store, QStringLiteral("station.rekey")), 1);

    // The same replacement again (a replayed approval), one from a stale key (a retired key
    // never comes back), an unknown station or bad keys: refused, nothing changes.
    const auto refusal = [&](const QString &id, const QByteArray &previous,
                             const QByteArray &signing, const QByteArray &agreement) {
        return StationRegistry::replaceKeys(store, id, previous, signing, agreement, 41)
            .error()
            .code;
    };
    QCOMPARE(refusal(QStringLiteral("s2"), lost.signingPublic, newPc.signing.publicKey,
                 newPc.agreement.publicKey),
        ErrorCode::Conflict);
    QCOMPARE(refusal(QStringLiteral("s2"), newPc.signing.publicKey, lost.signingPublic,
                 lost.agreementPublic),
        ErrorCode::Conflict);
    QCOMPARE(refusal(QStringLiteral("nobody"), lost.signingPublic, newPc.signing.publicKey,
                 newPc.agreement.publicKey),
        ErrorCode::Conflict);
    QCOMPARE(refusal(QStringLiteral("s2"), newPc.signing.publicKey, QByteArray(3, 'x'),
                 newPc.agreement.publicKey),
        ErrorCode::InvalidInput);
    QCOMPARE(test::auditCount(store, QStringLiteral("station.rekey")), 1);

    // Another station learns the replacement from the registry's rows; a row published before
    // the restore does not bring the lost key back.
    QTemporaryDir dir;
    auto other = Store::createForSite(dir.filePath(QStringLiteral("b.sqlite")), store.site(),
        QStringLiteral("CAISSE3"), StationKind::Register, shop->clock);
    QVERIFY(other);
    QVERIFY(StationRegistry::apply(**other, QJsonArray{StationRegistry::row(lost)}).ok());
    const QJsonObject row = StationRegistry::row(replaced);
    QCOMPARE(StationRegistry::parseRow(row)->retired.first().journalThrough, 41);
    QVERIFY(StationRegistry::apply(**other, QJsonArray{row}).ok());
    QVERIFY(StationRegistry::apply(**other, QJsonArray{StationRegistry::row(lost)}).ok());
    const RegisteredStation learned = **StationRegistry::find(**other, QStringLiteral("s2"));
    QCOMPARE(learned.signingPublic, newPc.signing.publicKey);
    QCOMPARE(learned.retired.size(), 1);
    QCOMPARE(learned.retired.first().signingPublic, lost.signingPublic);

    QVERIFY(StationRegistry::revoke(store, QStringLiteral("s2"), shop->clock.nowUtc()).ok());
    const SiteKeys third = SiteKeys::forJoiningStation(QStringLiteral("site"), QStringLiteral("3"));
    QCOMPARE(refusal(QStringLiteral("s2"), newPc.signing.publicKey, third.signing.publicKey,
                 third.agreement.publicKey),
        ErrorCode::Conflict);
}

QTEST_GUILESS_MAIN(TestStationRegistry)
#include "tst_stationregistry.moc"
