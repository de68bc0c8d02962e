#include "sheetsclient.h"

#include "core/buildinfo.h"
#include "httpshared.h"
#include "syncworker.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>
#include <QUrl>

#include <curl/curl.h>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace recaisse::core::sync {

namespace {

constexpr qsizetype maxKeyFileBytes = 64 * 1024;
// The token, the tabs' titles, a write's summary: small answers.
constexpr qint64 maxSmallAnswer = 256 * 1024;
constexpr qsizetype maxErrorExcerpt = 2048;
constexpr int maxTokenChars = 4096;

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.simplified();
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray joinUrl(const QString &base, const QByteArray &path)
{
    QByteArray url = base.trimmed().toUtf8();
    while (url.endsWith('/'))
        url.chop(1);
    return url + path;
}

struct PkeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
struct BioFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};

std::unique_ptr<EVP_PKEY, PkeyFree> readPrivateKey(const QByteArray &pem)
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        return nullptr;
    // No passphrase callback: a key file with an encrypted key is refused, never prompted for.
    return std::unique_ptr<EVP_PKEY, PkeyFree>(
        PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, const_cast<char *>("")));
}

bool isTokenCharacter(char c)
{
    // RFC 6750 b64token, plus what Google's tokens hold.
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
        || c == '.' || c == '_' || c == '~' || c == '+' || c == '/' || c == '=';
}

} // namespace

Result<ServiceAccountKey> ServiceAccountKey::parse(const QByteArray &json)
{
    const auto invalid = [](const QString &why) {
        return Error{ErrorCode::InvalidInput,
            SheetsClient::tr("This is not a Google service account key file: %1.").arg(why)};
    };
    if (json.size() > maxKeyFileBytes)
        return invalid(SheetsClient::tr("it is bigger than 64 KiB"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalid(SheetsClient::tr("it is not a JSON object"));
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("type")).toString() != QLatin1String("service_account"))
        return invalid(SheetsClient::tr("its type is not \"service_account\""));
    ServiceAccountKey key;
    key.clientEmail = object.value(QStringLiteral("client_email")).toString();
    key.privateKeyId = object.value(QStringLiteral("private_key_id")).toString();
    key.privateKeyPem = object.value(QStringLiteral("private_key")).toString().toLatin1();
    static const QRegularExpression email(QStringLiteral("^[^@\\s]{1,64}@[A-Za-z0-9.-]{1,190}$"));
    if (!email.match(key.clientEmail).hasMatch())
        return invalid(SheetsClient::tr("no valid \"client_email\""));
    static const QRegularExpression keyId(QStringLiteral("^[A-Za-z0-9]{0,100}$"));
    if (!keyId.match(key.privateKeyId).hasMatch())
        return invalid(SheetsClient::tr("no valid \"private_key_id\""));
    const auto pkey = readPrivateKey(key.privateKeyPem);
    if (!pkey || EVP_PKEY_get_base_id(pkey.get()) != EVP_PKEY_RSA
        || EVP_PKEY_get_bits(pkey.get()) < 2048)
        return invalid(
            SheetsClient::tr("its \"private_key\" is not an RSA key of 2048 bits or more"));
    return key;
}

QByteArray ServiceAccountKey::toJson() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("service_account")},
                             {QStringLiteral("client_email"), clientEmail},
                             {QStringLiteral("private_key_id"), privateKeyId},
                             {QStringLiteral("private_key"), QString::fromLatin1(privateKeyPem)}})
        .toJson(QJsonDocument::Compact);
}

Result<QByteArray> signJwtRs256(
    const QByteArray &privateKeyPem, const QString &keyId, const QJsonObject &claims)
{
    QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
        {QStringLiteral("typ"), QStringLiteral("JWT")}};
    if (!keyId.isEmpty())
        header.insert(QStringLiteral("kid"), keyId);
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact))
        + '.' + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const auto key = readPrivateKey(privateKeyPem);
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    size_t length = 0;
    if (!key || !ctx
        || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &length,
               reinterpret_cast<const unsigned char *>(signingInput.constData()),
               size_t(signingInput.size()))
            != 1)
        return Error{ErrorCode::StorageFailure,
            SheetsClient::tr("The service account's key cannot sign (OpenSSL).")};
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
            reinterpret_cast<const unsigned char *>(signingInput.constData()),
            size_t(signingInput.size()))
        != 1)
        return Error{ErrorCode::StorageFailure,
            SheetsClient::tr("The service account's key cannot sign (OpenSSL).")};
    signature.resize(qsizetype(length));
    return QByteArray(signingInput + '.' + base64Url(signature));
}

// One request and its answer.
struct SheetsClient::Exchange
{
    QString operation;
    QByteArray method;
    QByteArray url;
    QByteArray body;
    QByteArray contentType;
    bool authorized = true;
    qint64 maxBytes = maxSmallAnswer;

    int status = 0;
    QHash<QByteArray, QByteArray> headers; // names lowercased
    QByteArray answer;
    bool tooBig = false;
    CURLcode code = CURLE_OK;
    QString curlError;
};

namespace {

using Exchange = SheetsClient::Exchange;

bool isSuccess(int status)
{
    return status >= 200 && status <= 299;
}

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *exchange = static_cast<Exchange *>(user);
    const size_t bytes = size * count;
    if (!readHeaderLine(QByteArray(data, qsizetype(bytes)), &exchange->status, &exchange->headers))
        return 0;
    return bytes;
}

size_t onWrite(char *data, size_t size, size_t count, void *user)
{
    auto *exchange = static_cast<Exchange *>(user);
    const qsizetype bytes = qsizetype(size * count);
    // An error's body is only kept for the message, and only its beginning.
    const qint64 limit = isSuccess(exchange->status) ? exchange->maxBytes : maxErrorExcerpt;
    if (exchange->answer.size() + bytes > limit) {
        if (!isSuccess(exchange->status)) {
            exchange->answer.append(data, qMax<qsizetype>(0, limit - exchange->answer.size()));
            return 0; // the status says enough
        }
        exchange->tooBig = true;
        return 0;
    }
    exchange->answer.append(data, bytes);
    return size_t(bytes);
}

// Google's error answer: {"error": {"code", "message", "status"}}, or the token endpoint's
// {"error": "invalid_grant", "error_description": "..."}; the message, one line, short.
QString errorDetail(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonValue error = object.value(QStringLiteral("error"));
    QString detail;
    if (error.isObject())
        detail = error.toObject().value(QStringLiteral("message")).toString();
    else if (error.isString())
        detail = error.toString() + QStringLiteral(": ")
            + object.value(QStringLiteral("error_description")).toString();
    return oneLine(detail).left(300);
}

} // namespace

SheetsClient::SheetsClient(
    SheetsEndpoints endpoints, ServiceAccountKey key, QString spreadsheetId, SheetsOptions options)
    : m_endpoints(std::move(endpoints))
    , m_key(std::move(key))
    , m_spreadsheetId(std::move(spreadsheetId))
    , m_options(std::move(options))
{
    initCurlOnce();
    m_userAgent = "ReCaisse/" + buildinfo::version().toUtf8();
    m_curl = curl_easy_init();
}

SheetsClient::~SheetsClient()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

bool SheetsClient::isValidSpreadsheetId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{20,100}$"));
    return pattern.match(id).hasMatch();
}

QString SheetsClient::quotedTitle(const QString &title)
{
    QString quoted = title;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QByteArray SheetsClient::valuesUrl(const QString &range, const QByteArray &suffix) const
{
    return joinUrl(m_endpoints.apiBaseUrl,
        "/v4/spreadsheets/" + QUrl::toPercentEncoding(m_spreadsheetId) + "/values/"
            + QUrl::toPercentEncoding(range) + suffix);
}

void SheetsClient::perform(Exchange &exchange)
{
    ++m_requests;
    auto *curl = static_cast<CURL *>(m_curl);
    if (!curl) {
        exchange.code = CURLE_FAILED_INIT;
        return;
    }
    curl_easy_reset(curl); // keeps the connection for the next request
    char errorBuffer[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_URL, exchange.url.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, m_userAgent.constData());
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, long(m_options.connectTimeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(m_options.timeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L); // a redirect could carry the token away
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
#ifdef Q_OS_WIN
    curl_easy_setopt(curl, CURLOPT_SSL_OPTIONS, long(CURLSSLOPT_NATIVE_CA));
#endif
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &exchange);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &onWrite);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &exchange);
    curl_slist *headers = curl_slist_append(nullptr, "Expect:");
    headers = curl_slist_append(headers, "Accept: application/json");
    QByteArray authorization;
    if (exchange.authorized) {
        authorization = "Authorization: Bearer " + m_token;
        headers = curl_slist_append(headers, authorization.constData());
    }
    QByteArray contentType;
    if (!exchange.contentType.isEmpty()) {
        contentType = "Content-Type: " + exchange.contentType;
        headers = curl_slist_append(headers, contentType.constData());
    }
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    if (exchange.method == "GET") {
        curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
    } else {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(exchange.body.size()));
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, exchange.body.constData());
        if (exchange.method != "POST")
            curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, exchange.method.constData());
    }
    exchange.status = 0;
    exchange.answer.clear();
    exchange.headers.clear();
    exchange.tooBig = false;
    exchange.code = curl_easy_perform(curl);
    exchange.curlError =
        oneLine(errorBuffer[0] ? QString::fromUtf8(errorBuffer)
                               : QString::fromUtf8(curl_easy_strerror(exchange.code)));
    curl_slist_free_all(headers);
    // Neither the token's header nor a pointer to this stack stays in the handle.
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
    authorization.fill('\0');
}

RemoteError SheetsClient::failureOf(const Exchange &exchange) const
{
    const QString &operation = exchange.operation;
    RemoteError error{Failure::Protocol, exchange.status, QString(), -1};
    if (exchange.tooBig) {
        error.message =
            tr("%1: the answer is bigger than %2 bytes").arg(operation).arg(exchange.maxBytes);
    } else if (exchange.code != CURLE_OK && exchange.status < 100) {
        error.failure = Failure::Network;
        error.message = tr("%1: cannot reach Google (%2)").arg(operation, exchange.curlError);
        if (exchange.code == CURLE_PEER_FAILED_VERIFICATION
            || exchange.code == CURLE_SSL_CACERT_BADFILE)
            error.failure = Failure::Protocol;
        if (exchange.code == CURLE_URL_MALFORMAT || exchange.code == CURLE_UNSUPPORTED_PROTOCOL) {
            error.failure = Failure::Protocol;
            error.message =
                tr("%1: the address is not valid (%2)").arg(operation, exchange.curlError);
        }
    } else if (exchange.code != CURLE_OK && isSuccess(exchange.status)) {
        error.failure = Failure::Network;
        error.message = tr("%1: the connection was cut (%2)").arg(operation, exchange.curlError);
    } else {
        const int status = exchange.status;
        const QString detail = errorDetail(exchange.answer);
        const QString because = detail.isEmpty() ? QString() : QStringLiteral(": ") + detail;
        if (status == 401 || status == 403) {
            error.failure = Failure::Credentials;
            error.message = tr("%1: Google refused the service account (HTTP %2%3)")
                                .arg(operation)
                                .arg(status)
                                .arg(because);
        } else if (status == 400 && !exchange.authorized) {
            // The token endpoint says invalid_grant for a wrong key, a clock far off, an
            // unknown account: a person must look.
            error.failure = Failure::Credentials;
            error.message = tr("%1: Google refused the service account (HTTP %2%3)")
                                .arg(operation)
                                .arg(status)
                                .arg(because);
        } else if (status == 404) {
            error.failure = Failure::NotFound;
            error.message = tr("%1: the spreadsheet or the range does not exist, or is not shared "
                               "with %2 (HTTP 404)")
                                .arg(operation, m_key.clientEmail);
        } else if (status == 429) {
            error.failure = Failure::RateLimited;
            error.retryAfterSeconds = retryAfterSeconds(exchange.headers.value("retry-after"));
            error.message = tr("%1: too many requests (HTTP 429)").arg(operation);
        } else if (status >= 500 && status <= 599) {
            error.failure = Failure::Server;
            error.retryAfterSeconds = retryAfterSeconds(exchange.headers.value("retry-after"));
            error.message = tr("%1: Google failed (HTTP %2)").arg(operation).arg(status);
        } else if (status >= 300 && status <= 399) {
            error.message = tr("%1: the server redirects elsewhere (HTTP %2); check the address")
                                .arg(operation)
                                .arg(status);
        } else {
            error.message =
                tr("%1: unexpected answer (HTTP %2%3)").arg(operation).arg(status).arg(because);
        }
    }
    error.message = oneLine(error.message);
    return error;
}

RemoteResult<QJsonObject> SheetsClient::call(const QString &operation, const QByteArray &method,
    const QByteArray &url, const QByteArray &body, const QByteArray &contentType, bool authorized,
    qint64 maxBytes)
{
    if (authorized) {
        if (auto ready = authenticate(); !ready)
            return ready.error();
    }
    Exchange exchange;
    exchange.operation = operation;
    exchange.method = method;
    exchange.url = url;
    exchange.body = body;
    exchange.contentType = contentType;
    exchange.authorized = authorized;
    exchange.maxBytes = maxBytes;
    SyncWorker::Settings backoff;
    backoff.retryBaseSeconds = m_options.retryBaseSeconds;
    backoff.retryMaxSeconds = m_options.retryMaxSeconds;
    for (int attempt = 1;; ++attempt) {
        perform(exchange);
        if (exchange.code == CURLE_OK && isSuccess(exchange.status) && !exchange.tooBig) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(exchange.answer, &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject())
                return RemoteError{Failure::Protocol, exchange.status,
                    oneLine(tr("%1: the answer is not a JSON object").arg(operation)), -1};
            return document.object();
        }
        const RemoteError error = failureOf(exchange);
        const bool retryable = error.failure == Failure::Network || error.failure == Failure::Server
            || error.failure == Failure::RateLimited;
        if (!retryable || attempt >= m_options.maxAttempts)
            return error;
        // Retry-After is honoured up to the longest wait this client accepts.
        const int wait = SyncWorker::backoffSeconds(attempt, backoff,
            0.5 + QRandomGenerator::global()->generateDouble() / 2,
            qMin(error.retryAfterSeconds, m_options.retryMaxSeconds));
        if (m_options.sleep)
            m_options.sleep(wait);
        else
            QThread::sleep(static_cast<unsigned long>(wait));
    }
}

RemoteResult<void> SheetsClient::authenticate()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_token.isEmpty() && now.secsTo(m_tokenExpiresUtc) > 60)
        return {};
    const qint64 issued = now.toSecsSinceEpoch();
    const QJsonObject claims{{QStringLiteral("iss"), m_key.clientEmail},
        {QStringLiteral("scope"), QString::fromLatin1(sheetsScope)},
        {QStringLiteral("aud"), m_endpoints.tokenUrl}, {QStringLiteral("iat"), issued},
        {QStringLiteral("exp"), issued + 3600}};
    const QString operation = tr("Signing in to Google as %1").arg(m_key.clientEmail);
    auto assertion = signJwtRs256(m_key.privateKeyPem, m_key.privateKeyId, claims);
    if (!assertion)
        return RemoteError{Failure::Local, 0, assertion.error().message, -1};
    const QByteArray body = "grant_type="
        + QUrl::toPercentEncoding(QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer"))
        + "&assertion=" + *assertion;
    auto answer = call(operation, "POST", m_endpoints.tokenUrl.trimmed().toUtf8(), body,
        "application/x-www-form-urlencoded", false, maxSmallAnswer);
    if (!answer)
        return answer.error();
    const QByteArray token = answer->value(QStringLiteral("access_token")).toString().toLatin1();
    const QString type = answer->value(QStringLiteral("token_type")).toString();
    const qint64 expiresIn = answer->value(QStringLiteral("expires_in")).toInteger(-1);
    const bool tokenOk = !token.isEmpty() && token.size() <= maxTokenChars
        && std::all_of(token.cbegin(), token.cend(), isTokenCharacter);
    if (!tokenOk || type.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0
        || expiresIn < 60 || expiresIn > 24 * 3600)
        return RemoteError{Failure::Protocol, 200,
            oneLine(tr("%1: the token endpoint's answer is not an access token").arg(operation)),
            -1};
    m_token = token;
    m_tokenExpiresUtc = now.addSecs(expiresIn);
    return {};
}

RemoteResult<QStringList> SheetsClient::sheetTitles()
{
    const QByteArray url = joinUrl(m_endpoints.apiBaseUrl,
        "/v4/spreadsheets/" + QUrl::toPercentEncoding(m_spreadsheetId)
            + "?fields=sheets.properties.title");
    const QString operation = tr("Reading the tabs of the spreadsheet");
    auto answer = call(operation, "GET", url, {}, {}, true, maxSmallAnswer);
    if (!answer)
        return answer.error();
    const QJsonValue sheets = answer->value(QStringLiteral("sheets"));
    QStringList titles;
    const auto malformed = [&] {
        return RemoteError{Failure::Protocol, 200,
            oneLine(tr("%1: the answer does not list tabs").arg(operation)), -1};
    };
    if (!sheets.isArray() || sheets.toArray().size() > 1000)
        return malformed();
    for (const QJsonValue &sheet : sheets.toArray()) {
        const QJsonValue title = sheet.toObject()
                                     .value(QStringLiteral("properties"))
                                     .toObject()
                                     .value(QStringLiteral("title"));
        if (!title.isString() || title.toString().size() > 200)
            return malformed();
        titles << title.toString();
    }
    return titles;
}

RemoteResult<void> SheetsClient::addSheets(const QStringList &titles)
{
    if (titles.isEmpty())
        return {};
    QJsonArray requests;
    for (const QString &title : titles)
        requests.append(QJsonObject{{QStringLiteral("addSheet"),
            QJsonObject{
                {QStringLiteral("properties"), QJsonObject{{QStringLiteral("title"), title}}}}}});
    const QByteArray url = joinUrl(m_endpoints.apiBaseUrl,
        "/v4/spreadsheets/" + QUrl::toPercentEncoding(m_spreadsheetId) + ":batchUpdate");
    auto answer = call(tr("Adding the tabs %1").arg(titles.join(QStringLiteral(", "))), "POST", url,
        QJsonDocument(QJsonObject{{QStringLiteral("requests"), requests}})
            .toJson(QJsonDocument::Compact),
        "application/json; charset=utf-8", true, maxSmallAnswer);
    if (!answer)
        return answer.error();
    if (answer->value(QStringLiteral("replies")).toArray().size() != titles.size())
        return RemoteError{Failure::Protocol, 200,
            oneLine(tr("Adding the tabs: the answer does not confirm them")), -1};
    return {};
}

RemoteResult<void> SheetsClient::clear(const QString &range)
{
    auto answer = call(tr("Clearing %1").arg(range), "POST", valuesUrl(range, ":clear"), "{}",
        "application/json; charset=utf-8", true, maxSmallAnswer);
    if (!answer)
        return answer.error();
    if (!answer->value(QStringLiteral("clearedRange")).isString())
        return RemoteError{Failure::Protocol, 200,
            oneLine(tr("Clearing %1: the answer does not confirm it").arg(range)), -1};
    return {};
}

RemoteResult<void> SheetsClient::write(const QList<QPair<QString, QJsonArray>> &ranges)
{
    QJsonArray data;
    qint64 rows = 0;
    for (const auto &[range, values] : ranges) {
        data.append(QJsonObject{{QStringLiteral("range"), range},
            {QStringLiteral("majorDimension"), QStringLiteral("ROWS")},
            {QStringLiteral("values"), values}});
        rows += values.size();
    }
    const QByteArray url = joinUrl(m_endpoints.apiBaseUrl,
        "/v4/spreadsheets/" + QUrl::toPercentEncoding(m_spreadsheetId) + "/values:batchUpdate");
    const QString operation = tr("Writing %n row(s) to the spreadsheet", nullptr, int(rows));
    auto answer = call(operation, "POST", url,
        QJsonDocument(QJsonObject{{QStringLiteral("valueInputOption"), QStringLiteral("RAW")},
                          {QStringLiteral("data"), data}})
            .toJson(QJsonDocument::Compact),
        "application/json; charset=utf-8", true, maxSmallAnswer);
    if (!answer)
        return answer.error();
    if (answer->value(QStringLiteral("totalUpdatedRows")).toInteger(-1) != rows)
        return RemoteError{Failure::Protocol, 200,
            oneLine(tr("%1: the answer does not confirm the rows written").arg(operation)), -1};
    return {};
}

RemoteResult<QList<QStringList>> SheetsClient::read(
    const QString &range, int maxRows, int maxColumns, int maxCellChars)
{
    const QString operation = tr("Reading %1").arg(range);
    auto answer = call(operation, "GET",
        valuesUrl(range, "?majorDimension=ROWS&valueRenderOption=FORMATTED_VALUE"), {}, {}, true,
        m_options.maxAnswerBytes);
    if (!answer)
        return answer.error();
    const auto malformed = [&](const QString &why) {
        return RemoteError{
            Failure::Protocol, 200, oneLine(operation + QStringLiteral(": ") + why), -1};
    };
    const QJsonValue values = answer->value(QStringLiteral("values"));
    QList<QStringList> rows;
    if (values.isUndefined())
        return rows; // an empty range: Google leaves "values" out
    if (!values.isArray())
        return malformed(tr("the answer holds no rows"));
    const QJsonArray array = values.toArray();
    if (array.size() > maxRows)
        return malformed(tr("more than %n row(s)", nullptr, maxRows));
    rows.reserve(array.size());
    for (const QJsonValue &row : array) {
        if (!row.isArray())
            return malformed(tr("a row is not a list of cells"));
        const QJsonArray cells = row.toArray();
        if (cells.size() > maxColumns)
            return malformed(tr("a row has more than %n column(s)", nullptr, maxColumns));
        QStringList texts;
        texts.reserve(cells.size());
        for (const QJsonValue &cell : cells) {
            QString text;
            if (cell.isString())
                text = cell.toString();
            else if (cell.isDouble())
                text = QString::number(cell.toDouble(), 'g', 15);
            else if (cell.isBool())
                text = cell.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            else if (!cell.isNull())
                return malformed(tr("a cell is neither text nor a number"));
            if (text.size() > maxCellChars)
                return malformed(
                    tr("a cell is longer than %n character(s)", nullptr, maxCellChars));
            texts << text;
        }
        rows << texts;
    }
    return rows;
}

} // namespace recaisse::core::sync
