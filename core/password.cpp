#include "password.h"

#include <QCryptographicHash>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <array>
#include <cstring>
#include <optional>

namespace recaisse::core::password {

namespace {

const QString algorithm = QStringLiteral("pbkdf2-sha256");
const QString pepperedAlgorithm = QStringLiteral("pbkdf2-sha256-pepper");
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

struct Stored
{
    bool peppered = false;
    int iterations = 0;
    QByteArray salt;
    QByteArray key;
};

std::optional<Stored> parse(const QString &stored)
{
    const QList<QStringView> parts = QStringView(stored).split(u'$');
    if (parts.size() != 4)
        return std::nullopt;
    Stored result;
    if (parts.at(0) == pepperedAlgorithm)
        result.peppered = true;
    else if (parts.at(0) != algorithm)
        return std::nullopt;
    const std::optional<int> iterations = parseIterations(parts.at(1));
    if (!iterations)
        return std::nullopt;
    result.iterations = *iterations;
    const std::optional<QByteArray> salt = decodeBase64(parts.at(2));
    if (!salt || salt->isEmpty() || salt->size() > maxSaltBytes)
        return std::nullopt;
    result.salt = *salt;
    const std::optional<QByteArray> key = decodeBase64(parts.at(3));
    if (!key || key->size() != keyBytes)
        return std::nullopt;
    result.key = *key;
    return result;
}

QString format(bool isPeppered, int iterations, const QByteArray &salt, const QByteArray &key)
{
    return (isPeppered ? pepperedAlgorithm : algorithm) + QLatin1Char('$')
        + QString::number(iterations) + QLatin1Char('$') + QString::fromLatin1(salt.toBase64())
        + QLatin1Char('$') + QString::fromLatin1(key.toBase64());
}

// The peppered key wraps the plain one, so that a plain hash can be peppered without its secret.
QByteArray pepperKey(const QByteArray &pepper, const QByteArray &plainKey)
{
    return QMessageAuthenticationCode::hash(plainKey, pepper, QCryptographicHash::Sha256);
}

} // namespace

QString hash(const QString &secret, int iterations)
{
    return hash(secret, QByteArray(), iterations);
}

QString hash(const QString &secret, const QByteArray &pepper, int iterations)
{
    iterations = qBound(minIterations, iterations, maxIterations);
    const QByteArray salt = randomSalt();
    const QByteArray key = deriveKey(secret.toUtf8(), salt, iterations);
    if (key.isEmpty())
        return {}; // check() rejects an empty stored string, so nobody gets in
    if (pepper.isEmpty())
        return format(false, iterations, salt, key);
    return format(true, iterations, salt, pepperKey(pepper, key));
}

Check check(const QString &secret, const QString &stored, const QByteArray &pepper)
{
    const std::optional<Stored> parsed = parse(stored);
    if (!parsed)
        return Check::Mismatch;
    if (parsed->peppered && pepper.isEmpty())
        return Check::PepperMissing;
    QByteArray actual = deriveKey(secret.toUtf8(), parsed->salt, parsed->iterations);
    if (actual.size() != keyBytes)
        return Check::Mismatch;
    if (parsed->peppered)
        actual = pepperKey(pepper, actual);
    return CRYPTO_memcmp(actual.constData(), parsed->key.constData(), keyBytes) == 0
        ? Check::Match
        : Check::Mismatch;
}

bool verify(const QString &secret, const QString &stored)
{
    return check(secret, stored, QByteArray()) == Check::Match;
}

bool isPeppered(const QString &stored)
{
    const std::optional<Stored> parsed = parse(stored);
    return parsed && parsed->peppered;
}

std::optional<QString> peppered(const QString &stored, const QByteArray &pepper)
{
    const std::optional<Stored> parsed = parse(stored);
    if (!parsed || parsed->peppered || pepper.isEmpty())
        return std::nullopt;
    return format(true, parsed->iterations, parsed->salt, pepperKey(pepper, parsed->key));
}

bool isPepperingOf(const QString &before, const QString &after)
{
    const std::optional<Stored> plain = parse(before);
    const std::optional<Stored> wrapped = parse(after);
    return plain && wrapped && !plain->peppered && wrapped->peppered
        && plain->iterations == wrapped->iterations && plain->salt == wrapped->salt;
}

} // namespace recaisse::core::password
