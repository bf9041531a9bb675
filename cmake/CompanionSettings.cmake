# One INTERFACE target that every target links: language level, warnings and the
# Qt defines that keep string handling explicit (as qBittorrent does).
add_library(companion_settings INTERFACE)
add_library(Companion::Settings ALIAS companion_settings)

target_compile_features(companion_settings INTERFACE cxx_std_17)
target_compile_options(companion_settings INTERFACE -Wall -Wextra -Wpedantic
    # clang -Wpedantic flags every qCWarning(category) without a format (Qt macros)
    $<$<CXX_COMPILER_ID:Clang>:-Wno-gnu-zero-variadic-macro-arguments>)
if(COMPANION_WERROR)
    target_compile_options(companion_settings INTERFACE -Werror)
endif()

target_compile_definitions(companion_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    COMPANION_VERSION="${PROJECT_VERSION}"
    COMPANION_APP_ID="${COMPANION_APP_ID}")

if(COMPANION_SANITIZE)
    # Address + undefined behaviour; recover nothing so CI fails on the first report.
    target_compile_options(companion_settings INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(companion_settings INTERFACE -fsanitize=address,undefined)
endif()

if(COMPANION_FUZZ)
    # libFuzzer's coverage in everything the fuzz targets link (tests/fuzz); clang only.
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "COMPANION_FUZZ needs clang: configure with -DCMAKE_CXX_COMPILER=clang++ (scripts/fuzz does)")
    endif()
    target_compile_options(companion_settings INTERFACE -fsanitize=fuzzer-no-link)
endif()

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
endif()
