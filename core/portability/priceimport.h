#pragma once

// A price list from the shop's spreadsheet: each row names a category that exists (its id, its
// name, or its "Parent/Child" path) and gives its prices (default, minimum, maximum, per kilo).
// Only the prices mapped change; an empty cell leaves the price as it is. Checked with the category
// editor's rules, written through it, all or nothing (or only the valid rows), audited as
// "category.price-import".

#include "core/domain.h"
#include "core/result.h"
#include "sheetimport.h"

#include <QCoreApplication>

namespace recaisse::core {

class Store;

namespace portability {

struct PriceRow : ImportRowStatus
{
    Category category; // as it will be saved
};

using PricePlan = ImportPlan<PriceRow>;

class PriceImport
{
    Q_DECLARE_TR_FUNCTIONS(PriceImport)

public:
    explicit PriceImport(Store &store);

    // Every row checked against the categories as they are; writes nothing.
    Result<PricePlan> plan(const SheetTable &table, const ImportMapping &mapping) const;
    // ManageCategories (on an administration station; a refusal is audited), then
    // SheetImport::write.
    Result<ImportOutcome> apply(const Actor &actor, const SheetTable &table,
        const ImportMapping &mapping, const ImportOptions &options);

private:
    Store &m_store;
};

} // namespace portability
} // namespace recaisse::core
