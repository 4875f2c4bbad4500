# Sources of this folder, one per line: a new file is listed here (docs/ARCHITECTURE.md).
set(PAPI_VALIDATE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/check_context.cpp
    ${CMAKE_CURRENT_LIST_DIR}/inspection_checks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/load_many.cpp
    ${CMAKE_CURRENT_LIST_DIR}/outcome_checks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/plan_checks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/plan_scope.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rollup_checks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/validate_folder.cpp
)
