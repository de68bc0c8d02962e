#include "joinrequest.h"

#include "backup.h"
#include "core/canonicaljson.h"
#include "core/ledger.h"
#include "core/permissions.h"
#include "core/store.h"
#include "stationregistry.h"
#include "syncengine.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <openssl/evp.h>

#include <algorithm>
#include <cstring>

namespace recaisse::core::sync {

namespace {

constexpr int codeKeyIterations = 200000;
const QString codesState = QStringLiteral("join_codes");
const char requestFormat[] = "recaisse-join-request-1";
const char approvalFormat[] = "recaisse-join-approval-1";

QString joinFolder()
{
    return QString::fromLatin1(joinFolderName);
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray unb64(const QJsonValue &value, int expectedSize)
{
    const auto result = QByteArray::fromBase64Encoding(
        value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result || (expectedSize >= 0 && result.decoded.size() != expectedSize))
        return {};
    return result.decoded;
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

bool isRequestId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{32}$"));
    return pattern.match(id).hasMatch();
}

QJsonObject parsed(const QByteArray &data, const char *format)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(data, &error).object();
    if (error.error != QJsonParseError::NoError
        || object.value(QStringLiteral("format")).toString() != QLatin1String(format))
        return {};
    return object;
}

RemoteError localError(const Error &error)
{
    return RemoteError{Failure::Local, 0, error.message, -1};
}

// Uploads under a temporary name, then moves into place: a reader never sees half a file.
RemoteResult<void> publishFile(Remote &remote, const QString &path, const QByteArray &data)
{
    if (auto made = remote.makeFolders(joinFolder()); !made)
        return made;
    const QString temporary = joinFolder() + QStringLiteral("/.upload-")
        + path.section(QLatin1Char('/'), -1) + QStringLiteral(".part");
    if (auto put = remote.put(temporary, data); !put)
        return put;
    return remote.move(temporary, path);
}

} // namespace

// ---- Codes -------------------------------------------------------------------------------------

QString joincode::typed(const QString &text, const char *alphabet, int length)
{
    QString code;
    for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        const QChar upper = c.toUpper();
        if (upper.unicode() > 127 || !std::strchr(alphabet, upper.toLatin1()))
            return {};
        code.append(upper);
    }
    return code.size() == length ? code : QString();
}

QString joincode::normalized(const QString &typedCode)
{
    return typed(typedCode, joinCodeAlphabet, joinCodeLength);
}

QString joincode::displayed(const QString &normalizedCode)
{
    return normalizedCode.left(joinCodeLength / 2) + QLatin1Char('-')
        + normalizedCode.mid(joinCodeLength / 2);
}

QByteArray joincode::macKey(const QString &normalizedCode)
{
    static const QByteArray salt = QByteArrayLiteral("recaisse-join-code-1");
    const QByteArray secret = normalizedCode.toLatin1();
    QByteArray key(crypto::keyBytes, '\0');
    if (PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()),
            reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()),
            codeKeyIterations, EVP_sha256(), int(key.size()),
            reinterpret_cast<unsigned char *>(key.data()))
        != 1)
        qFatal("PBKDF2 failed");
    return key;
}

// ---- Request -----------------------------------------------------------------------------------

QByteArray JoinRequest::body() const
{
    QJsonObject object{{QStringLiteral("format"), QLatin1String(requestFormat)},
        {QStringLiteral("request"), requestId}, {QStringLiteral("station"), stationId},
        {QStringLiteral("code"), stationCode}, {QStringLiteral("kind"), toKey(kind)},
        {QStringLiteral("signing_public"), b64(signingPublic)},
        {QStringLiteral("agreement_public"), b64(agreementPublic)},
        {QStringLiteral("created_utc"), isoUtc(createdUtc)}};
    // Only on a restore request: a request to join is written as before.
    if (restores)
        object.insert(QStringLiteral("restores"), true);
    return canonicalJson(object);
}

QByteArray JoinRequest::toJson() const
{
    QJsonObject object = QJsonDocument::fromJson(body()).object();
    object.insert(QStringLiteral("mac"), b64(mac));
    return canonicalJson(object);
}

std::optional<JoinRequest> JoinRequest::fromJson(const QByteArray &data)
{
    const QJsonObject object = parsed(data, requestFormat);
    if (object.isEmpty())
        return std::nullopt;
    JoinRequest request;
    request.requestId = object.value(QStringLiteral("request")).toString();
    request.stationId = object.value(QStringLiteral("station")).toString();
    request.stationCode = object.value(QStringLiteral("code")).toString();
    const auto kind = stationKindFromKey(object.value(QStringLiteral("kind")).toString());
    request.signingPublic = unb64(object.value(QStringLiteral("signing_public")), crypto::keyBytes);
    request.agreementPublic =
        unb64(object.value(QStringLiteral("agreement_public")), crypto::keyBytes);
    request.createdUtc = fromIsoUtc(object.value(QStringLiteral("created_utc")).toString());
    const QJsonValue restores = object.value(QStringLiteral("restores"));
    request.restores = restores.toBool();
    request.mac = unb64(object.value(QStringLiteral("mac")), 32);
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9]{1,16}$"));
    if (!kind || !isRequestId(request.requestId) || request.stationId.isEmpty()
        || request.stationId.size() > 64 || !codePattern.match(request.stationCode).hasMatch()
        || request.signingPublic.isEmpty() || request.agreementPublic.isEmpty()
        || !request.createdUtc.isValid() || request.mac.isEmpty()
        || !(restores.isUndefined() || restores == QJsonValue(true)))
        return std::nullopt;
    request.kind = *kind;
    return request;
}

QString JoinRequest::fingerprint() const
{
    const QByteArray digest = QCryptographicHash::hash(
        QByteArray(signingPublic + agreementPublic), QCryptographicHash::Sha256)
                                  .toHex()
                                  .toUpper();
    return QString::fromLatin1(QByteArray(digest.left(4) + ' ' + digest.mid(4, 4)));
}

QString JoinRequest::path() const
{
    return joinFolder() + QLatin1Char('/') + requestId + QStringLiteral(".request");
}

bool JoinRequest::madeWith(const QByteArray &codeKey) const
{
    return crypto::equalSecrets(hmac(codeKey, body()), mac);
}

JoinRequest JoinRequest::make(const SiteKeys &keys, const QString &stationCode, StationKind kind,
    const QByteArray &codeKey, const QDateTime &nowUtc, bool restores)
{
    JoinRequest request;
    request.requestId = QString::fromLatin1(crypto::Crypto::randomBytes(16).toHex());
    request.stationId = keys.stationId;
    request.stationCode = stationCode.trimmed().toUpper();
    request.kind = kind;
    request.signingPublic = keys.signing.publicKey;
    request.agreementPublic = keys.agreement.publicKey;
    request.createdUtc = nowUtc;
    request.restores = restores;
    request.mac = hmac(codeKey, request.body());
    return request;
}

// ---- Approval ----------------------------------------------------------------------------------

QByteArray JoinApproval::signedBytes() const
{
    QJsonObject object{{QStringLiteral("format"), QLatin1String(approvalFormat)},
        {QStringLiteral("request"), requestId}, {QStringLiteral("site"), siteId},
        {QStringLiteral("station"), stationId}, {QStringLiteral("approver"), approverStationId},
        {QStringLiteral("approved_utc"), isoUtc(approvedUtc)},
        {QStringLiteral("wrapped_site_key"), b64(wrappedSiteKey)}};
    if (!restoredStationId.isEmpty())
        object.insert(QStringLiteral("restores"), restoredStationId);
    return canonicalJson(object);
}

QByteArray JoinApproval::toJson() const
{
    QJsonObject object = QJsonDocument::fromJson(signedBytes()).object();
    object.insert(QStringLiteral("mac"), b64(mac));
    object.insert(QStringLiteral("signature"), b64(signature));
    return canonicalJson(object);
}

std::optional<JoinApproval> JoinApproval::fromJson(const QByteArray &data)
{
    const QJsonObject object = parsed(data, approvalFormat);
    if (object.isEmpty())
        return std::nullopt;
    JoinApproval approval;
    approval.requestId = object.value(QStringLiteral("request")).toString();
    approval.siteId = object.value(QStringLiteral("site")).toString();
    approval.stationId = object.value(QStringLiteral("station")).toString();
    approval.approverStationId = object.value(QStringLiteral("approver")).toString();
    approval.approvedUtc = fromIsoUtc(object.value(QStringLiteral("approved_utc")).toString());
    approval.wrappedSiteKey = unb64(
        object.value(QStringLiteral("wrapped_site_key")), crypto::keyBytes + crypto::wrapOverhead);
    approval.mac = unb64(object.value(QStringLiteral("mac")), 32);
    approval.signature = unb64(object.value(QStringLiteral("signature")), crypto::signatureBytes);
    approval.restoredStationId = object.value(QStringLiteral("restores")).toString();
    if (!isRequestId(approval.requestId) || approval.siteId.isEmpty()
        || approval.stationId.isEmpty() || approval.approverStationId.isEmpty()
        || !approval.approvedUtc.isValid() || approval.wrappedSiteKey.isEmpty()
        || approval.mac.isEmpty() || approval.signature.isEmpty())
        return std::nullopt;
    return approval;
}

QString JoinApproval::path() const
{
    return joinFolder() + QLatin1Char('/') + requestId + QStringLiteral(".approval");
}

QByteArray JoinApproval::context(
    const QString &siteId, const QString &stationId, const QString &requestId)
{
    return QByteArrayLiteral("recaisse-join-1\n") + siteId.toUtf8() + '\n' + stationId.toUtf8()
        + '\n' + requestId.toUtf8();
}

QString refusalPath(const QString &requestId)
{
    return joinFolder() + QLatin1Char('/') + requestId + QStringLiteral(".refused");
}

// ---- Codes kept by the administration station
// ----------------------------------------------------

JoinCodes::JoinCodes(Store &store)
    : m_store(store)
{
}

namespace {

QJsonArray storedCodes(Store &store)
{
    return QJsonDocument::fromJson(SyncEngine::state(store, codesState).toUtf8()).array();
}

} // namespace

Result<JoinCode> JoinCodes::generate(const Actor &actor, int hours)
{
    if (!permits(actor, Permission::ManageSettings, m_store.site().id))
        return Error{
            ErrorCode::PermissionDenied, tr("Only an administrator can make a join code.")};
    if (!StationRegistry::mayEditConfigurationHere(m_store))
        return Error{ErrorCode::PermissionDenied,
            tr("Join codes are made on an administration station of the shop.")};
    if (hours < 1 || hours > maxJoinCodeHours)
        return Error{ErrorCode::InvalidInput,
            tr("A join code is valid from 1 to %1 hours.").arg(maxJoinCodeHours)};
    const int alphabetSize = int(std::strlen(joinCodeAlphabet));
    const int limit = 256 - 256 % alphabetSize; // no bias: bytes above are drawn again
    QString code;
    while (code.size() < joinCodeLength) {
        for (const char byte : crypto::Crypto::randomBytes(joinCodeLength)) {
            const int value = static_cast<unsigned char>(byte);
            if (value < limit && code.size() < joinCodeLength)
                code.append(QLatin1Char(joinCodeAlphabet[value % alphabetSize]));
        }
    }
    const QDateTime now = m_store.clock().nowUtc();
    const JoinCode made{joincode::displayed(code), now.addSecs(qint64(hours) * 3600)};
    QJsonArray codes;
    // Codes that expired more than a week ago are forgotten.
    for (const QJsonValue &value : storedCodes(m_store)) {
        if (fromIsoUtc(value.toObject().value(QStringLiteral("expires_utc")).toString()).addDays(7)
            > now)
            codes.append(value);
    }
    const QString codeId = QString::fromLatin1(crypto::Crypto::randomBytes(8).toHex());
    codes.append(QJsonObject{{QStringLiteral("id"), codeId},
        {QStringLiteral("key"), b64(joincode::macKey(code))},
        {QStringLiteral("created_utc"), isoUtc(now)},
        {QStringLiteral("expires_utc"), isoUtc(made.expiresUtc)},
        {QStringLiteral("by"), actor.userId}});
    Transaction transaction(m_store.db());
    if (!transaction.started())
        return transaction.started().error();
    if (auto saved = SyncEngine::setState(m_store, codesState,
            QString::fromUtf8(QJsonDocument(codes).toJson(QJsonDocument::Compact)));
        !saved)
        return saved.error();
    if (auto audited = AuditLog(m_store).record(actor.userId, QStringLiteral("join.code"), codeId,
            {{QStringLiteral("expires_utc"), isoUtc(made.expiresUtc)}});
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return made;
}

JoinCodes::Checked JoinCodes::check(const JoinRequest &request) const
{
    Checked checked;
    const QDateTime now = m_store.clock().nowUtc();
    for (const QJsonValue &value : storedCodes(m_store)) {
        const QJsonObject code = value.toObject();
        const QByteArray key = unb64(code.value(QStringLiteral("key")), crypto::keyBytes);
        if (key.isEmpty() || !request.madeWith(key))
            continue;
        checked.codeId = code.value(QStringLiteral("id")).toString();
        checked.key = key;
        if (!code.value(QStringLiteral("used_utc")).toString().isEmpty())
            checked.match = Match::Used;
        else if (fromIsoUtc(code.value(QStringLiteral("expires_utc")).toString()) <= now)
            checked.match = Match::Expired;
        else
            checked.match = Match::Valid;
        return checked;
    }
    return checked;
}

Result<void> JoinCodes::markUsed(const QString &codeId, const QString &requestId)
{
    QJsonArray codes = storedCodes(m_store);
    for (qsizetype i = 0; i < codes.size(); ++i) {
        QJsonObject code = codes.at(i).toObject();
        if (code.value(QStringLiteral("id")).toString() != codeId)
            continue;
        code.insert(QStringLiteral("used_utc"), isoUtc(m_store.clock().nowUtc()));
        code.insert(QStringLiteral("request"), requestId);
        codes.replace(i, code);
    }
    return SyncEngine::setState(m_store, codesState,
        QString::fromUtf8(QJsonDocument(codes).toJson(QJsonDocument::Compact)));
}

// ---- Administration station --------------------------------------------------------------------

QString PendingJoin::describe() const
{
    if (identityTaken)
        return JoinRequests::tr("The request of %1 carries the identity or the keys of a station "
                                "the shop already has: it cannot be approved. Refuse it.")
            .arg(request.stationCode);
    if (request.restores && restoresThisStation && restoredStationId.isEmpty())
        return JoinRequests::tr("%1 asks to be restored on a new computer, but %1 is this "
                                "station: restore it from another administration station.")
            .arg(request.stationCode);
    if (request.restores && restoredStationRevoked)
        return JoinRequests::tr("%1 asks to be restored on a new computer, but station %1 was "
                                "revoked: it can only join as a new station.")
            .arg(request.stationCode);
    if (request.restores && restoredStationId.isEmpty())
        return JoinRequests::tr(
            "%1 asks to be restored on a new computer, but the shop has no station %1.")
            .arg(request.stationCode);
    if (request.restores && code == JoinCodes::Match::Valid)
        return JoinRequests::tr("%1 asks to be restored on a new computer: the keys of the lost "
                                "%1 will no longer be accepted.")
            .arg(request.stationCode);
    if (!request.restores && stationCodeTaken)
        return JoinRequests::tr("%1 asks to join, but the shop already has a station %1.")
            .arg(request.stationCode);
    switch (code) {
    case JoinCodes::Match::Valid:
        return JoinRequests::tr("%1 asks to join the shop.").arg(request.stationCode);
    case JoinCodes::Match::Expired:
        return JoinRequests::tr("%1 asks to join with an expired join code.")
            .arg(request.stationCode);
    case JoinCodes::Match::Used:
        return JoinRequests::tr("%1 asks to join with a join code already used.")
            .arg(request.stationCode);
    case JoinCodes::Match::Unknown:
        break;
    }
    return JoinRequests::tr("%1 asks to join with a code this station did not make.")
        .arg(request.stationCode);
}

JoinRequests::JoinRequests(Store &store, Remote &remote)
    : m_store(store)
    , m_remote(remote)
{
}

void JoinRequests::restoreTarget(PendingJoin &join)
{
    // The registered station of that code that a restore would replace: never a revoked one
    // (a stolen PC's station stays out), never this station (it is not lost). A failed lookup
    // finds nothing: the request cannot be approved.
    const auto registered = StationRegistry::all(m_store);
    if (!registered)
        return;
    for (const RegisteredStation &station : *registered) {
        if (station.code != join.request.stationCode)
            continue;
        if (station.stationId == m_store.station().id) {
            join.restoresThisStation = true;
            continue;
        }
        if (station.isRevoked()) {
            join.restoredStationRevoked = true;
            continue;
        }
        join.restoredStationId = station.stationId;
        join.restoredStationRevoked = false;
        return;
    }
}

bool JoinRequests::stationCodeTaken(const QString &code)
{
    // A registered station (revoked ones too: their numbers exist), or one whose data this
    // station holds. A failed lookup counts as taken: the check fails closed.
    const auto registered = StationRegistry::all(m_store);
    if (!registered)
        return true;
    for (const RegisteredStation &station : *registered) {
        if (station.code == code)
            return true;
    }
    QSqlQuery query(m_store.db().connection());
    query.prepare(QStringLiteral("SELECT 1 FROM station WHERE site_id = ? AND code = ?"));
    query.addBindValue(m_store.site().id);
    query.addBindValue(code);
    // A failed query counts as taken: the check fails closed.
    return !query.exec() || query.next();
}

bool JoinRequests::identityTaken(const JoinRequest &request)
{
    // A request names its own station id and keys: none may be a station's of the shop, current
    // or retired. A failed lookup counts as taken: the check fails closed.
    const auto registered = StationRegistry::all(m_store);
    if (!registered)
        return true;
    const auto isRequestKey = [&](const QByteArray &key) {
        return key == request.signingPublic || key == request.agreementPublic;
    };
    for (const RegisteredStation &station : *registered) {
        if (station.stationId == request.stationId || isRequestKey(station.signingPublic)
            || isRequestKey(station.agreementPublic))
            return true;
        for (const RetiredKey &retired : station.retired) {
            if (isRequestKey(retired.signingPublic))
                return true;
        }
    }
    QSqlQuery query(m_store.db().connection());
    query.prepare(QStringLiteral("SELECT 1 FROM station WHERE id = ?"));
    query.addBindValue(request.stationId);
    return !query.exec() || query.next();
}

RemoteResult<QList<PendingJoin>> JoinRequests::pending()
{
    auto listing = m_remote.list(joinFolder());
    if (!listing) {
        if (listing.error().failure == Failure::NotFound)
            return QList<PendingJoin>{};
        return listing.error();
    }
    if (listing->size() > maxJoinEntries) {
        const RemoteError flooded{Failure::Untrusted, 0,
            tr("The drive's join folder holds more than %1 entries: no request is read. Empty "
               "the folder join/ on the drive, then ask the stations that wait to post their "
               "request again.")
                .arg(maxJoinEntries),
            -1};
        SyncEngine::auditRefusal(m_store, flooded);
        return flooded;
    }
    QSet<QString> answered;
    for (const RemoteEntry &entry : *listing) {
        if (entry.name.endsWith(QLatin1String(".approval"))
            || entry.name.endsWith(QLatin1String(".refused")))
            answered.insert(entry.name.section(QLatin1Char('.'), 0, 0));
    }
    QList<PendingJoin> requests;
    for (const RemoteEntry &entry : *listing) {
        if (entry.isFolder || !entry.name.endsWith(QLatin1String(".request")))
            continue;
        const QString id = entry.name.section(QLatin1Char('.'), 0, 0);
        if (!isRequestId(id) || answered.contains(id))
            continue;
        const QString path = joinFolder() + QLatin1Char('/') + entry.name;
        auto data = entry.size > maxJoinFileBytes
            ? RemoteResult<QByteArray>(RemoteError{Failure::Protocol, 0, QString(), -1})
            : m_remote.get(path, maxJoinFileBytes);
        if (!data && data.error().failure == Failure::Protocol) {
            // Too large to be a request: refused, the others are still read.
            SyncEngine::auditRefusal(m_store,
                RemoteError{Failure::Untrusted, 0,
                    tr("Refused %1 from the drive: larger than a join request (%2 bytes at "
                       "most).")
                        .arg(path.left(120))
                        .arg(maxJoinFileBytes),
                    -1});
            continue;
        }
        if (!data)
            return data.error();
        const auto request = JoinRequest::fromJson(*data);
        // A malformed file, or one whose name is not its request, is nobody's request.
        if (!request || request->requestId != id)
            continue;
        PendingJoin join;
        join.request = *request;
        join.code = JoinCodes(m_store).check(*request).match;
        join.stationCodeTaken = stationCodeTaken(request->stationCode);
        join.identityTaken = identityTaken(*request);
        if (request->restores)
            restoreTarget(join);
        requests.append(join);
    }
    std::sort(requests.begin(), requests.end(), [](const PendingJoin &a, const PendingJoin &b) {
        return a.request.createdUtc < b.request.createdUtc;
    });
    return requests;
}

RemoteResult<PendingJoin> JoinRequests::findPending(const QString &stationCode)
{
    auto requests = pending();
    if (!requests)
        return requests.error();
    const QString code = stationCode.trimmed().toUpper();
    std::optional<PendingJoin> found;
    for (const PendingJoin &join : *requests) {
        if (join.request.stationCode != code)
            continue;
        // Of several requests for one code, the one made with a valid join code is the one an
        // administrator can act on; the others stay listed with their reason.
        if (!found || (join.approvable() && !found->approvable()))
            found = join;
    }
    if (!found)
        return RemoteError{
            Failure::NotFound, 0, tr("No station %1 is waiting to join.").arg(code), -1};
    return *found;
}

RemoteResult<JoinApproval> JoinRequests::approve(
    const Actor &actor, const QString &stationCode, const SiteKeys &ownKeys)
{
    if (!permits(actor, Permission::ManageSettings, m_store.site().id))
        return localError(
            Error{ErrorCode::PermissionDenied, tr("Only an administrator can approve a station.")});
    if (!StationRegistry::mayEditConfigurationHere(m_store))
        return localError(Error{ErrorCode::PermissionDenied,
            tr("Stations are approved on an administration station of the shop.")});
    if (!ownKeys.isComplete() || ownKeys.stationId != m_store.station().id)
        return localError(Error{ErrorCode::NotFound,
            tr("This station does not hold the shop's key: it cannot approve a station.")});
    auto found = findPending(stationCode);
    if (!found)
        return found.error();
    const PendingJoin join = *found;
    if (!join.approvable())
        return localError(Error{ErrorCode::PermissionDenied, join.describe()});
    const JoinCodes::Checked code = JoinCodes(m_store).check(join.request);

    JoinApproval approval;
    approval.requestId = join.request.requestId;
    approval.siteId = m_store.site().id;
    approval.stationId = join.request.stationId;
    approval.approverStationId = m_store.station().id;
    approval.approvedUtc = m_store.clock().nowUtc();
    approval.restoredStationId = join.restoredStationId;
    // A restore: the old keys open the lost station's journal as far as the drive holds it now,
    // nothing it signs later.
    qint64 journalThrough = 0;
    if (join.request.restores) {
        auto published = publishedJournalEnd(m_remote, join.restoredStationId);
        if (!published)
            return published.error();
        journalThrough = *published;
    }
    auto wrapped = crypto::wrapFor(join.request.agreementPublic, ownKeys.siteKey,
        JoinApproval::context(approval.siteId, approval.stationId, approval.requestId));
    if (!wrapped)
        return localError(wrapped.error());
    approval.wrappedSiteKey = *wrapped;
    approval.mac = hmac(code.key, approval.signedBytes());
    auto signature = crypto::sign(ownKeys.signing.privateKey, approval.signedBytes());
    if (!signature)
        return localError(signature.error());
    approval.signature = *signature;

    // The code is spent before anything is published: a crash after this point leaves a used
    // code and a request to approve again with a new code, never a code good twice.
    if (auto used = JoinCodes(m_store).markUsed(code.codeId, approval.requestId); !used)
        return localError(used.error());
    if (join.request.restores) {
        auto target = StationRegistry::find(m_store, join.restoredStationId);
        if (!target)
            return localError(target.error());
        if (!*target)
            return localError(Error{ErrorCode::NotFound,
                tr("The shop has no station %1 to restore.").arg(join.request.stationCode)});
        if (auto replaced = StationRegistry::replaceKeys(m_store, join.restoredStationId,
                (*target)->signingPublic, join.request.signingPublic, join.request.agreementPublic,
                journalThrough, actor.userId);
            !replaced)
            return localError(replaced.error());
    } else if (auto registered = StationRegistry::registerStation(m_store,
                   StationRegistration{join.request.stationId, join.request.stationCode,
                       join.request.signingPublic, join.request.agreementPublic,
                       join.request.kind == StationKind::BackOffice, actor.userId});
               !registered) {
        return localError(registered.error());
    }
    if (auto written = publishFile(m_remote, approval.path(), approval.toJson()); !written)
        return written.error();
    QJsonObject details{
        {QStringLiteral("station_id"),
            join.request.restores ? join.restoredStationId : join.request.stationId},
        {QStringLiteral("fingerprint"), join.request.fingerprint()}};
    if (join.request.restores)
        details.insert(QStringLiteral("journal_through"), journalThrough);
    if (auto audited = AuditLog(m_store).record(actor.userId,
            join.request.restores ? QStringLiteral("join.restore") : QStringLiteral("join.approve"),
            join.request.stationCode, details);
        !audited)
        return localError(audited.error());
    return approval;
}

RemoteResult<void> JoinRequests::refuse(const Actor &actor, const QString &stationCode)
{
    if (!permits(actor, Permission::ManageSettings, m_store.site().id))
        return localError(
            Error{ErrorCode::PermissionDenied, tr("Only an administrator can refuse a station.")});
    if (!StationRegistry::mayEditConfigurationHere(m_store))
        return localError(Error{ErrorCode::PermissionDenied,
            tr("Stations are approved on an administration station of the shop.")});
    auto found = findPending(stationCode);
    if (!found)
        return found.error();
    if (auto written = publishFile(m_remote, refusalPath(found->request.requestId), "refused\n");
        !written)
        return written;
    if (auto audited = AuditLog(m_store).record(actor.userId, QStringLiteral("join.refuse"),
            found->request.stationCode, {{QStringLiteral("station_id"), found->request.stationId}});
        !audited)
        return localError(audited.error());
    return {};
}

// ---- Joining station
// -----------------------------------------------------------------------------

RemoteResult<void> JoiningStation::post(Remote &remote, const JoinRequest &request)
{
    return publishFile(remote, request.path(), request.toJson());
}

RemoteResult<std::optional<JoinApproval>> JoiningStation::fetchAnswer(
    Remote &remote, const JoinRequest &request)
{
    JoinApproval probe;
    probe.requestId = request.requestId;
    auto data = remote.get(probe.path(), maxJoinFileBytes);
    if (data) {
        const auto approval = JoinApproval::fromJson(*data);
        if (!approval || approval->requestId != request.requestId
            || approval->stationId != request.stationId)
            return RemoteError{Failure::Protocol, 0,
                tr("The approval of this station's request on the drive is damaged or forged."),
                -1};
        return std::optional<JoinApproval>(*approval);
    }
    if (data.error().failure != Failure::NotFound)
        return data.error();
    auto refused = remote.get(refusalPath(request.requestId), maxJoinFileBytes);
    if (refused)
        return RemoteError{Failure::Credentials, 0,
            tr("An administrator refused this station's request to join."), -1};
    if (refused.error().failure != Failure::NotFound)
        return refused.error();
    return std::optional<JoinApproval>();
}

Result<QByteArray> JoiningStation::openApproval(const JoinApproval &approval,
    const JoinRequest &request, const SiteKeys &ownKeys, const QByteArray &codeKey)
{
    const Error forged{ErrorCode::IntegrityFailure,
        tr("The approval on the drive was not made for this station's request: it is ignored.")};
    if (approval.requestId != request.requestId || approval.stationId != request.stationId
        || request.restores == approval.restoredStationId.isEmpty()
        || ownKeys.agreement.publicKey != request.agreementPublic
        || !crypto::equalSecrets(hmac(codeKey, approval.signedBytes()), approval.mac))
        return forged;
    auto siteKey = crypto::unwrap(ownKeys.agreement.privateKey, approval.wrappedSiteKey,
        JoinApproval::context(approval.siteId, approval.stationId, approval.requestId));
    if (!siteKey || siteKey->size() != crypto::keyBytes)
        return forged;
    return *siteKey;
}

bool JoiningStation::approvalSignedBy(
    const JoinApproval &approval, const QByteArray &approverPublicKey)
{
    return crypto::verify(approverPublicKey, approval.signedBytes(), approval.signature);
}

Result<void> JoiningStation::checkApprover(Store &store, const JoinApproval &approval)
{
    auto approver = StationRegistry::find(store, approval.approverStationId);
    if (!approver)
        return approver.error();
    if (!*approver || !(*approver)->mayConfigure()
        || !approvalSignedBy(approval, (*approver)->signingPublic))
        return Error{ErrorCode::IntegrityFailure,
            tr("The approval was not signed by an administration station of the shop: this "
               "station is not joined.")};
    return {};
}

} // namespace recaisse::core::sync
