#include "recovery.h"

#include "core/crypto.h"
#include "core/ledger.h"
#include "core/pdfpages.h"
#include "core/store.h"
#include "joinrequest.h"
#include "rekey.h"
#include "stationregistry.h"
#include "syncengine.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QSqlQuery>

#include <cstring>

namespace recaisse::core::sync {

namespace {

constexpr char base32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr int recoveryKeyBytes = 20; // 160 bits, exactly 32 base32 characters
constexpr qint64 maxRecoveryFileBytes = 16 * 1024;
const char recoveryFormat[] = "recaisse-recovery-1";
const char signingFormat[] = "recaisse-recovery-signing-1";
const QString pendingState = QStringLiteral("recovery_file_pending");
// The published keys/recovery as this station last saw it, for the backup files it saves.
const QString copyState = QStringLiteral("recovery_file_copy");

QByteArray decodedKey(const QString &normalizedKey)
{
    QByteArray bytes;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : normalizedKey) {
        buffer =
            (buffer << 5) | quint32(std::strchr(base32Alphabet, c.toLatin1()) - base32Alphabet);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            bytes.append(char((buffer >> bits) & 0xff));
        }
    }
    return bytes;
}

QByteArray associatedData(const QString &siteId)
{
    return QByteArray(recoveryFormat) + '\n' + siteId.toUtf8();
}

QByteArray wrappingKey(const QString &normalizedKey, const QString &siteId)
{
    return crypto::hkdf(
        decodedKey(normalizedKey), QByteArray(recoveryFormat), siteId.toUtf8(), crypto::keyBytes);
}

RemoteError localError(const Error &error)
{
    return RemoteError{Failure::Local, 0, error.message, -1};
}

// keys/recovery written under a temporary name, then moved: never half a file.
RemoteResult<void> upload(Remote &remote, const QByteArray &content)
{
    const QString path = QString::fromLatin1(recoveryPath);
    const QString folder = path.section(QLatin1Char('/'), 0, 0);
    if (auto made = remote.makeFolders(folder); !made)
        return made;
    const QString temporary = folder + QStringLiteral("/.upload-recovery.part");
    if (auto put = remote.put(temporary, content); !put)
        return put;
    return remote.move(temporary, path);
}

} // namespace

QString SiteRecovery::newKey()
{
    const QByteArray bytes = crypto::Crypto::randomBytes(recoveryKeyBytes);
    QString key;
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | static_cast<unsigned char>(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            if (!key.isEmpty() && key.size() % (recoveryKeyGroupSize + 1) == recoveryKeyGroupSize)
                key.append(QLatin1Char('-'));
            key.append(QLatin1Char(base32Alphabet[(buffer >> bits) & 0x1f]));
        }
    }
    return key;
}

QString SiteRecovery::normalized(const QString &typed)
{
    return joincode::typed(typed, base32Alphabet, recoveryKeyGroups * recoveryKeyGroupSize);
}

QByteArray SiteRecovery::file(const QString &siteId, const QByteArray &siteKey,
    const QString &recoveryKey, const QDateTime &nowUtc)
{
    const QString key = normalized(recoveryKey);
    const QByteArray sealed =
        crypto::seal(wrappingKey(key, siteId), siteKey, associatedData(siteId));
    return QJsonDocument(
        QJsonObject{{QStringLiteral("format"), QLatin1String(recoveryFormat)},
            {QStringLiteral("site"), siteId}, {QStringLiteral("created_utc"), isoUtc(nowUtc)},
            {QStringLiteral("sealed_site_key"), QString::fromLatin1(sealed.toBase64())}})
        .toJson(QJsonDocument::Compact);
}

RemoteResult<void> SiteRecovery::publish(Remote &remote, const QString &siteId,
    const QByteArray &siteKey, const QString &recoveryKey, const QDateTime &nowUtc)
{
    if (normalized(recoveryKey).isEmpty() || siteKey.size() != crypto::keyBytes)
        return localError(Error{ErrorCode::InvalidInput, tr("Not a recovery key.")});
    return upload(remote, file(siteId, siteKey, recoveryKey, nowUtc));
}

RemoteResult<RecoveredSite> SiteRecovery::recover(Remote &remote, const QString &typedKey)
{
    if (normalized(typedKey).isEmpty())
        return open(QByteArray(), typedKey);
    auto data = remote.get(QString::fromLatin1(recoveryPath), maxRecoveryFileBytes);
    if (!data) {
        if (data.error().failure == Failure::NotFound)
            return RemoteError{Failure::NotFound, 0,
                tr("The drive holds no recovery file: this shop cannot be restored with a "
                   "recovery key."),
                -1};
        return data.error();
    }
    return open(*data, typedKey);
}

RemoteResult<RecoveredSite> SiteRecovery::open(const QByteArray &file, const QString &typedKey)
{
    const QString key = normalized(typedKey);
    if (key.isEmpty())
        return RemoteError{Failure::Local, 0,
            tr("This is not a recovery key: it has %1 groups of %2 letters and digits.")
                .arg(recoveryKeyGroups)
                .arg(recoveryKeyGroupSize),
            -1};
    const QJsonObject object = QJsonDocument::fromJson(file).object();
    const QString siteId = object.value(QStringLiteral("site")).toString();
    const auto sealed = QByteArray::fromBase64Encoding(
        object.value(QStringLiteral("sealed_site_key")).toString().toLatin1(),
        QByteArray::AbortOnBase64DecodingErrors);
    if (object.value(QStringLiteral("format")).toString() != QLatin1String(recoveryFormat)
        || siteId.isEmpty() || !sealed)
        return RemoteError{Failure::Protocol, 0, tr("The shop's recovery file is damaged."), -1};
    auto siteKey = crypto::open(wrappingKey(key, siteId), sealed.decoded, associatedData(siteId));
    if (!siteKey || siteKey->size() != crypto::keyBytes)
        return RemoteError{Failure::Credentials, 0,
            tr("This recovery key does not open this shop's data (mistyped, or an older kit "
               "replaced by a new one)."),
            -1};
    return RecoveredSite{siteId, *siteKey};
}

std::optional<crypto::KeyPair> SiteRecovery::signingKey(
    const QString &typedKey, const QString &siteId)
{
    const QString key = normalized(typedKey);
    if (key.isEmpty() || siteId.isEmpty())
        return std::nullopt;
    const QByteArray seed =
        crypto::hkdf(decodedKey(key), QByteArray(signingFormat), siteId.toUtf8(), crypto::keyBytes);
    auto publicKey = crypto::signingPublicKey(seed);
    if (!publicKey)
        return std::nullopt;
    return crypto::KeyPair{*publicKey, seed};
}

Result<QString> SiteRecovery::prepareForNewShop(Store &store, const SiteKeys &keys)
{
    if (keys.siteKey.size() != crypto::keyBytes || keys.siteId != store.site().id)
        return Error{ErrorCode::InvalidInput, tr("These are not this shop's keys.")};
    const QString key = newKey();
    if (auto saved = SyncEngine::setState(store, pendingState,
            QString::fromLatin1(file(keys.siteId, keys.siteKey, key, store.clock().nowUtc())));
        !saved)
        return saved.error();
    // Its public half goes out with the configuration: what the key signs, every station trusts.
    if (auto trusted =
            StationRekey::setTrustedPublic(store, signingKey(key, keys.siteId)->publicKey);
        !trusted)
        return trusted.error();
    return key;
}

RemoteResult<bool> SiteRecovery::publishPending(Store &store, Remote &remote)
{
    const QByteArray pending = SyncEngine::state(store, pendingState).toLatin1();
    if (pending.isEmpty())
        return false;
    if (auto uploaded = upload(remote, pending); !uploaded)
        return uploaded.error();
    if (auto kept = SyncEngine::setState(store, copyState, QString::fromLatin1(pending)); !kept)
        return localError(kept.error());
    if (auto cleared = SyncEngine::setState(store, pendingState, QString()); !cleared)
        return localError(cleared.error());
    return true;
}

RemoteResult<QByteArray> SiteRecovery::fileForBackup(Store &store, Remote *drive)
{
    for (const QString &state : {pendingState, copyState}) {
        if (const QString kept = SyncEngine::state(store, state); !kept.isEmpty())
            return kept.toLatin1();
    }
    if (drive) {
        auto data = drive->get(QString::fromLatin1(recoveryPath), maxRecoveryFileBytes);
        if (!data && data.error().failure != Failure::NotFound)
            return data.error();
        if (data) {
            if (auto kept = SyncEngine::setState(store, copyState, QString::fromLatin1(*data));
                !kept)
                return localError(kept.error());
            return *data;
        }
    }
    return RemoteError{Failure::NotFound, 0,
        tr("This station holds no copy of the shop's recovery file, which a backup file needs so "
           "that the recovery key opens it: synchronize once with the drive, then save again."),
        -1};
}

RemoteResult<QString> SiteRecovery::renew(
    Store &store, const Actor &actor, const SiteKeys &keys, Remote &remote)
{
    // Super-administrators; an administrator too when the site has no active super-administrator
    // (the shop's first administrator is an administrator: the kit must stay re-printable).
    bool allowed = actor.role == Role::SuperAdmin;
    if (actor.role == Role::Admin && actor.siteId == store.site().id) {
        QSqlQuery query(store.db().connection());
        query.prepare(QStringLiteral(
            "SELECT count(*) FROM app_user WHERE role = 'super-admin' AND active = 1"));
        allowed = query.exec() && query.next() && query.value(0).toInt() == 0;
    }
    if (!allowed)
        return localError(Error{ErrorCode::PermissionDenied,
            tr("Only a super-administrator can make a new recovery key.")});
    if (keys.siteKey.size() != crypto::keyBytes || keys.siteId != store.site().id)
        return localError(Error{ErrorCode::NotFound,
            tr("This station does not hold the shop's key: it cannot make a recovery key.")});
    // The key's public half goes out with the configuration, which only administration stations
    // publish.
    if (!StationRegistry::mayEditConfigurationHere(store))
        return localError(Error{ErrorCode::PermissionDenied,
            tr("A new recovery key is made on an administration station of the shop.")});
    const QString key = newKey();
    if (auto published = publish(remote, keys.siteId, keys.siteKey, key, store.clock().nowUtc());
        !published)
        return published.error();
    // A file made at creation and not yet published would bring the old key back; the copy
    // for the backup files is read again from the drive.
    for (const QString &state : {pendingState, copyState}) {
        if (auto cleared = SyncEngine::setState(store, state, QString()); !cleared)
            return localError(cleared.error());
    }
    if (auto trusted =
            StationRekey::setTrustedPublic(store, signingKey(key, keys.siteId)->publicKey);
        !trusted)
        return localError(trusted.error());
    if (auto audited =
            AuditLog(store).record(actor.userId, QStringLiteral("recovery.key"), store.site().name);
        !audited)
        return localError(audited.error());
    return key;
}

// ---- The kit
// -------------------------------------------------------------------------------------

QStringList RecoveryKit::paragraphs() const
{
    return {tr("ReCaisse recovery kit"), tr("Shop: %1").arg(shopName),
        tr("Made on %1").arg(QLocale().toString(madeOn, QLocale::LongFormat)),
        tr("Keep this sheet in a safe place away from the shop's computers (a safe, the "
           "association's office). Whoever holds this key and the kDrive password can read the "
           "shop's data. Do not photograph it, do not send it by e-mail, do not keep it on a "
           "computer."),
        tr("What it is for: if every computer of the shop is lost (theft, fire, breakdown), this "
           "key lets a new computer get the shop's data back from the kDrive. As long as one "
           "computer of the shop still works, new computers join the shop with a join code and "
           "this kit is not needed."),
        tr("How to use it: install ReCaisse on the new computer, then restore the station from "
           "the kDrive with this key, as the manual's page \"The recovery kit\" shows: the "
           "kDrive address, its application password, then the recovery key above."),
        tr("If this kit is lost while a computer of the shop still works: nothing is lost. A "
           "super-administrator prints a new kit from the administration's Synchronisation page; "
           "the old key "
           "then stops working."),
        tr("If this kit is lost and every computer of the shop is lost too: nobody can read the "
           "data on the drive any more, neither the association, nor the makers of ReCaisse, "
           "nor kDrive. The shop starts again from nothing; the declarations already sent on "
           "paper remain valid.")};
}

QByteArray RecoveryKit::pdf() const
{
    const QStringList text = paragraphs();
    // A4 in points, 2 cm margins.
    constexpr int left = 57;
    int y = PdfPages::height - 70;
    PdfPages page;
    page.text(PdfPages::Font::Bold, 20, left, y, text.at(0));
    y -= 34;
    page.text(PdfPages::Font::Bold, 13, left, y, text.at(1));
    y -= 18;
    page.text(PdfPages::Font::Regular, 11, left, y, text.at(2));
    y -= 40;
    // The key, large and monospaced, in a frame.
    page.rectangle(left - 8, y - 14, 497, 44);
    page.text(PdfPages::Font::MonoBold, 16, left, y, recoveryKey);
    y -= 52;
    for (qsizetype i = 3; i < text.size(); ++i) {
        for (const QString &line : wrappedText(text.at(i), 96)) {
            page.text(PdfPages::Font::Regular, 11, left, y, line);
            y -= 15;
        }
        y -= 9;
    }
    return page.document();
}

Result<void> RecoveryKit::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::StorageFailure,
            tr("Cannot write the recovery kit %1: %2").arg(path, file.errorString())};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(pdf()) < 0 || !file.commit())
        return Error{ErrorCode::StorageFailure,
            tr("Cannot write the recovery kit %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace recaisse::core::sync
