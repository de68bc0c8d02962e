#include "catalogueimport.h"

#include "core/admin/categoryeditor.h"
#include "core/categories.h"
#include "core/database.h"
#include "core/ledger.h"
#include "core/money.h"
#include "core/permissions.h"
#include "core/store.h"
#include "core/users.h"
#include "portability.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace recaisse::core::portability {

namespace {

// "Prix de vente (€)" -> "prix de vente": lowercase, no accents, no units, single spaces.
QString normalizedHeader(const QString &text)
{
    static const QRegularExpression bracketed(QStringLiteral("\\([^)]*\\)|\\[[^\\]]*\\]"));
    QString plain = text;
    plain.remove(bracketed);
    plain = plain.normalized(QString::NormalizationForm_D).toLower();
    QString words;
    for (const QChar c : std::as_const(plain)) {
        if (c.isLetterOrNumber() && c.category() != QChar::Mark_NonSpacing)
            words += c;
        else if (c.category() != QChar::Mark_NonSpacing)
            words += QLatin1Char(' ');
    }
    static const QSet<QString> units = {QStringLiteral("eur"), QStringLiteral("euro"),
        QStringLiteral("euros"), QStringLiteral("ttc"), QStringLiteral("kg"), QStringLiteral("en")};
    QStringList kept;
    for (const QString &word : words.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!units.contains(word))
            kept.append(word);
    }
    return kept.join(QLatin1Char(' '));
}

QStringList synonymsOf(CatalogueField field)
{
    switch (field) {
    case CatalogueField::Name:
        return {QStringLiteral("nom"), QStringLiteral("name"), QStringLiteral("categorie"),
            QStringLiteral("category"), QStringLiteral("libelle"), QStringLiteral("designation"),
            QStringLiteral("nom de la categorie"), QStringLiteral("article")};
    case CatalogueField::Parent:
        return {QStringLiteral("parent"), QStringLiteral("categorie parente"),
            QStringLiteral("parent category"), QStringLiteral("famille"), QStringLiteral("rayon"),
            QStringLiteral("categorie mere")};
    case CatalogueField::EeeCode:
        return {QStringLiteral("eee"), QStringLiteral("code eee"), QStringLiteral("eee code"),
            QStringLiteral("deee"), QStringLiteral("code deee"), QStringLiteral("categorie eee")};
    case CatalogueField::DefaultPrice:
        return {QStringLiteral("prix"), QStringLiteral("price"), QStringLiteral("prix par defaut"),
            QStringLiteral("default price"), QStringLiteral("prix conseille"),
            QStringLiteral("prix de vente"), QStringLiteral("tarif")};
    case CatalogueField::MinPrice:
        return {QStringLiteral("prix min"), QStringLiteral("prix minimum"),
            QStringLiteral("prix mini"), QStringLiteral("min price"),
            QStringLiteral("minimum price")};
    case CatalogueField::MaxPrice:
        return {QStringLiteral("prix max"), QStringLiteral("prix maximum"),
            QStringLiteral("prix maxi"), QStringLiteral("max price"),
            QStringLiteral("maximum price")};
    case CatalogueField::WeightRequired:
        return {QStringLiteral("pesee"), QStringLiteral("pesee obligatoire"),
            QStringLiteral("poids obligatoire"), QStringLiteral("a peser"),
            QStringLiteral("weight required")};
    case CatalogueField::AverageWeight:
        return {QStringLiteral("poids"), QStringLiteral("poids moyen"),
            QStringLiteral("poids unitaire"), QStringLiteral("poids standard"),
            QStringLiteral("weight"), QStringLiteral("average weight")};
    case CatalogueField::MinWeight:
        return {QStringLiteral("poids min"), QStringLiteral("poids minimum"),
            QStringLiteral("min weight"), QStringLiteral("minimum weight")};
    case CatalogueField::MaxWeight:
        return {QStringLiteral("poids max"), QStringLiteral("poids maximum"),
            QStringLiteral("max weight"), QStringLiteral("maximum weight")};
    case CatalogueField::Color:
        return {QStringLiteral("couleur"), QStringLiteral("color"), QStringLiteral("colour")};
    case CatalogueField::Shortcut:
        return {QStringLiteral("raccourci"), QStringLiteral("touche"), QStringLiteral("shortcut")};
    }
    return {};
}

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

SheetReader::Limits CatalogueImport::limits()
{
    SheetReader::Limits limits;
    limits.maxRows = maxRows;
    limits.maxFileBytes = 16LL * 1024 * 1024;
    limits.maxCellChars = 10'000;
    return limits;
}

const QList<CatalogueField> &CatalogueImport::fields()
{
    static const QList<CatalogueField> all = {CatalogueField::Name, CatalogueField::Parent,
        CatalogueField::EeeCode, CatalogueField::DefaultPrice, CatalogueField::MinPrice,
        CatalogueField::MaxPrice, CatalogueField::WeightRequired, CatalogueField::AverageWeight,
        CatalogueField::MinWeight, CatalogueField::MaxWeight, CatalogueField::Color,
        CatalogueField::Shortcut};
    return all;
}

QString CatalogueImport::fieldKey(CatalogueField field)
{
    switch (field) {
    case CatalogueField::Name:
        return QStringLiteral("name");
    case CatalogueField::Parent:
        return QStringLiteral("parent");
    case CatalogueField::EeeCode:
        return QStringLiteral("eee_code");
    case CatalogueField::DefaultPrice:
        return QStringLiteral("default_price");
    case CatalogueField::MinPrice:
        return QStringLiteral("min_price");
    case CatalogueField::MaxPrice:
        return QStringLiteral("max_price");
    case CatalogueField::WeightRequired:
        return QStringLiteral("weight_required");
    case CatalogueField::AverageWeight:
        return QStringLiteral("average_weight_kg");
    case CatalogueField::MinWeight:
        return QStringLiteral("min_weight_kg");
    case CatalogueField::MaxWeight:
        return QStringLiteral("max_weight_kg");
    case CatalogueField::Color:
        return QStringLiteral("color");
    case CatalogueField::Shortcut:
        return QStringLiteral("shortcut");
    }
    return {};
}

QString CatalogueImport::fieldLabel(CatalogueField field)
{
    switch (field) {
    case CatalogueField::Name:
        return tr("Name");
    case CatalogueField::Parent:
        return tr("Parent category");
    case CatalogueField::EeeCode:
        return tr("EEE code");
    case CatalogueField::DefaultPrice:
        return tr("Default price");
    case CatalogueField::MinPrice:
        return tr("Minimum price");
    case CatalogueField::MaxPrice:
        return tr("Maximum price");
    case CatalogueField::WeightRequired:
        return tr("Weight required");
    case CatalogueField::AverageWeight:
        return tr("Average weight (kg)");
    case CatalogueField::MinWeight:
        return tr("Minimum weight (kg)");
    case CatalogueField::MaxWeight:
        return tr("Maximum weight (kg)");
    case CatalogueField::Color:
        return tr("Colour");
    case CatalogueField::Shortcut:
        return tr("Shortcut");
    }
    return {};
}

CatalogueMapping CatalogueImport::guessMapping(const QStringList &header)
{
    CatalogueMapping mapping;
    QSet<int> taken;
    QStringList normalized;
    for (const QString &title : header)
        normalized.append(normalizedHeader(title));
    for (const CatalogueField field : fields()) {
        const QStringList synonyms = synonymsOf(field);
        for (int column = 0; column < normalized.size(); ++column) {
            if (!taken.contains(column) && synonyms.contains(normalized.at(column))) {
                mapping.insert(field, column);
                taken.insert(column);
                break;
            }
        }
    }
    return mapping;
}

Result<CatalogueMapping> CatalogueImport::mappingFromJson(
    const QJsonObject &object, const QStringList &header)
{
    CatalogueMapping mapping;
    for (auto it = object.begin(); it != object.end(); ++it) {
        std::optional<CatalogueField> field;
        for (const CatalogueField candidate : fields()) {
            if (fieldKey(candidate) == it.key())
                field = candidate;
        }
        if (!field)
            return makeError(ErrorCode::InvalidInput,
                tr("The mapping names an unknown field \"%1\".").arg(it.key().left(80)));
        int column = -1;
        if (it.value().isDouble()) {
            column = it.value().toInt() - 1;
        } else {
            const QString given = it.value().toString().trimmed();
            for (int c = 0; c < header.size() && column < 0; ++c) {
                if (header.at(c).trimmed().compare(given, Qt::CaseInsensitive) == 0)
                    column = c;
            }
            if (column < 0)
                column = SheetReader::columnIndex(given);
        }
        if (column < 0 || column >= header.size())
            return makeError(ErrorCode::InvalidInput,
                tr("The mapping's column \"%1\" for %2 is not in the file.")
                    .arg(it.value().toVariant().toString().left(80), it.key()));
        mapping.insert(*field, column);
    }
    if (!mapping.contains(CatalogueField::Name))
        return makeError(
            ErrorCode::InvalidInput, tr("The mapping must give the column of the names (name)."));
    return mapping;
}

QJsonObject CatalogueImport::mappingToJson(
    const CatalogueMapping &mapping, const QStringList &header)
{
    QJsonObject object;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        const QString title = header.value(it.value()).trimmed();
        object.insert(fieldKey(it.key()),
            title.isEmpty() || header.count(header.value(it.value())) > 1
                ? QJsonValue(SheetReader::columnName(it.value()))
                : QJsonValue(title));
    }
    return object;
}

CatalogueImport::CatalogueImport(Store &store)
    : m_store(store)
{
}

QString CatalogueImport::mappedText(const QStringList &cells, const CatalogueMapping &mapping,
    CatalogueField field, QList<CatalogueCellError> &errors)
{
    const auto it = mapping.constFind(field);
    if (it == mapping.cend())
        return {};
    const QString text = cells.value(it.value()).trimmed();
    if (text.size() > maxFieldChars) {
        errors.append({it.value(),
            tr("too long (%1 characters, at most %2)").arg(text.size()).arg(maxFieldChars)});
        return {};
    }
    if (text.startsWith(QLatin1Char('='))) {
        errors.append(
            {it.value(), tr("a formula without its value: save the sheet with its values")});
        return {};
    }
    return text;
}

Result<CataloguePlan> CatalogueImport::plan(
    const SheetTable &table, const CatalogueMapping &mapping) const
{
    if (!mapping.contains(CatalogueField::Name))
        return makeError(
            ErrorCode::InvalidInput, tr("Choose the column that holds the categories' names."));
    if (table.rows.size() > maxRows)
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
        const auto columnOf = [&](CatalogueField field) { return mapping.value(field, -1); };
        Category &c = row.category;
        c.name = mappedText(cells, mapping, CatalogueField::Name, row.errors);
        if (c.name.isEmpty() && row.errors.isEmpty())
            row.errors.append({columnOf(CatalogueField::Name), tr("the name is empty")});
        parentTexts.append(mappedText(cells, mapping, CatalogueField::Parent, row.errors));
        plan.rows.append(row);
    }

    // Parents: a row of the file (by name), or a category already there (id, name or path).
    QHash<QString, QList<int>> rowsByName;
    for (int r = 0; r < plan.rows.size(); ++r) {
        if (!plan.rows.at(r).category.name.isEmpty())
            rowsByName[plan.rows.at(r).category.name.toCaseFolded()].append(r);
    }
    QList<QString> existingParent(plan.rows.size());
    const int parentColumn = mapping.value(CatalogueField::Parent, -1);
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
        const auto text = [&](CatalogueField field) {
            return mappedText(cells, mapping, field, row.errors);
        };
        // An amount or a weight: empty leaves the field as it is, a refusal names the column.
        const auto number = [&](CatalogueField field, std::optional<qint64> &target,
                                Result<qint64> (*parse)(QStringView)) {
            const QString value = text(field);
            if (value.isEmpty())
                return;
            if (auto parsed = parse(value); parsed)
                target = *parsed;
            else
                row.errors.append({mapping.value(field), parsed.error().message});
        };
        const auto price = [](QStringView value) { return money::parse(value); };
        if (const QString value = text(CatalogueField::EeeCode); !value.isEmpty()) {
            if (auto code = parseEee(value))
                c.eeeCode = *code;
            else
                row.errors.append({mapping.value(CatalogueField::EeeCode),
                    tr("\"%1\" is not an EEE code (EEE-1 to EEE-8)").arg(value)});
        }
        number(CatalogueField::DefaultPrice, c.defaultPriceCents, price);
        number(CatalogueField::MinPrice, c.minPriceCents, price);
        number(CatalogueField::MaxPrice, c.maxPriceCents, price);
        bool ok = true;
        const QString requiredText = text(CatalogueField::WeightRequired);
        if (const auto required = parseYesNo(requiredText, &ok); required)
            c.weightRequired = *required;
        if (!ok)
            row.errors.append({mapping.value(CatalogueField::WeightRequired),
                tr("write oui or non, not \"%1\"").arg(requiredText)});
        number(CatalogueField::AverageWeight, c.averageWeightGrams, weight::parseKg);
        number(CatalogueField::MinWeight, c.minWeightGrams, weight::parseKg);
        number(CatalogueField::MaxWeight, c.maxWeightGrams, weight::parseKg);
        if (const QString value = text(CatalogueField::Color); !value.isEmpty())
            c.color = value.startsWith(QLatin1Char('#')) ? value : QLatin1Char('#') + value;
        if (const QString value = text(CatalogueField::Shortcut); !value.isEmpty())
            c.shortcut = value;

        if (!c.name.isEmpty()) {
            // Two rows for the same category: the second is refused rather than silently winning.
            const QString key = siblingKey(
                row.parentRow >= 0 ? QStringLiteral("row:%1").arg(row.parentRow) : c.parentId,
                c.name);
            if (seen.contains(key))
                row.errors.append({mapping.value(CatalogueField::Name),
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
    for (const CatalogueRow &row : std::as_const(plan.rows)) {
        if (!row.errors.isEmpty())
            ++plan.invalid;
        else if (row.updates)
            ++plan.updates;
        else
            ++plan.creates;
    }
    return plan;
}

QString CatalogueImport::describeErrors(
    const CataloguePlan &plan, const QStringList &header, int atMost)
{
    QStringList lines;
    for (const CatalogueRow &row : plan.rows) {
        for (const CatalogueCellError &error : row.errors) {
            if (lines.size() >= atMost)
                break;
            lines.append(error.column >= 0
                    ? tr("row %1, column %2 (%3): %4")
                          .arg(row.sourceRow)
                          .arg(SheetReader::columnName(error.column),
                              header.value(error.column).left(40), error.message)
                    : tr("row %1: %2").arg(row.sourceRow).arg(error.message));
        }
    }
    return lines.join(QStringLiteral("; "));
}

Result<CatalogueImport::Outcome> CatalogueImport::apply(const Actor &actor, const SheetTable &table,
    const CatalogueMapping &mapping, const Options &options)
{
    if (auto allowed = Users(m_store).require(actor, Permission::ManageCategories); !allowed)
        return allowed.error();
    if (isArchiveStation(m_store.db()))
        return makeError(ErrorCode::PermissionDenied,
            tr("This station is a read-only archive of an exported shop: its categories cannot "
               "change."));
    auto planned = plan(table, mapping);
    if (!planned)
        return planned.error();
    CataloguePlan &plan = *planned;
    Outcome outcome;
    outcome.dryRun = options.dryRun;
    if (plan.invalid > 0 && !options.validRowsOnly)
        return makeError(ErrorCode::InvalidInput,
            tr("%n row(s) of the file are not valid, nothing was imported: %1", nullptr,
                plan.invalid)
                .arg(describeErrors(plan, table.header)));
    for (const CatalogueRow &row : std::as_const(plan.rows)) {
        if (!row.errors.isEmpty())
            outcome.skipped.append(row);
    }
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
    if (options.dryRun) {
        outcome.created = plan.creates;
        outcome.updated = plan.updates;
        return outcome;
    }
    if (order.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("No row of the file can be imported."));

    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    CategoryEditor editor(m_store);
    QList<QString> savedIds(plan.rows.size());
    int done = 0;
    for (const int r : std::as_const(order)) {
        Category category = plan.rows.at(r).category;
        if (plan.rows.at(r).parentRow >= 0)
            category.parentId = savedIds.at(plan.rows.at(r).parentRow);
        auto saved = editor.save(actor, category);
        if (!saved)
            return makeError(saved.error().code,
                tr("row %1: %2").arg(plan.rows.at(r).sourceRow).arg(saved.error().message));
        savedIds[r] = saved->id;
        if (plan.rows.at(r).updates)
            ++outcome.updated;
        else
            ++outcome.created;
        ++done;
        if (options.progress && !options.progress(done, int(order.size())))
            return makeError(ErrorCode::InvalidInput, tr("Import cancelled: nothing was changed."));
    }
    if (auto audited = AuditLog(m_store).record(actor.userId, QStringLiteral("category.import"),
            options.sourceName.left(200),
            {{QStringLiteral("created"), outcome.created},
                {QStringLiteral("updated"), outcome.updated},
                {QStringLiteral("skipped"), int(outcome.skipped.size())}});
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return outcome;
}

} // namespace recaisse::core::portability
