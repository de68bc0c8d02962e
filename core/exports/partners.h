#pragma once

#include "core/domain.h"
#include "core/exports/ecologicschema.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace recaisse::core {

class Store;

// The eco-organisms ReCaisse declares to, each defined by a file in resources/ (its categories,
// flows, unit weights, period, file format): Ecologic (electrical equipment), Ecomaison
// (furniture, toys, DIY and garden) and Refashion (textiles, household linen, shoes).
class Partners
{
    Q_DECLARE_TR_FUNCTIONS(Partners)

public:
    static const QStringList &ids();
    static QString defaultId() { return QStringLiteral("ecologic"); }
    // The definition shipped for a partner; an unknown partner is an error naming the known ones.
    static Result<EcologicSchema> definition(const QString &partner);
    // The partner whose shipped definition has that format ("ecomaison-v1" -> "ecomaison");
    // Ecologic for an unknown one (the schedules and runs written before partners).
    static QString fromFormat(const QString &format);
};

// One group of the period's flows, by what the declarations and the tonnage report tell apart.
// The one rule every tonnage figure comes from (DESIGN.md, "Every kilogram has a path").
struct FlowRow
{
    enum class Flow { Deposit, Sale, Outflow };
    Flow flow = Flow::Deposit;
    QString categoryId;
    QString eeeCode; // the code stored on the lines
    // deposit: its channel (origin); outflow: recycling, waste or partner; sale: "gift" for the
    // free gifts' lines, else "".
    QString kind;
    QString destination; // deposit: shop, recycling or waste-centre; outflow: its stream or ""
    qint64 count = 0; // items; sold: net of refunds
    qint64 grams = 0; // sold: keyed weights prorated by refunds, plus estimated
    qint64 estimatedGrams = 0; // sold without a weight: the category's average weight per item
    qint64 cents = 0; // sold, net of refunds
    qint64 unweighedWithoutAverage = 0; // items sold unweighed in a category without average
    // Outflow: the partner association (kind partner) or the collecting eco-organism (recycling).
    QString partner;
    // Of count and grams: weighed lots, each counted as one item. A sale line sold by the kilo is
    // one lot; so is a deposit line of one item in a category sold by the kilo (a bag weighed
    // whole). Outflows have none.
    qint64 lotCount = 0;
    qint64 lotGrams = 0;
    // Deposit, when the rows are asked by town (MaterialFlows::ByTown): the deposit's town and
    // postcode, "" when none was given.
    QString town;
    QString townPostcode;

    // The pieces these lines stand for when a partner counts pieces of unitWeightGrams each (a
    // partner whose measure is "count", as Refashion): the items counted one by one, plus the
    // lots' weight in standard pieces (half up). Without a unit weight a lot stays one item.
    qint64 pieces(qint64 unitWeightGrams) const;
};

class MaterialFlows
{
public:
    // ByTown splits the deposits' rows by the deposit's town as well (the tonnage report's
    // received kilograms per town, from the same pass).
    enum class Split { None, ByTown };

    explicit MaterialFlows(Store &store);
    // Every deposit, sale (net of every refund of its lines, whenever made) and outflow of the
    // site's documents (all stations pulled so far) whose business day is in [from, to]; only
    // those made on stationId when it is not empty, and on the stations of siteId when it is not
    // empty (a super-administrator's full export of another site of the association).
    Result<QList<FlowRow>> rows(const QDate &from, const QDate &to, const QString &stationId = {},
        const QString &siteId = {}, Split split = Split::None) const;
    // That rule as one SQL statement with :from and :to (ISO dates), :station (a station id;
    // NULL or '' for every station) and :site (a site id; NULL or '' for every site).
    static QString sql(Split split = Split::None);

private:
    Store &m_store;
};

// Where a shop category is declared: one partner and one of its categories, or none.
struct PartnerAssignment
{
    enum class Source { None, Explicit, EeeCode, Default };
    QString partner; // "" when none
    QString code;
    Source source = Source::None;
};

// The category -> partner category mapping. A category belongs to at most one eco-organism.
// A line's partner: the explicit mapping of its category (set by a super-administrator, audited;
// "none" included), else the EEE code stored on the line (Ecologic, as before), else the default
// of a partner definition for the category or its parent (to check against the shop's contract).
class PartnerMapping
{
    Q_DECLARE_TR_FUNCTIONS(PartnerMapping)

public:
    explicit PartnerMapping(Store &store);

    // Reads the definitions, the explicit rows and the categories' parents.
    Result<void> load();
    PartnerAssignment resolve(const QString &categoryId, const QString &eeeCode) const;
    // The mapping a super-administrator set for the category ("none" included), if any.
    std::optional<PartnerAssignment> explicitOf(const QString &categoryId) const;
    const QHash<QString, EcologicSchema> &definitions() const { return m_definitions; }
    // The row as the assigned partner counts it: for a partner that counts pieces, its count
    // becomes row.pieces() of that partner category's unit weight; otherwise the row unchanged.
    // Every declaration and the tonnage report count through it.
    FlowRow counted(const FlowRow &row, const PartnerAssignment &assigned) const;

    struct Entry
    {
        QString categoryId;
        QString categoryName;
        PartnerAssignment assignment;
    };
    // Every category (its own EEE code standing for its lines'), in the catalog's order.
    Result<QList<Entry>> list();

    // Maps a category to a partner category (super-administrator only, audited). An unknown
    // category, partner or partner category is refused and nothing is written.
    Result<void> map(const Actor &actor, const QString &categoryId, const QString &partner,
        const QString &partnerCode);
    // Declares the category under no eco-organism (overrides its EEE code and the defaults).
    Result<void> mapNone(const Actor &actor, const QString &categoryId);
    // Removes the explicit mapping: the category follows its EEE code or the defaults again.
    Result<void> reset(const Actor &actor, const QString &categoryId);

private:
    Result<void> write(const Actor &actor, const QString &categoryId, const QString &partner,
        const QString &partnerCode, bool remove);

    Store &m_store;
    QHash<QString, EcologicSchema> m_definitions;
    QHash<QString, PartnerAssignment> m_explicit;
    QHash<QString, QString> m_parent;
};

QString displayName(PartnerAssignment::Source source);

} // namespace recaisse::core
