#include "priceimport.h"

#include "core/admin/categoryeditor.h"
#include "core/categories.h"
#include "core/ledger.h"
#include "core/permissions.h"
#include "core/store.h"

#include <QHash>

namespace recaisse::core::portability {

PriceImport::PriceImport(Store &store)
    : m_store(store)
{
}

Result<PricePlan> PriceImport::plan(const SheetTable &table, const ImportMapping &mapping) const
{
    if (!mapping.contains(ImportField::Name))
        return makeError(
            ErrorCode::InvalidInput, tr("Choose the column that names the categories."));
    if (const int maxRows = SheetImport::maxRows(ImportKind::Prices); table.rows.size() > maxRows)
        return makeError(ErrorCode::InvalidInput,
            tr("The file has more than %1 rows: nothing was imported.").arg(maxRows));
    // The catalogue read once: by id, by name (several categories may share one), by path.
    const QList<Category> all = CategoryCatalog(m_store).list(true);
    QHash<QString, qsizetype> byId;
    QHash<QString, QList<qsizetype>> byName;
    for (qsizetype i = 0; i < all.size(); ++i) {
        byId.insert(all.at(i).id, i);
        byName[all.at(i).name.trimmed().toCaseFolded()].append(i);
    }
    const auto pathOf = [&](qsizetype i) {
        QStringList names;
        for (int depth = 0; i >= 0 && depth < 32; ++depth) {
            names.prepend(all.at(i).name.trimmed().toCaseFolded());
            i = byId.value(all.at(i).parentId, -1);
        }
        return names.join(QLatin1Char('/'));
    };
    QHash<QString, qsizetype> byPath;
    for (qsizetype i = 0; i < all.size(); ++i)
        byPath.insert(pathOf(i), i);

    const int nameColumn = mapping.value(ImportField::Name);
    PricePlan plan;
    plan.rows.reserve(table.rows.size());
    QHash<QString, int> seen; // category id -> the file's row that prices it
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QStringList &cells = table.rows.at(r);
        PriceRow row;
        row.sourceRow = table.rowNumbers.value(r, int(r) + 2);
        row.updates = true;
        const QString given =
            SheetImport::mappedText(cells, mapping, ImportField::Name, row.errors);
        qsizetype found = -1;
        if (given.isEmpty()) {
            if (row.errors.isEmpty())
                row.errors.append({nameColumn, tr("the category is empty")});
        } else if (byId.contains(given)) {
            found = byId.value(given);
        } else if (given.contains(QLatin1Char('/'))) {
            QStringList parts = given.split(QLatin1Char('/'));
            for (QString &part : parts)
                part = part.trimmed().toCaseFolded();
            found = byPath.value(parts.join(QLatin1Char('/')), -1);
        } else {
            const QList<qsizetype> named = byName.value(given.toCaseFolded());
            if (named.size() > 1)
                row.errors.append({nameColumn,
                    tr("several categories are named \"%1\": write its path, as "
                       "Parent/Child")
                        .arg(given)});
            else if (named.size() == 1)
                found = named.first();
        }
        if (!given.isEmpty() && found < 0 && row.errors.isEmpty())
            row.errors.append(
                {nameColumn, tr("no category \"%1\" in the catalogue").arg(given.left(80))});
        if (found >= 0) {
            row.category = all.at(found);
            if (const auto other = seen.constFind(row.category.id); other != seen.cend())
                row.errors.append({nameColumn,
                    tr("the prices of \"%1\" are already on row %2")
                        .arg(row.category.name)
                        .arg(other.value())});
            else
                seen.insert(row.category.id, row.sourceRow);
        }
        Category &c = row.category;
        SheetImport::mappedNumber(cells, mapping, ImportField::DefaultPrice, c.defaultPriceCents,
            row.errors, &SheetImport::parseAmount);
        SheetImport::mappedNumber(cells, mapping, ImportField::MinPrice, c.minPriceCents,
            row.errors, &SheetImport::parseAmount);
        SheetImport::mappedNumber(cells, mapping, ImportField::MaxPrice, c.maxPriceCents,
            row.errors, &SheetImport::parseAmount);
        SheetImport::mappedNumber(cells, mapping, ImportField::PricePerKg, c.pricePerKgCents,
            row.errors, &SheetImport::parseAmount);
        if (found >= 0) {
            if (auto valid = CategoryCatalog::validate(c); !valid)
                row.errors.append({-1, valid.error().message});
        }
        plan.rows.append(row);
    }
    plan.count();
    return plan;
}

Result<ImportOutcome> PriceImport::apply(const Actor &actor, const SheetTable &table,
    const ImportMapping &mapping, const ImportOptions &options)
{
    if (auto allowed = SheetImport::mayImport(m_store, actor, Permission::ManageCategories);
        !allowed)
        return allowed.error();
    auto planned = plan(table, mapping);
    if (!planned)
        return planned.error();
    const PricePlan &plan = *planned;
    const QList<int> order = SheetImport::validRows(plan);
    CategoryEditor editor(m_store);
    return SheetImport::write(
        m_store, SheetImport::statuses(plan), order, table.header, options,
        [&](int r) -> Result<void> {
            if (auto saved = editor.save(actor, plan.rows.at(r).category); !saved)
                return saved.error();
            return {};
        },
        [&](const ImportOutcome &outcome) {
            return AuditLog(m_store).record(actor.userId, QStringLiteral("category.price-import"),
                options.sourceName.left(200), SheetImport::auditDetails(outcome));
        });
}

} // namespace recaisse::core::portability
