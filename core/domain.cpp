#include "domain.h"

#include <QCoreApplication>

#include <array>

namespace recaisse::core {

namespace {

// Every value of each enum, so that a key is looked up by asking toKey() rather than by keeping
// a second table that could drift from it.
constexpr std::array stationKinds = {
    StationKind::Register, StationKind::Reception, StationKind::BackOffice};
constexpr std::array roles = {
    Role::SuperAdmin, Role::Admin, Role::Supervisor, Role::Cashier, Role::Reception};
constexpr std::array paymentMethods = {
    PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::Cheque, PaymentMethod::Free};
constexpr std::array destinations = {
    Destination::Shop, Destination::Recycling, Destination::WasteCentre};
constexpr std::array origins = {Origin::VoluntaryDropOff, Origin::HomeCollection,
    Origin::PartnerWasteCentre, Origin::Professional};
constexpr std::array movementDirections = {MovementDirection::In, MovementDirection::Out};

template<typename Enum, std::size_t N>
std::optional<Enum> fromKey(const std::array<Enum, N> &values, const QString &key)
{
    for (const Enum value : values) {
        if (toKey(value) == key)
            return value;
    }
    return std::nullopt;
}

} // namespace

QString toKey(StationKind kind)
{
    switch (kind) {
    case StationKind::Register:
        return QStringLiteral("register");
    case StationKind::Reception:
        return QStringLiteral("reception");
    case StationKind::BackOffice:
        return QStringLiteral("backoffice");
    }
    return {};
}

QString toKey(Role role)
{
    switch (role) {
    case Role::SuperAdmin:
        return QStringLiteral("super-admin");
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Cashier:
        return QStringLiteral("cashier");
    case Role::Reception:
        return QStringLiteral("reception");
    }
    return {};
}

QString toKey(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return QStringLiteral("cash");
    case PaymentMethod::Card:
        return QStringLiteral("card");
    case PaymentMethod::Cheque:
        return QStringLiteral("cheque");
    case PaymentMethod::Free:
        return QStringLiteral("free");
    }
    return {};
}

QString toKey(Destination destination)
{
    switch (destination) {
    case Destination::Shop:
        return QStringLiteral("shop");
    case Destination::Recycling:
        return QStringLiteral("recycling");
    case Destination::WasteCentre:
        return QStringLiteral("waste-centre");
    }
    return {};
}

QString toKey(Origin origin)
{
    switch (origin) {
    case Origin::VoluntaryDropOff:
        return QStringLiteral("voluntary");
    case Origin::HomeCollection:
        return QStringLiteral("home-collection");
    case Origin::PartnerWasteCentre:
        return QStringLiteral("partner-waste-centre");
    case Origin::Professional:
        return QStringLiteral("professional");
    }
    return {};
}

QString toKey(MovementDirection direction)
{
    switch (direction) {
    case MovementDirection::In:
        return QStringLiteral("in");
    case MovementDirection::Out:
        return QStringLiteral("out");
    }
    return {};
}

QString toKey(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Day:
        return QStringLiteral("day");
    case PeriodKind::Month:
        return QStringLiteral("month");
    case PeriodKind::Year:
        return QStringLiteral("year");
    }
    return {};
}

std::optional<StationKind> stationKindFromKey(const QString &key)
{
    return fromKey(stationKinds, key);
}

std::optional<Role> roleFromKey(const QString &key)
{
    return fromKey(roles, key);
}

std::optional<PaymentMethod> paymentMethodFromKey(const QString &key)
{
    return fromKey(paymentMethods, key);
}

std::optional<Destination> destinationFromKey(const QString &key)
{
    return fromKey(destinations, key);
}

std::optional<Origin> originFromKey(const QString &key)
{
    return fromKey(origins, key);
}

std::optional<MovementDirection> movementDirectionFromKey(const QString &key)
{
    return fromKey(movementDirections, key);
}

QString displayName(Role role)
{
    switch (role) {
    case Role::SuperAdmin:
        return QCoreApplication::translate("Domain", "Super-admin");
    case Role::Admin:
        return QCoreApplication::translate("Domain", "Admin");
    case Role::Supervisor:
        return QCoreApplication::translate("Domain", "Supervisor");
    case Role::Cashier:
        return QCoreApplication::translate("Domain", "Cashier");
    case Role::Reception:
        return QCoreApplication::translate("Domain", "Reception volunteer");
    }
    return {};
}

QString displayName(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return QCoreApplication::translate("Domain", "Cash");
    case PaymentMethod::Card:
        return QCoreApplication::translate("Domain", "Card");
    case PaymentMethod::Cheque:
        return QCoreApplication::translate("Domain", "Cheque");
    case PaymentMethod::Free:
        return QCoreApplication::translate("Domain", "Free / donation");
    }
    return {};
}

QString displayName(Destination destination)
{
    switch (destination) {
    case Destination::Shop:
        return QCoreApplication::translate("Domain", "Shop");
    case Destination::Recycling:
        return QCoreApplication::translate("Domain", "Recycling");
    case Destination::WasteCentre:
        return QCoreApplication::translate("Domain", "Waste centre");
    }
    return {};
}

QString displayName(Origin origin)
{
    switch (origin) {
    case Origin::VoluntaryDropOff:
        return QCoreApplication::translate("Domain", "Voluntary drop-off");
    case Origin::HomeCollection:
        return QCoreApplication::translate("Domain", "Home collection");
    case Origin::PartnerWasteCentre:
        return QCoreApplication::translate("Domain", "Partner waste centre");
    case Origin::Professional:
        return QCoreApplication::translate("Domain", "Professional");
    }
    return {};
}

QString displayName(StationKind kind)
{
    switch (kind) {
    case StationKind::Register:
        return QCoreApplication::translate("Domain", "Register");
    case StationKind::Reception:
        return QCoreApplication::translate("Domain", "Reception desk");
    case StationKind::BackOffice:
        return QCoreApplication::translate("Domain", "Back office");
    }
    return {};
}

const QList<qint64> &euroDenominations()
{
    static const QList<qint64> denominations = {
        50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1};
    return denominations;
}

} // namespace recaisse::core
