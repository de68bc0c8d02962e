#include "syncworker.h"

#include "account.h"
#include "backup.h"
#include "chainhead.h"
#include "core/closings.h"
#include "core/exports/ecologicexport.h"
#include "core/exports/exportschedule.h"
#include "core/notify/notifications.h"
#include "core/store.h"
#include "sealedremote.h"
#include "secrets.h"
#include "sheets.h"
#include "siteconfig.h"
#include "telegram.h"

#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimer>

#include <cmath>

Q_LOGGING_CATEGORY(lcSyncWorker, "recaisse.sync.worker")

namespace recaisse::core::sync {

QString toKey(SyncState state)
{
    switch (state) {
    case SyncState::Off:
        return QStringLiteral("off");
    case SyncState::Synced:
        return QStringLiteral("synced");
    case SyncState::Syncing:
        return QStringLiteral("syncing");
    case SyncState::Pending:
        return QStringLiteral("pending");
    case SyncState::Offline:
        return QStringLiteral("offline");
    case SyncState::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("off");
}

SyncWorker::SyncWorker(QString databasePath, const Clock &clock, Settings settings)
    : m_path(std::move(databasePath))
    , m_clock(clock)
    , m_settings(settings)
{
    qRegisterMetaType<SyncSnapshot>();
}

SyncWorker::~SyncWorker() = default;

int SyncWorker::backoffSeconds(
    int failures, const Settings &settings, double jitter, int retryAfter)
{
    const int exponent = std::clamp(failures - 1, 0, 20);
    const double raw = std::min<double>(
        settings.retryMaxSeconds, double(settings.retryBaseSeconds) * std::pow(2.0, exponent));
    const int wait = std::max(1, int(raw * std::clamp(jitter, 0.5, 1.0)));
    return std::max(wait, retryAfter);
}

void SyncWorker::start()
{
    auto store = Store::open(m_path, m_clock, QStringLiteral("sync-worker"));
    if (!store) {
        m_openError = store.error().message;
        qCWarning(lcSyncWorker) << "sync disabled:" << m_openError;
        publish();
        return;
    }
    m_store = std::move(*store);
    m_next = new QTimer(this);
    m_next->setSingleShot(true);
    connect(m_next, &QTimer::timeout, this, &SyncWorker::run);
    m_refresh = new QTimer(this);
    connect(m_refresh, &QTimer::timeout, this, &SyncWorker::publish);
    m_refresh->start(m_settings.statusRefreshSeconds * 1000);
    m_periodEnd = new QTimer(this);
    m_periodEnd->setSingleShot(true);
    connect(m_periodEnd, &QTimer::timeout, this, &SyncWorker::closeEndedPeriods);
    closeEndedPeriods(); // the periods that ended while the program was not running
    publish();
    schedule(5); // soon after start: what was sold offline goes out
}

void SyncWorker::closeEndedPeriods()
{
    if (!m_store)
        return;
    if (auto closed = Closings(*m_store).closeEndedPeriodsAutomatically(); !closed)
        qCWarning(lcSyncWorker) << "automatic closings:" << closed.error().message;
    else if (!closed->isEmpty())
        Q_EMIT periodsClosed(int(closed->size()));
    if (m_periodEnd) {
        // A few seconds after the business midnight; at least a minute, at most an hour, so that
        // a clock moved by hand (or by NTP) is followed.
        const qint64 secs = m_clock.nowUtc().secsTo(Closings(*m_store).nextPeriodEndUtc()) + 5;
        m_periodEnd->start(int(std::clamp<qint64>(secs, 60, 3600) * 1000));
    }
}

void SyncWorker::syncNow()
{
    m_waitingForPerson = false; // a person asked: try even after a refused password
    if (m_store)
        run();
}

void SyncWorker::networkBack()
{
    if (m_store && m_failures > 0 && !m_waitingForPerson)
        schedule(1);
}

void SyncWorker::schedule(int seconds)
{
    if (!m_next)
        return;
    m_nextAttemptUtc = m_clock.nowUtc().addSecs(seconds);
    m_next->start(seconds * 1000);
}

void SyncWorker::run()
{
    if (!m_store || m_running)
        return;
    m_running = true;
    SyncSnapshot syncing;
    syncing.state = SyncState::Syncing;
    if (auto status = SyncEngine::status(*m_store))
        syncing.status = *status;
    Q_EMIT snapshotChanged(syncing);

    // The ended periods close first, so that their closings leave with this pass; scheduled
    // Ecologic exports that are due (or were missed while the PC was off) too.
    closeEndedPeriods();
    {
        EcologicExport exporter(*m_store);
        if (auto runs = ExportSchedules(*m_store).runDue(exporter); !runs)
            qCWarning(lcSyncWorker) << "scheduled exports:" << runs.error().message;
    }
    // The e-mail reports are sent by their own worker (core/mail/reportworker.h): a slow mail
    // server never holds the sync up.

    // The drive is reached only through the sealing layer, with the keys of the keychain.
    auto client = connectSealed();
    SyncReport report;
    if (!client) {
        report.error = client.error();
        if (report.error.failure == Failure::NotFound)
            report.error.failure = Failure::None;
        if (report.error.failure == Failure::None) { // no account: nothing to do, check later
            SheetsSync::publishIfDue(*m_store); // a shop may publish to Google Sheets without one
            m_running = false;
            publish();
            schedule(m_settings.intervalSeconds);
            return;
        }
        SyncEngine::recordRun(*m_store, report, 0);
    } else {
        SyncEngine engine(*m_store, *client->sealed);
        engine.setConfigSteps(&SiteConfig::publish, &SiteConfig::applyLatest);
        report = engine.run();
        // The chain head goes out after what it covers: a reader never sees a head ahead of the
        // segments. Another try comes with the next sync.
        if (report.ok()) {
            if (auto head = ChainHead::publish(*m_store, *client->sealed); !head)
                qCWarning(lcSyncWorker) << "chain head not published:" << head.error().message;
        }
        if (report.ok() && Backup::isDue(*m_store)) {
            // A failure is recorded by upload() for the health page; the log says it too.
            if (auto backup = Backup::upload(*m_store, *client->sealed); !backup)
                qCWarning(lcSyncWorker) << "daily backup failed:" << backup.error().message;
        }
    }
    // The reports in the shop's Google Sheet when due (its outcome is in the sync history).
    SheetsSync::publishIfDue(*m_store);
    m_running = false;

    if (report.ok()) {
        m_failures = 0;
        schedule(m_settings.intervalSeconds);
    } else if (report.error.failure == Failure::Credentials
        || report.error.failure == Failure::Quota || report.error.failure == Failure::Local
        || report.error.failure == Failure::Untrusted) {
        // A person must act: retry only at the normal pace, the badge says what to do.
        m_waitingForPerson = report.error.failure == Failure::Credentials;
        ++m_failures;
        schedule(m_settings.intervalSeconds);
    } else {
        ++m_failures;
        schedule(backoffSeconds(m_failures, m_settings,
            0.5 + QRandomGenerator::global()->generateDouble() / 2,
            report.error.retryAfterSeconds));
    }
    alertIfStale(report);
    alertLocks();
    publish();
}

void SyncWorker::backupNow(const Actor &actor)
{
    if (!m_store)
        return;
    auto client = connectSealed();
    if (!client) {
        Q_EMIT backupFinished(false, client.error().message);
        return;
    }
    auto uploaded = Backup::upload(*m_store, actor, *client->sealed);
    Q_EMIT backupFinished(uploaded.ok(), uploaded ? *uploaded : uploaded.error().message);
    publish();
}

RemoteResult<SealedRemote::Connection> SyncWorker::connectSealed()
{
    if (m_keys)
        return SealedRemote::connect(*m_store, *m_keys);
    auto connection = SealedRemote::connect(*m_store);
    if (connection)
        m_keys = std::make_unique<SiteKeys>(connection->sealed->keys());
    return connection;
}

void SyncWorker::alertIfStale(const SyncReport &report)
{
    if (report.ok() || !m_store)
        return;
    auto status = SyncEngine::status(*m_store);
    if (!status || !status->failingSinceUtc.isValid())
        return;
    const QDateTime lastGood =
        status->lastSuccessUtc.isValid() ? status->lastSuccessUtc : status->failingSinceUtc;
    const bool quota = report.error.failure == Failure::Quota;
    if (!quota && lastGood.secsTo(m_clock.nowUtc()) < qint64(m_settings.alertAfterHours) * 3600)
        return;
    // Once per failing period.
    const QString period =
        isoUtc(status->failingSinceUtc) + (quota ? QStringLiteral("/quota") : QString());
    if (SyncEngine::state(*m_store, QStringLiteral("telegram_alerted")) == period)
        return;
    // A notification rule for failing syncs, when switched on, tells it instead (its own
    // recipients, delay and quiet hours): not twice.
    if (!quota) {
        if (auto rule = notify::Notifications(*m_store).rule(notify::EventType::SyncFailing);
            rule && rule->enabled)
            return;
    }
    const TelegramSettings settings = TelegramNotifier::load(*m_store);
    if (settings.chatIds.isEmpty())
        return;
    auto token = SecretStore::read(TelegramNotifier::tokenKey());
    if (!token)
        return;
    const QString text = quota
        ? tr("ReCaisse %1 (%2): the kDrive is full, nothing can be saved there any more.")
              .arg(m_store->station().code, m_store->site().name)
        : tr("ReCaisse %1 (%2): no successful sync since %3. Last error: %4")
              .arg(m_store->station().code, m_store->site().name,
                  lastGood.toTimeZone(m_store->timeZone())
                      .toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                  report.error.message);
    if (auto sent = TelegramNotifier(settings, *token).send(text); sent)
        (void)SyncEngine::setState(*m_store, QStringLiteral("telegram_alerted"), period);
    else
        qCWarning(lcSyncWorker) << "telegram alert failed:" << sent.error().message;
}

void SyncWorker::alertLocks()
{
    if (!m_store)
        return;
    const QString key = QStringLiteral("telegram_locks_seq");
    const qint64 through = SyncEngine::state(*m_store, key).toLongLong();
    QSqlQuery query(m_store->db().connection());
    query.prepare(QStringLiteral(
        "SELECT seq, target, json_extract(details, '$.minutes') FROM audit_event WHERE "
        "station_id = ? AND action = 'login.lock' AND seq > ? ORDER BY seq LIMIT 50"));
    query.addBindValue(m_store->station().id);
    query.addBindValue(through);
    if (!query.exec())
        return;
    QStringList locks;
    qint64 last = through;
    while (query.next()) {
        last = query.value(0).toLongLong();
        locks << tr("%1 (%n minute(s))", nullptr, query.value(2).toInt())
                     .arg(query.value(1).toString().left(60));
    }
    query.finish();
    if (locks.isEmpty())
        return;
    // The notification rule for locked accounts, when switched on, tells them instead (its own
    // recipients, by Telegram and e-mail): not twice. These are marked as seen all the same.
    if (auto rule = notify::Notifications(*m_store).rule(notify::EventType::AccountLocked);
        rule && rule->enabled) {
        (void)SyncEngine::setState(*m_store, key, QString::number(last));
        return;
    }
    const TelegramSettings settings = TelegramNotifier::load(*m_store);
    auto token = SecretStore::read(TelegramNotifier::tokenKey());
    // Without a bot the health page and the audit trail still show them.
    if (!settings.chatIds.isEmpty() && token) {
        const QString text = tr("ReCaisse %1 (%2): account locked after wrong PINs: %3")
                                 .arg(m_store->station().code, m_store->site().name,
                                     locks.join(QStringLiteral(", ")));
        if (auto sent = TelegramNotifier(settings, *token).send(text); !sent) {
            qCWarning(lcSyncWorker) << "telegram lock alert failed:" << sent.error().message;
            return; // tried again after the next sync
        }
    }
    (void)SyncEngine::setState(*m_store, key, QString::number(last));
}

void SyncWorker::publish()
{
    SyncSnapshot snapshot;
    snapshot.nextAttemptUtc = m_nextAttemptUtc;
    if (!m_store) {
        snapshot.state = SyncState::Error;
        snapshot.status.lastError = m_openError;
        Q_EMIT snapshotChanged(snapshot);
        return;
    }
    auto status = SyncEngine::status(*m_store);
    if (!status)
        return;
    snapshot.status = *status;
    if (m_running)
        snapshot.state = SyncState::Syncing;
    else if (!status->configured)
        snapshot.state = SyncState::Off;
    else if (!status->lastError.isEmpty())
        snapshot.state = isRetryable(status->lastFailure) ? SyncState::Offline : SyncState::Error;
    else if (status->pendingRecords > 0 || status->pendingFiles > 0)
        snapshot.state = SyncState::Pending;
    else
        snapshot.state = SyncState::Synced;
    Q_EMIT snapshotChanged(snapshot);
}

SyncService::SyncService(
    const QString &databasePath, const Clock &clock, SyncWorker::Settings settings, QObject *parent)
    : QObject(parent)
    , m_worker(new SyncWorker(databasePath, clock, settings))
{
    m_thread.setObjectName(QStringLiteral("recaisse-sync"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(&m_thread, &QThread::started, m_worker, &SyncWorker::start);
    m_thread.start(QThread::LowPriority);
    // When the system says the network is back, do not wait for the next slot.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability == QNetworkInformation::Reachability::Online)
                    QMetaObject::invokeMethod(
                        m_worker, &SyncWorker::networkBack, Qt::QueuedConnection);
            });
    }
}

SyncService::~SyncService()
{
    m_thread.quit();
    m_thread.wait();
}

void SyncService::syncNow()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow, Qt::QueuedConnection);
}

void SyncService::backupNow(const Actor &actor)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, actor] { worker->backupNow(actor); }, Qt::QueuedConnection);
}

} // namespace recaisse::core::sync
