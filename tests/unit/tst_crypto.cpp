#include "core/crypto.h"

#include <QTest>

using namespace recaisse::core;
using namespace recaisse::core::crypto;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

} // namespace

// Known answers come from the RFCs, not from this code: RFC 8439 (ChaCha20-Poly1305),
// RFC 8032 (Ed25519), RFC 7748 (X25519) and RFC 5869 (HKDF).
class TestCrypto : public QObject
{
    Q_OBJECT

private slots:
    void aeadKnownAnswer()
    {
        // RFC 8439, 2.8.2: seal() picks its own nonce, so the vector is checked through open().
        const QByteArray key =
            hex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f");
        const QByteArray nonce = hex("070000004041424344454647");
        const QByteArray aad = hex("50515253c0c1c2c3c4c5c6c7");
        const QByteArray plain = QByteArrayLiteral(
            "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for "
            "the future, sunscreen would be it.");
        const QByteArray cipher =
            hex("d31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d63dbea45e8ca96712"
                "82fafb69da92728b1a71de0a9e060b2905d6a5b67ecd3b3692ddbd7f2d778b8c9803aee328091b58"
                "fab324e4fad675945585808b4831d7bc3ff4def08e4b7a9de576d26586cec64b6116");
        const QByteArray tag = hex("1ae10b594f09e26a7e902ecbd0600691");
        const auto opened = open(key, nonce + cipher + tag, aad);
        QVERIFY(opened.ok());
        QCOMPARE(*opened, plain);
    }

    void aeadRoundTripAndTampering()
    {
        const QByteArray key = Crypto::newKey();
        const QByteArray plain = QByteArrayLiteral("R2-T001512 12,50 €");
        const QByteArray sealed = seal(key, plain, "stations/a/journal/1");
        QCOMPARE(sealed.size(), plain.size() + sealOverhead);
        QVERIFY(!sealed.contains(plain));
        QCOMPARE(*open(key, sealed, "stations/a/journal/1"), plain);
        // Another place, another key, one flipped bit, a cut blob: all refused.
        QCOMPARE(
            open(key, sealed, "stations/b/journal/1").error().code, ErrorCode::IntegrityFailure);
        QCOMPARE(open(Crypto::newKey(), sealed, "stations/a/journal/1").error().code,
            ErrorCode::IntegrityFailure);
        for (qsizetype i : {qsizetype(0), qsizetype(nonceBytes), sealed.size() - 1}) {
            QByteArray altered = sealed;
            altered[i] = char(altered[i] ^ 0x01);
            QVERIFY(!open(key, altered, "stations/a/journal/1").ok());
        }
        QVERIFY(!open(key, sealed.left(sealOverhead - 1)).ok());
        QCOMPARE(open(key.left(16), sealed).error().code, ErrorCode::InvalidInput);
        // Two seals of the same text differ (fresh nonce) and the empty text seals too.
        QVERIFY(seal(key, plain) != seal(key, plain));
        QCOMPARE(*open(key, seal(key, {})), QByteArray());
    }

    void ed25519KnownAnswer()
    {
        // RFC 8032, 7.1, TEST 2 (one-byte message).
        const QByteArray secret =
            hex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb");
        const QByteArray publicKey =
            hex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c");
        const QByteArray signature =
            hex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e"
                "458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
        QCOMPARE(*signingPublicKey(secret), publicKey);
        QCOMPARE(*sign(secret, hex("72")), signature);
        QVERIFY(verify(publicKey, hex("72"), signature));
        QVERIFY(!verify(publicKey, hex("73"), signature));
        QByteArray altered = signature;
        altered[10] = char(altered[10] ^ 0x40);
        QVERIFY(!verify(publicKey, hex("72"), altered));
        QVERIFY(!verify(publicKey.left(31), hex("72"), signature));
        QVERIFY(!verify(publicKey, hex("72"), signature.left(63)));
    }

    void ed25519NewKeys()
    {
        const KeyPair pair = newSigningKey();
        QCOMPARE(pair.publicKey.size(), keyBytes);
        QCOMPARE(*signingPublicKey(pair.privateKey), pair.publicKey);
        const QByteArray message = QByteArrayLiteral("head 1512");
        QVERIFY(verify(pair.publicKey, message, *sign(pair.privateKey, message)));
        QVERIFY(!verify(newSigningKey().publicKey, message, *sign(pair.privateKey, message)));
        QCOMPARE(sign(QByteArray(5, 'x'), message).error().code, ErrorCode::InvalidInput);
    }

    void x25519KnownAnswer()
    {
        // RFC 7748, 6.1: Alice's and Bob's keys and their shared secret. The shared secret is
        // not exposed; checked through the public keys and a wrap between the two.
        const QByteArray alicePrivate =
            hex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
        const QByteArray alicePublic =
            hex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
        const QByteArray bobPrivate =
            hex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
        const QByteArray bobPublic =
            hex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
        QCOMPARE(*agreementPublicKey(alicePrivate), alicePublic);
        QCOMPARE(*agreementPublicKey(bobPrivate), bobPublic);
    }

    void hkdfKnownAnswer()
    {
        // RFC 5869, A.1.
        const QByteArray okm = hkdf(hex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"),
            hex("000102030405060708090a0b0c"), hex("f0f1f2f3f4f5f6f7f8f9"), 42);
        QCOMPARE(okm,
            hex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887"
                "185865"));
    }

    void wrapForOneStation()
    {
        const KeyPair joiner = newAgreementKey();
        const QByteArray siteKey = Crypto::newKey();
        const auto wrapped = wrapFor(joiner.publicKey, siteKey, "join/CAISSE3");
        QVERIFY(wrapped.ok());
        QCOMPARE(wrapped->size(), siteKey.size() + wrapOverhead);
        QVERIFY(!wrapped->contains(siteKey));
        QCOMPARE(*unwrap(joiner.privateKey, *wrapped, "join/CAISSE3"), siteKey);
        // Another station's key, another context, an altered blob: refused.
        QVERIFY(!unwrap(newAgreementKey().privateKey, *wrapped, "join/CAISSE3").ok());
        QVERIFY(!unwrap(joiner.privateKey, *wrapped, "join/CAISSE4").ok());
        QByteArray altered = *wrapped;
        altered[3] = char(altered[3] ^ 0x01);
        QVERIFY(!unwrap(joiner.privateKey, altered, "join/CAISSE3").ok());
        QVERIFY(!unwrap(joiner.privateKey, wrapped->left(40), "join/CAISSE3").ok());
        // A low-order public key (all zeros) would give an all-zero secret: refused.
        QCOMPARE(wrapFor(QByteArray(keyBytes, '\0'), siteKey, "x").error().code,
            ErrorCode::InvalidInput);
        QVERIFY(!wrapFor(QByteArray(7, 'x'), siteKey, "x").ok());
    }

    void equalSecretsComparesAllBytes()
    {
        QVERIFY(equalSecrets("abc", "abc"));
        QVERIFY(!equalSecrets("abc", "abd"));
        QVERIFY(!equalSecrets("abc", "abcd"));
        QVERIFY(equalSecrets({}, {}));
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
