#include "sitekeys.h"

#include "core/pinpepper.h"
#include "core/sync/secrets.h"

namespace recaisse::core::sync {

namespace {

QString siteKeyName(const QString &siteId)
{
    return QStringLiteral("site-key/") + siteId;
}

QString signingName(const QString &stationId)
{
    return QStringLiteral("station-signing/") + stationId;
}

QString agreementName(const QString &stationId)
{
    return QStringLiteral("station-agreement/") + stationId;
}

QString encoded(const QByteArray &key)
{
    return QString::fromLatin1(key.toBase64());
}

// A 32-byte key from its keychain text; empty when the text is not exactly that.
QByteArray decoded(const QString &text)
{
    const auto result =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result || result.decoded.size() != crypto::keyBytes)
        return {};
    return result.decoded;
}

Result<QByteArray> readKey(const QString &name)
{
    auto text = SecretStore::read(name);
    if (!text)
        return text.error();
    const QByteArray key = decoded(*text);
    if (key.isEmpty())
        return Error{ErrorCode::IntegrityFailure,
            SiteKeyStore::tr("The keychain entry %1 is not a valid key.").arg(name)};
    return key;
}

} // namespace

bool SiteKeys::isComplete() const
{
    return siteKey.size() == crypto::keyBytes && signing.privateKey.size() == crypto::keyBytes
        && agreement.privateKey.size() == crypto::keyBytes;
}

SiteKeys SiteKeys::create(const QString &siteId, const QString &stationId)
{
    SiteKeys keys = forJoiningStation(siteId, stationId);
    keys.siteKey = crypto::Crypto::newKey();
    return keys;
}

SiteKeys SiteKeys::forJoiningStation(const QString &siteId, const QString &stationId)
{
    SiteKeys keys;
    keys.siteId = siteId;
    keys.stationId = stationId;
    keys.signing = crypto::newSigningKey();
    keys.agreement = crypto::newAgreementKey();
    return keys;
}

Result<void> SiteKeyStore::save(const SiteKeys &keys)
{
    if (keys.siteKey.size() == crypto::keyBytes) {
        if (auto written = SecretStore::write(siteKeyName(keys.siteId), encoded(keys.siteKey));
            !written)
            return written;
        PinPepper::remember(keys.siteId, keys.siteKey);
    }
    if (auto written =
            SecretStore::write(signingName(keys.stationId), encoded(keys.signing.privateKey));
        !written)
        return written;
    return SecretStore::write(agreementName(keys.stationId), encoded(keys.agreement.privateKey));
}

Result<SiteKeys> SiteKeyStore::load(const QString &siteId, const QString &stationId)
{
    SiteKeys keys;
    keys.siteId = siteId;
    keys.stationId = stationId;
    auto signing = readKey(signingName(stationId));
    if (!signing)
        return signing.error();
    auto agreement = readKey(agreementName(stationId));
    if (!agreement)
        return agreement.error();
    keys.signing.privateKey = *signing;
    keys.signing.publicKey = *crypto::signingPublicKey(*signing);
    keys.agreement.privateKey = *agreement;
    keys.agreement.publicKey = *crypto::agreementPublicKey(*agreement);
    // A joining station has its own keys before the site key: that is not an error here.
    auto siteKey = readKey(siteKeyName(siteId));
    if (siteKey) {
        keys.siteKey = *siteKey;
        PinPepper::remember(siteId, keys.siteKey);
    } else if (siteKey.error().code != ErrorCode::NotFound)
        return siteKey.error();
    return keys;
}

Result<void> SiteKeyStore::remove(const QString &siteId, const QString &stationId)
{
    if (auto removed = SecretStore::remove(siteKeyName(siteId)); !removed)
        return removed;
    PinPepper::forget(siteId);
    if (auto removed = SecretStore::remove(signingName(stationId)); !removed)
        return removed;
    return SecretStore::remove(agreementName(stationId));
}

} // namespace recaisse::core::sync
