#pragma once

// The site's PIN pepper: a secret that enters every PIN hash of the site (password.h, the
// peppered form), so that the configuration, which carries the PIN hashes to every station, is
// no longer enough to try the 10 000 four-digit PINs.
//
// It is derived from the site key (HKDF-SHA-256, its own salt and the site id), which lives in
// the keychain only: the pepper therefore reaches exactly the stations that hold the site key,
// the way the site key does (wrapped for a joining station, unsealed by the recovery key on a
// restore), and is never written anywhere itself. The site key never changes for the life of a
// shop, nor does the pepper.
//
// Reading the keychain blocks (sync/secrets.h), and a PIN is checked on the UI thread: the pepper
// is held in memory for the process, filled only from a site key the station trusts: whenever
// the site keys are loaded from or saved to the keychain (SiteKeyStore; a worker thread at start
// in the program, before the command in the CLI), and by a restore once the recovery key opened
// the site key.

#include <QByteArray>
#include <QString>

namespace recaisse::core {

class PinPepper
{
public:
    static QByteArray derive(const QByteArray &siteKey, const QString &siteId);
    // The pepper held for the site; empty when this process does not know it (yet).
    static QByteArray of(const QString &siteId);
    // Holds the pepper of the site whose key this is (nothing for an empty key).
    static void remember(const QString &siteId, const QByteArray &siteKey);
    static void forget(const QString &siteId);
};

} // namespace recaisse::core
