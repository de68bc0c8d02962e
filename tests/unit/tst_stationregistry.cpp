// The site's registry of stations and their public keys: registration, revocation, administration
// stations, and its journey through the published configuration.

#include "core/crypto.h"
#include "core/store.h"
#include "core/sync/siteconfig.h"
#include "core/sync/sitekeys.h"
#include "core/sync/stationregistry.h"
#include "tests/support/testshop.h"

#include <QJsonArray>
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

QTEST_GUILESS_MAIN(TestStationRegistry)
#include "tst_stationregistry.moc"
