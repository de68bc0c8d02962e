#pragma once

// The keys that make the drive an untrusted store (docs/protocol-encryption.md):
//
//   - the site key: 32 random bytes created with the shop; everything ReCaisse writes to the drive
//     outside exports/ is sealed under it (ChaCha20-Poly1305). Every station of the site holds it;
//     a new station receives it wrapped for its own X25519 key once an administrator approved its
//     join request, or from the recovery key.
//   - the station's signing key (Ed25519): signs what the station publishes; its public key is
//     registered in the site configuration when the station joins.
//   - the station's agreement key (X25519): what the site key is wrapped for at join.
//
// All of them live in the system keychain (SecretStore), never in the database or on the drive
// in clear. Like SecretStore, load() and save() block on the keychain: worker thread or CLI only.

#include "core/crypto.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace recaisse::core::sync {

struct SiteKeys
{
    QString siteId;
    QString stationId;
    QByteArray siteKey; // 32 bytes
    crypto::KeyPair signing; // Ed25519
    crypto::KeyPair agreement; // X25519

    bool isComplete() const;

    // Keys for a new shop's first station: a new site key and new station keys.
    static SiteKeys create(const QString &siteId, const QString &stationId);
    // A joining station's own keys, before it holds the site key (siteKey stays empty).
    static SiteKeys forJoiningStation(const QString &siteId, const QString &stationId);
};

class SiteKeyStore
{
    Q_DECLARE_TR_FUNCTIONS(SiteKeyStore)

public:
    // Keychain entries: "site-key/<site>", "station-signing/<station>",
    // "station-agreement/<station>" (base64 of the raw bytes).
    static Result<void> save(const SiteKeys &keys);
    // NotFound when the station has no keys yet (a station created before sealed sync, or a
    // keychain that was reset); IntegrityFailure when an entry is not a valid key.
    static Result<SiteKeys> load(const QString &siteId, const QString &stationId);
    // Forgets the station's keys (a station that leaves the site).
    static Result<void> remove(const QString &siteId, const QString &stationId);
};

} // namespace recaisse::core::sync
