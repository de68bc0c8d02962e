#include "propfind.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>
#include <QXmlStreamReader>

namespace recaisse::core::sync {

namespace {

class Propfind
{
    Q_DECLARE_TR_FUNCTIONS(Propfind)

public:
    static RemoteError protocol(const QString &path, const QString &reason)
    {
        QString message = tr("Listing %1: the server's answer is not a valid WebDAV listing (%2)")
                              .arg(path, reason);
        message.replace(QLatin1Char('\n'), QLatin1Char(' '));
        message.replace(QLatin1Char('\r'), QLatin1Char(' '));
        return RemoteError{Failure::Protocol, 207, message, -1};
    }
};

const QString davNs = QStringLiteral("DAV:");

// Decoded path segments; "." dropped and ".." applied, so that two spellings of one path compare
// equal.
QStringList decodedSegments(const QString &encodedPath)
{
    QStringList segments;
    const QStringList parts = encodedPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString segment = QString::fromUtf8(QByteArray::fromPercentEncoding(part.toUtf8()));
        if (segment == QLatin1String("."))
            continue;
        if (segment == QLatin1String("..")) {
            if (!segments.isEmpty())
                segments.removeLast();
            continue;
        }
        segments.append(segment);
    }
    return segments;
}

QStringList hrefSegments(const QString &href, const QStringList &requestSegments)
{
    const QUrl url(href, QUrl::TolerantMode);
    if (url.scheme().isEmpty() && !href.startsWith(QLatin1Char('/'))) {
        // A relative reference, resolved against the listed folder.
        QString joined;
        for (const QString &segment : requestSegments)
            joined += QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(segment));
        return decodedSegments(joined + QLatin1Char('/') + url.path(QUrl::FullyEncoded));
    }
    return decodedSegments(url.path(QUrl::FullyEncoded));
}

int statusCode(const QString &statusLine)
{
    // "HTTP/1.1 200 OK"
    const QStringList parts = statusLine.simplified().split(QLatin1Char(' '));
    if (parts.size() < 2)
        return 0;
    bool ok = false;
    const int code = parts.at(1).toInt(&ok);
    return ok ? code : 0;
}

struct Props
{
    bool isFolder = false;
    qint64 size = -1;
    QDateTime modifiedUtc;
};

bool isDav(const QXmlStreamReader &reader, const char *name)
{
    return reader.namespaceUri() == davNs && reader.name() == QLatin1String(name);
}

void readProp(QXmlStreamReader &reader, Props &props)
{
    while (reader.readNextStartElement()) {
        if (isDav(reader, "getcontentlength")) {
            bool ok = false;
            const qint64 size = reader.readElementText(QXmlStreamReader::SkipChildElements)
                                    .trimmed()
                                    .toLongLong(&ok);
            props.size = ok && size >= 0 ? size : -1;
        } else if (isDav(reader, "getlastmodified")) {
            props.modifiedUtc =
                parseHttpDate(reader.readElementText(QXmlStreamReader::SkipChildElements));
        } else if (isDav(reader, "resourcetype")) {
            while (reader.readNextStartElement()) {
                if (isDav(reader, "collection"))
                    props.isFolder = true;
                reader.skipCurrentElement();
            }
        } else {
            reader.skipCurrentElement();
        }
    }
}

void readPropstat(QXmlStreamReader &reader, Props &props)
{
    Props found;
    int status = 200; // RFC 4918 requires a status; a missing one is taken as success
    while (reader.readNextStartElement()) {
        if (isDav(reader, "prop"))
            readProp(reader, found);
        else if (isDav(reader, "status"))
            status = statusCode(reader.readElementText(QXmlStreamReader::SkipChildElements));
        else
            reader.skipCurrentElement();
    }
    if (status < 200 || status > 299)
        return;
    if (found.isFolder)
        props.isFolder = true;
    if (found.size >= 0)
        props.size = found.size;
    if (found.modifiedUtc.isValid())
        props.modifiedUtc = found.modifiedUtc;
}

} // namespace

QDateTime parseHttpDate(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified.isEmpty() || simplified.size() > 64)
        return {};
    const QLocale c = QLocale::c();
    static const QString formats[] = {
        QStringLiteral("ddd, d MMM yyyy HH:mm:ss 'GMT'"), // RFC 1123
        QStringLiteral("ddd, d MMM yyyy HH:mm:ss 'UTC'"),
        QStringLiteral("ddd, d MMM yyyy HH:mm:ss '+0000'"),
        QStringLiteral("dddd, d-MMM-yy HH:mm:ss 'GMT'"), // RFC 850
        QStringLiteral("ddd MMM d HH:mm:ss yyyy"), // asctime
    };
    for (const QString &format : formats) {
        const QDateTime parsed = c.toDateTime(simplified, format);
        if (parsed.isValid()) {
            QDate date = parsed.date();
            if (format.contains(QLatin1String("yy ")) && date.year() < 1970)
                date = date.addYears(100);
            return QDateTime(date, parsed.time(), QTimeZone::utc());
        }
    }
    return {};
}

RemoteResult<QList<RemoteEntry>> parseMultistatus(
    const QByteArray &xml, const QString &requestPath, const QString &displayPath)
{
    const QString shown = displayPath.isEmpty() ? requestPath : displayPath;
    const QStringList requestSegments = decodedSegments(requestPath);
    QList<RemoteEntry> entries;
    QXmlStreamReader reader(xml);
    bool sawRoot = false;

    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::DTD)
            // Entity declarations are how XML bombs work; a WebDAV server never sends one.
            return Propfind::protocol(shown, Propfind::tr("a DTD is not allowed"));
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (sawRoot || !isDav(reader, "multistatus"))
            return Propfind::protocol(shown, Propfind::tr("no DAV:multistatus element"));
        sawRoot = true;

        while (reader.readNextStartElement()) {
            if (!isDav(reader, "response")) {
                reader.skipCurrentElement();
                continue;
            }
            QString href;
            int responseStatus = 0;
            Props props;
            while (reader.readNextStartElement()) {
                if (isDav(reader, "href") && href.isEmpty())
                    href = reader.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
                else if (isDav(reader, "status"))
                    responseStatus =
                        statusCode(reader.readElementText(QXmlStreamReader::SkipChildElements));
                else if (isDav(reader, "propstat"))
                    readPropstat(reader, props);
                else
                    reader.skipCurrentElement();
            }
            if (reader.hasError())
                break;
            if (href.isEmpty())
                return Propfind::protocol(shown, Propfind::tr("a response without href"));
            if (responseStatus != 0 && (responseStatus < 200 || responseStatus > 299))
                continue;
            const QStringList segments = hrefSegments(href, requestSegments);
            if (segments == requestSegments || segments.isEmpty())
                continue; // the listed folder itself
            const bool directChild = segments.size() == requestSegments.size() + 1
                && segments.mid(0, requestSegments.size()) == requestSegments;
            if (!directChild && props.isFolder && !requestSegments.isEmpty()
                && segments.constLast() == requestSegments.constLast())
                continue; // the listed folder itself, behind a proxy that rewrote the prefix
            const QString &name = segments.constLast();
            if (name.contains(QLatin1Char('/')) || name.contains(QChar(0)))
                continue; // "%2F" or "%00" in a name: no file can be called that here
            if (entries.size() >= maxListingEntries)
                return Propfind::protocol(shown, Propfind::tr("too many entries"));
            entries.append(RemoteEntry{
                name, props.isFolder, props.isFolder ? -1 : props.size, props.modifiedUtc});
        }
    }
    if (reader.hasError())
        return Propfind::protocol(
            shown, Propfind::tr("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString()));
    if (!sawRoot)
        return Propfind::protocol(shown, Propfind::tr("no DAV:multistatus element"));
    return entries;
}

} // namespace recaisse::core::sync
