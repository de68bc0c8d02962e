#include "remote.h"

#include "httpshared.h"
#include "propfind.h"

#include <curl/curl.h>

#include <mutex>

namespace recaisse::core::sync {

namespace {

// Beyond these, what answers is not an HTTP server worth reading.
constexpr qsizetype maxHeaders = 200;
constexpr qsizetype maxHeaderValue = 4096;

} // namespace

QString toKey(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return QStringLiteral("none");
    case Failure::Network:
        return QStringLiteral("network");
    case Failure::Server:
        return QStringLiteral("server");
    case Failure::RateLimited:
        return QStringLiteral("rate-limited");
    case Failure::Credentials:
        return QStringLiteral("credentials");
    case Failure::Quota:
        return QStringLiteral("quota");
    case Failure::NotFound:
        return QStringLiteral("not-found");
    case Failure::Protocol:
        return QStringLiteral("protocol");
    case Failure::Local:
        return QStringLiteral("local");
    case Failure::Untrusted:
        return QStringLiteral("untrusted");
    }
    return QStringLiteral("none");
}

bool isRetryable(Failure failure)
{
    switch (failure) {
    case Failure::Network:
    case Failure::Server:
    case Failure::RateLimited:
    case Failure::Protocol: // a garbled answer is usually a proxy or a server having a bad minute
    case Failure::NotFound:
        return true;
    case Failure::None:
    case Failure::Credentials:
    case Failure::Quota:
    case Failure::Local:
    case Failure::Untrusted:
        return false;
    }
    return false;
}

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

int retryAfterSeconds(const QByteArray &headerValue)
{
    const QByteArray value = headerValue.trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(qMin<qint64>(seconds, 7 * 24 * 3600));
    const QDateTime when = parseHttpDate(QString::fromLatin1(value));
    if (!when.isValid())
        return -1;
    return int(
        qBound<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when), qint64(7 * 24 * 3600)));
}

bool readHeaderLine(const QByteArray &line, int *status, QHash<QByteArray, QByteArray> *headers)
{
    const QByteArray trimmed = line.trimmed();
    if (trimmed.startsWith("HTTP/")) {
        const QList<QByteArray> parts = trimmed.split(' ');
        *status = parts.size() >= 2 ? parts.at(1).toInt() : 0;
        headers->clear();
    } else if (const qsizetype colon = trimmed.indexOf(':'); colon > 0) {
        if (headers->size() >= maxHeaders)
            return false;
        headers->insert(trimmed.left(colon).trimmed().toLower(),
            trimmed.mid(colon + 1).trimmed().left(maxHeaderValue));
    }
    return true;
}

} // namespace recaisse::core::sync
