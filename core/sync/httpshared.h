#pragma once

// What the HTTP clients of the shop over libcurl (WebDAV, Google Sheets) share; defined in
// remote.cpp.

#include <QByteArray>
#include <QHash>

namespace recaisse::core::sync {

// libcurl's global setup, once per process, before the first handle.
void initCurlOnce();
// A Retry-After header's value (seconds or an HTTP date) as seconds from now, at most a week;
// -1 when absent or not understood.
int retryAfterSeconds(const QByteArray &headerValue);
// One line of an answer's head as libcurl's header callback gives it. A status line starts a new
// head (after a 100 Continue too); a "name: value" line is kept, its name lowercased and its value
// cut at 4 KiB. False when the head holds more headers than an HTTP server sends: the server is
// not to be believed and the transfer stops.
bool readHeaderLine(const QByteArray &line, int *status, QHash<QByteArray, QByteArray> *headers);

} // namespace recaisse::core::sync
