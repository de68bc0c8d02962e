#pragma once

// A Remote that passes every call to another: a decorator derives from it and overrides only
// what it changes.

#include "remote.h"

namespace recaisse::core::sync {

class ForwardingRemote : public Remote
{
public:
    explicit ForwardingRemote(Remote &inner)
        : m_inner(inner)
    {
    }

    RemoteResult<QList<RemoteEntry>> list(const QString &folder) override
    {
        return m_inner.list(folder);
    }
    RemoteResult<void> makeFolders(const QString &folder) override
    {
        return m_inner.makeFolders(folder);
    }
    RemoteResult<void> put(const QString &path, const QByteArray &data) override
    {
        return m_inner.put(path, data);
    }
    RemoteResult<void> putFile(const QString &path, const QString &localFile) override
    {
        return m_inner.putFile(path, localFile);
    }
    RemoteResult<void> move(const QString &from, const QString &to) override
    {
        return m_inner.move(from, to);
    }
    RemoteResult<QByteArray> get(const QString &path, qint64 maxBytes) override
    {
        return m_inner.get(path, maxBytes);
    }
    RemoteResult<void> getFile(
        const QString &path, const QString &localFile, qint64 maxBytes) override
    {
        return m_inner.getFile(path, localFile, maxBytes);
    }
    RemoteResult<void> remove(const QString &path) override { return m_inner.remove(path); }

protected:
    Remote &inner() { return m_inner; }

private:
    Remote &m_inner;
};

} // namespace recaisse::core::sync
