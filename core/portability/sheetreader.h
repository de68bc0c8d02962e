#pragma once

// Reads the spreadsheet a shop already keeps (its price list, its categories) into a plain table
// of text cells: CSV as Excel, LibreOffice or a script writes it (separator and encoding
// detected), XLSX (libarchive + QXmlStreamReader: Debian 12 has no XLSX reading library) and
// the old Excel format XLS (FreeXL, its first sheet). Every size is bounded before it is used: a
// hostile file gets a clear error, never a crash or an unbounded allocation. Nothing here knows
// what the columns mean (catalogueimport.h does).

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace recaisse::core::portability {

struct SheetTable
{
    QStringList header; // the first non-empty row
    QList<QStringList> rows; // the rows after it, each exactly as wide as the header
    QList<int> rowNumbers; // each row's number in the file (1 = the header's row when first)
    QString format; // "CSV", "XLSX", "XLS"
    QString encoding; // CSV only: "UTF-8", "UTF-16", "Windows-1252"
    QChar separator; // CSV only
};

class SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(SheetReader)

public:
    struct Limits
    {
        qint64 maxFileBytes = 32LL * 1024 * 1024;
        // Uncompressed bytes of one XLSX part and of all of them (a ZIP bomb stops here).
        qint64 maxPartBytes = 64LL * 1024 * 1024;
        qint64 maxTotalPartBytes = 128LL * 1024 * 1024;
        int maxRows = 100'000; // data rows after the header
        int maxColumns = 64;
        int maxCellChars = 10'000;
    };

    // By the file's extension and its first bytes: .csv/.txt/.tsv, .xlsx (a ZIP), .xls (an OLE2
    // compound file).
    static Result<SheetTable> read(const QString &path, const Limits &limits);
    static Result<SheetTable> readCsv(const QByteArray &bytes, const Limits &limits);
    static Result<SheetTable> readXlsx(const QByteArray &bytes, const Limits &limits);
    // The first sheet of an XLS file (Excel 97 to 2003, BIFF8, and older BIFF versions FreeXL
    // reads). FreeXL reads from a path: the file's size is checked before it is opened, the
    // sheet's dimensions before any cell is read. Dates come as ISO text (2026-03-10), numbers
    // with 15 significant digits, formulas as the value saved with them.
    static Result<SheetTable> readXls(const QString &path, const Limits &limits);

    // The text of a CSV file: UTF-8 (with or without its mark), UTF-16 with its mark, otherwise
    // Windows-1252 (what Excel writes on a French Windows). encoding receives the name.
    static QString decode(const QByteArray &bytes, QString *encoding);
    // The separator of a CSV text: ';' (French Excel), ',', tab or '|', whichever splits the
    // first lines into the same number of fields; ';' when nothing decides.
    static QChar detectSeparator(QStringView text);
    // "A" -> 0, "AB" -> 27; -1 when not a column name.
    static int columnIndex(QStringView letters);
    static QString columnName(int index);
};

} // namespace recaisse::core::portability
