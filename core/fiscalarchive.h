#pragma once

// The fiscal archive of a period: what the station recorded between two business days, in a file
// that proves itself. An uncompressed tar of four parts:
//   documents.ndjson  every document of the period, one per line: its hashed form, prev_hash, hash
//   closings.ndjson   the closings among them, the same lines
//   audit.ndjson      the audit events of the period, the same way
//   manifest.json     the station, the period, each part's size and SHA-256, and the chain's
//                     hashes at both ends (the hash before the first document, the last one)
//   manifest.sha256   the manifest's own SHA-256
// `verify` recomputes every hash of both chains, the parts' SHA-256 and the tar itself (written
// deterministically, so that a byte changed anywhere in the file is found). The archive is not
// signed yet: the station's signing key belongs to the sealing layer of the sync.

#include "domain.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace recaisse::core {

class Store;

class FiscalArchive
{
    Q_DECLARE_TR_FUNCTIONS(FiscalArchive)

public:
    struct Summary
    {
        QString stationCode;
        QDate from;
        QDate to;
        qint64 documents = 0;
        qint64 closings = 0;
        qint64 auditEvents = 0;
        QString firstPrevHash; // the chain's hash before the period
        QString lastHash; // the chain's hash at the period's end
    };

    explicit FiscalArchive(Store &store);

    // Writes the archive of the local station's business days from..to to `path` (refused if it
    // exists); audited, and a technical event of the chain. Needs ExportData.
    Result<Summary> write(
        const Actor &actor, const QDate &from, const QDate &to, const QString &path);

    // Checks an archive file alone (no database): an error naming the first problem found.
    static Result<Summary> verify(const QString &path);

private:
    Store &m_store;
};

} // namespace recaisse::core
