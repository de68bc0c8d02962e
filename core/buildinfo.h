#pragma once

// What this build of ReCaisse is: its version, the commit it was built from and the Qt it runs
// on. The values come from CMake (project(VERSION), git at configure time) through
// buildinfo_config.h.in; --version, the About dialog and the WebDAV user agent read them here.

#include <QString>

namespace recaisse::core::buildinfo {

// "0.1.0": the version of the project, or the one a test build was given (-DRECAISSE_VERSION).
QString version();
// The short git commit the sources were at when the build was configured, the one given by
// -DRECAISSE_BUILD_COMMIT when they were not a git checkout, else "unknown".
QString commit();
// The Qt version the program was compiled against, and the one it runs on.
QString qtCompiledVersion();
QString qtRuntimeVersion();
// The program's licence, as an SPDX identifier.
QString licence();
// What `program --version` prints: "recaisse 0.1.0 (commit abc1234, Qt 6.4.2)", with the Qt it
// was compiled against added when it differs from the one it runs on.
QString versionLine(const QString &program);

} // namespace recaisse::core::buildinfo
