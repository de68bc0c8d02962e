#include "core/domain.h"

#include <QSet>
#include <QTest>

#include <functional>
#include <numeric>

using namespace recaisse::core;

namespace {

// Checks that each value has a distinct, non-empty key that reads back as the same value.
template<typename Enum>
void checkRoundTrip(
    const QList<Enum> &values, const std::function<std::optional<Enum>(const QString &)> &fromKey)
{
    QSet<QString> keys;
    for (const Enum value : values) {
        const QString key = toKey(value);
        QVERIFY(!key.isEmpty());
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys.insert(key);
        const std::optional<Enum> back = fromKey(key);
        QVERIFY2(back.has_value(), qPrintable(key));
        QVERIFY2(*back == value, qPrintable(key));
    }
}

template<typename Enum>
void checkDisplayNames(const QList<Enum> &values)
{
    QSet<QString> names;
    for (const Enum value : values) {
        const QString name = displayName(value);
        QVERIFY2(!name.isEmpty(), qPrintable(toKey(value)));
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
    }
}

const QList<StationKind> stationKinds = {
    StationKind::Register, StationKind::Reception, StationKind::BackOffice};
const QList<Role> roles = {
    Role::SuperAdmin, Role::Admin, Role::Supervisor, Role::Cashier, Role::Reception};
const QList<PaymentMethod> paymentMethods = {
    PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::Cheque, PaymentMethod::Free};
const QList<Destination> destinations = {
    Destination::Shop, Destination::Recycling, Destination::WasteCentre};
const QList<Origin> origins = {Origin::VoluntaryDropOff, Origin::HomeCollection,
    Origin::PartnerWasteCentre, Origin::Professional};
const QList<MovementDirection> movementDirections = {MovementDirection::In, MovementDirection::Out};

} // namespace

class TestDomain : public QObject
{
    Q_OBJECT

private slots:
    void keys_data();
    void keys();
    void roundTrips();
    void unknownKeys_data();
    void unknownKeys();
    void displayNames_data();
    void displayNames();
    void displayNamesUniqueAndNotEmpty();
    void denominations();
};

void TestDomain::keys_data()
{
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");

    const auto row = [](const QString &actual, const char *expected) {
        QTest::newRow(expected) << actual << QString::fromLatin1(expected);
    };
    row(toKey(StationKind::Register), "register");
    row(toKey(StationKind::Reception), "reception");
    row(toKey(StationKind::BackOffice), "backoffice");
    row(toKey(Role::SuperAdmin), "super-admin");
    row(toKey(Role::Admin), "admin");
    row(toKey(Role::Supervisor), "supervisor");
    row(toKey(Role::Cashier), "cashier");
    row(toKey(Role::Reception), "reception");
    row(toKey(PaymentMethod::Cash), "cash");
    row(toKey(PaymentMethod::Card), "card");
    row(toKey(PaymentMethod::Cheque), "cheque");
    row(toKey(PaymentMethod::Free), "free");
    row(toKey(Destination::Shop), "shop");
    row(toKey(Destination::Recycling), "recycling");
    row(toKey(Destination::WasteCentre), "waste-centre");
    row(toKey(Origin::VoluntaryDropOff), "voluntary");
    row(toKey(Origin::HomeCollection), "home-collection");
    row(toKey(Origin::PartnerWasteCentre), "partner-waste-centre");
    row(toKey(Origin::Professional), "professional");
    row(toKey(MovementDirection::In), "in");
    row(toKey(MovementDirection::Out), "out");
    row(toKey(PeriodKind::Day), "day");
    row(toKey(PeriodKind::Month), "month");
    row(toKey(PeriodKind::Year), "year");
}

void TestDomain::keys()
{
    QFETCH(QString, actual);
    QFETCH(QString, expected);

    QCOMPARE(actual, expected);
}

void TestDomain::roundTrips()
{
    // The helpers' QVERIFY only leaves the helper: stop at the first failing enum.
    checkRoundTrip<StationKind>(stationKinds, stationKindFromKey);
    if (QTest::currentTestFailed())
        return;
    checkRoundTrip<Role>(roles, roleFromKey);
    if (QTest::currentTestFailed())
        return;
    checkRoundTrip<PaymentMethod>(paymentMethods, paymentMethodFromKey);
    if (QTest::currentTestFailed())
        return;
    checkRoundTrip<Destination>(destinations, destinationFromKey);
    if (QTest::currentTestFailed())
        return;
    checkRoundTrip<Origin>(origins, originFromKey);
    if (QTest::currentTestFailed())
        return;
    checkRoundTrip<MovementDirection>(movementDirections, movementDirectionFromKey);
    if (QTest::currentTestFailed())
        return;

    QSet<QString> periodKeys;
    for (const PeriodKind kind : {PeriodKind::Day, PeriodKind::Month, PeriodKind::Year})
        periodKeys.insert(toKey(kind));
    QCOMPARE(periodKeys.size(), 3);
}

void TestDomain::unknownKeys_data()
{
    QTest::addColumn<QString>("key");

    QTest::newRow("empty") << QString();
    QTest::newRow("unknown") << QStringLiteral("unknown");
    QTest::newRow("upper case") << QStringLiteral("CASH");
    QTest::newRow("capitalised") << QStringLiteral("Cashier");
    QTest::newRow("leading space") << QStringLiteral(" cash");
    QTest::newRow("trailing space") << QStringLiteral("cash ");
    QTest::newRow("underscore") << QStringLiteral("super_admin");
    QTest::newRow("enum name") << QStringLiteral("SuperAdmin");
    QTest::newRow("display name") << QStringLiteral("Waste centre");
    QTest::newRow("number") << QStringLiteral("0");
    QTest::newRow("nul") << QString(QChar(u'\0'));
    QTest::newRow("key with nul") << (QStringLiteral("cash") + QChar(u'\0'));
    QTest::newRow("10000 characters") << QString(10000, QChar(u'a'));
}

void TestDomain::unknownKeys()
{
    QFETCH(QString, key);

    QVERIFY(!stationKindFromKey(key));
    QVERIFY(!roleFromKey(key));
    QVERIFY(!paymentMethodFromKey(key));
    QVERIFY(!destinationFromKey(key));
    QVERIFY(!originFromKey(key));
    QVERIFY(!movementDirectionFromKey(key));
}

void TestDomain::displayNames_data()
{
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");

    const auto row = [](const QString &actual, const char *expected) {
        QTest::newRow(expected) << actual << QString::fromUtf8(expected);
    };
    row(displayName(Role::SuperAdmin), "Super-admin");
    row(displayName(Role::Cashier), "Cashier");
    row(displayName(Role::Reception), "Reception volunteer");
    row(displayName(PaymentMethod::Card), "Card");
    row(displayName(PaymentMethod::Cheque), "Cheque");
    row(displayName(PaymentMethod::Free), "Free / donation");
    row(displayName(Destination::WasteCentre), "Waste centre");
    row(displayName(Origin::VoluntaryDropOff), "Voluntary drop-off");
    row(displayName(Origin::HomeCollection), "Home collection");
    row(displayName(Origin::PartnerWasteCentre), "Partner waste centre");
    row(displayName(Origin::Professional), "Professional");
    row(displayName(StationKind::Register), "Register");
    row(displayName(StationKind::Reception), "Reception desk");
    row(displayName(StationKind::BackOffice), "Back office");
}

void TestDomain::displayNames()
{
    QFETCH(QString, actual);
    QFETCH(QString, expected);

    QCOMPARE(actual, expected);
}

void TestDomain::displayNamesUniqueAndNotEmpty()
{
    checkDisplayNames(stationKinds);
    if (QTest::currentTestFailed())
        return;
    checkDisplayNames(roles);
    if (QTest::currentTestFailed())
        return;
    checkDisplayNames(paymentMethods);
    if (QTest::currentTestFailed())
        return;
    checkDisplayNames(destinations);
    if (QTest::currentTestFailed())
        return;
    checkDisplayNames(origins);
}

void TestDomain::denominations()
{
    const QList<qint64> &denominations = euroDenominations();
    const QList<qint64> expected = {
        50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1};
    QCOMPARE(denominations, expected);
    QCOMPARE(
        std::accumulate(denominations.cbegin(), denominations.cend(), qint64(0)), qint64(88888));
    for (qsizetype i = 1; i < denominations.size(); ++i)
        QVERIFY(denominations.at(i) < denominations.at(i - 1)); // largest first, no duplicates
    QVERIFY(denominations.last() > 0);
}

QTEST_APPLESS_MAIN(TestDomain)
#include "tst_domain.moc"
