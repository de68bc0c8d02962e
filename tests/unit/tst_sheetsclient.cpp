// The Google Sheets pieces that need no network: the service account's key file, the RS256 JWT
// (verified here with the public key), the settings' checks, rights and audit, the site
// configuration's "sheets" member, the report rows. The HTTP side is tested against a stand-in
// by tests/integration/sheets.sh.

#include "core/sync/sheets.h"
#include "core/sync/sheetsclient.h"
#include "tests/support/testshop.h"

#include <QJsonDocument>
#include <QtTest>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

using namespace recaisse::core;
using namespace recaisse::core::sync;
using namespace recaisse::test;

namespace {

QByteArray pemOf(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, qsizetype(length));
    BIO_free(bio);
    return pem;
}

QByteArray keyFile(const QByteArray &pem, const QString &type = QStringLiteral("service_account"),
    const QString &email = QStringLiteral("caisse@lac.iam.gserviceaccount.com"))
{
    return QJsonDocument(
        QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("client_email"), email},
            {QStringLiteral("private_key_id"), QStringLiteral("abc123")},
            {QStringLiteral("private_key"), QString::fromLatin1(pem)},
            {QStringLiteral("token_uri"), QStringLiteral("https://oauth2.googleapis.com/token")}})
        .toJson();
}

QByteArray fromBase64Url(const QByteArray &text)
{
    return QByteArray::fromBase64(text, QByteArray::Base64UrlEncoding);
}

} // namespace

class TestSheetsClient : public QObject
{
    Q_OBJECT

private:
    EVP_PKEY *m_rsa = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        m_rsa = EVP_RSA_gen(2048);
        QVERIFY(m_rsa);
    }
    void cleanupTestCase() { EVP_PKEY_free(m_rsa); }

    void keyFileIsParsedAndKeptCompact()
    {
        auto key = ServiceAccountKey::parse(keyFile(pemOf(m_rsa)));
        QVERIFY2(key, key ? "" : qPrintable(key.error().message));
        QCOMPARE(key->clientEmail, QStringLiteral("caisse@lac.iam.gserviceaccount.com"));
        QCOMPARE(key->privateKeyId, QStringLiteral("abc123"));
        const QByteArray kept = key->toJson();
        // What the keychain keeps: the three members, small enough for Windows' 2 560 bytes.
        QVERIFY(kept.size() < 2560);
        QVERIFY(!kept.contains("token_uri"));
        auto again = ServiceAccountKey::parse(kept);
        QVERIFY(again);
        QCOMPARE(again->privateKeyPem, key->privateKeyPem);
    }

    void badKeyFilesAreRefused()
    {
        EVP_PKEY *ec = EVP_EC_gen("P-256");
        EVP_PKEY *small = EVP_RSA_gen(1024);
        QVERIFY(ec && small);
        const QList<QByteArray> files{"not json", "[1, 2]",
            keyFile(pemOf(m_rsa), QStringLiteral("authorized_user")),
            keyFile(pemOf(m_rsa), QStringLiteral("service_account"), QStringLiteral("no-at")),
            keyFile("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"),
            keyFile(pemOf(ec)), keyFile(pemOf(small)), QByteArray(70 * 1024, ' ')};
        EVP_PKEY_free(ec);
        EVP_PKEY_free(small);
        const QByteArray pem = pemOf(m_rsa);
        for (const QByteArray &file : files) {
            auto key = ServiceAccountKey::parse(file);
            QVERIFY(!key);
            QVERIFY(key.error().message.contains(QStringLiteral("service account key file")));
            // The message never quotes the key.
            QVERIFY(!key.error().message.contains(QString::fromLatin1(pem.mid(40, 30))));
        }
    }

    void jwtIsSignedRs256()
    {
        const QByteArray pem = pemOf(m_rsa);
        const QJsonObject claims{{QStringLiteral("iss"), QStringLiteral("a@b.c")},
            {QStringLiteral("aud"), QStringLiteral("https://oauth2.googleapis.com/token")},
            {QStringLiteral("iat"), 1000}, {QStringLiteral("exp"), 4600}};
        auto jwt = signJwtRs256(pem, QStringLiteral("kid1"), claims);
        QVERIFY(jwt);
        const QList<QByteArray> parts = jwt->split('.');
        QCOMPARE(parts.size(), 3);
        QVERIFY(!jwt->contains('=') && !jwt->contains('+') && !jwt->contains('/'));
        const QJsonObject header = QJsonDocument::fromJson(fromBase64Url(parts.at(0))).object();
        QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
        QCOMPARE(header.value(QStringLiteral("kid")).toString(), QStringLiteral("kid1"));
        QCOMPARE(QJsonDocument::fromJson(fromBase64Url(parts.at(1))).object(), claims);

        const QByteArray input = parts.at(0) + '.' + parts.at(1);
        const QByteArray signature = fromBase64Url(parts.at(2));
        const auto verifies = [&](const QByteArray &data) {
            EVP_MD_CTX *ctx = EVP_MD_CTX_new();
            const bool ok = EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, m_rsa) == 1
                && EVP_DigestVerify(ctx,
                       reinterpret_cast<const unsigned char *>(signature.constData()),
                       size_t(signature.size()),
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       size_t(data.size()))
                    == 1;
            EVP_MD_CTX_free(ctx);
            return ok;
        };
        QVERIFY(verifies(input));
        QVERIFY(!verifies(input + ' '));
        QVERIFY(!signJwtRs256("not a key", {}, claims));
    }

    void rangesAndIds()
    {
        QCOMPARE(
            SheetsClient::quotedTitle(QStringLiteral("L'atelier")), QStringLiteral("'L''atelier'"));
        QVERIFY(SheetsClient::isValidSpreadsheetId(
            QStringLiteral("1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcd")));
        QVERIFY(!SheetsClient::isValidSpreadsheetId(QStringLiteral("short")));
        QVERIFY(!SheetsClient::isValidSpreadsheetId(
            QStringLiteral("1AbCdEfGhIjKlMnOpQrSt/../../etc/passwd")));
    }

    void settingsAreCheckedRightsAndAudit()
    {
        auto shop = TestShop::create();
        QVERIFY(shop);
        Store &store = *shop->store;
        SheetsSettings settings;
        settings.spreadsheetId = QStringLiteral("1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcd");
        settings.reports = {SheetsReport::Deposits};
        settings.intervalHours = 12;
        QVERIFY(!SheetsSync::save(store, shop->cashier, settings));
        QVERIFY(!SheetsSync::save(store, shop->supervisor, settings));
        QCOMPARE(auditCount(store, QStringLiteral("sheets.settings")), 0);
        for (const QString &bad : {QStringLiteral("ftp://x"), QStringLiteral("https://u:p@host"),
                 QStringLiteral("not a url"), QStringLiteral("https://host/?q=1")}) {
            SheetsSettings wrong = settings;
            wrong.endpoints.apiBaseUrl = bad;
            QVERIFY2(!SheetsSync::save(store, shop->admin, wrong), qPrintable(bad));
        }
        SheetsSettings noReport = settings;
        noReport.reports.clear();
        QVERIFY(!SheetsSync::save(store, shop->admin, noReport));
        SheetsSettings badDays = settings;
        badDays.days = 0;
        QVERIFY(!SheetsSync::save(store, shop->admin, badDays));
        // Without a key file the keychain is not touched.
        auto saved = SheetsSync::save(store, shop->admin, settings);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        QCOMPARE(auditCount(store, QStringLiteral("sheets.settings")), 1);
        const SheetsSettings loaded = SheetsSync::load(store);
        QCOMPARE(loaded.spreadsheetId, settings.spreadsheetId);
        QCOMPARE(loaded.reports, settings.reports);
        QCOMPARE(loaded.intervalHours, 12);

        // The site configuration carries them to another station, and refuses a bad address.
        const QJsonObject config = SheetsSync::collectConfig(store);
        QCOMPARE(config.value(QStringLiteral("spreadsheet")).toString(), settings.spreadsheetId);
        auto other = TestShop::create();
        QVERIFY(other);
        QVERIFY(SheetsSync::collectConfig(*other->store).isEmpty()); // never set up
        QVERIFY(SheetsSync::applyConfig(*other->store, config));
        QCOMPARE(SheetsSync::load(*other->store).reports, settings.reports);
        QJsonObject hostile = config;
        hostile.insert(QStringLiteral("token_url"), QStringLiteral("file:///etc/passwd"));
        QVERIFY(!SheetsSync::applyConfig(*other->store, hostile));

        // A cashier may not publish (refused before any network), nor read a price list.
        QVERIFY(!SheetsSync::publish(store, shop->cashier));
        QVERIFY(!SheetsSync::fetchPriceTable(store, shop->cashier, QStringLiteral("Prix!A1")));
    }

    void reportRowsHaveTheirHeader()
    {
        auto shop = TestShop::create();
        QVERIFY(shop);
        const QDate today = shop->store->today();
        for (SheetsReport report : allSheetsReports()) {
            auto rows = SheetsSync::reportRows(*shop->store, report, today.addDays(-30), today);
            QVERIFY(rows);
            QCOMPARE(rows->size(), 1); // no activity: the header alone
            QVERIFY(rows->first().toArray().size() >= 7);
            QCOMPARE(sheetsReportFromKey(toKey(report)), report);
        }
        QVERIFY(!sheetsReportFromKey(QStringLiteral("payroll")));
    }
};

QTEST_GUILESS_MAIN(TestSheetsClient)
#include "tst_sheetsclient.moc"
