# The French manual (docs/*.md): its screenshots, rendered by the program itself at build time
# and embedded in `recaisse` for the Help viewer, and the files installed for the package.
# Included from app/CMakeLists.txt, where the `recaisse` target and its translations live.
include_guard(GLOBAL)
include(GNUInstallDirs)

option(RECAISSE_MANUAL_SCREENSHOTS
    "Render the manual's screenshots at build time (offscreen) and embed them in recaisse" ON)

# The screenshots the manual shows: names from `recaisse --screenshots` (ui/common/screenshottour.cpp
# and ui/admin/adminscreenshots.cpp). A name missing from its output fails the build.
set(RECAISSE_MANUAL_CAPTURES
    login home open-session sale-category sale-quantity sale-price payment sale-member admin-unlock
    home-register refund cash-movement close-count close-result z-report reception outflows
    admin-sync admin-exports first-start
    admin-overview admin-sessions admin-session-detail admin-closings admin-users admin-categories
    admin-branding admin-audit admin-health admin-member-purchases)
# The screens the manual also shows at the other sizes a shop's screens have (docs/installation.md,
# « Tailles d’écran »): <name>-<size>.png. The others are shown at the main size only.
set(RECAISSE_MANUAL_MAIN_SIZE 1366x768)
set(RECAISSE_MANUAL_SIZE_CAPTURES login sale-category reception admin-overview)
set(RECAISSE_MANUAL_SIZES 1024x768 1280x1024 1920x1080)
set(recaisse_manual_captures_dir "${CMAKE_CURRENT_BINARY_DIR}/manual-captures")

if(RECAISSE_MANUAL_SCREENSHOTS)
    # The screenshots need a built program, and the program embeds them: a first build of the
    # same main.cpp without them renders them.
    qt_add_executable(recaisse_manual_shooter main.cpp)
    target_compile_definitions(recaisse_manual_shooter PRIVATE
        RECAISSE_VERSION="${PROJECT_VERSION}")
    target_link_libraries(recaisse_manual_shooter PRIVATE
        recaisse_ui recaisse_core Qt6::Widgets recaisse_common)
    # The same French interface as recaisse: the .qm files its translations produce.
    qt_add_resources(recaisse_manual_shooter "manual_shooter_i18n"
        PREFIX "/i18n"
        BASE "${CMAKE_CURRENT_BINARY_DIR}"
        FILES "${CMAKE_CURRENT_BINARY_DIR}/recaisse_fr.qm" "${CMAKE_CURRENT_BINARY_DIR}/recaisse_en.qm")
    if(TARGET recaisse_lrelease) # the .qm files' target, as Qt names it
        add_dependencies(recaisse_manual_shooter recaisse_lrelease)
    endif()

    # On a copy of a fresh demo shop in a private home per size: nothing of the builder's own
    # ReCaisse data or settings (printers) is read or written, and the sizes may render in
    # parallel. Each render keeps the screens the manual shows: all of them at the main size,
    # a few at the others (<name>-<size>.png). A name missing from the tour fails the copy.
    set(recaisse_manual_capture_files "")
    set(recaisse_manual_capture_names "")
    foreach(size IN ITEMS ${RECAISSE_MANUAL_MAIN_SIZE} ${RECAISSE_MANUAL_SIZES})
        set(size_dir "${recaisse_manual_captures_dir}/${size}")
        set(size_home "${size_dir}-home")
        if(size STREQUAL RECAISSE_MANUAL_MAIN_SIZE)
            set(names ${RECAISSE_MANUAL_CAPTURES})
            set(suffix "")
        else()
            set(names ${RECAISSE_MANUAL_SIZE_CAPTURES})
            set(suffix "-${size}")
        endif()
        set(size_outputs "")
        set(size_copies "")
        foreach(name IN LISTS names)
            set(output "${recaisse_manual_captures_dir}/captures/${name}${suffix}.png")
            list(APPEND size_outputs "${output}")
            list(APPEND size_copies COMMAND "${CMAKE_COMMAND}" -E copy
                "${size_dir}/${name}.png" "${output}")
            list(APPEND recaisse_manual_capture_names "${name}${suffix}")
        endforeach()
        # A sanitizer build renders them with the sanitize test preset's options: leak detection
        # off (Qt keeps process-lifetime allocations), any other report stops the build.
        set(sanitizer_env "")
        if(NOT RECAISSE_SANITIZE STREQUAL "")
            set(sanitizer_env "ASAN_OPTIONS=detect_leaks=0:abort_on_error=1"
                "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:abort_on_error=1")
        endif()
        add_custom_command(
            OUTPUT ${size_outputs}
            COMMAND "${CMAKE_COMMAND}" -E rm -rf "${size_home}" "${size_dir}"
            COMMAND "${CMAKE_COMMAND}" -E make_directory "${size_home}/runtime"
                "${recaisse_manual_captures_dir}/captures"
            COMMAND "${CMAKE_COMMAND}" -E env
                QT_QPA_PLATFORM=offscreen ${sanitizer_env}
                "HOME=${size_home}" "XDG_DATA_HOME=${size_home}/data"
                "XDG_CONFIG_HOME=${size_home}/config" "XDG_CACHE_HOME=${size_home}/cache"
                "XDG_RUNTIME_DIR=${size_home}/runtime" TZ=Europe/Paris
                "$<TARGET_FILE:recaisse_manual_shooter>" --lang fr
                --screenshots "${size_dir}" --screenshot-size "${size}"
            ${size_copies}
            COMMAND "${CMAKE_COMMAND}" -E rm -rf "${size_home}" "${size_dir}"
            DEPENDS recaisse_manual_shooter
            COMMENT "Rendering the manual's screenshots at ${size} (recaisse --screenshots, offscreen)"
            VERBATIM)
        list(APPEND recaisse_manual_capture_files ${size_outputs})
    endforeach()
    # Every screenshot a page of the manual shows must be one the build renders.
    file(GLOB manual_pages "${PROJECT_SOURCE_DIR}/docs/*.md")
    foreach(page IN LISTS manual_pages)
        file(STRINGS "${page}" shown REGEX "\\(captures/[^)]*\\.png\\)")
        string(REGEX MATCHALL "captures/[^)]*\\.png" shown "${shown}")
        foreach(picture IN LISTS shown)
            string(REGEX REPLACE "^captures/(.*)\\.png$" "\\1" name "${picture}")
            if(NOT name IN_LIST recaisse_manual_capture_names)
                message(FATAL_ERROR "${page} shows ${picture}, which the build does not render "
                    "(RECAISSE_MANUAL_CAPTURES, RECAISSE_MANUAL_SIZE_CAPTURES in ${CMAKE_CURRENT_LIST_FILE})")
            endif()
        endforeach()
    endforeach()
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${manual_pages})
    # Under :/manual/captures/ in recaisse. rcc writes the images straight into an object file
    # (big resources): compiling 3 MB of PNG as a C array would take longer than rendering them.
    set(qrc "<RCC>\n  <qresource prefix=\"/manual/captures\">\n")
    foreach(name IN LISTS recaisse_manual_capture_names)
        string(APPEND qrc "    <file alias=\"${name}.png\">captures/${name}.png</file>\n")
    endforeach()
    string(APPEND qrc "  </qresource>\n</RCC>\n")
    file(CONFIGURE OUTPUT "${recaisse_manual_captures_dir}/manual_captures.qrc" CONTENT "${qrc}")
    qt_add_big_resources(recaisse_manual_capture_objects
        "${recaisse_manual_captures_dir}/manual_captures.qrc")
    target_sources(recaisse PRIVATE ${recaisse_manual_capture_objects})
endif()

# The manual for the package, in CMAKE_INSTALL_DOCDIR (share/doc/ReCaisse: GNUInstallDirs names
# it after the project), with its screenshots beside it.
install(DIRECTORY "${PROJECT_SOURCE_DIR}/docs/"
    DESTINATION "${CMAKE_INSTALL_DOCDIR}"
    FILES_MATCHING PATTERN "*.md")
if(RECAISSE_MANUAL_SCREENSHOTS)
    install(FILES ${recaisse_manual_capture_files}
        DESTINATION "${CMAKE_INSTALL_DOCDIR}/captures")
endif()
