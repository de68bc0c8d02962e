#pragma once

#include "core/domain.h"
#include "core/exports/ecologicexport.h"
#include "core/result.h"

#include <QBitArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace recaisse::core {

class Store;

// A standard five-field cron expression (minute hour day-of-month month day-of-week) with lists,
// ranges, steps and '*'. Day of week 0 or 7 is Sunday. When both day fields are restricted, a
// day matching either runs (as cron does).
class CronExpression
{
    Q_DECLARE_TR_FUNCTIONS(CronExpression)

public:
    static Result<CronExpression> parse(const QString &text);
    bool matchesDay(const QDate &day) const;
    QList<QTime> timesOfDay() const; // sorted
    const QString &text() const { return m_text; }

private:
    QString m_text;
    QBitArray m_minutes{60};
    QBitArray m_hours{24};
    QBitArray m_daysOfMonth{32};
    QBitArray m_months{13};
    QBitArray m_daysOfWeek{8}; // 1 = Monday … 7 = Sunday (Qt's numbering)
    bool m_domRestricted = false;
    bool m_dowRestricted = false;
};

struct ExportSchedule
{
    enum class Kind { Daily, Weekly, Monthly, Quarterly, Cron };

    qint64 id = 0;
    // The eco-organism whose declaration the schedule exports (Partners::ids()).
    QString partner = QStringLiteral("ecologic");
    Kind kind = Kind::Quarterly;
    QTime at{6, 0}; // local time of the site (not for cron)
    // Weekly: 1 = Monday … 7 = Sunday. Monthly: day of the month, the month's last day when it
    // is shorter (31 -> 30 April, 28/29 February). Quarterly: that day of the quarter's first
    // month.
    int day = 1;
    QString cron;
    // The period a run declares: the last complete day, week (Monday–Sunday), month, quarter or
    // year before the run's day.
    QString covers = QStringLiteral("quarter");
    bool active = true;
    QString createdBy;
    QDateTime createdUtc;
    QDateTime nextRunUtc;
    QDateTime lastRunUtc; // invalid before the first run
    QString lastStatus; // "", "ok" or "failed"
    QString lastFile;
};
QString toKey(ExportSchedule::Kind kind);
std::optional<ExportSchedule::Kind> scheduleKindFromKey(const QString &key);

// Scheduled Ecologic exports, persisted in the station database. The OS scheduler (or the GUI's
// timer) calls runDue(): a schedule whose next run has passed runs once, however many slots were
// missed while the PC was off, and its next run is computed from now in the site's time zone.
class ExportSchedules
{
    Q_DECLARE_TR_FUNCTIONS(ExportSchedules)

public:
    explicit ExportSchedules(Store &store);

    // Checks the spec, computes its first run and stores it (needs ExportData).
    Result<ExportSchedule> add(const Actor &actor, ExportSchedule schedule);
    Result<void> remove(const Actor &actor, qint64 id);
    QList<ExportSchedule> list() const;

    struct DueRun
    {
        qint64 scheduleId = 0;
        EcologicPeriod period;
        bool ok = false;
        QString file; // when ok
        QString message; // when failed
        QStringList warnings;
        int missedSlots = 0; // slots that passed beyond the one run now
    };
    // Runs every schedule that is due at the clock's now: the exporter's own partner with it,
    // another partner's schedule with an exporter of that partner (same publisher).
    Result<QList<DueRun>> runDue(EcologicExport &exporter);

    // The first run strictly after afterUtc, in UTC. Wall-clock times that do not exist (the
    // spring-forward hour) run at the first instant after the gap; those that happen twice (the
    // autumn fold) at their first occurrence only, whatever the clock says now.
    static Result<QDateTime> nextRun(
        const ExportSchedule &schedule, const QDateTime &afterUtc, const QTimeZone &zone);
    // The last complete period of that unit before day.
    static Result<EcologicPeriod> coveredPeriod(const QString &covers, const QDate &day);
    // Checks a spec's fields.
    static Result<void> validate(const ExportSchedule &schedule);
    // A short description for lists ("quarterly, day 1 at 06:00").
    static QString describe(const ExportSchedule &schedule);

private:
    Store &m_store;
};

} // namespace recaisse::core
