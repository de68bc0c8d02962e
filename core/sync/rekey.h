#pragma once

// A restored station's new keys, vouched for by the recovery key (docs/protocol-encryption.md,
// "Restoring a station").
//
// The private keys of a lost PC went with it: the station restored onto a new PC signs with new
// keys, which the other stations must learn without trusting the drive. The recovery key is the
// shop's root of trust besides its administration stations: an Ed25519 key derived from it
// (SiteRecovery::signingKey) signs a *rekey statement* "station S replaces signing key P by N,
// what P signed ends at journal record J", published as keys/rekey-<S>-<16 hex>.json. Its public
// half goes out inside the configuration that administration stations sign, so every station
// checks the statement against a key it got from an administrator, never from the drive.
//
// A statement applies only while P is the station's current key: a replayed or stale one
// changes nothing, a retired key never comes back (StationRegistry::replaceKeys).

#include "core/clock.h"
#include "core/result.h"
#include "core/store.h"
#include "remote.h"
#include "sealedremote.h"
#include "sitekeys.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace recaisse::core::sync {

struct RekeyStatement
{
    QString siteId;
    QString stationId;
    QString code;
    QByteArray previousSigning; // the lost PC's Ed25519 public key
    QByteArray signingPublic; // the restored station's keys
    QByteArray agreementPublic;
    qint64 journalThrough = 0; // the last journal record the lost PC's key signed
    QDateTime restoredUtc;
    QString restoredBy; // the administrator who restored (user id)
};

struct RestoringUser;
struct RestorePoint;

struct RestoredStation
{
    std::unique_ptr<Store> store;
    SiteKeys keys; // the restored station's new keys, for the keychain
};

class StationRekey
{
    Q_DECLARE_TR_FUNCTIONS(StationRekey)

public:
    // The public half of the recovery signing key this station trusts (from the configuration),
    // empty when none is known.
    static QByteArray trustedPublic(Store &store);
    static Result<void> setTrustedPublic(Store &store, const QByteArray &publicKey);

    // The statement's file, signed by the recovery signing key `privateKey`.
    static QByteArray file(const RekeyStatement &statement, const QByteArray &privateKey);
    // The statement in `file` when it is signed by `recoveryPublic` and well formed.
    static std::optional<RekeyStatement> parse(
        const QByteArray &file, const QByteArray &recoveryPublic);
    // keys/rekey-<station>-<16 hex of the new key>.json (temporary name, then MOVE).
    static QString pathOf(const RekeyStatement &statement);
    static RemoteResult<void> publish(
        Remote &remote, const RekeyStatement &statement, const QByteArray &privateKey);

    // The statements on the drive for `siteId` signed by `recoveryPublic`, in the order they
    // chain. Files that do not pass are named in `refused` (untrusted: audited by the caller).
    static RemoteResult<QList<RekeyStatement>> published(Remote &remote, const QString &siteId,
        const QByteArray &recoveryPublic, QStringList *refused);

    // Applies to the station registry every published statement that replaces a current key,
    // each audited (station.rekey). Returns how many applied; Untrusted errors for the files
    // refused (the others still apply).
    static RemoteResult<int> applyPublished(Store &store, Remote &remote, QStringList *refused);

    // Restores station `code` of the shop on `drive` (its kDrive account, as read without the
    // sealing layer) into `targetDb` with the shop's recovery key: the site key from keys/, the
    // drive read with the registry the administration stations published and the statements of
    // earlier restores, the backup and journal restored by Backup::restore (`by` confirmed as an
    // administrator there). The station gets new keys; the statement that vouches for them is
    // published before the station publishes anything signed with them. The caller saves
    // `keys` in the keychain. Nothing is left at targetDb on failure.
    // From the restore point named `point` (Backup::restorePoints), the newest when empty.
    static RemoteResult<RestoredStation> restoreStation(Remote &drive, const QString &recoveryKey,
        const QString &code, const QString &targetDb, const Clock &clock, const RestoringUser &by,
        const QString &point = {});
    // The restore points of station `code` on `drive`, read with the recovery key as
    // restoreStation() reads them, newest first.
    static RemoteResult<QList<RestorePoint>> restorePoints(
        Remote &drive, const QString &recoveryKey, const QString &code);

    // `base` with the statements applied in memory, for a station that reads the drive before
    // it has a registry of its own (a restore).
    static SealedRemote::SignerLookup following(
        SealedRemote::SignerLookup base, const QList<RekeyStatement> &statements);
};

} // namespace recaisse::core::sync
