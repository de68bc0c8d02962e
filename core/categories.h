#pragma once

#include "domain.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace recaisse::core {

class Store;
struct Actor;

// The category tree the register's buttons and the Ecologic export are built from.
class CategoryCatalog
{
    Q_DECLARE_TR_FUNCTIONS(CategoryCatalog)

public:
    explicit CategoryCatalog(Store &store);

    QList<Category> list(bool includeInactive = false) const;
    QList<Category> children(const QString &parentId) const; // roots for an empty id
    Result<Category> find(const QString &id) const;
    // For a ticket's lines: refreshCache() once, then findCached() per line.
    Result<void> refreshCache() const;
    Result<Category> findCached(const QString &id) const;
    // An id, or an exact (case-insensitive) name, or a "Parent/Child" path.
    Result<Category> resolve(const QString &idOrName) const;

    Result<void> save(const Actor &actor, const Category &category);

    // Checks a category's own fields (bounds, codes, lengths) without touching the store.
    static Result<void> validate(const Category &category);
    // Loads a tree in the shipped JSON format (resources/categories/default.json).
    static Result<QList<Category>> parseTree(const QByteArray &json);
    static Result<QList<Category>> defaultTree();

    // Inserts categories without an actor: only for a new database.
    Result<void> seed(const QList<Category> &categories);

private:
    Store &m_store;
};

} // namespace recaisse::core
