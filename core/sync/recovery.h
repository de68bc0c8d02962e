#pragma once

// The recovery key: the one way to the site key besides an approved join (docs/protocol-join.md).
//
// 160 random bits shown as 8 groups of 4 base32 characters, made with the shop and printed on
// the recovery kit. The drive holds keys/recovery: the site id in clear (a random identifier,
// nothing personal) and the site key sealed under HKDF(recovery key, site id). With 160 bits
// there is nothing to brute-force; without the key (or a PC of the shop) nobody opens the drive.

#include "core/clock.h"
#include "core/crypto.h"
#include "core/domain.h"
#include "core/result.h"
#include "remote.h"
#include "sitekeys.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace recaisse::core {
class Store;
}

namespace recaisse::core::sync {

inline constexpr char recoveryPath[] = "keys/recovery";
inline constexpr int recoveryKeyGroups = 8;
inline constexpr int recoveryKeyGroupSize = 4;

struct RecoveredSite
{
    QString siteId;
    QByteArray siteKey;
};

class SiteRecovery
{
    Q_DECLARE_TR_FUNCTIONS(SiteRecovery)

public:
    // A new recovery key, "ABCD-EFGH-...-WXYZ" (RFC 4648 base32: no 0, 1, 8 or 9 to confuse).
    static QString newKey();
    // The key as typed (any case, spaces or dashes) in its canonical form, or an empty string
    // when it is not a recovery key.
    static QString normalized(const QString &typed);
    // The content of keys/recovery for that site key.
    static QByteArray file(const QString &siteId, const QByteArray &siteKey,
        const QString &recoveryKey, const QDateTime &nowUtc);
    // Writes keys/recovery (temporary name, then MOVE): a new key replaces the previous one.
    static RemoteResult<void> publish(Remote &remote, const QString &siteId,
        const QByteArray &siteKey, const QString &recoveryKey, const QDateTime &nowUtc);
    // The Ed25519 key derived from the recovery key for `siteId`: it signs the new keys of a
    // restored station (StationRekey). nullopt when `typedKey` is not a recovery key.
    static std::optional<crypto::KeyPair> signingKey(
        const QString &typedKey, const QString &siteId);

    // The site key from the drive and the typed recovery key. NotFound when the drive holds no
    // recovery file; AuthenticationFailed-like Credentials error when the key does not open it.
    static RemoteResult<RecoveredSite> recover(Remote &remote, const QString &typedKey);
    // The same with the content of a recovery file in hand (carried in a backup file).
    static RemoteResult<RecoveredSite> open(const QByteArray &file, const QString &typedKey);
    // The shop's recovery file for a backup file this station saves (safe to carry: only the
    // recovery key opens it): the one waiting to be published, else the copy kept when it was
    // published or last read, else the drive's (when `drive` is given; kept then). NotFound when
    // none can be had.
    static RemoteResult<QByteArray> fileForBackup(Store &store, Remote *drive);

    // At shop creation, before the shop has a drive: a new recovery key for `keys`. The recovery
    // file (sealed under the key, safe to keep) waits in the station's sync state until the first
    // sync publishes it (publishPending). The key itself is returned once, for the kit, and kept
    // nowhere.
    static Result<QString> prepareForNewShop(Store &store, const SiteKeys &keys);
    // Publishes the recovery file kept by prepareForNewShop, once. True when it was published.
    // keys/ and join/ hold what opens the site key: they go to the drive as they are, never
    // sealed under the site key.
    static RemoteResult<bool> publishPending(Store &store, Remote &remote);

    // A super-administrator makes a new recovery key: the site key is wrapped again under it and
    // the previous key stops opening it. Audited (recovery.key), without the key.
    static RemoteResult<QString> renew(
        Store &store, const Actor &actor, const SiteKeys &keys, Remote &remote);
};

// The printable recovery kit: one A4 page with the shop's name, the recovery key, the date and
// what to do with it (and what happens without it).
struct RecoveryKit
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryKit)

public:
    QString shopName;
    QString recoveryKey;
    QDate madeOn;

    // The page's text, title first, one paragraph per entry (shown on screen too).
    QStringList paragraphs() const;
    // A one-page PDF (PDF 1.4, standard fonts, no external dependency).
    QByteArray pdf() const;
    // Writes pdf() to `path`, readable by its owner only.
    Result<void> save(const QString &path) const;
};

} // namespace recaisse::core::sync
