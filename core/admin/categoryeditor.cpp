#include "categoryeditor.h"

#include "core/categories.h"
#include "core/store.h"
#include "core/users.h"

#include <QSqlQuery>

namespace recaisse::core {

CategoryEditor::CategoryEditor(Store &store)
    : m_store(store)
{
}

QString CategoryEditor::idFor(const QString &name) const
{
    QString base;
    const QString decomposed = name.normalized(QString::NormalizationForm_D).toLower();
    for (const QChar c : decomposed) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            base += c;
        else if (c.category() != QChar::Mark_NonSpacing && !base.endsWith(QLatin1Char('-'))
            && !base.isEmpty())
            base += QLatin1Char('-');
    }
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    base = base.left(56);
    if (base.isEmpty())
        base = QStringLiteral("categorie");
    CategoryCatalog catalog(m_store);
    QString id = base;
    for (int n = 2; catalog.find(id).ok(); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

Result<Category> CategoryEditor::save(const Actor &actor, Category category)
{
    CategoryCatalog catalog(m_store);
    category.name = category.name.trimmed();
    if (category.id.isEmpty())
        category.id = idFor(category.name);
    // Walking up from the new parent must not meet the category itself.
    QString parent = category.parentId;
    for (int depth = 0; !parent.isEmpty() && depth < 64; ++depth) {
        if (parent == category.id)
            return makeError(
                ErrorCode::InvalidInput, tr("A category cannot be placed under itself."));
        auto found = catalog.find(parent);
        if (!found)
            return found.error();
        parent = found->parentId;
    }
    if (auto result = catalog.save(actor, category); !result)
        return result.error();
    return category;
}

Result<void> CategoryEditor::setActive(const Actor &actor, const QString &id, bool active)
{
    auto category = CategoryCatalog(m_store).find(id);
    if (!category)
        return category.error();
    category->active = active;
    return CategoryCatalog(m_store).save(actor, *category);
}

bool CategoryEditor::isUsed(const QString &id) const
{
    QSqlQuery query(m_store.db().connection());
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sale_line WHERE category_id = ?) "
                                 "OR EXISTS (SELECT 1 FROM deposit_line WHERE category_id = ?) "
                                 "OR EXISTS (SELECT 1 FROM outflow_line WHERE category_id = ?)"));
    if (!m_store.db().exec(query, {id, id, id}) || !query.next())
        return false;
    return query.value(0).toBool();
}

} // namespace recaisse::core
