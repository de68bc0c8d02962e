#include "catalogueimport.h"

#include "core/admin/categoryeditor.h"
#include "core/categories.h"
#include "core/database.h"
#include "core/ledger.h"
#include "core/money.h"
#include "core/permissions.h"
#include "core/store.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace recaisse::core::portability {

namespace {

// "oui", "x", "1", "vrai", "yes", "true" and their opposites; empty: none.
std::optional<bool> parseYesNo(const QString &text, bool *ok)
{
    static const QSet<QString> yes = {QStringLiteral("oui"), QStringLiteral("o"),
        QStringLiteral("x"), QStringLiteral("1"), QStringLiteral("vrai"), QStringLiteral("yes"),
        QStringLiteral("y"), QStringLiteral("true")};
    static const QSet<QString> no = {QStringLiteral("non"), QStringLiteral("n"),
        QStringLiteral("0"), QStringLiteral("faux"), QStringLiteral("no"), QStringLiteral("false")};
    const QString word = text.trimmed().toLower();
    *ok = true;
    if (word.isEmpty())
        return std::nullopt;
    if (yes.contains(word))
        return true;
    if (no.contains(word))
        return false;
    *ok = false;
    return std::nullopt;
}

// "EEE-3", "eee 3", "EEE3", "3" -> "EEE-3"; empty stays empty; anything else: none.
std::optional<QString> parseEee(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:EEE)?[\\s-]*([1-8])$"), QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QString();
    const auto match = pattern.match(trimmed);
    if (!match.hasMatch())
        return std::nullopt;
    return QStringLiteral("EEE-") + match.captured(1);
}

// The key of a category among its siblings.
QString siblingKey(const QString &parentId, const QString &name)
{
    return parentId + QLatin1Char('\n') + name.trimmed().toCaseFolded();
}

} // namespace

CatalogueImport::CatalogueImport(Store &store)
    : m_store(store)
{
}

Result<CataloguePlan> CatalogueImport::plan(
    const SheetTable &table, const ImportMapping &mapping) const
{
    if (!mapping.contains(ImportField::Name))
        return makeError(
            ErrorCode::InvalidInput, tr("Choose the column that holds the categories' names."));
    if (const int maxRows = SheetImport::maxRows(ImportKind::Categories);
        table.rows.size() > maxRows)
        return makeError(ErrorCode::InvalidInput,
            tr("The file has more than %1 rows: nothing was imported.").arg(maxRows));
    CategoryCatalog catalog(m_store);
    const QList<Category> existing = catalog.list(true);
    QHash<QString, Category> existingBySibling;
    for (const Category &category : existing)
        existingBySibling.insert(siblingKey(category.parentId, category.name), category);

    CataloguePlan plan;
    plan.rows.reserve(table.rows.size());
    QList<QString> parentTexts;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QStringList &cells = table.rows.at(r);
        CatalogueRow row;
        row.sourceRow = table.rowNumbers.value(r, int(r) + 2);
        const auto columnOf = [&](ImportField field) { return mapping.value(field, -1); };
        Category &c = row.category;
        c.name = SheetImport::mappedText(cells, mapping, ImportField::Name, row.errors);
        if (c.name.isEmpty() && row.errors.isEmpty())
            row.errors.append({columnOf(ImportField::Name), tr("the name is empty")});
        parentTexts.append(
            SheetImport::mappedText(cells, mapping, ImportField::Parent, row.errors));
        plan.rows.append(row);
    }

    // Parents: a row of the file (by name), or a category already there (id, name or path).
    QHash<QString, QList<int>> rowsByName;
    for (int r = 0; r < plan.rows.size(); ++r) {
        if (!plan.rows.at(r).category.name.isEmpty())
            rowsByName[plan.rows.at(r).category.name.toCaseFolded()].append(r);
    }
    QList<QString> existingParent(plan.rows.size());
    const int parentColumn = mapping.value(ImportField::Parent, -1);
    for (int r = 0; r < plan.rows.size(); ++r) {
        CatalogueRow &row = plan.rows[r];
        const QString &parent = parentTexts.at(r);
        if (parent.isEmpty())
            continue;
        const QList<int> named = rowsByName.value(parent.toCaseFolded());
        if (named.size() == 1 && named.first() != r) {
            row.parentRow = named.first();
        } else if (named.size() > 1) {
            row.errors.append(
                {parentColumn, tr("\"%1\" is the name of several rows of the file").arg(parent)});
        } else if (auto found = catalog.resolve(parent)) {
            existingParent[r] = found->id;
        } else {
            row.errors.append({parentColumn,
                tr("no category \"%1\" in the file or in the catalogue").arg(parent)});
        }
    }

    // Each row's parent id, walking up the file's rows: a row under a new category creates, a
    // cycle in the file is an error. resolved: 0 unknown, 1 in progress, 2 done.
    QList<int> state(plan.rows.size(), 0);
    QList<QString> parentIds(plan.rows.size());
    const std::function<void(int)> resolve = [&](int r) {
        if (state[r] == 2)
            return;
        if (state[r] == 1) {
            plan.rows[r].errors.append(
                {parentColumn, tr("the parents of this row lead back to it")});
            state[r] = 2;
            return;
        }
        state[r] = 1;
        CatalogueRow &row = plan.rows[r];
        QString parentId = existingParent.at(r);
        if (row.parentRow >= 0) {
            resolve(row.parentRow);
            const CatalogueRow &parent = plan.rows.at(row.parentRow);
            // A parent created by the import has no id yet: its children are all new.
            parentId = parent.updates ? parent.category.id : QString();
        }
        parentIds[r] = parentId;
        const bool newParent = row.parentRow >= 0 && !plan.rows.at(row.parentRow).updates;
        const auto it = newParent
            ? existingBySibling.cend()
            : existingBySibling.constFind(siblingKey(parentId, row.category.name));
        if (!row.category.name.isEmpty() && it != existingBySibling.cend()) {
            const QString name = row.category.name;
            row.category = it.value();
            row.category.name = name;
            row.updates = true;
        }
        state[r] = 2;
    };
    for (int r = 0; r < plan.rows.size(); ++r)
        resolve(r);

    // The fields, on top of the category as it is (an update) or a new one.
    QSet<QString> seen;
    for (int r = 0; r < plan.rows.size(); ++r) {
        CatalogueRow &row = plan.rows[r];
        const QStringList &cells = table.rows.at(r);
        Category &c = row.category;
        if (!row.updates)
            c.parentId = parentIds.at(r);
        const auto text = [&](ImportField field) {
            return SheetImport::mappedText(cells, mapping, field, row.errors);
        };
        const auto number = [&](ImportField field, std::optional<qint64> &target,
                                Result<qint64> (*parse)(QStringView)) {
            SheetImport::mappedNumber(cells, mapping, field, target, row.errors, parse);
        };
        const auto price = &SheetImport::parseAmount;
        if (const QString value = text(ImportField::EeeCode); !value.isEmpty()) {
            if (auto code = parseEee(value))
                c.eeeCode = *code;
            else
                row.errors.append({mapping.value(ImportField::EeeCode),
                    tr("\"%1\" is not an EEE code (EEE-1 to EEE-8)").arg(value)});
        }
        number(ImportField::DefaultPrice, c.defaultPriceCents, price);
        number(ImportField::MinPrice, c.minPriceCents, price);
        number(ImportField::MaxPrice, c.maxPriceCents, price);
        bool ok = true;
        const QString requiredText = text(ImportField::WeightRequired);
        if (const auto required = parseYesNo(requiredText, &ok); required)
            c.weightRequired = *required;
        if (!ok)
            row.errors.append({mapping.value(ImportField::WeightRequired),
                tr("write oui or non, not \"%1\"").arg(requiredText)});
        number(ImportField::AverageWeight, c.averageWeightGrams, weight::parseKg);
        number(ImportField::MinWeight, c.minWeightGrams, weight::parseKg);
        number(ImportField::MaxWeight, c.maxWeightGrams, weight::parseKg);
        if (const QString value = text(ImportField::Color); !value.isEmpty())
            c.color = value.startsWith(QLatin1Char('#')) ? value : QLatin1Char('#') + value;
        if (const QString value = text(ImportField::Shortcut); !value.isEmpty())
            c.shortcut = value;

        if (!c.name.isEmpty()) {
            // Two rows for the same category: the second is refused rather than silently winning.
            const QString key = siblingKey(
                row.parentRow >= 0 ? QStringLiteral("row:%1").arg(row.parentRow) : c.parentId,
                c.name);
            if (seen.contains(key))
                row.errors.append({mapping.value(ImportField::Name),
                    tr("\"%1\" appears twice under the same parent").arg(c.name)});
            seen.insert(key);
            Category checked = c;
            if (checked.id.isEmpty())
                checked.id = QStringLiteral("import-check");
            if (auto valid = CategoryCatalog::validate(checked); !valid)
                row.errors.append({-1, valid.error().message});
        }
    }
    // A child of a row that is refused cannot be imported either.
    for (bool changed = true; changed;) {
        changed = false;
        for (CatalogueRow &row : plan.rows) {
            if (row.errors.isEmpty() && row.parentRow >= 0
                && !plan.rows.at(row.parentRow).errors.isEmpty()) {
                row.errors.append({parentColumn,
                    tr("its parent (row %1) is not valid")
                        .arg(plan.rows.at(row.parentRow).sourceRow)});
                changed = true;
            }
        }
    }
    plan.count();
    return plan;
}

Result<ImportOutcome> CatalogueImport::apply(const Actor &actor, const SheetTable &table,
    const ImportMapping &mapping, const ImportOptions &options)
{
    if (auto allowed = SheetImport::mayImport(m_store, actor, Permission::ManageCategories);
        !allowed)
        return allowed.error();
    auto planned = plan(table, mapping);
    if (!planned)
        return planned.error();
    const CataloguePlan &plan = *planned;
    // Parents before their children.
    QList<int> order;
    QList<bool> placed(plan.rows.size(), false);
    const std::function<void(int)> place = [&](int r) {
        if (placed[r])
            return;
        placed[r] = true;
        if (plan.rows.at(r).parentRow >= 0)
            place(plan.rows.at(r).parentRow);
        if (plan.rows.at(r).errors.isEmpty())
            order.append(r);
    };
    for (int r = 0; r < plan.rows.size(); ++r)
        place(r);
    CategoryEditor editor(m_store);
    QList<QString> savedIds(plan.rows.size());
    return SheetImport::write(
        m_store, SheetImport::statuses(plan), order, table.header, options,
        [&](int r) -> Result<void> {
            Category category = plan.rows.at(r).category;
            if (plan.rows.at(r).parentRow >= 0)
                category.parentId = savedIds.at(plan.rows.at(r).parentRow);
            auto saved = editor.save(actor, category);
            if (!saved)
                return saved.error();
            savedIds[r] = saved->id;
            return {};
        },
        [&](const ImportOutcome &outcome) {
            return AuditLog(m_store).record(actor.userId, QStringLiteral("category.import"),
                options.sourceName.left(200), SheetImport::auditDetails(outcome));
        });
}

} // namespace recaisse::core::portability
