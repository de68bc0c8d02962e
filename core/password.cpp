#include "password.h"

#include <QList>
#include <QRandomGenerator>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <array>
#include <cstring>
#include <optional>

namespace recaisse::core::password {

namespace {

const QString algorithm = QStringLiteral("pbkdf2-sha256");
constexpr int saltBytes = 16;
constexpr int keyBytes = 32;
// Bounds a stored string must respect: more iterations than this is a corrupted or hostile value
// that would freeze the station while it is checked.
constexpr int minIterations = 1;
constexpr int maxIterations = 10'000'000;
constexpr qsizetype maxSaltBytes = 256;

QByteArray deriveKey(const QByteArray &secret, const QByteArray &salt, int iterations)
{
    QByteArray key(keyBytes, '\0');
    const int ok = PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()),
        reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()), iterations,
        EVP_sha256(), keyBytes, reinterpret_cast<unsigned char *>(key.data()));
    if (ok != 1)
        return {};
    return key;
}

QByteArray randomSalt()
{
    std::array<quint32, saltBytes / sizeof(quint32)> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    QByteArray salt(saltBytes, '\0');
    std::memcpy(salt.data(), words.data(), saltBytes);
    return salt;
}

// Strict decoding: anything that is not clean base64 makes the stored string malformed.
std::optional<QByteArray> decodeBase64(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z')
            || (u >= u'0' && u <= u'9') || u == u'+' || u == u'/' || u == u'=';
        if (!allowed)
            return std::nullopt;
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

std::optional<int> parseIterations(QStringView text)
{
    // Plain decimal digits only: no sign, no spaces, no leading zero, at most 8 digits, which keeps
    // the conversion far from any overflow.
    if (text.isEmpty() || text.size() > 8 || text.front() == u'0')
        return std::nullopt;
    int value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    if (value < minIterations || value > maxIterations)
        return std::nullopt;
    return value;
}

} // namespace

QString hash(const QString &secret, int iterations)
{
    iterations = qBound(minIterations, iterations, maxIterations);
    const QByteArray salt = randomSalt();
    const QByteArray key = deriveKey(secret.toUtf8(), salt, iterations);
    if (key.isEmpty())
        return {}; // verify() rejects an empty stored string, so nobody gets in
    return algorithm + QLatin1Char('$') + QString::number(iterations) + QLatin1Char('$')
        + QString::fromLatin1(salt.toBase64()) + QLatin1Char('$')
        + QString::fromLatin1(key.toBase64());
}

bool verify(const QString &secret, const QString &stored)
{
    const QList<QStringView> parts = QStringView(stored).split(u'$');
    if (parts.size() != 4 || parts.at(0) != algorithm)
        return false;
    const std::optional<int> iterations = parseIterations(parts.at(1));
    if (!iterations)
        return false;
    const std::optional<QByteArray> salt = decodeBase64(parts.at(2));
    if (!salt || salt->isEmpty() || salt->size() > maxSaltBytes)
        return false;
    const std::optional<QByteArray> expected = decodeBase64(parts.at(3));
    if (!expected || expected->size() != keyBytes)
        return false;

    const QByteArray actual = deriveKey(secret.toUtf8(), *salt, *iterations);
    if (actual.size() != keyBytes)
        return false;
    return CRYPTO_memcmp(actual.constData(), expected->constData(), keyBytes) == 0;
}

} // namespace recaisse::core::password
