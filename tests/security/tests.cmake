add_test(NAME "security: hostile values come out inert in CSV, Markdown, SVG and terminals"
         COMMAND ${PAPI_SYSTEM_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/security/check_hostile.py
                 $<TARGET_FILE:papi> ${PROJECT_SOURCE_DIR})
add_test(NAME "security: long Vietnamese values in every quoted field give valid UTF-8 and JSON"
         COMMAND ${PAPI_SYSTEM_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/security/check_long_values.py
                 $<TARGET_FILE:papi> ${PROJECT_SOURCE_DIR})
