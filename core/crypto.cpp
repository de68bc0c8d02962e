#include "crypto.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>

#include <cstdlib>
#include <memory>

namespace recaisse::core::crypto {

namespace {

struct PkeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct PkeyCtxFree
{
    void operator()(EVP_PKEY_CTX *ctx) const { EVP_PKEY_CTX_free(ctx); }
};
struct CipherCtxFree
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

unsigned char *bytes(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data());
}

Error wrongKeySize()
{
    return Error{ErrorCode::InvalidInput, Crypto::tr("A key has the wrong size.")};
}

Error notAuthentic()
{
    return Error{ErrorCode::IntegrityFailure,
        Crypto::tr("The data could not be authenticated: it was altered or sealed with "
                   "another key.")};
}

// A failure of OpenSSL on valid, length-checked input is a broken installation, not bad data:
// carrying on could seal with a zero key or sign nothing. Stop.
[[noreturn]] void cryptoFailed()
{
    std::abort();
}

Pkey privateKeyOf(int type, const QByteArray &privateKey)
{
    return Pkey(EVP_PKEY_new_raw_private_key(type, nullptr, bytes(privateKey), keyBytes));
}

QByteArray rawPublicKey(EVP_PKEY *key)
{
    QByteArray out(keyBytes, '\0');
    size_t length = keyBytes;
    if (EVP_PKEY_get_raw_public_key(key, bytes(out), &length) != 1 || length != keyBytes)
        cryptoFailed();
    return out;
}

KeyPair newKeyPair(int type)
{
    const PkeyCtx ctx(EVP_PKEY_CTX_new_id(type, nullptr));
    EVP_PKEY *raw = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &raw) != 1)
        cryptoFailed();
    const Pkey key(raw);
    KeyPair pair;
    pair.privateKey = QByteArray(keyBytes, '\0');
    size_t length = keyBytes;
    if (EVP_PKEY_get_raw_private_key(key.get(), bytes(pair.privateKey), &length) != 1
        || length != keyBytes)
        cryptoFailed();
    pair.publicKey = rawPublicKey(key.get());
    return pair;
}

Result<QByteArray> publicKeyOf(int type, const QByteArray &privateKey)
{
    if (privateKey.size() != keyBytes)
        return wrongKeySize();
    const Pkey key = privateKeyOf(type, privateKey);
    if (!key)
        return wrongKeySize();
    return rawPublicKey(key.get());
}

// X25519 shared secret; empty for a public key that gives the all-zero secret (low order point).
Result<QByteArray> agree(const QByteArray &privateKey, const QByteArray &peerPublic)
{
    if (privateKey.size() != keyBytes || peerPublic.size() != keyBytes)
        return wrongKeySize();
    const Pkey own = privateKeyOf(EVP_PKEY_X25519, privateKey);
    const Pkey peer(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, bytes(peerPublic), keyBytes));
    if (!own || !peer)
        return wrongKeySize();
    const PkeyCtx ctx(EVP_PKEY_CTX_new(own.get(), nullptr));
    QByteArray shared(keyBytes, '\0');
    size_t length = keyBytes;
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1
        || EVP_PKEY_derive_set_peer(ctx.get(), peer.get()) != 1
        || EVP_PKEY_derive(ctx.get(), bytes(shared), &length) != 1 || length != keyBytes)
        return Error{ErrorCode::InvalidInput, Crypto::tr("A public key is not usable.")};
    if (shared.count('\0') == keyBytes)
        return Error{ErrorCode::InvalidInput, Crypto::tr("A public key is not usable.")};
    return shared;
}

QByteArray wrapKey(const QByteArray &shared, const QByteArray &ephemeralPublic,
    const QByteArray &recipientPublic, const QByteArray &context)
{
    return hkdf(shared, ephemeralPublic + recipientPublic,
        QByteArrayLiteral("recaisse-wrap-1/") + context, keyBytes);
}

} // namespace

QByteArray Crypto::randomBytes(int n)
{
    QByteArray out(qMax(0, n), '\0');
    if (n > 0 && RAND_bytes(bytes(out), n) != 1)
        cryptoFailed();
    return out;
}

QByteArray seal(const QByteArray &key, const QByteArray &plain, const QByteArray &associated)
{
    if (key.size() != keyBytes)
        cryptoFailed(); // a programming error: keys come from newKey() or a checked unwrap
    const QByteArray nonce = Crypto::randomBytes(nonceBytes);
    QByteArray out(nonceBytes + plain.size() + tagBytes, '\0');
    std::copy(nonce.cbegin(), nonce.cend(), out.begin());
    const CipherCtx ctx(EVP_CIPHER_CTX_new());
    int length = 0;
    unsigned char *cipher = bytes(out) + nonceBytes;
    if (!ctx
        || EVP_EncryptInit_ex(ctx.get(), EVP_chacha20_poly1305(), nullptr, bytes(key), bytes(nonce))
            != 1
        || (!associated.isEmpty()
            && EVP_EncryptUpdate(
                   ctx.get(), nullptr, &length, bytes(associated), int(associated.size()))
                != 1)
        || EVP_EncryptUpdate(ctx.get(), cipher, &length, bytes(plain), int(plain.size())) != 1
        || EVP_EncryptFinal_ex(ctx.get(), cipher + length, &length) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_GET_TAG, tagBytes, cipher + plain.size())
            != 1)
        cryptoFailed();
    return out;
}

Result<QByteArray> open(
    const QByteArray &key, const QByteArray &sealed, const QByteArray &associated)
{
    if (key.size() != keyBytes)
        return wrongKeySize();
    if (sealed.size() < sealOverhead)
        return notAuthentic();
    const qsizetype cipherSize = sealed.size() - sealOverhead;
    QByteArray plain(cipherSize, '\0');
    QByteArray tag = sealed.right(tagBytes);
    const CipherCtx ctx(EVP_CIPHER_CTX_new());
    int length = 0;
    if (!ctx
        || EVP_DecryptInit_ex(
               ctx.get(), EVP_chacha20_poly1305(), nullptr, bytes(key), bytes(sealed))
            != 1
        || (!associated.isEmpty()
            && EVP_DecryptUpdate(
                   ctx.get(), nullptr, &length, bytes(associated), int(associated.size()))
                != 1)
        || EVP_DecryptUpdate(
               ctx.get(), bytes(plain), &length, bytes(sealed) + nonceBytes, int(cipherSize))
            != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_TAG, tagBytes, bytes(tag)) != 1)
        cryptoFailed();
    int finalLength = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), bytes(plain) + length, &finalLength) != 1) {
        OPENSSL_cleanse(plain.data(), size_t(plain.size()));
        return notAuthentic();
    }
    return plain;
}

KeyPair newSigningKey()
{
    return newKeyPair(EVP_PKEY_ED25519);
}

Result<QByteArray> signingPublicKey(const QByteArray &privateKey)
{
    return publicKeyOf(EVP_PKEY_ED25519, privateKey);
}

Result<QByteArray> sign(const QByteArray &privateKey, const QByteArray &message)
{
    if (privateKey.size() != keyBytes)
        return wrongKeySize();
    const Pkey key = privateKeyOf(EVP_PKEY_ED25519, privateKey);
    if (!key)
        return wrongKeySize();
    const MdCtx ctx(EVP_MD_CTX_new());
    QByteArray signature(signatureBytes, '\0');
    size_t length = signatureBytes;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1
        || EVP_DigestSign(
               ctx.get(), bytes(signature), &length, bytes(message), size_t(message.size()))
            != 1
        || length != signatureBytes)
        cryptoFailed();
    return signature;
}

bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (publicKey.size() != keyBytes || signature.size() != signatureBytes)
        return false;
    const Pkey key(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey), keyBytes));
    if (!key)
        return false;
    const MdCtx ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        cryptoFailed();
    return EVP_DigestVerify(
               ctx.get(), bytes(signature), signatureBytes, bytes(message), size_t(message.size()))
        == 1;
}

KeyPair newAgreementKey()
{
    return newKeyPair(EVP_PKEY_X25519);
}

Result<QByteArray> agreementPublicKey(const QByteArray &privateKey)
{
    return publicKeyOf(EVP_PKEY_X25519, privateKey);
}

QByteArray sha256(std::initializer_list<QByteArrayView> parts)
{
    // Fetched once: OpenSSL 3 looks the algorithm up again on every EVP_sha256() init, which
    // costs more than hashing a record.
#if OPENSSL_VERSION_NUMBER >= 0x30000000L
    static const EVP_MD *const algorithm = EVP_MD_fetch(nullptr, "SHA256", nullptr);
#else
    static const EVP_MD *const algorithm = EVP_sha256();
#endif
    const MdCtx ctx(EVP_MD_CTX_new());
    if (!algorithm || !ctx || EVP_DigestInit_ex(ctx.get(), algorithm, nullptr) != 1)
        cryptoFailed();
    for (const QByteArrayView part : parts) {
        if (EVP_DigestUpdate(ctx.get(), part.data(), size_t(part.size())) != 1)
            cryptoFailed();
    }
    QByteArray digest(32, '\0');
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(digest.data()), &length)
            != 1
        || length != 32)
        cryptoFailed();
    return digest;
}

QString sha256Hex(std::initializer_list<QByteArrayView> parts)
{
    return QString::fromLatin1(sha256(parts).toHex());
}

QByteArray hkdf(
    const QByteArray &secret, const QByteArray &salt, const QByteArray &info, int length)
{
    if (length < 1 || length > 255 * 32)
        cryptoFailed();
    const PkeyCtx ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr));
    QByteArray out(length, '\0');
    size_t outLength = size_t(length);
    // An empty salt means "no salt" (RFC 5869: a string of zeros); OpenSSL wants it unset then.
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1
        || EVP_PKEY_CTX_set_hkdf_md(ctx.get(), EVP_sha256()) != 1
        || (!salt.isEmpty()
            && EVP_PKEY_CTX_set1_hkdf_salt(ctx.get(), bytes(salt), int(salt.size())) != 1)
        || EVP_PKEY_CTX_set1_hkdf_key(ctx.get(), bytes(secret), int(secret.size())) != 1
        || (!info.isEmpty()
            && EVP_PKEY_CTX_add1_hkdf_info(ctx.get(), bytes(info), int(info.size())) != 1)
        || EVP_PKEY_derive(ctx.get(), bytes(out), &outLength) != 1 || outLength != size_t(length))
        cryptoFailed();
    return out;
}

Result<QByteArray> wrapFor(
    const QByteArray &recipientPublic, const QByteArray &secret, const QByteArray &context)
{
    const KeyPair ephemeral = newAgreementKey();
    const auto shared = agree(ephemeral.privateKey, recipientPublic);
    if (!shared)
        return shared.error();
    const QByteArray key = wrapKey(*shared, ephemeral.publicKey, recipientPublic, context);
    return QByteArray(ephemeral.publicKey + seal(key, secret, context));
}

Result<QByteArray> unwrap(
    const QByteArray &recipientPrivate, const QByteArray &wrapped, const QByteArray &context)
{
    if (wrapped.size() < wrapOverhead)
        return notAuthentic();
    const auto recipientPublic = agreementPublicKey(recipientPrivate);
    if (!recipientPublic)
        return recipientPublic.error();
    const QByteArray ephemeralPublic = wrapped.left(keyBytes);
    const auto shared = agree(recipientPrivate, ephemeralPublic);
    if (!shared)
        return notAuthentic();
    const QByteArray key = wrapKey(*shared, ephemeralPublic, *recipientPublic, context);
    return open(key, wrapped.mid(keyBytes), context);
}

bool equalSecrets(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size()
        && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace recaisse::core::crypto
