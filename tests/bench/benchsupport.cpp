#include "benchsupport.h"

#include "core/admin/demostations.h"
#include "core/clock.h"
#include "core/database.h"
#include "core/demoshop.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstdlib>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

#ifndef RECAISSE_VERSION
#define RECAISSE_VERSION "dev"
#endif

namespace recaisse::bench {

namespace {
const char *programName = "recaisse-bench";
} // namespace

void setProgramName(const char *name)
{
    programName = name;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void fail(const QString &reason)
{
    err() << programName << ": " << reason << Qt::endl;
    std::exit(1);
}

void take(const core::Result<void> &result, const char *what)
{
    if (!result)
        fail(QStringLiteral("%1: %2").arg(QString::fromLatin1(what), result.error().message));
}

QDateTime benchNow()
{
    // Ten years of demo activity end here: they must start after the earliest date a document
    // may carry (DocumentWriter::earliestDocumentUtc, 2024), so "now" is in 2036.
    return QDateTime(QDate(2036, 1, 1), QTime(11, 0), QTimeZone::utc());
}

core::StationSetup benchSetup()
{
    core::StationSetup setup;
    setup.siteName = QStringLiteral("Ressourcerie du banc d'essai");
    setup.stationCode = QStringLiteral("CAISSE1");
    setup.adminPin = QStringLiteral("123456");
    setup.demo = true; // demo data goes only into a demo shop
    return setup;
}

std::optional<double> processCpuSeconds()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) == 0) {
        const auto secs = [](const timeval &t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
        return secs(usage.ru_utime) + secs(usage.ru_stime);
    }
#endif
    return std::nullopt;
}

double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const double load = file.readLine().split(' ').value(0).toDouble(&ok);
    return ok ? load : -1;
}

double ms(Steady::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

double quantile(const std::vector<double> &sorted, double q)
{
    if (sorted.empty())
        return 0;
    const auto rank = std::size_t(std::ceil(q * double(sorted.size())));
    return sorted.at(std::clamp<std::size_t>(rank, 1, sorted.size()) - 1);
}

double rounded(double value, int decimals)
{
    const double f = std::pow(10.0, decimals);
    return std::round(value * f) / f;
}

void removeDatabase(const QString &path)
{
    core::Database::removeFiles(path);
}

namespace {

// A database generated under partial becomes the cached one at path, whole or not at all.
QString publish(const QString &partial, const QString &path, Steady::time_point started)
{
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    if (!QFile::rename(partial, path))
        fail(QStringLiteral("cannot rename %1").arg(partial));
    err() << "  done in " << rounded(ms(Steady::now() - started) / 1000.0, 1) << " s" << Qt::endl;
    return path;
}

} // namespace

QString workdirFor(const QString &option, std::unique_ptr<QTemporaryDir> &temporary)
{
    if (option.isEmpty()) {
        temporary = std::make_unique<QTemporaryDir>();
        if (!temporary->isValid())
            fail(QStringLiteral("cannot create a temporary folder"));
        return temporary->path();
    }
    if (!QDir().mkpath(option))
        fail(QStringLiteral("cannot create %1").arg(option));
    return option;
}

QString cachedDemoDatabase(const QString &workdir, int days, bool *cacheHit)
{
    // The days end at benchNow(): a database made for another "now" is not reused.
    const QString name = QStringLiteral("recaisse-bench-v%1-schema%2-%3days-to%4.sqlite")
                             .arg(QString::fromLatin1(RECAISSE_VERSION))
                             .arg(core::Database::latestSchemaVersion())
                             .arg(days)
                             .arg(benchNow().date().year());
    const QString path = QDir(workdir).filePath(name);
    *cacheHit = QFile::exists(path);
    if (*cacheHit)
        return path;
    const QString partial = path + QStringLiteral(".partial");
    removeDatabase(partial);
    err() << "generating " << days << " days of demo activity into " << path << " (once)"
          << Qt::endl;
    const auto started = Steady::now();
    {
        core::ManualClock clock(benchNow());
        auto store =
            take(core::Store::create(partial, benchSetup(), clock), "create the demo database");
        core::DemoShop shop(*store, clock);
        int lastReported = -1;
        take(shop.generate(days, 2026,
                 [&](core::DemoShop::Progress p) {
                     const int percent = p.daysTotal ? p.daysDone * 100 / p.daysTotal : 100;
                     if (percent / 10 != lastReported / 10) {
                         lastReported = percent;
                         err() << "  demo data " << percent << "% ("
                               << rounded(ms(Steady::now() - started) / 1000.0, 1) << " s)"
                               << Qt::endl;
                     }
                 }),
            "generate the demo data");
        QSqlQuery checkpoint(store->db().connection());
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    return publish(partial, path, started);
}

QString threeStationDatabase(const QString &workdir, int days, bool *cacheHit)
{
    bool demoHit = false;
    const QString demo = cachedDemoDatabase(workdir, days, &demoHit);
    const QString path =
        QString(demo).replace(QStringLiteral(".sqlite"), QStringLiteral("-3stations.sqlite"));
    *cacheHit = QFile::exists(path);
    if (*cacheHit)
        return path;
    const QString partial = path + QStringLiteral(".partial");
    removeDatabase(partial);
    if (!QFile::copy(demo, partial))
        fail(QStringLiteral("cannot copy %1").arg(demo));
    err() << "copying the demo under two more registers (once)" << Qt::endl;
    const auto started = Steady::now();
    {
        core::ManualClock clock(benchNow());
        auto store = take(core::Store::open(partial, clock), "open the demo copy");
        core::DemoStations stations(*store);
        for (const char *code : {"CAISSE2", "CAISSE3"})
            take(stations.cloneStation(store->station().id, QString::fromLatin1(code)),
                "copy a station");
        QSqlQuery checkpoint(store->db().connection());
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        checkpoint.exec(QStringLiteral("ANALYZE"));
    }
    return publish(partial, path, started);
}

} // namespace recaisse::bench
