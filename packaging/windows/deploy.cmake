# Install-time deployment of everything recaisse.exe and recaisse-cli.exe load on a PC that has
# neither Qt nor MSYS2: run by `cmake --install` (and so by cpack) through the install(CODE) of
# windows.cmake, after the executables are installed. Two steps:
#
# 1. windeployqt copies the Qt DLLs and the plugins (platform, styles, image formats, TLS, SQL
#    drivers) next to the executables. Only the SQLite driver is kept: the others (ODBC, MySQL,
#    PostgreSQL) would drag in client libraries ReCaisse never uses. Qt's translations are not
#    taken from windeployqt (it merges them into qt_<lang>.qm; ReCaisse loads qtbase_fr.qm, which
#    windows.cmake installs).
# 2. file(GET_RUNTIME_DEPENDENCIES) walks every installed .exe and .dll, plugins included, and
#    copies the DLLs they import that are not part of Windows: libcurl, libarchive, QtKeychain,
#    OpenSSL, zlib, ICU, the MinGW runtime and all they depend on in turn, from the toolchain's
#    bin folders. A DLL that is found nowhere fails the installation.
#
# Variables (set by windows.cmake; the test in packaging/windows/README.md sets them by hand):
#   RECAISSE_DEPLOY_PREFIX       the installation prefix (without DESTDIR)
#   RECAISSE_DEPLOY_BIN_DIR      the executables' folder, relative to the prefix ("bin")
#   RECAISSE_DEPLOY_EXECUTABLES  file names of the installed executables in that folder
#   RECAISSE_DEPLOY_WINDEPLOYQT  windeployqt (empty: step 1 is skipped, for the Linux check only)
#   RECAISSE_DEPLOY_QTPATHS      qtpaths of the same Qt, passed to windeployqt when not empty
#   RECAISSE_DEPLOY_DLL_DIRS     folders where the DLLs are looked up (MSYS2's mingw64/bin)
#   RECAISSE_DEPLOY_OBJDUMP      objdump to read the imports of MinGW binaries (empty: CMake's
#                                default tool, dumpbin with MSVC)

cmake_minimum_required(VERSION 3.24)

foreach(variable RECAISSE_DEPLOY_PREFIX RECAISSE_DEPLOY_BIN_DIR RECAISSE_DEPLOY_EXECUTABLES
        RECAISSE_DEPLOY_DLL_DIRS)
    if(NOT DEFINED ${variable} OR "${${variable}}" STREQUAL "")
        message(FATAL_ERROR "deploy.cmake: ${variable} is not set")
    endif()
endforeach()

set(bin_dir "$ENV{DESTDIR}${RECAISSE_DEPLOY_PREFIX}/${RECAISSE_DEPLOY_BIN_DIR}")
set(executables "")
foreach(name IN LISTS RECAISSE_DEPLOY_EXECUTABLES)
    if(NOT EXISTS "${bin_dir}/${name}")
        message(FATAL_ERROR "deploy.cmake: ${bin_dir}/${name} is not installed")
    endif()
    list(APPEND executables "${bin_dir}/${name}")
endforeach()

# 1. Qt's DLLs and plugins.
if(RECAISSE_DEPLOY_WINDEPLOYQT)
    set(qtpaths_option "")
    if(RECAISSE_DEPLOY_QTPATHS)
        set(qtpaths_option --qtpaths "${RECAISSE_DEPLOY_QTPATHS}")
    endif()
    foreach(executable IN LISTS executables)
        message(STATUS "windeployqt ${executable}")
        execute_process(
            COMMAND "${RECAISSE_DEPLOY_WINDEPLOYQT}" ${qtpaths_option}
                    --release --force --no-translations --no-compiler-runtime
                    --no-system-d3d-compiler --no-opengl-sw "${executable}"
            RESULT_VARIABLE result)
        if(NOT result EQUAL 0)
            message(FATAL_ERROR "windeployqt failed on ${executable} (${result})")
        endif()
    endforeach()
endif()

# Only the SQLite driver: the other drivers import client DLLs that are not installed.
file(GLOB sql_drivers "${bin_dir}/sqldrivers/*.dll")
set(sqlite_driver FALSE)
foreach(driver IN LISTS sql_drivers)
    get_filename_component(name "${driver}" NAME)
    if(name MATCHES "^qsqlite[d]?\\.dll$")
        set(sqlite_driver TRUE)
    else()
        message(STATUS "Not deployed (ReCaisse only uses SQLite): sqldrivers/${name}")
        file(REMOVE "${driver}")
    endif()
endforeach()
if(RECAISSE_DEPLOY_WINDEPLOYQT AND NOT sqlite_driver)
    message(FATAL_ERROR "windeployqt did not deploy sqldrivers/qsqlite.dll")
endif()

# 2. Every other DLL, found from the binaries' import tables.
if(RECAISSE_DEPLOY_OBJDUMP)
    set(CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM "windows+pe")
    set(CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL "objdump")
    set(CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND "${RECAISSE_DEPLOY_OBJDUMP}")
endif()
file(GLOB_RECURSE modules "${bin_dir}/*.dll")
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES ${executables}
    MODULES ${modules}
    # The installed folder first, so that what windeployqt copied is what gets scanned.
    DIRECTORIES "${bin_dir}" ${RECAISSE_DEPLOY_DLL_DIRS}
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved
    CONFLICTING_DEPENDENCIES_PREFIX conflicting
    # API sets are names Windows resolves itself; there is no file to find.
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
    # Windows' own DLLs (System32, SysWOW64, the Windows folder) are never shipped. CMake looks
    # in System32 before DIRECTORIES: a library some other software dropped into the build
    # machine's System32 under the same name as one of the toolchain's (zlib1.dll...) would be
    # taken for Windows' and left out. Build the installer on a clean machine (the CI runner).
    POST_EXCLUDE_REGEXES "^[A-Za-z]:[/\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\]"
)

# The DLLs that belong to Windows itself: on a Windows host they resolve to the Windows folder
# and are excluded above; elsewhere (the check on Linux) they stay unresolved, which is expected.
set(windows_dlls
    advapi32 bcrypt comctl32 comdlg32 crypt32 d3d11 d3d12 d3d9 dnsapi dwmapi dwrite dxgi gdi32
    imm32 iphlpapi kernel32 mpr msvcrt ncrypt netapi32 normaliz ole32 oleaut32 opengl32 rpcrt4
    secur32 setupapi shell32 shcore shlwapi ucrtbase user32 userenv uxtheme version winmm
    winspool.drv ws2_32 wtsapi32 authz d2d1 dcomp wldap32 cfgmgr32 propsys mf mfplat
    mfreadwrite wevtapi powrprof)
set(missing "")
foreach(name IN LISTS unresolved)
    string(TOLOWER "${name}" lower)
    string(REGEX REPLACE "\\.dll$" "" base "${lower}")
    if(base IN_LIST windows_dlls OR lower IN_LIST windows_dlls)
        continue()
    endif()
    list(APPEND missing "${name}")
endforeach()
if(missing)
    list(JOIN RECAISSE_DEPLOY_DLL_DIRS "; " searched)
    message(FATAL_ERROR "These DLLs are needed but were found neither in ${bin_dir} nor in "
        "${searched}: ${missing}")
endif()

foreach(name IN LISTS conflicting_FILENAMES)
    list(JOIN conflicting_${name} ", " candidates)
    message(WARNING "Several ${name} found (${candidates}): the first one is shipped")
endforeach()

set(copied 0)
foreach(dll IN LISTS resolved)
    get_filename_component(name "${dll}" NAME)
    get_filename_component(folder "${dll}" DIRECTORY)
    file(REAL_PATH "${folder}" folder)
    file(REAL_PATH "${bin_dir}" installed_folder)
    # Already installed (by windeployqt or an earlier run), or a plugin in a subfolder.
    string(FIND "${folder}/" "${installed_folder}/" inside)
    if(inside EQUAL 0 OR EXISTS "${bin_dir}/${name}")
        continue()
    endif()
    file(COPY "${dll}" DESTINATION "${bin_dir}" FOLLOW_SYMLINK_CHAIN)
    message(STATUS "Deployed: ${name} (from ${folder})")
    math(EXPR copied "${copied} + 1")
endforeach()
message(STATUS "Deployed ${copied} DLLs next to ${RECAISSE_DEPLOY_EXECUTABLES}")
