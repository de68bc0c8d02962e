#include "workbook.h"

#include <QDate>
#include <QDateTime>

#include <xlsxwriter.h>

#include <algorithm>

namespace recaisse::core::portability {

namespace {
// Excel's limits: 31 characters in a sheet's name, 32 767 in a cell.
constexpr qsizetype maxSheetName = 31;
constexpr qsizetype maxCellText = 32767;
constexpr int maxWidth = 60;

int displayLength(const QJsonValue &value, Workbook::CellKind kind)
{
    switch (kind) {
    case Workbook::CellKind::Time:
        return 19;
    case Workbook::CellKind::Money:
        return int(QString::number(value.toInteger() / 100).size()) + 6;
    case Workbook::CellKind::Integer:
        return int(QString::number(value.toInteger()).size());
    case Workbook::CellKind::Text:
        break;
    }
    return int(std::min<qsizetype>(value.toString().size(), maxWidth));
}
} // namespace

Workbook::Workbook(const QString &path, const QString &tmpDir, qint64 rowLimit)
    : m_rowLimit(std::max<qint64>(1, rowLimit))
    , m_tmpDir(tmpDir.toLocal8Bit())
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_tmpDir.isEmpty() ? nullptr : m_tmpDir.data();
    options.use_zip64 = LXW_TRUE;
    m_workbook = workbook_new_opt(path.toLocal8Bit().constData(), &options);
    if (!m_workbook)
        return;
    m_header = workbook_add_format(m_workbook);
    format_set_bold(m_header);
    m_money = workbook_add_format(m_workbook);
    format_set_num_format(m_money, "#,##0.00\\ \"€\"");
    m_time = workbook_add_format(m_workbook);
    format_set_num_format(m_time, "yyyy-mm-dd hh:mm:ss");
    m_date = workbook_add_format(m_workbook);
    format_set_num_format(m_date, "yyyy-mm-dd");
}

Workbook::~Workbook()
{
    // A workbook abandoned (cancel, failure) is freed without being written; its row files are
    // removed with the export's temporary folder.
    if (m_workbook)
        lxw_workbook_free(m_workbook);
}

Result<void> Workbook::failed(int error) const
{
    return makeError(ErrorCode::StorageFailure,
        tr("The workbook cannot be written: %1")
            .arg(QString::fromUtf8(lxw_strerror(static_cast<lxw_error>(error)))));
}

Result<void> Workbook::openSheet(const QString &name)
{
    m_sheet = workbook_add_worksheet(m_workbook, name.toUtf8().constData());
    if (!m_sheet)
        return makeError(
            ErrorCode::StorageFailure, tr("The workbook cannot hold a sheet named %1.").arg(name));
    m_sheets.append({name, 0});
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        if (const lxw_error error = worksheet_write_string(
                m_sheet, 0, lxw_col_t(c), m_columns.at(c).title.toUtf8().constData(), m_header);
            error != LXW_NO_ERROR)
            return failed(error);
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    return {};
}

void Workbook::finishSheet()
{
    if (!m_sheet)
        return;
    const qint64 rows = m_sheets.last().rows;
    const lxw_col_t lastColumn = lxw_col_t(std::max<qsizetype>(0, m_columns.size() - 1));
    worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(rows), lastColumn);
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        lxw_format *format = m_columns.at(c).kind == CellKind::Money ? m_money
            : m_columns.at(c).kind == CellKind::Time                 ? m_time
                                                                     : nullptr;
        worksheet_set_column(
            m_sheet, lxw_col_t(c), lxw_col_t(c), std::min(maxWidth, m_widths.at(c) + 2), format);
    }
    m_sheet = nullptr;
}

Result<void> Workbook::addNotice(const QString &sheetName, const QString &text)
{
    if (!m_workbook)
        return makeError(ErrorCode::StorageFailure, tr("The workbook cannot be created."));
    lxw_worksheet *sheet =
        workbook_add_worksheet(m_workbook, sheetName.left(maxSheetName).toUtf8().constData());
    if (!sheet)
        return makeError(ErrorCode::StorageFailure,
            tr("The workbook cannot hold a sheet named %1.").arg(sheetName));
    worksheet_set_tab_color(sheet, 0xEF6C00);
    if (const lxw_error error =
            worksheet_write_string(sheet, 0, 0, text.toUtf8().constData(), m_header);
        error != LXW_NO_ERROR)
        return failed(error);
    return {};
}

Result<void> Workbook::beginSheet(const QString &name, const QList<Column> &columns)
{
    if (!m_workbook)
        return makeError(ErrorCode::StorageFailure, tr("The workbook cannot be created."));
    finishSheet();
    m_baseName = name.left(maxSheetName);
    m_part = 1;
    m_columns = columns;
    m_widths.clear();
    for (const Column &column : columns)
        m_widths.append(int(column.title.size()) + 2); // room for the filter button
    return openSheet(m_baseName);
}

Result<void> Workbook::addRow(const QList<QJsonValue> &values)
{
    if (!m_sheet)
        return makeError(ErrorCode::StorageFailure, tr("The workbook has no sheet open."));
    if (m_sheets.last().rows >= m_rowLimit) {
        finishSheet();
        ++m_part;
        const QString suffix = QStringLiteral(" (%1)").arg(m_part);
        if (auto opened = openSheet(m_baseName.left(maxSheetName - suffix.size()) + suffix);
            !opened)
            return opened;
    }
    Sheet &sheet = m_sheets.last();
    const lxw_row_t row = lxw_row_t(sheet.rows + 1);
    for (qsizetype c = 0; c < m_columns.size() && c < values.size(); ++c) {
        const QJsonValue &value = values.at(c);
        if (value.isNull() || value.isUndefined())
            continue;
        const lxw_col_t col = lxw_col_t(c);
        const CellKind kind = m_columns.at(c).kind;
        lxw_error error = LXW_NO_ERROR;
        if (kind == CellKind::Money) {
            // The cell shows euros; the JSON file keeps the exact cents.
            error = worksheet_write_number(
                m_sheet, row, col, double(value.toInteger()) / 100.0, m_money);
        } else if (kind == CellKind::Integer) {
            error = worksheet_write_number(m_sheet, row, col, double(value.toInteger()), nullptr);
        } else {
            const QString text = value.toString();
            QDateTime time;
            QDate date;
            if (kind == CellKind::Time)
                time = QDateTime::fromString(text, Qt::ISODateWithMs);
            else if (text.size() == 10)
                date = QDate::fromString(text, Qt::ISODate);
            if (time.isValid()) {
                // The local time the value shows (its offset is the site's).
                const QDate d = time.date();
                const QTime t = time.time();
                lxw_datetime cell{d.year(), d.month(), d.day(), t.hour(), t.minute(),
                    t.second() + t.msec() / 1000.0};
                error = worksheet_write_datetime(m_sheet, row, col, &cell, m_time);
            } else if (date.isValid()) {
                lxw_datetime cell{date.year(), date.month(), date.day(), 0, 0, 0.0};
                error = worksheet_write_datetime(m_sheet, row, col, &cell, m_date);
                m_widths[c] = std::max(m_widths.at(c), 10);
            } else {
                error = worksheet_write_string(
                    m_sheet, row, col, text.left(maxCellText).toUtf8().constData(), nullptr);
            }
        }
        if (error != LXW_NO_ERROR)
            return failed(error);
        m_widths[c] = std::max(m_widths.at(c), displayLength(value, kind));
    }
    ++sheet.rows;
    return {};
}

Result<void> Workbook::close()
{
    if (!m_workbook)
        return makeError(ErrorCode::StorageFailure, tr("The workbook cannot be created."));
    finishSheet();
    const lxw_error error = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (error != LXW_NO_ERROR)
        return failed(error);
    return {};
}

} // namespace recaisse::core::portability
