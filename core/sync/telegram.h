#pragma once

// Messages to the admins through a Telegram bot (sync failing for a day, drive full). The bot's
// token is in the keychain; the chat ids and the Bot API address are settings, so tests (and a
// shop behind a proxy) can point it elsewhere.

#include "core/domain.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace recaisse::core {
class Store;
}

namespace recaisse::core::sync {

inline constexpr char defaultTelegramApi[] = "https://api.telegram.org";

struct TelegramSettings
{
    QString apiBaseUrl = QString::fromLatin1(defaultTelegramApi);
    QStringList chatIds;
};

class TelegramNotifier
{
    Q_DECLARE_TR_FUNCTIONS(TelegramNotifier)

public:
    TelegramNotifier(TelegramSettings settings, QString botToken);

    // Sends the text to every chat; fails with the first chat that could not be reached.
    Result<void> send(const QString &text) const;
    // One Bot API call (a JSON POST), its answer's "result"; bounded: 15 s to connect, 30 s in
    // all, an answer of at most maxAnswerBytes.
    Result<QJsonValue> call(const QString &method, const QJsonObject &payload) const;
    static constexpr qsizetype maxAnswerBytes = 256 * 1024;
    // A file of the bot (a voice message) by the file_path getFile gave: a GET of
    // <api>/file/bot<token>/<filePath>, refused (InvalidInput) beyond maxBytes; same time bounds.
    Result<QByteArray> download(const QString &filePath, qsizetype maxBytes) const;

    // Settings kept in the station's database (sync_state), the token in the keychain.
    static TelegramSettings load(Store &store);
    // Saves the settings and, when botToken is not empty, the token: by an administrator
    // (ManageSettings; a refusal is audited), audited; a changed Bot API address only on an
    // administration station (apiEditableHere; a refusal is audited). The keychain may wait for an
    // unlock: not on the UI thread.
    static Result<void> save(Store &store, const Actor &actor, const TelegramSettings &settings,
        const QString &botToken = {});
    static QString tokenKey() { return QStringLiteral("telegram"); }
    // Whether the Bot API address may be changed here: only on an administration station (it
    // travels in the signed site configuration). The token and the chat ids are each station's.
    static bool apiEditableHere(Store &store);
    static QString apiReadOnlyReason();

private:
    TelegramSettings m_settings;
    QString m_token;
};

} // namespace recaisse::core::sync
