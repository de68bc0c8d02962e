#include "scheduledreports.h"

#include "core/database.h"
#include "core/demoshop.h"
#include "core/ledger.h"
#include "core/permissions.h"
#include "core/store.h"
#include "core/users.h"
#include "mailaccount.h"
#include "mimemessage.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QThread>

namespace recaisse::core::mail {

namespace {

const QString selectReports = QStringLiteral(
    "SELECT id, name, type, frequency, recipients, format, station_code, cashier, category, "
    "enabled, created_by, created_utc, next_run_utc, pending_from, pending_to, last_run_utc, "
    "last_result, last_answer FROM mail_report ");

ScheduledReport reportFrom(const QSqlQuery &q)
{
    ScheduledReport r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.type = reportTypeFromKey(q.value(2).toString()).value_or(ReportType::SalesJournal);
    r.frequency = q.value(3).toString();
    r.recipients = q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.format = q.value(5).toString();
    r.filters = {q.value(6).toString(), q.value(7).toString(), q.value(8).toString()};
    r.enabled = q.value(9).toBool();
    r.createdBy = q.value(10).toString();
    r.createdUtc = fromIsoUtc(q.value(11).toString());
    r.nextRunUtc = fromIsoUtc(q.value(12).toString());
    r.pending.from = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    r.pending.to = QDate::fromString(q.value(14).toString(), Qt::ISODate);
    if (!q.value(15).toString().isEmpty())
        r.lastRunUtc = fromIsoUtc(q.value(15).toString());
    r.lastResult = q.value(16).toString();
    r.lastAnswer = q.value(17).toString();
    return r;
}

// The shop's translator for as long as the object lives.
class ShopLanguage
{
public:
    explicit ShopLanguage(QTranslator *translator)
        : m_translator(
            translator && QCoreApplication::installTranslator(translator) ? translator : nullptr)
    {
    }
    ~ShopLanguage()
    {
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator);
    }
    ShopLanguage(const ShopLanguage &) = delete;
    ShopLanguage &operator=(const ShopLanguage &) = delete;

private:
    QTranslator *m_translator;
};

QString day(const QDate &d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace

ScheduledReports::ScheduledReports(Store &store)
    : m_store(store)
    , m_wait([](int seconds) { QThread::sleep(static_cast<unsigned long>(seconds)); })
    , m_maxAttachmentBytes(MimeMessage::defaultMaxAttachmentBytes)
{
}

Result<ExportSchedule> ScheduledReports::scheduleOf(const QString &frequency)
{
    ExportSchedule s;
    s.at = QTime(6, 0);
    s.day = 1;
    const QString f = frequency.trimmed();
    if (f == QLatin1String("daily")) {
        s.kind = ExportSchedule::Kind::Daily;
        s.covers = QStringLiteral("day");
    } else if (f == QLatin1String("weekly")) {
        s.kind = ExportSchedule::Kind::Weekly;
        s.covers = QStringLiteral("week");
    } else if (f == QLatin1String("monthly")) {
        s.kind = ExportSchedule::Kind::Monthly;
        s.covers = QStringLiteral("month");
    } else if (f.count(QLatin1Char(' ')) >= 4) {
        s.kind = ExportSchedule::Kind::Cron;
        s.cron = f;
        s.covers = QStringLiteral("day");
    } else {
        return Error{ErrorCode::InvalidInput,
            tr("Unknown frequency \"%1\": daily, weekly, monthly or a cron expression "
               "(minute hour day month weekday).")
                .arg(f.left(60))};
    }
    if (auto valid = ExportSchedules::validate(s); !valid)
        return valid.error();
    // A cron expression that never fires (31 February) is refused now, not discovered later.
    if (auto next = ExportSchedules::nextRun(s, QDateTime::currentDateTimeUtc(), QTimeZone::utc());
        !next)
        return next.error();
    return s;
}

EcologicPeriod ScheduledReports::periodBefore(const QString &frequency, const QDate &today)
{
    const auto s = scheduleOf(frequency);
    const auto period =
        ExportSchedules::coveredPeriod(s ? s->covers : QStringLiteral("day"), today);
    return period ? *period : EcologicPeriod{today.addDays(-1), today.addDays(-1)};
}

Result<void> ScheduledReports::validate(const ScheduledReport &report) const
{
    if (report.name.trimmed().isEmpty() || report.name.size() > 80
        || report.name.contains(QLatin1Char(',')) || report.name.contains(QLatin1Char('\n')))
        return Error{ErrorCode::InvalidInput,
            tr("A report needs a name of 1 to 80 characters, without comma.")};
    if (auto s = scheduleOf(report.frequency); !s)
        return s.error();
    if (auto to = MailAddress::parseList(report.recipients.join(QLatin1Char(','))); !to)
        return to.error();
    if (report.format == QLatin1String("pdf") && report.type != ReportType::Kpi)
        return Error{ErrorCode::InvalidInput, tr("Only the key figures report is made as a PDF.")};
    if (report.format != QLatin1String("csv") && report.format != QLatin1String("xlsx")
        && report.format != QLatin1String("pdf"))
        return Error{ErrorCode::InvalidInput, tr("The format must be csv, xlsx or pdf.")};
    if (report.type == ReportType::Ecologic
        && (!report.filters.cashier.isEmpty() || !report.filters.category.isEmpty()
            || !report.filters.stationCode.isEmpty()))
        return Error{ErrorCode::InvalidInput,
            tr("The Ecologic declaration covers the whole site: it takes no filter.")};
    if ((report.type == ReportType::Sessions || report.type == ReportType::Kpi)
        && !report.filters.category.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("This report type has no category filter.")};
    if (report.type == ReportType::Kpi && !report.filters.cashier.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The key figures have no cashier filter.")};
    // The filters name things that exist now (a report of last month stays possible later).
    const EcologicPeriod today{m_store.today(), m_store.today()};
    if (auto table =
            ReportFileBuilder(m_store).table(report.type, report.filters, today, report.createdBy);
        !table)
        return table.error();
    return {};
}

Result<void> ScheduledReports::requireAdmin(const Actor &actor, const QString &what)
{
    if (Users(m_store).may(actor, Permission::ManageSettings))
        return {};
    (void)AuditLog(m_store).record(actor.userId, QStringLiteral("permission.denied"), what);
    return Error{
        ErrorCode::PermissionDenied, tr("Only an administrator can manage the e-mail reports.")};
}

Result<void> ScheduledReports::store(const ScheduledReport &r, bool insert)
{
    Database &db = m_store.db();
    const QString recipients = r.recipients.join(QLatin1Char(','));
    const QString pendingFrom =
        r.pending.from.isValid() ? r.pending.from.toString(Qt::ISODate) : QString();
    const QString pendingTo =
        r.pending.to.isValid() ? r.pending.to.toString(Qt::ISODate) : QString();
    const QString lastRun = r.lastRunUtc.isValid() ? isoUtc(r.lastRunUtc) : QString();
    if (insert) {
        QSqlQuery &q = db.prepared(QStringLiteral(
            "INSERT INTO mail_report (name, type, frequency, recipients, format, station_code, "
            "cashier, category, enabled, created_by, created_utc, next_run_utc, pending_from, "
            "pending_to, last_run_utc, last_result, last_answer) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        return db.exec(q,
            {r.name, toKey(r.type), r.frequency, recipients, r.format, r.filters.stationCode,
                r.filters.cashier, r.filters.category, r.enabled ? 1 : 0, r.createdBy,
                isoUtc(r.createdUtc), isoUtc(r.nextRunUtc), pendingFrom, pendingTo, lastRun,
                r.lastResult, r.lastAnswer});
    }
    QSqlQuery &q = db.prepared(QStringLiteral(
        "UPDATE mail_report SET name = ?, type = ?, frequency = ?, recipients = ?, format = ?, "
        "station_code = ?, cashier = ?, category = ?, enabled = ?, next_run_utc = ?, "
        "pending_from = ?, pending_to = ?, last_run_utc = ?, last_result = ?, last_answer = ? "
        "WHERE id = ?"));
    return db.exec(q,
        {r.name, toKey(r.type), r.frequency, recipients, r.format, r.filters.stationCode,
            r.filters.cashier, r.filters.category, r.enabled ? 1 : 0, isoUtc(r.nextRunUtc),
            pendingFrom, pendingTo, lastRun, r.lastResult, r.lastAnswer, r.id});
}

Result<ScheduledReport> ScheduledReports::add(const Actor &actor, ScheduledReport report)
{
    if (auto allowed = requireAdmin(actor, QStringLiteral("mail.report.add")); !allowed)
        return allowed.error();
    report.name = report.name.trimmed();
    report.createdBy = actor.userId;
    if (auto valid = validate(report); !valid)
        return valid.error();
    if (find(report.name))
        return Error{ErrorCode::Conflict, tr("A report named %1 already exists.").arg(report.name)};
    const QDateTime now = m_store.clock().nowUtc();
    auto next = ExportSchedules::nextRun(*scheduleOf(report.frequency), now, m_store.timeZone());
    if (!next)
        return next.error();
    report.createdUtc = now;
    report.nextRunUtc = *next;
    report.pending = {};
    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    if (auto stored = store(report, true); !stored)
        return stored.error();
    if (auto audited =
            AuditLog(m_store).record(actor.userId, QStringLiteral("mail.report.add"), report.name,
                {{QStringLiteral("type"), toKey(report.type)},
                    {QStringLiteral("frequency"), report.frequency},
                    {QStringLiteral("to"), report.recipients.join(QLatin1Char(','))},
                    {QStringLiteral("format"), report.format}});
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return find(report.name);
}

Result<ScheduledReport> ScheduledReports::edit(
    const Actor &actor, const QString &name, ScheduledReport changed)
{
    if (auto allowed = requireAdmin(actor, QStringLiteral("mail.report.edit")); !allowed)
        return allowed.error();
    auto current = find(name);
    if (!current)
        return current.error();
    changed.id = current->id;
    changed.name = changed.name.trimmed();
    changed.createdBy = current->createdBy;
    if (auto valid = validate(changed); !valid)
        return valid.error();
    if (changed.name.compare(current->name, Qt::CaseInsensitive) != 0 && find(changed.name))
        return Error{
            ErrorCode::Conflict, tr("A report named %1 already exists.").arg(changed.name)};
    changed.createdBy = current->createdBy;
    changed.createdUtc = current->createdUtc;
    changed.pending = current->pending;
    changed.lastRunUtc = current->lastRunUtc;
    changed.lastResult = current->lastResult;
    changed.lastAnswer = current->lastAnswer;
    changed.nextRunUtc = current->nextRunUtc;
    if (changed.frequency != current->frequency) {
        auto next = ExportSchedules::nextRun(
            *scheduleOf(changed.frequency), m_store.clock().nowUtc(), m_store.timeZone());
        if (!next)
            return next.error();
        changed.nextRunUtc = *next;
    }
    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    if (auto stored = store(changed, false); !stored)
        return stored.error();
    if (auto audited =
            AuditLog(m_store).record(actor.userId, QStringLiteral("mail.report.edit"), changed.name,
                {{QStringLiteral("type"), toKey(changed.type)},
                    {QStringLiteral("frequency"), changed.frequency},
                    {QStringLiteral("to"), changed.recipients.join(QLatin1Char(','))},
                    {QStringLiteral("format"), changed.format},
                    {QStringLiteral("enabled"), changed.enabled}});
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return find(changed.name);
}

Result<void> ScheduledReports::setEnabled(const Actor &actor, const QString &name, bool enabled)
{
    auto current = find(name);
    if (!current)
        return current.error();
    ScheduledReport changed = *current;
    changed.enabled = enabled;
    if (auto edited = edit(actor, name, changed); !edited)
        return edited.error();
    return {};
}

Result<void> ScheduledReports::remove(const Actor &actor, const QString &name)
{
    if (auto allowed = requireAdmin(actor, QStringLiteral("mail.report.remove")); !allowed)
        return allowed;
    auto current = find(name);
    if (!current)
        return current.error();
    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    QSqlQuery &q = db.prepared(QStringLiteral("DELETE FROM mail_report WHERE id = ?"));
    if (auto deleted = db.exec(q, {current->id}); !deleted)
        return deleted;
    if (auto audited = AuditLog(m_store).record(
            actor.userId, QStringLiteral("mail.report.remove"), current->name);
        !audited)
        return audited;
    return transaction.commit();
}

Result<QList<ScheduledReport>> ScheduledReports::list() const
{
    Database &db = m_store.db();
    QSqlQuery &q = db.prepared(selectReports + QStringLiteral("ORDER BY name"));
    if (auto r = db.exec(q); !r)
        return r.error();
    QList<ScheduledReport> reports;
    while (q.next())
        reports << reportFrom(q);
    q.finish();
    return reports;
}

Result<ScheduledReport> ScheduledReports::find(const QString &name) const
{
    Database &db = m_store.db();
    QSqlQuery &q = db.prepared(selectReports + QStringLiteral("WHERE name = ?"));
    if (auto r = db.exec(q, {name.trimmed()}); !r)
        return r.error();
    if (!q.next())
        return Error{ErrorCode::NotFound, tr("There is no report named %1.").arg(name.left(80))};
    ScheduledReport report = reportFrom(q);
    q.finish();
    return report;
}

Result<QList<SendLogEntry>> ScheduledReports::log(int limit) const
{
    Database &db = m_store.db();
    QSqlQuery &q = db.prepared(QStringLiteral(
        "SELECT id, at_utc, report_name, recipients, attempt, result, code, "
        "answer, size_bytes, file_name FROM mail_send_log ORDER BY id DESC LIMIT ?"));
    if (auto r = db.exec(q, {limit}); !r)
        return r.error();
    QList<SendLogEntry> entries;
    while (q.next())
        entries << SendLogEntry{q.value(0).toLongLong(), fromIsoUtc(q.value(1).toString()),
            q.value(2).toString(),
            q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts), q.value(4).toInt(),
            q.value(5).toString(), q.value(6).toInt(), q.value(7).toString(),
            q.value(8).toLongLong(), q.value(9).toString()};
    q.finish();
    std::reverse(entries.begin(), entries.end()); // oldest first
    return entries;
}

Result<FailureStreak> ScheduledReports::failureStreak() const
{
    Database &db = m_store.db();
    // report_id 0 is a test message: it ends a streak when accepted, never starts one.
    QSqlQuery &q = db.prepared(QStringLiteral(
        "SELECT id, at_utc, report_name, answer FROM mail_send_log WHERE report_id <> 0 "
        "AND result IN ('temporary', 'permanent', 'refused') AND id > coalesce((SELECT max(id) "
        "FROM mail_send_log WHERE result = 'accepted'), 0) ORDER BY id"));
    if (auto r = db.exec(q); !r)
        return r.error();
    FailureStreak streak;
    while (q.next()) {
        if (streak.count++ == 0) {
            streak.firstLogId = q.value(0).toLongLong();
            streak.sinceUtc = fromIsoUtc(q.value(1).toString());
        }
        streak.lastReport = q.value(2).toString();
        streak.lastAnswer = q.value(3).toString();
    }
    q.finish();
    return streak;
}

QString ScheduledReports::failureWarning() const
{
    const auto streak = failureStreak();
    if (!streak || streak->count < failuresWarning)
        return {};
    return tr("The e-mail reports fail: %n failure(s) in a row since %1, the last for « %2 »: %3. "
              "Check the mail account and the recipients on the Scheduled reports page.",
        nullptr, streak->count)
        .arg(streak->sinceUtc.toTimeZone(m_store.timeZone())
                 .toString(QStringLiteral("dd/MM/yyyy HH:mm")),
            streak->lastReport, streak->lastAnswer.left(300));
}

SmtpSender ScheduledReports::senderFor(SmtpServer server) const
{
    if (m_timeouts.connect > 0)
        server.connectTimeoutSeconds = m_timeouts.connect;
    if (m_timeouts.stall > 0)
        server.stallTimeoutSeconds = m_timeouts.stall;
    if (m_timeouts.total > 0)
        server.timeoutSeconds = m_timeouts.total;
    SmtpSender sender(std::move(server));
    sender.setCancel(m_cancelled);
    return sender;
}

Result<void> ScheduledReports::logAttempt(const ScheduledReport &report, int attempt,
    const QString &result, int code, const QString &answer, const ReportFile &file)
{
    Database &db = m_store.db();
    QSqlQuery &q = db.prepared(QStringLiteral(
        "INSERT INTO mail_send_log (at_utc, report_id, report_name, recipients, attempt, result, "
        "code, answer, size_bytes, file_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    return db.exec(q,
        {isoUtc(m_store.clock().nowUtc()), report.id, report.name,
            report.recipients.join(QLatin1Char(',')), attempt, result, code, answer.left(2000),
            file.data.size(), file.fileName});
}

Result<ReportFile> ScheduledReports::build(
    const ScheduledReport &report, const EcologicPeriod &period) const
{
    return ReportFileBuilder(m_store).build(
        report.name, report.type, report.filters, period, report.format, report.createdBy);
}

Result<ReportFile> ScheduledReports::build(
    const Actor &actor, const ScheduledReport &report, const EcologicPeriod &period) const
{
    if (auto allowed = Users(m_store).require(actor, Permission::ViewReports); !allowed)
        return allowed.error();
    const ShopLanguage language(m_mailTranslator);
    return build(report, period);
}

MailMessage ScheduledReports::compose(
    const ScheduledReport &report, const EcologicPeriod &period, const ReportFile &file) const
{
    MailMessage message;
    message.to = report.recipients;
    //: Subject of a scheduled report's e-mail: shop, report name, first and last day.
    message.subject = tr("%1: %2, %3 to %4")
                          .arg(m_store.site().name, report.name, day(period.from), day(period.to));
    message.body = tr("Hello,\n\nAttached is the report \"%1\" of %2 for %3 to %4 (%5 lines, "
                      "file %6).\n\nThis message was sent automatically by ReCaisse; the report "
                      "and its recipients are set in the administration, page \"Scheduled "
                      "reports\".\n")
                       .arg(report.name, m_store.site().name, day(period.from), day(period.to))
                       .arg(file.rows)
                       .arg(file.fileName);
    if (!file.figuresText.isEmpty())
        //: The key figures report's e-mail: each figure beside the previous period and the same
        //: period last year, before the closing line.
        message.body = tr("Hello,\n\nThe key figures of %1 for %2 to %3 (each beside the "
                          "previous period and the same period last year):\n\n%4\n\nThe PDF or "
                          "spreadsheet %5 is attached.\n\nThis message was sent automatically by "
                          "ReCaisse; the report and its recipients are set in the administration, "
                          "page \"Scheduled reports\".\n")
                           .arg(m_store.site().name, day(period.from), day(period.to),
                               file.figuresText, file.fileName);
    // A demo shop's report says so before anything else, so that its figures are never taken
    // for a shop's.
    if (m_store.isDemo()) {
        message.subject = DemoShop::marked(true, message.subject);
        message.body = DemoShop::notice() + QStringLiteral("\n\n") + message.body;
    }
    message.attachments = {{file.fileName, file.contentType, file.data}};
    return message;
}

Delivery ScheduledReports::deliver(const ScheduledReport &report, const EcologicPeriod &period)
{
    Delivery delivery;
    delivery.reportName = report.name;
    delivery.period = period;
    const auto refuse = [&](const QString &why) {
        delivery.refused = true;
        delivery.last.outcome = SendResult::Outcome::Permanent;
        delivery.last.message = why;
        (void)logAttempt(report, 0, QStringLiteral("refused"), 0, why, delivery.file);
        return delivery;
    };
    std::optional<ShopLanguage> language(std::in_place, m_mailTranslator);
    auto file = build(report, period);
    language.reset();
    if (!file)
        return refuse(file.error().message);
    delivery.file = *file;
    auto server = MailAccount::server(m_store);
    auto account = MailAccount::load(m_store);
    if (!server || !account || !*account)
        return refuse(server ? tr("No mail account is set up.") : server.error().message);

    language.emplace(m_mailTranslator);
    MailMessage message = compose(report, period, delivery.file);
    language.reset();
    message.from = (*account)->from;
    auto bytes = MimeMessage::build(message, m_maxAttachmentBytes);
    if (!bytes)
        return refuse(bytes.error().message);

    SmtpSender sender = senderFor(*server);
    const int maxAttempts = 1 + int(m_retryDelays.size());
    for (int attempt = 1; attempt <= maxAttempts; ++attempt) {
        delivery.last = sender.send(message.from, message.to, *bytes);
        if (cancelled() && !delivery.last.accepted())
            delivery.last.outcome = SendResult::Outcome::Unreachable; // tried at the next start
        if (delivery.last.outcome == SendResult::Outcome::Unreachable) {
            (void)logAttempt(
                report, 0, toKey(delivery.last.outcome), 0, delivery.last.message, delivery.file);
            break;
        }
        delivery.attempts = attempt;
        (void)logAttempt(report, attempt, toKey(delivery.last.outcome), delivery.last.code,
            delivery.last.serverAnswer.isEmpty() ? delivery.last.message
                                                 : delivery.last.serverAnswer,
            delivery.file);
        if (delivery.last.outcome != SendResult::Outcome::Temporary || attempt == maxAttempts)
            break;
        m_wait(m_retryDelays.at(attempt - 1));
        if (cancelled()) {
            delivery.last.outcome = SendResult::Outcome::Unreachable;
            delivery.last.message = SmtpSender::tr(
                "Sending was interrupted (ReCaisse is closing): the message waits for the next "
                "start.");
            (void)logAttempt(
                report, 0, toKey(delivery.last.outcome), 0, delivery.last.message, delivery.file);
            break;
        }
    }
    return delivery;
}

Result<Delivery> ScheduledReports::runNow(
    const Actor &actor, const QString &name, std::optional<EcologicPeriod> period)
{
    if (auto allowed = requireAdmin(actor, QStringLiteral("mail.report.run")); !allowed)
        return allowed.error();
    auto report = find(name);
    if (!report)
        return report.error();
    if (auto server = MailAccount::server(m_store); !server)
        return server.error();
    const EcologicPeriod covered =
        period ? *period : periodBefore(report->frequency, m_store.today());
    Delivery delivery = deliver(*report, covered);
    ScheduledReport after = *report;
    after.lastRunUtc = m_store.clock().nowUtc();
    after.lastResult = delivery.refused ? QStringLiteral("refused") : toKey(delivery.last.outcome);
    after.lastAnswer = delivery.last.message;
    if (delivery.last.outcome == SendResult::Outcome::Unreachable)
        after.pending = covered; // sent by runDue() once the server answers
    else if (after.pending == covered)
        after.pending = {};
    if (auto stored = store(after, false); !stored)
        return stored.error();
    return delivery;
}

Result<QList<Delivery>> ScheduledReports::runDue()
{
    auto reports = list();
    if (!reports)
        return reports.error();
    QList<Delivery> done;
    const QDateTime now = m_store.clock().nowUtc();
    for (ScheduledReport report : std::as_const(*reports)) {
        if (!report.enabled)
            continue;
        if (cancelled())
            break; // the rest stays due
        // One message per report and pass: the period waiting for the network, widened to the
        // slot that came since, so that nothing is lost and nothing is sent twice.
        std::optional<EcologicPeriod> period;
        if (report.pending.from.isValid())
            period = report.pending;
        if (report.nextRunUtc <= now) {
            // However many slots were missed, the report runs once, for the last period.
            const EcologicPeriod covered = periodBefore(report.frequency, m_store.businessDay(now));
            period = period ? EcologicPeriod{std::min(period->from, covered.from),
                         std::max(period->to, covered.to)}
                            : covered;
            auto next =
                ExportSchedules::nextRun(*scheduleOf(report.frequency), now, m_store.timeZone());
            report.nextRunUtc = next ? *next : now.addDays(1);
        }
        if (!period)
            continue;
        Delivery delivery = deliver(report, *period);
        report.lastRunUtc = now;
        report.lastResult =
            delivery.refused ? QStringLiteral("refused") : toKey(delivery.last.outcome);
        report.lastAnswer = delivery.last.message;
        report.pending =
            delivery.last.outcome == SendResult::Outcome::Unreachable ? *period : EcologicPeriod{};
        done << delivery;
        if (auto stored = store(report, false); !stored)
            return stored.error();
    }
    return done;
}

Result<SendResult> ScheduledReports::sendTest(const QString &to)
{
    if (!MailAddress::isValid(to))
        return MailAddress::invalid(to);
    auto server = MailAccount::server(m_store);
    if (!server)
        return server.error();
    auto account = MailAccount::load(m_store);
    if (!account)
        return account.error();
    return sendTest(to, *server, (*account)->from);
}

Result<SendResult> ScheduledReports::sendTest(
    const QString &to, const SmtpServer &server, const QString &from)
{
    if (!MailAddress::isValid(to))
        return MailAddress::invalid(to);
    MailMessage message;
    message.from = from;
    message.to = {to};
    std::optional<ShopLanguage> language(std::in_place, m_mailTranslator);
    message.subject = DemoShop::marked(
        m_store.isDemo(), tr("%1: test message from ReCaisse").arg(m_store.site().name));
    message.body = tr("Hello,\n\nThis test message shows that ReCaisse can send the scheduled "
                      "reports of %1 through the mail server %2.\n")
                       .arg(m_store.site().name, server.host);
    language.reset();
    auto bytes = MimeMessage::build(message);
    if (!bytes)
        return bytes.error();
    SendResult result = senderFor(server).send(message.from, message.to, *bytes);
    ScheduledReport test;
    test.name = QStringLiteral("(test)");
    test.recipients = message.to;
    ReportFile none;
    none.data = *bytes;
    (void)logAttempt(test, result.outcome == SendResult::Outcome::Unreachable ? 0 : 1,
        toKey(result.outcome), result.code,
        result.serverAnswer.isEmpty() ? result.message : result.serverAnswer, none);
    return result;
}

} // namespace recaisse::core::mail
