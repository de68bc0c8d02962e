#!/usr/bin/env bash
# Checks the Windows packaging logic on Debian, without Windows and without a Windows Qt:
# cross-compiles with mingw-w64 a stand-in project (two executables named like ReCaisse's, one
# importing a DLL that plays libcurl) that includes the real cmake/Packaging.cmake, so that
# packaging/windows/windows.cmake runs for a WIN32 target. Then:
#   - the .rc (icon and version) is compiled into recaisse.exe (wrestool lists it);
#   - `cmake --install` runs deploy.cmake: a stand-in windeployqt drops two SQL drivers, the
#     PostgreSQL one is removed, and file(GET_RUNTIME_DEPENDENCIES) copies the imported DLLs
#     (the MinGW runtime, the stand-in libcurl) next to the executables;
#   - without the folder that holds a needed DLL, the install fails and names it;
#   - `cpack -G NSIS` builds ReCaisse-<version>-setup.exe with Debian's makensis.
# What it cannot check: Qt's windeployqt, the real DLLs of MSYS2, running anything on Windows.
# Needs: apt-get install g++-mingw-w64-x86-64-posix nsis icoutils
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d /tmp/recaisse-windows-check.XXXXXX)"
trap 'rm -rf "$work"' EXIT
trap 'echo "FAIL: line $LINENO of $0" >&2' ERR
for tool in x86_64-w64-mingw32-g++-posix x86_64-w64-mingw32-gcc-posix makensis wrestool; do
    command -v "$tool" >/dev/null || {
        echo "missing $tool: apt-get install g++-mingw-w64-x86-64-posix nsis icoutils" >&2
        exit 2
    }
done
gcc_dlls="$(dirname "$(x86_64-w64-mingw32-g++-posix -print-libgcc-file-name)")"
pthread_dlls=/usr/x86_64-w64-mingw32/lib

src="$work/src"
qt="$work/fake-qt"
mkdir -p "$src/app" "$src/fakelib" "$qt/bin" "$qt/plugins" "$qt/share/qt6/translations"
for dir in cmake packaging resources docs; do
    ln -s "$root/$dir" "$src/$dir"
done
# install(DIRECTORY) copies a symbolic link as a link: the manual must be a real folder.
rm "$src/docs" && cp -r "$root/docs" "$src/docs"
printf 'stand-in for qtbase_fr.qm\n' >"$qt/share/qt6/translations/qtbase_fr.qm"

cat >"$work/toolchain.cmake" <<'EOF'
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
EOF
cat >"$src/CMakeLists.txt" <<'EOF'
# Same order as the real top-level CMakeLists.txt (app/ first, then Packaging.cmake); the Qt
# variables windows.cmake reads point at the stand-in Qt.
cmake_minimum_required(VERSION 3.24)
project(ReCaisse VERSION 0.1.0 DESCRIPTION "Point-of-sale and back office for ressourceries"
    LANGUAGES CXX)
set(QT6_INSTALL_PREFIX "${FAKE_QT}")
set(QT6_INSTALL_BINS bin)
set(QT6_INSTALL_TRANSLATIONS share/qt6/translations)
add_subdirectory(fakelib)
add_subdirectory(app)
include(cmake/Packaging.cmake)
EOF
cat >"$src/fakelib/CMakeLists.txt" <<'EOF'
add_library(fakecurl SHARED fakecurl.cpp)
set_target_properties(fakecurl PROPERTIES PREFIX "lib" OUTPUT_NAME "curl-4"
    RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/msys-bin")
EOF
cat >"$src/fakelib/fakecurl.cpp" <<'EOF'
#include <string>
__declspec(dllexport) std::string fakeCurlVersion() { return "8.0"; }
EOF
cat >"$src/app/CMakeLists.txt" <<'EOF'
include(GNUInstallDirs)
add_executable(recaisse WIN32 main.cpp)
target_link_libraries(recaisse PRIVATE fakecurl)
add_executable(recaisse-cli cli.cpp)
install(TARGETS recaisse recaisse-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
EOF
cat >"$src/app/main.cpp" <<'EOF'
#include <windows.h>
#include <string>
std::string fakeCurlVersion();
int WINAPI WinMain(HINSTANCE, HINSTANCE, LPSTR, int) { return fakeCurlVersion().empty() ? 1 : 0; }
EOF
cat >"$src/app/cli.cpp" <<'EOF'
#include <iostream>
int main() { std::cout << "cli\n"; }
EOF

# Two SQL driver plugins: qsqlite, and qsqlpsql which imports libpq.dll (found nowhere).
echo '__declspec(dllexport) int plugin(void) { return 1; }' >"$work/qsqlite.c"
echo '__declspec(dllexport) int PQconnectdb(void) { return 0; }' >"$work/pq.c"
printf '%s\n' '__declspec(dllimport) int PQconnectdb(void);' \
    '__declspec(dllexport) int plugin(void) { return PQconnectdb(); }' >"$work/qsqlpsql.c"
(
    cd "$work"
    x86_64-w64-mingw32-gcc-posix -shared -o "$qt/plugins/qsqlite.dll" qsqlite.c
    x86_64-w64-mingw32-gcc-posix -shared -o libpq.dll pq.c -Wl,--out-implib,libpq.dll.a
    x86_64-w64-mingw32-gcc-posix -shared -o "$qt/plugins/qsqlpsql.dll" qsqlpsql.c libpq.dll.a
    rm libpq.dll
)
# The stand-in windeployqt logs its arguments and copies the drivers next to the executable.
cat >"$qt/bin/windeployqt" <<EOF
#!/bin/sh
echo "\$*" >>"$work/windeployqt.log"
for last; do :; done
mkdir -p "\$(dirname "\$last")/sqldrivers"
cp "$qt"/plugins/*.dll "\$(dirname "\$last")/sqldrivers/"
EOF
chmod +x "$qt/bin/windeployqt"

build="$work/build"
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_TOOLCHAIN_FILE="$work/toolchain.cmake" -DFAKE_QT="$qt" \
    "-DRECAISSE_DEPLOY_DLL_DIRS=$gcc_dlls;$pthread_dlls;$build/msys-bin" >"$work/configure.log"
cmake --build "$build" >"$work/build.log"
wrestool -l "$build/app/recaisse.exe" | grep -q "group_icon" || {
    echo "FAIL: recaisse.exe has no icon" >&2
    exit 1
}
wrestool -l "$build/app/recaisse.exe" | grep -q "type=version" || {
    echo "FAIL: recaisse.exe has no version information" >&2
    exit 1
}
echo "ok: recaisse.exe carries the icon and the version information"

stage="$work/stage"
cmake --install "$build" --prefix "$stage" >"$work/install.log"
expected="bin/libcurl-4.dll bin/libgcc_s_seh-1.dll bin/libstdc++-6.dll bin/libwinpthread-1.dll
bin/qt.conf bin/recaisse-cli.exe bin/recaisse.exe bin/sqldrivers/qsqlite.dll
bin/translations/qtbase_fr.qm doc/README.md"
for file in $expected; do
    [ -f "$stage/$file" ] || {
        echo "FAIL: $file not installed" >&2
        cat "$work/install.log" >&2
        exit 1
    }
done
[ ! -e "$stage/bin/sqldrivers/qsqlpsql.dll" ] || {
    echo "FAIL: the PostgreSQL driver was kept" >&2
    exit 1
}
grep -q -- "--no-translations" "$work/windeployqt.log"
echo "ok: install deployed the MinGW runtime, the imported DLL, qsqlite only, qt.conf, Qt's French"

broken="$work/broken"
cp -r "$stage" "$broken"
rm "$broken/bin/libcurl-4.dll"
if cmake -DRECAISSE_DEPLOY_PREFIX="$broken" -DRECAISSE_DEPLOY_BIN_DIR=bin \
    "-DRECAISSE_DEPLOY_EXECUTABLES=recaisse.exe;recaisse-cli.exe" \
    "-DRECAISSE_DEPLOY_DLL_DIRS=$gcc_dlls" \
    -DRECAISSE_DEPLOY_OBJDUMP="$(command -v x86_64-w64-mingw32-objdump)" \
    -P "$root/packaging/windows/deploy.cmake" >"$work/broken.log" 2>&1; then
    echo "FAIL: a missing DLL did not fail the deployment" >&2
    exit 1
fi
grep -q "libcurl-4.dll" "$work/broken.log"
echo "ok: a DLL found nowhere fails the installation and is named"

(cd "$build" && cpack -G NSIS >"$work/cpack.log")
installer="$build/ReCaisse-0.1.0-setup.exe"
[ -f "$installer" ] || {
    echo "FAIL: no installer" >&2
    cat "$work/cpack.log" >&2
    exit 1
}
nsi="$build/_CPack_Packages/win64/NSIS/project.nsi"
grep -q 'InstallDir "\$PROGRAMFILES64\\ReCaisse"' "$nsi"
grep -q 'RequestExecutionLevel admin' "$nsi"
grep -q 'SetShellVarContext all' "$nsi"
grep -q 'CreateShortCut "\$SMPROGRAMS\\\$STARTMENU_FOLDER\\ReCaisse.lnk"' "$nsi"
grep -q 'CreateShortCut "\$SMPROGRAMS\\\$STARTMENU_FOLDER\\Manuel de ReCaisse.lnk"' "$nsi"
grep -q 'CreateShortCut "\$DESKTOP\\ReCaisse.lnk"' "$nsi"
grep -q 'MUI_LANGUAGE "French"' "$nsi"
# The uninstaller deletes the files it installed one by one and only empty folders.
if grep -E '^\s*RMDir /r' "$nsi"; then
    echo "FAIL: the uninstaller removes a folder recursively" >&2
    exit 1
fi
echo "ok: $(basename "$installer") ($(stat -c %s "$installer") bytes): Program Files (64-bit)," \
    "administrator, shortcuts for all users, French, no recursive removal"
