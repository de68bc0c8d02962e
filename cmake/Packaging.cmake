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
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "till and back office for reuse shops (ressourceries)")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "ReCaisse")
set(CPACK_PACKAGE_EXECUTABLES "recaisse;ReCaisse")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/;/build/;/out/;/\\\\.cache/")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

if(WIN32)
    include("${PROJECT_SOURCE_DIR}/packaging/windows/windows.cmake")
elseif(UNIX AND NOT APPLE)
    # One package per distribution release, built on that release (its libraries' versions are
    # in the dependencies): recaisse_0.1.0~deb12_amd64.deb. "~" sorts before anything, so a
    # release's package upgrades the one of the release before it.
    set(RECAISSE_DISTRIBUTION "" CACHE STRING
        "Distribution suffix of the package version (deb12, deb13, ubuntu24.04); empty: read /etc/os-release")
    set(recaisse_distribution "${RECAISSE_DISTRIBUTION}")
    if(NOT recaisse_distribution AND EXISTS /etc/os-release)
        file(STRINGS /etc/os-release recaisse_os_id REGEX "^ID=")
        file(STRINGS /etc/os-release recaisse_os_version REGEX "^VERSION_ID=")
        string(REGEX REPLACE "^ID=\"?([^\"]*)\"?$" "\\1" recaisse_os_id "${recaisse_os_id}")
        string(REGEX REPLACE "^VERSION_ID=\"?([^\"]*)\"?$" "\\1" recaisse_os_version
            "${recaisse_os_version}")
        if(recaisse_os_id STREQUAL "debian" AND recaisse_os_version)
            set(recaisse_distribution "deb${recaisse_os_version}")
        elseif(recaisse_os_id AND recaisse_os_version)
            set(recaisse_distribution "${recaisse_os_id}${recaisse_os_version}")
        endif()
    endif()
    set(RECAISSE_DEBIAN_VERSION "${PROJECT_VERSION}")
    if(recaisse_distribution)
        string(APPEND RECAISSE_DEBIAN_VERSION "~${recaisse_distribution}")
    endif()

    set(CPACK_GENERATOR "DEB")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_VERSION "${RECAISSE_DEBIAN_VERSION}")
    set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    # The long description (CPack puts the summary above it): at most 80 columns a line.
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
        "ReCaisse is the till and back office of a ressourcerie (a French reuse shop
run by an association): sales with cash sessions and blind counts, donations
received by weight at the reception desk, and the tonnage figures the
association declares to the eco-organisms. Each station works offline on its
own database and shares its journal with the other stations through a WebDAV
folder (kDrive, Nextcloud).
.
This package holds the program (recaisse), its command-line companion
(recaisse-cli), the French translation and the French manual.")
    # Library dependencies are computed by dpkg-shlibdeps from the installed binaries.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Loaded at run time (the SQLite driver, Qt's own French texts, the Secret Service daemon
    # that keeps the sync password, the GStreamer plugins Qt Multimedia plays the voice deposits
    # with: Ogg/Opus in plugins-base, the audio sinks in plugins-good, Debian 12 and 13 alike),
    # so dpkg-shlibdeps cannot see them.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "libqt6sql6-sqlite, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${RECAISSE_HOMEPAGE_URL}")

    # What Debian asks of every package: copyright, a changelog in Debian's format (this is a
    # native package: no Debian revision), both gzipped reproducibly.
    set(RECAISSE_DEBIAN_SUITE "unstable")
    configure_file("${PROJECT_SOURCE_DIR}/packaging/debian/changelog.in"
        "${PROJECT_BINARY_DIR}/packaging/changelog" @ONLY)
    find_program(RECAISSE_GZIP gzip REQUIRED)
    add_custom_command(OUTPUT "${PROJECT_BINARY_DIR}/packaging/changelog.gz"
        COMMAND "${RECAISSE_GZIP}" -9nkf "${PROJECT_BINARY_DIR}/packaging/changelog"
        DEPENDS "${PROJECT_BINARY_DIR}/packaging/changelog"
        COMMENT "Compressing the Debian changelog")
    add_custom_target(recaisse_debian_changelog ALL
        DEPENDS "${PROJECT_BINARY_DIR}/packaging/changelog.gz")
    install(FILES "${PROJECT_SOURCE_DIR}/packaging/debian/copyright"
        "${PROJECT_BINARY_DIR}/packaging/changelog.gz"
        DESTINATION "${CMAKE_INSTALL_DOCDIR}")
else()
    set(CPACK_GENERATOR "TGZ")
endif()

include(CPack)
