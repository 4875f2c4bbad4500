# Runs `${PAPI} ${ARGS}` (ARGS separated by |) in WORKDIR and compares
# "exit N / --- stdout / --- stderr" with the EXPECTED file. The language of the run is defined
# here, not by the machine: no locale, no PAPI_LANG, then the VAR=VALUE settings of ENVIRONMENT
# (separated by |), if any.
string(REPLACE "|" ";" args "${ARGS}")
string(REPLACE "|" ";" environment "${ENVIRONMENT}")
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=LANG --unset=LANGUAGE --unset=LC_ALL
                        --unset=LC_MESSAGES --unset=PAPI_LANG NO_COLOR=1 ${environment}
                        ${PAPI} ${args}
                WORKING_DIRECTORY ${WORKDIR}
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE code)
set(actual "exit ${code}\n--- stdout\n${out}--- stderr\n${err}")
# Update mode (tests/update-golden sets PAPI_UPDATE_GOLDEN): the file is rewritten and the test
# fails, since it compared nothing; a run of the tests without it checks the new files.
if(DEFINED ENV{PAPI_UPDATE_GOLDEN})
  get_filename_component(folder ${EXPECTED} DIRECTORY)
  file(MAKE_DIRECTORY ${folder})
  set(previous "")
  if(EXISTS ${EXPECTED})
    file(READ ${EXPECTED} previous)
  endif()
  if(previous STREQUAL actual)
    message(FATAL_ERROR "golden update: ${EXPECTED} unchanged; nothing was checked")
  endif()
  file(WRITE ${EXPECTED} "${actual}")
  message(FATAL_ERROR "golden update: ${EXPECTED} rewritten; nothing was checked")
endif()
if(NOT EXISTS ${EXPECTED})
  message(FATAL_ERROR "missing golden file ${EXPECTED}; write it with tests/update-golden")
endif()
file(READ ${EXPECTED} expected)
if(NOT actual STREQUAL expected)
  get_filename_component(name ${EXPECTED} NAME)
  file(MAKE_DIRECTORY ${ACTUAL_DIR})
  file(WRITE ${ACTUAL_DIR}/${name} "${actual}")
  execute_process(COMMAND diff -u ${EXPECTED} ${ACTUAL_DIR}/${name})
  message(FATAL_ERROR "output differs from ${EXPECTED}")
endif()
