# Install rules for the desktop integration files, and CPack.
# Executables are installed by app/CMakeLists.txt, not here.
include_guard(GLOBAL)
include(GNUInstallDirs)

set(RECAISSE_APP_ID "fr.ressourcerie.ReCaisse")

include("${PROJECT_SOURCE_DIR}/packaging/linux/install.cmake")

set(CPACK_PACKAGE_NAME "recaisse")
# No public address exists yet: override these when building a package to distribute.
set(RECAISSE_PACKAGE_VENDOR "ReCaisse contributors" CACHE STRING "Vendor shown in packages")
set(RECAISSE_PACKAGE_CONTACT "ReCaisse maintainers <maintainers@recaisse.invalid>"
    CACHE STRING "Maintainer (Name <email>) of the packages")
set(CPACK_PACKAGE_VENDOR "${RECAISSE_PACKAGE_VENDOR}")
set(CPACK_PACKAGE_CONTACT "${RECAISSE_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "ReCaisse is the till and back office of a ressourcerie (French reuse shop): sales, "
    "donations received by weight, cash sessions with blind counts, and the tonnage figures "
    "for the eco-organisations. Each station works offline on its own database.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "ReCaisse")
set(CPACK_PACKAGE_EXECUTABLES "recaisse;ReCaisse")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/;/build/;/out/;/\\\\.cache/")
if(EXISTS "${PROJECT_SOURCE_DIR}/LICENSE")
    set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
endif()

if(WIN32)
    set(CPACK_GENERATOR "NSIS")
    set(CPACK_NSIS_DISPLAY_NAME "ReCaisse")
    set(CPACK_NSIS_PACKAGE_NAME "ReCaisse")
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN "recaisse.exe")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
elseif(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    # Library dependencies are computed by dpkg-shlibdeps from the installed binaries.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Loaded at run time, so shlibdeps cannot see them.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-sqlite, qt6-translations-l10n")
else()
    set(CPACK_GENERATOR "TGZ")
endif()

include(CPack)
