// Feeds arbitrary bytes to the spreadsheet readers of the catalogue import (CSV and XLSX): never
// a crash, never a table past the limits or with ragged rows, and every refusal one line. Built
// as a libFuzzer target with -DRECAISSE_LIBFUZZER=ON (clang); otherwise a deterministic driver
// that CTest runs on mutated CSV texts and on XLSX files whose XML parts are mutated (a mutated
// ZIP alone would only exercise its checksum).

#include "core/portability/catalogueimport.h"
#include "core/portability/sheetreader.h"
#include "mutate.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <archive.h>
#include <archive_entry.h>

#include <cstdio>
#include <cstdlib>

using namespace recaisse;
using namespace recaisse::core::portability;

namespace {

void check(bool condition, const char *what, const QByteArray &input)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz_sheets: %s for input of %lld bytes: %s\n", what,
        static_cast<long long>(input.size()), input.left(200).toHex().constData());
    std::abort();
}

int tablesRead = 0; // inputs read as a table rather than refused, for the driver's summary

void checkTable(const recaisse::core::Result<SheetTable> &table, const SheetReader::Limits &limits,
    const QByteArray &input)
{
    if (!table) {
        check(!table.error().message.isEmpty() && !table.error().message.contains(u'\n'),
            "a refusal is not one line", input);
        return;
    }
    ++tablesRead;
    check(!table->header.isEmpty(), "a table without header", input);
    check(table->rows.size() <= limits.maxRows, "more rows than the limit", input);
    check(table->header.size() <= limits.maxColumns, "more columns than the limit", input);
    check(table->rowNumbers.size() == table->rows.size(), "row numbers missing", input);
    for (const QStringList &row : table->rows) {
        check(row.size() == table->header.size(), "a ragged row", input);
        for (const QString &cell : row)
            check(cell.size() <= limits.maxCellChars, "a cell past the limit", input);
    }
}

SheetReader::Limits limits()
{
    SheetReader::Limits small = SheetImport::limits(ImportKind::Categories);
    small.maxRows = 50; // reached by mutated inputs, so the limit is exercised
    small.maxColumns = 16;
    small.maxCellChars = 200;
    return small;
}

void readOne(const QByteArray &bytes)
{
    checkTable(SheetReader::readCsv(bytes, limits()), limits(), bytes);
    checkTable(SheetReader::readXlsx(bytes, limits()), limits(), bytes);
}

QByteArray zipOf(const QList<std::pair<const char *, QByteArray>> &parts)
{
    QByteArray buffer(1024 * 1024, '\0');
    size_t used = 0;
    archive *out = archive_write_new();
    archive_write_set_format_zip(out);
    archive_write_open_memory(out, buffer.data(), size_t(buffer.size()), &used);
    for (const auto &[name, data] : parts) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, name);
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_size(entry, data.size());
        archive_entry_set_perm(entry, 0644);
        archive_write_header(out, entry);
        archive_write_data(out, data.constData(), size_t(data.size()));
        archive_entry_free(entry);
    }
    archive_write_close(out);
    archive_write_free(out);
    buffer.truncate(qsizetype(used));
    return buffer;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    readOne(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}

#ifndef RECAISSE_LIBFUZZER
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int iterations = argc > 1 ? std::atoi(argv[1]) : 20'000;
    const QList<QByteArray> csvSeeds = {
        "Nom;Prix;Poids (kg)\r\nChaise;12,50;4\r\n\"Table; basse\";3;\"a\"\"b\"\r\n",
        "\xEF\xBB\xBFname,price\n\"Vaisselle, lot\",2.5\n\"multi\nline\",8\n",
        "Nom\tPrix\n\xC9tag\xE8re\t3\n",
    };
    const QByteArray csvAlphabet = "\";,\t|\r\n =0123456789abc\xC3\xA9\x80";
    const QByteArray workbook =
        "<workbook><sheets><sheet name=\"P\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    const QByteArray rels = "<Relationships><Relationship Id=\"rId1\" "
                            "Target=\"worksheets/sheet1.xml\"/></Relationships>";
    const QByteArray shared = "<sst><si><t>Nom</t></si><si><r><t>Pr</t></r><r><t>ix</t></r>"
                              "</si><si><t>Chaise</t></si></sst>";
    const QByteArray sheet =
        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
        "<c r=\"B1\" t=\"s\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c>"
        "<c r=\"B2\"><f>1+1</f><v>2.5</v></c></row><row r=\"3\"><c r=\"A3\" t=\"inlineStr\">"
        "<is><t>Table</t></is></c><c r=\"C3\" t=\"b\"><v>1</v></c></row></sheetData></worksheet>";
    const QByteArray xmlAlphabet = "<>/=\" rcvtsABZ0123456789";
    QRandomGenerator rng(20261207);
    for (int i = 0; i < iterations; ++i) {
        readOne(
            fuzz::mutated(csvSeeds.at(int(rng.bounded(int(csvSeeds.size())))), rng, csvAlphabet));
        const bool mutateSheet = rng.bounded(2) == 0;
        const QByteArray xlsx =
            zipOf({{"xl/workbook.xml", workbook}, {"xl/_rels/workbook.xml.rels", rels},
                {"xl/sharedStrings.xml",
                    mutateSheet ? shared : fuzz::mutated(shared, rng, xmlAlphabet)},
                {"xl/worksheets/sheet1.xml",
                    mutateSheet ? fuzz::mutated(sheet, rng, xmlAlphabet) : sheet}});
        checkTable(SheetReader::readXlsx(xlsx, limits()), limits(), xlsx);
    }
    std::printf("fuzz_sheets: %d CSV and %d XLSX inputs (%d read as tables, the rest refused), no "
                "crash and every invariant held\n",
        iterations, iterations, tablesRead);
    return 0;
}
#endif
