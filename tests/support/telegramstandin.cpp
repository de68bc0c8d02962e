#include "telegramstandin.h"

#include "standinprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace recaisse::test {

TelegramStandIn::TelegramStandIn(QString expectedToken)
    : m_token(std::move(expectedToken))
{
}

TelegramStandIn::~TelegramStandIn()
{
    stopStandIn(m_process);
}

bool TelegramStandIn::start(const QByteArray &updates)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    QStringList arguments{QStringLiteral(RECAISSE_TEST_SUPPORT_DIR "/telegram-standin.py"),
        m_dir.filePath(QStringLiteral("port")), m_dir.filePath(QStringLiteral("calls.jsonl"))};
    if (!updates.isEmpty()) {
        QFile file(m_dir.filePath(QStringLiteral("updates.json")));
        if (!file.open(QIODevice::WriteOnly) || file.write(updates) != updates.size()) {
            m_error = QStringLiteral("cannot write the updates");
            return false;
        }
        arguments << file.fileName();
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("RECAISSE_TEST_BOT_TOKEN"), m_token);
    environment.insert(
        QStringLiteral("RECAISSE_TEST_BOT_FILES"), m_dir.filePath(QStringLiteral("files")));
    m_process.setProcessEnvironment(environment);
    m_port = startStandIn(m_process, arguments, m_dir.filePath(QStringLiteral("port")), m_error);
    return m_port > 0;
}

bool TelegramStandIn::addFile(const QString &fileId, const QByteArray &bytes)
{
    if (!m_dir.isValid() || !QDir(m_dir.path()).mkpath(QStringLiteral("files")))
        return false;
    QFile file(m_dir.filePath(QStringLiteral("files/") + fileId));
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString TelegramStandIn::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QList<TelegramStandIn::Call> TelegramStandIn::calls() const
{
    QList<Call> calls;
    QFile file(m_dir.filePath(QStringLiteral("calls.jsonl")));
    if (!file.open(QIODevice::ReadOnly))
        return calls;
    while (!file.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        calls << Call{line.value(QStringLiteral("method")).toString(),
            line.value(QStringLiteral("token_ok")).toBool(),
            line.value(QStringLiteral("body")).toObject()};
    }
    return calls;
}

QList<TelegramStandIn::Call> TelegramStandIn::messages() const
{
    QList<Call> messages;
    for (const Call &call : calls())
        if (call.method == QLatin1String("sendMessage"))
            messages << call;
    return messages;
}

} // namespace recaisse::test
