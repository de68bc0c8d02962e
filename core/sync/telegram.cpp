#include "telegram.h"

#include "core/database.h"
#include "core/ledger.h"
#include "core/store.h"
#include "core/users.h"
#include "secrets.h"
#include "stationregistry.h"
#include "syncengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <curl/curl.h>

namespace recaisse::core::sync {

namespace {

size_t collect(char *data, size_t size, size_t count, void *target)
{
    QByteArray *body = static_cast<QByteArray *>(target);
    if (body->size() + qsizetype(size * count) > TelegramNotifier::maxAnswerBytes)
        return 0; // an answer this big is not the Bot API's
    body->append(data, qsizetype(size * count));
    return size * count;
}

struct BoundedBody
{
    QByteArray bytes;
    qsizetype maxBytes = 0;
    bool tooLarge = false;
};

size_t collectBounded(char *data, size_t size, size_t count, void *target)
{
    auto *body = static_cast<BoundedBody *>(target);
    if (body->bytes.size() + qsizetype(size * count) > body->maxBytes) {
        body->tooLarge = true;
        return 0;
    }
    body->bytes.append(data, qsizetype(size * count));
    return size * count;
}

// Runs one bounded transfer (15 s to connect, 30 s in all, http or https only) and frees the
// handle; status: the HTTP status.
CURLcode perform(
    CURL *curl, const QByteArray &url, curl_write_callback write, void *target, long &status)
{
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, write);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, target);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 15L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    const CURLcode code = curl_easy_perform(curl);
    status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    curl_easy_cleanup(curl);
    return code;
}

} // namespace

TelegramNotifier::TelegramNotifier(TelegramSettings settings, QString botToken)
    : m_settings(std::move(settings))
    , m_token(std::move(botToken))
{
}

Result<QJsonValue> TelegramNotifier::call(const QString &method, const QJsonObject &payload) const
{
    if (m_token.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Telegram is not set up (no bot token).")};
    const QByteArray url = m_settings.apiBaseUrl.toUtf8()
        + (m_settings.apiBaseUrl.endsWith(QLatin1Char('/')) ? "" : "/") + "bot"
        + QUrl::toPercentEncoding(m_token, ":") + '/' + method.toLatin1();
    const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    CURL *curl = curl_easy_init();
    if (!curl)
        return Error{ErrorCode::StorageFailure, tr("The HTTP client could not start.")};
    QByteArray answer;
    curl_slist *headers = curl_slist_append(nullptr, "Content-Type: application/json");
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.constData());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.size()));
    long status = 0;
    const CURLcode code = perform(curl, url, collect, &answer, status);
    curl_slist_free_all(headers);
    if (code != CURLE_OK)
        return Error{ErrorCode::StorageFailure,
            tr("Telegram could not be reached: %1")
                .arg(QString::fromUtf8(curl_easy_strerror(code)))};
    const QJsonObject reply = QJsonDocument::fromJson(answer).object();
    if (status != 200 || !reply.value(QStringLiteral("ok")).toBool())
        return Error{ErrorCode::StorageFailure,
            tr("Telegram refused the call %1 (HTTP %2).").arg(method).arg(status)};
    return reply.value(QStringLiteral("result"));
}

Result<QByteArray> TelegramNotifier::download(const QString &filePath, qsizetype maxBytes) const
{
    if (m_token.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Telegram is not set up (no bot token).")};
    if (filePath.isEmpty() || filePath.contains(QLatin1String("..")))
        return Error{ErrorCode::InvalidInput, tr("Telegram gave no usable file.")};
    const QByteArray url = m_settings.apiBaseUrl.toUtf8()
        + (m_settings.apiBaseUrl.endsWith(QLatin1Char('/')) ? "" : "/") + "file/bot"
        + QUrl::toPercentEncoding(m_token, ":") + '/' + QUrl::toPercentEncoding(filePath, "/");
    CURL *curl = curl_easy_init();
    if (!curl)
        return Error{ErrorCode::StorageFailure, tr("The HTTP client could not start.")};
    BoundedBody body{{}, maxBytes, false};
    long status = 0;
    const CURLcode code = perform(curl, url, collectBounded, &body, status);
    if (body.tooLarge)
        return Error{
            ErrorCode::InvalidInput, tr("The file is larger than %1 kB.").arg(maxBytes / 1024)};
    if (code != CURLE_OK)
        return Error{ErrorCode::StorageFailure,
            tr("Telegram could not be reached: %1")
                .arg(QString::fromUtf8(curl_easy_strerror(code)))};
    if (status != 200)
        return Error{ErrorCode::StorageFailure,
            tr("Telegram refused the file download (HTTP %1).").arg(status)};
    return body.bytes;
}

Result<void> TelegramNotifier::send(const QString &text) const
{
    if (m_token.isEmpty() || m_settings.chatIds.isEmpty())
        return Error{
            ErrorCode::InvalidInput, tr("Telegram is not set up (no bot token or no chat id).")};
    for (const QString &chat : m_settings.chatIds) {
        auto sent = call(QStringLiteral("sendMessage"),
            QJsonObject{
                {QStringLiteral("chat_id"), chat}, {QStringLiteral("text"), text.left(4000)}});
        if (!sent)
            return sent.error();
    }
    return {};
}

TelegramSettings TelegramNotifier::load(Store &store)
{
    TelegramSettings settings;
    const QString base = SyncEngine::state(store, QStringLiteral("telegram_api"));
    if (!base.isEmpty())
        settings.apiBaseUrl = base;
    const QString chats = SyncEngine::state(store, QStringLiteral("telegram_chats"));
    settings.chatIds = chats.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return settings;
}

bool TelegramNotifier::apiEditableHere(Store &store)
{
    return StationRegistry::mayEditConfigurationHere(store);
}

QString TelegramNotifier::apiReadOnlyReason()
{
    return tr("The Bot API address is set on an administration station and reaches this one "
              "with the shop's configuration. The bot token and the chat ids are kept on this "
              "station.");
}

Result<void> TelegramNotifier::save(
    Store &store, const Actor &actor, const TelegramSettings &settings, const QString &botToken)
{
    if (auto allowed = Users(store).require(actor, Permission::ManageSettings); !allowed)
        return allowed;
    const QUrl url(settings.apiBaseUrl);
    if (!url.isValid()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return Error{ErrorCode::InvalidInput, tr("The Telegram API address is not valid.")};
    if (!url.userName().isEmpty() || !url.password().isEmpty())
        return Error{ErrorCode::InvalidInput,
            tr("The Telegram API address must not contain a user or a password.")};
    if (!apiEditableHere(store) && settings.apiBaseUrl != load(store).apiBaseUrl) {
        // The administration station publishes the address; the next configuration would
        // overwrite a change made here. The chats and the token stay this station's.
        (void)AuditLog(store).record(actor.userId, QStringLiteral("permission.denied"),
            QStringLiteral("sync.telegram"),
            {{QStringLiteral("reason"), QStringLiteral("not-admin-station")}});
        return Error{ErrorCode::PermissionDenied, apiReadOnlyReason()};
    }
    static const QRegularExpression chatId(QStringLiteral("^-?\\d{1,20}$"));
    for (const QString &chat : settings.chatIds) {
        if (!chatId.match(chat).hasMatch())
            return Error{ErrorCode::InvalidInput,
                tr("\"%1\" is not a Telegram chat id (digits only).").arg(chat.left(40))};
    }
    // The keychain first: settings pointing at a bot whose token was not kept would fail later.
    if (!botToken.isEmpty()) {
        if (auto stored = SecretStore::write(tokenKey(), botToken); !stored)
            return stored;
    }
    Transaction transaction(store.db());
    if (!transaction.started())
        return transaction.started();
    if (auto result =
            SyncEngine::setState(store, QStringLiteral("telegram_api"), settings.apiBaseUrl);
        !result)
        return result;
    if (auto result = SyncEngine::setState(
            store, QStringLiteral("telegram_chats"), settings.chatIds.join(QLatin1Char(',')));
        !result)
        return result;
    if (auto result =
            AuditLog(store).record(actor.userId, QStringLiteral("sync.telegram"), url.host(),
                {{QStringLiteral("chats"), qint64(settings.chatIds.size())},
                    {QStringLiteral("token_changed"), !botToken.isEmpty()}});
        !result)
        return result;
    return transaction.commit();
}

} // namespace recaisse::core::sync
