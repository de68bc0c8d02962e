#pragma once

#include "core/admin/sessionhistory.h"
#include "core/admin/sites.h"
#include "core/domain.h"
#include "core/exports/tonnagereport.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace recaisse::core {

class Store;

// One month of the site's sales, by the closings' rule (Closings::sums: the documents' business
// days, every station of the site).
struct MonthFigures
{
    QDate month; // its first day
    qint64 tickets = 0;
    qint64 turnoverCents = 0; // sales, as recaisse-cli stats counts them
    qint64 refundsCents = 0;
    qint64 sessionsClosed = 0; // by the business month of their opening
    qint64 varianceCents = 0; // the sum of those sessions' variances
    // The turnover divided by the tickets, half up; 0 without tickets.
    qint64 averageBasketCents() const;
};

// What the full export's PDF report shows, read by core's own rules: the closings' sums per
// month, the material report's tonnage (TonnageReports) and the session history's variances.
struct ExportReportFigures
{
    SiteSettings site;
    bool demo = false; // a demo shop's (SiteInfo::demo): every page carries DemoShop::mark()
    QDate first; // the first and last business day with a document of the site
    QDate last;
    qint64 tickets = 0;
    qint64 turnoverCents = 0;
    qint64 refundsCents = 0;
    QList<MonthFigures> months;
    // The tonnage and the sessions of the site's stations (absent when it has no document).
    std::optional<TonnageReport> tonnage;
    bool sessionsRead = false;
    qint64 sessionsClosed = 0;
    qint64 sessionsBeyondThreshold = 0;
    qint64 varianceCents = 0; // net sum of every closed session's variance
    QList<SessionSummary> beyondThreshold; // the newest sessions beyond their threshold

    qint64 averageBasketCents() const;
};

// The full export's report.pdf: the site's name, logo and colours, the key figures, charts of
// the turnover, tickets and average basket per month, of the kilograms received and reused per
// EEE category and per shop category, the reuse rate, the sessions and their variances. Drawn
// with PdfPages and the shared bar chart (core/barchart): no Qt GUI needed, any thread.
class ExportReport
{
    Q_DECLARE_TR_FUNCTIONS(ExportReport)

public:
    static constexpr int listedSessions = 30;

    // Needs ViewReports (the figures are reports); reads inside the caller's snapshot.
    static Result<ExportReportFigures> collect(
        Store &store, const Actor &actor, const QString &siteId);
    static QByteArray pdf(const ExportReportFigures &figures, const QDateTime &madeUtc);
};

} // namespace recaisse::core
