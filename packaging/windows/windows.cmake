# Windows packaging, included by cmake/Packaging.cmake on Windows only (before include(CPack)):
# the executable's icon, the install-time deployment of every DLL, plugin and translation the
# two programs load, and the NSIS installer. How to build it, and what was checked where:
# packaging/windows/README.md.
include_guard(GLOBAL)

set(RECAISSE_WINDOWS_DIR "${CMAKE_CURRENT_LIST_DIR}")

# The icon and version information of recaisse.exe.
enable_language(RC)
set(RECAISSE_ICO "${RECAISSE_WINDOWS_DIR}/recaisse.ico")
configure_file("${RECAISSE_WINDOWS_DIR}/recaisse.rc.in" "${PROJECT_BINARY_DIR}/recaisse.rc" @ONLY)
target_sources(recaisse PRIVATE "${PROJECT_BINARY_DIR}/recaisse.rc")

# --- Installed tree: bin\ holds the executables, the DLLs, Qt's plugin folders, qt.conf and
# translations\qtbase_fr.qm; doc\ the French manual. Nothing is written outside the
# installation folder: the station's data stay in the user's AppData (QStandardPaths).

# Qt's own French strings (buttons of the standard dialogs), which app/main.cpp loads from
# QLibraryInfo::TranslationsPath: qt.conf points that path at bin\translations.
install(FILES "${RECAISSE_WINDOWS_DIR}/qt.conf" DESTINATION "${CMAKE_INSTALL_BINDIR}")
set(RECAISSE_QT_FRENCH "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}/qtbase_fr.qm")
if(NOT EXISTS "${RECAISSE_QT_FRENCH}")
    message(FATAL_ERROR "${RECAISSE_QT_FRENCH} is missing: install Qt's translations "
        "(MSYS2: mingw-w64-x86_64-qt6-translations).")
endif()
install(FILES "${RECAISSE_QT_FRENCH}" DESTINATION "${CMAKE_INSTALL_BINDIR}/translations")

install(DIRECTORY "${PROJECT_SOURCE_DIR}/docs/" DESTINATION doc FILES_MATCHING PATTERN "*.md")

# windeployqt of the same Qt (the imported target when Qt defines it), then every other DLL.
if(TARGET Qt6::windeployqt)
    set(RECAISSE_WINDEPLOYQT "$<TARGET_FILE:Qt6::windeployqt>")
else()
    find_program(RECAISSE_WINDEPLOYQT_PROGRAM NAMES windeployqt6 windeployqt-qt6 windeployqt
        HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" "${QT6_INSTALL_PREFIX}/bin"
        NO_DEFAULT_PATH)
    if(NOT RECAISSE_WINDEPLOYQT_PROGRAM)
        message(FATAL_ERROR "windeployqt was not found next to Qt (${QT6_INSTALL_PREFIX})")
    endif()
    set(RECAISSE_WINDEPLOYQT "${RECAISSE_WINDEPLOYQT_PROGRAM}")
endif()
set(RECAISSE_QTPATHS "")
if(TARGET Qt6::qtpaths AND Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    set(RECAISSE_QTPATHS "$<TARGET_FILE:Qt6::qtpaths>")
endif()

# Where the non-Qt DLLs are: the toolchain's bin folder (MSYS2: C:/msys64/mingw64/bin holds
# the compiler runtime, Qt, curl, libarchive, QtKeychain, OpenSSL...) and Qt's (vcpkg).
get_filename_component(compiler_bin_dir "${CMAKE_CXX_COMPILER}" DIRECTORY)
set(RECAISSE_DEPLOY_DLL_DIRS "${compiler_bin_dir};${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}"
    CACHE STRING "Folders where the installer's DLLs are looked up (see deploy.cmake)")
set(RECAISSE_DEPLOY_OBJDUMP "")
if(MINGW)
    set(RECAISSE_DEPLOY_OBJDUMP "${CMAKE_OBJDUMP}")
endif()

# After the executables (app/CMakeLists.txt's install(TARGETS) runs first: app/ is added before
# this file is included).
install(CODE "
    set(RECAISSE_DEPLOY_PREFIX \"\${CMAKE_INSTALL_PREFIX}\")
    set(RECAISSE_DEPLOY_BIN_DIR \"${CMAKE_INSTALL_BINDIR}\")
    set(RECAISSE_DEPLOY_EXECUTABLES \"$<TARGET_FILE_NAME:recaisse>;$<TARGET_FILE_NAME:recaisse-cli>\")
    set(RECAISSE_DEPLOY_WINDEPLOYQT \"${RECAISSE_WINDEPLOYQT}\")
    set(RECAISSE_DEPLOY_QTPATHS \"${RECAISSE_QTPATHS}\")
    set(RECAISSE_DEPLOY_DLL_DIRS \"${RECAISSE_DEPLOY_DLL_DIRS}\")
    set(RECAISSE_DEPLOY_OBJDUMP \"${RECAISSE_DEPLOY_OBJDUMP}\")
    include(\"${RECAISSE_WINDOWS_DIR}/deploy.cmake\")
")

# --- The NSIS installer: ReCaisse-<version>-setup.exe, per-machine (administrator rights,
# Program Files, shortcuts for all users: CPack's template runs SetShellVarContext all for an
# administrator), in French on a French Windows (NSIS picks the system's language among those
# CPack includes).
set(CPACK_GENERATOR "NSIS")
# The names the installer shows, with the product's capitals (the Debian package is "recaisse").
set(CPACK_PACKAGE_NAME "ReCaisse")
set(CPACK_PACKAGE_FILE_NAME "ReCaisse-${PROJECT_VERSION}-setup")
set(CPACK_NSIS_PACKAGE_NAME "ReCaisse")
set(CPACK_NSIS_DISPLAY_NAME "ReCaisse")
# A 64-bit program: "C:\Program Files\ReCaisse", not "Program Files (x86)".
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
# The installer's own key. Never "Software\ReCaisse\ReCaisse", where the program keeps its
# settings (QSettings): the uninstaller deletes this key, and must not delete those.
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "ReCaisse installation")
set(CPACK_NSIS_MUI_ICON "${RECAISSE_ICO}")
set(CPACK_NSIS_MUI_UNIICON "${RECAISSE_ICO}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\\\recaisse.exe")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
# Start menu: ReCaisse (CPACK_PACKAGE_EXECUTABLES), the manual's folder, the uninstaller.
set(CPACK_NSIS_MENU_LINKS "doc" "Manuel de ReCaisse")
# The options page (CPack shows it only with MODIFY_PATH) offers the desktop shortcut, and
# adding bin\ to the PATH for recaisse-cli (not done unless chosen).
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_CREATE_DESKTOP_LINKS "recaisse")
# No "run ReCaisse" box on the last page: it would start the program with the installer's
# administrator rights, possibly as another account, whose AppData would get the station.
if(NOT CPACK_RESOURCE_FILE_LICENSE)
    # Without a LICENSE file CPack would show its generic placeholder licence.
    set(CPACK_NSIS_IGNORE_LICENSE_PAGE ON)
endif()
