// The full export and its import on years of demo data (one station): the time of the whole
// export (JSON files, workbook, ZIP), its peak memory, the records written per second, and the
// import of that export into a new archive database. Prints one JSON object; never asserts a time.

#include "benchsupport.h"
#include "core/portability/fullexport.h"
#include "core/portability/fullimport.h"
#include "core/store.h"
#include "core/users.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

using namespace recaisse;
using namespace recaisse::bench;

namespace {

struct Options
{
    int days = 3650;
    int exports = 1; // the export is timed this many times: medians are reported
    bool import = true;
    QString workdir;
};

Options parse(const QStringList &arguments)
{
    Options options;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--days") && i + 1 < arguments.size()) {
            bool ok = false;
            options.days = arguments.at(++i).toInt(&ok);
            if (!ok || options.days < 30)
                fail(QStringLiteral("--days needs a number >= 30"));
        } else if (a == QLatin1String("--exports") && i + 1 < arguments.size()) {
            bool ok = false;
            options.exports = arguments.at(++i).toInt(&ok);
            if (!ok || options.exports < 1 || options.exports > 50)
                fail(QStringLiteral("--exports needs a number from 1 to 50"));
        } else if (a == QLatin1String("--no-import")) {
            options.import = false;
        } else if (a == QLatin1String("--quick")) {
            options.days = 60;
        } else if (a == QLatin1String("--workdir") && i + 1 < arguments.size()) {
            options.workdir = arguments.at(++i);
        } else {
            err() << "usage: recaisse-portability-bench [--days N] [--quick] [--exports N] "
                     "[--no-import] [--workdir DIR]\n"
                     "  --days N      days of demo activity in the database (3650)\n"
                     "  --exports N   times the export is run; medians reported (1)\n"
                     "  --no-import   the export only\n"
                     "  --quick       60 days (the smoke run)\n"
                     "  --workdir DIR keeps the demo database there between runs\n";
            std::exit(2);
        }
    }
    return options;
}

// The process's peak resident memory since the last reset (Linux), in megabytes; -1 elsewhere.
double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return rounded(line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0, 1);
    }
    return -1;
}

// Starts the peak over (Linux 4.0+): the demo generation before the export does not count.
void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setProgramName("recaisse-portability-bench");
    const Options options = parse(app.arguments());
    std::unique_ptr<QTemporaryDir> temporary;
    const QString workdir = workdirFor(options.workdir, temporary);
    bool cacheHit = false;
    const QString path = cachedDemoDatabase(workdir, options.days, &cacheHit);

    core::ManualClock clock(benchNow());
    auto store = take(core::Store::open(path, clock), "open the demo database");
    core::Users users(*store);
    const auto admin = take(users.findByName(benchSetup().adminName), "the administrator");
    const core::Actor actor = take(users.login(admin.id, benchSetup().adminPin), "login");

    QTemporaryDir out(QDir(workdir).filePath(QStringLiteral("portability-XXXXXX")));
    if (!out.isValid())
        fail(QStringLiteral("cannot create a folder in %1").arg(workdir));
    // The export, --exports times (each into its own folder, removed before the next):
    // medians of its time and of the JSON writing's rate.
    std::vector<double> exportTimes;
    std::vector<double> jsonRates;
    std::vector<double> exportCpu; // process CPU time of each export, every thread
    double exportPeak = 0;
    core::FullExport::Outcome exported;
    for (int run = 0; run < options.exports; ++run) {
        if (run > 0)
            QFile::remove(exported.path);
        err() << "exporting " << options.days << " days of demo data (" << run + 1 << "/"
              << options.exports << ")" << Qt::endl;
        resetPeakRss();
        core::FullExport::Options exportOptions;
        exportOptions.outDir = out.path();
        const auto started = Steady::now();
        const std::optional<double> cpuBefore = processCpuSeconds();
        exported = take(core::FullExport(*store).run(actor, exportOptions), "export");
        exportTimes.push_back(ms(Steady::now() - started) / 1000.0);
        if (const std::optional<double> cpuAfter = processCpuSeconds(); cpuBefore && cpuAfter)
            exportCpu.push_back(*cpuAfter - *cpuBefore);
        exportPeak = std::max(exportPeak, peakRssMb());
        // Records and their line rows made into JSON and written, over the time that alone
        // took (the database reads, the workbook and the ZIP are not counted).
        jsonRates.push_back(exported.jsonNanoseconds > 0
                ? double(exported.jsonRows) * 1e9 / double(exported.jsonNanoseconds)
                : 0.0);
        err() << "  " << rounded(exportTimes.back()) << " s, " << rounded(jsonRates.back(), 0)
              << " JSON records/s" << Qt::endl;
    }
    const auto median = [](std::vector<double> values) {
        std::sort(values.begin(), values.end());
        return quantile(values, 0.5);
    };
    const double exportS = median(exportTimes);
    // One more export measures the JSON writing's own CPU time (a clock read per section): apart,
    // so that its clock reads do not slow the timed runs above. Unlike json_records_per_s it does
    // not drop when other programs take the processor.
    double jsonCpuS = -1;
    double jsonClockS = 0;
    qint64 measuredRows = 0;
    {
        err() << "measuring the JSON writing's CPU time" << Qt::endl;
        QFile::remove(exported.path);
        core::FullExport::Options exportOptions;
        exportOptions.outDir = out.path();
        exportOptions.measureJsonCpu = true;
        const auto measured =
            take(core::FullExport(*store).run(actor, exportOptions), "measured export");
        if (measured.jsonCpuNanoseconds >= 0) {
            jsonCpuS = double(measured.jsonCpuNanoseconds) / 1e9;
            jsonClockS = double(measured.jsonClockNanoseconds) / 1e9;
            measuredRows = measured.jsonRows;
        }
        exported.path = measured.path;
    }
    qint64 records = 0;
    for (auto it = exported.counts.cbegin(); it != exported.counts.cend(); ++it)
        records += it.key().contains(QLatin1Char('.')) ? 0 : it.value();

    double importS = -1;
    double importPeak = -1;
    if (options.import) {
        err() << "importing it" << Qt::endl;
        core::FullImport::Options importOptions;
        importOptions.zipPath = exported.path;
        importOptions.dbPath = QDir(out.path()).filePath(QStringLiteral("archive.sqlite"));
        importOptions.adminName = benchSetup().adminName;
        importOptions.newPin = QStringLiteral("654321");
        resetPeakRss();
        const auto started = Steady::now();
        take(core::FullImport::run(importOptions, clock), "import");
        importS = ms(Steady::now() - started) / 1000.0;
        importPeak = peakRssMb();
    }
    QJsonArray exportRuns;
    QJsonArray rateRuns;
    for (std::size_t i = 0; i < exportTimes.size(); ++i) {
        exportRuns.append(rounded(exportTimes[i]));
        rateRuns.append(rounded(jsonRates[i], 0));
    }

    const QJsonObject result{
        {QStringLiteral("export_all_10y_s"), rounded(exportS)},
        {QStringLiteral("export_peak_rss_mb"), exportPeak},
        // Records and their line rows made into JSON and written, over the time that alone took
        // (the database reads, the workbook and the ZIP are not counted).
        {QStringLiteral("json_records_per_s"), rounded(median(jsonRates), 0)},
        {QStringLiteral("export_runs_s"), exportRuns},
        {QStringLiteral("json_records_per_s_runs"), rateRuns},
        {QStringLiteral("json_rows"), exported.jsonRows},
        {QStringLiteral("records_per_s_whole_export"), rounded(double(records) / exportS, 0)},
        // The same export in CPU time (it moves less than wall-clock time on a loaded machine):
        // JSON rows over the CPU time of the whole export (database reads, workbook, report and
        // ZIP included), a lower bound of the JSON writing's own rate in CPU time.
        {QStringLiteral("export_cpu_s"),
            exportCpu.empty() ? QJsonValue() : QJsonValue(rounded(median(exportCpu)))},
        {QStringLiteral("json_rows_per_cpu_s_whole_export"),
            exportCpu.empty() || median(exportCpu) <= 0
                ? QJsonValue()
                : QJsonValue(rounded(double(exported.jsonRows) / median(exportCpu), 0))},
        // The JSON rows over the exporting thread's CPU time in the JSON sections (the cost of
        // the clock reads, measured on empty sections, taken off): the JSON writer's rate whatever
        // the machine's load.
        {QStringLiteral("json_thread_cpu_s"),
            jsonCpuS < 0 ? QJsonValue() : QJsonValue(rounded(jsonCpuS))},
        {QStringLiteral("json_clock_reads_cpu_s"),
            jsonCpuS < 0 ? QJsonValue() : QJsonValue(rounded(jsonClockS))},
        {QStringLiteral("json_rows_per_thread_cpu_s"),
            jsonCpuS <= 0 ? QJsonValue() : QJsonValue(rounded(double(measuredRows) / jsonCpuS, 0))},
        {QStringLiteral("import_all_10y_s"), importS < 0 ? QJsonValue() : rounded(importS)},
        {QStringLiteral("import_peak_rss_mb"), importPeak < 0 ? QJsonValue() : importPeak},
        {QStringLiteral("records"), records},
        {QStringLiteral("sales"), exported.counts.value(QStringLiteral("sales"))},
        {QStringLiteral("deposits"), exported.counts.value(QStringLiteral("deposits"))},
        {QStringLiteral("audit_events"), exported.counts.value(QStringLiteral("audit_events"))},
        {QStringLiteral("zip_mb"), rounded(double(QFileInfo(exported.path).size()) / 1048576.0, 1)},
        {QStringLiteral("dataset"),
            QStringLiteral("demo shop, one station, %1 days%2")
                .arg(options.days)
                .arg(cacheHit ? QStringLiteral(" (cached)") : QString())},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}
