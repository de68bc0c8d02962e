#include "reportworker.h"

#include "core/demoshop.h"
#include "core/notify/notifications.h"
#include "core/notify/pendingdeposits.h"
#include "core/notify/telegrambot.h"
#include "core/store.h"
#include "core/sync/secrets.h"
#include "core/sync/syncengine.h"
#include "core/sync/telegram.h"
#include "scheduledreports.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QTimer>

Q_LOGGING_CATEGORY(lcReportWorker, "recaisse.mail.worker")

namespace recaisse::core::mail {

ReportWorker::ReportWorker(QString databasePath, const Clock &clock, Settings settings,
    std::shared_ptr<std::atomic_bool> stop)
    : m_path(std::move(databasePath))
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_stop(std::move(stop))
{
}

ReportWorker::~ReportWorker() = default;

void ReportWorker::start()
{
    auto store = Store::open(m_path, m_clock, QStringLiteral("mail-worker"));
    if (!store) {
        qCWarning(lcReportWorker) << "e-mail reports disabled:" << store.error().message;
        return;
    }
    m_store = std::move(*store);
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &ReportWorker::runDue);
    m_timer->start(m_settings.intervalSeconds * 1000);
    QTimer::singleShot(1000, this, &ReportWorker::runDue); // what waited while the PC was off
}

void ReportWorker::runDue()
{
    if (!m_store || m_running || m_stop->load())
        return;
    m_running = true;
    ScheduledReports reports(*m_store);
    const auto stop = m_stop;
    reports.setCancel([stop] { return stop->load(); });
    reports.setRetryDelays(m_settings.retryDelays);
    // A retry's wait that ends as soon as the program closes.
    reports.setWait([stop](int seconds) {
        const QDeadlineTimer deadline(qint64(seconds) * 1000);
        while (!deadline.hasExpired() && !stop->load())
            QThread::msleep(100);
    });
    int accepted = 0;
    if (auto sent = reports.runDue(); !sent) {
        qCWarning(lcReportWorker) << "e-mail reports:" << sent.error().message;
    } else {
        for (const Delivery &delivery : std::as_const(*sent))
            accepted += delivery.ok() ? 1 : 0;
        tellSummaries(*sent);
    }
    // The notifications per event, in the same pass: their network waits are bounded too, and
    // never the sync's.
    if (!m_stop->load()) {
        notify::Notifications notifications(*m_store);
        notifications.setCancel([stop] { return stop->load(); });
        if (auto told = notifications.runDue(); !told)
            qCWarning(lcReportWorker) << "notifications:" << told.error().message;
        // The bot's read-only commands, on the station that answers them.
        if (notify::TelegramBot::enabled(*m_store)) {
            if (auto answered = notify::TelegramBot(*m_store).poll(); !answered)
                qCWarning(lcReportWorker) << "telegram bot:" << answered.error().message;
        }
        if (auto removed = notify::PendingDeposits(*m_store).removeOldAudio(); !removed)
            qCWarning(lcReportWorker) << "voice messages:" << removed.error().message;
    }
    m_running = false;
    if (m_stop->load())
        return;
    warnIfFailing();
    const auto streak = reports.failureStreak();
    Q_EMIT passFinished(accepted, streak ? streak->count : 0);
}

void ReportWorker::tellDecisions()
{
    // Within a pass, the pass itself tells them.
    if (!m_store || m_running || m_stop->load() || !notify::TelegramBot::enabled(*m_store))
        return;
    if (auto told = notify::TelegramBot(*m_store).tellDecisions(); !told)
        qCWarning(lcReportWorker) << "telegram bot:" << told.error().message;
}

void ReportWorker::tellSummaries(const QList<Delivery> &deliveries)
{
    // The key figures' short summary on Telegram, once the e-mail was accepted.
    const sync::TelegramSettings settings = sync::TelegramNotifier::load(*m_store);
    if (settings.chatIds.isEmpty())
        return;
    std::optional<QString> token;
    for (const Delivery &delivery : deliveries) {
        if (!delivery.ok() || delivery.file.summary.isEmpty() || m_stop->load())
            continue;
        if (!token) {
            auto read = sync::SecretStore::read(sync::TelegramNotifier::tokenKey());
            if (!read)
                return; // no bot on this station
            token = *read;
        }
        if (auto told = sync::TelegramNotifier(settings, *token).send(delivery.file.summary); !told)
            qCWarning(lcReportWorker) << "telegram summary failed:" << told.error().message;
    }
}

void ReportWorker::warnIfFailing()
{
    auto streak = ScheduledReports(*m_store).failureStreak();
    if (!streak || streak->count < ScheduledReports::failuresWarning)
        return;
    // Once per streak: the first failure's log entry names it.
    const QString key = QStringLiteral("mail_failure_alerted");
    const QString id = QString::number(streak->firstLogId);
    if (sync::SyncEngine::state(*m_store, key) == id)
        return;
    const sync::TelegramSettings settings = sync::TelegramNotifier::load(*m_store);
    auto token = sync::SecretStore::read(sync::TelegramNotifier::tokenKey());
    // Without a bot, the health page and the admin panel's band still say it.
    if (settings.chatIds.isEmpty() || !token)
        return;
    // A demo shop's warning says so, like everything it sends.
    const QString text = DemoShop::marked(m_store->isDemo(),
        ScheduledReports::tr("ReCaisse %1 (%2): the e-mail reports fail (%n failure(s) in a row "
                             "since %3). Last: %4: %5",
            nullptr, streak->count)
            .arg(m_store->station().code, m_store->site().name,
                streak->sinceUtc.toTimeZone(m_store->timeZone())
                    .toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                streak->lastReport, streak->lastAnswer.left(300)));
    if (auto sent = sync::TelegramNotifier(settings, *token).send(text); !sent) {
        qCWarning(lcReportWorker) << "telegram warning failed:" << sent.error().message;
        return; // tried again after the next pass
    }
    (void)sync::SyncEngine::setState(*m_store, key, id);
}

ReportService::ReportService(const QString &databasePath, const Clock &clock,
    ReportWorker::Settings settings, QObject *parent)
    : QObject(parent)
    , m_worker(new ReportWorker(databasePath, clock, std::move(settings), m_stop))
{
    m_thread.setObjectName(QStringLiteral("recaisse-mail"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(&m_thread, &QThread::started, m_worker, &ReportWorker::start);
    m_thread.start(QThread::LowPriority);
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability == QNetworkInformation::Reachability::Online)
                    networkBack();
            });
    }
}

ReportService::~ReportService()
{
    m_stop->store(true); // a transfer or a wait in progress ends now
    m_thread.quit();
    m_thread.wait();
}

void ReportService::runNow()
{
    QMetaObject::invokeMethod(m_worker, &ReportWorker::runDue, Qt::QueuedConnection);
}

void ReportService::depositDecided()
{
    QMetaObject::invokeMethod(m_worker, &ReportWorker::tellDecisions, Qt::QueuedConnection);
}

void ReportService::networkBack()
{
    runNow();
}

} // namespace recaisse::core::mail
