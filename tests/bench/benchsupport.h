#pragma once

#include "core/result.h"
#include "core/store.h"

#include <QDateTime>
#include <QString>
#include <QTextStream>

class QTemporaryDir;

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

// What recaisse-bench and recaisse-ui-bench share: failing in one line, timing helpers, and the
// demo database both generate once and cache under the same name.
namespace recaisse::bench {

using Steady = std::chrono::steady_clock;

// The program's name on its failure line ("recaisse-bench: …").
void setProgramName(const char *name);
QTextStream &err();
[[noreturn]] void fail(const QString &reason);

template<typename T>
T take(core::Result<T> result, const char *what)
{
    if (!result)
        fail(QStringLiteral("%1: %2").arg(QString::fromLatin1(what), result.error().message));
    return std::move(result).value();
}
void take(const core::Result<void> &result, const char *what);

// A fixed "now", so that the generated data, and therefore the cache, do not depend on the day.
QDateTime benchNow();
core::StationSetup benchSetup();

double ms(Steady::duration d);
// The CPU time this process has used so far (every thread, user and system), in seconds; nullopt
// where it is not measured. On a loaded machine it moves less than the wall-clock time.
std::optional<double> processCpuSeconds();
// The machine's 1-minute load average when the figures were taken (/proc/loadavg; -1 elsewhere).
double loadAverage();
// The q-quantile of sorted samples (nearest rank).
double quantile(const std::vector<double> &sorted, double q);
double rounded(double value, int decimals = 3);
void removeDatabase(const QString &path);

// Where a benchmark caches its databases: the --workdir given, created if needed, or a temporary
// folder kept alive by temporary.
QString workdirFor(const QString &option, std::unique_ptr<QTemporaryDir> &temporary);

// N days of the demo shop, generated once per version, schema and size into workdir.
QString cachedDemoDatabase(const QString &workdir, int days, bool *cacheHit);
// That demo copied under two more registers (3 stations, as a shop's back office sees them after
// sync), cached next to it.
QString threeStationDatabase(const QString &workdir, int days, bool *cacheHit);

} // namespace recaisse::bench
