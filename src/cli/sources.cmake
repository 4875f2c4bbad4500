# Sources of this folder, one per line: a new file is listed here (docs/ARCHITECTURE.md).
set(PAPI_CLI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/app.cpp
    ${CMAKE_CURRENT_LIST_DIR}/common_options.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diff_command.cpp
    ${CMAKE_CURRENT_LIST_DIR}/help_format.cpp
    ${CMAKE_CURRENT_LIST_DIR}/import_command.cpp
    ${CMAKE_CURRENT_LIST_DIR}/init_command.cpp
    ${CMAKE_CURRENT_LIST_DIR}/output.cpp
    ${CMAKE_CURRENT_LIST_DIR}/plan_command.cpp
    ${CMAKE_CURRENT_LIST_DIR}/remind_command.cpp
    ${CMAKE_CURRENT_LIST_DIR}/report_command.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rollup_command.cpp
    ${CMAKE_CURRENT_LIST_DIR}/schema_command.cpp
    ${CMAKE_CURRENT_LIST_DIR}/template_command.cpp
    ${CMAKE_CURRENT_LIST_DIR}/terminal.cpp
    ${CMAKE_CURRENT_LIST_DIR}/validate_command.cpp
)
