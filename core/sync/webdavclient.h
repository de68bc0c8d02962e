#pragma once

// The shared folder over WebDAV (kDrive, Nextcloud, Apache mod_dav), with libcurl. Blocking: use
// it from the sync worker thread, never from the UI thread. One client holds one curl handle, so
// that consecutive requests reuse the connection; a client is used by one thread at a time.

#include "core/sync/remote.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace recaisse::core::sync {

struct DavAccount
{
    QString url; // the site's root folder, "https://123456.connect.kdrive.infomaniak.com/ReCaisse"
    QString user;
    QString password; // an application password; never logged, never in a message
};

struct DavOptions
{
    int connectTimeoutSeconds = 15;
    int lowSpeedSeconds = 30; // abort when less than 1 byte/s moved for that long
    qint64 maxListingBytes = 8 * 1024 * 1024; // a bigger PROPFIND answer is a Protocol error
};

class WebDavClient final : public Remote
{
    Q_DECLARE_TR_FUNCTIONS(WebDavClient)

public:
    explicit WebDavClient(DavAccount account, DavOptions options = {});
    ~WebDavClient() override;
    WebDavClient(const WebDavClient &) = delete;
    WebDavClient &operator=(const WebDavClient &) = delete;

    // A PEM file of the certificate authorities to trust instead of the system's, for a
    // self-hosted server with its own CA. Empty: the system's. Verification is never turned off.
    void setCaCertificatesFile(const QString &pemFile) { m_caCertificatesFile = pemFile; }

    // PROPFIND Depth 0 on the root folder: the URL, the account and the password work.
    // Credentials when the password is refused.
    RemoteResult<void> testConnection();
    // Whether testConnection() failed because the root folder itself does not exist (the
    // address names a folder the drive does not have yet).
    static bool isMissingFolder(const RemoteError &error);
    // Creates the root folder and its missing parents, parents first, as desktop sync clients do:
    // the deepest folder of the address that exists is found (PROPFIND Depth 0 going up), then
    // each level below it is made (MKCOL). Succeeds when the folder already exists.
    RemoteResult<void> createRootFolder();

    RemoteResult<QList<RemoteEntry>> list(const QString &folder) override;
    RemoteResult<void> makeFolders(const QString &folder) override;
    RemoteResult<void> put(const QString &path, const QByteArray &data) override;
    RemoteResult<void> putFile(const QString &path, const QString &localFile) override;
    RemoteResult<void> move(const QString &from, const QString &to) override;
    RemoteResult<QByteArray> get(const QString &path, qint64 maxBytes) override;
    RemoteResult<void> getFile(
        const QString &path, const QString &localFile, qint64 maxBytes) override;
    RemoteResult<void> remove(const QString &path) override;

    // The absolute, percent-encoded URL of a path relative to the root (a folder ends with '/').
    QByteArray urlOf(const QString &path, bool folder = false) const;

    // Implementation details, public only for the curl callbacks in the .cpp.
    struct Request;
    struct Response;

private:
    Response perform(Request &request);
    // PROPFIND Depth 0 on an absolute folder URL: the folder exists and is a WebDAV collection.
    RemoteResult<void> probeFolder(const QByteArray &url, const QString &operation);
    // MKCOL on an absolute folder URL; succeeds when the folder is already there.
    RemoteResult<void> makeFolder(const QByteArray &url, const QString &operation);
    RemoteError failureOf(const Request &request, const Response &response) const;

    DavAccount m_account;
    DavOptions m_options;
    QString m_caCertificatesFile;
    QByteArray m_rootUrl; // encoded, ends with '/'
    QByteArray m_userAgent;
    void *m_curl = nullptr;
};

} // namespace recaisse::core::sync
