#pragma once

#include "core/domain.h"
#include "core/exports/ecologicschema.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <functional>

namespace recaisse::core {

class Store;

// An inclusive range of business days (site time zone).
struct EcologicPeriod
{
    Q_DECLARE_TR_FUNCTIONS(EcologicPeriod)

public:
    QDate from;
    QDate to;

    static Result<EcologicPeriod> range(const QDate &from, const QDate &to);
    static Result<EcologicPeriod> month(int year, int month);
    static Result<EcologicPeriod> quarter(int year, int quarter);
    static Result<EcologicPeriod> year(int year);
    // "2026-Q3", "2026-07", "2026", "2026-07-01..2026-09-30".
    static Result<EcologicPeriod> parse(const QString &text);

    bool operator==(const EcologicPeriod &other) const = default;
};

// One line of the declaration: integer grams, cents and counts; rendering divides them.
struct EcologicRow
{
    QString code; // EEE-1..EEE-8
    QString label;
    qint64 depositCount = 0;
    qint64 depositGrams = 0;
    qint64 depositBroughtGrams = 0; // voluntary drop-off, home collection, professional
    qint64 depositPartnerGrams = 0; // taken at a partner waste centre
    qint64 reuseCount = 0; // sold, net of refunds
    qint64 reuseGrams = 0; // keyed weights + estimated weights
    qint64 reuseEstimatedGrams = 0; // the part counted from the category's average weight
    qint64 reuseCents = 0;
    qint64 recyclingGrams = 0;
    qint64 wasteCentreGrams = 0;
    qint64 givenGrams = 0; // outflows to a partner association
    qint64 unitWeightGrams = 0; // the definition's standard weight of one item
};

struct EcologicDeclaration
{
    EcologicPeriod period;
    QString site;
    QDateTime generatedUtc;
    QList<EcologicRow> rows; // one per code of the schema, in its order
    // Figures to look at that are not errors of the file (e.g. unweighed sales of a category
    // without an average weight, counted 0 kg).
    QStringList warnings;
};

// What a run produced: the file written, its version, and the warnings of the check.
struct EcologicRunResult
{
    QString filePath;
    int version = 0;
    EcologicDeclaration declaration;
    QStringList warnings;
};

// Called after a successful export with the archived file and its name under the kDrive root
// ("exports/<file name>"). The sync integration sets it to queue the upload.
using ExportPublisher = std::function<void(const QString &localFile, const QString &remoteName)>;

// The declaration to an eco-organism (Ecologic by default; its definition says which): aggregates
// the site's deposits and sales (every station pulled so far), renders the file in the schema's
// format, checks it against the schema before anything is written, archives it as
// <partner>_<site>_<from>_<to>_v<N>.csv (never overwritten), records the run in the audit log and
// the run history, then hands the file to the publisher.
class EcologicExport
{
    Q_DECLARE_TR_FUNCTIONS(EcologicExport)

public:
    // The declaration to an eco-organism (Partners::ids()); an unknown one makes every call
    // return that error.
    explicit EcologicExport(Store &store, const QString &partner = QStringLiteral("ecologic"));
    EcologicExport(Store &store, EcologicSchema schema);

    // The schema in use; invalid when the shipped file could not be loaded (every call then
    // returns that error).
    const Result<EcologicSchema> &schema() const { return m_schema; }
    // Replaces the default publisher (the sync queue: kDrive `exports/` when the site has an
    // account). An empty publisher restores that default: a caller that has none to give must
    // not silently drop the upload.
    void setPublisher(ExportPublisher publisher);
    const ExportPublisher &publisher() const { return m_publisher; }

    // The local archive: "exports" next to the station database.
    QString defaultFolder() const;

    // Figures of the period (needs ViewReports); nothing is written.
    Result<EcologicDeclaration> prepare(const Actor &actor, const EcologicPeriod &period) const;
    // The same without a permission check, for scheduled runs and benchmarks.
    Result<EcologicDeclaration> aggregate(const EcologicPeriod &period) const;
    // The file's bytes.
    Result<QByteArray> render(const EcologicDeclaration &declaration) const;
    // Renders and checks; the check's errors, and the declaration's and the check's warnings.
    EcologicCheck check(const EcologicDeclaration &declaration) const;

    // Aggregates, checks, archives (needs ExportData). folder empty: defaultFolder(). A failed
    // check writes nothing and returns every violation, one per line, in the error message.
    Result<EcologicRunResult> run(
        const Actor &actor, const EcologicPeriod &period, const QString &folder = {});
    // The same for a scheduled run: actorId is the schedule's author, scheduleId the schedule.
    Result<EcologicRunResult> runScheduled(const QString &actorId, qint64 scheduleId,
        const EcologicPeriod &period, const QStringList &extraWarnings = {});

    // The archive name of version N of a period: <partner>_<site>_<from>_<to>_v<N>.csv.
    QString fileName(const EcologicPeriod &period, int version) const;

    // The aggregation's SQL (MaterialFlows::sql()) with :from = first day and :to = last day.
    static QString aggregationSql();

    struct RunRecord
    {
        qint64 id = 0;
        qint64 scheduleId = 0; // 0 for a run by hand
        QString atUtc;
        QString actorId;
        QDate from;
        QDate to;
        QString format; // the partner definition's format ("ecologic-v1", "ecomaison-v1"…)
        QString status; // "ok" or "failed"
        QString file;
        QString message;
        QStringList warnings;
    };
    // The latest runs first.
    QList<RunRecord> history(int limit = 100) const;

private:
    // Audited as "export.ecologic" as before; the other partners as "export.partner".
    bool isEcologic() const;
    Result<EcologicRunResult> execute(const QString &actorId, qint64 scheduleId,
        const EcologicPeriod &period, const QString &folder, const QStringList &extraWarnings);
    void logRun(const QString &actorId, qint64 scheduleId, const EcologicPeriod &period,
        const QString &status, const QString &file, const QString &message,
        const QStringList &warnings);

    Store &m_store;
    Result<EcologicSchema> m_schema;
    ExportPublisher m_publisher;
};

} // namespace recaisse::core
