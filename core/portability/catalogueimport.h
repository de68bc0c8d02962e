#pragma once

// The shop's categories and prices loaded from its own spreadsheet (sheetreader.h): the
// administrator maps the sheet's columns to the fields, sees every row checked with the same rules
// as the category editor, and imports all of it in one transaction (or only the valid rows, when
// asked), audited. A row whose name (under the same parent) is already a category updates the
// fields mapped and leaves the others as they are; any other row creates a category.

#include "core/domain.h"
#include "core/result.h"
#include "sheetimport.h"

#include <QCoreApplication>

namespace recaisse::core {

class Store;

namespace portability {

struct CatalogueRow : ImportRowStatus
{
    Category category; // as it will be saved (id empty for a new one); updates: an existing one
    int parentRow = -1; // index of the row that creates the parent, when it is in the file
};

using CataloguePlan = ImportPlan<CatalogueRow>;

class CatalogueImport
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueImport)

public:
    explicit CatalogueImport(Store &store);

    // Every row checked against the categories as they are; writes nothing.
    Result<CataloguePlan> plan(const SheetTable &table, const ImportMapping &mapping) const;

    // ManageCategories (on an administration station; a refusal is audited), then
    // SheetImport::write: all or nothing (or the valid rows only), parents before their children,
    // audited as "category.import" in the same transaction.
    Result<ImportOutcome> apply(const Actor &actor, const SheetTable &table,
        const ImportMapping &mapping, const ImportOptions &options);

private:
    Store &m_store;
};

} // namespace portability
} // namespace recaisse::core
