// The site's PIN pepper against a real Secret Service (run under tests/support/with-keyring.sh):
// it comes from the keys kept in the keychain, enters every PIN hash the configuration carries,
// and a hash from before it keeps working and moves to the peppered form.

#include "core/password.h"
#include "core/pinpepper.h"
#include "core/store.h"
#include "core/sync/secrets.h"
#include "core/sync/siteconfig.h"
#include "core/sync/sitekeys.h"
#include "core/sync/stationregistry.h"
#include "core/users.h"
#include "tests/support/testshop.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace recaisse::core;
using namespace recaisse::core::sync;
using namespace recaisse::test;

namespace {

QString pinHashOf(Store &store, const QString &name)
{
    QSqlQuery query(store.db().connection());
    query.prepare(QStringLiteral("SELECT pin_hash FROM app_user WHERE name = ?"));
    query.addBindValue(name);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

int failedAttemptsOf(Store &store, const QString &name)
{
    QSqlQuery query(store.db().connection());
    query.prepare(QStringLiteral("SELECT failed_attempts FROM app_user WHERE name = ?"));
    query.addBindValue(name);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

Result<Actor> loginAs(Store &store, const QString &name, const QString &pin)
{
    Users users(store);
    return users.login(users.findByName(name)->id, pin);
}

} // namespace

class TestPinPepper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void configurationCarriesOnlyPepperedHashes();
    void pepperComesFromTheKeychain();
    void oldHashWorksAndMovesAtLogin();
};

void TestPinPepper::initTestCase()
{
    QVERIFY2(SecretStore::available(),
        "no Secret Service: run this test under tests/support/with-keyring.sh");
}

void TestPinPepper::configurationCarriesOnlyPepperedHashes()
{
    auto shop = TestShop::create(StationKind::BackOffice);
    QVERIFY(shop);
    Store &store = *shop->store;
    const QString before = pinHashOf(store, QStringLiteral("Camille"));
    // No keys yet: the plain form, as every station had it before the pepper.
    QVERIFY(!password::isPeppered(before));

    // The shop's keys go to the keychain: every hash moves to the peppered form, PINs unknown.
    const auto keys = StationRegistry::establishFounder(store);
    QVERIFY2(keys.ok(), qPrintable(keys.error().message));
    const QString after = pinHashOf(store, QStringLiteral("Camille"));
    QVERIFY(password::isPepperingOf(before, after));
    QCOMPARE(auditCount(store, QStringLiteral("user.pin-pepper")), 1);
    QCOMPARE(Users(store).pepperPinHashes().value(), 0); // nothing left to move

    const auto config = SiteConfig::collect(store);
    QVERIFY(config.ok());
    const QJsonArray users = config->value(QStringLiteral("users")).toArray();
    QCOMPARE(users.size(), 4);
    for (const QJsonValue &user : users) {
        const QString hash = user.toObject().value(QStringLiteral("pin_hash")).toString();
        QVERIFY2(password::isPeppered(hash), qPrintable(hash));
        // The configuration alone decides nothing about a PIN, not even the right one.
        QCOMPARE(password::check(QStringLiteral("1111"), hash, QByteArray()),
            password::Check::PepperMissing);
    }
    // The pepper is the one the site key gives; another shop's makes every PIN wrong.
    const QByteArray pepper = PinPepper::derive(keys->siteKey, store.site().id);
    QCOMPARE(PinPepper::of(store.site().id), pepper);
    QCOMPARE(password::check(QStringLiteral("1111"), after, pepper), password::Check::Match);
    QCOMPARE(password::check(QStringLiteral("1111"), after,
                 PinPepper::derive(keys->siteKey, QStringLiteral("another-site"))),
        password::Check::Mismatch);
    QVERIFY(pepper != keys->siteKey);

    // A PIN set from now on is peppered from the start.
    const auto created = Users(store).create(
        shop->admin, QStringLiteral("Dominique"), Role::Cashier, QStringLiteral("2468"));
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    QVERIFY(password::isPeppered(pinHashOf(store, QStringLiteral("Dominique"))));
    QVERIFY(Users(store).resetPin(shop->admin, created->id, QStringLiteral("1357")).ok());
    QVERIFY(password::isPeppered(pinHashOf(store, QStringLiteral("Dominique"))));
    QVERIFY(loginAs(store, QStringLiteral("Dominique"), QStringLiteral("1357")).ok());

    QVERIFY(SiteKeyStore::remove(keys->siteId, keys->stationId).ok());
    QVERIFY(PinPepper::of(store.site().id).isEmpty());
}

void TestPinPepper::pepperComesFromTheKeychain()
{
    auto shop = TestShop::create(StationKind::BackOffice);
    QVERIFY(shop);
    Store &store = *shop->store;
    const auto keys = StationRegistry::establishFounder(store);
    QVERIFY2(keys.ok(), qPrintable(keys.error().message));
    QVERIFY(loginAs(store, QStringLiteral("Camille"), QStringLiteral("1111")).ok());

    // A new process knows nothing until it reads the keychain: no PIN can be checked, and that
    // is no failed attempt (nobody is locked out by a slow keychain).
    PinPepper::forget(store.site().id);
    for (int i = 0; i < Users::maxFailedAttempts + 1; ++i) {
        const auto refused = loginAs(store, QStringLiteral("Camille"), QStringLiteral("1111"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::StorageFailure);
        QVERIFY(refused.error().message.contains(QLatin1String("keychain")));
    }
    QCOMPARE(failedAttemptsOf(store, QStringLiteral("Camille")), 0);
    QVERIFY(!Users(store).find(shop->cashier.userId)->locked);

    // The station's keys, read back from the Secret Service, bring the pepper back.
    const auto loaded = SiteKeyStore::load(store.site().id, store.station().id);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    QCOMPARE(loaded->siteKey, keys->siteKey);
    QCOMPARE(PinPepper::of(store.site().id), PinPepper::derive(keys->siteKey, store.site().id));
    QVERIFY(loginAs(store, QStringLiteral("Camille"), QStringLiteral("1111")).ok());
    QVERIFY(!loginAs(store, QStringLiteral("Camille"), QStringLiteral("1112")).ok());
    QCOMPARE(failedAttemptsOf(store, QStringLiteral("Camille")), 1);

    // A joining station saves the site key the approval brought under its own station id: the
    // same site key, the same pepper, read back from its keychain entries.
    PinPepper::forget(store.site().id);
    SiteKeys joined = SiteKeys::forJoiningStation(store.site().id, QStringLiteral("caisse-3"));
    joined.siteKey = loaded->siteKey;
    QVERIFY(SiteKeyStore::save(joined).ok());
    PinPepper::forget(store.site().id);
    QVERIFY(SiteKeyStore::load(store.site().id, QStringLiteral("caisse-3")).ok());
    QCOMPARE(PinPepper::of(store.site().id), PinPepper::derive(keys->siteKey, store.site().id));

    QVERIFY(SiteKeyStore::remove(joined.siteId, joined.stationId).ok());
    QVERIFY(SiteKeyStore::remove(keys->siteId, keys->stationId).ok());
}

void TestPinPepper::oldHashWorksAndMovesAtLogin()
{
    auto shop = TestShop::create(StationKind::BackOffice);
    QVERIFY(shop);
    Store &store = *shop->store;
    const auto keys = StationRegistry::establishFounder(store);
    QVERIFY2(keys.ok(), qPrintable(keys.error().message));
    // A hash in the plain form arrives after the pepper (a configuration published by an older
    // version of the program): it opens, and moves to the peppered form at that login.
    const QString plain = password::hash(QStringLiteral("9753"), 1000);
    QSqlQuery update(store.db().connection());
    update.prepare(QStringLiteral("UPDATE app_user SET pin_hash = ? WHERE name = 'Jo'"));
    update.addBindValue(plain);
    QVERIFY(update.exec());
    QVERIFY(!loginAs(store, QStringLiteral("Jo"), QStringLiteral("4444")).ok());
    QCOMPARE(pinHashOf(store, QStringLiteral("Jo")), plain);
    const auto jo = loginAs(store, QStringLiteral("Jo"), QStringLiteral("9753"));
    QVERIFY2(jo.ok(), qPrintable(jo.error().message));
    QVERIFY(password::isPepperingOf(plain, pinHashOf(store, QStringLiteral("Jo"))));
    QCOMPARE(auditCount(store, QStringLiteral("user.pin-pepper")), 2); // the founding, this login
    QVERIFY(loginAs(store, QStringLiteral("Jo"), QStringLiteral("9753")).ok());
    QVERIFY(SiteKeyStore::remove(keys->siteId, keys->stationId).ok());
}

QTEST_GUILESS_MAIN(TestPinPepper)
#include "tst_pinpepper.moc"
