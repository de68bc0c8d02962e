#include "fiscalarchive.h"

#include "canonicaljson.h"
#include "crypto.h"
#include "ledger.h"
#include "permissions.h"
#include "store.h"
#include "sync/stationregistry.h"
#include "technicalevents.h"
#include "users.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>

#include <archive.h>
#include <archive_entry.h>

namespace recaisse::core {

namespace {

// Enough for decades of a shop's documents; the verifier reads the whole file in memory.
constexpr qint64 maxArchiveBytes = 1024LL * 1024 * 1024;

using Parts = QList<std::pair<QString, QByteArray>>;

const QStringList &partNames()
{
    static const QStringList names{QStringLiteral("manifest.json"),
        QStringLiteral("documents.ndjson"), QStringLiteral("closings.ndjson"),
        QStringLiteral("audit.ndjson"), QStringLiteral("manifest.sha256")};
    return names;
}

const QString signaturePart = QStringLiteral("manifest.sig");

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

Error invalid(const QString &what)
{
    return Error{ErrorCode::IntegrityFailure, what};
}

// A tar of the parts written the same way every time (no times, owners or compression), so that
// the verifier can write it again and compare every byte of the file.
Result<QByteArray> tarOf(const Parts &parts)
{
    qsizetype capacity = 2 * 10240;
    for (const auto &part : parts)
        capacity += 1024 + part.second.size() + 512;
    capacity += 10240 - capacity % 10240;
    QByteArray buffer(capacity, '\0');
    size_t used = 0;
    archive *out = archive_write_new();
    bool ok = archive_write_set_format_ustar(out) == ARCHIVE_OK
        && archive_write_open_memory(out, buffer.data(), size_t(buffer.size()), &used)
            == ARCHIVE_OK;
    for (const auto &[name, data] : parts) {
        if (!ok)
            break;
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, name.toUtf8().constData());
        archive_entry_set_size(entry, data.size());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_mtime(entry, 0, 0);
        ok = archive_write_header(out, entry) == ARCHIVE_OK
            && archive_write_data(out, data.constData(), size_t(data.size())) == data.size();
        archive_entry_free(entry);
    }
    ok = archive_write_close(out) == ARCHIVE_OK && ok;
    archive_write_free(out);
    if (!ok)
        return makeError(
            ErrorCode::StorageFailure, FiscalArchive::tr("The archive could not be assembled."));
    buffer.truncate(qsizetype(used));
    return buffer;
}

Result<Parts> partsOf(const QByteArray &tar)
{
    archive *in = archive_read_new();
    archive_read_support_format_tar(in);
    Parts parts;
    QString problem;
    if (archive_read_open_memory(in, tar.constData(), size_t(tar.size())) != ARCHIVE_OK) {
        problem = FiscalArchive::tr("it is not a ReCaisse fiscal archive");
    } else {
        archive_entry *entry = nullptr;
        int status = ARCHIVE_OK;
        while (problem.isEmpty() && (status = archive_read_next_header(in, &entry)) == ARCHIVE_OK) {
            const qint64 size = archive_entry_size(entry);
            if (parts.size() > partNames().size() || size < 0 || size > tar.size()) {
                problem = FiscalArchive::tr("it holds more than its parts");
                break;
            }
            QByteArray data(qsizetype(size), Qt::Uninitialized);
            if (size > 0 && archive_read_data(in, data.data(), size_t(size)) != size)
                problem = FiscalArchive::tr("a part cannot be read");
            parts.append({QString::fromUtf8(archive_entry_pathname(entry)), data});
        }
        if (problem.isEmpty() && status != ARCHIVE_EOF)
            problem = FiscalArchive::tr("it is not a ReCaisse fiscal archive");
    }
    archive_read_free(in);
    if (!problem.isEmpty())
        return invalid(problem);
    return parts;
}

QByteArray line(
    const char *key, const QJsonObject &form, const QString &prevHash, const QString &hash)
{
    return canonicalJson(QJsonObject{{QLatin1String(key), form},
               {QStringLiteral("prev_hash"), prevHash}, {QStringLiteral("hash"), hash}})
        + '\n';
}

// The two ends of a chain part, as the manifest states them.
struct Ends
{
    qint64 count = 0;
    qint64 firstSeq = 0;
    QString firstPrevHash;
    qint64 lastSeq = 0;
    QString lastHash;

    void add(qint64 seq, const QString &prevHash, const QString &hash)
    {
        if (count++ == 0) {
            firstSeq = seq;
            firstPrevHash = prevHash;
        }
        lastSeq = seq;
        lastHash = hash;
    }

    QJsonObject toJson() const
    {
        return {{QStringLiteral("count"), count}, {QStringLiteral("first_seq"), firstSeq},
            {QStringLiteral("first_prev_hash"), firstPrevHash},
            {QStringLiteral("last_seq"), lastSeq}, {QStringLiteral("last_hash"), lastHash}};
    }
};

// Checks every line of a chain part (canonical, its hash, chained to the previous line) and
// returns its ends; `each` checks the hashed form of each line further.
Result<Ends> checkChain(const QByteArray &part, const char *key, const QString &partName,
    bool contiguous, const std::function<QString(const QJsonObject &)> &each)
{
    Ends ends;
    QString previous;
    qint64 number = 0;
    for (const QByteArray &text : part.split('\n')) {
        if (text.isEmpty())
            continue;
        ++number;
        const QJsonObject object = QJsonDocument::fromJson(text).object();
        const QJsonObject form = object.value(QLatin1String(key)).toObject();
        const QString prevHash = object.value(QStringLiteral("prev_hash")).toString();
        const QString hash = object.value(QStringLiteral("hash")).toString();
        const auto where = [&](const QString &what) {
            return invalid(
                FiscalArchive::tr("%1, line %2: %3").arg(partName).arg(number).arg(what));
        };
        if (canonicalJson(object) != text || form.isEmpty())
            return where(FiscalArchive::tr("not written as ReCaisse writes it"));
        if (chainHash(prevHash, form) != hash)
            return where(FiscalArchive::tr("its content does not match its hash"));
        if (contiguous && number > 1 && prevHash != previous)
            return where(FiscalArchive::tr("not chained to the line before"));
        if (const QString problem = each(form); !problem.isEmpty())
            return where(problem);
        ends.add(form.value(QStringLiteral("seq")).toInteger(), prevHash, hash);
        previous = hash;
    }
    if (!part.isEmpty() && !part.endsWith('\n'))
        return invalid(FiscalArchive::tr("%1 does not end with a whole line").arg(partName));
    return ends;
}

} // namespace

FiscalArchive::FiscalArchive(Store &store)
    : m_store(store)
{
}

Result<FiscalArchive::Summary> FiscalArchive::write(const Actor &actor, const QDate &from,
    const QDate &to, const QString &path, const QByteArray &signingKey)
{
    if (auto allowed = Users(m_store).require(actor, Permission::ExportData); !allowed)
        return allowed.error();
    if (!from.isValid() || !to.isValid() || to < from)
        return makeError(ErrorCode::InvalidInput,
            tr("The period of the archive is not valid: give a first and a last day."));
    if (QFileInfo::exists(path))
        return makeError(ErrorCode::Conflict, tr("The file %1 already exists.").arg(path));
    Database &db = m_store.db();
    const QString station = m_store.station().id;
    Summary summary;
    summary.stationCode = m_store.station().code;
    summary.from = from;
    summary.to = to;

    // The period's documents: documents are never dated before their predecessor, so they are a
    // piece of the chain.
    QList<DocumentHeader> headers;
    {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral(
            "SELECT seq, kind, series, series_seq, number, created_utc, business_day, actor_id, "
            "prev_hash, hash, form FROM document WHERE station_id = ? AND business_day BETWEEN ? "
            "AND ? ORDER BY seq"));
        query.addBindValue(station);
        query.addBindValue(from.toString(Qt::ISODate));
        query.addBindValue(to.toString(Qt::ISODate));
        if (!query.exec())
            return db.errorFrom(query.lastError());
        while (query.next()) {
            DocumentHeader h;
            h.stationId = station;
            h.seq = query.value(0).toLongLong();
            const auto kind = documentKindFromKey(query.value(1).toString());
            if (!kind)
                return invalid(tr("Document %1 is of an unknown kind.").arg(h.seq));
            h.kind = *kind;
            h.series = query.value(2).toString();
            h.seriesSeq = query.value(3).toLongLong();
            h.number = query.value(4).toString();
            h.createdUtc = query.value(5).toString();
            h.businessDay = query.value(6).toString();
            h.actorId = query.value(7).toString();
            h.prevHash = query.value(8).toString();
            h.hash = query.value(9).toString();
            h.form = query.value(10).toInt();
            headers.append(h);
        }
    }
    QByteArray documents;
    QByteArray closings;
    Ends documentEnds;
    for (const DocumentHeader &h : std::as_const(headers)) {
        auto body = readDocumentBody(m_store, h);
        if (!body)
            return body.error();
        const QByteArray text = line("doc", hashedForm(h, *body), h.prevHash, h.hash);
        documents += text;
        if (h.kind == DocumentKind::Closing) {
            closings += text;
            ++summary.closings;
        }
        documentEnds.add(h.seq, h.prevHash, h.hash);
    }

    // The audit events of the same days, as a piece of their chain (first to last of them).
    QByteArray audit;
    Ends auditEnds;
    {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral(
            "SELECT station_id, seq, at_utc, actor_id, action, target, details, prev_hash, hash "
            "FROM audit_event WHERE station_id = ? AND seq BETWEEN (SELECT min(seq) FROM "
            "audit_event WHERE station_id = ? AND at_utc >= ? AND at_utc < ?) AND (SELECT "
            "max(seq) FROM audit_event WHERE station_id = ? AND at_utc >= ? AND at_utc < ?) "
            "ORDER BY seq"));
        const QString start = isoUtc(m_store.startOfDayUtc(from));
        const QString end = isoUtc(m_store.startOfDayUtc(to.addDays(1)));
        for (const QString &value : {station, station, start, end, station, start, end})
            query.addBindValue(value);
        if (!query.exec())
            return db.errorFrom(query.lastError());
        while (query.next()) {
            const AuditLog::Event e{query.value(0).toString(), query.value(1).toLongLong(),
                query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
                query.value(5).toString(), query.value(6).toString(), query.value(7).toString(),
                query.value(8).toString()};
            audit += line("event", AuditLog::hashedForm(e), e.prevHash, e.hash);
            auditEnds.add(e.seq, e.prevHash, e.hash);
        }
    }

    QJsonArray partList;
    const Parts contents{
        {partNames().at(1), documents}, {partNames().at(2), closings}, {partNames().at(3), audit}};
    for (const auto &[name, data] : contents)
        partList.append(QJsonObject{{QStringLiteral("name"), name},
            {QStringLiteral("bytes"), data.size()}, {QStringLiteral("sha256"), sha256Hex(data)}});
    QByteArray signingPublic;
    if (!signingKey.isEmpty()) {
        auto key = crypto::signingPublicKey(signingKey);
        if (!key)
            return key.error();
        signingPublic = *key;
    }
    const QByteArray manifest = canonicalJson(QJsonObject{
        {QStringLiteral("format"), 1},
        {QStringLiteral("station"), station},
        {QStringLiteral("station_code"), summary.stationCode},
        {QStringLiteral("site"), m_store.site().name},
        {QStringLiteral("demo"), m_store.isDemo()},
        {QStringLiteral("from"), from.toString(Qt::ISODate)},
        {QStringLiteral("to"), to.toString(Qt::ISODate)},
        {QStringLiteral("created_utc"), isoUtc(m_store.clock().nowUtc())},
        {QStringLiteral("documents"), documentEnds.toJson()},
        {QStringLiteral("audit"), auditEnds.toJson()},
        {QStringLiteral("parts"), partList},
        {QStringLiteral("signature"),
            signingPublic.isEmpty() ? QStringLiteral("none") : QStringLiteral("ed25519")},
        {QStringLiteral("signing_public"),
            signingPublic.isEmpty() ? QJsonValue() : QString::fromLatin1(signingPublic.toBase64())},
    });
    Parts all = Parts{{partNames().at(0), manifest}} + contents
        + Parts{{partNames().at(4), QByteArray(sha256Hex(manifest).toLatin1() + '\n')}};
    if (!signingPublic.isEmpty()) {
        auto signature = crypto::sign(signingKey, manifest);
        if (!signature)
            return signature.error();
        all.append({signaturePart, QByteArray(signature->toBase64() + '\n')});
    }
    auto tar = tarOf(all);
    if (!tar)
        return tar.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*tar) != tar->size() || !file.commit())
        return makeError(ErrorCode::StorageFailure,
            tr("The archive could not be written to %1: %2").arg(path, file.errorString()));

    summary.documents = documentEnds.count;
    summary.demo = m_store.isDemo();
    summary.auditEvents = auditEnds.count;
    summary.firstPrevHash = documentEnds.firstPrevHash;
    summary.lastHash = documentEnds.lastHash;
    summary.stationId = station;
    summary.signingPublic = signingPublic;
    const QJsonObject details{{QStringLiteral("from"), from.toString(Qt::ISODate)},
        {QStringLiteral("to"), to.toString(Qt::ISODate)},
        {QStringLiteral("documents"), summary.documents},
        {QStringLiteral("sha256"), sha256Hex(*tar)},
        {QStringLiteral("signed_by"),
            signingPublic.isEmpty() ? QString() : fingerprint(signingPublic)}};
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    if (auto result = AuditLog(m_store).record(
            actor.userId, QStringLiteral("archive.create"), QFileInfo(path).fileName(), details);
        !result)
        return result.error();
    if (auto result =
            TechnicalEvents(m_store).record(actor.userId, TechnicalEventKind::Archive, details);
        !result)
        return result.error();
    if (auto result = transaction.commit(); !result)
        return result.error();
    return summary;
}

Result<FiscalArchive::Summary> FiscalArchive::verify(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::NotFound, tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > maxArchiveBytes)
        return invalid(tr("%1 is too big to be a fiscal archive.").arg(path));
    const QByteArray bytes = file.readAll();
    auto parts = partsOf(bytes);
    if (!parts)
        return invalid(tr("%1: %2").arg(path, parts.error().message));
    QStringList names;
    for (const auto &part : *parts)
        names << part.first;
    const bool hasSignature = names == partNames() + QStringList{signaturePart};
    if (names != partNames() && !hasSignature)
        return invalid(tr("%1 does not hold the parts of a fiscal archive.").arg(path));
    // Every byte of the file: the tar is written again from its parts and compared.
    auto again = tarOf(*parts);
    if (!again)
        return again.error();
    if (*again != bytes)
        return invalid(tr("%1 was changed: its bytes are not those ReCaisse wrote.").arg(path));

    const QByteArray manifestText = parts->at(0).second;
    if (parts->at(4).second != QByteArray(sha256Hex(manifestText).toLatin1() + '\n'))
        return invalid(tr("The manifest of %1 is not the one its checksum describes.").arg(path));
    const QJsonObject manifest = QJsonDocument::fromJson(manifestText).object();
    if (canonicalJson(manifest) != manifestText
        || manifest.value(QStringLiteral("format")).toInteger() != 1)
        return invalid(tr("The manifest of %1 is not valid.").arg(path));
    // Signed: the signature part, over the manifest's very bytes, by the key the manifest names.
    const QString signature = manifest.value(QStringLiteral("signature")).toString();
    QByteArray signingPublic;
    if (signature == QLatin1String("ed25519")) {
        const auto key = QByteArray::fromBase64Encoding(
            manifest.value(QStringLiteral("signing_public")).toString().toLatin1(),
            QByteArray::AbortOnBase64DecodingErrors);
        QByteArray sigText = hasSignature ? parts->at(5).second : QByteArray();
        if (sigText.endsWith('\n'))
            sigText.chop(1);
        const auto signatureBytes =
            QByteArray::fromBase64Encoding(sigText, QByteArray::AbortOnBase64DecodingErrors);
        if (!hasSignature || !key || !signatureBytes
            || !crypto::verify(key.decoded, manifestText, signatureBytes.decoded))
            return invalid(
                tr("The signature of %1 is missing or does not match its manifest.").arg(path));
        signingPublic = key.decoded;
    } else if (signature != QLatin1String("none") || hasSignature) {
        return invalid(tr("The manifest of %1 is not valid.").arg(path));
    }
    Summary summary;
    summary.signingPublic = signingPublic;
    summary.stationCode = manifest.value(QStringLiteral("station_code")).toString();
    summary.demo = manifest.value(QStringLiteral("demo")).toBool();
    summary.from =
        QDate::fromString(manifest.value(QStringLiteral("from")).toString(), Qt::ISODate);
    summary.to = QDate::fromString(manifest.value(QStringLiteral("to")).toString(), Qt::ISODate);
    const QString station = manifest.value(QStringLiteral("station")).toString();
    summary.stationId = station;
    if (!summary.from.isValid() || !summary.to.isValid() || summary.to < summary.from)
        return invalid(tr("The manifest of %1 gives no valid period.").arg(path));
    const QJsonArray partList = manifest.value(QStringLiteral("parts")).toArray();
    if (partList.size() != 3)
        return invalid(tr("The manifest of %1 does not list its parts.").arg(path));
    for (int i = 0; i < 3; ++i) {
        const QJsonObject listed = partList.at(i).toObject();
        const auto &[name, data] = parts->at(i + 1);
        if (listed.value(QStringLiteral("name")).toString() != name
            || listed.value(QStringLiteral("bytes")).toInteger(-1) != data.size()
            || listed.value(QStringLiteral("sha256")).toString() != sha256Hex(data))
            return invalid(tr("%1 in %2 is not the one its manifest describes.").arg(name, path));
    }

    const QString from = summary.from.toString(Qt::ISODate);
    const QString to = summary.to.toString(Qt::ISODate);
    auto documents = checkChain(
        parts->at(1).second, "doc", partNames().at(1), true, [&](const QJsonObject &doc) {
            const QString day = doc.value(QStringLiteral("business_day")).toString();
            if (doc.value(QStringLiteral("station")).toString() != station)
                return tr("a document of another station");
            if (day < from || day > to)
                return tr("a document of %1, outside the period").arg(day);
            return QString();
        });
    if (!documents)
        return documents.error();
    auto closings = checkChain(
        parts->at(2).second, "doc", partNames().at(2), false, [](const QJsonObject &doc) {
            return doc.value(QStringLiteral("kind")).toString() == QLatin1String("closing")
                ? QString()
                : tr("not a closing");
        });
    if (!closings)
        return closings.error();
    // The closings are each a line of the documents (their chain is not contiguous there).
    for (const QByteArray &text : parts->at(2).second.split('\n')) {
        if (!text.isEmpty() && !parts->at(1).second.contains(QByteArray(text + '\n')))
            return invalid(
                tr("%1 holds a closing that is not among the documents.").arg(partNames().at(2)));
    }
    auto audit = checkChain(
        parts->at(3).second, "event", partNames().at(3), true, [&](const QJsonObject &event) {
            return event.value(QStringLiteral("station")).toString() == station
                ? QString()
                : tr("an event of another station");
        });
    if (!audit)
        return audit.error();
    if (documents->toJson() != manifest.value(QStringLiteral("documents")).toObject())
        return invalid(tr("The documents of %1 do not end where its manifest says.").arg(path));
    if (audit->toJson() != manifest.value(QStringLiteral("audit")).toObject())
        return invalid(tr("The audit events of %1 do not end where its manifest says.").arg(path));
    summary.documents = documents->count;
    summary.closings = closings->count;
    summary.auditEvents = audit->count;
    summary.firstPrevHash = documents->firstPrevHash;
    summary.lastHash = documents->lastHash;
    return summary;
}

Result<QString> FiscalArchive::signerIn(Store &store, const Summary &summary)
{
    if (summary.signingPublic.isEmpty())
        return makeError(ErrorCode::NotFound, tr("The archive is not signed."));
    auto registered = sync::StationRegistry::find(store, summary.stationId);
    if (!registered)
        return registered.error();
    if (*registered) {
        const sync::RegisteredStation &entry = **registered;
        bool known = entry.signingPublic == summary.signingPublic;
        for (const sync::RetiredKey &retired : entry.retired)
            known = known || retired.signingPublic == summary.signingPublic;
        if (known)
            return entry.code;
    }
    return makeError(ErrorCode::IntegrityFailure,
        tr("The archive is signed by a key (%1) that station %2 of this shop never had.")
            .arg(fingerprint(summary.signingPublic), summary.stationCode));
}

QString FiscalArchive::fingerprint(const QByteArray &publicKey)
{
    return sha256Hex(publicKey).left(16);
}

} // namespace recaisse::core
