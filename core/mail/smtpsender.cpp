#include "smtpsender.h"

#include <QFile>
#include <QLoggingCategory>

#include <curl/curl.h>

#include <mutex>

Q_LOGGING_CATEGORY(lcMail, "recaisse.mail")

namespace recaisse::core::mail {

namespace {

struct Upload
{
    const QByteArray *data = nullptr;
    qsizetype offset = 0;
};

size_t readMessage(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const qsizetype left = upload->data->size() - upload->offset;
    const qsizetype n = qMin<qsizetype>(left, qsizetype(size * count));
    memcpy(buffer, upload->data->constData() + upload->offset, size_t(n));
    upload->offset += n;
    return size_t(n);
}

// libcurl hands the server's replies to the debug callback as "header in" data: the last
// reply is what the server said about the step that decided the outcome.
struct Replies
{
    QByteArray last;
    bool open = false; // the last line was "NNN-...": the reply goes on
    bool closing = false; // QUIT was sent: its "221 Bye" says nothing about the message
};

int collectReplies(CURL *, curl_infotype type, char *data, size_t size, void *user)
{
    auto *replies = static_cast<Replies *>(user);
    if (type == CURLINFO_HEADER_OUT && size >= 4 && qstrnicmp(data, "QUIT", 4) == 0)
        replies->closing = true;
    if (type != CURLINFO_HEADER_IN || replies->closing)
        return 0;
    const QByteArray line = QByteArray(data, qsizetype(size)).trimmed();
    if (line.isEmpty())
        return 0;
    if (replies->open && replies->last.size() < 2000)
        replies->last += '\n' + line;
    else
        replies->last = line.left(2000);
    replies->open = line.size() > 3 && line.at(3) == '-';
    return 0;
}

int progress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *cancelled = static_cast<const std::function<bool()> *>(user);
    return (*cancelled && (*cancelled)()) ? 1 : 0;
}

} // namespace

QString toKey(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::Plain:
        return QStringLiteral("plain");
    case SmtpSecurity::StartTls:
        return QStringLiteral("starttls");
    case SmtpSecurity::Tls:
        return QStringLiteral("tls");
    }
    return {};
}

std::optional<SmtpSecurity> smtpSecurityFromKey(const QString &key)
{
    for (SmtpSecurity s : {SmtpSecurity::Plain, SmtpSecurity::StartTls, SmtpSecurity::Tls})
        if (toKey(s) == key)
            return s;
    return std::nullopt;
}

QString toKey(SendResult::Outcome outcome)
{
    switch (outcome) {
    case SendResult::Outcome::Accepted:
        return QStringLiteral("accepted");
    case SendResult::Outcome::Temporary:
        return QStringLiteral("temporary");
    case SendResult::Outcome::Permanent:
        return QStringLiteral("permanent");
    case SendResult::Outcome::Unreachable:
        return QStringLiteral("unreachable");
    }
    return {};
}

SmtpSender::SmtpSender(SmtpServer server)
    : m_server(std::move(server))
{
}

SendResult::Outcome SmtpSender::classify(int curlCode, int replyCode)
{
    if (curlCode == CURLE_OK)
        return SendResult::Outcome::Accepted;
    if (replyCode >= 400 && replyCode < 500)
        return SendResult::Outcome::Temporary;
    if (replyCode >= 500 || curlCode == CURLE_LOGIN_DENIED)
        return SendResult::Outcome::Permanent;
    switch (curlCode) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
        // No reply code: the connection never carried an SMTP answer.
        return replyCode == 0 ? SendResult::Outcome::Unreachable : SendResult::Outcome::Temporary;
    default:
        // Certificate, STARTTLS refused, protocol trouble: retrying the same will not help.
        return SendResult::Outcome::Permanent;
    }
}

SendResult SmtpSender::send(
    const QString &from, const QStringList &recipients, const QByteArray &message)
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });

    SendResult result;
    CURL *curl = curl_easy_init();
    if (!curl) {
        result.outcome = SendResult::Outcome::Permanent;
        result.message = tr("The mail client could not start.");
        return result;
    }
    const QByteArray scheme = m_server.security == SmtpSecurity::Tls ? "smtps" : "smtp";
    // The host in brackets when it is an IPv6 address.
    const QByteArray host = m_server.host.contains(QLatin1Char(':'))
        ? '[' + m_server.host.toUtf8() + ']'
        : m_server.host.toUtf8();
    const QByteArray url = scheme + "://" + host + ':' + QByteArray::number(m_server.port);
    const QByteArray fromBytes = '<' + from.toUtf8() + '>';
    curl_slist *rcpt = nullptr;
    QList<QByteArray> rcptBytes;
    for (const QString &to : recipients) {
        rcptBytes << '<' + to.toUtf8() + '>';
        rcpt = curl_slist_append(rcpt, rcptBytes.last().constData());
    }
    const QByteArray user = m_server.user.toUtf8();
    const QByteArray password = m_server.password.toUtf8();
    const QByteArray caFile = QFile::encodeName(m_server.caFile);
    char errorBuffer[CURL_ERROR_SIZE] = {};
    Replies replies;
    Upload upload{&message, 0};

    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, long(m_server.connectTimeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(m_server.timeoutSeconds));
    // Less than a byte a second for that long: the server hangs.
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, long(m_server.stallTimeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, progress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &m_cancelled);
    if (m_server.security == SmtpSecurity::StartTls)
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
#ifdef Q_OS_WIN
    if (caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_SSL_OPTIONS, long(CURLSSLOPT_NATIVE_CA));
#endif
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, fromBytes.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readMessage);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, collectReplies);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &replies);
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L);

    const CURLcode code = curl_easy_perform(curl);
    long reply = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply);
    curl_slist_free_all(rcpt);
    curl_easy_cleanup(curl);

    result.code = int(reply);
    result.serverAnswer = QString::fromUtf8(replies.last);
    result.outcome = code == CURLE_ABORTED_BY_CALLBACK ? SendResult::Outcome::Unreachable
                                                       : classify(int(code), result.code);
    const QString detail = errorBuffer[0] ? QString::fromUtf8(errorBuffer)
                                          : QString::fromUtf8(curl_easy_strerror(code));
    switch (result.outcome) {
    case SendResult::Outcome::Accepted:
        result.message = tr("The server accepted the message.");
        break;
    case SendResult::Outcome::Temporary:
        result.message = tr("The server refused the message for now (%1): it will be sent "
                            "again later.")
                             .arg(result.serverAnswer.isEmpty() ? detail : result.serverAnswer);
        break;
    case SendResult::Outcome::Permanent:
        if (code == CURLE_LOGIN_DENIED)
            result.message = tr("The server refused the user or the password (%1): check the "
                                "mail account.")
                                 .arg(result.serverAnswer.isEmpty() ? detail : result.serverAnswer);
        else if (code == CURLE_PEER_FAILED_VERIFICATION || code == CURLE_SSL_CACERT_BADFILE
            || code == CURLE_SSL_CONNECT_ERROR)
            result.message =
                tr("The secure connection to the mail server failed (%1): its certificate "
                   "could not be verified.")
                    .arg(detail);
        else if (code == CURLE_USE_SSL_FAILED)
            result.message = tr("The mail server does not offer STARTTLS: choose implicit TLS "
                                "or another port.");
        else
            result.message = tr("The server refused the message (%1): it is not sent again.")
                                 .arg(result.serverAnswer.isEmpty() ? detail : result.serverAnswer);
        break;
    case SendResult::Outcome::Unreachable:
        if (code == CURLE_ABORTED_BY_CALLBACK)
            result.message = tr("Sending was interrupted (ReCaisse is closing): the message "
                                "waits for the next start.");
        else if (code == CURLE_OPERATION_TIMEDOUT && result.code == 0)
            result.message = tr("The mail server %1 does not answer (%2): the message waits "
                                "and is tried again later.")
                                 .arg(m_server.host, detail);
        else
            result.message = tr("The mail server %1 cannot be reached (%2): the message waits "
                                "for the network.")
                                 .arg(m_server.host, detail);
        break;
    }
    qCInfo(lcMail) << "smtp" << toKey(result.outcome) << result.code << detail;
    return result;
}

} // namespace recaisse::core::mail
