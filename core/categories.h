#pragma once

#include "domain.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace recaisse::core {

class Store;
struct Actor;

// The plausible weight of one item of a category, in grams, bounds included.
struct WeightRange
{
    qint64 minGrams = 0;
    qint64 maxGrams = 0;
};

// The category tree the register's buttons and the Ecologic export are built from.
class CategoryCatalog
{
    Q_DECLARE_TR_FUNCTIONS(CategoryCatalog)

public:
    // Without an administrator's bounds, one item weighs from a tenth of the category's
    // standard weight to ten times it, and up to what one person carries in at once in any case
    // (a bag of clothes weighed as one line).
    static constexpr qint64 derivedRangeFactor = 10;
    static constexpr qint64 carriedLoadGrams = 30'000;

    // The plausible weight of one item: the administrator's bounds where set, the rest derived
    // from the standard weight; none when the category has neither (any weight is accepted).
    static std::optional<WeightRange> weightRange(const Category &category);
    // Whether `weightGrams` for `quantity` items of the category is plausible: the one rule the
    // sale and deposit screens, the CLI and the services ask. The refusal (InvalidInput) names
    // the range per item; an administrator may still confirm the weight (OverrideWeight).
    static Result<void> checkWeight(const Category &category, qint64 quantity, qint64 weightGrams);

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

// The weights of one ticket's lines checked against their categories' plausible ranges. When
// one is outside, the ticket is refused with the range unless an administrator confirms it
// (OverrideWeight: an admin at the till, or an unlock); each confirmed line is audited
// ("weight.override") in the ticket's transaction.
class WeightConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(WeightConfirmation)

public:
    void check(int lineNo, const Category &category, qint64 quantity, qint64 weightGrams);
    bool needed() const { return !m_lines.isEmpty(); }
    // The first refusal, as the screens show it; empty when every weight is plausible.
    QString refusal() const;

    // Nothing to do when every weight is plausible; otherwise who confirmed, or the refusal with
    // the reason the confirmation failed. Call before the ticket's transaction (a wrong PIN must
    // stay recorded).
    Result<void> confirm(Store &store, const Actor &actor, const std::optional<Unlock> &unlock);
    // Inside the ticket's transaction, once its number is known.
    Result<void> audit(Store &store, const Actor &actor, const QString &documentNumber) const;

private:
    struct Line
    {
        int lineNo = 0;
        Category category;
        qint64 quantity = 0;
        qint64 weightGrams = 0;
        QString message;
    };
    QList<Line> m_lines;
    QString m_confirmedBy;
};

} // namespace recaisse::core
