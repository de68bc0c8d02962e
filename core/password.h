#pragma once

#include <QByteArray>
#include <QString>

namespace recaisse::core::password {

// PBKDF2-HMAC-SHA256 with a random 16-byte salt. The stored form names the algorithm and the
// iteration count so that a later version can raise it: "pbkdf2-sha256$<iterations>$<salt>$<key>".
inline constexpr int defaultIterations = 210'000;

QString hash(const QString &secret, int iterations = defaultIterations);
bool verify(const QString &secret, const QString &stored);

} // namespace recaisse::core::password
