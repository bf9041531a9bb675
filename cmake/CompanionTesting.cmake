# companion_add_test(<name> SOURCES … LABELS … [LIBRARIES …] [DATABASES sqlite postgresql] [ENVIRONMENT …])
#
# One Qt Test executable registered with CTest. With DATABASES the test is
# registered once per dialect (name_sqlite, name_postgresql) and told which one
# through COMPANION_TEST_DB; PostgreSQL runs need scripts/test (pg_virtualenv).
# companion_in_suite(<test>…): the tests run before the suite's secret scan
# (tests/security), which cleans up after the fixture they all require; so CTest
# runs the scan last, in the same run. Call it where the tests are added.
function(companion_in_suite)
    set_property(TEST ${ARGN} APPEND PROPERTY FIXTURES_REQUIRED companion_suite)
endfunction()

function(companion_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LABELS;LIBRARIES;DATABASES;ENVIRONMENT" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test companion-test-support ${ARG_LIBRARIES} Companion::Settings)
    set(_env "QT_QPA_PLATFORM=offscreen" "QT_LOGGING_RULES=companion.*.info=false" ${ARG_ENVIRONMENT})
    if(ARG_DATABASES)
        foreach(dialect IN LISTS ARG_DATABASES)
            add_test(NAME ${name}_${dialect} COMMAND ${name})
            set_tests_properties(${name}_${dialect} PROPERTIES
                LABELS "${ARG_LABELS};${dialect}"
                ENVIRONMENT "${_env};COMPANION_TEST_DB=${dialect}"
                TIMEOUT 300)
            companion_in_suite(${name}_${dialect})
        endforeach()
    else()
        add_test(NAME ${name} COMMAND ${name})
        set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}" ENVIRONMENT "${_env}" TIMEOUT 300)
        companion_in_suite(${name})
    endif()
endfunction()
