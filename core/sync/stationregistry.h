#pragma once

// The site's stations as the drive's readers must know them (docs/protocol-encryption.md): each
// station's Ed25519 public key (what it signs is checked against it), its X25519 public key (what
// the site key is wrapped for when it joins), whether it is an *administration station* (the
// only ones whose configuration changes are accepted), and its revocation (a stolen PC: nothing
// it signs is accepted any more). The table is part of the published site configuration, so
// every station learns every key.

#include "core/domain.h"
#include "core/result.h"
#include "sitekeys.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace recaisse::core {
class Store;
struct StationInfo;
} // namespace recaisse::core

namespace recaisse::core::sync {

struct StationRegistration
{
    QString stationId;
    QString code;
    QByteArray signingPublic; // Ed25519, 32 bytes
    QByteArray agreementPublic; // X25519, 32 bytes
    bool adminStation = false;
    QString registeredBy; // the approving user's id (empty at a shop's creation by the CLI)
};

// A signing key a station held before it was restored onto a new PC (its keys were lost with
// the old one, docs/protocol-encryption.md, "Restoring a station"). It still opens what that
// station published before: its journal segments up to `journalThrough`, nothing else.
struct RetiredKey
{
    QByteArray signingPublic;
    qint64 journalThrough = 0;
    QDateTime retiredUtc;
};

struct RegisteredStation
{
    QString stationId;
    QString code;
    QByteArray signingPublic;
    QByteArray agreementPublic;
    bool adminStation = false;
    QDateTime registeredUtc;
    QString registeredBy;
    QDateTime revokedUtc; // invalid while the station is not revoked
    QList<RetiredKey> retired; // keys replaced by a restore, oldest first

    bool isRevoked() const { return revokedUtc.isValid(); }
    // Not revoked, and an administration station.
    bool mayConfigure() const { return adminStation && !isRevoked(); }
};

class StationRegistry
{
    Q_DECLARE_TR_FUNCTIONS(StationRegistry)

public:
    // Back-office stations are administration stations unless a super-administrator says
    // otherwise; registers and reception desks are not.
    static bool isAdministrationByDefault(StationKind kind)
    {
        return kind == StationKind::BackOffice;
    }

    // Registers a station (or replaces the keys of a station that is not revoked, e.g. one that
    // re-joins after its keychain was reset). InvalidInput for keys of the wrong size or an empty
    // id/code; Conflict when the station is revoked (a revoked station never comes back under the
    // same id) or when another, non-revoked station holds the code. Audited (station.register).
    static Result<void> registerStation(Store &store, const StationRegistration &registration);
    // Revokes a station from `at` on: what it signs is refused. Audited (station.revoke).
    static Result<void> revoke(
        Store &store, const QString &stationId, const QDateTime &at, const QString &actorId = {});
    // Designates (or withdraws) an administration station. Audited (station.admin-station).
    static Result<void> setAdministrationStation(
        Store &store, const QString &stationId, bool admin, const QString &actorId = {});

    // A restored station's new keys replace `previousSigning`, which is retired: it still opens
    // that station's journal up to `journalThrough`. Conflict when the station is revoked, is not
    // registered, or its current key is not `previousSigning` (a replayed or stale statement).
    // A retired key never becomes current again, and the current key is never "replaced" by
    // itself. Audited (station.rekey) under `actorId`.
    static Result<void> replaceKeys(Store &store, const QString &stationId,
        const QByteArray &previousSigning, const QByteArray &signingPublic,
        const QByteArray &agreementPublic, qint64 journalThrough, const QString &actorId = {});

    static Result<std::optional<RegisteredStation>> find(Store &store, const QString &stationId);
    static Result<QList<RegisteredStation>> all(Store &store);

    // Whether this station may change the site configuration: it is a registered, non-revoked
    // administration station (or no station is registered at all: a database from before
    // sealed sync). The administration pages are read-only elsewhere (Users::may).
    static bool mayEditConfigurationHere(Store &store);

    // The shop's first station: registers the station of `keys` as an administration station.
    // The keys themselves are saved by the caller (SiteKeyStore, keychain).
    static Result<void> registerFounder(Store &store, const SiteKeys &keys);
    // Creates the site key and this station's keys, saves them in the keychain and registers the
    // station as an administration station. Blocks on the keychain: worker thread or CLI only.
    // For a new shop's first station (init), and for a founding station created before sealed
    // sync that never registered itself. Conflict when the station is already registered.
    static Result<SiteKeys> establishFounder(Store &store);

    // The registry as the site configuration carries it, and its application on a receiving
    // station (rows upserted by station id; a revocation is never undone by a later file).
    static Result<QJsonArray> collect(Store &store);
    // A registered station as one row of collect().
    static QJsonObject row(const RegisteredStation &entry);
    // One row of collect() as a registered station, nullopt when any field is invalid.
    static std::optional<RegisteredStation> parseRow(const QJsonObject &row);
    static Result<void> apply(Store &store, const QJsonArray &rows);
};

} // namespace recaisse::core::sync
