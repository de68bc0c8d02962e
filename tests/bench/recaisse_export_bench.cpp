// The Ecologic export on years of demo data: one quarter's declaration (aggregation, rendering and
// the schema check), the same aggregation run by the sqlite3 command-line tool on the same file in
// the same run, and every quarter of the data set; then, on three stations' copy of the data, every
// eco-organism's declaration of the last quarter, the tonnage report of the last year and the
// quarter's sales journal as the XLSX attachment of a scheduled report. Prints
// one JSON object; never asserts a time.

#include "benchsupport.h"
#include "core/exports/ecologicexport.h"
#include "core/exports/partners.h"
#include "core/exports/tonnagereport.h"
#include "core/mail/reportfile.h"
#include "core/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>
#include <optional>

using namespace recaisse;
using namespace recaisse::bench;

namespace {

struct Options
{
    int days = 3650;
    int runs = 7;
    QString workdir;
    bool partnersOnly = false; // only the three stations' declarations and tonnage report
};

Options parse(const QStringList &arguments)
{
    Options options;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        const auto number = [&](int min) {
            bool ok = false;
            const int value = i + 1 < arguments.size() ? arguments.at(++i).toInt(&ok) : 0;
            if (!ok || value < min)
                fail(QStringLiteral("%1 needs a number >= %2").arg(a).arg(min));
            return value;
        };
        if (a == QLatin1String("--days"))
            options.days = number(30);
        else if (a == QLatin1String("--runs"))
            options.runs = number(1);
        else if (a == QLatin1String("--workdir") && i + 1 < arguments.size())
            options.workdir = arguments.at(++i);
        else if (a == QLatin1String("--partners-only"))
            options.partnersOnly = true;
        else {
            err() << "usage: recaisse-export-bench [--days N] [--runs N] [--workdir DIR] "
                     "[--partners-only]\n"
                     "  --days N      days of demo activity in the database (3650)\n"
                     "  --runs N      timed runs of each measure, the median is reported (7)\n"
                     "  --workdir DIR keeps the demo database there between runs\n"
                     "  --partners-only  only the partners' declarations and the tonnage report "
                     "on 3 stations\n";
            std::exit(2);
        }
    }
    return options;
}

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return quantile(samples, 0.5);
}

qint64 scalar(core::Store &store, const char *sql)
{
    QSqlQuery q(store.db().connection());
    if (q.exec(QString::fromLatin1(sql)) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QString scalarText(core::Store &store, const char *sql)
{
    QSqlQuery q(store.db().connection());
    if (q.exec(QString::fromLatin1(sql)) && q.next())
        return q.value(0).toString();
    return {};
}

// The declaration of one period as the page and the command line make it, without writing.
void declare(core::EcologicExport &exporter, const core::EcologicPeriod &period)
{
    auto declaration = take(exporter.aggregate(period), "aggregate");
    const core::EcologicCheck check = exporter.check(declaration);
    if (!check.ok())
        fail(QStringLiteral("the declaration does not pass its check: %1")
                 .arg(check.errors.join(QLatin1Char(' '))));
}

// The same aggregation statement run `runs` times by the sqlite3 tool, timed by its own .timer.
std::optional<std::vector<double>> sqliteCli(
    const QString &database, const core::EcologicPeriod &period, int runs, QString *version)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (program.isEmpty())
        return std::nullopt;
    QString script = QStringLiteral(".parameter init\n.parameter set :from \"'%1'\"\n"
                                    ".parameter set :to \"'%2'\"\n.output /dev/null\n.timer on\n")
                         .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate));
    // One warm-up run, then the timed ones.
    for (int i = 0; i <= runs; ++i)
        script += core::EcologicExport::aggregationSql() + QStringLiteral(";\n");
    QProcess process;
    process.start(program, {QStringLiteral("-readonly"), database});
    if (!process.waitForStarted())
        return std::nullopt;
    process.write(script.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(600'000) || process.exitCode() != 0)
        fail(QStringLiteral("sqlite3 failed: %1")
                 .arg(QString::fromUtf8(process.readAllStandardError())));
    const QString output = QString::fromUtf8(process.readAllStandardOutput())
        + QString::fromUtf8(process.readAllStandardError());
    static const QRegularExpression timer(QStringLiteral("Run Time: real ([0-9.]+)"));
    std::vector<double> samples;
    for (auto it = timer.globalMatch(output); it.hasNext();)
        samples.push_back(it.next().captured(1).toDouble() * 1000.0);
    if (samples.size() != size_t(runs) + 1)
        fail(QStringLiteral("unexpected sqlite3 output: %1").arg(output.left(400)));
    samples.erase(samples.begin());
    QProcess versionProcess;
    versionProcess.start(program, {QStringLiteral("--version")});
    versionProcess.waitForFinished();
    *version =
        QString::fromUtf8(versionProcess.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0);
    return samples;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setProgramName("recaisse-export-bench");
    const Options options = parse(app.arguments());

    std::unique_ptr<QTemporaryDir> temporary;
    QString workdir = options.workdir;
    if (workdir.isEmpty()) {
        temporary = std::make_unique<QTemporaryDir>();
        workdir = temporary->path();
    } else if (!QDir().mkpath(workdir)) {
        fail(QStringLiteral("cannot create %1").arg(workdir));
    }
    bool cacheHit = false;
    const QString path = cachedDemoDatabase(workdir, options.days, &cacheHit);

    core::ManualClock clock(benchNow());
    auto store = take(core::Store::open(path, clock), "open the demo database");
    core::EcologicExport exporter(*store);
    if (!exporter.schema())
        fail(exporter.schema().error().message);

    // The last complete quarter of the data set, and every quarter it covers.
    QSqlQuery days(store->db().connection());
    days.exec(QStringLiteral("SELECT min(business_day), max(business_day) FROM document"));
    days.next();
    const QDate firstDay = QDate::fromString(days.value(0).toString(), Qt::ISODate);
    const QDate lastDay = QDate::fromString(days.value(1).toString(), Qt::ISODate);
    days.finish();
    if (!firstDay.isValid())
        fail(QStringLiteral("the demo database is empty"));
    const QDate afterLast = lastDay.addDays(1);
    const core::EcologicPeriod quarter =
        take(core::EcologicPeriod::quarter(
                 afterLast.addMonths(-3).year(), (afterLast.addMonths(-3).month() - 1) / 3 + 1),
            "the last quarter");
    QList<core::EcologicPeriod> quarters;
    for (QDate d(firstDay.year(), (firstDay.month() - 1) / 3 * 3 + 1, 1); d <= lastDay;
         d = d.addMonths(3))
        quarters << take(
            core::EcologicPeriod::quarter(d.year(), (d.month() - 1) / 3 + 1), "quarter");

    std::vector<double> declarationMs;
    std::vector<double> queryMs;
    std::optional<std::vector<double>> cli;
    QString sqliteVersion;
    std::vector<double> allQuartersS;
    if (!options.partnersOnly) {
        err() << "timing " << options.runs << " declarations of "
              << quarter.from.toString(Qt::ISODate) << ".." << quarter.to.toString(Qt::ISODate)
              << Qt::endl;
        declare(exporter, quarter); // warm-up: statement preparation and page cache
    }
    for (int i = 0; i < (options.partnersOnly ? 0 : options.runs); ++i) {
        auto started = Steady::now();
        declare(exporter, quarter);
        declarationMs.push_back(ms(Steady::now() - started));
        started = Steady::now();
        take(exporter.aggregate(quarter), "aggregate");
        queryMs.push_back(ms(Steady::now() - started));
    }

    if (!options.partnersOnly) {
        err() << "timing the same aggregation with the sqlite3 tool" << Qt::endl;
        cli = sqliteCli(path, quarter, options.runs, &sqliteVersion);
        err() << "timing every quarter (" << quarters.size() << ")" << Qt::endl;
        for (int i = 0; i < std::min(options.runs, 3); ++i) {
            const auto started = Steady::now();
            for (const core::EcologicPeriod &period : std::as_const(quarters))
                declare(exporter, period);
            allQuartersS.push_back(ms(Steady::now() - started) / 1000.0);
        }
    }

    // Three stations of the same days: each partner's quarter and the year's tonnage report.
    bool threeHit = false;
    const QString threePath = threeStationDatabase(workdir, options.days, &threeHit);
    auto three = take(core::Store::open(threePath, clock), "open the three stations' database");
    err() << "timing the partners' declarations and the tonnage report on 3 stations" << Qt::endl;
    // Wall time and this process's CPU time (on a loaded machine the CPU time moves much less).
    const auto cpuMs = [] { return processCpuSeconds().value_or(0.0) * 1000.0; };
    const bool hasCpu = processCpuSeconds().has_value();
    QJsonObject partnerMedians;
    QJsonObject partnerCpuMedians;
    std::vector<double> slowestPartnerMs(size_t(options.runs), 0.0);
    std::vector<double> slowestPartnerCpuMs(size_t(options.runs), 0.0);
    for (const QString &partner : core::Partners::ids()) {
        core::EcologicExport partnerExporter(*three, partner);
        declare(partnerExporter, quarter); // warm-up
        std::vector<double> samples;
        std::vector<double> cpuSamples;
        for (int i = 0; i < options.runs; ++i) {
            const double cpuBefore = cpuMs();
            const auto started = Steady::now();
            declare(partnerExporter, quarter);
            samples.push_back(ms(Steady::now() - started));
            cpuSamples.push_back(cpuMs() - cpuBefore);
            slowestPartnerMs[size_t(i)] = std::max(slowestPartnerMs[size_t(i)], samples.back());
            slowestPartnerCpuMs[size_t(i)] =
                std::max(slowestPartnerCpuMs[size_t(i)], cpuSamples.back());
        }
        partnerMedians.insert(partner, rounded(median(samples)));
        partnerCpuMedians.insert(partner, rounded(median(cpuSamples)));
    }
    const QDate yearFrom = lastDay.addDays(-364);
    core::TonnageReports reports(*three);
    take(reports.aggregate(yearFrom, lastDay), "tonnage report"); // warm-up
    std::vector<double> tonnageMs;
    std::vector<double> tonnageCpuMs;
    for (int i = 0; i < options.runs; ++i) {
        const double cpuBefore = cpuMs();
        const auto started = Steady::now();
        const core::TonnageReport report = take(reports.aggregate(yearFrom, lastDay), "report");
        if (core::TonnageReports::csv(report).isEmpty())
            fail(QStringLiteral("empty tonnage report"));
        tonnageMs.push_back(ms(Steady::now() - started));
        tonnageCpuMs.push_back(cpuMs() - cpuBefore);
    }

    // The scheduled e-mail report of the quarter's sales journal as XLSX (ReportFileBuilder: the
    // journal's query and the workbook), on the three stations, as the report worker makes it.
    if (!options.partnersOnly)
        err() << "timing the quarter's sales journal as an XLSX report on 3 stations" << Qt::endl;
    const QString author = scalarText(*three,
        "SELECT id FROM app_user WHERE role IN ('admin', 'super-admin') ORDER BY id LIMIT 1");
    core::mail::ReportFileBuilder reportFiles(*three);
    const auto buildReport = [&] {
        return take(
            reportFiles.build(QStringLiteral("Ventes du trimestre"),
                core::mail::ReportType::SalesJournal, {}, quarter, QStringLiteral("xlsx"), author),
            "the quarter's XLSX report");
    };
    if (!options.partnersOnly)
        buildReport(); // warm-up
    std::vector<double> reportMs;
    qint64 reportBytes = 0;
    int reportRows = 0;
    for (int i = 0; i < (options.partnersOnly ? 0 : options.runs); ++i) {
        const auto started = Steady::now();
        const core::mail::ReportFile file = buildReport();
        reportMs.push_back(ms(Steady::now() - started));
        reportBytes = file.data.size();
        reportRows = file.rows;
    }

    const double declarationMedian = median(declarationMs);
    QJsonObject result{
        {QStringLiteral("ecologic_quarter_ms"), rounded(declarationMedian)},
        {QStringLiteral("ecologic_query_ms"), rounded(median(queryMs))},
        {QStringLiteral("sqlite_cli_same_query_ms"),
            cli ? QJsonValue(rounded(median(*cli))) : QJsonValue()},
        {QStringLiteral("ecologic_vs_sqlite_cli_ratio"),
            cli && median(*cli) > 0 ? QJsonValue(rounded(declarationMedian / median(*cli), 2))
                                    : QJsonValue()},
        {QStringLiteral("ecologic_all_quarters_10y_s"), rounded(median(allQuartersS))},
        {QStringLiteral("partner_declaration_quarter_ms"), rounded(median(slowestPartnerMs))},
        {QStringLiteral("partner_declaration_quarter_by_partner_ms"), partnerMedians},
        {QStringLiteral("partner_declaration_quarter_cpu_ms"),
            hasCpu ? QJsonValue(rounded(median(slowestPartnerCpuMs))) : QJsonValue()},
        {QStringLiteral("partner_declaration_quarter_cpu_by_partner_ms"), partnerCpuMedians},
        {QStringLiteral("tonnage_report_year_ms"), rounded(median(tonnageMs))},
        {QStringLiteral("tonnage_report_year_cpu_ms"),
            hasCpu ? QJsonValue(rounded(median(tonnageCpuMs))) : QJsonValue()},
        {QStringLiteral("load_average"), loadAverage()},
        {QStringLiteral("report_xlsx_quarter_ms"), rounded(median(reportMs))},
        {QStringLiteral("report_xlsx_quarter_rows"), reportRows},
        {QStringLiteral("report_xlsx_quarter_bytes"), reportBytes},
        {QStringLiteral("three_stations_documents"),
            scalar(*three, "SELECT count(*) FROM document")},
        {QStringLiteral("quarters"), int(quarters.size())},
        {QStringLiteral("quarter"),
            QString(quarter.from.toString(Qt::ISODate) + QStringLiteral("..")
                + quarter.to.toString(Qt::ISODate))},
        {QStringLiteral("dataset"),
            QJsonObject{{QStringLiteral("days"), options.days},
                {QStringLiteral("first_day"), firstDay.toString(Qt::ISODate)},
                {QStringLiteral("last_day"), lastDay.toString(Qt::ISODate)},
                {QStringLiteral("documents"), scalar(*store, "SELECT count(*) FROM document")},
                {QStringLiteral("sale_lines"), scalar(*store, "SELECT count(*) FROM sale_line")},
                {QStringLiteral("deposit_lines"),
                    scalar(*store, "SELECT count(*) FROM deposit_line")},
                {QStringLiteral("refund_lines"),
                    scalar(*store, "SELECT count(*) FROM refund_line")},
                {QStringLiteral("db_bytes"), QFileInfo(path).size()}}},
        {QStringLiteral("runs"),
            QJsonObject{{QStringLiteral("samples"), options.runs},
                {QStringLiteral("database_cached"), cacheHit},
                {QStringLiteral("ecologic_quarter_samples_ms"), QJsonArray::fromVariantList([&] {
                     QVariantList list;
                     for (double v : declarationMs)
                         list << rounded(v);
                     return list;
                 }())},
                {QStringLiteral("sqlite_cli"),
                    cli ? QString(QStringLiteral("sqlite3 ") + sqliteVersion)
                        : QStringLiteral("sqlite3 not found")},
                {QStringLiteral("version"), QString::fromLatin1(RECAISSE_VERSION)},
                {QStringLiteral("workdir"), workdir}}},
    };
    if (options.partnersOnly) {
        for (const char *skipped :
            {"ecologic_quarter_ms", "ecologic_query_ms", "ecologic_all_quarters_10y_s",
                "report_xlsx_quarter_ms", "report_xlsx_quarter_rows", "report_xlsx_quarter_bytes"})
            result.insert(QLatin1String(skipped), QJsonValue());
    }
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return 0;
}
