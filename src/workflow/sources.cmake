# Sources of this folder, one per line: a new file is listed here (docs/ARCHITECTURE.md).
set(PAPI_WORKFLOW_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/git.cpp
    ${CMAKE_CURRENT_LIST_DIR}/import.cpp
)
