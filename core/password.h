#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace recaisse::core::password {

// PBKDF2-HMAC-SHA256 with a random 16-byte salt. The stored form names the algorithm and the
// iteration count so that a later version can raise it. Two forms:
//
//   "pbkdf2-sha256$<iterations>$<salt>$<key>"          key = PBKDF2(secret, salt)
//   "pbkdf2-sha256-pepper$<iterations>$<salt>$<key>"   key = HMAC-SHA256(pepper, PBKDF2(...))
//
// The pepper is a site-wide secret kept in the keychain (PinPepper), never in the database nor
// in the configuration: with the peppered form a leaked configuration alone does not let anyone
// try the 10 000 four-digit PINs. Because the peppered key wraps the plain one, a stored plain
// hash is moved to the peppered form without the PIN (peppered()).
inline constexpr int defaultIterations = 210'000;

QString hash(const QString &secret, int iterations = defaultIterations);
// The peppered form when `pepper` is not empty, the plain one otherwise.
QString hash(const QString &secret, const QByteArray &pepper, int iterations = defaultIterations);

enum class Check {
    Match,
    Mismatch, // wrong secret, or a malformed stored string
    PepperMissing, // a peppered hash, and no pepper given: nothing can be said
};
Check check(const QString &secret, const QString &stored, const QByteArray &pepper);
// check() == Match, for the plain form only (a peppered one never matches without its pepper).
bool verify(const QString &secret, const QString &stored);

bool isPeppered(const QString &stored);
// The peppered form of a plain stored hash (same salt and iterations); nullopt when `stored` is
// not a well-formed plain hash or the pepper is empty.
std::optional<QString> peppered(const QString &stored, const QByteArray &pepper);
// Whether `after` is `before` moved to the peppered form (same salt and iterations): not a new
// PIN. Said without the pepper, from the forms alone.
bool isPepperingOf(const QString &before, const QString &after);

} // namespace recaisse::core::password
