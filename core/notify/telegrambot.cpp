#include "telegrambot.h"

#include "core/admin/overview.h"
#include "core/categories.h"
#include "core/database.h"
#include "core/deposits.h"
#include "core/ledger.h"
#include "core/money.h"
#include "core/notify/pendingdeposits.h"
#include "core/store.h"
#include "core/sync/secrets.h"
#include "core/sync/syncengine.h"
#include "core/sync/telegram.h"
#include "core/users.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSaveFile>
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

std::optional<Actor> TelegramBot::person(const QString &telegramId)
{
    // The person behind the id: active, of this site.
    QSqlQuery &q = m_store.db().prepared(
        QStringLiteral("SELECT id FROM app_user WHERE telegram_id = ? AND telegram_id <> '' AND "
                       "active = 1 AND site_id = ?"));
    if (!m_store.db().exec(q, {telegramId, m_store.site().id}) || !q.next())
        return std::nullopt;
    const QString userId = q.value(0).toString();
    q.finish();
    const auto user = Users(m_store).find(userId);
    if (!user)
        return std::nullopt;
    return Actor{user->id, user->name, user->role, user->siteId};
}

QString TelegramBot::audioFolder(Store &store)
{
    return QFileInfo(store.db().path()).dir().filePath(QStringLiteral("audio"));
}

QString TelegramBot::voice(const QString &telegramId, const QString &chatId, qint64 updateId,
    const QJsonObject &voice, const sync::TelegramNotifier &bot)
{
    const auto actor = person(telegramId);
    if (!actor)
        return {};
    bool recorded = false;
    const QString reply = voiceDeposit(*actor, telegramId, chatId, updateId, voice, bot, recorded);
    if (!recorded) // a refusal is audited too; a kept message is audited with it
        (void)AuditLog(m_store).record(actor->userId, QStringLiteral("telegram.command"),
            QStringLiteral("voice"),
            {{QStringLiteral("telegram_id"), telegramId}, {QStringLiteral("update_id"), updateId},
                {QStringLiteral("refused"), reply.left(200)}});
    return reply;
}

QString TelegramBot::voiceDeposit(const Actor &actor, const QString &telegramId,
    const QString &chatId, qint64 updateId, const QJsonObject &voice,
    const sync::TelegramNotifier &bot, bool &recorded)
{
    if (!Users(m_store).may(actor, Permission::RecordDeposit))
        return tr("Voice deposits are for the reception team.");
    PendingDeposits deposits(m_store);
    if (auto known = deposits.known(updateId, telegramId); !known || *known)
        return known ? tr("Voice message already received, to be completed at reception.")
                     : known.error().message;
    const int seconds = voice.value(QStringLiteral("duration")).toInt();
    if (seconds > maxVoiceSeconds)
        return tr("This voice message lasts %1 s: send one of %2 s at most.")
            .arg(seconds)
            .arg(maxVoiceSeconds);
    const QString tooLarge =
        tr("This voice message is too large: %1 kB at most.").arg(maxVoiceBytes / 1024);
    if (voice.value(QStringLiteral("file_size")).toInteger() > maxVoiceBytes)
        return tooLarge;
    auto file = bot.call(QStringLiteral("getFile"),
        QJsonObject{{QStringLiteral("file_id"), voice.value(QStringLiteral("file_id"))}});
    if (!file)
        return tr("The voice message could not be fetched: %1").arg(file.error().message);
    auto bytes =
        bot.download(file->toObject().value(QStringLiteral("file_path")).toString(), maxVoiceBytes);
    if (!bytes)
        return bytes.error().code == ErrorCode::InvalidInput
            ? tooLarge
            : tr("The voice message could not be fetched: %1").arg(bytes.error().message);
    // Playable here only as Telegram records voice: Ogg pages of Opus audio.
    if (!bytes->startsWith("OggS") || !bytes->left(512).contains("OpusHead"))
        return tr("This voice message cannot be played (not Ogg/Opus audio): record it again "
                  "with Telegram's microphone button.");

    // Named by the station and the update only: no station code nor Telegram id on the drive.
    const QString name =
        QStringLiteral("telegram-%1-%2.ogg").arg(m_store.station().id).arg(updateId);
    const QString folder = audioFolder(m_store);
    QSaveFile saved(QDir(folder).filePath(name));
    if (!QDir().mkpath(folder) || !saved.open(QIODevice::WriteOnly)
        || saved.write(*bytes) != bytes->size() || !saved.commit())
        return tr("The voice message could not be kept on this station.");

    Transaction transaction(m_store.db());
    if (!transaction.started())
        return transaction.started().error().message;
    PendingDeposit announced;
    announced.updateId = updateId;
    announced.kind = PendingDeposit::Kind::Voice;
    announced.telegramId = telegramId;
    announced.chatId = chatId;
    announced.userId = actor.userId;
    announced.audioFile = saved.fileName();
    announced.audioRemote = QStringLiteral("audio/") + name;
    announced.audioSeconds = seconds;
    bool added = false;
    auto kept = deposits.add(announced, added);
    if (!kept)
        return kept.error().message;
    // To the drive's audio/ folder with the sync (sealed there like every file outside the
    // plain folders), when the site has a drive.
    if (const auto status = sync::SyncEngine::status(m_store); status && status->configured)
        if (auto queued =
                sync::SyncEngine::enqueueUpload(m_store, saved.fileName(), announced.audioRemote);
            !queued)
            return queued.error().message;
    if (auto audited = AuditLog(m_store).record(actor.userId, QStringLiteral("telegram.command"),
            QStringLiteral("voice"),
            {{QStringLiteral("telegram_id"), telegramId}, {QStringLiteral("update_id"), updateId},
                {QStringLiteral("pending"), kept->id}, {QStringLiteral("seconds"), seconds}});
        !audited)
        return audited.error().message;
    if (auto committed = transaction.commit(); !committed)
        return committed.error().message;
    recorded = true;
    return tr("Voice message received (%1 s). The reception will fill in the deposit while "
              "listening to it; it counts once validated.")
        .arg(seconds);
}

QString TelegramBot::answer(
    const QString &telegramId, const QString &text, qint64 updateId, const QString &chatId)
{
    const auto found = person(telegramId);
    if (!found)
        return {};
    const Actor actor = *found;
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
    } else if (command == QLatin1String("/depot")) {
        bool recorded = false;
        reply = deposit(
            actor, telegramId, chatId.isEmpty() ? telegramId : chatId, text, updateId, recorded);
        if (recorded)
            return reply; // audited with the deposit
    } else {
        reply = tr("ReCaisse bot.\n/statut: registers open, the day's takings and the last sync "
                   "(managers)\n/depot 3 kg textile: a deposit received, counted once checked "
                   "at reception (reception team)\n/aide: this help");
    }
    (void)AuditLog(m_store).record(actor.userId, QStringLiteral("telegram.command"),
        command.left(40), {{QStringLiteral("telegram_id"), telegramId}});
    return reply;
}

QString TelegramBot::deposit(const Actor &actor, const QString &telegramId, const QString &chatId,
    const QString &text, qint64 updateId, bool &recorded)
{
    if (!Users(m_store).may(actor, Permission::RecordDeposit))
        return tr("/depot is for the reception team.");
    // "/depot 3 kg textile", "/depot 2,5 kg Vêtements", "/depot 800 g livres.livre"
    static const QRegularExpression form(
        QStringLiteral("^/depot(?:@\\S+)?\\s+(\\d{1,6}(?:[.,]\\d{1,3})?)\\s*(kg|g)\\s+(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString usage = tr("Write for example: /depot 3 kg textile (a weight in kg or g, then "
                             "a category of the shop).");
    const auto match = form.match(text.trimmed());
    if (!match.hasMatch())
        return usage;
    const double amount = match.captured(1).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
    const qint64 grams = qRound64(
        match.captured(2).compare(QLatin1String("kg"), Qt::CaseInsensitive) == 0 ? amount * 1000
                                                                                 : amount);
    if (grams < 1 || grams > maxDepositGrams)
        return tr("The weight must be between 1 g and %1 kg.").arg(maxDepositGrams / 1000);
    // The category by its id or its name, without regard to case or accents.
    const auto plain = [](const QString &name) {
        QString folded = name.normalized(QString::NormalizationForm_D).toCaseFolded();
        folded.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
        return folded.trimmed();
    };
    const QString wanted = plain(match.captured(3));
    std::optional<Category> category;
    for (const Category &candidate : CategoryCatalog(m_store).list())
        if (plain(candidate.id) == wanted || plain(candidate.name) == wanted) {
            category = candidate;
            break;
        }
    if (!category)
        return tr("No category \"%1\" in the shop. %2").arg(match.captured(3).left(60), usage);

    // Kept until the reception checks it: no document, no figure yet.
    Transaction transaction(m_store.db());
    if (!transaction.started())
        return transaction.started().error().message;
    PendingDeposit announced;
    announced.updateId = updateId;
    announced.telegramId = telegramId;
    announced.chatId = chatId;
    announced.userId = actor.userId;
    announced.categoryId = category->id;
    announced.weightGrams = grams;
    bool added = false;
    auto kept = PendingDeposits(m_store).add(announced, added);
    if (!kept)
        return kept.error().message;
    if (!added)
        return tr("Deposit already received, to be checked at reception.");
    if (auto audited = AuditLog(m_store).record(actor.userId, QStringLiteral("telegram.command"),
            QStringLiteral("/depot"),
            {{QStringLiteral("telegram_id"), telegramId}, {QStringLiteral("update_id"), updateId},
                {QStringLiteral("pending"), kept->id}});
        !audited)
        return audited.error().message;
    if (auto committed = transaction.commit(); !committed)
        return committed.error().message;
    recorded = true;
    return tr("Deposit received: %1, %2 kg. It counts once checked at reception.")
        .arg(category->name, QLocale(QLocale::French).toString(double(grams) / 1000.0, 'f', 3));
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
        const QJsonObject voiceMessage = message.value(QStringLiteral("voice")).toObject();
        if (text.isEmpty() && voiceMessage.isEmpty())
            continue;
        const QString chat = QString::number(message.value(QStringLiteral("chat"))
                                                 .toObject()
                                                 .value(QStringLiteral("id"))
                                                 .toInteger());
        const QString reply = voiceMessage.isEmpty() ? answer(from, text, id, chat)
                                                     : voice(from, chat, id, voiceMessage, bot);
        if (reply.isEmpty())
            continue; // not one of the shop: no reply, no data
        if (auto sent = bot.call(QStringLiteral("sendMessage"),
                QJsonObject{{QStringLiteral("chat_id"), chat}, {QStringLiteral("text"), reply}});
            sent)
            ++answered;
    }
    sendDecisions(bot);
    return answered;
}

Result<int> TelegramBot::tellDecisions()
{
    auto token = sync::SecretStore::read(sync::TelegramNotifier::tokenKey());
    if (!token)
        return token.error();
    return sendDecisions(sync::TelegramNotifier(sync::TelegramNotifier::load(m_store), *token));
}

int TelegramBot::sendDecisions(const sync::TelegramNotifier &bot)
{
    PendingDeposits deposits(m_store);
    const auto due = deposits.repliesDue();
    if (!due)
        return 0;
    int told = 0;
    for (const PendingDeposit &decided : *due) {
        // Told once: a failed send is tried again at the next pass.
        if (bot.call(QStringLiteral("sendMessage"),
                QJsonObject{{QStringLiteral("chat_id"), decided.chatId},
                    {QStringLiteral("text"),
                        PendingDeposits::replyFor(decided, m_store.timeZone())}})
            && deposits.markReplied(decided.id))
            ++told;
    }
    return told;
}

} // namespace recaisse::core::notify
