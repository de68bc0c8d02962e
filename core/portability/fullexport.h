#pragma once

#include "core/domain.h"
#include "core/result.h"
#include "workbook.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <atomic>
#include <functional>

namespace recaisse::core {

class Store;

// "Exporter toutes les données": one site's whole data in one ZIP (GDPR portability, a change of
// software, the board's archive). One JSON file per entity (portability.h), an Excel workbook,
// a PDF report with charts (exportreport.h), and manifest.json with the format version, the
// counts and the SHA-256 of every file. It reads
// in one snapshot, row by row (memory stays bounded whatever the size of the shop), never
// exports a secret, and leaves nothing behind when cancelled or when it fails: everything is
// written in a temporary folder of the target folder and only the finished ZIP is renamed out of
// it. A folder left by a killed program is removed by cleanupAfterCrash() at the next start.
class FullExport
{
    Q_DECLARE_TR_FUNCTIONS(FullExport)

public:
    struct Progress
    {
        QString entity; // the file being written, e.g. "sales"
        qint64 records = 0; // records written so far, every entity counted
        qint64 total = 0; // records to write
    };

    struct Options
    {
        QString outDir;
        QString siteId; // empty: the station's own site
        qint64 sheetRowLimit = portability::Workbook::defaultRowLimit;
        std::function<void(const Progress &)> progress;
        const std::atomic_bool *cancel = nullptr;
        // The benchmark's: also the JSON writing's own CPU time (a clock read per section).
        bool measureJsonCpu = false;
    };

    struct Outcome
    {
        QString path; // the ZIP
        QMap<QString, qint64> counts; // entity (and "kind.child" rows) -> records
        // The JSON writing alone (making each record and row and writing it), for the benchmark:
        // rows written (records and their line rows) and the time it took.
        qint64 jsonRows = 0;
        qint64 jsonNanoseconds = 0;
        // With measureJsonCpu: the exporting thread's CPU time in those sections, the cost of its
        // own clock reads (jsonClockNanoseconds, measured on empty sections) taken off; -1 where
        // the platform gives no thread CPU clock.
        qint64 jsonCpuNanoseconds = -1;
        qint64 jsonClockNanoseconds = 0;
    };

    explicit FullExport(Store &store);

    // Administrators for their own site, super-administrators for any site, supervisors (who
    // read everything) for their own site. Cashiers and reception volunteers are refused.
    static bool mayExport(const Actor &actor, const QString &siteId);

    // Writes the ZIP into options.outDir and returns its path. Refusals and exports are audited.
    Result<Outcome> run(const Actor &actor, const Options &options);

    // Removes the temporary folder an export killed mid-way left (its place is kept in the
    // station's database while an export runs). Call once at start.
    static void cleanupAfterCrash(Store &store);

private:
    Store &m_store;
};

} // namespace recaisse::core
