#pragma once

// The fiscal archive of a period: what the station recorded between two business days, in a file
// that proves itself. An uncompressed tar of four parts:
//   documents.ndjson  every document of the period, one per line: its hashed form, prev_hash, hash
//   closings.ndjson   the closings among them, the same lines
//   audit.ndjson      the audit events of the period, the same way
//   manifest.json     the station, the period, each part's size and SHA-256, the chain's
//                     hashes at both ends (the hash before the first document, the last one),
//                     and "demo": true for a demo shop's archive (invented documents)
//   manifest.sha256   the manifest's own SHA-256
//   manifest.sig      when the station has keys: the Ed25519 signature of manifest.json by the
//                     station's signing key (its public key is in the manifest, "signing_public")
// `verify` recomputes every hash of both chains, the parts' SHA-256 and the tar itself (written
// deterministically, so that a byte changed anywhere in the file is found), and the signature. A
// signature proves who wrote the archive only against a key known otherwise: signerIn() looks
// the key up in a station registry (the shop's signed configuration).

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
        QString stationId;
        QByteArray signingPublic; // the key whose signature verify() checked; empty: unsigned
        bool demo = false; // a demo shop's archive (Store::isDemo() when written)
    };

    explicit FiscalArchive(Store &store);

    // Writes the archive of the local station's business days from..to to `path` (refused if it
    // exists); audited, and a technical event of the chain. Needs ExportData.
    // `signingKey`: the station's Ed25519 private key (SiteKeys); empty for an unsigned archive
    // (a station without keys).
    Result<Summary> write(const Actor &actor, const QDate &from, const QDate &to,
        const QString &path, const QByteArray &signingKey = {});

    // Checks an archive file alone (no database): an error naming the first problem found.
    static Result<Summary> verify(const QString &path);
    // The code of the station of `store`'s registry whose signing key (current or retired)
    // signed the archive `summary` describes, and which is the archive's station; NotFound for an
    // unsigned archive, IntegrityFailure when no such station has that key.
    static Result<QString> signerIn(Store &store, const Summary &summary);
    // The first 16 hex digits of the SHA-256 of a public key, to read out.
    static QString fingerprint(const QByteArray &publicKey);

private:
    Store &m_store;
};

} // namespace recaisse::core
