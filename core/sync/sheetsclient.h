#pragma once

// Google Sheets API v4 with a service account, over libcurl: the key signs a JWT (RS256, OpenSSL
// EVP) which the token address exchanges for an access token (the OAuth 2.0 JWT bearer grant),
// then spreadsheets.get / batchUpdate (tabs) and spreadsheets.values get / update / clear /
// batchUpdate. The API and token addresses are settings (tests, a proxy). Every answer is
// bounded and checked before it is used: an answer too big, not JSON, or of the wrong shape is a
// Protocol error and nothing of it is used. Network failures, 5xx and 429 are retried with the
// sync worker's backoff (Retry-After honoured); 401 and 403 stop at once. Blocking: call it from
// a worker thread or the CLI, never from the UI thread.

#include "remote.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>

#include <functional>

namespace recaisse::core::sync {

inline constexpr char defaultSheetsApi[] = "https://sheets.googleapis.com";
inline constexpr char defaultSheetsTokenUrl[] = "https://oauth2.googleapis.com/token";
inline constexpr char sheetsScope[] = "https://www.googleapis.com/auth/spreadsheets";

// What ReCaisse keeps of a service account's key file: its address, its key id and the RSA
// private key (PEM). Nothing else of the file is needed; kept in the keychain only.
struct ServiceAccountKey
{
    QString clientEmail;
    QString privateKeyId;
    QByteArray privateKeyPem;

    // A key file as Google gives it (JSON, "type": "service_account"), at most 64 KiB; the
    // private key must be an RSA key OpenSSL reads. The message never quotes the key.
    static Result<ServiceAccountKey> parse(const QByteArray &json);
    // The compact JSON the keychain keeps (small enough for Windows' Credential Manager).
    QByteArray toJson() const;
};

// header.claims.signature, each base64url without padding, signed with RS256.
Result<QByteArray> signJwtRs256(
    const QByteArray &privateKeyPem, const QString &keyId, const QJsonObject &claims);

struct SheetsEndpoints
{
    QString apiBaseUrl = QString::fromLatin1(defaultSheetsApi);
    QString tokenUrl = QString::fromLatin1(defaultSheetsTokenUrl);
};

struct SheetsOptions
{
    int connectTimeoutSeconds = 15;
    int timeoutSeconds = 120;
    // Attempts of one request when the network, the server (5xx) or a quota (429) fails.
    int maxAttempts = 4;
    int retryBaseSeconds = 2;
    int retryMaxSeconds = 60;
    qint64 maxAnswerBytes = 16LL * 1024 * 1024; // values.get of a price list; others are small
    // Waits between attempts; tests and the CLI keep the default (a blocking sleep).
    std::function<void(int seconds)> sleep;
};

class SheetsClient
{
    Q_DECLARE_TR_FUNCTIONS(SheetsClient)

public:
    SheetsClient(SheetsEndpoints endpoints, ServiceAccountKey key, QString spreadsheetId,
        SheetsOptions options = {});
    ~SheetsClient();
    SheetsClient(const SheetsClient &) = delete;
    SheetsClient &operator=(const SheetsClient &) = delete;

    // The token exchange (done by the other calls when no valid token is held).
    RemoteResult<void> authenticate();
    // The titles of the spreadsheet's tabs.
    RemoteResult<QStringList> sheetTitles();
    // Adds the tabs (spreadsheets.batchUpdate addSheet).
    RemoteResult<void> addSheets(const QStringList &titles);
    // values.clear of a range ("'Ventes'!A:Z").
    RemoteResult<void> clear(const QString &range);
    // values.batchUpdate, RAW: each range with its rows (arrays of strings and numbers).
    RemoteResult<void> write(const QList<QPair<QString, QJsonArray>> &ranges);
    // values.get of a range, as text cells; at most maxRows rows of maxColumns cells of
    // maxCellChars characters, otherwise a Protocol error.
    RemoteResult<QList<QStringList>> read(
        const QString &range, int maxRows, int maxColumns, int maxCellChars);

    // 'Ventes et tonnages' -> "'Ventes et tonnages'" (quotes doubled), for a range.
    static QString quotedTitle(const QString &title);
    // A spreadsheet's id: letters, digits, '-' and '_', 20 to 100 of them.
    static bool isValidSpreadsheetId(const QString &id);
    // How many HTTP requests the client made (retries included).
    int requestCount() const { return m_requests; }

    struct Exchange;

private:
    // One JSON call with its retries; the answer's object.
    RemoteResult<QJsonObject> call(const QString &operation, const QByteArray &method,
        const QByteArray &url, const QByteArray &body, const QByteArray &contentType,
        bool authorized, qint64 maxBytes);
    void perform(Exchange &exchange);
    RemoteError failureOf(const Exchange &exchange) const;
    QByteArray valuesUrl(const QString &range, const QByteArray &suffix = {}) const;

    SheetsEndpoints m_endpoints;
    ServiceAccountKey m_key;
    QString m_spreadsheetId;
    SheetsOptions m_options;
    QByteArray m_token;
    QDateTime m_tokenExpiresUtc;
    QByteArray m_userAgent;
    void *m_curl = nullptr;
    int m_requests = 0;
};

} // namespace recaisse::core::sync
