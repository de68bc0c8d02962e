#pragma once

// The shop's categories and prices loaded from its own spreadsheet (sheetreader.h): the
// administrator maps the sheet's columns to the fields, sees every row checked with the same rules
// as the category editor, and imports all of it in one transaction (or only the valid rows, when
// asked), audited. A row whose name (under the same parent) is already a category updates the
// fields mapped and leaves the others as they are; any other row creates a category.

#include "core/domain.h"
#include "core/result.h"
#include "sheetreader.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

#include <functional>

namespace recaisse::core {

class Store;

namespace portability {

enum class CatalogueField {
    Name,
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
};

// Field -> column of the sheet (0-based); an absent field is not imported.
using CatalogueMapping = QMap<CatalogueField, int>;

struct CatalogueCellError
{
    int column = -1; // -1: the row as a whole
    QString message;
};

struct CatalogueRow
{
    int sourceRow = 0; // the row's number in the file
    Category category; // as it will be saved (id empty for a new one)
    bool updates = false; // an existing category of that name under that parent
    int parentRow = -1; // index of the row that creates the parent, when it is in the file
    QList<CatalogueCellError> errors;
};

struct CataloguePlan
{
    QList<CatalogueRow> rows;
    int invalid = 0;
    int creates = 0;
    int updates = 0;
};

class CatalogueImport
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueImport)

public:
    // A catalogue is a few hundred categories: a file with more rows is a mistake.
    static constexpr int maxRows = 2'000;
    // Longer cells are refused before any rule is applied (a category name has at most 80).
    static constexpr int maxFieldChars = 200;

    static SheetReader::Limits limits();
    static const QList<CatalogueField> &fields();
    static QString fieldKey(CatalogueField field); // "default_price": mapping files, the CLI
    static QString fieldLabel(CatalogueField field); // translated, for the mapping dialog
    // Guesses each field's column from the header's words (French and English).
    static CatalogueMapping guessMapping(const QStringList &header);
    // {"name": "Nom", "default_price": "C"}: a header text, a column letter or a 1-based number.
    static Result<CatalogueMapping> mappingFromJson(
        const QJsonObject &object, const QStringList &header);
    static QJsonObject mappingToJson(const CatalogueMapping &mapping, const QStringList &header);

    explicit CatalogueImport(Store &store);

    // Every row checked against the categories as they are; writes nothing.
    Result<CataloguePlan> plan(const SheetTable &table, const CatalogueMapping &mapping) const;

    struct Options
    {
        bool dryRun = false; // everything checked and written in a transaction that is undone
        bool validRowsOnly = false; // the invalid rows are skipped (listed) instead of refusing
        QString sourceName; // the file's name, for the audit trail
        // Called after each row written (done, total); returning false cancels: nothing stays.
        std::function<bool(int, int)> progress;
    };
    struct Outcome
    {
        int created = 0;
        int updated = 0;
        QList<CatalogueRow> skipped; // with validRowsOnly
        bool dryRun = false;
    };
    // ManageCategories (on an administration station; a refusal is audited). All or nothing:
    // with any invalid row (and without validRowsOnly), nothing is written and the error names the
    // first ones. Audited as "category.import" in the same transaction.
    Result<Outcome> apply(const Actor &actor, const SheetTable &table,
        const CatalogueMapping &mapping, const Options &options);

    // "Row 4, column C (Prix): …" for the first few invalid rows.
    static QString describeErrors(
        const CataloguePlan &plan, const QStringList &header, int atMost = 5);

private:
    // The mapped cell's text, trimmed; empty when the field is not mapped, and empty with the
    // reason in errors when the cell is too long or a formula saved without its value.
    static QString mappedText(const QStringList &cells, const CatalogueMapping &mapping,
        CatalogueField field, QList<CatalogueCellError> &errors);

    Store &m_store;
};

} // namespace portability
} // namespace recaisse::core
