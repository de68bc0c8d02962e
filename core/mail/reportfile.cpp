#include "reportfile.h"

#include "core/admin/overview.h"
#include "core/admin/sessionhistory.h"
#include "core/closings.h"
#include "core/database.h"
#include "core/demoshop.h"
#include "core/exports/partners.h"
#include "core/exports/tonnagereport.h"
#include "core/money.h"
#include "core/store.h"
#include "core/users.h"
#include "kpipdf.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <functional>

namespace recaisse::core::mail {

namespace {

QString kg(qint64 grams)
{
    return QStringLiteral("%1,%2").arg(grams / 1000).arg(grams % 1000, 3, 10, QLatin1Char('0'));
}

QString localTime(Store &store, const QString &utc)
{
    return fromIsoUtc(utc).toTimeZone(store.timeZone()).toString(QStringLiteral("HH:mm"));
}

QString localDateTime(Store &store, const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return utc.toTimeZone(store.timeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

struct Ids
{
    QString stationId;
    QString cashierId;
};

// The cash sessions opened in the period, from the sessions screen's query with the rights of
// the report's author (the administrator who set it up).
Result<QList<SessionSummary>> sessionsOf(Store &store, const QString &authorId,
    const QString &stationId, const QString &cashierId, const EcologicPeriod &period)
{
    auto author = Users(store).find(authorId);
    if (!author)
        return author.error();
    SessionFilter filter;
    filter.stationId = stationId;
    filter.cashierId = cashierId;
    filter.from = period.from;
    filter.to = period.to;
    filter.limit = 10000;
    return SessionHistory(store).find(
        Actor{author->id, author->name, author->role, author->siteId}, filter);
}

const char *const typeKeys[] = {"sales-journal", "sessions", "deposits", "ecologic", "kpi"};

} // namespace

QString toKey(ReportType type)
{
    return QString::fromLatin1(typeKeys[int(type)]);
}

std::optional<ReportType> reportTypeFromKey(const QString &key)
{
    for (int i = 0; i < 5; ++i)
        if (key == QLatin1String(typeKeys[i]))
            return ReportType(i);
    return std::nullopt;
}

ReportFileBuilder::ReportFileBuilder(Store &store)
    : m_store(store)
{
}

Result<ReportTable> ReportFileBuilder::table(ReportType type, const ReportFilters &filters,
    const EcologicPeriod &period, const QString &authorId) const
{
    Database &db = m_store.db();
    // The id behind a filter's name; empty when the filter is off; an error when it names
    // nothing (a station or a cashier deleted since the report was set up).
    const auto idOf = [&](const QString &sql, const QString &value,
                          const QString &missing) -> Result<QString> {
        if (value.isEmpty())
            return QString();
        QSqlQuery &q = db.prepared(sql);
        if (auto r = db.exec(q, {m_store.site().id, value}); !r)
            return r.error();
        const QString id = q.next() ? q.value(0).toString() : QString();
        q.finish();
        if (id.isEmpty())
            return Error{ErrorCode::NotFound, missing};
        return id;
    };
    const auto stationId =
        idOf(QStringLiteral("SELECT id FROM station WHERE site_id = ? AND code = ? COLLATE NOCASE"),
            filters.stationCode,
            tr("The report's station %1 does not exist: edit the report's filters.")
                .arg(filters.stationCode));
    if (!stationId)
        return stationId.error();
    const auto cashierId = idOf(
        QStringLiteral("SELECT id FROM app_user WHERE site_id = ? AND name = ? COLLATE NOCASE"),
        filters.cashier,
        tr("The report's cashier %1 does not exist any more: edit the report's filters.")
            .arg(filters.cashier));
    if (!cashierId)
        return cashierId.error();
    const Ids ids{*stationId, *cashierId};
    const QString from = period.from.toString(Qt::ISODate);
    const QString to = period.to.toString(Qt::ISODate);
    const QString category = filters.category;
    const QString categoryPrefix = category + QStringLiteral(".%");
    ReportTable table;

    switch (type) {
    case ReportType::SalesJournal: {
        table.title = tr("Sales journal");
        table.headers = {tr("Day"), tr("Time"), tr("Station"), tr("Ticket"), tr("Cashier"),
            tr("Category"), tr("EEE"), tr("Quantity"), tr("Unit price"), tr("Weight (kg)"),
            tr("Total")};
        // Sales, then refunds as negative lines against the category of the line they reverse.
        // The weight column is what was weighed (a standard weight stored as an estimate is not).
        QSqlQuery &q = db.prepared(QStringLiteral(R"(
SELECT d.business_day, d.created_utc, st.code, d.number, coalesce(u.name, d.actor_id),
       sl.category_name, sl.eee_code, sl.quantity, sl.unit_price_cents,
       CASE WHEN sl.weight_source = 'estimated' THEN 0 ELSE coalesce(sl.weight_grams, 0) END,
       sl.total_cents, d.station_id, sl.category_id, sl.line_no
FROM document d
JOIN sale_line sl ON sl.station_id = d.station_id AND sl.seq = d.seq
JOIN station st ON st.id = d.station_id
LEFT JOIN app_user u ON u.id = d.actor_id
WHERE d.kind = 'sale' AND d.business_day BETWEEN ? AND ?
  AND (? = '' OR d.station_id = ?) AND (? = '' OR d.actor_id = ?)
  AND (? = '' OR sl.category_id = ? OR sl.category_id LIKE ?)
UNION ALL
SELECT d.business_day, d.created_utc, st.code, d.number, coalesce(u.name, d.actor_id),
       sl.category_name, sl.eee_code, -rl.quantity, sl.unit_price_cents, 0, -rl.amount_cents,
       d.station_id, sl.category_id, rl.line_no
FROM document d
JOIN refund rf ON rf.station_id = d.station_id AND rf.seq = d.seq
JOIN refund_line rl ON rl.station_id = rf.station_id AND rl.seq = rf.seq
JOIN sale_line sl ON sl.station_id = rf.sale_station_id AND sl.seq = rf.sale_seq
    AND sl.line_no = rl.sale_line_no
JOIN station st ON st.id = d.station_id
LEFT JOIN app_user u ON u.id = d.actor_id
WHERE d.kind = 'refund' AND d.business_day BETWEEN ? AND ?
  AND (? = '' OR d.station_id = ?) AND (? = '' OR d.actor_id = ?)
  AND (? = '' OR sl.category_id = ? OR sl.category_id LIKE ?)
ORDER BY 2, 4, 14)"));
        if (auto r = db.exec(q,
                {from, to, ids.stationId, ids.stationId, ids.cashierId, ids.cashierId, category,
                    category, categoryPrefix, from, to, ids.stationId, ids.stationId, ids.cashierId,
                    ids.cashierId, category, category, categoryPrefix});
            !r)
            return r.error();
        while (q.next()) {
            const qint64 grams = q.value(9).toLongLong();
            table.rows.append({q.value(0).toString(), localTime(m_store, q.value(1).toString()),
                q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                money::formatPlain(q.value(8).toLongLong()), grams > 0 ? kg(grams) : QString(),
                money::formatPlain(q.value(10).toLongLong())});
        }
        q.finish();
        break;
    }
    case ReportType::Deposits: {
        table.title = tr("Deposits");
        table.headers = {tr("Day"), tr("Time"), tr("Station"), tr("Deposit"), tr("Received by"),
            tr("Category"), tr("EEE"), tr("Quantity"), tr("Weight (kg)"), tr("Destination"),
            tr("Origin")};
        QSqlQuery &q = db.prepared(QStringLiteral(R"(
SELECT d.business_day, d.created_utc, st.code, d.number, coalesce(u.name, d.actor_id),
       dl.category_name, dl.eee_code, dl.quantity, dl.weight_grams, dl.destination, dl.origin
FROM document d
JOIN deposit_line dl ON dl.station_id = d.station_id AND dl.seq = d.seq
JOIN station st ON st.id = d.station_id
LEFT JOIN app_user u ON u.id = d.actor_id
WHERE d.kind = 'deposit' AND d.business_day BETWEEN ? AND ?
  AND (? = '' OR d.station_id = ?) AND (? = '' OR d.actor_id = ?)
  AND (? = '' OR dl.category_id = ? OR dl.category_id LIKE ?)
ORDER BY d.created_utc, d.number, dl.line_no)"));
        if (auto r = db.exec(q,
                {from, to, ids.stationId, ids.stationId, ids.cashierId, ids.cashierId, category,
                    category, categoryPrefix});
            !r)
            return r.error();
        while (q.next())
            table.rows.append({q.value(0).toString(), localTime(m_store, q.value(1).toString()),
                q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                kg(q.value(8).toLongLong()), q.value(9).toString(), q.value(10).toString()});
        q.finish();
        break;
    }
    case ReportType::Sessions: {
        table.title = tr("Cash sessions");
        table.headers = {tr("Station"), tr("Opening"), tr("Cashier"), tr("Opened"), tr("Closed"),
            tr("Float"), tr("Sales"), tr("Sales total"), tr("Expected"), tr("Counted"),
            tr("Variance"), tr("Beyond threshold"), tr("Comment")};
        // The admin screen's query, with the rights of the report's author.
        auto sessions = sessionsOf(m_store, authorId, ids.stationId, ids.cashierId, period);
        if (!sessions)
            return sessions.error();
        for (const SessionSummary &s : *sessions)
            table.rows.append(
                {s.stationCode, s.openNumber, s.cashierName, localDateTime(m_store, s.openedUtc),
                    s.closed ? localDateTime(m_store, s.closedUtc) : QString(),
                    money::formatPlain(s.floatCents), QString::number(s.salesCount),
                    money::formatPlain(s.salesTotalCents),
                    s.closed ? money::formatPlain(s.expectedCents) : QString(),
                    s.closed ? money::formatPlain(s.countedCents) : QString(),
                    s.closed ? money::formatPlain(s.varianceCents) : QString(),
                    s.varianceBeyond() ? tr("yes") : QString(), s.comment});
        break;
    }
    case ReportType::Ecologic: {
        EcologicExport exporter(m_store);
        auto declaration = exporter.aggregate(period);
        if (!declaration)
            return declaration.error();
        table.title = tr("Ecologic declaration");
        table.headers = {tr("Code"), tr("Family"), tr("Deposits"), tr("Received (kg)"),
            tr("Reused (items)"), tr("Reused (kg)"), tr("Reuse takings"), tr("Recycling (kg)"),
            tr("Waste centre (kg)")};
        for (const EcologicRow &row : declaration->rows)
            table.rows.append({row.code, row.label, QString::number(row.depositCount),
                kg(row.depositGrams), QString::number(row.reuseCount), kg(row.reuseGrams),
                money::formatPlain(row.reuseCents), kg(row.recyclingGrams),
                kg(row.wasteCentreGrams)});
        break;
    }
    case ReportType::Kpi: {
        auto made = keyFigures(authorId, ids.stationId, period);
        if (!made)
            return made.error();
        table = *made;
        break;
    }
    }
    return table;
}

namespace {

// One period's key figures, each from core's one rule for it.
struct PeriodFigures
{
    Closings::Sums sums; // the closings' (Z) sums of sales and refunds
    PaymentMix payments; // the overview's payment mix
    TonnageReport tonnage; // the material report (MaterialFlows, TonnageFigures::add)
    // The cash sessions screen's closings: how many, beyond their register's threshold, and
    // the sum of their variances (counted minus expected).
    qint64 closings = 0;
    qint64 closingsBeyond = 0;
    qint64 varianceCents = 0;
};

QString rate(qint64 basisPoints)
{
    // Hundredths of a percent as the material report writes them ("42,50").
    return basisPoints < 0 ? QString()
                           : QStringLiteral("%1,%2")
                                 .arg(basisPoints / 100)
                                 .arg(basisPoints % 100, 2, 10, QLatin1Char('0'));
}

const TonnageFigures *groupOf(
    const QList<TonnageGroup> &groups, const QString &partner, const QString &code)
{
    for (const TonnageGroup &group : groups)
        if (group.partner == partner && group.code == code)
            return &group.figures;
    return nullptr;
}

} // namespace

EcologicPeriod ReportFileBuilder::previousPeriod(const EcologicPeriod &period)
{
    const qint64 days = period.from.daysTo(period.to) + 1;
    return {period.from.addDays(-days), period.to.addDays(-days)};
}

EcologicPeriod ReportFileBuilder::lastYearPeriod(const EcologicPeriod &period)
{
    return {period.from.addDays(-364), period.to.addDays(-364)};
}

Result<ReportTable> ReportFileBuilder::keyFigures(
    const QString &authorId, const QString &stationId, const EcologicPeriod &period) const
{
    Database &db = m_store.db();
    QStringList stations;
    if (!stationId.isEmpty()) {
        stations << stationId;
    } else {
        QSqlQuery &q =
            db.prepared(QStringLiteral("SELECT id FROM station WHERE site_id = ? ORDER BY id"));
        if (auto r = db.exec(q, {m_store.site().id}); !r)
            return r.error();
        while (q.next())
            stations << q.value(0).toString();
        q.finish();
    }
    const auto compute = [&](const EcologicPeriod &span) -> Result<PeriodFigures> {
        PeriodFigures figures;
        const Closings closings(m_store);
        const QString from = span.from.toString(Qt::ISODate);
        const QString to = span.to.toString(Qt::ISODate);
        for (const QString &station : std::as_const(stations)) {
            auto one = closings.sums(station, from, to);
            if (!one)
                return one.error();
            figures.sums.salesCount += one->salesCount;
            figures.sums.salesCents += one->salesCents;
            figures.sums.refundsCount += one->refundsCount;
            figures.sums.refundsCents += one->refundsCents;
        }
        auto mix = OverviewReport(m_store).paymentMix(stationId, span.from, span.to);
        if (!mix)
            return mix.error();
        figures.payments = *mix;
        auto tonnage = TonnageReports(m_store).aggregate(span.from, span.to, stationId);
        if (!tonnage)
            return tonnage.error();
        figures.tonnage = *tonnage;
        auto sessions = sessionsOf(m_store, authorId, stationId, {}, span);
        if (!sessions)
            return sessions.error();
        for (const SessionSummary &session : *sessions) {
            if (!session.closed)
                continue;
            ++figures.closings;
            figures.closingsBeyond += session.varianceBeyond() ? 1 : 0;
            figures.varianceCents += session.varianceCents;
        }
        return figures;
    };
    const EcologicPeriod spans[] = {period, previousPeriod(period), lastYearPeriod(period)};
    QList<PeriodFigures> figures;
    for (const EcologicPeriod &span : spans) {
        auto one = compute(span);
        if (!one)
            return one.error();
        figures << *one;
    }

    ReportTable table;
    table.title = tr("Key figures");
    table.headers = {
        tr("Figure"), tr("This period"), tr("Previous period"), tr("Same period last year")};
    const auto row = [&](const QString &label,
                         const std::function<QString(const PeriodFigures &)> &value) {
        table.rows.append(
            {label, value(figures.at(0)), value(figures.at(1)), value(figures.at(2))});
    };
    const auto euros = [](qint64 cents) { return money::formatPlain(cents); };
    row(tr("Takings (sales minus refunds)"),
        [&](const PeriodFigures &f) { return euros(f.sums.salesCents - f.sums.refundsCents); });
    row(tr("Tickets"), [](const PeriodFigures &f) { return QString::number(f.sums.salesCount); });
    row(tr("Average basket"), [&](const PeriodFigures &f) {
        return euros(f.sums.salesCount > 0 ? f.sums.salesCents / f.sums.salesCount : 0);
    });
    row(tr("Refunds"), [&](const PeriodFigures &f) { return euros(f.sums.refundsCents); });
    row(tr("Paid in cash"), [&](const PeriodFigures &f) { return euros(f.payments.cashCents); });
    row(tr("Paid by card"), [&](const PeriodFigures &f) { return euros(f.payments.cardCents); });
    row(tr("Paid by cheque"),
        [&](const PeriodFigures &f) { return euros(f.payments.chequeCents); });
    row(tr("Objects received"),
        [](const PeriodFigures &f) { return QString::number(f.tonnage.total.receivedCount); });
    row(tr("Received (kg)"),
        [](const PeriodFigures &f) { return kg(f.tonnage.total.receivedGrams); });
    // Deposits by origin: the collection channel of each deposit line.
    for (const QString &channel : TonnageReports::channels()) {
        const auto origin = originFromKey(channel);
        row(tr("Received from %1 (kg)").arg(origin ? displayName(*origin) : channel),
            [&](const PeriodFigures &f) {
                return kg(f.tonnage.total.receivedByChannel.value(channel));
            });
    }
    row(tr("Reused (kg)"),
        [](const PeriodFigures &f) { return kg(f.tonnage.total.reusedGrams()); });
    row(tr("Reuse rate (%)"),
        [](const PeriodFigures &f) { return rate(f.tonnage.total.reuseRateBasisPoints()); });
    // Electrical equipment is what the default eco-organism (Ecologic) declares.
    const auto electrical = [](const PeriodFigures &f) {
        for (const TonnageGroup &group : f.tonnage.byPartner)
            if (group.partner == Partners::defaultId())
                return group.figures;
        return TonnageFigures{};
    };
    row(tr("Electrical equipment reused (kg)"),
        [&](const PeriodFigures &f) { return kg(electrical(f).reusedGrams()); });
    row(tr("Closings"), [](const PeriodFigures &f) { return QString::number(f.closings); });
    row(tr("Closings beyond their threshold"),
        [](const PeriodFigures &f) { return QString::number(f.closingsBeyond); });
    row(tr("Cash variances"), [&](const PeriodFigures &f) { return euros(f.varianceCents); });

    // Per EEE family, then per shop category: those with any flow in one of the three periods,
    // in the declaration's order and by category id.
    QList<QPair<QString, QString>> families; // code, label
    for (const TonnageGroup &group : figures.at(0).tonnage.byPartnerCategory)
        if (group.partner == Partners::defaultId())
            families.append({group.code, group.label});
    for (const auto &family : std::as_const(families)) {
        const QString code = family.first;
        bool any = false;
        for (const PeriodFigures &f : std::as_const(figures))
            if (const TonnageFigures *g =
                    groupOf(f.tonnage.byPartnerCategory, Partners::defaultId(), code))
                any = any || g->receivedGrams != 0 || g->reusedGrams() != 0;
        if (!any)
            continue;
        const auto of = [code](const PeriodFigures &f) {
            const TonnageFigures *g =
                groupOf(f.tonnage.byPartnerCategory, Partners::defaultId(), code);
            return g ? *g : TonnageFigures{};
        };
        const QString name = QStringLiteral("%1 %2").arg(code, family.second);
        row(tr("%1: received (kg)").arg(name),
            [&](const PeriodFigures &f) { return kg(of(f).receivedGrams); });
        row(tr("%1: reused (kg)").arg(name),
            [&](const PeriodFigures &f) { return kg(of(f).reusedGrams()); });
    }
    QMap<QString, QString> categories; // id -> name
    for (const PeriodFigures &f : std::as_const(figures))
        for (const TonnageGroup &group : f.tonnage.byCategory)
            categories.insert(group.code, group.label);
    const auto categoryOf = [](const PeriodFigures &f, const QString &id) {
        const TonnageFigures *g = nullptr;
        for (const TonnageGroup &group : f.tonnage.byCategory)
            if (group.code == id)
                g = &group.figures;
        return g ? *g : TonnageFigures{};
    };
    for (auto it = categories.cbegin(); it != categories.cend(); ++it) {
        const QString id = it.key();
        row(tr("%1: received (kg)").arg(it.value()),
            [&](const PeriodFigures &f) { return kg(categoryOf(f, id).receivedGrams); });
        row(tr("%1: reused (kg)").arg(it.value()),
            [&](const PeriodFigures &f) { return kg(categoryOf(f, id).reusedGrams()); });
    }
    // The top categories of the period by sales (net of refunds, the material report's sold
    // amount), with the same categories' sales in the other two periods.
    QList<TonnageGroup> ranked = figures.at(0).tonnage.byCategory;
    std::stable_sort(
        ranked.begin(), ranked.end(), [](const TonnageGroup &a, const TonnageGroup &b) {
            return a.figures.soldCents > b.figures.soldCents;
        });
    int rank = 0;
    for (const TonnageGroup &group : std::as_const(ranked)) {
        if (rank == topCategories || group.figures.soldCents <= 0)
            break;
        ++rank;
        const QString id = group.code;
        row(tr("Top %1: %2 (sales)").arg(rank).arg(group.label),
            [&](const PeriodFigures &f) { return euros(categoryOf(f, id).soldCents); });
    }
    return table;
}

QString ReportFileBuilder::kpiSummary(
    const ReportTable &table, const QString &siteName, const EcologicPeriod &period)
{
    const auto line = [&table](const QString &label) {
        for (const QStringList &row : table.rows)
            if (row.value(0) == label)
                return tr("%1: %2 (previous %3, last year %4)")
                    .arg(label, row.value(1), row.value(2), row.value(3));
        return QString();
    };
    QStringList lines{tr("%1, key figures from %2 to %3")
                          .arg(siteName, period.from.toString(QStringLiteral("dd/MM/yyyy")),
                              period.to.toString(QStringLiteral("dd/MM/yyyy")))};
    for (const QString &label :
        {tr("Takings (sales minus refunds)"), tr("Tickets"), tr("Average basket"),
            tr("Received (kg)"), tr("Reused (kg)"), tr("Reuse rate (%)"), tr("Cash variances")})
        lines << line(label);
    // The best-selling category: the row "Top 1: <name> (sales)" whatever the name.
    const QString marker = QStringLiteral("\x01");
    const QRegularExpression first(QLatin1Char('^')
        + QRegularExpression::escape(tr("Top %1: %2 (sales)").arg(1).arg(marker))
              .replace(QRegularExpression::escape(marker), QStringLiteral(".+"))
        + QLatin1Char('$'));
    for (const QStringList &row : table.rows)
        if (first.match(row.value(0)).hasMatch())
            lines << line(row.value(0));
    return lines.join(QLatin1Char('\n'));
}

QString ReportFileBuilder::kpiText(const ReportTable &table)
{
    QStringList lines;
    for (const QStringList &row : table.rows)
        lines << tr("%1: %2 (previous %3, last year %4)")
                     .arg(row.value(0), row.value(1), row.value(2), row.value(3));
    return lines.join(QLatin1Char('\n'));
}

QByteArray ReportFileBuilder::toCsv(const ReportTable &table)
{
    const auto cell = [](const QString &text) {
        if (!text.contains(QLatin1Char(';')) && !text.contains(QLatin1Char('"'))
            && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
            return text;
        QString quoted = text;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QString(QLatin1Char('"') + quoted + QLatin1Char('"'));
    };
    QByteArray out("\xEF\xBB\xBF"); // the BOM: spreadsheets then read UTF-8 as UTF-8
    const auto line = [&](const QStringList &cells) {
        QStringList escaped;
        for (const QString &c : cells)
            escaped << cell(c);
        out += escaped.join(QLatin1Char(';')).toUtf8() + "\r\n";
    };
    line(table.headers);
    for (const QStringList &row : table.rows)
        line(row);
    return out;
}

Result<QByteArray> ReportFileBuilder::toXlsx(const ReportTable &table, const QDateTime &createdUtc)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error{ErrorCode::StorageFailure, tr("No temporary folder for the spreadsheet.")};
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("report.xlsx")));
    const QByteArray tmp = QFile::encodeName(dir.path());
    lxw_workbook_options options = {};
    options.tmpdir = const_cast<char *>(tmp.constData());
    lxw_workbook *workbook = workbook_new_opt(path.constData(), &options);
    if (!workbook)
        return Error{ErrorCode::StorageFailure, tr("The spreadsheet could not be created.")};
    lxw_doc_properties properties = {};
    properties.created = time_t(createdUtc.toSecsSinceEpoch());
    workbook_set_properties(workbook, &properties);
    const QByteArray sheetName = table.title.left(31).toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetName.constData());
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    static const QRegularExpression integer(QStringLiteral("^-?\\d{1,15}$"));
    static const QRegularExpression decimal(QStringLiteral("^-?\\d{1,13},\\d{2,3}$"));
    for (int c = 0; c < table.headers.size(); ++c)
        worksheet_write_string(
            sheet, 0, lxw_col_t(c), table.headers.at(c).toUtf8().constData(), bold);
    for (int r = 0; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows.at(r);
        for (int c = 0; c < row.size(); ++c) {
            const QString &text = row.at(c);
            const auto at = lxw_row_t(r + 1);
            // Counts, amounts and weights as numbers, so that the sheet can sum them; the
            // figures were computed in integer cents and grams, the spreadsheet only shows them.
            if (integer.match(text).hasMatch() && c > 0)
                worksheet_write_number(sheet, at, lxw_col_t(c), text.toDouble(), nullptr);
            else if (decimal.match(text).hasMatch())
                worksheet_write_number(sheet, at, lxw_col_t(c),
                    QString(text).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(), nullptr);
            else
                worksheet_write_string(sheet, at, lxw_col_t(c), text.toUtf8().constData(), nullptr);
        }
    }
    if (workbook_close(workbook) != LXW_NO_ERROR)
        return Error{ErrorCode::StorageFailure, tr("The spreadsheet could not be written.")};
    QFile file(dir.filePath(QStringLiteral("report.xlsx")));
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::StorageFailure, tr("The spreadsheet could not be read back.")};
    return file.readAll();
}

Result<ReportFile> ReportFileBuilder::build(const QString &reportName, ReportType type,
    const ReportFilters &filters, const EcologicPeriod &period, const QString &format,
    const QString &authorId) const
{
    auto made = table(type, filters, period, authorId);
    if (!made)
        return made.error();
    QString base = reportName;
    static const QRegularExpression unsafe(QStringLiteral("[^\\p{L}\\p{N}._-]+"));
    base.replace(unsafe, QStringLiteral("-"));
    ReportFile file;
    file.rows = int(made->rows.size());
    if (type == ReportType::Kpi) {
        file.figuresText = kpiText(*made);
        file.summary =
            DemoShop::marked(m_store.isDemo(), kpiSummary(*made, m_store.site().name, period));
    }
    // A demo shop's file says so in its name, like its declarations (EcologicExport::fileName).
    file.fileName =
        QStringLiteral("%1%2_%3_%4.%5")
            .arg(DemoShop::fileNamePrefix(m_store.isDemo()), base,
                period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate), format);
    if (format == QLatin1String("pdf")) {
        if (type != ReportType::Kpi)
            return Error{
                ErrorCode::InvalidInput, tr("Only the key figures report is made as a PDF.")};
        auto bytes = KpiPdf::render(
            *made, m_store.site().name, period, m_store.isDemo() ? DemoShop::mark() : QString());
        if (!bytes)
            return bytes.error();
        file.data = *bytes;
        file.contentType = "application/pdf";
    } else if (format == QLatin1String("xlsx")) {
        auto bytes = toXlsx(*made, QDateTime(period.to, QTime(0, 0), QTimeZone::utc()));
        if (!bytes)
            return bytes.error();
        file.data = *bytes;
        file.contentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    } else {
        file.data = toCsv(*made);
        file.contentType = "text/csv; charset=UTF-8";
    }
    return file;
}

} // namespace recaisse::core::mail
