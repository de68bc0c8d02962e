#include "exportreport.h"

#include "core/barchart.h"
#include "core/closings.h"
#include "core/demoshop.h"
#include "core/money.h"
#include "core/pdfpages.h"
#include "core/store.h"
#include "core/users.h"
#include "core/vat.h"

#include <QMap>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <functional>

namespace recaisse::core {

namespace {

qint64 halfUpQuotient(qint64 numerator, qint64 denominator)
{
    if (denominator <= 0)
        return 0;
    const qint64 magnitude = (std::abs(numerator) * 2 + denominator) / (denominator * 2);
    return numerator < 0 ? -magnitude : magnitude;
}

// A label shortened to at most length characters, an ellipsis marking the cut.
QString shortened(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1) + QChar(0x2026);
}

} // namespace

qint64 MonthFigures::averageBasketCents() const
{
    return halfUpQuotient(turnoverCents, tickets);
}

qint64 ExportReportFigures::averageBasketCents() const
{
    return halfUpQuotient(turnoverCents, tickets);
}

Result<ExportReportFigures> ExportReport::collect(
    Store &store, const Actor &actor, const QString &siteId)
{
    if (auto allowed = Users(store).require(actor, Permission::ViewReports); !allowed)
        return allowed.error();
    ExportReportFigures figures;
    auto site = Sites(store).find(actor, siteId);
    if (!site)
        return site.error();
    figures.site = *site;
    Database &db = store.db();
    if (siteId == store.site().id) {
        figures.demo = store.isDemo();
    } else {
        QSqlQuery demo(db.connection());
        demo.prepare(QStringLiteral("SELECT demo FROM site WHERE id = ?"));
        if (auto result = db.exec(demo, {siteId}); !result)
            return result.error();
        figures.demo = demo.next() && demo.value(0).toInt() == 1;
    }

    QSqlQuery stations(db.connection());
    stations.prepare(QStringLiteral("SELECT id FROM station WHERE site_id = ? ORDER BY id"));
    if (auto result = db.exec(stations, {siteId}); !result)
        return result.error();
    QStringList stationIds;
    while (stations.next())
        stationIds << stations.value(0).toString();
    stations.finish();

    QSqlQuery days(db.connection());
    days.prepare(QStringLiteral("SELECT min(business_day), max(business_day) FROM document WHERE "
                                "station_id IN (SELECT id FROM station WHERE site_id = ?)"));
    if (auto result = db.exec(days, {siteId}); !result)
        return result.error();
    if (days.next()) {
        figures.first = QDate::fromString(days.value(0).toString(), Qt::ISODate);
        figures.last = QDate::fromString(days.value(1).toString(), Qt::ISODate);
    }
    days.finish();
    if (!figures.first.isValid() || !figures.last.isValid())
        return figures; // a site without any document: nothing to count

    // The sales per month by the closings' rule, every station of the site.
    QMap<QDate, MonthFigures> months;
    const Closings closings(store);
    for (QDate month(figures.first.year(), figures.first.month(), 1); month <= figures.last;
         month = month.addMonths(1)) {
        MonthFigures &m = months[month];
        m.month = month;
        for (const QString &station : std::as_const(stationIds)) {
            auto sums = closings.sums(station, month.toString(Qt::ISODate),
                month.addMonths(1).addDays(-1).toString(Qt::ISODate));
            if (!sums)
                return sums.error();
            m.tickets += sums->salesCount;
            m.turnoverCents += sums->salesCents;
            m.refundsCents += sums->refundsCents;
        }
        figures.tickets += m.tickets;
        figures.turnoverCents += m.turnoverCents;
        figures.refundsCents += m.refundsCents;
    }

    // The tonnage and the sessions by their own rules, scoped to the exported site's stations: a
    // super-administrator's export of another site counts that site's documents only.
    // The material report's rule covers at most ten years: the last ten.
    const QDate from = std::max(figures.first, figures.last.addDays(-366 * 10));
    auto tonnage = TonnageReports(store).aggregate(from, figures.last, {}, siteId);
    if (!tonnage)
        return tonnage.error();
    figures.tonnage = *tonnage;

    QTimeZone zone(figures.site.timeZone.toLatin1());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    SessionFilter filter;
    filter.siteId = siteId;
    const SessionHistory history(store);
    for (;;) {
        auto page = history.find(actor, filter);
        if (!page)
            return page.error();
        for (const SessionSummary &session : std::as_const(*page)) {
            if (!session.closed)
                continue;
            ++figures.sessionsClosed;
            figures.varianceCents += session.varianceCents;
            const QDate opened = session.openedUtc.toTimeZone(zone).date();
            MonthFigures &m = months[QDate(opened.year(), opened.month(), 1)];
            m.month = QDate(opened.year(), opened.month(), 1);
            ++m.sessionsClosed;
            m.varianceCents += session.varianceCents;
            if (session.varianceBeyond()) {
                ++figures.sessionsBeyondThreshold;
                if (figures.beyondThreshold.size() < listedSessions)
                    figures.beyondThreshold.append(session);
            }
        }
        if (page->size() < filter.limit)
            break;
        filter.after = page->last().position();
    }
    figures.sessionsRead = true;
    figures.months = months.values();
    return figures;
}

namespace {

using Font = PdfPages::Font;

// The report's pages: a cursor going down, a new page when the next block does not fit.
class ReportWriter
{
public:
    static constexpr double left = 40;
    static constexpr double right = PdfPages::width - 40;
    static constexpr double top = PdfPages::height - 50;
    static constexpr double bottom = 60;

    ReportWriter(quint32 primary, quint32 accent)
        : m_primary(primary)
        , m_accent(accent)
    {
    }

    PdfPages pages;
    double y = top;

    void room(double needed)
    {
        if (y - needed >= bottom)
            return;
        pages.newPage();
        y = top;
    }
    void heading(const QString &title, double after)
    {
        room(after + 28);
        y -= 10;
        pages.colour(m_primary);
        pages.text(Font::Bold, 12, left, y, title);
        pages.colour(m_accent);
        pages.line(left, y - 4, right, y - 4);
        pages.colour(0);
        y -= 20;
    }
    void figure(const QString &label, const QString &value)
    {
        room(13);
        pages.text(Font::Regular, 10, left, y, label);
        pages.rightText(Font::Regular, 10, left + 330, y, value);
        y -= 13;
    }
    void chart(const QString &title, const QList<ChartBar> &bars)
    {
        if (bars.isEmpty())
            return;
        constexpr double rowHeight = 13;
        const double height = rowHeight * double(bars.size());
        heading(title, height);
        drawBars(pages, QRectF(left, PdfPages::height - y - 4, right - left, height), bars, 8);
        y -= height + 6;
    }
    // A table: the first column left-aligned and wide, the others right-aligned; the header
    // again on each new page.
    void table(const QStringList &header, const QList<QStringList> &rows)
    {
        const double width = (right - left - 150) / double(header.size() - 1);
        const auto line = [&](const QStringList &cells, Font font) {
            pages.text(font, 8, left, y, cells.value(0));
            for (int c = 1; c < cells.size(); ++c)
                pages.rightText(font, 8, left + 150 + width * c, y, cells.at(c));
        };
        const auto head = [&] {
            line(header, Font::Bold);
            pages.line(left, y - 3, right, y - 3);
            y -= 14;
        };
        room(40);
        head();
        for (const QStringList &row : rows) {
            if (y - 11 < bottom) {
                pages.newPage();
                y = top;
                head();
            }
            line(row, Font::Regular);
            y -= 11;
        }
        y -= 6;
    }

private:
    quint32 m_primary;
    quint32 m_accent;
};

QString kg(qint64 grams)
{
    return weight::format(grams);
}

QString rate(qint64 basisPoints)
{
    return basisPoints < 0 ? QStringLiteral("-") : vat::formatRate(int(basisPoints));
}

// Months as chart rows: every month when they are at most 24, else one row per year.
QList<ChartBar> perPeriod(const QList<MonthFigures> &months,
    const std::function<double(const MonthFigures &)> &value,
    const std::function<QString(double)> &text)
{
    QList<ChartBar> bars;
    if (months.size() <= 24) {
        for (const MonthFigures &m : months)
            bars.append({m.month.toString(QStringLiteral("MM/yyyy")), value(m), text(value(m))});
        return bars;
    }
    QMap<int, MonthFigures> years;
    for (const MonthFigures &m : months) {
        MonthFigures &y = years[m.month.year()];
        y.month = QDate(m.month.year(), 1, 1);
        y.tickets += m.tickets;
        y.turnoverCents += m.turnoverCents;
        y.refundsCents += m.refundsCents;
        y.sessionsClosed += m.sessionsClosed;
        y.varianceCents += m.varianceCents;
    }
    for (const MonthFigures &y : std::as_const(years)) {
        const double v = value(y);
        bars.append({QString::number(y.month.year()), v, text(v)});
    }
    return bars;
}

// Received and reused, one pair of bars per group (the largest by received first, at most 20).
QList<ChartBar> receivedAndReused(QList<TonnageGroup> groups)
{
    std::stable_sort(groups.begin(), groups.end(), [](const auto &a, const auto &b) {
        return a.figures.receivedGrams > b.figures.receivedGrams;
    });
    QList<ChartBar> bars;
    for (const TonnageGroup &group : std::as_const(groups)) {
        if (group.figures.receivedGrams == 0 && group.figures.reusedGrams() == 0)
            continue;
        if (bars.size() >= 40)
            break;
        const QString label = shortened(group.label, 30);
        bars.append({ExportReport::tr("%1, received").arg(label),
            double(group.figures.receivedGrams) / 1000.0, kg(group.figures.receivedGrams), 0});
        bars.append({ExportReport::tr("reused"), double(group.figures.reusedGrams()) / 1000.0,
            kg(group.figures.reusedGrams()), 1});
    }
    return bars;
}

QList<QStringList> tonnageRows(const QList<TonnageGroup> &groups)
{
    QList<QStringList> rows;
    for (const TonnageGroup &group : groups) {
        const TonnageFigures &f = group.figures;
        if (f.receivedGrams == 0 && f.reusedGrams() == 0)
            continue;
        rows.append({shortened(group.label, 32), kg(f.receivedGrams), kg(f.reusedGrams()),
            rate(f.reuseRateBasisPoints())});
    }
    return rows;
}

} // namespace

QByteArray ExportReport::pdf(const ExportReportFigures &figures, const QDateTime &madeUtc)
{
    const SiteSettings &site = figures.site;
    ReportWriter out(pdfColour(site.primaryColor, pdfDefaultTitleColour),
        pdfColour(site.accentColor, pdfDefaultRuleColour));
    PdfPages &pages = out.pages;
    if (figures.demo)
        pages.markEveryPage(DemoShop::mark());

    // The site's branding: its logo on the right, its name in its colour.
    drawLogo(pages, site.logo, ReportWriter::right, PdfPages::height - 30, 140, 56);
    pages.colour(pdfColour(site.primaryColor, 0));
    pages.text(Font::Bold, 18, ReportWriter::left, out.y, site.name);
    pages.colour(0);
    out.y -= 16;
    pages.text(Font::Bold, 13, ReportWriter::left, out.y, tr("Activity report"));
    out.y -= 14;
    pages.text(Font::Regular, 9, ReportWriter::left, out.y,
        figures.first.isValid()
            ? tr("From %1 to %2, made on %3 UTC")
                  .arg(figures.first.toString(QStringLiteral("dd/MM/yyyy")),
                      figures.last.toString(QStringLiteral("dd/MM/yyyy")),
                      madeUtc.toUTC().toString(QStringLiteral("dd/MM/yyyy HH:mm")))
            : tr("No activity recorded, made on %1 UTC")
                  .arg(madeUtc.toUTC().toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
    out.y -= 22;

    out.heading(tr("Key figures"), 120);
    out.figure(tr("Turnover (sales)"), money::format(figures.turnoverCents));
    out.figure(tr("Tickets"), QString::number(figures.tickets));
    out.figure(tr("Average basket"), money::format(figures.averageBasketCents()));
    out.figure(tr("Refunds"), money::format(figures.refundsCents));
    if (figures.tonnage) {
        const TonnageFigures &total = figures.tonnage->total;
        out.figure(tr("Received"), kg(total.receivedGrams));
        out.figure(tr("Reused (sold and given)"), kg(total.reusedGrams()));
        out.figure(tr("Reuse rate"), rate(total.reuseRateBasisPoints()));
    }
    if (figures.sessionsRead) {
        out.figure(tr("Cash sessions closed"), QString::number(figures.sessionsClosed));
        out.figure(tr("Sessions beyond their variance threshold"),
            QString::number(figures.sessionsBeyondThreshold));
        out.figure(tr("Variances (sum)"), money::format(figures.varianceCents));
    }

    const bool yearly = figures.months.size() > 24;
    const auto euros = [](double cents) { return money::format(qint64(cents)); };
    const auto count = [](double n) { return QString::number(qint64(n)); };
    out.chart(yearly ? tr("Turnover per year") : tr("Turnover per month"),
        perPeriod(
            figures.months, [](const MonthFigures &m) { return double(m.turnoverCents); }, euros));
    out.chart(yearly ? tr("Tickets per year") : tr("Tickets per month"),
        perPeriod(
            figures.months, [](const MonthFigures &m) { return double(m.tickets); }, count));
    out.chart(yearly ? tr("Average basket per year") : tr("Average basket per month"),
        perPeriod(
            figures.months, [](const MonthFigures &m) { return double(m.averageBasketCents()); },
            euros));

    if (figures.tonnage) {
        QList<TonnageGroup> eee;
        for (const TonnageGroup &group : figures.tonnage->byPartnerCategory)
            if (group.partner == QLatin1String("ecologic")) // the EEE eco-organism
                eee.append(group);
        out.chart(tr("Kilograms received and reused per EEE category"), receivedAndReused(eee));
        out.table(
            {tr("EEE category"), tr("Received"), tr("Reused"), tr("Reuse rate")}, tonnageRows(eee));
        out.chart(tr("Kilograms received and reused per category"),
            receivedAndReused(figures.tonnage->byCategory));
        out.table({tr("Category"), tr("Received"), tr("Reused"), tr("Reuse rate")},
            tonnageRows(figures.tonnage->byCategory));
    }

    if (figures.sessionsRead) {
        out.chart(
            yearly ? tr("Cash sessions closed per year") : tr("Cash sessions closed per month"),
            perPeriod(
                figures.months, [](const MonthFigures &m) { return double(m.sessionsClosed); },
                count));
        QList<QStringList> rows;
        for (const SessionSummary &s : figures.beyondThreshold)
            rows.append({s.closedUtc.toString(QStringLiteral("dd/MM/yyyy")) + QLatin1Char(' ')
                    + s.stationCode + QLatin1Char(' ') + shortened(s.cashierName, 16),
                money::format(s.countedCents), money::format(s.expectedCents),
                money::format(s.varianceCents)});
        if (!rows.isEmpty()) {
            out.heading(tr("Sessions beyond their variance threshold (the newest %1)")
                            .arg(ExportReport::listedSessions),
                40);
            out.table({tr("Closed"), tr("Counted"), tr("Expected"), tr("Variance")}, rows);
        }
    }

    // Every month's figures.
    QList<QStringList> rows;
    for (const MonthFigures &m : figures.months)
        rows.append({m.month.toString(QStringLiteral("MM/yyyy")), QString::number(m.tickets),
            money::format(m.turnoverCents), money::format(m.averageBasketCents()),
            money::format(m.refundsCents), QString::number(m.sessionsClosed),
            money::format(m.varianceCents)});
    out.heading(tr("Month by month"), 40);
    out.table({tr("Month"), tr("Tickets"), tr("Turnover"), tr("Average basket"), tr("Refunds"),
                  tr("Sessions"), tr("Variances")},
        rows);

    // Every page's footer: the site and the page's number.
    for (int i = 0; i < pages.pageCount(); ++i) {
        pages.selectPage(i);
        pages.colour(0);
        pages.text(Font::Regular, 8, ReportWriter::left, 30,
            tr("%1: activity report, page %2 of %3")
                .arg(site.name)
                .arg(i + 1)
                .arg(pages.pageCount()));
    }
    return pages.document();
}

} // namespace recaisse::core
