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
    login home open-session sale-category sale-quantity sale-price payment admin-unlock
    home-register refund cash-movement close-count close-result z-report reception outflows
    admin-sync admin-exports first-start
    admin-overview admin-sessions admin-session-detail admin-closings admin-users admin-categories
    admin-branding admin-audit admin-health)
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

    set(recaisse_manual_capture_files "")
    foreach(name IN LISTS RECAISSE_MANUAL_CAPTURES)
        list(APPEND recaisse_manual_capture_files
            "${recaisse_manual_captures_dir}/captures/${name}.png")
    endforeach()
    # On a copy of a fresh demo shop in a private home: nothing of the builder's own ReCaisse
    # data or settings (printers) is read or written.
    set(home "${recaisse_manual_captures_dir}/home")
    add_custom_command(
        OUTPUT ${recaisse_manual_capture_files}
        COMMAND "${CMAKE_COMMAND}" -E rm -rf "${home}" "${recaisse_manual_captures_dir}/captures"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${home}/runtime"
        COMMAND "${CMAKE_COMMAND}" -E env
            QT_QPA_PLATFORM=offscreen
            "HOME=${home}" "XDG_DATA_HOME=${home}/data" "XDG_CONFIG_HOME=${home}/config"
            "XDG_CACHE_HOME=${home}/cache" "XDG_RUNTIME_DIR=${home}/runtime"
            TZ=Europe/Paris
            "$<TARGET_FILE:recaisse_manual_shooter>" --lang fr
            --screenshots "${recaisse_manual_captures_dir}/captures"
        COMMAND "${CMAKE_COMMAND}" -E rm -rf "${home}"
        DEPENDS recaisse_manual_shooter
        COMMENT "Rendering the manual's screenshots (recaisse --screenshots, offscreen)"
        VERBATIM)
    # Under :/manual/captures/ in recaisse. rcc writes the images straight into an object file
    # (big resources): compiling 3 MB of PNG as a C array would take longer than rendering them.
    set(qrc "<RCC>\n  <qresource prefix=\"/manual/captures\">\n")
    foreach(name IN LISTS RECAISSE_MANUAL_CAPTURES)
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
