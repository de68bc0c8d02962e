#include "telegrambot.h"

#include "core/admin/overview.h"
#include "core/database.h"
#include "core/ledger.h"
#include "core/money.h"
#include "core/store.h"
#include "core/sync/secrets.h"
#include "core/sync/syncengine.h"
#include "core/sync/telegram.h"
#include "core/users.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace recaisse::core::notify {

namespace {

const QString enabledKey = QStringLiteral("telegram_commands");
const QString offsetKey = QStringLiteral("telegram_offset");

} // namespace

TelegramBot::TelegramBot(Store &store)
    : m_store(store)
{
}

bool TelegramBot::enabled(Store &store)
{
    return sync::SyncEngine::state(store, enabledKey) == QLatin1String("1");
}

Result<void> TelegramBot::setEnabled(Store &store, const Actor &actor, bool on)
{
    if (auto allowed = Users(store).require(actor, Permission::ManageSettings); !allowed)
        return allowed;
    Transaction transaction(store.db());
    if (!transaction.started())
        return transaction.started();
    if (auto set = sync::SyncEngine::setState(
            store, enabledKey, on ? QStringLiteral("1") : QStringLiteral("0"));
        !set)
        return set;
    if (auto audited = AuditLog(store).record(actor.userId, QStringLiteral("telegram.commands"),
            on ? QStringLiteral("on") : QStringLiteral("off"));
        !audited)
        return audited;
    return transaction.commit();
}

QString TelegramBot::answer(const QString &telegramId, const QString &text)
{
    // The person behind the id: active, of this site.
    QSqlQuery &q = m_store.db().prepared(
        QStringLiteral("SELECT id FROM app_user WHERE telegram_id = ? AND telegram_id <> '' AND "
                       "active = 1 AND site_id = ?"));
    if (!m_store.db().exec(q, {telegramId, m_store.site().id}) || !q.next())
        return {};
    const QString userId = q.value(0).toString();
    q.finish();
    const auto user = Users(m_store).find(userId);
    if (!user)
        return {};
    const Actor actor{user->id, user->name, user->role, user->siteId};
    const QString command =
        text.trimmed().section(QLatin1Char(' '), 0, 0).section(QLatin1Char('@'), 0, 0).toLower();
    QString reply;
    if (command == QLatin1String("/statut") || command == QLatin1String("/status")) {
        if (!Users(m_store).may(actor, Permission::ViewReports)) {
            reply = tr("/statut is for the managers (administrators and supervisors).");
        } else {
            auto overview = OverviewReport(m_store).compute(actor);
            if (!overview) {
                reply = overview.error().message;
            } else {
                QStringList lines{tr("%1, %2").arg(
                    m_store.site().name, overview->day.toString(QStringLiteral("dd/MM/yyyy")))};
                for (const StationDay &station : std::as_const(overview->stations)) {
                    if (station.kind != StationKind::Register)
                        continue;
                    lines << (station.sessionOpen
                            ? tr("%1: open (%2), %3, %n ticket(s)", nullptr, int(station.tickets))
                                  .arg(station.code, station.operatorName,
                                      money::format(station.takingsCents()))
                            : tr("%1: closed, %2, %n ticket(s)", nullptr, int(station.tickets))
                                  .arg(station.code, money::format(station.takingsCents())));
                }
                lines << tr("Day: %1, %n ticket(s)", nullptr, int(overview->today.tickets))
                             .arg(money::format(overview->today.takingsCents));
                const auto status = sync::SyncEngine::status(m_store);
                lines << (status && status->lastSuccessUtc.isValid()
                        ? tr("Last sync: %1")
                              .arg(status->lastSuccessUtc.toTimeZone(m_store.timeZone())
                                       .toString(QStringLiteral("dd/MM/yyyy HH:mm")))
                        : tr("Last sync: never"));
                reply = lines.join(QLatin1Char('\n'));
            }
        }
    } else {
        reply = tr("ReCaisse bot, read only.\n/statut: registers open, the day's takings and the "
                   "last sync (managers)\n/aide: this help");
    }
    (void)AuditLog(m_store).record(actor.userId, QStringLiteral("telegram.command"),
        command.left(40), {{QStringLiteral("telegram_id"), telegramId}});
    return reply;
}

Result<int> TelegramBot::poll()
{
    auto token = sync::SecretStore::read(sync::TelegramNotifier::tokenKey());
    if (!token)
        return token.error();
    const sync::TelegramNotifier bot(sync::TelegramNotifier::load(m_store), *token);
    const qint64 offset = sync::SyncEngine::state(m_store, offsetKey).toLongLong();
    // No long wait: the worker's pass must stay short; the next pass asks again.
    auto updates = bot.call(QStringLiteral("getUpdates"),
        QJsonObject{{QStringLiteral("offset"), offset}, {QStringLiteral("timeout"), 0},
            {QStringLiteral("limit"), 50}});
    if (!updates)
        return updates.error();
    int answered = 0;
    qint64 next = offset;
    for (const QJsonValue &value : updates->toArray()) {
        const QJsonObject update = value.toObject();
        const qint64 id = update.value(QStringLiteral("update_id")).toInteger();
        if (id < offset)
            continue; // already handled (a stand-in or a proxy that repeats)
        next = std::max(next, id + 1);
        // Handled once, even if the reply fails: the offset is kept before answering.
        if (auto kept = sync::SyncEngine::setState(m_store, offsetKey, QString::number(next));
            !kept)
            return kept.error();
        const QJsonObject message = update.value(QStringLiteral("message")).toObject();
        const QString from = QString::number(message.value(QStringLiteral("from"))
                                                 .toObject()
                                                 .value(QStringLiteral("id"))
                                                 .toInteger());
        const QString text = message.value(QStringLiteral("text")).toString().left(200);
        if (text.isEmpty())
            continue;
        const QString reply = answer(from, text);
        if (reply.isEmpty())
            continue; // not one of the shop: no reply, no data
        const QString chat = QString::number(message.value(QStringLiteral("chat"))
                                                 .toObject()
                                                 .value(QStringLiteral("id"))
                                                 .toInteger());
        if (auto sent = bot.call(QStringLiteral("sendMessage"),
                QJsonObject{{QStringLiteral("chat_id"), chat}, {QStringLiteral("text"), reply}});
            sent)
            ++answered;
    }
    return answered;
}

} // namespace recaisse::core::notify
