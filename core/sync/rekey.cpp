#include "rekey.h"

#include "backup.h"
#include "core/crypto.h"
#include "core/database.h"
#include "core/ledger.h"
#include "core/pinpepper.h"
#include "core/store.h"
#include "recovery.h"
#include "stationregistry.h"
#include "syncengine.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace recaisse::core::sync {

namespace {

const QString folder = QStringLiteral("keys");
const QString filePrefix = QStringLiteral("rekey-");
const QString trustedState = QStringLiteral("recovery_signing_public");
const QByteArray format = QByteArrayLiteral("recaisse-rekey-1");
constexpr qint64 maxStatementBytes = 16 * 1024;
// More statements than restores a shop will ever make: a drive flooded with files is not read.
constexpr int maxStatements = 1000;

QString encoded(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray decoded(const QJsonValue &value, qsizetype size)
{
    const auto result = QByteArray::fromBase64Encoding(
        value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return result && result.decoded.size() == size ? result.decoded : QByteArray();
}

QByteArray signedMessage(const QByteArray &statement)
{
    return format + '\n' + statement;
}

RemoteError localError(const Error &error)
{
    return RemoteError{Failure::Local, 0, error.message, -1};
}

} // namespace

QByteArray StationRekey::trustedPublic(Store &store)
{
    return decoded(SyncEngine::state(store, trustedState), crypto::keyBytes);
}

Result<void> StationRekey::setTrustedPublic(Store &store, const QByteArray &publicKey)
{
    if (publicKey.size() != crypto::keyBytes)
        return Error{ErrorCode::InvalidInput, tr("Not a recovery signing key.")};
    return SyncEngine::setState(store, trustedState, encoded(publicKey));
}

QByteArray StationRekey::file(const RekeyStatement &statement, const QByteArray &privateKey)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("site_id"), statement.siteId},
                          {QStringLiteral("station_id"), statement.stationId},
                          {QStringLiteral("code"), statement.code},
                          {QStringLiteral("previous_signing"), encoded(statement.previousSigning)},
                          {QStringLiteral("signing_public"), encoded(statement.signingPublic)},
                          {QStringLiteral("agreement_public"), encoded(statement.agreementPublic)},
                          {QStringLiteral("journal_through"), statement.journalThrough},
                          {QStringLiteral("restored_utc"), isoUtc(statement.restoredUtc)},
                          {QStringLiteral("restored_by"), statement.restoredBy}})
            .toJson(QJsonDocument::Compact);
    const auto signature = crypto::sign(privateKey, signedMessage(body));
    return QJsonDocument(
        QJsonObject{{QStringLiteral("format"), QString::fromLatin1(format)},
            {QStringLiteral("statement"), encoded(body)},
            {QStringLiteral("signature"), signature ? encoded(*signature) : QString()}})
        .toJson(QJsonDocument::Compact);
}

std::optional<RekeyStatement> StationRekey::parse(
    const QByteArray &file, const QByteArray &recoveryPublic)
{
    if (file.size() > maxStatementBytes || recoveryPublic.size() != crypto::keyBytes)
        return std::nullopt;
    const QJsonObject outer = QJsonDocument::fromJson(file).object();
    if (outer.value(QStringLiteral("format")).toString() != QString::fromLatin1(format))
        return std::nullopt;
    const auto body = QByteArray::fromBase64Encoding(
        outer.value(QStringLiteral("statement")).toString().toLatin1(),
        QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray signature =
        decoded(outer.value(QStringLiteral("signature")), crypto::signatureBytes);
    if (!body || signature.isEmpty()
        || !crypto::verify(recoveryPublic, signedMessage(body.decoded), signature))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(body.decoded).object();
    RekeyStatement statement;
    statement.siteId = object.value(QStringLiteral("site_id")).toString();
    statement.stationId = object.value(QStringLiteral("station_id")).toString();
    statement.code = object.value(QStringLiteral("code")).toString();
    statement.previousSigning =
        decoded(object.value(QStringLiteral("previous_signing")), crypto::keyBytes);
    statement.signingPublic =
        decoded(object.value(QStringLiteral("signing_public")), crypto::keyBytes);
    statement.agreementPublic =
        decoded(object.value(QStringLiteral("agreement_public")), crypto::keyBytes);
    statement.journalThrough = object.value(QStringLiteral("journal_through")).toInteger(-1);
    statement.restoredUtc = fromIsoUtc(object.value(QStringLiteral("restored_utc")).toString());
    statement.restoredBy = object.value(QStringLiteral("restored_by")).toString();
    if (statement.siteId.isEmpty() || statement.stationId.isEmpty() || statement.code.isEmpty()
        || statement.previousSigning.isEmpty() || statement.signingPublic.isEmpty()
        || statement.agreementPublic.isEmpty() || statement.journalThrough < 0
        || !statement.restoredUtc.isValid() || statement.previousSigning == statement.signingPublic)
        return std::nullopt;
    return statement;
}

QString StationRekey::pathOf(const RekeyStatement &statement)
{
    const QByteArray digest =
        QCryptographicHash::hash(statement.signingPublic, QCryptographicHash::Sha256).toHex();
    return folder + QLatin1Char('/') + filePrefix + statement.stationId + QLatin1Char('-')
        + QString::fromLatin1(digest.left(16)) + QStringLiteral(".json");
}

RemoteResult<void> StationRekey::publish(
    Remote &remote, const RekeyStatement &statement, const QByteArray &privateKey)
{
    if (auto made = remote.makeFolders(folder); !made)
        return made;
    const QString path = pathOf(statement);
    const QString temporary = uploadPath(path);
    if (auto put = remote.put(temporary, file(statement, privateKey)); !put)
        return put;
    return remote.move(temporary, path);
}

RemoteResult<QList<RekeyStatement>> StationRekey::published(
    Remote &remote, const QString &siteId, const QByteArray &recoveryPublic, QStringList *refused)
{
    auto listing = remote.list(folder);
    if (!listing) {
        if (listing.error().failure == Failure::NotFound)
            return QList<RekeyStatement>();
        return listing.error();
    }
    QStringList names;
    for (const RemoteEntry &entry : *listing) {
        if (!entry.isFolder && entry.name.startsWith(filePrefix)
            && entry.name.endsWith(QLatin1String(".json")))
            names.append(entry.name);
    }
    std::sort(names.begin(), names.end());
    if (names.size() > maxStatements) {
        if (refused)
            refused->append(tr("Refused %1 from the drive: it holds more than %2 statements of "
                               "restored stations.")
                                .arg(folder)
                                .arg(maxStatements));
        names = names.mid(0, maxStatements);
    }
    QList<RekeyStatement> statements;
    for (const QString &name : std::as_const(names)) {
        const QString path = folder + QLatin1Char('/') + name;
        auto data = remote.get(path, maxStatementBytes);
        if (!data) {
            if (data.error().failure == Failure::NotFound)
                continue;
            if (data.error().failure == Failure::Protocol && refused) {
                refused->append(data.error().message);
                continue;
            }
            return data.error();
        }
        const auto statement = parse(*data, recoveryPublic);
        if (!statement || statement->siteId != siteId || pathOf(*statement) != path) {
            if (refused)
                refused->append(tr("Refused %1 from the drive: it is not a statement signed with "
                                   "the shop's recovery key.")
                                    .arg(path));
            continue;
        }
        statements.append(*statement);
    }
    std::stable_sort(
        statements.begin(), statements.end(), [](const RekeyStatement &a, const RekeyStatement &b) {
            return a.restoredUtc < b.restoredUtc;
        });
    return statements;
}

RemoteResult<int> StationRekey::applyPublished(Store &store, Remote &remote, QStringList *refused)
{
    const QByteArray recoveryPublic = trustedPublic(store);
    if (recoveryPublic.isEmpty())
        return 0;
    auto statements = published(remote, store.site().id, recoveryPublic, refused);
    if (!statements)
        return statements.error();
    int applied = 0;
    // A station restored twice has two statements that chain: apply until nothing changes.
    for (bool progress = true; progress;) {
        progress = false;
        for (const RekeyStatement &statement : std::as_const(*statements)) {
            auto entry = StationRegistry::find(store, statement.stationId);
            if (!entry)
                return localError(entry.error());
            if (!*entry || (*entry)->isRevoked()
                || (*entry)->signingPublic != statement.previousSigning)
                continue;
            if (auto replaced = StationRegistry::replaceKeys(store, statement.stationId,
                    statement.previousSigning, statement.signingPublic, statement.agreementPublic,
                    statement.journalThrough, statement.restoredBy);
                !replaced) {
                if (replaced.error().code == ErrorCode::Conflict)
                    continue;
                return localError(replaced.error());
            }
            ++applied;
            progress = true;
        }
    }
    return applied;
}

namespace {

// The drive as a station restored with the recovery key reads it: the site key from keys/, the
// registry the administration stations published with the statements of earlier restores, and
// the id of station `code`.
struct RecoveredDrive
{
    RecoveredSite site;
    crypto::KeyPair recoverySigning;
    SiteKeys keys; // new keys for the restored station, with the site key
    SealedRemote::SignerLookup signers;
    QString stationId;
};

RemoteResult<RecoveredDrive> recoverDrive(
    Remote &drive, const QString &recoveryKey, const QString &code)
{
    auto site = SiteRecovery::recover(drive, recoveryKey);
    if (!site)
        return site.error();
    // The restorer's PIN is checked in the restored database with the shop's pepper, which the
    // site key unsealed by the recovery key gives (the keychain gets the keys afterwards).
    PinPepper::remember(site->siteId, site->siteKey);
    const auto recoverySigning = SiteRecovery::signingKey(recoveryKey, site->siteId);
    if (!recoverySigning)
        return localError(Error{ErrorCode::InvalidInput, StationRekey::tr("Not a recovery key.")});
    // The lost PC's private keys went with it: the restored station signs with new ones.
    RecoveredDrive recovered{
        *site, *recoverySigning, SiteKeys::forJoiningStation(site->siteId, QString()), {}, {}};
    recovered.keys.siteKey = site->siteKey;
    auto base = SealedRemote::signersFromPublishedConfiguration(drive, recovered.keys);
    if (!base)
        return base.error();
    // Earlier restores, vouched for by the key typed here: no configuration needed to trust them.
    auto statements =
        StationRekey::published(drive, site->siteId, recoverySigning->publicKey, nullptr);
    if (!statements)
        return statements.error();
    recovered.signers = StationRekey::following(*base, *statements);
    SealedRemote reading(drive, recovered.keys, recovered.signers);
    auto station = Backup::publishedStation(reading, code);
    if (!station)
        return station.error();
    recovered.stationId = station->first;
    recovered.keys.stationId = station->first;
    return recovered;
}

} // namespace

RemoteResult<QList<RestorePoint>> StationRekey::restorePoints(
    Remote &drive, const QString &recoveryKey, const QString &code)
{
    auto recovered = recoverDrive(drive, recoveryKey, code);
    if (!recovered)
        return recovered.error();
    SealedRemote reading(drive, recovered->keys, recovered->signers);
    return Backup::restorePoints(reading, recovered->stationId);
}

RemoteResult<RestoredStation> StationRekey::restoreStation(Remote &drive,
    const QString &recoveryKey, const QString &code, const QString &targetDb, const Clock &clock,
    const RestoringUser &by, const QString &point)
{
    auto recovered = recoverDrive(drive, recoveryKey, code);
    if (!recovered)
        return recovered.error();
    const RecoveredSite *site = &recovered->site;
    const crypto::KeyPair *recoverySigning = &recovered->recoverySigning;
    const SealedRemote::SignerLookup &signers = recovered->signers;
    RestoredStation restored;
    restored.keys = recovered->keys;
    SealedRemote sealed(drive, restored.keys, signers);
    const auto rekey = [&](Store &store, qint64 journalThrough,
                           const Actor &restorer) -> RemoteResult<void> {
        if (store.site().id != site->siteId)
            return localError(Error{ErrorCode::IntegrityFailure,
                tr("The backup on the drive belongs to another shop than the recovery key.")});
        if (auto trusted = setTrustedPublic(store, recoverySigning->publicKey); !trusted)
            return localError(trusted.error());
        // The registry as the statements on the drive leave it (this station's earlier
        // restores too), then this restore.
        if (auto applied = applyPublished(store, sealed, nullptr); !applied)
            return applied.error();
        const QString stationId = store.station().id;
        auto own = StationRegistry::find(store, stationId);
        if (!own)
            return localError(own.error());
        if (!*own)
            return localError(Error{ErrorCode::IntegrityFailure,
                tr("Station %1 is not in the shop's station registry: it cannot be restored with "
                   "the recovery key. Join the shop again with a join code.")
                    .arg(store.station().code)});
        RekeyStatement statement{site->siteId, stationId, store.station().code,
            (*own)->signingPublic, restored.keys.signing.publicKey,
            restored.keys.agreement.publicKey, journalThrough, clock.nowUtc(), restorer.userId};
        if (auto replaced = StationRegistry::replaceKeys(store, stationId,
                statement.previousSigning, statement.signingPublic, statement.agreementPublic,
                journalThrough, restorer.userId);
            !replaced)
            return localError(replaced.error());
        return publish(sealed, statement, recoverySigning->privateKey);
    };
    auto store = Backup::restore(sealed, code, targetDb, clock, by, rekey, point);
    if (!store)
        return store.error();
    restored.store = std::move(*store);
    return restored;
}

SealedRemote::SignerLookup StationRekey::following(
    SealedRemote::SignerLookup base, const QList<RekeyStatement> &statements)
{
    return [base = std::move(base), statements](
               const QString &id) -> std::optional<RegisteredStation> {
        std::optional<RegisteredStation> entry = base(id);
        if (!entry || entry->isRevoked())
            return entry;
        for (bool progress = true; progress;) {
            progress = false;
            for (const RekeyStatement &statement : statements) {
                if (statement.stationId != id || statement.previousSigning != entry->signingPublic
                    || std::any_of(
                        entry->retired.cbegin(), entry->retired.cend(), [&](const RetiredKey &key) {
                            return key.signingPublic == statement.signingPublic;
                        }))
                    continue;
                entry->retired.append(RetiredKey{
                    statement.previousSigning, statement.journalThrough, statement.restoredUtc});
                entry->signingPublic = statement.signingPublic;
                entry->agreementPublic = statement.agreementPublic;
                progress = true;
            }
        }
        return entry;
    };
}

} // namespace recaisse::core::sync
