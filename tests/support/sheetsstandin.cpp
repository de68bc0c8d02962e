#include "sheetsstandin.h"

#include "standinprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace recaisse::test {

SheetsStandIn::SheetsStandIn(QString clientEmail)
    : m_email(std::move(clientEmail))
{
}

SheetsStandIn::~SheetsStandIn()
{
    stopStandIn(m_process);
}

bool SheetsStandIn::start()
{
    if (!m_dir.isValid() || !QDir(m_dir.path()).mkpath(QStringLiteral("google"))) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    const QString privatePem = m_dir.filePath(QStringLiteral("key.pem"));
    const QString publicPem = m_dir.filePath(QStringLiteral("public.pem"));
    const auto openssl = [this](const QStringList &arguments) {
        QProcess process;
        process.start(QStringLiteral("openssl"), arguments);
        if (process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit
            && process.exitCode() == 0)
            return true;
        m_error = QStringLiteral("openssl failed: ")
            + QString::fromLocal8Bit(process.readAllStandardError());
        return false;
    };
    if (!openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
            QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:2048"),
            QStringLiteral("-out"), privatePem})
        || !openssl({QStringLiteral("pkey"), QStringLiteral("-in"), privatePem,
            QStringLiteral("-pubout"), QStringLiteral("-out"), publicPem}))
        return false;
    QFile pem(privatePem);
    if (!pem.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read the private key");
        return false;
    }
    m_keyFile = QJsonDocument(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("service_account")},
            {QStringLiteral("project_id"), QStringLiteral("ressourcerie-du-lac")},
            {QStringLiteral("private_key_id"),
                QStringLiteral("0123456789abcdef0123456789abcdef01234567")},
            {QStringLiteral("private_key"), QString::fromLatin1(pem.readAll())},
            {QStringLiteral("client_email"), m_email},
            {QStringLiteral("client_id"), QStringLiteral("123456789012345678901")},
            {QStringLiteral("token_uri"), QStringLiteral("https://oauth2.googleapis.com/token")}})
                    .toJson();

    m_port = startStandIn(m_process,
        {QStringLiteral(RECAISSE_TEST_SUPPORT_DIR "/sheets-standin.py"),
            m_dir.filePath(QStringLiteral("port")), m_dir.filePath(QStringLiteral("google")),
            publicPem, m_email},
        m_dir.filePath(QStringLiteral("port")), m_error);
    return m_port > 0;
}

QString SheetsStandIn::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

bool SheetsStandIn::writeFile(const QString &name, const QByteArray &bytes)
{
    QSaveFile file(m_dir.filePath(QStringLiteral("google/") + name));
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

QJsonObject SheetsStandIn::sheet() const
{
    QFile file(m_dir.filePath(QStringLiteral("google/state.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool SheetsStandIn::setSheet(const QJsonObject &tabs)
{
    return writeFile(QStringLiteral("state.json"), QJsonDocument(tabs).toJson());
}

bool SheetsStandIn::setFaults(const QJsonArray &faults)
{
    return writeFile(QStringLiteral("faults.json"), QJsonDocument(faults).toJson());
}

QList<QJsonObject> SheetsStandIn::requests() const
{
    QList<QJsonObject> requests;
    QFile file(m_dir.filePath(QStringLiteral("google/requests.log")));
    if (!file.open(QIODevice::ReadOnly))
        return requests;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            requests << QJsonDocument::fromJson(line).object();
    }
    return requests;
}

} // namespace recaisse::test
