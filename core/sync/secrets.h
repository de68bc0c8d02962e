#pragma once

// Passwords and tokens (the WebDAV application password, SMTP, Telegram) in the system keychain
// (Secret Service on Linux, Credential Manager on Windows) through QtKeychain, under the service
// "ReCaisse". Never a plaintext fallback: without a keychain, sync is disabled with a clear error.
//
// The calls block until the keychain answers (a keyring unlock prompt can take a while): call
// them from a worker thread or the CLI, NEVER from the UI thread. They are safe to call from any
// number of threads; the keychain jobs themselves all run, one at a time, in one thread owned by
// this class, because QtKeychain queues every job in a process-wide executor that belongs to the
// thread which used it first.

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace recaisse::core::sync {

class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)

public:
    static QString serviceName() { return QStringLiteral("ReCaisse"); }

    // Stores or replaces the secret under key ("webdav/<site>", "smtp", "telegram").
    static Result<void> write(const QString &key, const QString &secret);
    // The secret; NotFound when none is stored under key; StorageFailure without a keychain.
    static Result<QString> read(const QString &key);
    // Forgets the secret; succeeds when there was none.
    static Result<void> remove(const QString &key);
    // Whether a keychain answers (a lookup of a key that is never written).
    static bool available();
};

} // namespace recaisse::core::sync
