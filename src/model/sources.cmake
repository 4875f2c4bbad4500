# Sources of this folder, one per line: a new file is listed here (docs/ARCHITECTURE.md).
set(PAPI_MODEL_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/date.cpp
    ${CMAKE_CURRENT_LIST_DIR}/deadline_class.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diagnostic.cpp
    ${CMAKE_CURRENT_LIST_DIR}/inspection.cpp
    ${CMAKE_CURRENT_LIST_DIR}/outcome.cpp
    ${CMAKE_CURRENT_LIST_DIR}/papi_dimensions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/period.cpp
    ${CMAKE_CURRENT_LIST_DIR}/plan.cpp
    ${CMAKE_CURRENT_LIST_DIR}/plan_index.cpp
    ${CMAKE_CURRENT_LIST_DIR}/plan_layout.cpp
    ${CMAKE_CURRENT_LIST_DIR}/submission_class.cpp
    ${CMAKE_CURRENT_LIST_DIR}/text.cpp
)
