#include "notifications.h"

#include "core/admin/health.h"
#include "core/admin/useradmin.h"
#include "core/database.h"
#include "core/demoshop.h"
#include "core/ledger.h"
#include "core/mail/mailaccount.h"
#include "core/mail/mimemessage.h"
#include "core/mail/smtpsender.h"
#include "core/money.h"
#include "core/store.h"
#include "core/sync/secrets.h"
#include "core/sync/stationregistry.h"
#include "core/sync/syncengine.h"
#include "core/sync/telegram.h"
#include "core/users.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStorageInfo>

Q_LOGGING_CATEGORY(lcNotify, "recaisse.notify")

namespace recaisse::core::notify {

namespace {

const char *const eventKeys[] = {"variance", "repeated-variances", "refunds-high", "sync-failing",
    "backup-missing", "disk-low", "integrity-failed", "drawer-without-sale", "station-silent",
    "export-failed", "account-locked"};
constexpr int eventCount = int(sizeof(eventKeys) / sizeof(eventKeys[0]));

constexpr qint64 bytesPerMegabyte = 1'000'000;
constexpr int maxDiskMegabytes = 1'000'000; // 1 TB

QString hhmm(const QTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

} // namespace

QString toKey(EventType type)
{
    return QString::fromLatin1(eventKeys[int(type)]);
}

std::optional<EventType> eventTypeFromKey(const QString &key)
{
    for (int i = 0; i < eventCount; ++i)
        if (key == QLatin1String(eventKeys[i]))
            return EventType(i);
    return std::nullopt;
}

bool EventRule::inQuietHours(const QTime &local) const
{
    if (!quietFrom.isValid() || !quietTo.isValid() || quietFrom == quietTo)
        return false;
    if (quietFrom < quietTo)
        return local >= quietFrom && local < quietTo;
    return local >= quietFrom || local < quietTo; // across midnight
}

Notifications::Notifications(Store &store)
    : m_store(store)
{
}

QList<EventType> Notifications::eventTypes()
{
    QList<EventType> all;
    for (int i = 0; i < eventCount; ++i)
        all << EventType(i);
    return all;
}

QString Notifications::label(EventType type)
{
    switch (type) {
    case EventType::Variance:
        return tr("Closing beyond the variance threshold");
    case EventType::RepeatedVariances:
        return tr("Repeated variances");
    case EventType::RefundsHigh:
        return tr("Many refunds in a day");
    case EventType::SyncFailing:
        return tr("Synchronisation failing");
    case EventType::BackupMissing:
        return tr("No recent backup");
    case EventType::DiskLow:
        return tr("Free disk space low");
    case EventType::IntegrityFailed:
        return tr("Integrity check failed");
    case EventType::DrawerWithoutSale:
        return tr("Drawer opened without a sale");
    case EventType::StationSilent:
        return tr("Station not heard from");
    case EventType::ExportFailed:
        return tr("Eco-organism declaration failed");
    case EventType::AccountLocked:
        return tr("Account locked after wrong PINs");
    }
    return {};
}

EventRule Notifications::defaults(EventType type)
{
    EventRule rule;
    rule.type = type;
    switch (type) {
    case EventType::Variance:
        break;
    case EventType::RepeatedVariances:
        rule.threshold = 3;
        rule.windowDays = 10;
        break;
    case EventType::RefundsHigh:
        rule.threshold = 5;
        break;
    case EventType::SyncFailing:
    case EventType::BackupMissing:
        rule.threshold = 24;
        break;
    case EventType::DiskLow:
        rule.threshold = int(HealthCheck::lowDiskBytes / bytesPerMegabyte);
        break;
    case EventType::DrawerWithoutSale:
        rule.threshold = 5;
        break;
    case EventType::StationSilent:
        rule.threshold = 48;
        break;
    case EventType::IntegrityFailed:
    case EventType::ExportFailed:
    case EventType::AccountLocked:
        break;
    }
    return rule;
}

Result<QList<EventRule>> Notifications::rules() const
{
    QList<EventRule> all;
    for (EventType type : eventTypes()) {
        auto one = rule(type);
        if (!one)
            return one.error();
        all << *one;
    }
    return all;
}

bool Notifications::mayEdit(const Actor &actor) const
{
    return Users(m_store).may(actor, Permission::ManageSettings)
        && sync::StationRegistry::mayEditConfigurationHere(m_store);
}

Result<EventRule> Notifications::rule(EventType type) const
{
    Database &db = m_store.db();
    QSqlQuery &q = db.prepared(
        QStringLiteral("SELECT enabled, telegram_chats, emails, quiet_from, quiet_to, threshold, "
                       "window_days, since_utc FROM notify_rule WHERE event = ?"));
    if (auto r = db.exec(q, {toKey(type)}); !r)
        return r.error();
    EventRule rule = defaults(type);
    if (q.next()) {
        rule.enabled = q.value(0).toBool();
        rule.telegramChats = q.value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        rule.emails = q.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        rule.quietFrom = QTime::fromString(q.value(3).toString(), QStringLiteral("HH:mm"));
        rule.quietTo = QTime::fromString(q.value(4).toString(), QStringLiteral("HH:mm"));
        rule.threshold = q.value(5).toInt();
        rule.windowDays = q.value(6).toInt();
        rule.sinceUtc = fromIsoUtc(q.value(7).toString());
    }
    q.finish();
    return rule;
}

Result<void> Notifications::setRule(const Actor &actor, const EventRule &changed)
{
    if (!mayEdit(actor)) {
        (void)AuditLog(m_store).record(
            actor.userId, QStringLiteral("permission.denied"), QStringLiteral("notify.rule"));
        return Error{ErrorCode::PermissionDenied,
            Users(m_store).may(actor, Permission::ManageSettings)
                ? tr("The notifications are set on an administration station and reach this "
                     "one with the shop's configuration.")
                : tr("Only an administrator can change the notifications.")};
    }
    EventRule rule = changed;
    const QStringList whitelist = UserAdministration(m_store).telegramWhitelist();
    for (const QString &chat : std::as_const(rule.telegramChats)) {
        if (!whitelist.contains(chat))
            return Error{ErrorCode::InvalidInput,
                tr("The Telegram id %1 is not given to anyone of the shop: set it on the users "
                   "page first.")
                    .arg(chat.left(40))};
    }
    for (const QString &address : std::as_const(rule.emails))
        if (!mail::MailAddress::isValid(address))
            return mail::MailAddress::invalid(address);
    if (rule.quietFrom.isValid() != rule.quietTo.isValid())
        return Error{ErrorCode::InvalidInput,
            tr("Quiet hours need a start and an end (for example 22:00 to 07:00).")};
    switch (rule.type) {
    case EventType::RepeatedVariances:
        if (rule.threshold < 2 || rule.threshold > 50 || rule.windowDays < 1
            || rule.windowDays > 366)
            return Error{ErrorCode::InvalidInput,
                tr("Repeated variances need 2 to 50 closings within 1 to 366 days.")};
        break;
    case EventType::RefundsHigh:
        if (rule.threshold < 1 || rule.threshold > 1000)
            return Error{
                ErrorCode::InvalidInput, tr("The number of refunds must be between 1 and 1000.")};
        break;
    case EventType::DrawerWithoutSale:
        if (rule.threshold < 1 || rule.threshold > 1000)
            return Error{ErrorCode::InvalidInput,
                tr("The number of drawer openings must be between 1 and 1000.")};
        break;
    case EventType::DiskLow:
        if (rule.threshold < 1 || rule.threshold > maxDiskMegabytes)
            return Error{ErrorCode::InvalidInput,
                tr("The free space must be between 1 and %1 MB.").arg(maxDiskMegabytes)};
        break;
    case EventType::SyncFailing:
    case EventType::BackupMissing:
    case EventType::StationSilent:
        if (rule.threshold < 1 || rule.threshold > 24 * 30)
            return Error{ErrorCode::InvalidInput, tr("The delay must be between 1 and 720 hours.")};
        break;
    case EventType::Variance:
    case EventType::IntegrityFailed:
    case EventType::ExportFailed:
    case EventType::AccountLocked:
        break;
    }
    if (rule.enabled && rule.telegramChats.isEmpty() && rule.emails.isEmpty())
        return Error{ErrorCode::InvalidInput,
            tr("Give at least one recipient (a Telegram id or an e-mail address).")};
    auto current = this->rule(rule.type);
    if (!current)
        return current.error();
    const QDateTime now = m_store.clock().nowUtc();
    // Switched on now: what happened before is not news.
    rule.sinceUtc = rule.enabled && !current->enabled ? now
        : current->sinceUtc.isValid()                 ? current->sinceUtc
                                                      : now;
    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    QSqlQuery &upsert = db.prepared(QStringLiteral(
        "INSERT INTO notify_rule (event, enabled, telegram_chats, emails, quiet_from, quiet_to, "
        "threshold, window_days, since_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (event) DO UPDATE SET enabled = excluded.enabled, telegram_chats = "
        "excluded.telegram_chats, emails = excluded.emails, quiet_from = excluded.quiet_from, "
        "quiet_to = excluded.quiet_to, threshold = excluded.threshold, window_days = "
        "excluded.window_days, since_utc = excluded.since_utc, updated_utc = "
        "excluded.updated_utc"));
    if (auto r = db.exec(upsert,
            {toKey(rule.type), rule.enabled ? 1 : 0, rule.telegramChats.join(QLatin1Char(',')),
                rule.emails.join(QLatin1Char(',')), hhmm(rule.quietFrom), hhmm(rule.quietTo),
                rule.threshold, rule.windowDays, isoUtc(rule.sinceUtc), isoUtc(now)});
        !r)
        return r;
    if (auto r =
            AuditLog(m_store).record(actor.userId, QStringLiteral("notify.rule"), toKey(rule.type),
                {{QStringLiteral("enabled"), rule.enabled},
                    {QStringLiteral("telegram"), rule.telegramChats.join(QLatin1Char(','))},
                    {QStringLiteral("emails"), rule.emails.join(QLatin1Char(','))},
                    {QStringLiteral("quiet"),
                        QString(hhmm(rule.quietFrom) + QLatin1Char('-') + hhmm(rule.quietTo))},
                    {QStringLiteral("threshold"), rule.threshold},
                    {QStringLiteral("window_days"), rule.windowDays}});
        !r)
        return r;
    return transaction.commit();
}

Result<void> Notifications::detect(const EventRule &rule, QList<Notification> &found) const
{
    Database &db = m_store.db();
    const QString station = m_store.station().id;
    const QString since = isoUtc(rule.sinceUtc);
    const QString prefix = messagePrefix();
    const QDateTime now = m_store.clock().nowUtc();
    const auto local = [this](const QDateTime &utc) { return localTime(utc); };
    // The closings beyond their register's threshold: the rule of SessionSummary::varianceBeyond.
    static const QString beyond = QStringLiteral("abs(c.variance_cents) > c.threshold_cents");
    switch (rule.type) {
    case EventType::Variance: {
        QSqlQuery &q = db.prepared(
            QStringLiteral(
                "SELECT c.seq, d.created_utc, o.cashier_name, c.variance_cents, c.threshold_cents, "
                "c.comment FROM session_close c JOIN document d ON d.station_id = c.station_id AND "
                "d.seq = c.seq JOIN session_open o ON o.station_id = c.station_id AND o.seq = "
                "c.session_seq WHERE c.station_id = ? AND d.created_utc >= ? AND ")
            + beyond + QStringLiteral(" ORDER BY c.seq"));
        if (auto r = db.exec(q, {station, since}); !r)
            return r;
        while (q.next())
            found << Notification{rule.type,
                QStringLiteral("%1:%2").arg(station).arg(q.value(0).toLongLong()),
                prefix
                    + tr("cash session of %1 closed on %2 with a variance of %3 (threshold %4). "
                         "Comment: %5")
                          .arg(q.value(2).toString(), local(fromIsoUtc(q.value(1).toString())),
                              money::format(q.value(3).toLongLong()),
                              money::format(q.value(4).toLongLong()),
                              q.value(5).toString().left(300))};
        q.finish();
        return {};
    }
    case EventType::RepeatedVariances: {
        // Each closing of this register beyond the threshold, with how many of the register's,
        // and of its cashier's on any register, fall in the window ending with it.
        QSqlQuery &q = db.prepared(
            QStringLiteral(
                "SELECT c.seq, d.created_utc, o.cashier_id, o.cashier_name, "
                "(SELECT count(*) FROM session_close c2 JOIN document d2 ON d2.station_id = "
                "c2.station_id AND d2.seq = c2.seq WHERE c2.station_id = c.station_id AND "
                "abs(c2.variance_cents) > c2.threshold_cents AND d2.created_utc <= d.created_utc "
                "AND "
                "d2.created_utc > strftime('%Y-%m-%dT%H:%M:%fZ', d.created_utc, ?)), "
                "(SELECT count(*) FROM session_close c3 JOIN document d3 ON d3.station_id = "
                "c3.station_id AND d3.seq = c3.seq JOIN session_open o3 ON o3.station_id = "
                "c3.station_id AND o3.seq = c3.session_seq WHERE o3.cashier_id = o.cashier_id AND "
                "abs(c3.variance_cents) > c3.threshold_cents AND d3.created_utc <= d.created_utc "
                "AND "
                "d3.created_utc > strftime('%Y-%m-%dT%H:%M:%fZ', d.created_utc, ?)) "
                "FROM session_close c JOIN document d ON d.station_id = c.station_id AND d.seq = "
                "c.seq "
                "JOIN session_open o ON o.station_id = c.station_id AND o.seq = c.session_seq "
                "WHERE c.station_id = ? AND d.created_utc >= ? AND ")
            + beyond + QStringLiteral(" ORDER BY c.seq"));
        // The window ends with each closing; closings before the rule was switched on count
        // (only the closing that completes the series must be new).
        const QString window = QStringLiteral("-%1 days").arg(rule.windowDays);
        if (auto r = db.exec(q, {window, window, station, since}); !r)
            return r;
        while (q.next()) {
            const qint64 seq = q.value(0).toLongLong();
            const QString when = local(fromIsoUtc(q.value(1).toString()));
            if (q.value(4).toInt() >= rule.threshold)
                found << Notification{rule.type,
                    QStringLiteral("register:%1:%2").arg(station).arg(seq),
                    prefix
                        + tr("%n closing(s) beyond the variance threshold on this register "
                             "within %1 day(s), the last on %2.",
                            nullptr, q.value(4).toInt())
                              .arg(rule.windowDays)
                              .arg(when)};
            if (q.value(5).toInt() >= rule.threshold)
                found << Notification{rule.type,
                    QStringLiteral("cashier:%1:%2:%3").arg(q.value(2).toString(), station).arg(seq),
                    prefix
                        + tr("%n closing(s) of %1 beyond the variance threshold within %2 "
                             "day(s), the last on %3.",
                            nullptr, q.value(5).toInt())
                              .arg(q.value(3).toString())
                              .arg(rule.windowDays)
                              .arg(when)};
        }
        q.finish();
        return {};
    }
    case EventType::RefundsHigh: {
        QSqlQuery &q = db.prepared(QStringLiteral(
            "SELECT d.business_day, count(*), sum(r.total_cents) FROM document d JOIN refund r ON "
            "r.station_id = d.station_id AND r.seq = d.seq WHERE d.station_id = ? AND d.kind = "
            "'refund' AND d.business_day >= ? GROUP BY d.business_day HAVING count(*) > ? "
            "ORDER BY d.business_day"));
        if (auto r = db.exec(q,
                {station, m_store.businessDay(rule.sinceUtc).toString(Qt::ISODate),
                    rule.threshold});
            !r)
            return r;
        while (q.next()) {
            const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
            found << Notification{rule.type,
                QStringLiteral("%1:%2").arg(station, q.value(0).toString()),
                prefix
                    + tr("%n refund(s) on %1 (%2 in all), more than the %3 expected in a day.",
                        nullptr, q.value(1).toInt())
                          .arg(day.toString(QStringLiteral("dd/MM/yyyy")),
                              money::format(q.value(2).toLongLong()))
                          .arg(rule.threshold)};
        }
        q.finish();
        return {};
    }
    case EventType::DiskLow:
    case EventType::IntegrityFailed:
    case EventType::DrawerWithoutSale:
    case EventType::StationSilent:
    case EventType::ExportFailed:
    case EventType::AccountLocked:
        return detectMore(rule, found);
    case EventType::SyncFailing:
    case EventType::BackupMissing: {
        auto status = sync::SyncEngine::status(m_store);
        if (!status)
            return status.error();
        if (!status->configured)
            return {};
        const qint64 limit = qint64(rule.threshold) * 3600;
        if (rule.type == EventType::SyncFailing) {
            if (!status->failingSinceUtc.isValid())
                return {};
            const QDateTime lastGood =
                status->lastSuccessUtc.isValid() ? status->lastSuccessUtc : status->failingSinceUtc;
            if (lastGood.secsTo(now) < limit || status->failingSinceUtc < rule.sinceUtc)
                return {};
            found << Notification{rule.type, isoUtc(status->failingSinceUtc),
                prefix
                    + tr("no successful synchronisation since %1. Last error: %2")
                          .arg(local(lastGood), status->lastError.left(300))};
            return {};
        }
        // No backup for too long: counted from the last one, or from when the rule was set.
        const QDateTime last = status->lastBackupUtc;
        const QDateTime from = last.isValid() ? std::max(last, rule.sinceUtc) : rule.sinceUtc;
        if (from.secsTo(now) < limit)
            return {};
        found << Notification{rule.type, last.isValid() ? isoUtc(last) : QStringLiteral("never"),
            prefix
                + (last.isValid()
                        ? tr("no backup since %1: check the synchronisation.").arg(local(last))
                        : tr("no backup has ever been made: check the synchronisation."))};
        return {};
    }
    }
    return {};
}

QString Notifications::messagePrefix() const
{
    // A demo shop's alerts say so, like everything it sends.
    return DemoShop::marked(m_store.isDemo(),
        tr("ReCaisse %1 (%2): ").arg(m_store.station().code, m_store.site().name));
}

QString Notifications::localTime(const QDateTime &utc) const
{
    return utc.toTimeZone(m_store.timeZone()).toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

qint64 Notifications::freeDiskBytes() const
{
    if (m_freeDisk)
        return m_freeDisk();
    const QStorageInfo storage(QFileInfo(m_store.db().path()).absolutePath());
    return storage.isValid() && storage.isReady() ? storage.bytesAvailable() : -1;
}

Result<void> Notifications::detectMore(const EventRule &rule, QList<Notification> &found) const
{
    Database &db = m_store.db();
    const QString station = m_store.station().id;
    const QString since = isoUtc(rule.sinceUtc);
    const QString prefix = messagePrefix();
    const QDateTime now = m_store.clock().nowUtc();
    switch (rule.type) {
    case EventType::DiskLow: {
        // Told once a business day while the space stays low.
        const qint64 free = freeDiskBytes();
        if (free < 0 || free >= qint64(rule.threshold) * bytesPerMegabyte)
            return {};
        const QString day = m_store.today().toString(Qt::ISODate);
        found << Notification{rule.type, QStringLiteral("%1:%2").arg(station, day),
            prefix
                + tr("only %1 MB free on the disk of the database (less than %2 MB). Free some "
                     "space or move the data before the disk is full.")
                      .arg(free / bytesPerMegabyte)
                      .arg(rule.threshold)};
        return {};
    }
    case EventType::IntegrityFailed: {
        // Each check of this station's audit trail that found problems or could not read.
        QSqlQuery &q = db.prepared(QStringLiteral(
            "SELECT seq, at_utc, coalesce(json_extract(details, '$.problems'), 0), "
            "coalesce(json_extract(details, '$.error'), '') FROM audit_event WHERE station_id = ? "
            "AND action = 'integrity.verify' AND at_utc >= ? AND "
            "(coalesce(json_extract(details, '$.problems'), 0) > 0 OR "
            "json_extract(details, '$.error') IS NOT NULL) ORDER BY seq"));
        if (auto r = db.exec(q, {station, since}); !r)
            return r;
        while (q.next()) {
            const QString when = localTime(fromIsoUtc(q.value(1).toString()));
            const int problems = q.value(2).toInt();
            found << Notification{rule.type,
                QStringLiteral("%1:%2").arg(station).arg(q.value(0).toLongLong()),
                prefix
                    + (problems > 0 ? tr("the integrity check of %1 found %n problem(s). See the "
                                         "Audit page and keep the database as it is.",
                           nullptr, problems)
                                          .arg(when)
                                    : tr("the integrity check of %1 could not read the data: %2")
                                          .arg(when, q.value(3).toString().left(300)))};
        }
        q.finish();
        return {};
    }
    case EventType::DrawerWithoutSale: {
        // The openings authorised at this station (CashDrawer), counted per business day.
        QSqlQuery &q = db.prepared(
            QStringLiteral("SELECT at_utc FROM audit_event WHERE station_id = ? AND action = "
                           "'drawer.open' AND at_utc >= ? ORDER BY seq"));
        if (auto r = db.exec(q, {station, since}); !r)
            return r;
        QMap<QDate, int> perDay;
        while (q.next())
            ++perDay[m_store.businessDay(fromIsoUtc(q.value(0).toString()))];
        q.finish();
        for (auto day = perDay.cbegin(); day != perDay.cend(); ++day) {
            if (day.value() <= rule.threshold)
                continue;
            found << Notification{rule.type,
                QStringLiteral("%1:%2").arg(station, day.key().toString(Qt::ISODate)),
                prefix
                    + tr("the cash drawer was opened without a sale %n time(s) on %1, more than "
                         "the %2 expected in a day.",
                        nullptr, day.value())
                          .arg(day.key().toString(QStringLiteral("dd/MM/yyyy")))
                          .arg(rule.threshold)};
        }
        return {};
    }
    case EventType::StationSilent: {
        // Another station of the site (not revoked) is heard from through its records that the
        // sync brings: its newest one here, or when it was added when none came yet.
        QSqlQuery &q = db.prepared(QStringLiteral(
            "SELECT s.id, s.code, s.created_utc, (SELECT j.created_utc FROM journal j WHERE "
            "j.station_id = s.id ORDER BY j.seq DESC LIMIT 1) FROM station s LEFT JOIN "
            "station_registry r ON r.station_id = s.id WHERE s.site_id = ? AND s.is_local = 0 "
            "AND r.revoked_utc IS NULL ORDER BY s.code"));
        if (auto r = db.exec(q, {m_store.site().id}); !r)
            return r;
        const qint64 limit = qint64(rule.threshold) * 3600;
        while (q.next()) {
            const QDateTime newest = fromIsoUtc(q.value(3).toString());
            const QDateTime last = newest.isValid() ? newest : fromIsoUtc(q.value(2).toString());
            // Counted from when the rule was switched on at the earliest.
            const QDateTime from = last.isValid() ? std::max(last, rule.sinceUtc) : rule.sinceUtc;
            if (from.secsTo(now) < limit)
                continue;
            found << Notification{rule.type,
                QStringLiteral("%1:%2").arg(q.value(0).toString(), isoUtc(last)),
                prefix
                    + (newest.isValid()
                            ? tr("nothing from the station %1 since %2 (more than %n hour(s)): "
                                 "check that it is on and synchronising.",
                                nullptr, rule.threshold)
                                  .arg(q.value(1).toString(), localTime(newest))
                            : tr("nothing ever received from the station %1, added on %2 (more "
                                 "than %n hour(s) ago): check that it is on and synchronising.",
                                nullptr, rule.threshold)
                                  .arg(q.value(1).toString(), localTime(last)))};
        }
        q.finish();
        return {};
    }
    case EventType::ExportFailed: {
        // Every failed run of a declaration at this station, by hand or scheduled: its schema
        // check refused it, or it could not be written.
        QSqlQuery &q = db.prepared(
            QStringLiteral("SELECT id, at_utc, format, period_from, period_to, message FROM "
                           "export_run WHERE status = 'failed' AND at_utc >= ? ORDER BY id"));
        if (auto r = db.exec(q, {since}); !r)
            return r;
        while (q.next()) {
            const auto day = [&q](int column) {
                return QDate::fromString(q.value(column).toString(), Qt::ISODate)
                    .toString(QStringLiteral("dd/MM/yyyy"));
            };
            found << Notification{rule.type,
                QStringLiteral("%1:%2").arg(station).arg(q.value(0).toLongLong()),
                prefix
                    + tr("the declaration %1 from %2 to %3 failed on %4: %5")
                          .arg(q.value(2).toString(), day(3), day(4),
                              localTime(fromIsoUtc(q.value(1).toString())),
                              q.value(5).toString().left(600))};
        }
        q.finish();
        return {};
    }
    case EventType::AccountLocked: {
        // Each lock-out recorded at this station (Users::authenticate): who and for how long.
        // The audit event holds no PIN, and neither does the message.
        QSqlQuery &q = db.prepared(QStringLiteral(
            "SELECT seq, at_utc, target, coalesce(json_extract(details, '$.minutes'), 0), "
            "coalesce(json_extract(details, '$.lock'), 1) FROM audit_event WHERE station_id = ? "
            "AND action = 'login.lock' AND at_utc >= ? ORDER BY seq"));
        if (auto r = db.exec(q, {station, since}); !r)
            return r;
        while (q.next()) {
            const int minutes = q.value(3).toInt();
            found << Notification{rule.type,
                QStringLiteral("%1:%2").arg(station).arg(q.value(0).toLongLong()),
                prefix
                    + tr("%1's account was locked on %2 for %n minute(s) after wrong PINs "
                         "(lock %3 since their last login). If it was not them, someone is "
                         "trying PINs: see the Audit page (Logins).",
                        nullptr, minutes)
                          .arg(q.value(2).toString().left(60),
                              localTime(fromIsoUtc(q.value(1).toString())))
                          .arg(q.value(4).toInt())};
        }
        q.finish();
        return {};
    }
    case EventType::Variance:
    case EventType::RepeatedVariances:
    case EventType::RefundsHigh:
    case EventType::SyncFailing:
    case EventType::BackupMissing:
        break;
    }
    return {};
}

Result<QList<Notification>> Notifications::pending() const
{
    auto all = rules();
    if (!all)
        return all.error();
    Database &db = m_store.db();
    QList<Notification> due;
    for (const EventRule &rule : std::as_const(*all)) {
        if (!rule.enabled)
            continue;
        QList<Notification> found;
        if (auto detected = detect(rule, found); !detected)
            return detected.error();
        for (const Notification &n : std::as_const(found)) {
            // Told (or held back by the rate limit) to everyone, or given up: done.
            QSqlQuery &q = db.prepared(QStringLiteral(
                "SELECT sum(result IN ('sent', 'rate-limited')), sum(result = 'failed') FROM "
                "notify_log WHERE event = ? AND event_key = ?"));
            if (auto r = db.exec(q, {toKey(n.type), n.key}); !r)
                return r.error();
            q.next();
            const int done = q.value(0).toInt();
            const int failed = q.value(1).toInt();
            q.finish();
            if (done == 0 && failed < maxFailures)
                due << n;
        }
    }
    return due;
}

Result<void> Notifications::logEntry(const Notification &n, const QString &channel,
    const QString &target, const QString &result, const QString &detail)
{
    Database &db = m_store.db();
    QSqlQuery &q = db.prepared(QStringLiteral(
        "INSERT INTO notify_log (at_utc, event, event_key, channel, target, result, detail, "
        "message) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    return db.exec(q,
        {isoUtc(m_store.clock().nowUtc()), toKey(n.type), n.key, channel, target, result,
            detail.left(1000), n.text.left(4000)});
}

Result<int> Notifications::runDue()
{
    auto due = pending();
    if (!due)
        return due.error();
    if (due->isEmpty())
        return 0;
    Database &db = m_store.db();
    const QDateTime now = m_store.clock().nowUtc();
    const QTime localNow = now.toTimeZone(m_store.timeZone()).time();
    m_telegramToken.reset();
    int sent = 0;
    for (const Notification &n : std::as_const(*due)) {
        if (cancelled())
            break;
        auto rule = this->rule(n.type);
        if (!rule)
            return rule.error();
        if (rule->inQuietHours(localNow))
            continue; // told when the quiet hours end
        // The rate limit: events of this type told in the last hour.
        QSqlQuery &q = db.prepared(QStringLiteral(
            "SELECT count(DISTINCT event_key) FROM notify_log WHERE event = ? AND at_utc > ? "
            "AND result = 'sent'"));
        if (auto r = db.exec(q, {toKey(n.type), isoUtc(now.addSecs(-3600))}); !r)
            return r.error();
        q.next();
        const bool limited = q.value(0).toInt() >= m_maxPerHour;
        q.finish();
        const auto tell = [&](const QString &channel, const QString &target) -> Result<void> {
            if (limited)
                return logEntry(n, channel, target, QStringLiteral("rate-limited"),
                    tr("More than %n event(s) of this type in an hour.", nullptr, m_maxPerHour));
            const bool telegram = channel == QLatin1String("telegram");
            const Sender &given = telegram ? m_telegram : m_email;
            const auto result = given ? given(target, n)
                : telegram            ? sendTelegram(target, n)
                                      : sendEmail(target, n);
            if (result)
                ++sent;
            else
                qCWarning(lcNotify) << toKey(n.type) << channel << result.error().message;
            return logEntry(n, channel, target,
                result ? QStringLiteral("sent") : QStringLiteral("failed"),
                result ? QString() : result.error().message);
        };
        for (const QString &chat : std::as_const(rule->telegramChats))
            if (auto r = tell(QStringLiteral("telegram"), chat); !r)
                return r.error();
        for (const QString &address : std::as_const(rule->emails))
            if (auto r = tell(QStringLiteral("email"), address); !r)
                return r.error();
    }
    return sent;
}

Result<QList<NotifyLogEntry>> Notifications::log(int limit) const
{
    Database &db = m_store.db();
    QSqlQuery &q = db.prepared(
        QStringLiteral("SELECT id, at_utc, event, event_key, channel, target, result, detail FROM "
                       "notify_log ORDER BY id DESC LIMIT ?"));
    if (auto r = db.exec(q, {limit}); !r)
        return r.error();
    QList<NotifyLogEntry> entries;
    while (q.next())
        entries << NotifyLogEntry{q.value(0).toLongLong(), fromIsoUtc(q.value(1).toString()),
            q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
            q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
    q.finish();
    std::reverse(entries.begin(), entries.end());
    return entries;
}

Result<void> Notifications::sendTelegram(const QString &chat, const Notification &n)
{
    if (!m_telegramToken) {
        auto token = sync::SecretStore::read(sync::TelegramNotifier::tokenKey());
        if (!token)
            return token.error().code == ErrorCode::NotFound ? Error{ErrorCode::InvalidInput,
                       tr("No Telegram bot token in this computer's keychain: set it on the "
                          "Synchronisation page.")}
                                                             : token.error();
        m_telegramToken = *token;
    }
    sync::TelegramSettings settings = sync::TelegramNotifier::load(m_store);
    settings.chatIds = {chat};
    return sync::TelegramNotifier(settings, *m_telegramToken).send(n.text);
}

Result<void> Notifications::sendEmail(const QString &address, const Notification &n)
{
    auto server = mail::MailAccount::server(m_store);
    if (!server)
        return server.error();
    auto account = mail::MailAccount::load(m_store);
    if (!account || !*account)
        return Error{ErrorCode::NotFound, tr("No mail account is set up.")};
    mail::MailMessage message;
    message.from = (*account)->from;
    message.to = {address};
    message.subject = tr("%1: %2").arg(m_store.site().name, label(n.type));
    message.body = n.text + QStringLiteral("\n\n")
        + tr("This message was sent by ReCaisse; the notifications are set in the "
             "administration, page \"Notifications\".")
        + QLatin1Char('\n');
    auto bytes = mail::MimeMessage::build(message);
    if (!bytes)
        return bytes.error();
    mail::SmtpSender sender(*server);
    sender.setCancel(m_cancelled);
    const mail::SendResult result = sender.send(message.from, message.to, *bytes);
    if (!result.accepted())
        return Error{ErrorCode::StorageFailure, result.message};
    return {};
}

} // namespace recaisse::core::notify
