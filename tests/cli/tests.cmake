add_test(NAME "cli: every command exits 2 when standard output cannot be written"
         COMMAND ${PAPI_SYSTEM_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/cli/check_full_output.py
                 $<TARGET_FILE:papi> ${PROJECT_SOURCE_DIR})
