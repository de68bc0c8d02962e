#pragma once

// Reports sent by e-mail on a schedule ("Rapports programmés"): what (a report type and its
// filters), when (daily, weekly, monthly or a cron expression, in the site's time zone, through
// the Ecologic schedule engine), to whom, and in which format. Every sending attempt is logged.
//
// Sending: up to 1 + retryDelays().size() attempts while the server answers 4xx, waiting between
// them; a 5xx or a refused login stops at once with the server's answer. An unreachable server
// is not an attempt: the report stays due, for the same period, and goes when the network is
// back (runDue()).

#include "core/domain.h"
#include "core/exports/ecologicexport.h"
#include "core/exports/exportschedule.h"
#include "core/result.h"
#include "mimemessage.h"
#include "reportfile.h"
#include "smtpsender.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QTranslator>

#include <functional>
#include <optional>

namespace recaisse::core {
class Store;
}

namespace recaisse::core::mail {

struct ScheduledReport
{
    qint64 id = 0;
    QString name;
    ReportType type = ReportType::SalesJournal;
    QString frequency = QStringLiteral("daily"); // daily, weekly, monthly or a cron expression
    QStringList recipients;
    QString format = QStringLiteral("csv"); // csv or xlsx
    ReportFilters filters;
    bool enabled = true;
    QString createdBy;
    QDateTime createdUtc;
    QDateTime nextRunUtc;
    EcologicPeriod pending; // a period waiting for the network (invalid dates: none)
    QDateTime lastRunUtc;
    QString lastResult; // "", accepted, temporary, permanent, unreachable, refused
    QString lastAnswer;
};

struct SendLogEntry
{
    qint64 id = 0;
    QDateTime atUtc;
    QString reportName;
    QStringList recipients;
    int attempt = 0; // 0: the server could not be reached (not an attempt)
    QString result;
    int code = 0;
    QString answer;
    qint64 sizeBytes = 0;
    QString fileName;
};

// Report sendings that failed one after the other (refused by the server or not built), since
// the last message a server accepted; waits for the network are not failures.
struct FailureStreak
{
    int count = 0;
    qint64 firstLogId = 0; // the first failure's log entry: identifies the streak
    QDateTime sinceUtc;
    QString lastReport;
    QString lastAnswer;
};

// What one sending of a report did.
struct Delivery
{
    QString reportName;
    EcologicPeriod period;
    ReportFile file;
    SendResult last;
    int attempts = 0;
    bool refused = false; // not sent at all (filters, size): last.message says why
    bool ok() const { return last.accepted(); }
};

class ScheduledReports
{
    Q_DECLARE_TR_FUNCTIONS(ScheduledReports)

public:
    explicit ScheduledReports(Store &store);

    // Each needs ManageSettings (a refusal is audited) and is audited.
    Result<ScheduledReport> add(const Actor &actor, ScheduledReport report);
    Result<ScheduledReport> edit(const Actor &actor, const QString &name, ScheduledReport changed);
    Result<void> remove(const Actor &actor, const QString &name);
    Result<void> setEnabled(const Actor &actor, const QString &name, bool enabled);

    Result<QList<ScheduledReport>> list() const;
    Result<ScheduledReport> find(const QString &name) const;
    Result<QList<SendLogEntry>> log(int limit = 200) const;
    // Failures in a row of the scheduled reports (a test message that went through ends a
    // streak too: the account works again).
    Result<FailureStreak> failureStreak() const;
    // From this many failures in a row the administrators are warned (health page, the admin
    // panel's band, Telegram).
    static constexpr int failuresWarning = 3;
    // The warning for the administrators, in one sentence; empty while the reports go out.
    QString failureWarning() const;

    // The e-mail that carries a report's file to its recipients (no sender): its subject and
    // body, in the language installed (deliver installs the shop's), the file attached. A demo
    // shop's says so first, in its subject and before its body (DemoShop).
    MailMessage compose(
        const ScheduledReport &report, const EcologicPeriod &period, const ReportFile &file) const;
    // The report's file for a period, without sending it.
    Result<ReportFile> build(const ScheduledReport &report, const EcologicPeriod &period) const;
    // The same for a person (needs ViewReports; a refusal is audited).
    Result<ReportFile> build(
        const Actor &actor, const ScheduledReport &report, const EcologicPeriod &period) const;
    // Sends now (by hand: needs ManageSettings), for period or else the last complete period of
    // its frequency. An error only when nothing could be tried (no such report, no account).
    Result<Delivery> runNow(
        const Actor &actor, const QString &name, std::optional<EcologicPeriod> period = {});
    // Sends every enabled report whose time has come, and those waiting for the network (one
    // message per report: a waiting period is widened to the slot that came since).
    Result<QList<Delivery>> runDue();
    // A test message to one address through the account, logged like the reports' messages.
    // As `sync test`, no actor: whoever may open this station's database and keychain may
    // check that its account works.
    Result<SendResult> sendTest(const QString &to);
    // The same through a server not saved yet (the account form's "send a test e-mail").
    Result<SendResult> sendTest(const QString &to, const SmtpServer &server, const QString &from);

    // The frequency as the schedule engine's spec; an error for an unknown word, a malformed
    // cron expression or one that never fires.
    static Result<ExportSchedule> scheduleOf(const QString &frequency);
    // The last complete period before day: yesterday for a daily or cron report, last week,
    // last month.
    static EcologicPeriod periodBefore(const QString &frequency, const QDate &day);
    Result<void> validate(const ScheduledReport &report) const;

    // Seconds waited before each retry after a temporary refusal (default 5, 15, 45).
    void setRetryDelays(QList<int> seconds) { m_retryDelays = std::move(seconds); }
    const QList<int> &retryDelays() const { return m_retryDelays; }
    // How waiting is done (the default sleeps; tests and the worker may give their own).
    void setWait(std::function<void(int seconds)> wait) { m_wait = std::move(wait); }
    void setMaxAttachmentBytes(qint64 bytes) { m_maxAttachmentBytes = bytes; }
    // Asked between reports, between attempts and during a transfer: true stops sending (what
    // was not sent stays due). Given by the background worker, so that closing never waits.
    void setCancel(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }
    // Replaces the account's network bounds (seconds; 0 keeps the account's).
    void setTimeouts(int connectSeconds, int stallSeconds, int totalSeconds)
    {
        m_timeouts = {connectSeconds, stallSeconds, totalSeconds};
    }
    // The e-mails and files are the shop's papers, in its language. A program whose own
    // messages are in another language (recaisse-cli) gives the shop's translator: it is
    // installed only while a message and its file are written. None: the installed ones.
    void setMailTranslator(QTranslator *translator) { m_mailTranslator = translator; }

private:
    Delivery deliver(const ScheduledReport &report, const EcologicPeriod &period);
    Result<void> requireAdmin(const Actor &actor, const QString &what);
    Result<void> logAttempt(const ScheduledReport &report, int attempt, const QString &result,
        int code, const QString &answer, const ReportFile &file);
    Result<void> store(const ScheduledReport &report, bool insert);
    SmtpSender senderFor(SmtpServer server) const;
    bool cancelled() const { return m_cancelled && m_cancelled(); }

    Store &m_store;
    QList<int> m_retryDelays{5, 15, 45};
    std::function<void(int)> m_wait;
    std::function<bool()> m_cancelled;
    struct
    {
        int connect = 0;
        int stall = 0;
        int total = 0;
    } m_timeouts;
    qint64 m_maxAttachmentBytes;
    QTranslator *m_mailTranslator = nullptr;
};

} // namespace recaisse::core::mail
