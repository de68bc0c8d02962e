# The Linux desktop integration, included by cmake/Packaging.cmake (which sets RECAISSE_APP_ID):
# the desktop entry, the AppStream metainfo (release and URLs configured from the project), the
# hicolor icons and the man pages (gzipped at build time, as Debian wants them). The files and
# how to check and regenerate them: packaging/linux/README.md.
include_guard(GLOBAL)
include(GNUInstallDirs)

if(UNIX AND NOT APPLE)
    if(NOT DEFINED RECAISSE_APP_ID)
        message(FATAL_ERROR "packaging/linux/install.cmake needs RECAISSE_APP_ID")
    endif()
    set(recaisse_linux_source "${PROJECT_SOURCE_DIR}/packaging/linux")
    set(recaisse_linux_build "${PROJECT_BINARY_DIR}/packaging/linux")

    # No public site exists yet: a ".invalid" address (RFC 2606) can never reach a stranger's
    # host. Give the real one when building a package to distribute; the AppStream screenshots
    # are expected under <homepage>screenshots/ (the names `recaisse --screenshots` writes).
    set(RECAISSE_HOMEPAGE_URL "https://recaisse.invalid/"
        CACHE STRING "Home page in the AppStream metadata, ending with /")
    if(NOT RECAISSE_HOMEPAGE_URL MATCHES "^https?://[^ <>&\"]+/$")
        message(FATAL_ERROR "RECAISSE_HOMEPAGE_URL must be an http(s) URL ending with /")
    endif()

    install(FILES "${recaisse_linux_source}/${RECAISSE_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")

    configure_file("${recaisse_linux_source}/${RECAISSE_APP_ID}.metainfo.xml.in"
        "${recaisse_linux_build}/${RECAISSE_APP_ID}.metainfo.xml" @ONLY)
    install(FILES "${recaisse_linux_build}/${RECAISSE_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/recaisse.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${RECAISSE_APP_ID}.svg")
    # Rendered from the SVG by make-icons.sh and committed: the build needs no SVG renderer.
    foreach(size IN ITEMS 16 32 48 64 128 256)
        install(FILES "${recaisse_linux_source}/icons/recaisse-${size}.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps"
            RENAME "${RECAISSE_APP_ID}.png")
    endforeach()

    # Man pages: the version and date filled in, then gzip -9n (no name, no time stamp: the
    # same bytes on every build).
    find_program(RECAISSE_GZIP gzip REQUIRED)
    set(recaisse_man_pages)
    foreach(page IN ITEMS recaisse recaisse-cli)
        configure_file("${recaisse_linux_source}/${page}.1.in"
            "${recaisse_linux_build}/man/${page}.1" @ONLY)
        set(gzipped "${recaisse_linux_build}/${page}.1.gz")
        add_custom_command(OUTPUT "${gzipped}"
            COMMAND "${CMAKE_COMMAND}" -E copy "${recaisse_linux_build}/man/${page}.1"
                "${recaisse_linux_build}/${page}.1"
            COMMAND "${RECAISSE_GZIP}" -9nf "${recaisse_linux_build}/${page}.1"
            DEPENDS "${recaisse_linux_build}/man/${page}.1"
            COMMENT "Compressing the man page ${page}(1)"
            VERBATIM)
        list(APPEND recaisse_man_pages "${gzipped}")
    endforeach()
    add_custom_target(recaisse_man_pages ALL DEPENDS ${recaisse_man_pages})
    install(FILES ${recaisse_man_pages} DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

    # The checks Debian's lintian and the software centres make, when their tools are here
    # (apt-get install desktop-file-utils appstream man-db).
    if(RECAISSE_BUILD_TESTS)
        find_program(RECAISSE_DESKTOP_FILE_VALIDATE desktop-file-validate)
        find_program(RECAISSE_APPSTREAMCLI appstreamcli)
        find_program(RECAISSE_MAN man)
        if(RECAISSE_DESKTOP_FILE_VALIDATE)
            add_test(NAME packaging.desktop COMMAND "${RECAISSE_DESKTOP_FILE_VALIDATE}"
                "${recaisse_linux_source}/${RECAISSE_APP_ID}.desktop")
            # It exits 0 on hints: any line it prints is a finding.
            set_tests_properties(packaging.desktop PROPERTIES FAIL_REGULAR_EXPRESSION ".")
        endif()
        if(RECAISSE_APPSTREAMCLI)
            add_test(NAME packaging.metainfo COMMAND "${RECAISSE_APPSTREAMCLI}" validate --no-net
                "${recaisse_linux_build}/${RECAISSE_APP_ID}.metainfo.xml")
            set_tests_properties(packaging.metainfo PROPERTIES
                FAIL_REGULAR_EXPRESSION "(^|\n)[EW]: ")
        endif()
        if(RECAISSE_MAN)
            foreach(page IN ITEMS recaisse recaisse-cli)
                # As lintian runs it; the page itself goes away, any troff warning stays.
                add_test(NAME packaging.man.${page}
                    COMMAND sh -c "\"$1\" --warnings -E UTF-8 -l -Tutf8 -Z \"$2\" >/dev/null"
                        sh "${RECAISSE_MAN}" "${recaisse_linux_build}/man/${page}.1")
                set_tests_properties(packaging.man.${page} PROPERTIES
                    ENVIRONMENT "LC_ALL=C.UTF-8;MANROFFSEQ=;MANWIDTH=80"
                    FAIL_REGULAR_EXPRESSION ".")
            endforeach()
        endif()
    endif()
endif()
