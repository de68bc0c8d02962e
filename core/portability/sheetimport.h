#pragma once

// What the spreadsheet imports share (categories: catalogueimport.h, people: userimport.h, price
// lists: priceimport.h): the fields a column can be mapped to, the mapping guessed from the header
// or read from a saved file, each row's checks with the cell that failed, and the write: rights
// checked by the caller, then every valid row in one transaction with the audit event, all or
// nothing unless only the valid rows were asked for, cancellable from a progress callback.

#include "core/domain.h"
#include "core/permissions.h"
#include "core/result.h"
#include "sheetreader.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

#include <atomic>
#include <functional>

namespace recaisse::core {

class Store;

namespace portability {

enum class ImportKind { Categories, Users, Prices };

enum class ImportField {
    Name, // always mapped: a category's name, a person's name, a price list's category
    Parent,
    EeeCode,
    DefaultPrice,
    MinPrice,
    MaxPrice,
    WeightRequired,
    AverageWeight,
    MinWeight,
    MaxWeight,
    Color,
    Shortcut,
    PricePerKg,
    Role,
    TelegramId,
};

// Field -> column of the sheet (0-based); an absent field is not imported.
using ImportMapping = QMap<ImportField, int>;

struct ImportCellError
{
    int column = -1; // -1: the row as a whole
    QString message;
};

// What every import says of a row: where it is in the file, whether it changes something that
// exists, and why it cannot be imported.
struct ImportRowStatus
{
    int sourceRow = 0; // the row's number in the file
    bool updates = false;
    QList<ImportCellError> errors;
};

template<class Row>
struct ImportPlan
{
    QList<Row> rows;
    int invalid = 0;
    int creates = 0;
    int updates = 0;

    void count()
    {
        invalid = creates = updates = 0;
        for (const Row &row : std::as_const(rows)) {
            if (!row.errors.isEmpty())
                ++invalid;
            else if (row.updates)
                ++updates;
            else
                ++creates;
        }
    }
};

// Any import's plan, as the mapping dialog and the CLI show it.
using ImportCheck = ImportPlan<ImportRowStatus>;

struct ImportOptions
{
    bool dryRun = false; // everything checked, nothing written
    bool validRowsOnly = false; // the invalid rows are skipped (listed) instead of refusing
    QString sourceName; // the file's name, for the audit trail
    // Called after each row written (done, total); returning false cancels: nothing stays.
    std::function<bool(int, int)> progress;
};

struct ImportOutcome
{
    int created = 0;
    int updated = 0;
    QList<ImportRowStatus> skipped; // with validRowsOnly
    bool dryRun = false;
};

class SheetImport
{
    Q_DECLARE_TR_FUNCTIONS(SheetImport)

public:
    // Longer cells are refused before any rule is applied (a category name has at most 80).
    static constexpr int maxFieldChars = 200;

    // Rows a file may hold: a catalogue or a team is a few hundred, a price list a few thousand;
    // more is a mistake, refused before anything is checked.
    static int maxRows(ImportKind kind);
    static SheetReader::Limits limits(ImportKind kind);
    static const QList<ImportField> &fields(ImportKind kind);
    static QString fieldKey(ImportField field); // "default_price": mapping files, the CLI
    static QString fieldLabel(ImportKind kind, ImportField field); // translated, for the dialog
    // "categories", "users", "prices": the CLI's word and the saved mapping's setting.
    static QString kindKey(ImportKind kind);
    static std::optional<ImportKind> kindFromKey(const QString &key);
    // Guesses each field's column from the header's words (French and English).
    static ImportMapping guessMapping(ImportKind kind, const QStringList &header);
    // {"name": "Nom", "default_price": "C"}: a header text, a column letter or a 1-based number.
    static Result<ImportMapping> mappingFromJson(
        ImportKind kind, const QJsonObject &object, const QStringList &header);
    static QJsonObject mappingToJson(const ImportMapping &mapping, const QStringList &header);
    // "Prix de vente (€)" -> "prix de vente": lowercase, no accents, no units, single spaces.
    static QString normalizedWords(const QString &text);

    // The mapped cell's text, trimmed; empty when the field is not mapped, and empty with the
    // reason in errors when the cell is too long or a formula saved without its value.
    static QString mappedText(const QStringList &cells, const ImportMapping &mapping,
        ImportField field, QList<ImportCellError> &errors);

    // A number of the mapped cell through `parse` (money::parse, weight::parseKg): an empty cell
    // leaves target as it is, a refusal is the cell's error.
    static void mappedNumber(const QStringList &cells, const ImportMapping &mapping,
        ImportField field, std::optional<qint64> &target, QList<ImportCellError> &errors,
        Result<qint64> (*parse)(QStringView));
    static Result<qint64> parseAmount(QStringView text);

    // "row 4, column C (Prix): …" for the first few invalid rows.
    static QString describeErrors(
        const QList<ImportRowStatus> &rows, const QStringList &header, int atMost = 5);
    template<class Row>
    static QString describeErrors(
        const ImportPlan<Row> &plan, const QStringList &header, int atMost = 5)
    {
        return describeErrors(statuses(plan).rows, header, atMost);
    }
    template<class Row>
    static ImportCheck statuses(const ImportPlan<Row> &plan)
    {
        ImportCheck check;
        check.rows.reserve(plan.rows.size());
        for (const Row &row : plan.rows)
            check.rows.append(static_cast<const ImportRowStatus &>(row));
        check.invalid = plan.invalid;
        check.creates = plan.creates;
        check.updates = plan.updates;
        return check;
    }

    // The plan of any kind, for the dialog; writes nothing.
    static Result<ImportCheck> check(
        Store &store, ImportKind kind, const SheetTable &table, const ImportMapping &mapping);
    // The import of any kind, with its own rights and rules.
    static Result<ImportOutcome> run(Store &store, ImportKind kind, const Actor &actor,
        const SheetTable &table, const ImportMapping &mapping, const ImportOptions &options);

    // Whether the actor may import here: the permission (a refusal is audited), and never on a
    // read-only archive station.
    static Result<void> mayImport(Store &store, const Actor &actor, Permission permission);
    // The indexes of the plan's valid rows, in the file's order.
    template<class Row>
    static QList<int> validRows(const ImportPlan<Row> &plan)
    {
        QList<int> rows;
        for (int r = 0; r < plan.rows.size(); ++r) {
            if (plan.rows.at(r).errors.isEmpty())
                rows.append(r);
        }
        return rows;
    }

    // The write every import shares. With an invalid row and without validRowsOnly, nothing is
    // written and the error names the first ones. Otherwise writeRow(r) is called for each index
    // of `order` (the plan's valid rows, in the order they must be written) inside one
    // transaction, then audit(outcome) records the import's event and the transaction commits;
    // a failed row, a refused audit or a cancel leaves nothing.
    static Result<ImportOutcome> write(Store &store, const ImportCheck &plan,
        const QList<int> &order, const QStringList &header, const ImportOptions &options,
        const std::function<Result<void>(int)> &writeRow,
        const std::function<Result<void>(const ImportOutcome &)> &audit);
    // The audit event's details: created, updated, skipped.
    static QJsonObject auditDetails(const ImportOutcome &outcome);
};

} // namespace portability
} // namespace recaisse::core
