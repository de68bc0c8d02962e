#include "notifyconfig.h"

#include "core/database.h"
#include "core/mail/mailaccount.h"
#include "core/notify/notifications.h"
#include "core/store.h"
#include "core/sync/syncengine.h"
#include "core/sync/telegram.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QUrl>

namespace recaisse::core::notify {

namespace {

const QString telegramApiKey = QStringLiteral("telegram_api");

Error invalid(const QString &what)
{
    return Error{ErrorCode::IntegrityFailure,
        NotifyConfig::tr("The published configuration has invalid notification settings (%1).")
            .arg(what)};
}

} // namespace

Result<QJsonObject> NotifyConfig::collect(Store &store)
{
    Database &db = store.db();
    QSqlQuery &q = db.prepared(
        QStringLiteral("SELECT event, enabled, telegram_chats, emails, quiet_from, quiet_to, "
                       "threshold, window_days, since_utc, updated_utc FROM notify_rule "
                       "ORDER BY event"));
    if (auto r = db.exec(q); !r)
        return r.error();
    QJsonArray rules;
    while (q.next())
        rules.append(QJsonObject{{QStringLiteral("event"), q.value(0).toString()},
            {QStringLiteral("enabled"), q.value(1).toInt() != 0},
            {QStringLiteral("telegram_chats"), q.value(2).toString()},
            {QStringLiteral("emails"), q.value(3).toString()},
            {QStringLiteral("quiet_from"), q.value(4).toString()},
            {QStringLiteral("quiet_to"), q.value(5).toString()},
            {QStringLiteral("threshold"), q.value(6).toInt()},
            {QStringLiteral("window_days"), q.value(7).toInt()},
            {QStringLiteral("since_utc"), q.value(8).toString()},
            {QStringLiteral("updated_utc"), q.value(9).toString()}});
    q.finish();
    QJsonObject settings{{QStringLiteral("rules"), rules}};
    const QString api = sync::SyncEngine::state(store, telegramApiKey);
    if (!api.isEmpty())
        settings.insert(QStringLiteral("telegram_api"), api);
    auto account = mail::MailAccount::load(store);
    if (!account)
        return account.error();
    if (*account)
        settings.insert(QStringLiteral("mail_account"),
            QJsonObject{{QStringLiteral("host"), (*account)->host},
                {QStringLiteral("port"), (*account)->port},
                {QStringLiteral("security"), mail::toKey((*account)->security)},
                {QStringLiteral("user"), (*account)->user},
                {QStringLiteral("from"), (*account)->from}});
    return settings;
}

Result<void> NotifyConfig::apply(Store &store, const QJsonObject &settings)
{
    Database &db = store.db();
    // Checked before anything is written.
    const QJsonArray rules = settings.value(QStringLiteral("rules")).toArray();
    for (const QJsonValue &value : rules) {
        const QJsonObject rule = value.toObject();
        if (!fromIsoUtc(rule.value(QStringLiteral("since_utc")).toString()).isValid()
            || rule.value(QStringLiteral("threshold")).toInt(-1) < 0
            || rule.value(QStringLiteral("window_days")).toInt(-1) < 0)
            return invalid(rule.value(QStringLiteral("event")).toString().left(40));
    }
    QString api = sync::SyncEngine::state(store, telegramApiKey);
    if (settings.contains(QStringLiteral("telegram_api"))) {
        api = settings.value(QStringLiteral("telegram_api")).toString();
        const QUrl url(api);
        if (!url.isValid()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            || !url.userName().isEmpty() || !url.password().isEmpty())
            return invalid(tr("the Telegram API address"));
    }
    std::optional<mail::MailAccountSettings> account;
    if (settings.contains(QStringLiteral("mail_account"))) {
        const QJsonObject published = settings.value(QStringLiteral("mail_account")).toObject();
        const auto security =
            mail::smtpSecurityFromKey(published.value(QStringLiteral("security")).toString());
        if (!security)
            return invalid(tr("the mail account"));
        auto local = mail::MailAccount::load(store);
        if (!local)
            return local.error();
        mail::MailAccountSettings given{published.value(QStringLiteral("host")).toString(),
            published.value(QStringLiteral("port")).toInt(), *security,
            published.value(QStringLiteral("user")).toString(),
            published.value(QStringLiteral("from")).toString(),
            *local ? (*local)->caFile : QString()};
        auto valid = mail::MailAccount::validate(given);
        if (!valid)
            return invalid(tr("the mail account"));
        account = *valid;
    }

    if (settings.contains(QStringLiteral("rules"))) {
        if (auto r = db.exec(QStringLiteral("DELETE FROM notify_rule")); !r)
            return r;
        for (const QJsonValue &value : rules) {
            const QJsonObject rule = value.toObject();
            const QString event = rule.value(QStringLiteral("event")).toString();
            if (!eventTypeFromKey(event))
                continue; // an event of a newer version
            QSqlQuery &insert = db.prepared(QStringLiteral(
                "INSERT INTO notify_rule (event, enabled, telegram_chats, emails, quiet_from, "
                "quiet_to, threshold, window_days, since_utc, updated_utc) VALUES (?, ?, ?, ?, "
                "?, ?, ?, ?, ?, ?)"));
            if (auto r = db.exec(insert,
                    {event, rule.value(QStringLiteral("enabled")).toBool() ? 1 : 0,
                        rule.value(QStringLiteral("telegram_chats")).toString(),
                        rule.value(QStringLiteral("emails")).toString(),
                        rule.value(QStringLiteral("quiet_from")).toString(),
                        rule.value(QStringLiteral("quiet_to")).toString(),
                        rule.value(QStringLiteral("threshold")).toInt(),
                        rule.value(QStringLiteral("window_days")).toInt(),
                        rule.value(QStringLiteral("since_utc")).toString(),
                        rule.value(QStringLiteral("updated_utc")).toString()});
                !r)
                return invalid(event.left(40));
        }
    }
    if (settings.contains(QStringLiteral("telegram_api")))
        if (auto r = sync::SyncEngine::setState(store, telegramApiKey, api); !r)
            return r;
    if (account)
        return mail::MailAccount::write(store, *account);
    return {};
}

} // namespace recaisse::core::notify
