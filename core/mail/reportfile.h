#pragma once

// The attachment of a scheduled report: one table of the period, from the same queries as the
// matching admin screens and exports, written as CSV (semicolons, UTF-8, CRLF: what a French
// spreadsheet opens) or XLSX (libxlsxwriter).

#include "core/domain.h"
#include "core/exports/ecologicexport.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace recaisse::core {
class Store;
}

namespace recaisse::core::mail {

enum class ReportType { SalesJournal, Sessions, Deposits, Ecologic, Kpi };
QString toKey(ReportType type); // "sales-journal", "sessions", "deposits", "ecologic", "kpi"
std::optional<ReportType> reportTypeFromKey(const QString &key);

struct ReportFilters
{
    QString stationCode; // empty: every station
    QString cashier; // a user's name; empty: everyone
    QString category; // a category id and its sub-categories; empty: all
};

struct ReportTable
{
    QString title;
    QStringList headers;
    // Cells are text (amounts "12,50", weights in kg "3,250") or numbers (counts) as text.
    QList<QStringList> rows;
};

struct ReportFile
{
    QString fileName;
    QByteArray contentType;
    QByteArray data;
    int rows = 0;
    // The key figures only: every figure as text for the e-mail's body, and the short summary
    // for Telegram (a demo shop's headed by its mark, DemoShop::marked).
    QString figuresText;
    QString summary;
};

class ReportFileBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportFileBuilder)

public:
    explicit ReportFileBuilder(Store &store);

    // The table of the period; an error when a filter names a station or a cashier that does
    // not exist (any more). The sessions come from the sessions screen's query, with the rights
    // of authorId (the administrator who set the report up).
    Result<ReportTable> table(ReportType type, const ReportFilters &filters,
        const EcologicPeriod &period, const QString &authorId) const;
    // The file: name "<report>_<from>_<to>.csv|xlsx".
    Result<ReportFile> build(const QString &reportName, ReportType type,
        const ReportFilters &filters, const EcologicPeriod &period, const QString &format,
        const QString &authorId) const;

    // The key figures (ReportType::Kpi): each figure of the period beside the previous period of
    // the same length and the same days 52 weeks earlier (the same weekdays), each from core's
    // one rule for it: the closings' sums, the overview's payment mix, the material report's
    // tonnage (per channel, EEE family and category), the cash sessions screen's variances.
    // Columns: figure, this period, previous period, same period last year.
    // authorId: the administrator who set the report up (the sessions screen's rights).
    Result<ReportTable> keyFigures(
        const QString &authorId, const QString &stationId, const EcologicPeriod &period) const;
    static EcologicPeriod previousPeriod(const EcologicPeriod &period);
    static EcologicPeriod lastYearPeriod(const EcologicPeriod &period);
    static constexpr int topCategories = 5;
    // The short summary sent on Telegram: the main figures with their two comparisons.
    static QString kpiSummary(
        const ReportTable &table, const QString &siteName, const EcologicPeriod &period);
    // Every figure of the table as text lines, for the e-mail's body.
    static QString kpiText(const ReportTable &table);

    static QByteArray toCsv(const ReportTable &table);
    // createdUtc is written as the workbook's creation date: the same report of the same
    // period gives the same bytes.
    static Result<QByteArray> toXlsx(const ReportTable &table, const QDateTime &createdUtc);

private:
    Store &m_store;
};

} // namespace recaisse::core::mail
