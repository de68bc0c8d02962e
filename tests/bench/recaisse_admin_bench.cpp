// The admin panel's two hot paths on a site with 3 stations × N days of demo data: the overview
// refresh (every 30 s while the manager looks at it) and the audit trail filters; and the weekly
// key figures report (three periods, the PDF included) that the report worker makes every Monday;
// and a year of accounting entries, of every station and of one.
// Prints one JSON object; times are medians of several runs. Never a timed assert.

#include "benchsupport.h"
#include "core/accounting.h"
#include "core/admin/auditquery.h"
#include "core/admin/overview.h"
#include "core/admin/sessionhistory.h"
#include "core/database.h"
#include "core/mail/reportfile.h"
#include "core/store.h"
#include "core/users.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>

using namespace recaisse;
using namespace recaisse::bench;

namespace {

struct Options
{
    int days = 3650;
    int runs = 15;
    QString workdir;
    bool quick = false;
};

Options parseOptions(const QStringList &arguments)
{
    Options options;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        const auto number = [&](const char *name) {
            bool ok = false;
            const int value = arguments.value(i + 1).toInt(&ok);
            if (!ok || value <= 0)
                fail(QStringLiteral("%1 needs a positive number").arg(QString::fromLatin1(name)));
            ++i;
            return value;
        };
        if (a == QLatin1String("--days"))
            options.days = number("--days");
        else if (a == QLatin1String("--runs"))
            options.runs = number("--runs");
        else if (a == QLatin1String("--workdir") && i + 1 < arguments.size())
            options.workdir = arguments.at(++i);
        else if (a == QLatin1String("--quick"))
            options.quick = true;
        else {
            err() << "usage: recaisse-admin-bench [--days N] [--runs N] [--workdir DIR] "
                     "[--quick]\n"
                     "  --days N     days of demo activity per station (3650)\n"
                     "  --runs N     timed runs per measure, the median is reported (15)\n"
                     "  --workdir D  where the demo databases are cached (a temporary folder)\n"
                     "  --quick      --days 30 --runs 3\n";
            std::exit(2);
        }
    }
    if (options.quick) {
        options.days = std::min(options.days, 30);
        options.runs = std::min(options.runs, 3);
    }
    return options;
}

double median(int runs, const std::function<void()> &work)
{
    work(); // warm the page cache and the prepared statements
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        const auto started = Steady::now();
        work();
        samples.push_back(ms(Steady::now() - started));
    }
    std::sort(samples.begin(), samples.end());
    return rounded(quantile(samples, 0.5));
}

} // namespace

int main(int argc, char *argv[])
{
    setProgramName("recaisse-admin-bench");
    // The key figures' PDF needs fonts: a QGuiApplication (offscreen unless QT_QPA_PLATFORM).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const Options options = parseOptions(arguments);

    std::unique_ptr<QTemporaryDir> temporary;
    const QString workdir = workdirFor(options.workdir, temporary);
    bool cacheHit = false;
    const QString path = threeStationDatabase(workdir, options.days, &cacheHit);

    // "Now" is the evening of the last day of activity, so that today has figures.
    core::ManualClock clock(benchNow());
    auto store = take(core::Store::open(path, clock), "open the 3-station database");
    {
        QSqlQuery last(store->db().connection());
        if (last.exec(QStringLiteral("SELECT max(created_utc) FROM document")) && last.next())
            clock.set(core::fromIsoUtc(last.value(0).toString()).addSecs(60));
    }
    core::Users users(*store);
    const auto adminUser = take(users.findByName(QStringLiteral("Admin")), "find the admin");
    // Not a login: it would add an audit event to the cached database at every run.
    const core::Actor admin{adminUser.id, adminUser.name, adminUser.role, adminUser.siteId};

    err() << "timing the overview and the audit filters, " << options.runs << " runs each"
          << Qt::endl;
    core::OverviewReport overview(*store);
    qint64 stations = 0;
    const double overviewMs = median(options.runs,
        [&] { stations = take(overview.compute(admin), "overview").stations.size(); });

    core::AuditQuery audit(*store);
    qint64 textRows = 0;
    core::AuditFilter textFilter;
    textFilter.text = QStringLiteral("Camille");
    const double auditTextMs = median(
        options.runs, [&] { textRows = take(audit.find(admin, textFilter), "audit text").size(); });
    core::AuditFilter actorFilter;
    actorFilter.actorId = admin.userId;
    actorFilter.from = store->today().addDays(-30);
    actorFilter.to = store->today();
    const double auditActorMs =
        median(options.runs, [&] { take(audit.find(admin, actorFilter), "audit actor"); });
    core::AuditFilter familyFilter;
    familyFilter.action = QStringLiteral("login.");
    const double auditFamilyMs =
        median(options.runs, [&] { take(audit.find(admin, familyFilter), "audit family"); });
    const double auditAllMs =
        median(options.runs, [&] { take(audit.find(admin, {}), "audit newest"); });
    core::SessionFilter sessionFilter;
    sessionFilter.varianceBeyondThreshold = true;
    const double sessionsMs = median(options.runs,
        [&] { take(core::SessionHistory(*store).find(admin, sessionFilter), "sessions"); });

    // The weekly key figures as the worker sends them: the last full week (Monday to Sunday)
    // beside the week before and the same week a year earlier, as a PDF.
    const QDate lastSunday = store->today().addDays(-store->today().dayOfWeek());
    const auto week =
        take(core::EcologicPeriod::range(lastSunday.addDays(-6), lastSunday), "the last full week");
    core::mail::ReportFileBuilder reports(*store);
    qint64 kpiBytes = 0;
    const double weeklyKpiMs = median(options.runs, [&] {
        kpiBytes = take(reports.build(QStringLiteral("Chiffres clés"), core::mail::ReportType::Kpi,
                            {}, week, QStringLiteral("pdf"), admin.userId),
            "weekly key figures")
                       .data.size();
    });

    // The treasurer's year: every station's accounting entries of the last 365 days through
    // yesterday, as the documented CSV (entries() and csv(), what exportCsv writes, without its
    // audit event: the cached database stays as it is).
    const QDate yearLast = store->today().addDays(-1);
    const QDate yearFirst = yearLast.addDays(-364);
    core::AccountingExport accounting(*store);
    qint64 accountingLines = 0;
    qint64 accountingBytes = 0;
    const double accountingYearMs = median(options.runs, [&] {
        const auto lines = take(accounting.entries(admin, yearFirst, yearLast), "accounting year");
        accountingLines = lines.size();
        accountingBytes = core::AccountingExport::csv(lines).size();
    });
    // Issue 20's target is for one station: the same year of the demo database the three
    // stations were copied from.
    bool oneStationHit = false;
    const QString oneStationPath = cachedDemoDatabase(workdir, options.days, &oneStationHit);
    auto oneStation =
        take(core::Store::open(oneStationPath, clock), "open the one-station database");
    const auto oneStationUser =
        take(core::Users(*oneStation).findByName(QStringLiteral("Admin")), "find its admin");
    const core::Actor oneStationAdmin{
        oneStationUser.id, oneStationUser.name, oneStationUser.role, oneStationUser.siteId};
    core::AccountingExport oneStationAccounting(*oneStation);
    qint64 oneStationLines = 0;
    qint64 oneStationBytes = 0;
    const double accountingOneStationMs = median(options.runs, [&] {
        const auto lines = take(oneStationAccounting.entries(oneStationAdmin, yearFirst, yearLast),
            "accounting year of one station");
        oneStationLines = lines.size();
        oneStationBytes = core::AccountingExport::csv(lines).size();
    });

    qint64 events = 0;
    qint64 documents = 0;
    {
        QSqlQuery count(store->db().connection());
        if (count.exec(QStringLiteral("SELECT (SELECT count(*) FROM audit_event), (SELECT "
                                      "count(*) FROM document)"))
            && count.next()) {
            events = count.value(0).toLongLong();
            documents = count.value(1).toLongLong();
        }
    }
    // The slowest typical filter is the one reported: a free text over the whole trail.
    const double auditFilterMs = std::max({auditTextMs, auditActorMs, auditFamilyMs, auditAllMs});
    const QJsonObject result{
        {QStringLiteral("overview_refresh_ms"), overviewMs},
        {QStringLiteral("audit_filter_ms"), auditFilterMs},
        {QStringLiteral("weekly_kpi_report_ms"), weeklyKpiMs},
        {QStringLiteral("accounting_export_year_ms"), accountingYearMs},
        {QStringLiteral("accounting_export_year_one_station_ms"), accountingOneStationMs},
        {QStringLiteral("dataset"),
            QStringLiteral("%1 stations × %2 days of demo activity: %3 documents, %4 audit events")
                .arg(stations)
                .arg(options.days)
                .arg(documents)
                .arg(events)},
        {QStringLiteral("runs"),
            QJsonObject{{QStringLiteral("runs"), options.runs},
                {QStringLiteral("quick"), options.quick},
                {QStringLiteral("database_cached"), cacheHit},
                {QStringLiteral("audit_text_ms"), auditTextMs},
                {QStringLiteral("audit_text_rows"), textRows},
                {QStringLiteral("audit_actor_30_days_ms"), auditActorMs},
                {QStringLiteral("audit_action_family_ms"), auditFamilyMs},
                {QStringLiteral("audit_newest_ms"), auditAllMs},
                {QStringLiteral("session_variance_filter_ms"), sessionsMs},
                {QStringLiteral("weekly_kpi_report_bytes"), kpiBytes},
                {QStringLiteral("accounting_year"),
                    QStringLiteral("%1/%2").arg(
                        yearFirst.toString(Qt::ISODate), yearLast.toString(Qt::ISODate))},
                {QStringLiteral("accounting_year_lines"), accountingLines},
                {QStringLiteral("accounting_year_csv_bytes"), accountingBytes},
                {QStringLiteral("accounting_year_one_station_lines"), oneStationLines},
                {QStringLiteral("accounting_year_one_station_csv_bytes"), oneStationBytes},
                {QStringLiteral("weekly_kpi_week"),
                    QStringLiteral("%1/%2").arg(
                        week.from.toString(Qt::ISODate), week.to.toString(Qt::ISODate))},
                {QStringLiteral("database_bytes"), QFileInfo(path).size()},
                {QStringLiteral("workdir"), workdir}}},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return 0;
}
