#include "core/password.h"

#include <QElapsedTimer>
#include <QTest>

using namespace recaisse::core;

namespace {

// Few iterations keep the suite fast; one test below uses the default count.
constexpr int fastIterations = 1000;

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QString stored(QStringView iterations, const QByteArray &salt, const QByteArray &key)
{
    return QStringLiteral("pbkdf2-sha256$") + iterations + QLatin1Char('$') + base64(salt)
        + QLatin1Char('$') + base64(key);
}

} // namespace

class TestPassword : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void storedForm();
    void wrongSecret_data();
    void wrongSecret();
    void sameSecretHashesDiffer();
    void knownAnswer_data();
    void knownAnswer();
    void malformed_data();
    void malformed();
    void iterationCountIsBound();
    void defaultIterations();
    void pepperedRoundTrip();
    void pepperedKnownAnswer();
    void pepperedNeedsItsPepper();
    void plainHashIsPepperedWithoutThePin();
    void pepperingIsToldFromAChange();
};

void TestPassword::roundTrip_data()
{
    QTest::addColumn<QString>("secret");

    QTest::newRow("pin") << QStringLiteral("1234");
    QTest::newRow("long pin") << QStringLiteral("00000000");
    QTest::newRow("empty") << QString();
    QTest::newRow("passphrase") << QStringLiteral("correct horse battery staple");
    QTest::newRow("accents and euro") << QStringLiteral("péché mignon €");
    QTest::newRow("dollar signs") << QStringLiteral("$a$b$");
    QTest::newRow("nul inside") << (QStringLiteral("12") + QChar(u'\0') + QStringLiteral("34"));
    QTest::newRow("10000 characters") << QString(10000, QChar(u'z'));
}

void TestPassword::roundTrip()
{
    QFETCH(QString, secret);

    const QString hashed = password::hash(secret, fastIterations);
    QVERIFY(!hashed.isEmpty());
    QVERIFY(!hashed.contains(secret) || secret.isEmpty());
    QVERIFY(password::verify(secret, hashed));
}

void TestPassword::storedForm()
{
    const QString hashed = password::hash(QStringLiteral("1234"), fastIterations);
    const QStringList parts = hashed.split(u'$');
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts.at(0), QStringLiteral("pbkdf2-sha256"));
    QCOMPARE(parts.at(1), QString::number(fastIterations));
    const auto salt = QByteArray::fromBase64Encoding(
        parts.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(salt);
    QCOMPARE(salt.decoded.size(), 16);
    const auto key = QByteArray::fromBase64Encoding(
        parts.at(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(key);
    QCOMPARE(key.decoded.size(), 32);
}

void TestPassword::wrongSecret_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("attempt");

    QTest::newRow("next pin") << QStringLiteral("1234") << QStringLiteral("1235");
    QTest::newRow("empty attempt") << QStringLiteral("1234") << QString();
    QTest::newRow("prefix") << QStringLiteral("1234") << QStringLiteral("123");
    QTest::newRow("longer") << QStringLiteral("1234") << QStringLiteral("12345");
    QTest::newRow("trailing space") << QStringLiteral("1234") << QStringLiteral("1234 ");
    QTest::newRow("case") << QStringLiteral("Secret") << QStringLiteral("secret");
    QTest::newRow("empty secret") << QString() << QStringLiteral("0");
    QTest::newRow("truncated at nul")
        << (QStringLiteral("12") + QChar(u'\0') + QStringLiteral("34")) << QStringLiteral("12");
}

void TestPassword::wrongSecret()
{
    QFETCH(QString, secret);
    QFETCH(QString, attempt);

    QVERIFY(!password::verify(attempt, password::hash(secret, fastIterations)));
}

void TestPassword::sameSecretHashesDiffer()
{
    const QString first = password::hash(QStringLiteral("1234"), fastIterations);
    const QString second = password::hash(QStringLiteral("1234"), fastIterations);
    QVERIFY(first != second);
    QVERIFY(first.section(u'$', 2, 2) != second.section(u'$', 2, 2)); // different salts
    QVERIFY(password::verify(QStringLiteral("1234"), first));
    QVERIFY(password::verify(QStringLiteral("1234"), second));
}

void TestPassword::knownAnswer_data()
{
    // RFC 7914 section 11 and the widely published PBKDF2-HMAC-SHA256 vectors, first 32 bytes.
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("iterations");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<QByteArray>("keyHex");

    QTest::newRow("one iteration")
        << QStringLiteral("password") << QStringLiteral("1") << QByteArray("salt")
        << QByteArray("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
    QTest::newRow("4096 iterations")
        << QStringLiteral("password") << QStringLiteral("4096") << QByteArray("salt")
        << QByteArray("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
    QTest::newRow("long secret and salt")
        << QStringLiteral("passwordPASSWORDpassword") << QStringLiteral("4096")
        << QByteArray("saltSALTsaltSALTsaltSALTsaltSALTsalt")
        << QByteArray("348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1");
}

void TestPassword::knownAnswer()
{
    QFETCH(QString, secret);
    QFETCH(QString, iterations);
    QFETCH(QByteArray, salt);
    QFETCH(QByteArray, keyHex);

    const QString hashed = stored(iterations, salt, QByteArray::fromHex(keyHex));
    QVERIFY(password::verify(secret, hashed));
    QVERIFY(!password::verify(secret + QLatin1Char('x'), hashed));
}

void TestPassword::malformed_data()
{
    QTest::addColumn<QString>("storedForm");

    const QString valid = password::hash(QStringLiteral("1234"), fastIterations);
    const QStringList parts = valid.split(u'$');
    const QString salt = parts.at(2);
    const QString key = parts.at(3);
    const auto withIterations = [&](const QString &iterations) -> QString {
        return parts.at(0) + QLatin1Char('$') + iterations + QLatin1Char('$') + salt
            + QLatin1Char('$') + key;
    };

    QTest::newRow("empty") << QString();
    QTest::newRow("dollars only") << QStringLiteral("$$$");
    QTest::newRow("no key and salt") << QStringLiteral("pbkdf2-sha256$abc$$");
    QTest::newRow("algorithm only") << QStringLiteral("pbkdf2-sha256");
    QTest::newRow("plain pin") << QStringLiteral("1234");
    QTest::newRow("other algorithm") << (QStringLiteral("pbkdf2-sha1") + valid.mid(13));
    QTest::newRow("algorithm upper case") << valid.toUpper();
    QTest::newRow("zero iterations") << withIterations(QStringLiteral("0"));
    QTest::newRow("10^12 iterations") << withIterations(QStringLiteral("1000000000000"));
    QTest::newRow("2^31 iterations") << withIterations(QStringLiteral("2147483648"));
    QTest::newRow("2^32+1000 iterations") << withIterations(QStringLiteral("4294968296"));
    QTest::newRow("huge iterations") << withIterations(QString(10000, QChar(u'9')));
    QTest::newRow("negative iterations") << withIterations(QStringLiteral("-1000"));
    QTest::newRow("plus iterations") << withIterations(QStringLiteral("+1000"));
    QTest::newRow("spaced iterations") << withIterations(QStringLiteral(" 1000"));
    QTest::newRow("leading zero iterations") << withIterations(QStringLiteral("01000"));
    QTest::newRow("hex iterations") << withIterations(QStringLiteral("0x3e8"));
    QTest::newRow("arabic-indic iterations")
        << withIterations(QStringLiteral("\u0661\u0660\u0660\u0660"));
    QTest::newRow("empty iterations") << withIterations(QString());
    QTest::newRow("other iteration count") << withIterations(QStringLiteral("1001"));
    QTest::newRow("empty salt") << (parts.at(0) + QLatin1Char('$') + parts.at(1)
        + QStringLiteral("$$") + key);
    QTest::newRow("empty key") << (parts.at(0) + QLatin1Char('$') + parts.at(1) + QLatin1Char('$')
        + salt + QLatin1Char('$'));
    QTest::newRow("bad base64 salt")
        << (parts.at(0) + QLatin1Char('$') + parts.at(1) + QStringLiteral("$!!!!$") + key);
    QTest::newRow("bad base64 key") << (parts.at(0) + QLatin1Char('$') + parts.at(1)
        + QLatin1Char('$') + salt + QStringLiteral("$@@@@"));
    QTest::newRow("short key") << stored(parts.at(1), QByteArray(16, 'a'), QByteArray(31, 'b'));
    QTest::newRow("long key") << stored(parts.at(1), QByteArray(16, 'a'), QByteArray(33, 'b'));
    QTest::newRow("huge salt") << stored(parts.at(1), QByteArray(100000, 'a'), QByteArray(32, 'b'));
    QTest::newRow("extra field") << (valid + QStringLiteral("$extra"));
    QTest::newRow("missing field") << valid.section(u'$', 0, 2);
    QTest::newRow("trailing space") << (valid + QLatin1Char(' '));
    QTest::newRow("leading space") << (QLatin1Char(' ') + valid);
    QTest::newRow("trailing newline") << (valid + QLatin1Char('\n'));
    QTest::newRow("nul inside") << (valid.left(20) + QChar(u'\0') + valid.mid(20));
    QTest::newRow("non-latin salt") << (parts.at(0) + QLatin1Char('$') + parts.at(1)
        + QLatin1Char('$') + QStringLiteral("\u00E9\u00E9\u00E9\u00E9") + QLatin1Char('$') + key);
    QTest::newRow("truncated") << valid.left(valid.size() - 4);
    QTest::newRow("10000 dollars") << QString(10000, QChar(u'$'));
    QTest::newRow("10000 characters") << QString(10000, QChar(u'a'));
}

void TestPassword::malformed()
{
    QFETCH(QString, storedForm);

    QVERIFY(!password::verify(QStringLiteral("1234"), storedForm));
    QVERIFY(!password::verify(QString(), storedForm));
}

void TestPassword::iterationCountIsBound()
{
    // A count the verifier would refuse is never written.
    const QString zero = password::hash(QStringLiteral("1234"), 0);
    QVERIFY(password::verify(QStringLiteral("1234"), zero));
    const QString negative = password::hash(QStringLiteral("1234"), -5);
    QVERIFY(password::verify(QStringLiteral("1234"), negative));
}

void TestPassword::defaultIterations()
{
    QElapsedTimer timer;
    timer.start();
    const QString hashed = password::hash(QStringLiteral("4821"));
    const qint64 hashMs = timer.elapsed();
    QVERIFY(hashed.startsWith(QStringLiteral("pbkdf2-sha256$")
        + QString::number(password::defaultIterations) + QLatin1Char('$')));
    timer.restart();
    QVERIFY(password::verify(QStringLiteral("4821"), hashed));
    const qint64 verifyMs = timer.elapsed();
    QVERIFY(!password::verify(QStringLiteral("4822"), hashed));
    qInfo("hash with %d iterations: %lld ms, verify: %lld ms", password::defaultIterations, hashMs,
        verifyMs);
}

void TestPassword::pepperedRoundTrip()
{
    const QByteArray pepper(32, 'p');
    const QString hashed = password::hash(QStringLiteral("4821"), pepper, fastIterations);
    QVERIFY(hashed.startsWith(QStringLiteral("pbkdf2-sha256-pepper$1000$")));
    QVERIFY(password::isPeppered(hashed));
    QCOMPARE(password::check(QStringLiteral("4821"), hashed, pepper), password::Check::Match);
    QCOMPARE(password::check(QStringLiteral("4822"), hashed, pepper), password::Check::Mismatch);
    // An empty pepper gives the plain form, which needs none.
    const QString plain = password::hash(QStringLiteral("4821"), QByteArray(), fastIterations);
    QVERIFY(!password::isPeppered(plain));
    QCOMPARE(password::check(QStringLiteral("4821"), plain, QByteArray()), password::Check::Match);
    QCOMPARE(password::check(QStringLiteral("4821"), plain, pepper), password::Check::Match);
}

void TestPassword::pepperedKnownAnswer()
{
    // HMAC-SHA256(pepper, PBKDF2-HMAC-SHA256("password", "salt", 4096)), computed with Python's
    // hmac and hashlib.
    const QByteArray pepper("pepper-of-the-shop-32-bytes-long");
    const QString hashed = QStringLiteral("pbkdf2-sha256-pepper$4096$") + base64("salt")
        + QLatin1Char('$')
        + base64(QByteArray::fromHex(
            "c295cdf1c33606e6f29ef138cf88cf6f44101ee793ed4bca2140a88758bfb5e7"));
    QCOMPARE(password::check(QStringLiteral("password"), hashed, pepper), password::Check::Match);
    // Without the pepper, the plain PBKDF2 key is not what is stored: the plain form of the
    // same key does not match the peppered one, and the other way round.
    const QString plain = stored(QStringLiteral("4096"), "salt",
        QByteArray::fromHex("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"));
    QCOMPARE(password::peppered(plain, pepper), hashed);
}

void TestPassword::pepperedNeedsItsPepper()
{
    const QByteArray pepper(32, 'p');
    const QString hashed = password::hash(QStringLiteral("1234"), pepper, fastIterations);
    // Nothing can be said without the pepper: not even the right PIN matches.
    QCOMPARE(password::check(QStringLiteral("1234"), hashed, QByteArray()),
        password::Check::PepperMissing);
    QVERIFY(!password::verify(QStringLiteral("1234"), hashed));
    // Another site's pepper: every PIN is wrong.
    QCOMPARE(password::check(QStringLiteral("1234"), hashed, QByteArray(32, 'q')),
        password::Check::Mismatch);
    // The peppered form, damaged, is malformed like the plain one.
    QCOMPARE(password::check(QStringLiteral("1234"), hashed.left(hashed.size() - 4), pepper),
        password::Check::Mismatch);
    QCOMPARE(password::check(QStringLiteral("1234"),
                 QStringLiteral("pbkdf2-sha256-peppers") + hashed.mid(20), pepper),
        password::Check::Mismatch);
}

void TestPassword::plainHashIsPepperedWithoutThePin()
{
    const QByteArray pepper(32, 'p');
    const QString plain = password::hash(QStringLiteral("2580"), fastIterations);
    const std::optional<QString> wrapped = password::peppered(plain, pepper);
    QVERIFY(wrapped);
    QVERIFY(password::isPeppered(*wrapped));
    QCOMPARE(wrapped->section(u'$', 1, 2), plain.section(u'$', 1, 2)); // same count and salt
    QCOMPARE(password::check(QStringLiteral("2580"), *wrapped, pepper), password::Check::Match);
    QCOMPARE(password::check(QStringLiteral("2581"), *wrapped, pepper), password::Check::Mismatch);
    // Only a well-formed plain hash, with a pepper, is wrapped.
    QVERIFY(!password::peppered(*wrapped, pepper));
    QVERIFY(!password::peppered(plain, QByteArray()));
    QVERIFY(!password::peppered(QStringLiteral("pbkdf2-sha256$1000$$"), pepper));
}

void TestPassword::pepperingIsToldFromAChange()
{
    const QByteArray pepper(32, 'p');
    const QString plain = password::hash(QStringLiteral("2580"), fastIterations);
    QVERIFY(password::isPepperingOf(plain, *password::peppered(plain, pepper)));
    // A new PIN (another salt) is a change, whatever its form.
    QVERIFY(!password::isPepperingOf(
        plain, password::hash(QStringLiteral("2580"), pepper, fastIterations)));
    QVERIFY(
        !password::isPepperingOf(plain, password::hash(QStringLiteral("2580"), fastIterations)));
    QVERIFY(!password::isPepperingOf(*password::peppered(plain, pepper), plain));
}

QTEST_APPLESS_MAIN(TestPassword)
#include "tst_password.moc"
