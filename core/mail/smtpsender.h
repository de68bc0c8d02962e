#pragma once

// Sends a built message to an SMTP server through libcurl: plain SMTP, STARTTLS (required, never
// silently skipped) or implicit TLS, the server's certificate always verified, AUTH PLAIN/LOGIN
// when a user is set. The outcome is classified so that the caller knows whether to retry.

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace recaisse::core::mail {

enum class SmtpSecurity { Plain, StartTls, Tls };
QString toKey(SmtpSecurity security); // "plain", "starttls", "tls"
std::optional<SmtpSecurity> smtpSecurityFromKey(const QString &key);

struct SmtpServer
{
    QString host;
    int port = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString user; // empty: no AUTH
    QString password;
    // A PEM file of the certificate authorities to trust instead of the system's (a test
    // server's own certificate, a company's private authority). Empty: the system's store.
    QString caFile;
    // Every wait on the network is bounded: the connection, a server silent for
    // stallTimeoutSeconds (an SMTP server that accepts and never answers), the whole transfer.
    int connectTimeoutSeconds = 20;
    int stallTimeoutSeconds = 30;
    int timeoutSeconds = 120;
};

struct SendResult
{
    enum class Outcome {
        Accepted, // the server took the message for every recipient
        Temporary, // 4xx: try again later
        Permanent, // 5xx, authentication refused, TLS or configuration failure: stop
        Unreachable, // no connection at all (no network, host down): not an attempt
    };
    Outcome outcome = Outcome::Unreachable;
    int code = 0; // the server's last reply code, 0 when it never answered
    QString serverAnswer; // the server's last reply line(s)
    QString message; // one translated sentence for the administrator
    bool accepted() const { return outcome == Outcome::Accepted; }
};
QString toKey(SendResult::Outcome outcome); // "accepted", "temporary", "permanent", "unreachable"

class SmtpSender
{
    Q_DECLARE_TR_FUNCTIONS(SmtpSender)

public:
    explicit SmtpSender(SmtpServer server);

    // One attempt: connects, authenticates, sends envelope and message, and says how it ended.
    SendResult send(const QString &from, const QStringList &recipients, const QByteArray &message);
    // Asked while a transfer runs: true stops it at once (the outcome is Unreachable: not an
    // attempt, the message waits), so that a program closing never waits for a server.
    void setCancel(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }

    // The classification of a finished libcurl transfer (exposed for the unit test).
    static SendResult::Outcome classify(int curlCode, int replyCode);

private:
    SmtpServer m_server;
    std::function<bool()> m_cancelled;
};

} // namespace recaisse::core::mail
