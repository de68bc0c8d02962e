#pragma once

#include "domain.h"
#include "result.h"

#include <QCoreApplication>

namespace recaisse::core {

class Store;

// Where an object leaving the shop other than sold or given goes (DESIGN.md, "Every kilogram has
// a path"). The table also admits 'partner' (an outflow to a partner association, with its
// partner), which the flows screen brings; the till records recycling.
enum class OutflowKind { Recycling, WasteCentre };
QString toKey(OutflowKind kind);
std::optional<OutflowKind> outflowKindFromKey(const QString &key);
QString displayName(OutflowKind kind);

struct OutflowLineDraft
{
    QString categoryId;
    qint64 quantity = 1;
    qint64 weightGrams = 0; // net weight of the items of the line
};

struct OutflowDraft
{
    OutflowKind kind = OutflowKind::Recycling;
    QList<OutflowLineDraft> lines;
    QString note;
};

struct Outflow
{
    DocumentStamp stamp;
    OutflowKind kind = OutflowKind::Recycling;
    std::optional<qint64> sessionSeq; // the register's open cash session, if any
    qint64 totalWeightGrams = 0;
    qint64 itemCount = 0;
    int lineCount = 0;
};

// Outflow documents: objects sent to recycling or the waste centre, weighed by category. They
// are chained like every document; they never enter turnover, tickets or reuse.
class Outflows
{
    Q_DECLARE_TR_FUNCTIONS(Outflows)

public:
    explicit Outflows(Store &store);

    // The document's own rules; a weight outside its category's plausible range is not one of
    // them (record() asks an administrator to confirm it: CategoryCatalog::checkWeight).
    Result<void> validate(const OutflowDraft &draft) const;
    // Recorded by whoever may sell at this register (an object leaving from the till) or receive
    // donations; linked to the register's open cash session when there is one.
    Result<Outflow> record(const Actor &actor, const OutflowDraft &draft,
        const std::optional<Unlock> &unlock = std::nullopt);

private:
    Store &m_store;
};

} // namespace recaisse::core
