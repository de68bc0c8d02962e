#pragma once

// What the HTTP clients of the shop over libcurl (WebDAV, Google Sheets) share; defined in
// remote.cpp.

#include <QByteArray>

namespace recaisse::core::sync {

// libcurl's global setup, once per process, before the first handle.
void initCurlOnce();
// A Retry-After header's value (seconds or an HTTP date) as seconds from now, at most a week;
// -1 when absent or not understood.
int retryAfterSeconds(const QByteArray &headerValue);

} // namespace recaisse::core::sync
