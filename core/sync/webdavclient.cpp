#include "webdavclient.h"

#include "core/buildinfo.h"
#include "httpshared.h"
#include "propfind.h"

#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStringList>
#include <QUrl>

#include <curl/curl.h>

#include <cstring>

namespace recaisse::core::sync {

namespace {

Q_LOGGING_CATEGORY(lcDav, "recaisse.sync", QtInfoMsg)

// Bodies of error answers are only kept for the log, and only this much of them.
constexpr qsizetype maxErrorExcerpt = 2048;
// A small answer (MKCOL, PUT, MOVE, DELETE, Depth 0 PROPFIND) bigger than this is not a WebDAV
// server talking.
constexpr qint64 maxSmallAnswer = 1024 * 1024;
// An error answer bigger than this is cut: its status says enough.
constexpr qint64 maxErrorBody = 1024 * 1024;

const QByteArray propfindBody = R"(<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/><d:getcontentlength/><d:getlastmodified/></d:prop></d:propfind>
)";

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.simplified();
}

QString shown(const QString &path)
{
    return path.isEmpty() ? QStringLiteral("/") : path;
}

QStringList segmentsOf(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

bool isSuccess(int status)
{
    return status >= 200 && status <= 299;
}

} // namespace

// One request and what came back.
struct WebDavClient::Request
{
    QString operation; // translated, names the path: "Uploading stations/a/x.gz"
    QByteArray method;
    QByteArray url;
    QList<QByteArray> headers;

    // The body sent: from memory or streamed from a file, with an exact size.
    const QByteArray *uploadData = nullptr;
    QFile *uploadFile = nullptr;
    qint64 uploadSize = -1; // -1: no body
    qint64 uploadOffset = 0;
    bool sendAsFields = false; // PROPFIND: the body goes as POSTFIELDS, curl rewinds it itself

    // Where a 2xx body goes, and how much of it is acceptable.
    QByteArray *memory = nullptr;
    QIODevice *file = nullptr;
    qint64 maxBytes = maxSmallAnswer;
    QString localFile; // for messages

    // Filled while the answer arrives.
    int status = 0;
    QHash<QByteArray, QByteArray> responseHeaders; // names lowercased
    qint64 received = 0;
    qint64 errorBodyBytes = 0;
    QByteArray errorExcerpt;
    bool tooBig = false;
    bool errorBodyCut = false;
    bool localReadFailed = false;
    bool localWriteFailed = false;
};

struct WebDavClient::Response
{
    RemoteError error; // failure None: status holds a complete HTTP answer
    int status = 0;
};

namespace {

using Request = WebDavClient::Request;

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *request = static_cast<Request *>(user);
    const size_t bytes = size * count;
    const QByteArray line(data, qsizetype(bytes));
    if (line.trimmed().isEmpty()) {
        // The end of the head: a 2xx body announced beyond the limit is not even started.
        bool ok = false;
        const qint64 length = request->responseHeaders.value("content-length").toLongLong(&ok);
        if (ok && isSuccess(request->status) && length > request->maxBytes) {
            request->tooBig = true;
            return 0;
        }
    } else if (!readHeaderLine(line, &request->status, &request->responseHeaders)) {
        return 0;
    }
    return bytes;
}

size_t onWrite(char *data, size_t size, size_t count, void *user)
{
    auto *request = static_cast<Request *>(user);
    const qint64 bytes = qint64(size * count);
    if (!isSuccess(request->status)) {
        if (request->errorExcerpt.size() < maxErrorExcerpt)
            request->errorExcerpt.append(data,
                qMin<qsizetype>(qsizetype(bytes), maxErrorExcerpt - request->errorExcerpt.size()));
        request->errorBodyBytes += bytes;
        if (request->errorBodyBytes > maxErrorBody) {
            request->errorBodyCut = true;
            return 0;
        }
        return size_t(bytes);
    }
    if (request->received + bytes > request->maxBytes) {
        request->tooBig = true;
        return 0;
    }
    request->received += bytes;
    if (request->memory) {
        request->memory->append(data, qsizetype(bytes));
    } else if (request->file) {
        if (request->file->write(data, bytes) != bytes) {
            request->localWriteFailed = true;
            return 0;
        }
    }
    return size_t(bytes);
}

size_t onRead(char *buffer, size_t size, size_t count, void *user)
{
    auto *request = static_cast<Request *>(user);
    const qint64 room = qint64(size * count);
    const qint64 left = request->uploadSize - request->uploadOffset;
    const qint64 wanted = qMin(room, left);
    if (wanted <= 0)
        return 0;
    if (request->uploadFile) {
        const qint64 got = request->uploadFile->read(buffer, wanted);
        if (got <= 0) {
            // Unreadable, or shorter than when the upload started: never send a short body.
            request->localReadFailed = true;
            return CURL_READFUNC_ABORT;
        }
        request->uploadOffset += got;
        return size_t(got);
    }
    std::memcpy(buffer, request->uploadData->constData() + request->uploadOffset, size_t(wanted));
    request->uploadOffset += wanted;
    return size_t(wanted);
}

int onSeek(void *user, curl_off_t offset, int origin)
{
    // curl rewinds when it resends on a fresh connection (a kept-alive one closed meanwhile).
    auto *request = static_cast<Request *>(user);
    if (origin != SEEK_SET || offset < 0 || offset > request->uploadSize)
        return CURL_SEEKFUNC_CANTSEEK;
    if (request->uploadFile && !request->uploadFile->seek(offset))
        return CURL_SEEKFUNC_FAIL;
    request->uploadOffset = offset;
    return CURL_SEEKFUNC_OK;
}

} // namespace

WebDavClient::WebDavClient(DavAccount account, DavOptions options)
    : m_account(std::move(account))
    , m_options(options)
{
    initCurlOnce();
    QUrl root(m_account.url.trimmed(), QUrl::TolerantMode);
    // Credentials travel in CURLOPT_USERNAME/PASSWORD only, never in a URL that could be logged.
    root.setUserInfo(QString());
    root.setQuery(QString());
    root.setFragment(QString());
    m_rootUrl = root.toEncoded();
    if (!m_rootUrl.endsWith('/'))
        m_rootUrl += '/';
    m_userAgent = "ReCaisse/" + buildinfo::version().toUtf8();
    m_curl = curl_easy_init();
}

WebDavClient::~WebDavClient()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

QByteArray WebDavClient::urlOf(const QString &path, bool folder) const
{
    QByteArray url = m_rootUrl;
    const QStringList segments = segmentsOf(path);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i > 0)
            url += '/';
        url += QUrl::toPercentEncoding(segments.at(i));
    }
    if (folder && !segments.isEmpty())
        url += '/';
    return url;
}

WebDavClient::Response WebDavClient::perform(Request &request)
{
    Response response;
    auto *curl = static_cast<CURL *>(m_curl);
    if (!curl) {
        response.error = RemoteError{Failure::Local, 0,
            oneLine(tr("%1: the network library could not start").arg(request.operation)), -1};
        return response;
    }
    for (const QString &segment : segmentsOf(QString::fromUtf8(
             QByteArray::fromPercentEncoding(request.url.mid(m_rootUrl.size()))))) {
        if (segment == QLatin1String(".") || segment == QLatin1String("..")) {
            response.error = RemoteError{Failure::Protocol, 0,
                oneLine(tr("%1: a path may not contain \".\" or \"..\"").arg(request.operation)),
                -1};
            return response;
        }
    }

    curl_easy_reset(curl); // keeps the connection cache: the next request reuses the connection
    char errorBuffer[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_URL, request.url.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, m_userAgent.constData());
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, long(m_options.connectTimeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, long(m_options.lowSpeedSeconds));
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    const QByteArray caFile = QFile::encodeName(m_caCertificatesFile);
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
#ifdef Q_OS_WIN
    // The installed tree has no CA bundle file (MSYS2's libcurl looks for one relative to its
    // own prefix): verify servers against Windows' certificate store, unless a CA file is named.
    if (caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_SSL_OPTIONS, long(CURLSSLOPT_NATIVE_CA));
#endif
    // Basic only, sent with the first request: probing for Digest would send every upload twice.
    curl_easy_setopt(curl, CURLOPT_HTTPAUTH, long(CURLAUTH_BASIC));
    const QByteArray user = m_account.user.toUtf8();
    const QByteArray password = m_account.password.toUtf8();
    curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &request);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &onWrite);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &request);

    curl_slist *headers = nullptr;
    // No "Expect: 100-continue" pause: servers answer a PUT's headers fast enough.
    headers = curl_slist_append(headers, "Expect:");
    for (const QByteArray &header : std::as_const(request.headers))
        headers = curl_slist_append(headers, header.constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);

    if (request.method == "GET") {
        curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
    } else if (request.uploadSize >= 0 && request.sendAsFields) {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.uploadSize));
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.uploadData->constData());
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.constData());
    } else if (request.uploadSize >= 0) {
        // An exact Content-Length, never chunked: kDrive refuses uploads of unknown size.
        curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(request.uploadSize));
        curl_easy_setopt(curl, CURLOPT_READFUNCTION, &onRead);
        curl_easy_setopt(curl, CURLOPT_READDATA, &request);
        curl_easy_setopt(curl, CURLOPT_SEEKFUNCTION, &onSeek);
        curl_easy_setopt(curl, CURLOPT_SEEKDATA, &request);
        if (request.method != "PUT")
            curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.constData());
    } else {
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.constData());
    }

    qCDebug(lcDav) << request.method << request.url;
    const CURLcode code = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    // The password is not kept in the handle between requests, nor a pointer to this stack.
    curl_easy_setopt(curl, CURLOPT_PASSWORD, "");
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
    response.status = request.status;

    const QString operation = request.operation;
    auto fail = [&](Failure failure, const QString &message) {
        response.error = RemoteError{failure, request.status, oneLine(message), -1};
        qCInfo(lcDav).noquote() << response.error.message;
        return response;
    };
    if (request.tooBig)
        return fail(Failure::Protocol,
            tr("%1: the answer is bigger than %2 bytes").arg(operation).arg(request.maxBytes));
    if (request.localWriteFailed)
        return fail(Failure::Local,
            tr("%1: cannot write the local file %2").arg(operation, request.localFile));
    if (request.localReadFailed)
        return fail(Failure::Local,
            tr("%1: cannot read the local file %2").arg(operation, request.localFile));
    if (code == CURLE_OK || (code == CURLE_WRITE_ERROR && request.errorBodyCut)) {
        if (request.status < 100)
            return fail(Failure::Protocol, tr("%1: the server sent no HTTP answer").arg(operation));
        if (!isSuccess(request.status))
            qCDebug(lcDav).noquote() << request.method << request.url << request.status
                                     << oneLine(QString::fromUtf8(request.errorExcerpt.left(300)));
        return response;
    }
    const QString detail = oneLine(errorBuffer[0] ? QString::fromUtf8(errorBuffer)
                                                  : QString::fromUtf8(curl_easy_strerror(code)));
    switch (code) {
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_ISSUER_ERROR:
        return fail(Failure::Protocol,
            tr("%1: the server's certificate is not trusted (%2)").arg(operation, detail));
    case CURLE_OPERATION_TIMEDOUT:
        return fail(
            Failure::Network, tr("%1: the server stopped answering (%2)").arg(operation, detail));
    case CURLE_PARTIAL_FILE:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
        return fail(Failure::Network, tr("%1: the connection was cut (%2)").arg(operation, detail));
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL:
        return fail(Failure::Protocol,
            tr("%1: the address of the shared folder is not valid (%2)").arg(operation, detail));
    default:
        return fail(
            Failure::Network, tr("%1: cannot reach the server (%2)").arg(operation, detail));
    }
}

RemoteError WebDavClient::failureOf(const Request &request, const Response &response) const
{
    if (response.error.failure != Failure::None)
        return response.error;
    const int status = response.status;
    const QString &operation = request.operation;
    RemoteError error{Failure::Protocol, status, QString(), -1};
    if (status >= 300 && status <= 399) {
        // Never followed: a redirect could send the password or the data somewhere else.
        const QUrl location = QUrl::fromEncoded(request.responseHeaders.value("location"));
        QString host = location.host();
        if (host.isEmpty())
            host = QUrl::fromEncoded(m_rootUrl).host();
        error.message = tr("%1: the server redirects to %2 (HTTP %3); check the address of the "
                           "shared folder")
                            .arg(operation, host)
                            .arg(status);
    } else if (status == 401 || status == 403) {
        error.failure = Failure::Credentials;
        error.message = tr("%1: the server refused the user name or the password (HTTP %2)")
                            .arg(operation)
                            .arg(status);
    } else if (status == 404 || status == 409 || status == 410) {
        error.failure = Failure::NotFound;
        error.message = tr("%1: not found on the server (HTTP %2)").arg(operation).arg(status);
    } else if (status == 429) {
        error.failure = Failure::RateLimited;
        error.retryAfterSeconds = retryAfterSeconds(request.responseHeaders.value("retry-after"));
        error.message = error.retryAfterSeconds >= 0
            ? tr("%1: too many requests, the server asks to wait %2 s")
                  .arg(operation)
                  .arg(error.retryAfterSeconds)
            : tr("%1: too many requests (HTTP 429)").arg(operation);
    } else if (status == 507) {
        error.failure = Failure::Quota;
        error.message = tr("%1: the shared drive is full (HTTP 507)").arg(operation);
    } else if (status >= 500 && status <= 599) {
        error.failure = Failure::Server;
        error.retryAfterSeconds = retryAfterSeconds(request.responseHeaders.value("retry-after"));
        error.message = tr("%1: the server failed (HTTP %2)").arg(operation).arg(status);
    } else {
        error.message =
            tr("%1: unexpected answer from the server (HTTP %2)").arg(operation).arg(status);
    }
    error.message = oneLine(error.message);
    return error;
}

RemoteResult<void> WebDavClient::testConnection()
{
    const QString folder = QUrl::fromEncoded(m_rootUrl).toDisplayString(QUrl::RemoveUserInfo);
    auto result = probeFolder(m_rootUrl, tr("Connecting to %1").arg(folder));
    if (!result && isMissingFolder(result.error()))
        return RemoteError{Failure::NotFound, result.error().httpStatus,
            oneLine(tr("Connecting to %1: the folder does not exist on the drive (HTTP %2)")
                        .arg(folder)
                        .arg(result.error().httpStatus)),
            -1};
    return result;
}

bool WebDavClient::isMissingFolder(const RemoteError &error)
{
    return error.failure == Failure::NotFound
        && (error.httpStatus == 404 || error.httpStatus == 409 || error.httpStatus == 410);
}

RemoteResult<void> WebDavClient::probeFolder(const QByteArray &url, const QString &operation)
{
    Request request;
    request.operation = operation;
    request.method = "PROPFIND";
    request.url = url;
    request.headers = {"Depth: 0", "Content-Type: application/xml; charset=utf-8"};
    request.uploadData = &propfindBody;
    request.uploadSize = propfindBody.size();
    request.sendAsFields = true;
    QByteArray body;
    request.memory = &body;
    const Response response = perform(request);
    if (response.error.failure != Failure::None || !isSuccess(response.status))
        return failureOf(request, response);
    if (response.status != 207
        || !request.responseHeaders.value("content-type").toLower().contains("xml"))
        return RemoteError{Failure::Protocol, response.status,
            oneLine(tr("%1: this address is not a WebDAV folder").arg(request.operation)), -1};
    return {};
}

RemoteResult<void> WebDavClient::createRootFolder()
{
    const QUrl root = QUrl::fromEncoded(m_rootUrl);
    const QByteArray server =
        root.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toEncoded();
    QList<QByteArray> levels; // the encoded path segments of the root folder
    for (const QByteArray &segment : root.path(QUrl::FullyEncoded).toUtf8().split('/'))
        if (!segment.isEmpty())
            levels.append(segment);
    const auto urlOfLevel = [&](qsizetype level) {
        QByteArray url = server + '/';
        for (qsizetype i = 0; i < level; ++i)
            url += levels.at(i) + '/';
        return url;
    };
    const auto shownLevel = [&](qsizetype level) {
        return QUrl::fromEncoded(urlOfLevel(level)).toDisplayString(QUrl::RemoveUserInfo);
    };

    // The deepest level that exists; a missing one is looked for one level up.
    qsizetype existing = levels.size();
    while (existing > 0) {
        auto probed = probeFolder(
            urlOfLevel(existing), tr("Looking for the folder %1").arg(shownLevel(existing)));
        if (probed)
            break;
        if (!isMissingFolder(probed.error()))
            return probed.error();
        --existing;
    }
    for (qsizetype level = existing + 1; level <= levels.size(); ++level) {
        if (auto made =
                makeFolder(urlOfLevel(level), tr("Creating the folder %1").arg(shownLevel(level)));
            !made)
            return made;
    }
    return {};
}

RemoteResult<void> WebDavClient::makeFolder(const QByteArray &url, const QString &operation)
{
    Request request;
    request.operation = operation;
    request.method = "MKCOL";
    request.url = url;
    const Response response = perform(request);
    // 405: the folder is already there.
    if (response.error.failure == Failure::None
        && (isSuccess(response.status) || response.status == 405))
        return {};
    return failureOf(request, response);
}

RemoteResult<QList<RemoteEntry>> WebDavClient::list(const QString &folder)
{
    Request request;
    request.operation = tr("Listing %1").arg(shown(folder));
    request.method = "PROPFIND";
    request.url = urlOf(folder, true);
    request.headers = {"Depth: 1", "Content-Type: application/xml; charset=utf-8"};
    request.uploadData = &propfindBody;
    request.uploadSize = propfindBody.size();
    request.sendAsFields = true;
    QByteArray body;
    request.memory = &body;
    request.maxBytes = m_options.maxListingBytes;
    const Response response = perform(request);
    if (response.error.failure != Failure::None || !isSuccess(response.status))
        return failureOf(request, response);
    if (response.status != 207)
        return RemoteError{Failure::Protocol, response.status,
            oneLine(tr("%1: unexpected answer from the server (HTTP %2)")
                        .arg(request.operation)
                        .arg(response.status)),
            -1};
    const QByteArray contentType = request.responseHeaders.value("content-type");
    if (!contentType.toLower().contains("xml"))
        return RemoteError{Failure::Protocol, response.status,
            oneLine(tr("%1: the answer is not XML (content type \"%2\")")
                        .arg(request.operation, QString::fromLatin1(contentType.left(100)))),
            -1};
    const QString requestPath = QUrl::fromEncoded(request.url).path(QUrl::FullyEncoded);
    return parseMultistatus(body, requestPath, shown(folder));
}

RemoteResult<void> WebDavClient::makeFolders(const QString &folder)
{
    const QStringList segments = segmentsOf(folder);
    for (qsizetype level = 1; level <= segments.size(); ++level) {
        const QString path = segments.mid(0, level).join(QLatin1Char('/'));
        if (auto made = makeFolder(urlOf(path, true), tr("Creating the folder %1").arg(path));
            !made)
            return made;
    }
    return {};
}

RemoteResult<void> WebDavClient::put(const QString &path, const QByteArray &data)
{
    Request request;
    request.operation = tr("Uploading %1").arg(path);
    request.method = "PUT";
    request.url = urlOf(path);
    request.uploadData = &data;
    request.uploadSize = data.size();
    const Response response = perform(request);
    if (response.error.failure == Failure::None && isSuccess(response.status))
        return {};
    return failureOf(request, response);
}

RemoteResult<void> WebDavClient::putFile(const QString &path, const QString &localFile)
{
    Request request;
    request.operation = tr("Uploading %1").arg(path);
    QFile file(localFile);
    if (!file.open(QIODevice::ReadOnly))
        return RemoteError{Failure::Local, 0,
            oneLine(tr("%1: cannot read the local file %2 (%3)")
                        .arg(request.operation, localFile, file.errorString())),
            -1};
    request.method = "PUT";
    request.url = urlOf(path);
    request.uploadFile = &file;
    request.uploadSize = file.size();
    request.localFile = localFile;
    const Response response = perform(request);
    if (response.error.failure == Failure::None && isSuccess(response.status))
        return {};
    return failureOf(request, response);
}

RemoteResult<void> WebDavClient::move(const QString &from, const QString &to)
{
    Request request;
    request.operation = tr("Moving %1 to %2").arg(from, to);
    request.method = "MOVE";
    request.url = urlOf(from);
    request.headers = {"Destination: " + urlOf(to), "Overwrite: T"};
    const Response response = perform(request);
    if (response.error.failure == Failure::None && isSuccess(response.status))
        return {};
    return failureOf(request, response);
}

RemoteResult<QByteArray> WebDavClient::get(const QString &path, qint64 maxBytes)
{
    Request request;
    request.operation = tr("Downloading %1").arg(path);
    request.method = "GET";
    request.url = urlOf(path);
    QByteArray body;
    request.memory = &body;
    request.maxBytes = maxBytes;
    const Response response = perform(request);
    if (response.error.failure == Failure::None && isSuccess(response.status))
        return body;
    return failureOf(request, response);
}

RemoteResult<void> WebDavClient::getFile(
    const QString &path, const QString &localFile, qint64 maxBytes)
{
    Request request;
    request.operation = tr("Downloading %1").arg(path);
    // Written aside and renamed over localFile only when complete: a failed download leaves
    // neither a partial file nor a damaged previous one.
    QSaveFile file(localFile);
    if (!file.open(QIODevice::WriteOnly))
        return RemoteError{Failure::Local, 0,
            oneLine(tr("%1: cannot write the local file %2 (%3)")
                        .arg(request.operation, localFile, file.errorString())),
            -1};
    request.method = "GET";
    request.url = urlOf(path);
    request.file = &file;
    request.maxBytes = maxBytes;
    request.localFile = localFile;
    const Response response = perform(request);
    if (response.error.failure != Failure::None || !isSuccess(response.status)) {
        file.cancelWriting();
        return failureOf(request, response);
    }
    if (!file.commit())
        return RemoteError{Failure::Local, response.status,
            oneLine(tr("%1: cannot write the local file %2 (%3)")
                        .arg(request.operation, localFile, file.errorString())),
            -1};
    return {};
}

RemoteResult<void> WebDavClient::remove(const QString &path)
{
    Request request;
    request.operation = tr("Deleting %1").arg(path);
    request.method = "DELETE";
    request.url = urlOf(path);
    const Response response = perform(request);
    // 404: already gone, which is what was asked.
    if (response.error.failure == Failure::None
        && (isSuccess(response.status) || response.status == 404 || response.status == 410))
        return {};
    return failureOf(request, response);
}

} // namespace recaisse::core::sync
