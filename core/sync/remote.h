#pragma once

// The shared folder a site's stations sync through (kDrive or any WebDAV server), seen as a
// small set of file operations. WebDavClient implements it over libcurl; tests add an in-memory
// implementation with fault injection. Paths are relative to the account's root folder and use
// '/' ("stations/<id>/journal/00000001-00000300.ndjson.gz").

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace recaisse::core::sync {

// How a failed remote operation should be handled by the retry queue.
enum class Failure {
    None,
    Network, // no connection, DNS, reset, timeout: retry with backoff
    Server, // 5xx other than 507: retry with backoff
    RateLimited, // 429: retry, honouring Retry-After
    Credentials, // 401, 403: stop and ask for the account's password
    Quota, // 507: the drive is full, alert the admins
    NotFound, // 404 (or 409 on a missing parent)
    Protocol, // an answer that makes no sense: wrong type, malformed XML, too big, redirect away
    Local, // a local file could not be read or written
    // A file on the drive that is not sealed and signed as it must be (sealedremote.h): refused,
    // never applied; retrying does not help, the sync history says what and why.
    Untrusted,
};
QString toKey(Failure failure);
bool isRetryable(Failure failure);

struct RemoteError
{
    Failure failure = Failure::None;
    int httpStatus = 0; // 0 when no HTTP answer was received
    QString message; // one line, translated, names the operation and the path
    int retryAfterSeconds = -1; // from a 429/503 Retry-After header, -1 when absent
};

// The result of a remote operation: a value or a classified error.
template<typename T>
using RemoteResult = Result<T, RemoteError>;

// One entry of a folder listing (PROPFIND Depth 1), the folder itself excluded.
struct RemoteEntry
{
    QString name; // last path segment, decoded ("00000001-00000300.ndjson.gz")
    bool isFolder = false;
    qint64 size = -1; // -1 when the server did not say
    QDateTime modifiedUtc; // invalid when the server did not say
};

class Remote
{
public:
    virtual ~Remote() = default;

    // The folder's entries. NotFound when the folder does not exist.
    virtual RemoteResult<QList<RemoteEntry>> list(const QString &folder) = 0;
    // Creates the folder and its missing parents; succeeds when it already exists.
    virtual RemoteResult<void> makeFolders(const QString &folder) = 0;
    // Uploads with an exact Content-Length, replacing an existing file.
    virtual RemoteResult<void> put(const QString &path, const QByteArray &data) = 0;
    // Streams a local file up (backups), with an exact Content-Length.
    virtual RemoteResult<void> putFile(const QString &path, const QString &localFile) = 0;
    // Renames on the server (MOVE with Overwrite: T).
    virtual RemoteResult<void> move(const QString &from, const QString &to) = 0;
    // Downloads a file; Protocol when it is bigger than maxBytes.
    virtual RemoteResult<QByteArray> get(const QString &path, qint64 maxBytes) = 0;
    // Streams a file down to a local file; Protocol when it is bigger than maxBytes.
    virtual RemoteResult<void> getFile(
        const QString &path, const QString &localFile, qint64 maxBytes) = 0;
    // Deletes a file or a folder; succeeds when it is already gone.
    virtual RemoteResult<void> remove(const QString &path) = 0;
};

} // namespace recaisse::core::sync
