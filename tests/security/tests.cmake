add_test(NAME "security: hostile values come out inert in CSV, Markdown, SVG and terminals"
         COMMAND ${PAPI_SYSTEM_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/security/check_hostile.py
                 $<TARGET_FILE:papi> ${PROJECT_SOURCE_DIR})
