#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace recaisse::core::portability {

// The export's Excel workbook, written row by row with libxlsxwriter in constant-memory mode
// (each row goes to a temporary file as soon as the next one starts): one sheet per entity,
// typed cells, a frozen header, an autofilter and column widths that fit. A sheet that reaches
// rowLimit data rows continues on "<name> (2)", "<name> (3)"...
class Workbook
{
    Q_DECLARE_TR_FUNCTIONS(Workbook)

public:
    // Excel stops at 1 048 576 rows; a round million is what a reader expects.
    static constexpr qint64 defaultRowLimit = 1'000'000;

    enum class CellKind { Integer, Money, Time, Text };
    struct Column
    {
        QString title;
        CellKind kind = CellKind::Text;
    };

    // tmpDir: where libxlsxwriter keeps its row files (the export's own temporary folder).
    Workbook(const QString &path, const QString &tmpDir, qint64 rowLimit = defaultRowLimit);
    ~Workbook();
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    // A sheet of one bold line of text (a demo shop's notice), before the first beginSheet() so
    // that it is the one the workbook opens on; not one of sheets().
    Result<void> addNotice(const QString &sheetName, const QString &text);
    Result<void> beginSheet(const QString &name, const QList<Column> &columns);
    // One value per column, as the JSON files hold it: money as integer cents, times in ISO 8601
    // with an offset (written as the local time they show), "YYYY-MM-DD" texts as dates.
    Result<void> addRow(const QList<QJsonValue> &values);
    Result<void> close();

    // Every sheet written and its number of data rows (the header not counted).
    struct Sheet
    {
        QString name;
        qint64 rows = 0;
    };
    const QList<Sheet> &sheets() const { return m_sheets; }

private:
    Result<void> openSheet(const QString &name);
    void finishSheet();
    Result<void> failed(int error) const;

    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_money = nullptr;
    lxw_format *m_time = nullptr;
    lxw_format *m_date = nullptr;
    qint64 m_rowLimit;
    QString m_baseName;
    int m_part = 0;
    QList<Column> m_columns;
    QList<int> m_widths;
    QList<Sheet> m_sheets;
    QByteArray m_tmpDir;
};

} // namespace recaisse::core::portability
