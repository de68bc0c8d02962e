#include "reportfile.h"

#include "core/admin/sessionhistory.h"
#include "core/closings.h"
#include "core/database.h"
#include "core/exports/partners.h"
#include "core/exports/tonnagereport.h"
#include "core/money.h"
#include "core/store.h"
#include "core/users.h"
#include "kpipdf.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <xlsxwriter.h>

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
        auto author = Users(m_store).find(authorId);
        if (!author)
            return author.error();
        const Actor authorActor{author->id, author->name, author->role, author->siteId};
        SessionFilter filter;
        filter.stationId = ids.stationId;
        filter.cashierId = ids.cashierId;
        filter.from = period.from;
        filter.to = period.to;
        filter.limit = 10000;
        auto sessions = SessionHistory(m_store).find(authorActor, filter);
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
        table.title = tr("Key figures");
        table.headers = {tr("Figure"), tr("Value")};
        // Money: the closings' (Z) sums of each station, the one rule of sales and refunds.
        QStringList stations;
        if (!ids.stationId.isEmpty()) {
            stations << ids.stationId;
        } else {
            QSqlQuery &q =
                db.prepared(QStringLiteral("SELECT id FROM station WHERE site_id = ? ORDER BY id"));
            if (auto r = db.exec(q, {m_store.site().id}); !r)
                return r.error();
            while (q.next())
                stations << q.value(0).toString();
            q.finish();
        }
        Closings::Sums sums;
        const Closings closings(m_store);
        for (const QString &station : std::as_const(stations)) {
            auto one = closings.sums(station, from, to);
            if (!one)
                return one.error();
            sums.salesCount += one->salesCount;
            sums.salesCents += one->salesCents;
            sums.refundsCount += one->refundsCount;
            sums.refundsCents += one->refundsCents;
        }
        // Kilograms: the material report's figures (MaterialFlows, TonnageFigures::add), the
        // one rule of every tonnage figure; electrical equipment is what Ecologic declares.
        auto tonnage = TonnageReports(m_store).aggregate(period.from, period.to, ids.stationId);
        if (!tonnage)
            return tonnage.error();
        TonnageFigures electrical;
        for (const TonnageGroup &group : std::as_const(tonnage->byPartner))
            if (group.partner == Partners::defaultId())
                electrical = group.figures;
        const qint64 rate = tonnage->total.reuseRateBasisPoints();
        table.rows = {{tr("Takings (sales minus refunds)"),
                          money::formatPlain(sums.salesCents - sums.refundsCents)},
            {tr("Tickets"), QString::number(sums.salesCount)},
            {tr("Average basket"),
                money::formatPlain(sums.salesCount > 0 ? sums.salesCents / sums.salesCount : 0)},
            {tr("Refunds"), money::formatPlain(sums.refundsCents)},
            {tr("Objects received"), QString::number(tonnage->total.receivedCount)},
            {tr("Received (kg)"), kg(tonnage->total.receivedGrams)},
            {tr("Reused (kg)"), kg(tonnage->total.reusedGrams())},
            // Hundredths of a percent as the material report writes them ("42,50").
            {tr("Reuse rate (%)"),
                rate < 0 ? QString()
                         : QStringLiteral("%1,%2")
                               .arg(rate / 100)
                               .arg(rate % 100, 2, 10, QLatin1Char('0'))},
            {tr("Electrical equipment reused (kg)"), kg(electrical.reusedGrams())}};
        break;
    }
    }
    return table;
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
    file.fileName =
        QStringLiteral("%1_%2_%3.%4")
            .arg(base, period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate), format);
    if (format == QLatin1String("pdf")) {
        if (type != ReportType::Kpi)
            return Error{
                ErrorCode::InvalidInput, tr("Only the key figures report is made as a PDF.")};
        auto bytes = KpiPdf::render(*made, m_store.site().name, period);
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
