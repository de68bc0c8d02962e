#pragma once

// A journal segment: the records of one station's journal from `first` to `last`, one canonical
// JSON object per line, then a trailer line with the station, the range, the record count and the
// SHA-256 of the record lines; gzip-compressed. The trailer lets a reader refuse a partial or
// altered file before applying anything.
//
//   stations/<station-id>/journal/<first>-<last>.ndjson.gz    (10-digit, zero-padded numbers)

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace recaisse::core::sync {

inline constexpr char segmentFormat[] = "recaisse-journal-1";

struct SegmentRange
{
    qint64 first = 0;
    qint64 last = 0;
};

// "0000000001-0000000300.ndjson.gz"; nullopt for any other name (temporary uploads included).
QString segmentName(qint64 first, qint64 last);
std::optional<SegmentRange> parseSegmentName(const QString &name);

struct Segment
{
    QString stationId;
    qint64 first = 0;
    qint64 last = 0;
    QByteArrayList records; // one canonical JSON object each, without the newline
};

class SegmentCodec
{
    Q_DECLARE_TR_FUNCTIONS(SegmentCodec)

public:
    // Largest uncompressed segment a reader accepts.
    static constexpr qint64 maxPlainBytes = 256LL * 1024 * 1024;

    // gzipCompress(plainText(segment)).
    static QByteArray encode(const Segment &segment);
    // The uncompressed segment: the record lines, then the trailer line.
    static QByteArray plainText(const Segment &segment);
    // Checks the gzip stream, the trailer, the count, the hash and that the records are exactly
    // `expected` (the range the file name announced).
    static Result<Segment> decode(
        const QByteArray &compressed, const QString &stationId, SegmentRange expected);
};

// gzip (RFC 1952) without a timestamp, so the same records always give the same bytes.
QByteArray gzipCompress(const QByteArray &plain);
Result<QByteArray> gzipDecompress(const QByteArray &compressed, qint64 maxBytes);

} // namespace recaisse::core::sync
