# One interface target carries the warnings, Qt defines and sanitizer flags for every target of the project.
add_library(rolesheet_common INTERFACE)
target_compile_options(rolesheet_common INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    # GCC 12 reports std::optional members of QHash values as maybe-uninitialized; a known false positive.
    $<$<CXX_COMPILER_ID:GNU>:-Wno-maybe-uninitialized>
    # Clang (the fuzz build) reads the schema's SQL statements, split over adjacent literals, as a missing comma.
    $<$<CXX_COMPILER_ID:Clang>:-Wno-string-concatenation>)
target_compile_definitions(rolesheet_common INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CONTEXTLESS_CONNECT QT_USE_QSTRINGBUILDER
    ROLESHEET_VERSION="${PROJECT_VERSION}")
# Debug information is kept compressed, in the objects and in what is linked from them: every test executable links
# the whole model statically, and uncompressed the three builds of the test run would need some 30 GB of disk.
target_compile_options(rolesheet_common INTERFACE -gz)
target_link_options(rolesheet_common INTERFACE -gz)
if(ROLESHEET_WERROR)
    target_compile_options(rolesheet_common INTERFACE -Werror)
endif()
set(_rs_sanitizers "")
if(ROLESHEET_ASAN)
    list(APPEND _rs_sanitizers address)
endif()
if(ROLESHEET_UBSAN)
    list(APPEND _rs_sanitizers undefined)
endif()
if(_rs_sanitizers)
    list(JOIN _rs_sanitizers "," _rs_san)
    target_compile_options(rolesheet_common INTERFACE -fsanitize=${_rs_san} -fno-omit-frame-pointer
        -fno-sanitize-recover=all)
    target_link_options(rolesheet_common INTERFACE -fsanitize=${_rs_san})
endif()
# The fuzz build: coverage for libFuzzer plus AddressSanitizer and UndefinedBehaviorSanitizer in every library; the
# harness executables add the libFuzzer main (tests/fuzz).
if(ROLESHEET_FUZZ)
    target_compile_options(rolesheet_common INTERFACE -fsanitize=fuzzer-no-link,address,undefined
        -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(rolesheet_common INTERFACE -fsanitize=address,undefined)
endif()
