#include "remote.h"

namespace recaisse::core::sync {

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

} // namespace recaisse::core::sync
