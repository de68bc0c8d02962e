#pragma once

// Notifications per event type, by Telegram and e-mail: a closing beyond the register's variance
// threshold, repeated variances (N closings beyond the threshold in M days, per register and per
// cashier), refunds unusually many in a business day, a sync failing for too long, no backup for
// too long, free disk space low, an integrity check that found problems, the cash drawer opened
// without a sale too often in a day, another station of the site not heard from for too long, a
// declaration to an eco-organism that failed (its schema check or its writing), an account locked
// after wrong PINs (who and for how long, never a PIN). Each rule is on or
// off, names its recipients (Telegram chat ids of the whitelist, e-mail addresses), may have quiet
// hours (held back, sent when they end) and thresholds. Only what happens after a rule is switched
// on is told, each event once; at most maxPerHour events of a type are told in an hour (the others
// are logged as held back). Every message is logged.
//
// A station tells what its own documents show (the other stations tell theirs), so that a site
// of three registers does not send every message three times; a cashier's repeated variances
// count the closings of every station this one knows.

#include "core/domain.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QTime>

#include <functional>
#include <optional>

namespace recaisse::core {
class Store;
}

namespace recaisse::core::notify {

enum class EventType {
    Variance,
    RepeatedVariances,
    RefundsHigh,
    SyncFailing,
    BackupMissing,
    DiskLow,
    IntegrityFailed,
    DrawerWithoutSale,
    StationSilent,
    ExportFailed,
    AccountLocked,
};
// "variance", "repeated-variances", "refunds-high", "sync-failing", "backup-missing", "disk-low",
// "integrity-failed", "drawer-without-sale", "station-silent", "export-failed", "account-locked"
QString toKey(EventType type);
std::optional<EventType> eventTypeFromKey(const QString &key);

struct EventRule
{
    EventType type = EventType::Variance;
    bool enabled = false;
    QStringList telegramChats;
    QStringList emails;
    // Local times; both invalid: no quiet hours. May wrap past midnight (22:00 to 07:00).
    QTime quietFrom;
    QTime quietTo;
    // repeated-variances: closings (N); refunds-high and drawer-without-sale: times in a day
    // above which it is told; sync-failing, backup-missing and station-silent: hours; disk-low:
    // megabytes free below which it is told.
    int threshold = 0;
    int windowDays = 0; // repeated-variances: the M days
    QDateTime sinceUtc; // events from this instant on (set when the rule is switched on)

    bool inQuietHours(const QTime &local) const;
};

// One thing to tell, found by the rules.
struct Notification
{
    EventType type = EventType::Variance;
    QString key; // identifies the event: told once
    QString text;
};

struct NotifyLogEntry
{
    qint64 id = 0;
    QDateTime atUtc;
    QString event;
    QString key;
    QString channel; // telegram, email
    QString target;
    QString result; // sent, failed, rate-limited
    QString detail;
};

class Notifications
{
    Q_DECLARE_TR_FUNCTIONS(Notifications)

public:
    explicit Notifications(Store &store);

    static QList<EventType> eventTypes();
    static QString label(EventType type); // for people
    static EventRule defaults(EventType type);

    // Every event type, with its defaults when never set.
    Result<QList<EventRule>> rules() const;
    Result<EventRule> rule(EventType type) const;
    // An administrator (ManageSettings) on an administration station: the rules travel with
    // the site configuration (NotifyConfig), the other stations apply them.
    bool mayEdit(const Actor &actor) const;
    // By an administrator where mayEdit (a refusal is audited), audited. Chat ids must be on
    // the Telegram whitelist (the users page), addresses valid, thresholds sensible. Switching
    // a rule on starts it now: nothing older is told.
    Result<void> setRule(const Actor &actor, const EventRule &rule);

    // What the rules that are on find now and was not told yet (quiet hours aside).
    Result<QList<Notification>> pending() const;
    // Tells what is pending, outside each rule's quiet hours; the number of messages sent.
    Result<int> runDue();
    Result<QList<NotifyLogEntry>> log(int limit = 200) const;

    // How a message goes out (tests may replace them; by default the Telegram bot of the sync
    // settings, its token from the keychain, and the mail account).
    using Sender = std::function<Result<void>(const QString &target, const Notification &)>;
    void setTelegramSender(Sender sender) { m_telegram = std::move(sender); }
    void setEmailSender(Sender sender) { m_email = std::move(sender); }
    // Asked between messages and during an e-mail's transfer: true stops (the rest waits).
    void setCancel(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }
    void setMaxPerHour(int events) { m_maxPerHour = events; }
    // The free bytes of the disk holding the database (-1: unknown); by default QStorageInfo.
    void setFreeDiskReader(std::function<qint64()> reader) { m_freeDisk = std::move(reader); }
    static constexpr int defaultMaxPerHour = 5;
    // A message that failed this many times is not tried again.
    static constexpr int maxFailures = 3;

private:
    Result<void> detect(const EventRule &rule, QList<Notification> &found) const;
    Result<void> detectMore(const EventRule &rule, QList<Notification> &found) const;
    qint64 freeDiskBytes() const;
    QString messagePrefix() const;
    QString localTime(const QDateTime &utc) const;
    Result<void> logEntry(const Notification &n, const QString &channel, const QString &target,
        const QString &result, const QString &detail);
    Result<void> sendTelegram(const QString &chat, const Notification &n);
    Result<void> sendEmail(const QString &address, const Notification &n);
    bool cancelled() const { return m_cancelled && m_cancelled(); }

    Store &m_store;
    Sender m_telegram;
    Sender m_email;
    std::function<bool()> m_cancelled;
    std::function<qint64()> m_freeDisk;
    int m_maxPerHour = defaultMaxPerHour;
    std::optional<QString> m_telegramToken; // read once per pass
};

} // namespace recaisse::core::notify
