#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace recaisse::test {

// The Telegram Bot API played on loopback by tests/support/telegram-standin.py (python3), started
// by the test and stopped by the destructor. The bot token the test expects goes to the script
// through its environment, never its command line.
class TelegramStandIn
{
public:
    explicit TelegramStandIn(QString expectedToken);
    ~TelegramStandIn();
    TelegramStandIn(const TelegramStandIn &) = delete;
    TelegramStandIn &operator=(const TelegramStandIn &) = delete;

    // Starts it; false (errorString() says why) when it did not listen within 10 s. updates:
    // the updates its getUpdates serves (a JSON array; those from the request's offset on).
    bool start(const QByteArray &updates = {});
    QString url() const; // "http://127.0.0.1:<port>"
    // A file the bot can fetch (getFile, then GET /file/bot<token>/voice/<fileId>.oga); before
    // or after start(). fileId: letters, digits, '-' and '_'.
    bool addFile(const QString &fileId, const QByteArray &bytes);
    QString errorString() const { return m_error; }
    qint64 processId() const { return m_process.processId(); }

    struct Call
    {
        QString method;
        bool tokenOk = false; // the token in the path was the expected one
        QJsonObject body;
    };
    // Every call received so far, oldest first.
    QList<Call> calls() const;
    // The sendMessage calls only.
    QList<Call> messages() const;

private:
    QString m_token;
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    QString m_error;
};

} // namespace recaisse::test
