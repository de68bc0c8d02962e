#include "sheetimport.h"

#include "catalogueimport.h"
#include "core/database.h"
#include "core/money.h"
#include "core/store.h"
#include "core/users.h"
#include "portability.h"
#include "priceimport.h"
#include "userimport.h"

#include <QRegularExpression>
#include <QSet>

namespace recaisse::core::portability {

namespace {

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

QStringList synonymsOf(ImportKind kind, ImportField field)
{
    switch (field) {
    case ImportField::Name:
        if (kind == ImportKind::Users)
            return {QStringLiteral("nom"), QStringLiteral("name"), QStringLiteral("prenom nom"),
                QStringLiteral("nom prenom"), QStringLiteral("personne"),
                QStringLiteral("benevole"), QStringLiteral("utilisateur"), QStringLiteral("user"),
                QStringLiteral("nom complet"), QStringLiteral("identifiant")};
        if (kind == ImportKind::Prices)
            return {QStringLiteral("categorie"), QStringLiteral("category"), QStringLiteral("nom"),
                QStringLiteral("name"), QStringLiteral("article"), QStringLiteral("libelle"),
                QStringLiteral("designation"), QStringLiteral("code categorie"),
                QStringLiteral("id")};
        return {QStringLiteral("nom"), QStringLiteral("name"), QStringLiteral("categorie"),
            QStringLiteral("category"), QStringLiteral("libelle"), QStringLiteral("designation"),
            QStringLiteral("nom de la categorie"), QStringLiteral("article")};
    case ImportField::Parent:
        return {QStringLiteral("parent"), QStringLiteral("categorie parente"),
            QStringLiteral("parent category"), QStringLiteral("famille"), QStringLiteral("rayon"),
            QStringLiteral("categorie mere")};
    case ImportField::EeeCode:
        return {QStringLiteral("eee"), QStringLiteral("code eee"), QStringLiteral("eee code"),
            QStringLiteral("deee"), QStringLiteral("code deee"), QStringLiteral("categorie eee")};
    case ImportField::DefaultPrice:
        return {QStringLiteral("prix"), QStringLiteral("price"), QStringLiteral("prix par defaut"),
            QStringLiteral("default price"), QStringLiteral("prix conseille"),
            QStringLiteral("prix de vente"), QStringLiteral("tarif")};
    case ImportField::MinPrice:
        return {QStringLiteral("prix min"), QStringLiteral("prix minimum"),
            QStringLiteral("prix mini"), QStringLiteral("min price"),
            QStringLiteral("minimum price")};
    case ImportField::MaxPrice:
        return {QStringLiteral("prix max"), QStringLiteral("prix maximum"),
            QStringLiteral("prix maxi"), QStringLiteral("max price"),
            QStringLiteral("maximum price")};
    case ImportField::WeightRequired:
        return {QStringLiteral("pesee"), QStringLiteral("pesee obligatoire"),
            QStringLiteral("poids obligatoire"), QStringLiteral("a peser"),
            QStringLiteral("weight required")};
    case ImportField::AverageWeight:
        return {QStringLiteral("poids"), QStringLiteral("poids moyen"),
            QStringLiteral("poids unitaire"), QStringLiteral("poids standard"),
            QStringLiteral("weight"), QStringLiteral("average weight")};
    case ImportField::MinWeight:
        return {QStringLiteral("poids min"), QStringLiteral("poids minimum"),
            QStringLiteral("min weight"), QStringLiteral("minimum weight")};
    case ImportField::MaxWeight:
        return {QStringLiteral("poids max"), QStringLiteral("poids maximum"),
            QStringLiteral("max weight"), QStringLiteral("maximum weight")};
    case ImportField::Color:
        return {QStringLiteral("couleur"), QStringLiteral("color"), QStringLiteral("colour")};
    case ImportField::Shortcut:
        return {QStringLiteral("raccourci"), QStringLiteral("touche"), QStringLiteral("shortcut")};
    case ImportField::PricePerKg:
        // "Prix au kg" loses its unit like every header: "prix au".
        return {QStringLiteral("prix au"), QStringLiteral("prix par"),
            QStringLiteral("prix au kilo"), QStringLiteral("prix du kilo"),
            QStringLiteral("prix par kilo"), QStringLiteral("price per"),
            QStringLiteral("price per kilo"), QStringLiteral("tarif au")};
    case ImportField::Role:
        return {QStringLiteral("role"), QStringLiteral("fonction"), QStringLiteral("poste"),
            QStringLiteral("statut"), QStringLiteral("profil"), QStringLiteral("droits")};
    case ImportField::TelegramId:
        return {QStringLiteral("telegram"), QStringLiteral("id telegram"),
            QStringLiteral("telegram id"), QStringLiteral("identifiant telegram"),
            QStringLiteral("chat id"), QStringLiteral("telegram chat id")};
    }
    return {};
}

} // namespace

int SheetImport::maxRows(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Categories:
        return 2'000;
    case ImportKind::Users:
        return 1'000;
    case ImportKind::Prices:
        return 20'000;
    }
    return 0;
}

SheetReader::Limits SheetImport::limits(ImportKind kind)
{
    SheetReader::Limits limits;
    limits.maxRows = maxRows(kind);
    limits.maxFileBytes = 16LL * 1024 * 1024;
    limits.maxCellChars = 10'000;
    return limits;
}

const QList<ImportField> &SheetImport::fields(ImportKind kind)
{
    static const QList<ImportField> categories = {ImportField::Name, ImportField::Parent,
        ImportField::EeeCode, ImportField::DefaultPrice, ImportField::MinPrice,
        ImportField::MaxPrice, ImportField::WeightRequired, ImportField::AverageWeight,
        ImportField::MinWeight, ImportField::MaxWeight, ImportField::Color, ImportField::Shortcut};
    static const QList<ImportField> users = {
        ImportField::Name, ImportField::Role, ImportField::TelegramId};
    static const QList<ImportField> prices = {ImportField::Name, ImportField::DefaultPrice,
        ImportField::MinPrice, ImportField::MaxPrice, ImportField::PricePerKg};
    switch (kind) {
    case ImportKind::Users:
        return users;
    case ImportKind::Prices:
        return prices;
    case ImportKind::Categories:
        break;
    }
    return categories;
}

QString SheetImport::fieldKey(ImportField field)
{
    switch (field) {
    case ImportField::Name:
        return QStringLiteral("name");
    case ImportField::Parent:
        return QStringLiteral("parent");
    case ImportField::EeeCode:
        return QStringLiteral("eee_code");
    case ImportField::DefaultPrice:
        return QStringLiteral("default_price");
    case ImportField::MinPrice:
        return QStringLiteral("min_price");
    case ImportField::MaxPrice:
        return QStringLiteral("max_price");
    case ImportField::WeightRequired:
        return QStringLiteral("weight_required");
    case ImportField::AverageWeight:
        return QStringLiteral("average_weight_kg");
    case ImportField::MinWeight:
        return QStringLiteral("min_weight_kg");
    case ImportField::MaxWeight:
        return QStringLiteral("max_weight_kg");
    case ImportField::Color:
        return QStringLiteral("color");
    case ImportField::Shortcut:
        return QStringLiteral("shortcut");
    case ImportField::PricePerKg:
        return QStringLiteral("price_per_kg");
    case ImportField::Role:
        return QStringLiteral("role");
    case ImportField::TelegramId:
        return QStringLiteral("telegram_id");
    }
    return {};
}

QString SheetImport::fieldLabel(ImportKind kind, ImportField field)
{
    switch (field) {
    case ImportField::Name:
        return kind == ImportKind::Prices ? tr("Category") : tr("Name");
    case ImportField::Parent:
        return tr("Parent category");
    case ImportField::EeeCode:
        return tr("EEE code");
    case ImportField::DefaultPrice:
        return tr("Default price");
    case ImportField::MinPrice:
        return tr("Minimum price");
    case ImportField::MaxPrice:
        return tr("Maximum price");
    case ImportField::WeightRequired:
        return tr("Weight required");
    case ImportField::AverageWeight:
        return tr("Average weight (kg)");
    case ImportField::MinWeight:
        return tr("Minimum weight (kg)");
    case ImportField::MaxWeight:
        return tr("Maximum weight (kg)");
    case ImportField::Color:
        return tr("Colour");
    case ImportField::Shortcut:
        return tr("Shortcut");
    case ImportField::PricePerKg:
        return tr("Price per kilo");
    case ImportField::Role:
        return tr("Role");
    case ImportField::TelegramId:
        return tr("Telegram id");
    }
    return {};
}

QString SheetImport::kindKey(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Categories:
        return QStringLiteral("categories");
    case ImportKind::Users:
        return QStringLiteral("users");
    case ImportKind::Prices:
        return QStringLiteral("prices");
    }
    return {};
}

std::optional<ImportKind> SheetImport::kindFromKey(const QString &key)
{
    for (const ImportKind kind : {ImportKind::Categories, ImportKind::Users, ImportKind::Prices}) {
        if (kindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString SheetImport::normalizedWords(const QString &text)
{
    return normalizedHeader(text);
}

ImportMapping SheetImport::guessMapping(ImportKind kind, const QStringList &header)
{
    ImportMapping mapping;
    QSet<int> taken;
    QStringList normalized;
    for (const QString &title : header)
        normalized.append(normalizedHeader(title));
    for (const ImportField field : fields(kind)) {
        const QStringList synonyms = synonymsOf(kind, field);
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

Result<ImportMapping> SheetImport::mappingFromJson(
    ImportKind kind, const QJsonObject &object, const QStringList &header)
{
    ImportMapping mapping;
    for (auto it = object.begin(); it != object.end(); ++it) {
        std::optional<ImportField> field;
        for (const ImportField candidate : fields(kind)) {
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
    if (!mapping.contains(ImportField::Name))
        return makeError(ErrorCode::InvalidInput,
            kind == ImportKind::Prices
                ? tr("The mapping must give the column of the categories (name).")
                : tr("The mapping must give the column of the names (name)."));
    return mapping;
}

QJsonObject SheetImport::mappingToJson(const ImportMapping &mapping, const QStringList &header)
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

QString SheetImport::mappedText(const QStringList &cells, const ImportMapping &mapping,
    ImportField field, QList<ImportCellError> &errors)
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

void SheetImport::mappedNumber(const QStringList &cells, const ImportMapping &mapping,
    ImportField field, std::optional<qint64> &target, QList<ImportCellError> &errors,
    Result<qint64> (*parse)(QStringView))
{
    const QString value = mappedText(cells, mapping, field, errors);
    if (value.isEmpty())
        return;
    if (auto parsed = parse(value); parsed)
        target = *parsed;
    else
        errors.append({mapping.value(field), parsed.error().message});
}

Result<qint64> SheetImport::parseAmount(QStringView text)
{
    return money::parse(text);
}

QString SheetImport::describeErrors(
    const QList<ImportRowStatus> &rows, const QStringList &header, int atMost)
{
    QStringList lines;
    for (const ImportRowStatus &row : rows) {
        for (const ImportCellError &error : row.errors) {
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

Result<ImportCheck> SheetImport::check(
    Store &store, ImportKind kind, const SheetTable &table, const ImportMapping &mapping)
{
    switch (kind) {
    case ImportKind::Users:
        if (auto plan = UserImport(store).plan(table, mapping); plan)
            return statuses(*plan);
        else
            return plan.error();
    case ImportKind::Prices:
        if (auto plan = PriceImport(store).plan(table, mapping); plan)
            return statuses(*plan);
        else
            return plan.error();
    case ImportKind::Categories:
        break;
    }
    if (auto plan = CatalogueImport(store).plan(table, mapping); plan)
        return statuses(*plan);
    else
        return plan.error();
}

Result<ImportOutcome> SheetImport::run(Store &store, ImportKind kind, const Actor &actor,
    const SheetTable &table, const ImportMapping &mapping, const ImportOptions &options)
{
    switch (kind) {
    case ImportKind::Users:
        return UserImport(store).apply(actor, table, mapping, options);
    case ImportKind::Prices:
        return PriceImport(store).apply(actor, table, mapping, options);
    case ImportKind::Categories:
        break;
    }
    return CatalogueImport(store).apply(actor, table, mapping, options);
}

Result<void> SheetImport::mayImport(Store &store, const Actor &actor, Permission permission)
{
    if (auto allowed = Users(store).require(actor, permission); !allowed)
        return allowed;
    if (isArchiveStation(store.db()))
        return makeError(ErrorCode::PermissionDenied,
            tr("This station is a read-only archive of an exported shop: nothing can be imported "
               "into it."));
    return {};
}

QJsonObject SheetImport::auditDetails(const ImportOutcome &outcome)
{
    return {{QStringLiteral("created"), outcome.created},
        {QStringLiteral("updated"), outcome.updated},
        {QStringLiteral("skipped"), int(outcome.skipped.size())}};
}

Result<ImportOutcome> SheetImport::write(Store &store, const ImportCheck &plan,
    const QList<int> &order, const QStringList &header, const ImportOptions &options,
    const std::function<Result<void>(int)> &writeRow,
    const std::function<Result<void>(const ImportOutcome &)> &audit)
{
    if (plan.invalid > 0 && !options.validRowsOnly)
        return makeError(ErrorCode::InvalidInput,
            tr("%n row(s) of the file are not valid, nothing was imported: %1", nullptr,
                plan.invalid)
                .arg(describeErrors(plan.rows, header)));
    ImportOutcome outcome;
    outcome.dryRun = options.dryRun;
    for (const ImportRowStatus &row : plan.rows) {
        if (!row.errors.isEmpty())
            outcome.skipped.append(row);
    }
    if (options.dryRun) {
        outcome.created = plan.creates;
        outcome.updated = plan.updates;
        return outcome;
    }
    if (order.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("No row of the file can be imported."));

    Transaction transaction(store.db());
    if (!transaction.started())
        return transaction.started().error();
    // The categories saved here are kept in this connection's catalogue cache as they are
    // written; when the transaction is rolled back (a bad row, a cancel), the cache must reload.
    struct CacheGuard
    {
        Store &store;
        bool committed = false;
        ~CacheGuard()
        {
            if (!committed)
                store.categoryCache().valid = false;
        }
    } cacheGuard{store};
    int done = 0;
    for (const int r : order) {
        if (auto written = writeRow(r); !written)
            return makeError(written.error().code,
                tr("row %1: %2").arg(plan.rows.at(r).sourceRow).arg(written.error().message));
        if (plan.rows.at(r).updates)
            ++outcome.updated;
        else
            ++outcome.created;
        ++done;
        if (options.progress && !options.progress(done, int(order.size())))
            return makeError(ErrorCode::InvalidInput, tr("Import cancelled: nothing was changed."));
    }
    if (auto audited = audit(outcome); !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    cacheGuard.committed = true;
    return outcome;
}

} // namespace recaisse::core::portability
