#include "sheetreader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <archive.h>
#include <archive_entry.h>
#include <freexl.h>

#include <memory>

namespace recaisse::core::portability {

namespace {

// Windows-1252's 0x80..0x9F (the rest of the byte range is Latin-1); unassigned bytes become
// U+FFFD.
constexpr char16_t windows1252High[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020,
    0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019,
    0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E,
    0x0178};

QString fromWindows1252(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        *out++ = (byte >= 0x80 && byte <= 0x9F) ? QChar(windows1252High[byte - 0x80])
                                                : QChar(char16_t(byte));
    }
    return text;
}

// Builds the table from rows as read, bounding every size; the first non-empty row is the
// header, trailing empty rows and columns are dropped.
class TableBuilder
{
public:
    explicit TableBuilder(const SheetReader::Limits &limits)
        : m_limits(limits)
    {
    }

    // An error when the row is one too many.
    Result<void> addRow(int number, QStringList cells)
    {
        while (!cells.isEmpty() && cells.last().trimmed().isEmpty())
            cells.removeLast();
        if (cells.isEmpty())
            return {};
        if (cells.size() > m_limits.maxColumns)
            return makeError(ErrorCode::InvalidInput,
                SheetReader::tr("Row %1 has more than %2 columns.")
                    .arg(number)
                    .arg(m_limits.maxColumns));
        if (m_table.header.isEmpty()) {
            m_table.header = cells;
            return {};
        }
        if (m_table.rows.size() >= m_limits.maxRows)
            return makeError(ErrorCode::InvalidInput,
                SheetReader::tr("The file has more than %1 rows: nothing was imported.")
                    .arg(m_limits.maxRows));
        m_table.rows.append(cells);
        m_table.rowNumbers.append(number);
        return {};
    }

    Result<SheetTable> finish()
    {
        if (m_table.header.isEmpty())
            return makeError(ErrorCode::InvalidInput, SheetReader::tr("The file is empty."));
        qsizetype width = m_table.header.size();
        for (const QStringList &row : std::as_const(m_table.rows))
            width = std::max(width, row.size());
        while (m_table.header.size() < width)
            m_table.header.append(QString());
        for (QStringList &row : m_table.rows) {
            while (row.size() < width)
                row.append(QString());
        }
        return std::move(m_table);
    }

    SheetTable &table() { return m_table; }

private:
    const SheetReader::Limits &m_limits;
    SheetTable m_table;
};

Error cellTooLong(int row, int column, int limit)
{
    return makeError(ErrorCode::InvalidInput,
        SheetReader::tr("Cell %1%2 holds more than %3 characters: nothing was imported.")
            .arg(SheetReader::columnName(column))
            .arg(row)
            .arg(limit));
}

} // namespace

QString SheetReader::decode(const QByteArray &bytes, QString *encoding)
{
    const auto set = [&](const char *name) {
        if (encoding)
            *encoding = QString::fromLatin1(name);
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        set("UTF-8");
        return QString::fromUtf8(bytes.mid(3));
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        set("UTF-16");
        QStringDecoder decoder(QStringDecoder::Utf16, QStringDecoder::Flag::ConvertInitialBom);
        QString text = decoder.decode(bytes);
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        return text;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        set("UTF-8");
        return text;
    }
    set("Windows-1252");
    return fromWindows1252(bytes);
}

QChar SheetReader::detectSeparator(QStringView text)
{
    static constexpr char16_t candidates[] = {u';', u',', u'\t', u'|'};
    // Fields per line for each candidate over the first lines, quotes respected.
    constexpr int sampleLines = 20;
    QList<QList<int>> counts(std::size(candidates));
    QList<int> current(std::size(candidates), 0);
    bool quoted = false;
    bool lineHasText = false;
    int lines = 0;
    for (qsizetype i = 0; i <= text.size() && lines < sampleLines; ++i) {
        const QChar c = i < text.size() ? text.at(i) : QChar(u'\n');
        if (c == u'"') {
            quoted = !quoted;
            lineHasText = true;
        } else if (!quoted && (c == u'\n' || c == u'\r')) {
            if (lineHasText) {
                for (size_t k = 0; k < std::size(candidates); ++k)
                    counts[k].append(current[k]);
                ++lines;
            }
            current.fill(0);
            lineHasText = false;
        } else if (!quoted) {
            lineHasText = true;
            for (size_t k = 0; k < std::size(candidates); ++k) {
                if (c == QChar(candidates[k]))
                    ++current[k];
            }
        }
    }
    // The best candidate splits the header and keeps the same count on the most lines.
    int best = 0;
    int bestScore = -1;
    for (size_t k = 0; k < std::size(candidates); ++k) {
        const QList<int> &perLine = counts[k];
        if (perLine.isEmpty() || perLine.first() == 0)
            continue;
        const int score = int(std::count(perLine.begin(), perLine.end(), perLine.first()));
        if (score > bestScore) {
            best = int(k);
            bestScore = score;
        }
    }
    return QChar(candidates[best]);
}

int SheetReader::columnIndex(QStringView letters)
{
    if (letters.isEmpty() || letters.size() > 3)
        return -1;
    int index = 0;
    for (const QChar c : letters) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            return -1;
        index = index * 26 + (u - u'A' + 1);
    }
    return index - 1;
}

QString SheetReader::columnName(int index)
{
    QString name;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

Result<SheetTable> SheetReader::readCsv(const QByteArray &bytes, const Limits &limits)
{
    if (bytes.size() > limits.maxFileBytes)
        return makeError(ErrorCode::InvalidInput,
            tr("The file is larger than %1 MB: nothing was imported.")
                .arg(limits.maxFileBytes / (1024 * 1024)));
    if (bytes.contains('\0') && !bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF"))
        return makeError(ErrorCode::InvalidInput,
            tr("This is not a text file (CSV): save the sheet as CSV or XLSX."));
    TableBuilder builder(limits);
    QString encoding;
    const QString text = decode(bytes, &encoding);
    const QChar separator = detectSeparator(text);
    QStringList cells;
    QString cell;
    bool quoted = false;
    bool wasQuoted = false;
    int line = 1;
    int rowLine = 1;
    const auto endCell = [&]() -> Result<void> {
        if (cell.size() > limits.maxCellChars)
            return cellTooLong(rowLine, int(cells.size()), limits.maxCellChars);
        if (cells.size() >= limits.maxColumns)
            return makeError(ErrorCode::InvalidInput,
                tr("Row %1 has more than %2 columns.").arg(rowLine).arg(limits.maxColumns));
        cells.append(wasQuoted ? cell : cell.trimmed());
        cell.clear();
        wasQuoted = false;
        return {};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                if (cell.size() > limits.maxCellChars)
                    return cellTooLong(rowLine, int(cells.size()), limits.maxCellChars);
                cell += c;
            }
        } else if (c == u'"' && cell.trimmed().isEmpty()) {
            quoted = true;
            wasQuoted = true;
            cell.clear();
        } else if (c == separator) {
            if (auto ended = endCell(); !ended)
                return ended.error();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            if (auto ended = endCell(); !ended)
                return ended.error();
            if (auto added = builder.addRow(rowLine, std::exchange(cells, {})); !added)
                return added.error();
            rowLine = ++line;
        } else {
            if (cell.size() > limits.maxCellChars)
                return cellTooLong(rowLine, int(cells.size()), limits.maxCellChars);
            cell += c;
        }
    }
    if (quoted)
        return makeError(ErrorCode::InvalidInput,
            tr("A quoted cell starting on line %1 is never closed: the file is cut or broken.")
                .arg(rowLine));
    if (!cell.isEmpty() || !cells.isEmpty()) {
        if (auto ended = endCell(); !ended)
            return ended.error();
        if (auto added = builder.addRow(rowLine, cells); !added)
            return added.error();
    }
    auto table = builder.finish();
    if (table) {
        table->format = QStringLiteral("CSV");
        table->encoding = encoding;
        table->separator = separator;
    }
    return table;
}

namespace {

// The parts of an XLSX file the reader needs, read from the ZIP into memory with every size
// bounded; entry names are only compared, never used as paths.
Result<QHash<QString, QByteArray>> readXlsxParts(
    const QByteArray &bytes, const SheetReader::Limits &limits)
{
    std::unique_ptr<archive, decltype(&archive_read_free)> zip(
        archive_read_new(), archive_read_free);
    archive_read_support_format_zip(zip.get());
    const auto broken = [] {
        return makeError(ErrorCode::InvalidInput,
            SheetReader::tr("This is not a readable XLSX file: save it again from the spreadsheet "
                            "program, or as CSV."));
    };
    if (archive_read_open_memory(zip.get(), bytes.constData(), size_t(bytes.size())) != ARCHIVE_OK)
        return broken();
    QHash<QString, QByteArray> parts;
    qint64 total = 0;
    for (int entries = 0;; ++entries) {
        if (entries > 10'000)
            return broken();
        archive_entry *entry = nullptr;
        const int status = archive_read_next_header(zip.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status != ARCHIVE_OK && status != ARCHIVE_WARN)
            return broken();
        const QString name = QString::fromUtf8(archive_entry_pathname(entry));
        const bool wanted = name == QLatin1String("xl/workbook.xml")
            || name == QLatin1String("xl/_rels/workbook.xml.rels")
            || name == QLatin1String("xl/sharedStrings.xml")
            || (name.startsWith(QLatin1String("xl/worksheets/")) && name.endsWith(u".xml")
                && !name.mid(14).contains(u'/'));
        if (!wanted || archive_entry_filetype(entry) != AE_IFREG)
            continue;
        QByteArray data;
        QByteArray chunk(64 * 1024, Qt::Uninitialized);
        for (;;) {
            const la_ssize_t read =
                archive_read_data(zip.get(), chunk.data(), size_t(chunk.size()));
            if (read < 0)
                return broken();
            if (read == 0)
                break;
            total += read;
            if (data.size() + read > limits.maxPartBytes || total > limits.maxTotalPartBytes)
                return makeError(ErrorCode::InvalidInput,
                    SheetReader::tr("The XLSX file unpacks to more than %1 MB: nothing was "
                                    "imported.")
                        .arg(limits.maxTotalPartBytes / (1024 * 1024)));
            data.append(chunk.constData(), read);
        }
        parts.insert(name, data);
    }
    return parts;
}

Error brokenXml(const QString &part, const QXmlStreamReader &xml)
{
    return makeError(ErrorCode::InvalidInput,
        SheetReader::tr("The XLSX file is damaged (%1, line %2: %3).")
            .arg(part)
            .arg(xml.lineNumber())
            .arg(xml.errorString()));
}

// The path of the workbook's first sheet ("xl/worksheets/sheet1.xml").
Result<QString> firstSheetPath(const QHash<QString, QByteArray> &parts)
{
    QString relationId;
    if (parts.contains(QStringLiteral("xl/workbook.xml"))) {
        QXmlStreamReader xml(parts.value(QStringLiteral("xl/workbook.xml")));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("sheet")) {
                for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                    if (attribute.name() == QLatin1String("id"))
                        relationId = attribute.value().toString();
                }
                break;
            }
        }
        if (xml.hasError())
            return brokenXml(QStringLiteral("workbook.xml"), xml);
    }
    if (!relationId.isEmpty() && parts.contains(QStringLiteral("xl/_rels/workbook.xml.rels"))) {
        QXmlStreamReader xml(parts.value(QStringLiteral("xl/_rels/workbook.xml.rels")));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")
                && xml.attributes().value(QLatin1String("Id")) == relationId) {
                QString target = xml.attributes().value(QLatin1String("Target")).toString();
                if (target.startsWith(u'/'))
                    target.remove(0, 1);
                else
                    target.prepend(QLatin1String("xl/"));
                if (parts.contains(target))
                    return target;
                break;
            }
        }
        if (xml.hasError())
            return brokenXml(QStringLiteral("workbook.xml.rels"), xml);
    }
    // Without a usable workbook, the first sheet by its conventional name.
    if (parts.contains(QStringLiteral("xl/worksheets/sheet1.xml")))
        return QStringLiteral("xl/worksheets/sheet1.xml");
    return makeError(
        ErrorCode::InvalidInput, SheetReader::tr("The XLSX file holds no sheet to import."));
}

// More texts than any sheet within the limits can name.
constexpr qsizetype maxSharedStrings = 2'000'000;

Result<QStringList> readSharedStrings(const QByteArray &data, const SheetReader::Limits &limits)
{
    QStringList strings;
    QXmlStreamReader xml(data);
    QString current;
    bool inItem = false;
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("si")) {
                inItem = true;
                current.clear();
            } else if (xml.name() == QLatin1String("rPh")) {
                ++phonetic; // reading aids of Japanese text, not the cell's text
            } else if (inItem && phonetic == 0 && xml.name() == QLatin1String("t")) {
                current += xml.readElementText();
                if (current.size() > limits.maxCellChars)
                    return makeError(ErrorCode::InvalidInput,
                        SheetReader::tr("A text of the XLSX file holds more than %1 characters: "
                                        "nothing was imported.")
                            .arg(limits.maxCellChars));
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("si")) {
                inItem = false;
                if (strings.size() >= maxSharedStrings)
                    return makeError(ErrorCode::InvalidInput,
                        SheetReader::tr("The XLSX file holds too many texts: nothing was "
                                        "imported."));
                strings.append(current);
            } else if (xml.name() == QLatin1String("rPh")) {
                --phonetic;
            }
        }
    }
    if (xml.hasError())
        return brokenXml(QStringLiteral("sharedStrings.xml"), xml);
    return strings;
}

// A number cell's text as a person would type it: 15 significant digits, as Excel shows them
// (the binary value 0.30000000000000004 is the 0.3 that was typed).
QString numberText(const QString &raw)
{
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok)
        return raw;
    return QString::number(value, 'g', 15);
}

} // namespace

Result<SheetTable> SheetReader::readXlsx(const QByteArray &bytes, const Limits &limits)
{
    if (bytes.size() > limits.maxFileBytes)
        return makeError(ErrorCode::InvalidInput,
            tr("The file is larger than %1 MB: nothing was imported.")
                .arg(limits.maxFileBytes / (1024 * 1024)));
    auto parts = readXlsxParts(bytes, limits);
    if (!parts)
        return parts.error();
    auto sheetPath = firstSheetPath(*parts);
    if (!sheetPath)
        return sheetPath.error();
    // A workbook of numbers and inline strings has no shared strings.
    const auto sharedPart = parts->constFind(QStringLiteral("xl/sharedStrings.xml"));
    auto shared = sharedPart == parts->cend() ? Result<QStringList>(QStringList())
                                              : readSharedStrings(*sharedPart, limits);
    if (!shared)
        return shared.error();

    TableBuilder builder(limits);
    QXmlStreamReader xml(parts->value(*sheetPath));
    QStringList cells;
    int rowNumber = 0;
    int lastRow = 0;
    const auto tooFar = [&] {
        return makeError(ErrorCode::InvalidInput,
            tr("The sheet goes past row %1 or column %2: nothing was imported.")
                .arg(limits.maxRows + 1)
                .arg(columnName(limits.maxColumns - 1)));
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("row")) {
            bool ok = false;
            const int given = xml.attributes().value(QLatin1String("r")).toInt(&ok);
            rowNumber = ok && given > lastRow ? given : lastRow + 1;
            lastRow = rowNumber;
            // Empty rows before the header are allowed; a sheet as long as Excel's is not.
            if (rowNumber > limits.maxRows + 1000)
                return tooFar();
            cells.clear();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
            if (auto added = builder.addRow(rowNumber, std::exchange(cells, {})); !added)
                return added.error();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            const QXmlStreamAttributes attributes = xml.attributes();
            const QString type = attributes.value(QLatin1String("t")).toString();
            QStringView reference = attributes.value(QLatin1String("r"));
            qsizetype letters = 0;
            while (letters < reference.size() && reference.at(letters).isLetter())
                ++letters;
            int column = letters > 0 ? columnIndex(reference.left(letters)) : int(cells.size());
            if (column < 0 || column >= limits.maxColumns)
                return tooFar();
            QString value;
            bool haveValue = false;
            QString formula;
            // Reads the cell's children: its value, its inline string, its formula.
            while (!(xml.isEndElement() && xml.name() == QLatin1String("c")) && !xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QLatin1String("v")) {
                    value = xml.readElementText();
                    haveValue = true;
                } else if (xml.name() == QLatin1String("f")) {
                    formula = xml.readElementText();
                } else if (xml.name() == QLatin1String("t")) {
                    value += xml.readElementText();
                    haveValue = true;
                }
                if (value.size() > limits.maxCellChars)
                    return cellTooLong(rowNumber, column, limits.maxCellChars);
            }
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= shared->size())
                    return makeError(ErrorCode::InvalidInput,
                        tr("The XLSX file is damaged (cell %1%2 names a missing text).")
                            .arg(columnName(column))
                            .arg(rowNumber));
                value = shared->at(index);
            } else if (type.isEmpty() || type == QLatin1String("n")) {
                value = numberText(value);
            } else if (type == QLatin1String("b")) {
                value = value == QLatin1String("1") ? QStringLiteral("1") : QStringLiteral("0");
            }
            // A formula imports as the value the spreadsheet computed and saved with it; one
            // saved without its value is shown as the formula, which no field accepts.
            if (!formula.isEmpty() && !haveValue)
                value = QLatin1Char('=') + formula;
            while (cells.size() < column)
                cells.append(QString());
            if (column < cells.size())
                cells[column] = value;
            else
                cells.append(value);
        }
    }
    if (xml.hasError())
        return brokenXml(sheetPath->mid(3), xml);
    auto table = builder.finish();
    if (table)
        table->format = QStringLiteral("XLSX");
    return table;
}

namespace {

// The first bytes of an OLE2 compound file, the container of an XLS workbook.
constexpr char ole2Signature[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

Error xlsUnreadable(int code)
{
    QString why;
    switch (code) {
    case FREEXL_INSUFFICIENT_MEMORY:
        why = SheetReader::tr("not enough memory");
        break;
    case FREEXL_INVALID_CFBF_HEADER:
    case FREEXL_CFBF_INVALID_SIGNATURE:
        why = SheetReader::tr("it is not an Excel 97-2003 workbook");
        break;
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
        why = SheetReader::tr("it holds no workbook");
        break;
    default:
        why = SheetReader::tr("damaged or truncated, error %1").arg(code);
        break;
    }
    return makeError(ErrorCode::InvalidInput,
        SheetReader::tr("The XLS file cannot be read (%1): nothing was imported.").arg(why));
}

// A file that exists and is not larger than the limits allow.
Result<void> fileWithinLimits(const QFileInfo &info, const SheetReader::Limits &limits)
{
    if (!info.isFile())
        return makeError(ErrorCode::NotFound, SheetReader::tr("No file %1.").arg(info.filePath()));
    if (info.size() > limits.maxFileBytes)
        return makeError(ErrorCode::InvalidInput,
            SheetReader::tr("The file is larger than %1 MB: nothing was imported.")
                .arg(limits.maxFileBytes / (1024 * 1024)));
    return {};
}

// The text of one cell as FreeXL gives it.
QString xlsCellText(const FreeXL_CellValue &cell)
{
    switch (cell.type) {
    case FREEXL_CELL_INT:
        return QString::number(cell.value.int_value);
    case FREEXL_CELL_DOUBLE:
        return QString::number(cell.value.double_value, 'g', 15);
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
    case FREEXL_CELL_TIME:
        return cell.value.text_value ? QString::fromUtf8(cell.value.text_value) : QString();
    default:
        return {};
    }
}

} // namespace

Result<SheetTable> SheetReader::readXls(const QString &path, const Limits &limits)
{
    const QFileInfo info(path);
    if (auto usable = fileWithinLimits(info, limits); !usable)
        return usable.error();
    const void *handle = nullptr;
    const int opened = freexl_open(QFile::encodeName(path).constData(), &handle);
    // FreeXL wants its handle closed even when opening failed.
    const std::unique_ptr<const void, void (*)(const void *)> closer(
        handle, [](const void *h) { freexl_close(h); });
    if (opened != FREEXL_OK || !handle)
        return xlsUnreadable(opened);
    unsigned int protection = 0;
    if (freexl_get_info(handle, FREEXL_BIFF_PASSWORD, &protection) == FREEXL_OK
        && protection == FREEXL_BIFF_OBFUSCATED)
        return makeError(ErrorCode::InvalidInput,
            tr("The XLS file is protected by a password: save it without one."));
    unsigned int sheets = 0;
    if (freexl_get_info(handle, FREEXL_BIFF_SHEET_COUNT, &sheets) != FREEXL_OK || sheets == 0)
        return makeError(ErrorCode::InvalidInput, tr("The XLS file holds no sheet."));
    unsigned int rows = 0;
    unsigned short columns = 0;
    int status = freexl_select_active_worksheet(handle, 0);
    if (status == FREEXL_OK)
        status = freexl_worksheet_dimensions(handle, &rows, &columns);
    if (status != FREEXL_OK)
        return xlsUnreadable(status);
    // Empty rows before the header are allowed; a sheet as long as Excel's is not.
    if (rows > unsigned(limits.maxRows) + 1000)
        return makeError(ErrorCode::InvalidInput,
            tr("The sheet goes past row %1 or column %2: nothing was imported.")
                .arg(limits.maxRows + 1)
                .arg(columnName(limits.maxColumns - 1)));
    TableBuilder builder(limits);
    for (unsigned int row = 0; row < rows; ++row) {
        QStringList cells;
        for (unsigned short column = 0; column < columns; ++column) {
            FreeXL_CellValue cell;
            if (const int read = freexl_get_cell_value(handle, row, column, &cell);
                read != FREEXL_OK)
                return xlsUnreadable(read);
            // Texts are bounded before they are copied (4 bytes at most per character).
            if ((cell.type == FREEXL_CELL_TEXT || cell.type == FREEXL_CELL_SST_TEXT)
                && cell.value.text_value
                && qstrnlen(cell.value.text_value, size_t(limits.maxCellChars) * 4 + 1)
                    > size_t(limits.maxCellChars) * 4)
                return cellTooLong(int(row) + 1, column, limits.maxCellChars);
            const QString text = xlsCellText(cell);
            if (text.size() > limits.maxCellChars)
                return cellTooLong(int(row) + 1, column, limits.maxCellChars);
            cells.append(text);
        }
        if (auto added = builder.addRow(int(row) + 1, std::move(cells)); !added)
            return added.error();
    }
    auto table = builder.finish();
    if (table)
        table->format = QStringLiteral("XLS");
    return table;
}

Result<SheetTable> SheetReader::read(const QString &path, const Limits &limits)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (auto usable = fileWithinLimits(info, limits); !usable)
        return usable.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::StorageFailure, tr("%1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(limits.maxFileBytes + 1);
    // An XLS file is an OLE2 compound file and an XLSX file a ZIP, whatever their names say.
    if (bytes.startsWith(QByteArrayView(ole2Signature, 8)))
        return readXls(path, limits);
    if (suffix == QLatin1String("xlsx") || bytes.startsWith("PK\x03\x04"))
        return readXlsx(bytes, limits);
    if (suffix == QLatin1String("xls"))
        return xlsUnreadable(FREEXL_INVALID_CFBF_HEADER);
    return readCsv(bytes, limits);
}

} // namespace recaisse::core::portability
