#include "segment.h"

#include "core/crypto.h"
#include "core/ledger.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <zlib.h>

namespace recaisse::core::sync {

namespace {

Error corrupt(const QString &what)
{
    return Error{ErrorCode::IntegrityFailure, what};
}

} // namespace

QString segmentName(qint64 first, qint64 last)
{
    return QStringLiteral("%1-%2.ndjson.gz")
        .arg(first, 10, 10, QLatin1Char('0'))
        .arg(last, 10, 10, QLatin1Char('0'));
}

std::optional<SegmentRange> parseSegmentName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{10})-(\\d{10})\\.ndjson\\.gz$"));
    const auto match = pattern.match(name);
    if (!match.hasMatch())
        return std::nullopt;
    const SegmentRange range{match.captured(1).toLongLong(), match.captured(2).toLongLong()};
    if (range.first < 1 || range.last < range.first)
        return std::nullopt;
    return range;
}

QByteArray gzipCompress(const QByteArray &plain)
{
    z_stream stream{};
    // windowBits 15 + 16: a gzip wrapper; zlib writes a zero timestamp and no file name.
    if (deflateInit2(&stream, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&stream, uLong(plain.size())) + 32));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(plain.constData()));
    stream.avail_in = uInt(plain.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int status = deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return status == Z_STREAM_END ? out : QByteArray();
}

Result<QByteArray> gzipDecompress(const QByteArray &compressed, qint64 maxBytes)
{
    z_stream stream{};
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return corrupt(SegmentCodec::tr("The decompressor could not start."));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    QByteArray out;
    char buffer[64 * 1024];
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END) {
            inflateEnd(&stream);
            return corrupt(SegmentCodec::tr("The file is not a complete gzip stream."));
        }
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        if (out.size() > maxBytes) {
            inflateEnd(&stream);
            return corrupt(SegmentCodec::tr("The file is larger than %1 MB once decompressed.")
                               .arg(maxBytes / (1024 * 1024)));
        }
        if (status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0) {
            inflateEnd(&stream);
            return corrupt(SegmentCodec::tr("The file is truncated."));
        }
    }
    const bool trailingBytes = stream.avail_in != 0;
    inflateEnd(&stream);
    if (trailingBytes)
        return corrupt(SegmentCodec::tr("The file has bytes after its end."));
    return out;
}

QByteArray SegmentCodec::encode(const Segment &segment)
{
    return gzipCompress(plainText(segment));
}

QByteArray SegmentCodec::plainText(const Segment &segment)
{
    qsizetype size = 512;
    for (const QByteArray &record : segment.records)
        size += record.size() + 1;
    QByteArray plain;
    plain.reserve(size);
    for (const QByteArray &record : segment.records) {
        plain += record;
        plain += '\n';
    }
    const QByteArray sha = crypto::sha256({plain}).toHex();
    const QJsonObject trailer{{QStringLiteral("trailer"),
        QJsonObject{{QStringLiteral("format"), QLatin1String(segmentFormat)},
            {QStringLiteral("station"), segment.stationId},
            {QStringLiteral("first"), segment.first}, {QStringLiteral("last"), segment.last},
            {QStringLiteral("count"), qint64(segment.records.size())},
            {QStringLiteral("sha256"), QString::fromLatin1(sha)}}}};
    plain += canonicalJson(trailer);
    plain += '\n';
    return plain;
}

Result<Segment> SegmentCodec::decode(
    const QByteArray &compressed, const QString &stationId, SegmentRange expected)
{
    auto plain = gzipDecompress(compressed, maxPlainBytes);
    if (!plain)
        return plain.error();
    if (!plain->endsWith('\n'))
        return corrupt(tr("The segment does not end with its trailer."));
    const qsizetype trailerStart = plain->lastIndexOf('\n', plain->size() - 2) + 1;
    const QByteArrayView body = QByteArrayView(*plain).first(trailerStart);
    QJsonParseError parseError;
    const QJsonObject trailer = QJsonDocument::fromJson(plain->mid(trailerStart), &parseError)
                                    .object()
                                    .value(QStringLiteral("trailer"))
                                    .toObject();
    if (parseError.error != QJsonParseError::NoError || trailer.isEmpty())
        return corrupt(tr("The segment has no trailer: it was cut short."));
    if (trailer.value(QStringLiteral("format")).toString() != QLatin1String(segmentFormat))
        return corrupt(tr("The segment is in an unknown format."));
    const qint64 count = trailer.value(QStringLiteral("count")).toInteger(-1);
    if (trailer.value(QStringLiteral("station")).toString() != stationId
        || trailer.value(QStringLiteral("first")).toInteger() != expected.first
        || trailer.value(QStringLiteral("last")).toInteger() != expected.last
        || count != expected.last - expected.first + 1)
        return corrupt(tr("The segment's trailer does not match its name."));
    const QByteArray sha = crypto::sha256({body}).toHex();
    if (QString::fromLatin1(sha) != trailer.value(QStringLiteral("sha256")).toString())
        return corrupt(tr("The segment's checksum is wrong: it was altered."));

    Segment segment;
    segment.stationId = stationId;
    segment.first = expected.first;
    segment.last = expected.last;
    segment.records.reserve(count);
    for (qsizetype start = 0; start < body.size();) {
        const qsizetype end = body.indexOf('\n', start);
        segment.records.append(body.sliced(start, end - start).toByteArray());
        start = end + 1;
    }
    if (segment.records.size() != count)
        return corrupt(tr("The segment holds %1 records instead of %2.")
                           .arg(segment.records.size())
                           .arg(count));
    return segment;
}

} // namespace recaisse::core::sync
