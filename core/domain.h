#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace recaisse::core {

enum class StationKind { Register, Reception, BackOffice };
enum class Role { SuperAdmin, Admin, Supervisor, Cashier, Reception };
enum class PaymentMethod { Cash, Card, Cheque, Free };
enum class Destination { Shop, Recycling, WasteCentre };
enum class Origin { VoluntaryDropOff, HomeCollection, PartnerWasteCentre, Professional };
enum class MovementDirection { In, Out };
enum class PeriodKind { Day, Month, Year };

// Stable identifiers used in the database, the journal and the command line.
QString toKey(StationKind kind);
QString toKey(Role role);
QString toKey(PaymentMethod method);
QString toKey(Destination destination);
QString toKey(Origin origin);
QString toKey(MovementDirection direction);
QString toKey(PeriodKind kind);
std::optional<StationKind> stationKindFromKey(const QString &key);
std::optional<Role> roleFromKey(const QString &key);
std::optional<PaymentMethod> paymentMethodFromKey(const QString &key);
std::optional<Destination> destinationFromKey(const QString &key);
std::optional<Origin> originFromKey(const QString &key);
std::optional<MovementDirection> movementDirectionFromKey(const QString &key);

// Names shown to people (translated).
QString displayName(Role role);
QString displayName(PaymentMethod method);
QString displayName(Destination destination);
QString displayName(Origin origin);
QString displayName(StationKind kind);

// Euro notes and coins, in cents, largest first.
const QList<qint64> &euroDenominations();
// Denomination (cents) -> number of notes or coins.
using DenominationCount = QMap<qint64, qint64>;

struct SiteInfo
{
    QString id;
    QString name;
    QString timeZone;
    QString address;
    // Printed under the address and at the bottom of every receipt (several lines allowed).
    QString receiptHeader;
    QString receiptFooter;
    // The legal identity printed on tickets and Z reports: the SIRET, and the VAT mention in
    // force today (a sale ticket prints the one it captured instead).
    QString siret;
    QString vatMention;
    // A demo shop (created so, or joined to one): its invented documents are labelled as such,
    // and only it takes demo data. Fixed when the site is created.
    bool demo = false;
};

struct StationInfo
{
    QString id;
    QString siteId;
    QString code;
    StationKind kind = StationKind::Register;
    qint64 varianceThresholdCents = 500;
    // The numbering series its documents are numbered in (ledger.h): 1 until a restore.
    int numberingSeries = 1;
};

// A person who proved who they are (PIN) on this station. Every mutating core call takes one.
struct Actor
{
    QString userId;
    QString name;
    Role role = Role::Cashier;
    QString siteId;
};

// A second person's PIN typed to allow one action the actor may not do alone.
struct Unlock
{
    QString userId;
    QString pin;
};

struct UserInfo
{
    QString id;
    QString siteId;
    QString name;
    Role role = Role::Cashier;
    bool active = true;
    bool locked = false;
    QDateTime lockedUntilUtc;
};

struct Category
{
    QString id;
    QString parentId;
    QString name;
    QString eeeCode; // "EEE-1".."EEE-8" or empty
    std::optional<qint64> defaultPriceCents;
    std::optional<qint64> minPriceCents;
    std::optional<qint64> maxPriceCents;
    bool weightRequired = false;
    std::optional<qint64> averageWeightGrams;
    // The plausible weight of one item, set by an administrator; when unset, derived from
    // averageWeightGrams (CategoryCatalog::weightRange).
    std::optional<qint64> minWeightGrams;
    std::optional<qint64> maxWeightGrams;
    // Sold by the kilo: a line's price is its weighed weight times this (money::priceByWeight).
    std::optional<qint64> pricePerKgCents;
    QString color;
    QString shortcut;
    int position = 0;
    bool active = true;
};

// The stamp a finalised document receives when it is sealed into the station's chain.
struct DocumentStamp
{
    QString stationId;
    qint64 seq = 0;
    QString number; // e.g. "CAISSE1-T000042"
    QDateTime createdUtc;
    QString hash;
};

} // namespace recaisse::core
