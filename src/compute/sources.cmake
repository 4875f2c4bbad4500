# Sources of this folder, one per line: a new file is listed here (docs/ARCHITECTURE.md).
set(PAPI_COMPUTE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/collation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/finding_diff.cpp
    ${CMAKE_CURRENT_LIST_DIR}/inspection.cpp
    ${CMAKE_CURRENT_LIST_DIR}/outcomes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/plan_diff.cpp
    ${CMAKE_CURRENT_LIST_DIR}/remind.cpp
    ${CMAKE_CURRENT_LIST_DIR}/report.cpp
    ${CMAKE_CURRENT_LIST_DIR}/submission.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rollup.cpp
)
