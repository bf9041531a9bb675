# One bounded fuzz run, SECONDS long, from the committed seeds and the corpus grown
# by earlier runs (GROWN; new inputs are written there, never into the source
# tree). A crash, leak-free abort, timeout (10 s on one input) or out-of-memory
# fails the test; the reproducer lands in WORK. The final statistics (executions,
# coverage) and the grown corpus's size before and after are printed.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/artifacts ${GROWN})
file(GLOB before ${GROWN}/*)
list(LENGTH before before)
execute_process(
    COMMAND ${FUZZER} -max_total_time=${SECONDS} -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
            -artifact_prefix=${WORK}/artifacts/ ${GROWN} ${SEEDS}
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
string(REGEX MATCH "stat::number_of_executed_units: *[0-9]+" executions "${output}")
string(REGEX MATCHALL "cov: [0-9]+ ft: [0-9]+" coverage "${output}")
if(coverage)
    list(GET coverage -1 coverage)
endif()
get_filename_component(name ${FUZZER} NAME)
file(GLOB after ${GROWN}/*)
list(LENGTH after after)
message(STATUS "${name}: ${executions}, final ${coverage}, grown corpus ${before} -> ${after} inputs (${GROWN})")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${name} failed (exit ${result}):\n${output}")
endif()
