#include "memoryremote.h"

#include <QFile>

namespace recaisse::test {

using namespace core::sync;

namespace {

RemoteError notFound(const QString &path)
{
    return RemoteError{Failure::NotFound, 404, QStringLiteral("not found: ") + path, -1};
}

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash > 0 ? path.left(slash) : QString();
}

} // namespace

std::optional<RemoteError> MemoryRemote::fault(const QString &operation, const QString &path)
{
    ++m_operations;
    if (m_failAt > 0 && --m_failAt == 0)
        return RemoteError{Failure::Network, 0, QStringLiteral("injected network failure"), -1};
    if (m_fault)
        return m_fault(operation, path);
    return std::nullopt;
}

bool MemoryRemote::parentExists(const QString &path) const
{
    const QString parent = parentOf(path);
    return parent.isEmpty() || folders.contains(parent);
}

RemoteResult<QList<RemoteEntry>> MemoryRemote::list(const QString &folder)
{
    if (auto failure = fault(QStringLiteral("list"), folder))
        return *failure;
    if (!folders.contains(folder))
        return notFound(folder);
    QList<RemoteEntry> entries;
    const QString prefix = folder + QLatin1Char('/');
    for (const QString &sub : folders) {
        if (sub.startsWith(prefix) && !sub.mid(prefix.size()).contains(QLatin1Char('/')))
            entries.append(RemoteEntry{sub.mid(prefix.size()), true, -1, {}});
    }
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.key().startsWith(prefix) && !it.key().mid(prefix.size()).contains(QLatin1Char('/')))
            entries.append(RemoteEntry{it.key().mid(prefix.size()), false, it.value().size(), {}});
    }
    return entries;
}

RemoteResult<void> MemoryRemote::makeFolders(const QString &folder)
{
    if (auto failure = fault(QStringLiteral("makeFolders"), folder))
        return *failure;
    QString path;
    for (const QString &part : folder.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        path += (path.isEmpty() ? QString() : QStringLiteral("/")) + part;
        folders.insert(path);
    }
    return {};
}

RemoteResult<void> MemoryRemote::put(const QString &path, const QByteArray &data)
{
    if (auto failure = fault(QStringLiteral("put"), path))
        return *failure;
    if (!parentExists(path))
        return RemoteError{Failure::NotFound, 409, QStringLiteral("no parent: ") + path, -1};
    if (m_cutUploads) {
        files.insert(path, data.left(data.size() / 2));
        return RemoteError{Failure::Network, 0, QStringLiteral("connection reset"), -1};
    }
    files.insert(path, data);
    return {};
}

RemoteResult<void> MemoryRemote::putFile(const QString &path, const QString &localFile)
{
    QFile file(localFile);
    if (!file.open(QIODevice::ReadOnly))
        return RemoteError{Failure::Local, 0, QStringLiteral("cannot read ") + localFile, -1};
    return put(path, file.readAll());
}

RemoteResult<void> MemoryRemote::move(const QString &from, const QString &to)
{
    if (auto failure = fault(QStringLiteral("move"), from))
        return *failure;
    if (!files.contains(from))
        return notFound(from);
    if (!parentExists(to))
        return RemoteError{Failure::NotFound, 409, QStringLiteral("no parent: ") + to, -1};
    files.insert(to, files.take(from));
    return {};
}

RemoteResult<QByteArray> MemoryRemote::get(const QString &path, qint64 maxBytes)
{
    if (auto failure = fault(QStringLiteral("get"), path))
        return *failure;
    if (!files.contains(path))
        return notFound(path);
    if (files.value(path).size() > maxBytes)
        return RemoteError{Failure::Protocol, 200, QStringLiteral("too big: ") + path, -1};
    return files.value(path);
}

RemoteResult<void> MemoryRemote::getFile(
    const QString &path, const QString &localFile, qint64 maxBytes)
{
    auto data = get(path, maxBytes);
    if (!data)
        return data.error();
    QFile file(localFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(*data) != data->size())
        return RemoteError{Failure::Local, 0, QStringLiteral("cannot write ") + localFile, -1};
    return {};
}

RemoteResult<void> MemoryRemote::remove(const QString &path)
{
    if (auto failure = fault(QStringLiteral("remove"), path))
        return *failure;
    files.remove(path);
    const QString prefix = path + QLatin1Char('/');
    folders.remove(path);
    for (auto it = files.begin(); it != files.end();)
        it = it.key().startsWith(prefix) ? files.erase(it) : std::next(it);
    for (auto it = folders.begin(); it != folders.end();)
        it = it->startsWith(prefix) ? folders.erase(it) : std::next(it);
    return {};
}

} // namespace recaisse::test
