#pragma once

// The answer to a WebDAV PROPFIND (a 207 multistatus document), turned into folder entries.
// Pure and bounded: hostile or malformed XML gives a Protocol error, never a crash.

#include "core/sync/remote.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace recaisse::core::sync {

// The most entries a listing may hold; a folder of the sync tree never comes close.
inline constexpr qsizetype maxListingEntries = 100'000;

// Parses a multistatus answer to a Depth 1 PROPFIND on requestPath, the URL path of the listed
// folder as sent (percent-encoded or not, with or without a trailing slash). hrefs may be
// absolute URLs, absolute paths or relative references; the folder itself is left out. Only the
// properties of a propstat whose status is 2xx are used. displayPath names the folder in error
// messages (defaults to requestPath).
RemoteResult<QList<RemoteEntry>> parseMultistatus(
    const QByteArray &xml, const QString &requestPath, const QString &displayPath = {});

// Parses an RFC 1123 date ("Sun, 06 Nov 1994 08:49:37 GMT"), also accepting the RFC 850 and
// asctime forms HTTP allows. Invalid when it is none of them.
QDateTime parseHttpDate(const QString &text);

} // namespace recaisse::core::sync
