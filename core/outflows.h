#pragma once

#include "domain.h"
#include "result.h"

#include <QCoreApplication>

namespace recaisse::core {

class Store;

// Where an object leaving the shop other than sold goes (DESIGN.md, "Every kilogram has a path"):
// given to a partner association (reuse), handed to an eco-organism's collection or sent to a
// recycling stream (recycled), or taken to the waste centre. The till records recycling.
enum class OutflowKind { Recycling, WasteCentre, PartnerAssociation, EcoOrganismCollection };
// The key stored in outflow.kind: a collection is stored as 'recycling' with its eco-organism in
// partner_id (the column's CHECK predates collections), an association as 'partner'.
QString toKey(OutflowKind kind);
// The screen's and the CLI's name: recycling, waste, partner, collection.
QString commandKey(OutflowKind kind);
std::optional<OutflowKind> outflowKindFromKey(const QString &key);
// The kind of a stored outflow from its columns.
OutflowKind outflowKindOf(const QString &storedKind, const QString &partnerId);
QString displayName(OutflowKind kind);
const QList<OutflowKind> &allOutflowKinds();

// The recycling streams an outflow to recycling may name (outflow.stream).
const QStringList &recyclingStreams();
QString streamDisplayName(const QString &stream);

// The longest name of a container.
inline constexpr qsizetype maxContainerName = 40;

// A bin or a cage whose tare is subtracted from what is weighed in it: the site's list.
struct Container
{
    QString id;
    QString name;
    qint64 tareGrams = 0;
};

struct OutflowLineDraft
{
    QString categoryId;
    qint64 quantity = 1;
    qint64 weightGrams = 0; // as weighed: the container's tare, if any, is subtracted
    QString containerId = {}; // empty: weighed without a container
};

struct OutflowDraft
{
    OutflowKind kind = OutflowKind::Recycling;
    // The association's name (PartnerAssociation) or the eco-organism's id (collection).
    QString partner;
    QString stream; // a recyclingStreams() key (Recycling only; empty: not sorted)
    QList<OutflowLineDraft> lines;
    QString note;
};

struct Outflow
{
    DocumentStamp stamp;
    OutflowKind kind = OutflowKind::Recycling;
    std::optional<qint64> sessionSeq; // the register's open cash session, if any
    qint64 totalWeightGrams = 0; // net of the containers' tares
    qint64 tareGrams = 0;
    qint64 itemCount = 0;
    int lineCount = 0;
};

// The site's containers (bins, cages, pallets) and their tares. Listed to whoever records
// outflows; changed by an administrator on an administration station (ManageCategories), audited,
// carried to every station by the signed configuration. A container removed from the list stays on
// the outflows that used it (each line keeps its name and tare).
class Containers
{
    Q_DECLARE_TR_FUNCTIONS(Containers)

public:
    explicit Containers(Store &store);
    Result<QList<Container>> list() const;
    Result<Container> find(const QString &id) const;
    // A name not already in the list, a tare from 1 g to 1 t.
    Result<Container> add(const Actor &actor, const QString &name, qint64 tareGrams);
    Result<void> setTare(const Actor &actor, const QString &id, qint64 tareGrams);
    Result<void> remove(const Actor &actor, const QString &id);

private:
    Store &m_store;
};

// Outflow documents: objects leaving without a sale, weighed by category, net of the containers'
// tares. They are chained like every document; they never enter turnover or tickets. A mistake is
// corrected by another document, never by an edit.
class Outflows
{
    Q_DECLARE_TR_FUNCTIONS(Outflows)

public:
    explicit Outflows(Store &store);

    // The document's own rules (a partner for a partner or a collection, a known stream, lines
    // declared to the collecting eco-organism, a tare below the weighed weight); a weight outside
    // its category's plausible range is not one of them (record() asks an administrator to confirm
    // it: CategoryCatalog::checkWeight).
    Result<void> validate(const OutflowDraft &draft) const;
    // Recorded by whoever may sell at this register (an object leaving from the till) or receive
    // donations; linked to the register's open cash session when there is one.
    Result<Outflow> record(const Actor &actor, const OutflowDraft &draft,
        const std::optional<Unlock> &unlock = std::nullopt);

    // What is left of a weighed weight once the container's tare is subtracted: refused when
    // nothing is (the one rule of the screens and of record()).
    static Result<qint64> netWeight(qint64 weighedGrams, const std::optional<Container> &container);
    // The partner associations already given to, most frequent first (the screen's suggestions).
    Result<QStringList> partnerAssociations() const;

private:
    Store &m_store;
};

} // namespace recaisse::core
