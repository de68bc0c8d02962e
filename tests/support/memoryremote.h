#pragma once

// An in-memory shared folder for sync tests, with fault injection: a test can make the n-th
// operation fail, a PUT stop half-way, or any operation on a path answer a chosen failure.

#include "core/sync/remote.h"

#include <QMap>
#include <QSet>

#include <functional>
#include <optional>

namespace recaisse::test {

class MemoryRemote final : public core::sync::Remote
{
public:
    using Fault = std::function<std::optional<core::sync::RemoteError>(
        const QString &operation, const QString &path)>;

    core::sync::RemoteResult<QList<core::sync::RemoteEntry>> list(const QString &folder) override;
    core::sync::RemoteResult<void> makeFolders(const QString &folder) override;
    core::sync::RemoteResult<void> put(const QString &path, const QByteArray &data) override;
    core::sync::RemoteResult<void> putFile(const QString &path, const QString &localFile) override;
    core::sync::RemoteResult<void> move(const QString &from, const QString &to) override;
    core::sync::RemoteResult<QByteArray> get(const QString &path, qint64 maxBytes) override;
    core::sync::RemoteResult<void> getFile(
        const QString &path, const QString &localFile, qint64 maxBytes) override;
    core::sync::RemoteResult<void> remove(const QString &path) override;

    // Every operation asks the fault first; nullopt lets it through.
    void setFault(Fault fault) { m_fault = std::move(fault); }
    // The n-th operation from now (1 = the next) fails with a network error; 0 disables.
    void failAt(int n) { m_failAt = n; }
    // PUTs store only the first half of their data, then fail (connection reset mid-upload).
    void setCutUploads(bool cut) { m_cutUploads = cut; }
    int operations() const { return m_operations; }

    QMap<QString, QByteArray> files;
    QSet<QString> folders;

private:
    std::optional<core::sync::RemoteError> fault(const QString &operation, const QString &path);
    bool parentExists(const QString &path) const;

    Fault m_fault;
    int m_failAt = 0;
    int m_operations = 0;
    bool m_cutUploads = false;
};

} // namespace recaisse::test
