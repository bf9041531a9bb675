# One bounded fuzz run: the committed seeds plus what this run finds (in a scratch
# folder, so the source tree is never written), SECONDS long. A crash, leak-free
# abort, timeout (10 s on one input) or out-of-memory fails the test; the
# reproducer lands in WORK. The final statistics (executions, coverage) are printed.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/found ${WORK}/artifacts)
execute_process(
    COMMAND ${FUZZER} -max_total_time=${SECONDS} -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
            -artifact_prefix=${WORK}/artifacts/ ${WORK}/found ${SEEDS}
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
string(REGEX MATCH "stat::number_of_executed_units: *[0-9]+" executions "${output}")
string(REGEX MATCHALL "cov: [0-9]+ ft: [0-9]+" coverage "${output}")
if(coverage)
    list(GET coverage -1 coverage)
endif()
get_filename_component(name ${FUZZER} NAME)
message(STATUS "${name}: ${executions}, final ${coverage}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${name} failed (exit ${result}):\n${output}")
endif()
