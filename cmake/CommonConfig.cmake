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
