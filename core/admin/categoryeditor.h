#pragma once

#include "core/domain.h"
#include "core/result.h"

#include <QCoreApplication>

namespace recaisse::core {

class Store;

// The categories page's edits on top of CategoryCatalog::save: new ids from names, no cycles in
// the tree, and how much a category was used (deactivating keeps its history: tickets and
// deposits carry the category's name).
class CategoryEditor
{
    Q_DECLARE_TR_FUNCTIONS(CategoryEditor)

public:
    explicit CategoryEditor(Store &store);

    // Needs ManageCategories (audited by CategoryCatalog::save). An empty id creates.
    Result<Category> save(const Actor &actor, Category category);
    Result<void> setActive(const Actor &actor, const QString &id, bool active);
    // Whether a sale or deposit line names the category (it is then deactivated, never removed).
    bool isUsed(const QString &id) const;

    // "Petit électroménager" -> "petit-electromenager" (then -2, -3… if taken).
    QString idFor(const QString &name) const;

private:
    Store &m_store;
};

} // namespace recaisse::core
