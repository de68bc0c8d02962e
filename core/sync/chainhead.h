#pragma once

// The head of a station's chains as it publishes it with every sync, in
// stations/<station-id>/head.json: the last document (sequence, hash), the number of documents,
// the last audit event, and when. Kept on the drive out of the station's reach, it lets `verify`
// see what a local file alone cannot: documents deleted at the end of the chain, or a chain
// recomputed from an altered document (the sealing layer signs the file with the station's key).

#include "core/result.h"
#include "remote.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace recaisse::core {
class Store;
}

namespace recaisse::core::sync {

struct ChainHead
{
    Q_DECLARE_TR_FUNCTIONS(ChainHead)

public:
    QString stationId;
    QString stationCode;
    qint64 lastSeq = 0; // the last document's sequence (0: none yet)
    QString lastHash;
    qint64 documents = 0;
    qint64 auditSeq = 0; // the last audit event's sequence
    QString auditHash;
    QDateTime atUtc;

    static QString remotePath(const QString &stationId);
    QByteArray toJson() const;
    static Result<ChainHead> fromJson(const QByteArray &json);

    // The local station's head now.
    static Result<ChainHead> current(Store &store);
    // Writes the local station's head to the drive.
    static RemoteResult<void> publish(Store &store, Remote &remote);
    // The head the local station last published.
    static RemoteResult<ChainHead> fetch(Store &store, Remote &remote);

    // What the local chains lack against a head this station published: documents or events
    // deleted from the end, or a chain rewritten (the hash at the head's sequence differs). One
    // line each; empty when the local chains extend the head.
    static Result<QStringList> compare(Store &store, const ChainHead &published);
};

} // namespace recaisse::core::sync
