# One INTERFACE target carries the language level, the warnings and Qt's safety defines; every
# target of the project links it.
add_library(recaisse_common INTERFACE)
target_compile_features(recaisse_common INTERFACE cxx_std_20)
target_compile_definitions(recaisse_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
)
if(MSVC)
    target_compile_options(recaisse_common INTERFACE /W4 /permissive- /utf-8)
    if(RECAISSE_WERROR)
        target_compile_options(recaisse_common INTERFACE /WX)
    endif()
else()
    target_compile_options(recaisse_common INTERFACE -Wall -Wextra -Wold-style-cast -Wshadow=local)
    if(RECAISSE_WERROR)
        target_compile_options(recaisse_common INTERFACE -Werror)
    endif()
endif()

# The hardening Debian gives its packages (dpkg-buildflags), in every build so that the tests run
# the code the package ships: position-independent executables, stack protection, checked libc
# calls (where the optimiser allows them), read-only relocations bound at start.
if(UNIX AND NOT APPLE AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    include(CheckPIESupported)
    check_pie_supported()
    set(CMAKE_POSITION_INDEPENDENT_CODE ON)
    target_compile_options(recaisse_common INTERFACE
        -fstack-protector-strong -fstack-clash-protection -Wformat -Werror=format-security)
    if(RECAISSE_SANITIZE STREQUAL "")
        # (AddressSanitizer checks the same calls itself, and better.)
        target_compile_options(recaisse_common INTERFACE
            $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2>)
    endif()
    target_link_options(recaisse_common INTERFACE -Wl,-z,relro -Wl,-z,now)
endif()

# The sanitize preset (scripts/sanitize): every target, tests included, with the sanitizers
# named; any report stops the test that caused it (-fno-sanitize-recover).
if(NOT RECAISSE_SANITIZE STREQUAL "")
    if(MSVC)
        message(FATAL_ERROR "RECAISSE_SANITIZE is for GCC and Clang builds")
    endif()
    target_compile_options(recaisse_common INTERFACE
        -fsanitize=${RECAISSE_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(recaisse_common INTERFACE -fsanitize=${RECAISSE_SANITIZE})
endif()
