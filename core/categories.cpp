#include "categories.h"

#include "ledger.h"
#include "money.h"
#include "permissions.h"
#include "store.h"
#include "users.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace recaisse::core {

namespace {

const char selectCategory[] =
    "SELECT id, parent_id, name, eee_code, default_price_cents, min_price_cents, max_price_cents, "
    "weight_required, average_weight_grams, color, shortcut, position, active, min_weight_grams, "
    "max_weight_grams, price_per_kg_cents FROM category";

std::optional<qint64> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QVariant toVariant(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

Category categoryFrom(const QSqlQuery &query)
{
    Category c;
    c.id = query.value(0).toString();
    c.parentId = query.value(1).toString();
    c.name = query.value(2).toString();
    c.eeeCode = query.value(3).toString();
    c.defaultPriceCents = optionalInt(query.value(4));
    c.minPriceCents = optionalInt(query.value(5));
    c.maxPriceCents = optionalInt(query.value(6));
    c.weightRequired = query.value(7).toBool();
    c.averageWeightGrams = optionalInt(query.value(8));
    c.color = query.value(9).toString();
    c.shortcut = query.value(10).toString();
    c.position = query.value(11).toInt();
    c.active = query.value(12).toBool();
    c.minWeightGrams = optionalInt(query.value(13));
    c.maxWeightGrams = optionalInt(query.value(14));
    c.pricePerKgCents = optionalInt(query.value(15));
    return c;
}

std::optional<qint64> jsonInt(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    return value.toInteger();
}

} // namespace

CategoryCatalog::CategoryCatalog(Store &store)
    : m_store(store)
{
}

QList<Category> CategoryCatalog::list(bool includeInactive) const
{
    QList<Category> categories;
    QSqlQuery query(m_store.db().connection());
    query.prepare(QString::fromLatin1(selectCategory)
        + QStringLiteral(" WHERE active = 1 OR ? ORDER BY parent_id IS NOT NULL, "
                         "parent_id, position, name"));
    query.addBindValue(includeInactive);
    if (!query.exec())
        return categories;
    while (query.next())
        categories.append(categoryFrom(query));
    return categories;
}

QList<Category> CategoryCatalog::children(const QString &parentId) const
{
    QList<Category> categories;
    QSqlQuery query(m_store.db().connection());
    query.prepare(QString::fromLatin1(selectCategory)
        + QStringLiteral(" WHERE active = 1 AND coalesce(parent_id, '') = ? "
                         "ORDER BY position, name"));
    query.addBindValue(Database::bindable(parentId));
    if (!query.exec())
        return categories;
    while (query.next())
        categories.append(categoryFrom(query));
    return categories;
}

Result<Category> CategoryCatalog::find(const QString &id) const
{
    if (auto fresh = refreshCache(); !fresh)
        return fresh.error();
    return findCached(id);
}

Result<Category> CategoryCatalog::findCached(const QString &id) const
{
    const Store::CategoryCache &cache = m_store.categoryCache();
    const auto it = cache.byId.constFind(id);
    if (it == cache.byId.cend())
        return makeError(ErrorCode::NotFound, tr("Unknown category \"%1\".").arg(id.left(60)));
    return *it;
}

Result<void> CategoryCatalog::refreshCache() const
{
    Database &db = m_store.db();
    Store::CategoryCache &cache = m_store.categoryCache();
    QSqlQuery &version = db.prepared(QStringLiteral("PRAGMA data_version"));
    if (auto result = db.exec(version); !result)
        return result.error();
    const qint64 dataVersion = version.next() ? version.value(0).toLongLong() : -1;
    version.finish();
    if (!cache.valid || cache.dataVersion != dataVersion) {
        QSqlQuery &all = db.prepared(QString::fromLatin1(selectCategory));
        if (auto result = db.exec(all); !result)
            return result.error();
        cache.byId.clear();
        while (all.next()) {
            Category category = categoryFrom(all);
            cache.byId.insert(category.id, category);
        }
        all.finish();
        cache.valid = true;
        cache.dataVersion = dataVersion;
    }
    return {};
}

Result<Category> CategoryCatalog::resolve(const QString &idOrName) const
{
    const QString wanted = idOrName.trimmed();
    if (wanted.isEmpty() || wanted.size() > 200)
        return makeError(ErrorCode::InvalidInput, tr("A category must be named."));
    if (auto byId = find(wanted))
        return byId;
    const QList<Category> all = list(true);
    const QStringList path = wanted.split(QLatin1Char('/'));
    QString parentId;
    std::optional<Category> found;
    for (const QString &part : path) {
        found.reset();
        for (const Category &c : all) {
            if (c.name.compare(part.trimmed(), Qt::CaseInsensitive) == 0
                && (path.size() == 1 || c.parentId == parentId)) {
                found = c;
                break;
            }
        }
        if (!found)
            break;
        parentId = found->id;
    }
    if (!found)
        return makeError(ErrorCode::NotFound, tr("Unknown category \"%1\".").arg(wanted.left(60)));
    return *found;
}

std::optional<WeightRange> CategoryCatalog::weightRange(const Category &c)
{
    std::optional<WeightRange> range;
    if (c.averageWeightGrams && *c.averageWeightGrams > 0)
        range = WeightRange{std::max<qint64>(1, *c.averageWeightGrams / derivedRangeFactor),
            std::max(*c.averageWeightGrams * derivedRangeFactor, carriedLoadGrams)};
    if (!c.minWeightGrams && !c.maxWeightGrams)
        return range;
    WeightRange set = range.value_or(WeightRange{1, weight::maxGrams});
    if (c.minWeightGrams)
        set.minGrams = *c.minWeightGrams;
    if (c.maxWeightGrams)
        set.maxGrams = *c.maxWeightGrams;
    // An administrator's bound on one side may cross the derived one on the other: theirs wins.
    if (set.minGrams > set.maxGrams) {
        if (c.minWeightGrams && !c.maxWeightGrams)
            set.maxGrams = set.minGrams;
        else
            set.minGrams = set.maxGrams;
    }
    return set;
}

Result<void> CategoryCatalog::checkWeight(
    const Category &category, qint64 quantity, qint64 weightGrams)
{
    const auto range = weightRange(category);
    if (!range || quantity < 1)
        return {};
    // Compared for the whole line, so that no rounding of a per-item division lets it through.
    if (weightGrams >= quantity * range->minGrams && weightGrams <= quantity * range->maxGrams)
        return {};
    return makeError(ErrorCode::InvalidInput,
        tr("%1 for %n item(s) of \"%2\" is not plausible: one item weighs from %3 to %4. Check "
           "the weight; an administrator can confirm it.",
            nullptr, int(quantity))
            .arg(weight::format(weightGrams), category.name, weight::format(range->minGrams),
                weight::format(range->maxGrams)));
}

Result<void> CategoryCatalog::validate(const Category &c)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    static const QRegularExpression colorPattern(QStringLiteral("^(#[0-9A-Fa-f]{6})?$"));
    static const QRegularExpression eeePattern(QStringLiteral("^(EEE-[1-8])?$"));
    if (!idPattern.match(c.id).hasMatch())
        return makeError(ErrorCode::InvalidInput,
            tr("A category id is 1 to 64 lowercase letters, digits, dots or dashes."));
    const QString name = c.name.trimmed();
    if (name.isEmpty() || name.size() > 80)
        return makeError(ErrorCode::InvalidInput, tr("A category name has 1 to 80 characters."));
    if (!eeePattern.match(c.eeeCode).hasMatch())
        return makeError(
            ErrorCode::InvalidInput, tr("The EEE code must be EEE-1 to EEE-8, or nothing."));
    if (!colorPattern.match(c.color).hasMatch())
        return makeError(ErrorCode::InvalidInput, tr("A colour is written #RRGGBB."));
    if (c.shortcut.size() > 1)
        return makeError(ErrorCode::InvalidInput, tr("A shortcut is a single key."));
    const auto inRange = [](const std::optional<qint64> &v) {
        return !v || (*v >= 0 && *v <= 100'000'000);
    };
    if (!inRange(c.defaultPriceCents) || !inRange(c.minPriceCents) || !inRange(c.maxPriceCents))
        return makeError(
            ErrorCode::InvalidInput, tr("Category prices must be between 0 and 1 000 000 €."));
    if (c.minPriceCents && c.maxPriceCents && *c.minPriceCents > *c.maxPriceCents)
        return makeError(ErrorCode::InvalidInput,
            tr("The minimum price of \"%1\" is above its maximum.").arg(name));
    if (c.defaultPriceCents
        && ((c.minPriceCents && *c.defaultPriceCents < *c.minPriceCents)
            || (c.maxPriceCents && *c.defaultPriceCents > *c.maxPriceCents)))
        return makeError(ErrorCode::InvalidInput,
            tr("The default price of \"%1\" is outside its bounds.").arg(name));
    if (c.averageWeightGrams && (*c.averageWeightGrams <= 0 || *c.averageWeightGrams > 10'000'000))
        return makeError(ErrorCode::InvalidInput,
            tr("The average weight of \"%1\" must be between 1 g and 10 t.").arg(name));
    const auto weightInRange = [](const std::optional<qint64> &v) {
        return !v || (*v > 0 && *v <= weight::maxGrams);
    };
    if (!weightInRange(c.minWeightGrams) || !weightInRange(c.maxWeightGrams))
        return makeError(ErrorCode::InvalidInput,
            tr("The weight bounds of \"%1\" must be between 0,001 kg and 10 000 kg.").arg(name));
    if (c.minWeightGrams && c.maxWeightGrams && *c.minWeightGrams > *c.maxWeightGrams)
        return makeError(ErrorCode::InvalidInput,
            tr("The minimum weight of \"%1\" is above its maximum.").arg(name));
    if (c.pricePerKgCents && (*c.pricePerKgCents <= 0 || *c.pricePerKgCents > money::maxCentsPerKg))
        return makeError(ErrorCode::InvalidInput,
            tr("The price per kg of \"%1\" must be between 0,01 € and %2.")
                .arg(name, money::format(money::maxCentsPerKg)));
    return {};
}

Result<QList<Category>> CategoryCatalog::parseTree(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return makeError(ErrorCode::InvalidInput,
            tr("The category file is not valid JSON: %1").arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("recaisse-categories"))
        return makeError(ErrorCode::InvalidInput, tr("This is not a ReCaisse category file."));

    QList<Category> categories;
    QSet<QString> ids;
    // The parent is passed by value: the list grows while its children are read.
    std::function<Result<void>(const QJsonArray &, const QString &, const QString &, int)> walk;
    walk = [&](const QJsonArray &nodes, const QString &parentId, const QString &parentColor,
               int depth) -> Result<void> {
        if (depth > 3)
            return makeError(
                ErrorCode::InvalidInput, tr("Categories can be nested at most three levels deep."));
        int position = 0;
        for (const QJsonValue &value : nodes) {
            const QJsonObject node = value.toObject();
            Category c;
            c.id = node.value(QStringLiteral("id")).toString();
            c.parentId = parentId;
            c.name = node.value(QStringLiteral("name")).toString().trimmed();
            c.eeeCode = node.value(QStringLiteral("eee_code")).toString();
            c.defaultPriceCents = jsonInt(node, "default_price_cents");
            c.minPriceCents = jsonInt(node, "min_price_cents");
            c.maxPriceCents = jsonInt(node, "max_price_cents");
            c.weightRequired = node.value(QStringLiteral("weight_required")).toBool();
            c.averageWeightGrams = jsonInt(node, "average_weight_grams");
            c.minWeightGrams = jsonInt(node, "min_weight_grams");
            c.maxWeightGrams = jsonInt(node, "max_weight_grams");
            c.color = node.value(QStringLiteral("color")).toString(parentColor);
            c.shortcut = node.value(QStringLiteral("shortcut")).toString();
            c.position = position++;
            if (auto result = validate(c); !result)
                return result;
            if (ids.contains(c.id))
                return makeError(
                    ErrorCode::InvalidInput, tr("The category id \"%1\" is used twice.").arg(c.id));
            ids.insert(c.id);
            categories.append(c);
            if (auto result = walk(
                    node.value(QStringLiteral("children")).toArray(), c.id, c.color, depth + 1);
                !result)
                return result;
        }
        return {};
    };
    if (auto result = walk(root.value(QStringLiteral("categories")).toArray(), {}, {}, 1); !result)
        return result.error();
    if (categories.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The category file has no category."));
    return categories;
}

Result<QList<Category>> CategoryCatalog::defaultTree()
{
    QFile file(QStringLiteral(":/categories/default.json"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, tr("The default category tree is missing."));
    return parseTree(file.readAll());
}

Result<void> CategoryCatalog::seed(const QList<Category> &categories)
{
    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO category (id, parent_id, name, eee_code, default_price_cents, "
        "min_price_cents, max_price_cents, weight_required, average_weight_grams, color, "
        "shortcut, position, active, min_weight_grams, max_weight_grams) VALUES (?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Category &c : categories) {
        if (auto result = db.exec(query,
                {c.id, c.parentId.isEmpty() ? QVariant() : QVariant(c.parentId), c.name,
                    c.eeeCode.isEmpty() ? QVariant() : QVariant(c.eeeCode),
                    toVariant(c.defaultPriceCents), toVariant(c.minPriceCents),
                    toVariant(c.maxPriceCents), c.weightRequired ? 1 : 0,
                    toVariant(c.averageWeightGrams), c.color, c.shortcut, c.position,
                    c.active ? 1 : 0, toVariant(c.minWeightGrams), toVariant(c.maxWeightGrams)});
            !result)
            return result;
    }
    m_store.categoryCache().valid = false;
    return transaction.commit();
}

Result<void> CategoryCatalog::save(const Actor &actor, const Category &category)
{
    Users users(m_store);
    if (auto allowed = users.require(actor, Permission::ManageCategories); !allowed)
        return allowed;
    if (auto result = validate(category); !result)
        return result;
    if (!category.parentId.isEmpty()) {
        if (category.parentId == category.id)
            return makeError(ErrorCode::InvalidInput, tr("A category cannot be its own parent."));
        if (auto parent = find(category.parentId); !parent)
            return parent.error();
    }
    // The cache holds every category (inactive ones too) as this connection sees them.
    if (auto fresh = refreshCache(); !fresh)
        return fresh;
    for (const Category &other : std::as_const(m_store.categoryCache().byId)) {
        if (other.id != category.id && other.parentId == category.parentId
            && other.name.compare(category.name.trimmed(), Qt::CaseInsensitive) == 0)
            return makeError(ErrorCode::Conflict,
                tr("Another category is already named \"%1\" here.").arg(category.name.trimmed()));
    }
    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    const bool exists = find(category.id).ok();
    QSqlQuery query(db.connection());
    if (exists) {
        query.prepare(QStringLiteral(
            "UPDATE category SET parent_id = ?, name = ?, eee_code = ?, default_price_cents = ?, "
            "min_price_cents = ?, max_price_cents = ?, weight_required = ?, "
            "average_weight_grams = ?, color = ?, shortcut = ?, position = ?, active = ?, "
            "min_weight_grams = ?, max_weight_grams = ?, price_per_kg_cents = ? WHERE id = ?"));
    } else {
        query.prepare(QStringLiteral(
            "INSERT INTO category (parent_id, name, eee_code, default_price_cents, "
            "min_price_cents, max_price_cents, weight_required, average_weight_grams, color, "
            "shortcut, position, active, min_weight_grams, max_weight_grams, price_per_kg_cents, "
            "id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    const Category &c = category;
    if (auto result = db.exec(query,
            {c.parentId.isEmpty() ? QVariant() : QVariant(c.parentId), c.name.trimmed(),
                c.eeeCode.isEmpty() ? QVariant() : QVariant(c.eeeCode),
                toVariant(c.defaultPriceCents), toVariant(c.minPriceCents),
                toVariant(c.maxPriceCents), c.weightRequired ? 1 : 0,
                toVariant(c.averageWeightGrams), c.color, c.shortcut, c.position, c.active ? 1 : 0,
                toVariant(c.minWeightGrams), toVariant(c.maxWeightGrams),
                toVariant(c.pricePerKgCents), c.id});
        !result)
        return result;
    if (auto result = AuditLog(m_store).record(actor.userId,
            exists ? QStringLiteral("category.update") : QStringLiteral("category.create"), c.id,
            {{QStringLiteral("name"), c.name.trimmed()}, {QStringLiteral("active"), c.active},
                {QStringLiteral("min_weight_grams"),
                    c.minWeightGrams ? QJsonValue(*c.minWeightGrams) : QJsonValue()},
                {QStringLiteral("max_weight_grams"),
                    c.maxWeightGrams ? QJsonValue(*c.maxWeightGrams) : QJsonValue()},
                {QStringLiteral("price_per_kg_cents"),
                    c.pricePerKgCents ? QJsonValue(*c.pricePerKgCents) : QJsonValue()}});
        !result)
        return result;
    if (auto committed = transaction.commit(); !committed) {
        m_store.categoryCache().valid = false;
        return committed;
    }
    // The cache follows this connection's own write: an import of many categories does not
    // reload them all at each row. Whoever saves inside a transaction of their own and rolls it
    // back invalidates the cache (SheetImport::write does).
    Store::CategoryCache &cache = m_store.categoryCache();
    if (cache.valid) {
        Category saved = category;
        saved.name = saved.name.trimmed();
        cache.byId.insert(saved.id, saved);
    }
    return {};
}

void WeightConfirmation::check(
    int lineNo, const Category &category, qint64 quantity, qint64 weightGrams)
{
    if (auto plausible = CategoryCatalog::checkWeight(category, quantity, weightGrams); !plausible)
        m_lines.append(Line{lineNo, category, quantity, weightGrams, plausible.error().message});
}

QString WeightConfirmation::refusal() const
{
    if (m_lines.isEmpty())
        return {};
    return tr("Line %1: %2").arg(m_lines.first().lineNo).arg(m_lines.first().message);
}

Result<void> WeightConfirmation::confirm(
    Store &store, const Actor &actor, const std::optional<Unlock> &unlock)
{
    if (m_lines.isEmpty())
        return {};
    auto confirmer = Users(store).authorize(actor, Permission::OverrideWeight, unlock);
    if (!confirmer)
        return makeError(
            confirmer.error().code, refusal() + QLatin1Char(' ') + confirmer.error().message);
    m_confirmedBy = confirmer->userId;
    return {};
}

Result<void> WeightConfirmation::audit(
    Store &store, const Actor &actor, const QString &documentNumber) const
{
    for (const Line &line : m_lines) {
        const auto range = CategoryCatalog::weightRange(line.category);
        if (auto result = AuditLog(store).record(m_confirmedBy, QStringLiteral("weight.override"),
                documentNumber,
                {{QStringLiteral("line"), line.lineNo},
                    {QStringLiteral("category"), line.category.id},
                    {QStringLiteral("quantity"), line.quantity},
                    {QStringLiteral("weight_grams"), line.weightGrams},
                    {QStringLiteral("min_grams"), range ? range->minGrams : 0},
                    {QStringLiteral("max_grams"), range ? range->maxGrams : 0},
                    {QStringLiteral("for"), actor.userId}});
            !result)
            return result;
    }
    return {};
}

} // namespace recaisse::core
