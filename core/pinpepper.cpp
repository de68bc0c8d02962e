#include "pinpepper.h"

#include "crypto.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace recaisse::core {

namespace {

struct Held
{
    QMutex mutex;
    QHash<QString, QByteArray> peppers;
};

Held &held()
{
    static Held instance;
    return instance;
}

} // namespace

QByteArray PinPepper::derive(const QByteArray &siteKey, const QString &siteId)
{
    return crypto::hkdf(
        siteKey, QByteArrayLiteral("recaisse-pin-pepper-1"), siteId.toUtf8(), crypto::keyBytes);
}

QByteArray PinPepper::of(const QString &siteId)
{
    QMutexLocker lock(&held().mutex);
    return held().peppers.value(siteId);
}

void PinPepper::remember(const QString &siteId, const QByteArray &siteKey)
{
    if (siteId.isEmpty() || siteKey.size() != crypto::keyBytes)
        return;
    const QByteArray pepper = derive(siteKey, siteId);
    QMutexLocker lock(&held().mutex);
    held().peppers.insert(siteId, pepper);
}

void PinPepper::forget(const QString &siteId)
{
    QMutexLocker lock(&held().mutex);
    held().peppers.remove(siteId);
}

} // namespace recaisse::core
