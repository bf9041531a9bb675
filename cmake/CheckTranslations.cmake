# ctest: every user-visible string of the current sources has a German translation.
# Runs lupdate (the same project file the build uses) on a copy of the .ts file, so
# a tr() added without updating translations/ fails here rather than on screen.
#   cmake -DLUPDATE=… -DPROJECT_CMAKE=… -DGENERATE_PROJECT=… -DTS_FILE=… -DWORK_DIR=… -P CheckTranslations.cmake
# PROJECT_CMAKE is what qt_add_translations writes at configure time; Qt's own
# GenerateLUpdateProject.cmake turns it into lupdate's project file (here, in WORK_DIR).
file(MAKE_DIRECTORY "${WORK_DIR}")
set(PROJECT_JSON "${WORK_DIR}/project.json")
execute_process(COMMAND "${CMAKE_COMMAND}" "-DIN_FILE=${PROJECT_CMAKE}" "-DOUT_FILE=${PROJECT_JSON}" -P "${GENERATE_PROJECT}"
                RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "cannot make lupdate's project file (${_rc}): ${_out}${_err}")
endif()
get_filename_component(_name "${TS_FILE}" NAME)
set(_copy "${WORK_DIR}/${_name}")
configure_file("${TS_FILE}" "${_copy}" COPYONLY)
execute_process(COMMAND "${LUPDATE}" -project "${PROJECT_JSON}" -locations none -ts "${_copy}"
                RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${_rc}): ${_out}${_err}")
endif()
file(STRINGS "${_copy}" _unfinished REGEX "type=\"unfinished\"")
list(LENGTH _unfinished _count)
if(_count GREATER 0)
    file(READ "${_copy}" _ts)
    string(REGEX MATCHALL "<source>[^<]*</source>\n[ ]*<translation type=\"unfinished\"" _missing "${_ts}")
    string(REPLACE "\n" " " _missing "${_missing}")
    message(FATAL_ERROR "${_count} strings lack a translation in ${_name} (run the companion-admin-lib_lupdate target and translate them): ${_missing}")
endif()
message(STATUS "${_name}: every string is translated")
