#pragma once

// How a new station gets the site key (docs/protocol-join.md):
//
//   1. On an administration station an administrator makes a join code (JoinCodes::generate):
//      10 characters from an alphabet without look-alikes, single use, expiring. Only a key
//      derived from it (PBKDF2) is kept, in the station's database; the code is never published.
//   2. The joining station makes its own keys (SiteKeys::forJoiningStation) and posts a join
//      request under join/ on the drive: its code, id and public keys, in clear (it has no site
//      key yet; nothing personal), with a MAC under the code's key.
//   3. An administration station lists the requests (JoinRequests::pending), checks each MAC
//      against its unexpired unused codes and, when an administrator approves, writes
//      join/<request>.approval: the site key wrapped for the joiner's X25519 key (context: site,
//      station and request), a MAC under the code's key and the approving station's signature.
//   4. The joining station fetches the approval, checks the code MAC, unwraps the site key and
//      only then reads the sealed configuration, in which it checks the approver's signature.
//
// The code only tells an administrator that a request comes from someone who was given the code;
// it never opens the site key. Whoever brute-forces it from the drive can at best post a request
// that an administrator still has to approve by hand.

#include "core/clock.h"
#include "core/crypto.h"
#include "core/domain.h"
#include "core/result.h"
#include "remote.h"
#include "sitekeys.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>

namespace recaisse::core {
class Store;
}

namespace recaisse::core::sync {

inline constexpr char joinFolderName[] = "join";
// Anyone holding the drive's password can write to join/: what an administration station reads
// of it is bounded. A folder with more entries than this is not read at all (a shop has a few
// requests at a time, and each is checked against every join code at PBKDF2 cost); a file larger
// than maxJoinFileBytes is refused (audited) and the others are read.
inline constexpr int maxJoinEntries = 200;
inline constexpr qint64 maxJoinFileBytes = 16 * 1024;
inline constexpr int joinCodeLength = 10;
inline constexpr int defaultJoinCodeHours = 24;
inline constexpr int maxJoinCodeHours = 24 * 7;

// The characters of a join code: digits and capitals without 0/O, 1/I/L and U/V look-alikes.
inline constexpr char joinCodeAlphabet[] = "23456789ABCDEFGHJKMNPQRSTWXYZ";

struct JoinCode
{
    QString code; // as shown: "ABCDE-FGHJK"
    QDateTime expiresUtc;
};

namespace joincode {
// Typed text (any case, spaces and dashes ignored) as `length` characters of `alphabet` (capitals
// and digits), or an empty string when it is not. Join codes and recovery keys are read so.
QString typed(const QString &text, const char *alphabet, int length);
// The code as typed (any case, spaces and dashes allowed) in its canonical form, or an empty
// string when it is not a join code.
QString normalized(const QString &typedCode);
// "ABCDEFGHJK" -> "ABCDE-FGHJK".
QString displayed(const QString &normalizedCode);
// The MAC key a code gives (PBKDF2-HMAC-SHA-256, fixed salt, 200 000 iterations: each guess of
// an offline attacker costs as much as a PIN check).
QByteArray macKey(const QString &normalizedCode);
} // namespace joincode

// A joining station's request, as posted in join/<requestId>.request.
struct JoinRequest
{
    QString requestId; // 32 hex digits, random
    QString stationId;
    QString stationCode;
    StationKind kind = StationKind::Register;
    QByteArray signingPublic; // Ed25519
    QByteArray agreementPublic; // X25519
    QDateTime createdUtc;
    // A restore: the new PC asks to take the place of the registered station `stationCode`,
    // lost with its keys. Once approved, these keys replace that station's in the registry and
    // the PC restores it from the drive (completeRestore).
    bool restores = false;
    QByteArray mac; // HMAC-SHA-256 of body() under the code's key

    // The bytes the MAC covers (canonical JSON of every field but the MAC).
    QByteArray body() const;
    QByteArray toJson() const;
    static std::optional<JoinRequest> fromJson(const QByteArray &data);
    // Short digest of the public keys, shown on both screens so that the administrator can
    // compare it with the joining station's ("3F9A 01C2").
    QString fingerprint() const;
    QString path() const;
    // Whether the MAC was made with this code's key.
    bool madeWith(const QByteArray &codeKey) const;

    // A signed request of `keys`' station, MAC'd with the code's key.
    static JoinRequest make(const SiteKeys &keys, const QString &stationCode, StationKind kind,
        const QByteArray &codeKey, const QDateTime &nowUtc, bool restores = false);
};

// The answer to a request, join/<requestId>.approval.
struct JoinApproval
{
    QString requestId;
    QString siteId;
    QString stationId;
    QString approverStationId;
    QDateTime approvedUtc;
    QByteArray wrappedSiteKey; // crypto::wrapFor(joiner's X25519 key, site key, context())
    // For a restore request: the id of the registered station whose keys the request's keys
    // replaced.
    QString restoredStationId;
    QByteArray mac; // HMAC-SHA-256 of signedBytes() under the code's key
    QByteArray signature; // Ed25519 of signedBytes() by the approving station

    QByteArray signedBytes() const;
    QByteArray toJson() const;
    static std::optional<JoinApproval> fromJson(const QByteArray &data);
    QString path() const;
    // What the wrapped key is bound to: the site, the joining station and its request.
    static QByteArray context(
        const QString &siteId, const QString &stationId, const QString &requestId);
};

// A refusal an administrator wrote, join/<requestId>.refused (no reason, nothing personal).
QString refusalPath(const QString &requestId);

// The administration station's codes, kept in its database (sync state), never on the drive.
class JoinCodes
{
    Q_DECLARE_TR_FUNCTIONS(JoinCodes)

public:
    explicit JoinCodes(Store &store);

    // A new code valid `hours` hours (1..maxJoinCodeHours). Administrators only; audited
    // (join.code) without the code.
    Result<JoinCode> generate(const Actor &actor, int hours = defaultJoinCodeHours);

    enum class Match { Valid, Unknown, Expired, Used };
    struct Checked
    {
        Match match = Match::Unknown;
        QString codeId;
        QByteArray key;
    };
    // Which of this station's codes made the request's MAC, and whether it may still be used.
    Checked check(const JoinRequest &request) const;
    Result<void> markUsed(const QString &codeId, const QString &requestId);

private:
    Store &m_store;
};

// What an administration station sees of one request on the drive.
struct PendingJoin
{
    JoinRequest request;
    JoinCodes::Match code = JoinCodes::Match::Unknown;
    bool stationCodeTaken = false;
    // A restore request: the registered, non-revoked station of that code (empty when there is
    // none), and whether the only stations of that code are revoked.
    QString restoredStationId;
    bool restoredStationRevoked = false;
    bool restoresThisStation = false; // this station is not lost: it cannot be restored
    // The request's station id or one of its public keys is already a station's of the shop
    // (current or retired keys): approving it would overwrite that station's registration or
    // keep a key the shop gave up (a lost computer's keys posted as "new" ones).
    bool identityTaken = false;
    bool approvable() const
    {
        return code == JoinCodes::Match::Valid && !identityTaken
            && (request.restores ? !restoredStationId.isEmpty() : !stationCodeTaken);
    }
    // "CAISSE3 asks to join the shop" or why it cannot be approved.
    QString describe() const;
};

class JoinRequests
{
    Q_DECLARE_TR_FUNCTIONS(JoinRequests)

public:
    JoinRequests(Store &store, Remote &remote);

    // The requests on the drive that have neither an approval nor a refusal yet. A listing that
    // fails is an error, never an empty list.
    RemoteResult<QList<PendingJoin>> pending();
    // Approves the pending request of `stationCode`: checks the actor, this administration
    // station, the code and that no station of the shop has that code; marks the code used,
    // registers the station with its public keys (StationRegistry; a back-office station is an
    // administration station), writes the approval (site key wrapped, MAC, signature by
    // `ownKeys`) and audits (join.approve). The caller publishes the configuration (a sync).
    // A restore request instead replaces the registered station's keys by the request's
    // (StationRegistry::replaceKeys: the old key keeps opening only the journal published so
    // far, nothing signed after), names that station in the approval and audits join.restore.
    RemoteResult<JoinApproval> approve(
        const Actor &actor, const QString &stationCode, const SiteKeys &ownKeys);
    // Refuses it: join/<request>.refused, audited (join.refuse).
    RemoteResult<void> refuse(const Actor &actor, const QString &stationCode);

private:
    RemoteResult<PendingJoin> findPending(const QString &stationCode);
    bool stationCodeTaken(const QString &code);
    bool identityTaken(const JoinRequest &request);
    void restoreTarget(PendingJoin &join);

    Store &m_store;
    Remote &m_remote;
};

// The joining station's side.
class JoiningStation
{
    Q_DECLARE_TR_FUNCTIONS(JoiningStation)

public:
    // Posts the request (upload under a temporary name, then MOVE). Posting again is harmless.
    static RemoteResult<void> post(Remote &remote, const JoinRequest &request);
    // The approval once written; nullopt while waiting; PermissionDenied-like Protocol error when
    // the request was refused.
    static RemoteResult<std::optional<JoinApproval>> fetchAnswer(
        Remote &remote, const JoinRequest &request);
    // The site key of an approval made for this request: the code MAC must match and the key must
    // unwrap with this station's X25519 key for (site, station, request). IntegrityFailure
    // otherwise (a tampered or forged approval).
    static Result<QByteArray> openApproval(const JoinApproval &approval, const JoinRequest &request,
        const SiteKeys &ownKeys, const QByteArray &codeKey);
    // Once the configuration can be read: the approval must be signed by `approverPublicKey`
    // (the approving station's registered Ed25519 key).
    static bool approvalSignedBy(const JoinApproval &approval, const QByteArray &approverPublicKey);
    // The same against the station registry of `store` (the configuration just read): the
    // approver must be a registered, non-revoked administration station and have signed it.
    static Result<void> checkApprover(Store &store, const JoinApproval &approval);
};

} // namespace recaisse::core::sync
