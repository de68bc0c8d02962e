#pragma once

// The drive as an untrusted store (docs/protocol-encryption.md): a Remote decorator that seals
// and signs everything written outside the plain folders, and opens and checks everything read.
//
// A file written by put() is an envelope:
//
//   "recaisse-sealed-1\n" <signer station id> "\n"
//   seal(siteKey, plain, associated = "recaisse-sealed-1\n" <final path> "\n" <signer>)
//   Ed25519 signature by the signer (64 bytes) of "recaisse-signature-1\n" || SHA-256(all the
//   bytes before the signature)
//
// A file written by putFile() (backups, files queued for upload: possibly hundreds of MB) is the
// streamed form, read back by getFile() only, in 1 MiB chunks with bounded memory:
//
//   "recaisse-sealed-stream-1\n" <signer> "\n"
//   chunks: 4-byte big-endian length, seal(siteKey, chunk, associated = magic <final path> "\n"
//           <signer> "\n" <8-byte big-endian chunk index> <1 byte: 1 on the last chunk, else 0>)
//   the signature, as above, of the SHA-256 of every byte before it
//
// The associated data binds the FINAL path: an upload to a temporary name (uploadPath()) is
// sealed for the name it is moved to, so a file copied or renamed elsewhere on the drive no
// longer opens. On reading, anything unsigned, badly signed, sealed under another key, signed by
// an unknown or revoked station, or signed against the path policy (a `stations/<id>/` or
// `backups/<id>/` file signed by another station than <id>; a `config/` file not signed by an
// administration station) is refused with Failure::Untrusted and a message naming the path and
// the reason. Truncated, reordered or spliced chunks are refused too.

#include "remote.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace recaisse::core {
class Store;
}

namespace recaisse::core::sync {

struct RegisteredStation;
struct SiteKeys;

// The folders written and read as they are: human-readable exports, and the join requests a
// station posts before it holds the site key (authenticated by the join code, not the site key).
const QStringList &plainFolders();
bool isPlainPath(const QString &path);

// The temporary name an upload to `finalPath` goes to before its MOVE: "<folder>/.upload-<name>-
// <16 hex>.part". finalPathOf() gives the final path back (also for the older
// "<folder>/.upload-<name>.part"), nullopt when `path` is not a temporary upload name.
QString uploadPath(const QString &finalPath);
std::optional<QString> finalPathOf(const QString &path);

class SealedRemote final : public Remote
{
    Q_DECLARE_TR_FUNCTIONS(SealedRemote)

public:
    // Who may have signed what: the registered stations (StationRegistry) by default; a joining
    // or restoring station that has no registry yet passes the keys it trusts.
    using SignerLookup = std::function<std::optional<RegisteredStation>(const QString &stationId)>;

    // `keys` must be complete (site key and this station's signing key).
    SealedRemote(Remote &inner, const SiteKeys &keys, SignerLookup signers);
    // For a station that holds the site key but no registry yet (a join just approved, a restore
    // with the recovery key): the signers of the registry inside the newest configuration that
    // opens with the site key and is signed by a non-revoked administration station of that same
    // registry. Its authenticity rests on the site key, which only the shop's stations hold; the
    // caller then checks its own trust anchor against that registry (the approval's signature by
    // an administration station, JoiningStation::checkApprover). NotFound without configuration,
    // Untrusted when none passes.
    static RemoteResult<SignerLookup> signersFromPublishedConfiguration(
        Remote &inner, const SiteKeys &keys);
    // The signers are looked up in the store's station registry.
    SealedRemote(Remote &inner, const SiteKeys &keys, Store &store);
    ~SealedRemote() override;

    RemoteResult<QList<RemoteEntry>> list(const QString &folder) override;
    RemoteResult<void> makeFolders(const QString &folder) override;
    RemoteResult<void> put(const QString &path, const QByteArray &data) override;
    RemoteResult<void> putFile(const QString &path, const QString &localFile) override;
    RemoteResult<void> move(const QString &from, const QString &to) override;
    RemoteResult<QByteArray> get(const QString &path, qint64 maxBytes) override;
    RemoteResult<void> getFile(
        const QString &path, const QString &localFile, qint64 maxBytes) override;
    RemoteResult<void> remove(const QString &path) override;

    const SiteKeys &keys() const { return *m_keys; }
    // The station that signed the last file get() or getFile() opened (empty for a plain one).
    QString lastSigner() const { return m_lastSigner; }

    // The envelope of put() for `plain` at `finalPath`, and its opening (for tests and tools
    // that hold a file's bytes already).
    QByteArray seal(const QString &finalPath, const QByteArray &plain) const;
    RemoteResult<QByteArray> open(const QString &path, const QByteArray &envelope);

    // What a file written by put() weighs more than its plain content, for this station.
    qint64 envelopeOverhead(const QString &signer) const;

    // The remote a station syncs through: its kDrive account (SyncAccount::connect) wrapped in
    // the sealing layer with the keys of the keychain (blocking: worker thread or CLI). A shop's
    // first station created without a keychain makes its keys here; any other station without
    // keys is told to join the shop again (no plaintext fallback). Credentials failure for a
    // missing account or keychain, Untrusted for a station that must join again.
    struct Connection
    {
        std::unique_ptr<Remote> inner;
        std::unique_ptr<SealedRemote> sealed;
    };
    static RemoteResult<Connection> connect(Store &store);
    // The same with keys already loaded (the worker loads them once).
    static RemoteResult<Connection> connect(Store &store, const SiteKeys &keys);
    // The keys of this station from the keychain, made for a founding station that has none.
    static RemoteResult<SiteKeys> keysFor(Store &store);

private:
    struct Checked;
    RemoteResult<Checked> checkSigner(const QString &path, const QString &signer) const;
    RemoteError untrusted(const QString &path, const QString &reason) const;
    QString finalFor(const QString &path) const;

    Remote &m_inner;
    std::unique_ptr<SiteKeys> m_keys;
    SignerLookup m_signers;
    QString m_lastSigner;
};

} // namespace recaisse::core::sync
