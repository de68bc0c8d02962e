#include "exportschedule.h"

#include "core/exports/partners.h"
#include "core/ledger.h"
#include "core/permissions.h"
#include "core/store.h"
#include "core/users.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>

namespace recaisse::core {

namespace {

// How far nextRun() looks ahead: a cron on 29 February that must also be a Monday can wait
// 28 years; anything longer is refused as "never runs".
constexpr int lookAheadDays = 366 * 29;

// The first instant at which the site's clock shows `time` on `day`, or an invalid QDateTime when
// it never does (the spring-forward gap). QDateTime's own choice in the autumn fold is not the
// first occurrence (Qt 6.4 takes the second), so both offsets around the day are tried.
QDateTime firstOccurrence(const QDate &day, const QTime &time, const QTimeZone &zone)
{
    const QDateTime naive(day, time, QTimeZone::utc());
    QDateTime first;
    for (const int offset :
        {zone.offsetFromUtc(naive.addDays(-1)), zone.offsetFromUtc(naive.addDays(1))}) {
        const QDateTime candidate = naive.addSecs(-offset);
        const QDateTime wall = candidate.toTimeZone(zone);
        if (wall.date() == day && wall.time() == time && (!first.isValid() || candidate < first))
            first = candidate;
    }
    return first;
}

// The instant a wall-clock time of the site happens: a time that happens twice (the autumn fold)
// runs at its first occurrence, as cron does; a time that does not exist (the spring-forward
// gap) at the first instant after the gap.
QDateTime localToUtc(const QDate &day, const QTime &time, const QTimeZone &zone)
{
    if (const QDateTime exact = firstOccurrence(day, time, zone); exact.isValid())
        return exact;
    const QDateTime naive(day, time, QTimeZone::utc());
    for (int minutes = 1; minutes <= 24 * 60; ++minutes) {
        const QDateTime wall = naive.addSecs(60 * minutes);
        if (const QDateTime after = firstOccurrence(wall.date(), wall.time(), zone);
            after.isValid())
            return after;
    }
    return {};
}

bool parseField(const QString &field, int min, int max, QBitArray &bits, int offset = 0)
{
    static const QRegularExpression itemPattern(
        QStringLiteral("^(\\*|([0-9]{1,2})(?:-([0-9]{1,2}))?)(?:/([0-9]{1,2}))?$"));
    for (const QString &item : field.split(QLatin1Char(','))) {
        const QRegularExpressionMatch m = itemPattern.match(item);
        if (!m.hasMatch())
            return false;
        int from = min;
        int to = max;
        if (m.captured(1) != QLatin1String("*")) {
            from = m.captured(2).toInt();
            to = m.captured(3).isEmpty() ? from : m.captured(3).toInt();
            if (!m.captured(4).isEmpty() && m.captured(3).isEmpty())
                to = max; // "5/15" = from 5 every 15
        }
        const int step = m.captured(4).isEmpty() ? 1 : m.captured(4).toInt();
        if (from < min || to > max || from > to || step < 1)
            return false;
        for (int v = from; v <= to; v += step)
            bits.setBit(v + offset);
    }
    return true;
}

std::optional<ExportSchedule> scheduleFrom(QSqlQuery &q)
{
    const auto kind = scheduleKindFromKey(q.value(1).toString());
    if (!kind)
        return std::nullopt;
    ExportSchedule s;
    s.id = q.value(0).toLongLong();
    s.kind = *kind;
    s.at = QTime::fromString(q.value(2).toString(), QStringLiteral("HH:mm"));
    s.day = q.value(3).toInt();
    s.cron = q.value(4).toString();
    s.covers = q.value(5).toString();
    s.active = q.value(6).toInt() != 0;
    s.createdBy = q.value(7).toString();
    s.createdUtc = fromIsoUtc(q.value(8).toString());
    s.nextRunUtc = fromIsoUtc(q.value(9).toString());
    if (!q.value(10).isNull())
        s.lastRunUtc = fromIsoUtc(q.value(10).toString());
    s.lastStatus = q.value(11).toString();
    s.lastFile = q.value(12).toString();
    s.partner = Partners::fromFormat(q.value(13).toString());
    return s;
}

const char selectSchedules[] =
    "SELECT id, kind, at_time, day, cron, covers, active, created_by, created_utc, next_run_utc, "
    "last_run_utc, last_status, last_file, format FROM export_schedule";

} // namespace

Result<CronExpression> CronExpression::parse(const QString &text)
{
    const QStringList fields = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const auto bad = [&text]() {
        return makeError(ErrorCode::InvalidInput,
            tr("\"%1\" is not a cron expression (minute hour day month weekday, e.g. "
               "\"0 6 1 1,4,7,10 *\").")
                .arg(text));
    };
    if (fields.size() != 5)
        return bad();
    CronExpression cron;
    cron.m_text = fields.join(QLatin1Char(' '));
    QBitArray sundayZero(8);
    if (!parseField(fields.at(0), 0, 59, cron.m_minutes)
        || !parseField(fields.at(1), 0, 23, cron.m_hours)
        || !parseField(fields.at(2), 1, 31, cron.m_daysOfMonth)
        || !parseField(fields.at(3), 1, 12, cron.m_months)
        || !parseField(fields.at(4), 0, 7, sundayZero))
        return bad();
    for (int d = 1; d <= 6; ++d)
        cron.m_daysOfWeek.setBit(d, sundayZero.testBit(d));
    cron.m_daysOfWeek.setBit(7, sundayZero.testBit(0) || sundayZero.testBit(7));
    cron.m_domRestricted = !fields.at(2).startsWith(QLatin1Char('*'));
    cron.m_dowRestricted = !fields.at(4).startsWith(QLatin1Char('*'));
    return cron;
}

bool CronExpression::matchesDay(const QDate &day) const
{
    if (!m_months.testBit(day.month()))
        return false;
    const bool dom = m_daysOfMonth.testBit(day.day());
    const bool dow = m_daysOfWeek.testBit(day.dayOfWeek());
    if (m_domRestricted && m_dowRestricted)
        return dom || dow;
    return dom && dow;
}

QList<QTime> CronExpression::timesOfDay() const
{
    QList<QTime> times;
    for (int h = 0; h < 24; ++h)
        if (m_hours.testBit(h))
            for (int m = 0; m < 60; ++m)
                if (m_minutes.testBit(m))
                    times << QTime(h, m);
    return times;
}

QString toKey(ExportSchedule::Kind kind)
{
    switch (kind) {
    case ExportSchedule::Kind::Daily:
        return QStringLiteral("daily");
    case ExportSchedule::Kind::Weekly:
        return QStringLiteral("weekly");
    case ExportSchedule::Kind::Monthly:
        return QStringLiteral("monthly");
    case ExportSchedule::Kind::Quarterly:
        return QStringLiteral("quarterly");
    case ExportSchedule::Kind::Cron:
        return QStringLiteral("cron");
    }
    return {};
}

std::optional<ExportSchedule::Kind> scheduleKindFromKey(const QString &key)
{
    for (const auto kind :
        {ExportSchedule::Kind::Daily, ExportSchedule::Kind::Weekly, ExportSchedule::Kind::Monthly,
            ExportSchedule::Kind::Quarterly, ExportSchedule::Kind::Cron})
        if (toKey(kind) == key)
            return kind;
    return std::nullopt;
}

ExportSchedules::ExportSchedules(Store &store)
    : m_store(store)
{
}

Result<void> ExportSchedules::validate(const ExportSchedule &s)
{
    static const QStringList units = {QStringLiteral("day"), QStringLiteral("week"),
        QStringLiteral("month"), QStringLiteral("quarter"), QStringLiteral("year")};
    if (!units.contains(s.covers))
        return makeError(ErrorCode::InvalidInput,
            tr("Unknown period \"%1\": day, week, month, quarter or year.").arg(s.covers));
    if (s.kind == ExportSchedule::Kind::Cron) {
        if (auto cron = CronExpression::parse(s.cron); !cron)
            return cron.error();
        return {};
    }
    if (!s.at.isValid())
        return makeError(ErrorCode::InvalidInput, tr("The time of the run is not valid (HH:MM)."));
    if (s.kind == ExportSchedule::Kind::Weekly && (s.day < 1 || s.day > 7))
        return makeError(
            ErrorCode::InvalidInput, tr("A weekly run needs a day from 1 (Monday) to 7 (Sunday)."));
    if ((s.kind == ExportSchedule::Kind::Monthly || s.kind == ExportSchedule::Kind::Quarterly)
        && (s.day < 1 || s.day > 31))
        return makeError(ErrorCode::InvalidInput, tr("The day of the month must be 1 to 31."));
    return {};
}

Result<QDateTime> ExportSchedules::nextRun(
    const ExportSchedule &s, const QDateTime &afterUtc, const QTimeZone &zone)
{
    if (auto valid = validate(s); !valid)
        return valid.error();
    std::optional<CronExpression> cron;
    QList<QTime> times{QTime(s.at.hour(), s.at.minute())};
    if (s.kind == ExportSchedule::Kind::Cron) {
        cron = *CronExpression::parse(s.cron);
        times = cron->timesOfDay();
    }
    const auto matches = [&s, &cron](const QDate &d) {
        const int monthDay = std::min(s.day, d.daysInMonth());
        switch (s.kind) {
        case ExportSchedule::Kind::Daily:
            return true;
        case ExportSchedule::Kind::Weekly:
            return d.dayOfWeek() == s.day;
        case ExportSchedule::Kind::Monthly:
            return d.day() == monthDay;
        case ExportSchedule::Kind::Quarterly:
            return d.month() % 3 == 1 && d.day() == monthDay;
        case ExportSchedule::Kind::Cron:
            return cron->matchesDay(d);
        }
        return false;
    };
    // From the day before (a gap can push a run past midnight) onwards.
    const QDate start = afterUtc.toTimeZone(zone).date().addDays(-1);
    for (int i = 0; i < lookAheadDays; ++i) {
        const QDate day = start.addDays(i);
        if (!matches(day))
            continue;
        for (const QTime &time : std::as_const(times)) {
            const QDateTime utc = localToUtc(day, time, zone);
            if (utc.isValid() && utc > afterUtc)
                return utc;
        }
    }
    return makeError(ErrorCode::InvalidInput, tr("This schedule never runs."));
}

Result<EcologicPeriod> ExportSchedules::coveredPeriod(const QString &covers, const QDate &day)
{
    if (covers == QLatin1String("day"))
        return EcologicPeriod::range(day.addDays(-1), day.addDays(-1));
    if (covers == QLatin1String("week")) {
        const QDate monday = day.addDays(1 - day.dayOfWeek()).addDays(-7);
        return EcologicPeriod::range(monday, monday.addDays(6));
    }
    if (covers == QLatin1String("month")) {
        const QDate previous = day.addMonths(-1);
        return EcologicPeriod::month(previous.year(), previous.month());
    }
    if (covers == QLatin1String("quarter")) {
        const QDate previous = day.addMonths(-3);
        return EcologicPeriod::quarter(previous.year(), (previous.month() - 1) / 3 + 1);
    }
    if (covers == QLatin1String("year"))
        return EcologicPeriod::year(day.year() - 1);
    return makeError(ErrorCode::InvalidInput, tr("Unknown period \"%1\".").arg(covers));
}

QString ExportSchedules::describe(const ExportSchedule &s)
{
    const QString at = s.at.toString(QStringLiteral("HH:mm"));
    switch (s.kind) {
    case ExportSchedule::Kind::Daily:
        return tr("daily at %1").arg(at);
    case ExportSchedule::Kind::Weekly:
        return tr("weekly on %1 at %2").arg(QLocale().dayName(s.day), at);
    case ExportSchedule::Kind::Monthly:
        return tr("monthly on day %1 at %2").arg(s.day).arg(at);
    case ExportSchedule::Kind::Quarterly:
        return tr("quarterly on day %1 at %2").arg(s.day).arg(at);
    case ExportSchedule::Kind::Cron:
        return tr("cron \"%1\"").arg(s.cron);
    }
    return {};
}

Result<ExportSchedule> ExportSchedules::add(const Actor &actor, ExportSchedule s)
{
    if (auto allowed = Users(m_store).require(actor, Permission::ExportData); !allowed)
        return allowed.error();
    const auto definition = Partners::definition(s.partner);
    if (!definition)
        return definition.error();
    const QDateTime now = m_store.clock().nowUtc();
    auto next = nextRun(s, now, m_store.timeZone());
    if (!next)
        return next.error();
    s.createdBy = actor.userId;
    s.createdUtc = now;
    s.nextRunUtc = *next;
    s.active = true;
    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    QSqlQuery &insert = db.prepared(QStringLiteral(
        "INSERT INTO export_schedule (kind, at_time, day, cron, covers, created_by, created_utc, "
        "next_run_utc, format) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (auto result = db.exec(insert,
            {toKey(s.kind), s.at.toString(QStringLiteral("HH:mm")), s.day, s.cron, s.covers,
                s.createdBy, isoUtc(now), isoUtc(s.nextRunUtc), definition->format});
        !result)
        return result.error();
    s.id = insert.lastInsertId().toLongLong();
    if (auto audited = AuditLog(m_store).record(actor.userId, QStringLiteral("export.schedule-add"),
            QString::number(s.id),
            {{QStringLiteral("kind"), toKey(s.kind)}, {QStringLiteral("covers"), s.covers},
                {QStringLiteral("spec"), describe(s)}});
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return s;
}

Result<void> ExportSchedules::remove(const Actor &actor, qint64 id)
{
    if (auto allowed = Users(m_store).require(actor, Permission::ExportData); !allowed)
        return allowed.error();
    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    QSqlQuery &remove = db.prepared(QStringLiteral("DELETE FROM export_schedule WHERE id = ?"));
    if (auto result = db.exec(remove, {id}); !result)
        return result;
    if (remove.numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, tr("There is no schedule number %1.").arg(id));
    if (auto audited = AuditLog(m_store).record(
            actor.userId, QStringLiteral("export.schedule-remove"), QString::number(id));
        !audited)
        return audited;
    return transaction.commit();
}

QList<ExportSchedule> ExportSchedules::list() const
{
    QList<ExportSchedule> schedules;
    QSqlQuery q(m_store.db().connection());
    if (!q.exec(QString::fromLatin1(selectSchedules) + QStringLiteral(" ORDER BY id")))
        return schedules;
    while (q.next())
        if (auto s = scheduleFrom(q))
            schedules << *s;
    return schedules;
}

Result<QList<ExportSchedules::DueRun>> ExportSchedules::runDue(EcologicExport &exporter)
{
    const QDateTime now = m_store.clock().nowUtc();
    const QTimeZone zone = m_store.timeZone();
    QList<DueRun> runs;
    for (const ExportSchedule &s : list()) {
        if (!s.active || s.nextRunUtc > now)
            continue;
        DueRun run;
        run.scheduleId = s.id;
        // Slots that passed while nobody ran us: they are not run one by one.
        QDateTime slot = s.nextRunUtc;
        while (run.missedSlots < 10000) {
            auto following = nextRun(s, slot, zone);
            if (!following || *following > now)
                break;
            slot = *following;
            ++run.missedSlots;
        }
        QStringList warnings;
        if (run.missedSlots > 0)
            warnings << tr("%1 scheduled run(s) were missed while the computer was off; only "
                           "the latest period is exported.")
                            .arg(run.missedSlots);
        auto period = coveredPeriod(s.covers, m_store.businessDay(now));
        if (period) {
            run.period = *period;
            std::optional<EcologicExport> other;
            if (exporter.schema() && exporter.schema()->partner != s.partner) {
                other.emplace(m_store, s.partner);
                other->setPublisher(exporter.publisher());
            }
            auto result =
                (other ? *other : exporter).runScheduled(s.createdBy, s.id, *period, warnings);
            run.ok = result.ok();
            if (result) {
                run.file = result->filePath;
                run.warnings = result->warnings;
            } else {
                run.message = result.error().message;
                run.warnings = warnings;
            }
        } else {
            run.message = period.error().message;
        }
        auto next = nextRun(s, now, zone);
        if (!next)
            return next.error();
        Database &db = m_store.db();
        QSqlQuery &update = db.prepared(QStringLiteral(
            "UPDATE export_schedule SET next_run_utc = ?, last_run_utc = ?, last_status = ?, "
            "last_file = ? WHERE id = ?"));
        if (auto result = db.exec(update,
                {isoUtc(*next), isoUtc(now),
                    run.ok ? QStringLiteral("ok") : QStringLiteral("failed"), run.file, s.id});
            !result)
            return result.error();
        runs << run;
    }
    return runs;
}

} // namespace recaisse::core
