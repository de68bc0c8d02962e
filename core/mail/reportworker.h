#pragma once

// The e-mail reports' and notifications' own background worker: in a thread of its own with its
// own database connection, it sends the reports that are due and the notifications per event
// (core/notify) every minute and when the network comes back,
// apart from the sync worker, so that a slow or silent mail server never delays a sync. Every
// network wait is bounded (SmtpServer), and closing interrupts a transfer or a retry's wait at
// once (what was not sent stays due). After ScheduledReports::failuresWarning failures in a row
// it tells the administrators on Telegram, once per streak. Each pass also answers the bot (on the
// station that runs it) and removes the voice messages past their retention.

#include "core/clock.h"
#include "core/mail/scheduledreports.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

class QTimer;

namespace recaisse::core {
class Store;
}

namespace recaisse::core::mail {

class ReportWorker : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        int intervalSeconds = 60;
        // Seconds between the retries of a message the server refused for now.
        QList<int> retryDelays{5, 15, 45};
    };

    ReportWorker(QString databasePath, const Clock &clock, Settings settings,
        std::shared_ptr<std::atomic_bool> stop);
    ~ReportWorker() override;

public Q_SLOTS:
    void start(); // in the worker's thread: opens the database, arms the timer
    void runDue();
    // The bot's replies to the deposits just decided at this station's reception, without
    // waiting for the next pass (nothing when this station does not run the bot).
    void tellDecisions();

Q_SIGNALS:
    // After each pass: the messages the servers accepted, and the failures in a row.
    void passFinished(int accepted, int failuresInRow);

private:
    void warnIfFailing();
    void tellSummaries(const QList<Delivery> &deliveries);

    QString m_path;
    const Clock &m_clock;
    Settings m_settings;
    std::shared_ptr<std::atomic_bool> m_stop;
    std::unique_ptr<Store> m_store;
    QTimer *m_timer = nullptr;
    bool m_running = false;
};

// Owns the worker's thread: on destruction, interrupts what it is doing, quits and waits.
class ReportService : public QObject
{
    Q_OBJECT

public:
    ReportService(const QString &databasePath, const Clock &clock,
        ReportWorker::Settings settings = ReportWorker::Settings{}, QObject *parent = nullptr);
    ~ReportService() override;

    ReportWorker *worker() const { return m_worker; }
    void runNow();
    void networkBack();
    // A Telegram deposit was just validated or rejected here.
    void depositDecided();

private:
    QThread m_thread;
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
    ReportWorker *m_worker = nullptr;
};

} // namespace recaisse::core::mail
