#pragma once

// The few cryptographic primitives ReCaisse uses, over OpenSSL's EVP API, with keys as raw bytes:
//
//   - ChaCha20-Poly1305 (AEAD, RFC 8439) to seal what goes to the drive under the site key;
//   - Ed25519 (RFC 8032) for the stations' signatures;
//   - X25519 (RFC 7748) + HKDF-SHA-256 (RFC 5869) to wrap a secret for one station's public key;
//   - random bytes from the operating system.
//
// Every function that reads a key, a signature or a sealed blob checks its length first: bytes
// from the drive are untrusted and never reach OpenSSL unchecked. Nothing here logs or keeps a
// copy of a key.

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <initializer_list>

namespace recaisse::core::crypto {

inline constexpr int keyBytes = 32; // AEAD keys, X25519 and Ed25519 keys (public and private)
inline constexpr int nonceBytes = 12;
inline constexpr int tagBytes = 16;
inline constexpr int signatureBytes = 64;
// What seal() adds to the plain text: the nonce before it, the tag after it.
inline constexpr int sealOverhead = nonceBytes + tagBytes;
// What wrapFor() adds to the secret: the ephemeral public key, then a sealed blob.
inline constexpr int wrapOverhead = keyBytes + sealOverhead;

class Crypto
{
    Q_DECLARE_TR_FUNCTIONS(Crypto)

public:
    // n bytes from the operating system's generator (RAND_bytes); n >= 0.
    static QByteArray randomBytes(int n);
    // A new 32-byte symmetric key.
    static QByteArray newKey() { return randomBytes(keyBytes); }
};

// ---- SHA-256 -------------------------------------------------------------------------------

// SHA-256 of the parts one after the other (32 raw bytes), through OpenSSL, which uses the
// processor's SHA instructions where there are: the sync hashes every segment and every record.
QByteArray sha256(std::initializer_list<QByteArrayView> parts);
// The same as lowercase hexadecimal text.
QString sha256Hex(std::initializer_list<QByteArrayView> parts);

// ---- AEAD ----------------------------------------------------------------------------------

// nonce (random, 12 bytes) || cipher text || tag (16 bytes). `associated` is authenticated, not
// sealed: put there what binds the blob to its place (its path on the drive, its kind), so a
// sealed file moved elsewhere no longer opens.
QByteArray seal(const QByteArray &key, const QByteArray &plain, const QByteArray &associated = {});
// The plain text; IntegrityFailure when the key, the associated data or any byte differs, or the
// blob is too short; InvalidInput for a key of the wrong size.
Result<QByteArray> open(
    const QByteArray &key, const QByteArray &sealed, const QByteArray &associated = {});

// ---- Ed25519 ---------------------------------------------------------------------------------

struct KeyPair
{
    QByteArray publicKey; // 32 bytes
    QByteArray privateKey; // 32 bytes (the seed for Ed25519, the scalar for X25519)
};

KeyPair newSigningKey();
// The public key of an Ed25519 private key; InvalidInput when it is not 32 bytes.
Result<QByteArray> signingPublicKey(const QByteArray &privateKey);
// A 64-byte signature; InvalidInput when the key is not 32 bytes.
Result<QByteArray> sign(const QByteArray &privateKey, const QByteArray &message);
// False for a bad signature, or a key or signature of the wrong size.
bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

// ---- X25519 and key wrapping -------------------------------------------------------------------

KeyPair newAgreementKey();
// The public key of an X25519 private key; InvalidInput when it is not 32 bytes.
Result<QByteArray> agreementPublicKey(const QByteArray &privateKey);
// HKDF-SHA-256 (extract then expand) of `length` bytes, 1..255*32.
QByteArray hkdf(
    const QByteArray &secret, const QByteArray &salt, const QByteArray &info, int length);
// Seals `secret` so that only the holder of the X25519 private key of `recipientPublic` can open
// it: ephemeral X25519 key, shared secret, HKDF with both public keys and `context`, then seal().
// Result: ephemeral public key (32) || sealed blob. InvalidInput for a bad public key (including
// a low-order point, whose shared secret is all zeros).
Result<QByteArray> wrapFor(
    const QByteArray &recipientPublic, const QByteArray &secret, const QByteArray &context);
// The secret wrapped by wrapFor() for the public key of `recipientPrivate`; IntegrityFailure
// when the blob was not made for this key and context or was altered.
Result<QByteArray> unwrap(
    const QByteArray &recipientPrivate, const QByteArray &wrapped, const QByteArray &context);

// Constant-time comparison (CRYPTO_memcmp) of two byte strings; false when the sizes differ.
bool equalSecrets(const QByteArray &a, const QByteArray &b);

} // namespace recaisse::core::crypto
