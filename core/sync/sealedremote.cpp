#include "sealedremote.h"

#include "account.h"
#include "core/crypto.h"
#include "core/store.h"
#include "segment.h"
#include "siteconfig.h"
#include "sitekeys.h"
#include "stationregistry.h"
#include "webdavclient.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QtEndian>

#include <algorithm>
#include <functional>

namespace recaisse::core::sync {

namespace {

const QByteArray magic = QByteArrayLiteral("recaisse-sealed-1\n");
const QByteArray streamMagic = QByteArrayLiteral("recaisse-sealed-stream-1\n");
const QByteArray signatureContext = QByteArrayLiteral("recaisse-signature-1\n");
constexpr qint64 chunkBytes = 1024 * 1024;
constexpr int maxSignerBytes = 64;
constexpr int lengthBytes = 4;

QByteArray signedMessage(const QByteArray &digest)
{
    return signatureContext + digest;
}

QByteArray streamAssociated(
    const QString &finalPath, const QString &signer, quint64 index, bool last)
{
    QByteArray associated = streamMagic + finalPath.toUtf8() + '\n' + signer.toUtf8() + '\n';
    char bytes[8];
    qToBigEndian(index, bytes);
    associated.append(bytes, 8);
    associated.append(last ? '\1' : '\0');
    return associated;
}

// The signer line after the magic; empty when it is missing or not a plausible station id.
QString signerAt(const QByteArray &data, qsizetype from, qsizetype *end)
{
    const qsizetype newline = data.indexOf('\n', from);
    if (newline < 0 || newline == from || newline - from > maxSignerBytes)
        return {};
    const QByteArray id = data.mid(from, newline - from);
    for (const char c : id) {
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-'))
            return {};
    }
    *end = newline + 1;
    return QString::fromLatin1(id);
}

// The station whose folder a path is in ("stations/<id>/...", "backups/<id>/..."), if any.
QString ownerOf(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.size() >= 3
        && (parts[0] == QLatin1String("stations") || parts[0] == QLatin1String("backups")))
        return parts[1];
    return {};
}

// Whether `signature` over `message` is by `station` for the file at `path`: its current key, or
// a key a restore retired for the journal segments it published before (up to the segment's
// last record). Nothing else a retired key signed is accepted.
bool signedBy(const RegisteredStation &station, const QString &path, const QByteArray &message,
    const QByteArray &signature)
{
    if (crypto::verify(station.signingPublic, message, signature))
        return true;
    if (station.retired.isEmpty())
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.size() != 4 || parts[0] != QLatin1String("stations") || parts[1] != station.stationId
        || parts[2] != QLatin1String("journal"))
        return false;
    const std::optional<SegmentRange> range = parseSegmentName(parts[3]);
    if (!range)
        return false;
    return std::any_of(
        station.retired.cbegin(), station.retired.cend(), [&](const RetiredKey &key) {
            return range->last <= key.journalThrough
                && crypto::verify(key.signingPublic, message, signature);
        });
}

} // namespace

const QStringList &plainFolders()
{
    // keys/: the site key sealed under the recovery key (SiteRecovery), read by a PC that does
    // not hold the site key yet; authenticated by the recovery key, not the site key.
    static const QStringList folders = {
        QStringLiteral("exports"), QStringLiteral("join"), QStringLiteral("keys")};
    return folders;
}

bool isPlainPath(const QString &path)
{
    const QString first = path.section(QLatin1Char('/'), 0, 0);
    return plainFolders().contains(first);
}

QString uploadPath(const QString &finalPath)
{
    const qsizetype slash = finalPath.lastIndexOf(QLatin1Char('/'));
    const QString folder = slash >= 0 ? finalPath.left(slash + 1) : QString();
    return QStringLiteral("%1.upload-%2-%3.part")
        .arg(folder, finalPath.mid(slash + 1))
        .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
}

std::optional<QString> finalPathOf(const QString &path)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(.*/)?\\.upload-(.+?)(-[0-9a-f]{16})?\\.part$"));
    const auto match = pattern.match(path);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1) + match.captured(2);
}

struct SealedRemote::Checked
{
    RegisteredStation station;
};

SealedRemote::SealedRemote(Remote &inner, const SiteKeys &keys, SignerLookup signers)
    : m_inner(inner)
    , m_keys(std::make_unique<SiteKeys>(keys))
    , m_signers(std::move(signers))
{
}

SealedRemote::SealedRemote(Remote &inner, const SiteKeys &keys, Store &store)
    : SealedRemote(inner, keys, [&store](const QString &id) -> std::optional<RegisteredStation> {
        auto found = StationRegistry::find(store, id);
        return found ? *found : std::nullopt;
    })
{
}

SealedRemote::~SealedRemote() = default;

QString SealedRemote::finalFor(const QString &path) const
{
    return finalPathOf(path).value_or(path);
}

RemoteError SealedRemote::untrusted(const QString &path, const QString &reason) const
{
    return RemoteError{
        Failure::Untrusted, 0, tr("Refused %1 from the drive: %2").arg(path, reason), -1};
}

qint64 SealedRemote::envelopeOverhead(const QString &signer) const
{
    return magic.size() + signer.toUtf8().size() + 1 + crypto::sealOverhead
        + crypto::signatureBytes;
}

RemoteResult<SealedRemote::Checked> SealedRemote::checkSigner(
    const QString &path, const QString &signer) const
{
    const std::optional<RegisteredStation> station = m_signers(signer);
    if (!station)
        return untrusted(path, tr("it is signed by a station that is not registered in the shop."));
    if (station->isRevoked())
        return untrusted(path,
            tr("it is signed by station %1, revoked on %2.")
                .arg(station->code, isoUtc(station->revokedUtc)));
    const QString owner = ownerOf(path);
    if (!owner.isEmpty() && owner != signer)
        return untrusted(path,
            tr("it is in the folder of another station but signed by station %1.")
                .arg(station->code));
    if (path.startsWith(QLatin1String("config/")) && !station->adminStation)
        return untrusted(path,
            tr("a configuration change signed by station %1, which is not an administration "
               "station.")
                .arg(station->code));
    return Checked{*station};
}

QByteArray SealedRemote::seal(const QString &finalPath, const QByteArray &plain) const
{
    const QString &signer = m_keys->stationId;
    const QByteArray associated = magic + finalPath.toUtf8() + '\n' + signer.toUtf8();
    QByteArray envelope = magic + signer.toUtf8() + '\n';
    envelope += crypto::seal(m_keys->siteKey, plain, associated);
    const QByteArray digest = QCryptographicHash::hash(envelope, QCryptographicHash::Sha256);
    envelope += *crypto::sign(m_keys->signing.privateKey, signedMessage(digest));
    return envelope;
}

RemoteResult<QByteArray> SealedRemote::open(const QString &path, const QByteArray &envelope)
{
    m_lastSigner.clear();
    if (!envelope.startsWith(magic))
        return untrusted(path, tr("it is not sealed and signed by a station of the shop."));
    qsizetype bodyStart = 0;
    const QString signer = signerAt(envelope, magic.size(), &bodyStart);
    if (signer.isEmpty()
        || envelope.size() < bodyStart + crypto::sealOverhead + crypto::signatureBytes)
        return untrusted(path, tr("its envelope is damaged."));
    auto checked = checkSigner(path, signer);
    if (!checked)
        return checked.error();
    const qsizetype signedBytes = envelope.size() - crypto::signatureBytes;
    const QByteArray digest = QCryptographicHash::hash(
        QByteArrayView(envelope).first(signedBytes), QCryptographicHash::Sha256);
    if (!signedBy(checked->station, path, signedMessage(digest), envelope.mid(signedBytes)))
        return untrusted(
            path, tr("its signature does not match station %1.").arg(checked->station.code));
    const QByteArray associated = magic + path.toUtf8() + '\n' + signer.toUtf8();
    auto plain =
        crypto::open(m_keys->siteKey, envelope.mid(bodyStart, signedBytes - bodyStart), associated);
    if (!plain)
        return untrusted(path,
            tr("it does not open with the shop's key (another shop, or moved from another "
               "place)."));
    m_lastSigner = signer;
    return *plain;
}

RemoteResult<SealedRemote::SignerLookup> SealedRemote::signersFromPublishedConfiguration(
    Remote &inner, const SiteKeys &keys)
{
    auto listing = inner.list(QStringLiteral("config"));
    if (!listing)
        return listing.error();
    QStringList names;
    for (const RemoteEntry &entry : *listing) {
        if (!entry.isFolder && !entry.name.startsWith(QLatin1Char('.'))
            && entry.name.endsWith(QLatin1String(".json")))
            names.append(entry.name);
    }
    // "<8-digit version>-<station>.json": the newest first.
    std::sort(names.begin(), names.end(), std::greater<>());
    RemoteError refused{
        Failure::NotFound, 0, tr("No shop configuration was published on this drive yet."), -1};
    for (const QString &name : std::as_const(names)) {
        const QString path = QStringLiteral("config/") + name;
        auto envelope = inner.get(path, 8 * 1024 * 1024 + 4096);
        if (!envelope)
            return envelope.error();
        // Opened with the site key first (only the shop's stations hold it), to read the
        // registry it carries; then opened again, checked against that registry.
        qsizetype bodyStart = 0;
        const QString signer =
            envelope->startsWith(magic) ? signerAt(*envelope, magic.size(), &bodyStart) : QString();
        if (signer.isEmpty()
            || envelope->size() < bodyStart + crypto::sealOverhead + crypto::signatureBytes)
            continue;
        const qsizetype signedBytes = envelope->size() - crypto::signatureBytes;
        auto plain = crypto::open(keys.siteKey, envelope->mid(bodyStart, signedBytes - bodyStart),
            magic + path.toUtf8() + '\n' + signer.toUtf8());
        if (!plain)
            continue;
        QHash<QString, RegisteredStation> registry;
        const QJsonArray rows =
            QJsonDocument::fromJson(*plain).object().value(QStringLiteral("registry")).toArray();
        for (const QJsonValue &value : rows) {
            if (const auto entry = StationRegistry::parseRow(value.toObject()))
                registry.insert(entry->stationId, *entry);
        }
        SignerLookup lookup = [registry](const QString &id) -> std::optional<RegisteredStation> {
            const auto it = registry.constFind(id);
            return it == registry.cend() ? std::nullopt : std::optional(*it);
        };
        SealedRemote checker(inner, keys, lookup);
        if (auto opened = checker.open(path, *envelope); !opened) {
            refused = opened.error();
            continue;
        }
        return lookup;
    }
    return refused;
}

RemoteResult<QList<RemoteEntry>> SealedRemote::list(const QString &folder)
{
    auto listing = m_inner.list(folder);
    if (!listing || isPlainPath(folder + QLatin1Char('/')))
        return listing;
    // Sizes as the callers know them: the plain content of a file written by put().
    const QString owner = ownerOf(folder + QStringLiteral("/x"));
    const qint64 overhead = envelopeOverhead(owner.isEmpty() ? m_keys->stationId : owner);
    for (RemoteEntry &entry : *listing) {
        if (!entry.isFolder && entry.size >= overhead)
            entry.size -= overhead;
    }
    return listing;
}

RemoteResult<void> SealedRemote::makeFolders(const QString &folder)
{
    return m_inner.makeFolders(folder);
}

RemoteResult<void> SealedRemote::put(const QString &path, const QByteArray &data)
{
    const QString target = finalFor(path);
    if (isPlainPath(target))
        return m_inner.put(path, data);
    return m_inner.put(path, seal(target, data));
}

RemoteResult<void> SealedRemote::putFile(const QString &path, const QString &localFile)
{
    const QString target = finalFor(path);
    if (isPlainPath(target))
        return m_inner.putFile(path, localFile);
    QFile in(localFile);
    if (!in.open(QIODevice::ReadOnly))
        return RemoteError{
            Failure::Local, 0, tr("Cannot read %1: %2").arg(localFile, in.errorString()), -1};
    QTemporaryFile out;
    if (!out.open())
        return RemoteError{Failure::Local, 0, tr("Cannot write a temporary file."), -1};
    const QString &signer = m_keys->stationId;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto write = [&](const QByteArray &bytes) {
        hash.addData(bytes);
        return out.write(bytes) == bytes.size();
    };
    bool ok = write(streamMagic + signer.toUtf8() + '\n');
    const qint64 size = in.size();
    quint64 index = 0;
    qint64 done = 0;
    do {
        const QByteArray chunk = in.read(std::min(chunkBytes, size - done));
        if (chunk.size() != std::min(chunkBytes, size - done))
            return RemoteError{
                Failure::Local, 0, tr("Cannot read %1: %2").arg(localFile, in.errorString()), -1};
        done += chunk.size();
        const QByteArray sealed = crypto::seal(
            m_keys->siteKey, chunk, streamAssociated(target, signer, index++, done == size));
        char length[lengthBytes];
        qToBigEndian(quint32(sealed.size()), length);
        ok = ok && write(QByteArray(length, lengthBytes)) && write(sealed);
    } while (ok && done < size);
    ok = ok
        && out.write(*crypto::sign(m_keys->signing.privateKey, signedMessage(hash.result())))
            == crypto::signatureBytes;
    if (!ok || !out.flush())
        return RemoteError{Failure::Local, 0, tr("Cannot write a temporary file."), -1};
    out.close();
    return m_inner.putFile(path, out.fileName());
}

RemoteResult<void> SealedRemote::move(const QString &from, const QString &to)
{
    // A sealed file opens only at the path it was sealed for.
    if (!isPlainPath(to) && finalFor(from) != to)
        return RemoteError{
            Failure::Local, 0, tr("%1 was sealed for another place than %2.").arg(from, to), -1};
    return m_inner.move(from, to);
}

RemoteResult<QByteArray> SealedRemote::get(const QString &path, qint64 maxBytes)
{
    m_lastSigner.clear();
    if (isPlainPath(path))
        return m_inner.get(path, maxBytes);
    auto data =
        m_inner.get(path, maxBytes + envelopeOverhead(QString(maxSignerBytes, QLatin1Char('x'))));
    if (!data)
        return data.error();
    return open(path, *data);
}

RemoteResult<void> SealedRemote::getFile(
    const QString &path, const QString &localFile, qint64 maxBytes)
{
    m_lastSigner.clear();
    if (isPlainPath(path))
        return m_inner.getFile(path, localFile, maxBytes);
    QTemporaryFile sealed;
    if (!sealed.open())
        return RemoteError{Failure::Local, 0, tr("Cannot write a temporary file."), -1};
    sealed.close();
    const qint64 chunks = maxBytes / chunkBytes + 1;
    if (auto got = m_inner.getFile(path, sealed.fileName(),
            maxBytes + chunks * (lengthBytes + crypto::sealOverhead) + 4096);
        !got)
        return got;
    QFile in(sealed.fileName());
    if (!in.open(QIODevice::ReadOnly))
        return RemoteError{Failure::Local, 0, tr("Cannot read a temporary file."), -1};
    const qint64 size = in.size();
    const QByteArray head = in.read(streamMagic.size() + maxSignerBytes + 1);
    if (head.startsWith(magic)) {
        // A file written by put(): small by construction.
        if (size > maxBytes + envelopeOverhead(QString(maxSignerBytes, QLatin1Char('x'))))
            return RemoteError{
                Failure::Protocol, 0, tr("%1 is bigger than allowed.").arg(path), -1};
        in.seek(0);
        auto plain = open(path, in.readAll());
        if (!plain)
            return plain.error();
        QSaveFile out(localFile);
        if (!out.open(QIODevice::WriteOnly) || out.write(*plain) != plain->size() || !out.commit())
            return RemoteError{
                Failure::Local, 0, tr("Cannot write %1: %2").arg(localFile, out.errorString()), -1};
        return {};
    }
    if (!head.startsWith(streamMagic))
        return untrusted(path, tr("it is not sealed and signed by a station of the shop."));
    qsizetype bodyStart = 0;
    const QString signer = signerAt(head, streamMagic.size(), &bodyStart);
    if (signer.isEmpty() || size < bodyStart + crypto::signatureBytes)
        return untrusted(path, tr("its envelope is damaged."));
    auto checked = checkSigner(path, signer);
    if (!checked)
        return checked.error();

    // The signature first, over every byte, without holding the file in memory.
    const qint64 signedBytes = size - crypto::signatureBytes;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    in.seek(0);
    for (qint64 left = signedBytes; left > 0;) {
        const QByteArray block = in.read(std::min(chunkBytes, left));
        if (block.isEmpty())
            return RemoteError{Failure::Local, 0, tr("Cannot read a temporary file."), -1};
        hash.addData(block);
        left -= block.size();
    }
    if (!signedBy(checked->station, path, signedMessage(hash.result()), in.read(64)))
        return untrusted(
            path, tr("its signature does not match station %1.").arg(checked->station.code));

    // Then the chunks, in order, each bound to its index and to whether it is the last.
    QSaveFile out(localFile);
    if (!out.open(QIODevice::WriteOnly))
        return RemoteError{
            Failure::Local, 0, tr("Cannot write %1: %2").arg(localFile, out.errorString()), -1};
    in.seek(bodyStart);
    quint64 index = 0;
    qint64 plainBytes = 0;
    bool last = false;
    while (!last) {
        const QByteArray length = in.read(lengthBytes);
        if (length.size() != lengthBytes)
            return untrusted(path, tr("it is truncated."));
        const quint32 sealedLength = qFromBigEndian<quint32>(length.constData());
        if (sealedLength < quint32(crypto::sealOverhead)
            || sealedLength > quint32(chunkBytes + crypto::sealOverhead)
            || in.pos() + sealedLength > signedBytes)
            return untrusted(path, tr("it is truncated."));
        const QByteArray sealedChunk = in.read(sealedLength);
        last = in.pos() == signedBytes;
        auto chunk = crypto::open(
            m_keys->siteKey, sealedChunk, streamAssociated(path, signer, index++, last));
        if (!chunk)
            return untrusted(path,
                tr("part %1 does not open with the shop's key (truncated, reordered or from "
                   "another file).")
                    .arg(index));
        plainBytes += chunk->size();
        if (plainBytes > maxBytes)
            return RemoteError{
                Failure::Protocol, 0, tr("%1 is bigger than allowed.").arg(path), -1};
        if (out.write(*chunk) != chunk->size())
            return RemoteError{
                Failure::Local, 0, tr("Cannot write %1: %2").arg(localFile, out.errorString()), -1};
    }
    if (!out.commit())
        return RemoteError{
            Failure::Local, 0, tr("Cannot write %1: %2").arg(localFile, out.errorString()), -1};
    m_lastSigner = signer;
    return {};
}

RemoteResult<void> SealedRemote::remove(const QString &path)
{
    return m_inner.remove(path);
}

RemoteResult<SiteKeys> SealedRemote::keysFor(Store &store)
{
    auto keys = SiteKeyStore::load(store.site().id, store.station().id);
    if (!keys && keys.error().code == ErrorCode::NotFound && SiteConfig::isPublisher(store)) {
        // The shop's first station, created without a keychain or before sealed sync: it makes
        // the shop's keys now, unless it registered keys it lost (then only the recovery key
        // brings the shop back).
        auto registered = StationRegistry::find(store, store.station().id);
        if (registered && !*registered) {
            auto made = StationRegistry::establishFounder(store);
            if (!made)
                return RemoteError{Failure::Credentials, 0, made.error().message, -1};
            return *made;
        }
    }
    if (!keys && keys.error().code != ErrorCode::NotFound)
        return RemoteError{Failure::Credentials, 0, keys.error().message, -1};
    if (!keys || !keys->isComplete())
        return RemoteError{Failure::Untrusted, 0,
            tr("This station does not hold the shop's encryption key: it must join the shop "
               "again (a join code from an administrator, approved on an administration "
               "station). Nothing is sent or received unencrypted."),
            -1};
    return *keys;
}

namespace {

RemoteResult<std::unique_ptr<Remote>> accountOf(Store &store)
{
    auto client = SyncAccount::connect(store);
    if (!client)
        return RemoteError{
            client.error().code == ErrorCode::NotFound ? Failure::NotFound : Failure::Credentials,
            0, client.error().message, -1};
    return std::unique_ptr<Remote>(std::move(*client));
}

} // namespace

RemoteResult<SealedRemote::Connection> SealedRemote::connect(Store &store)
{
    // The account first: a station without one has nothing to do, keys or not.
    auto account = accountOf(store);
    if (!account)
        return account.error();
    auto keys = keysFor(store);
    if (!keys)
        return keys.error();
    Connection connection;
    connection.inner = std::move(*account);
    connection.sealed = std::make_unique<SealedRemote>(*connection.inner, *keys, store);
    return connection;
}

RemoteResult<SealedRemote::Connection> SealedRemote::connect(Store &store, const SiteKeys &keys)
{
    auto account = accountOf(store);
    if (!account)
        return account.error();
    Connection connection;
    connection.inner = std::move(*account);
    connection.sealed = std::make_unique<SealedRemote>(*connection.inner, keys, store);
    return connection;
}

} // namespace recaisse::core::sync
