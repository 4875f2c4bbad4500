# Sources of this folder, one per line: a new file is listed here (docs/ARCHITECTURE.md).
set(PAPI_RENDER_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/diagnostics_render.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diff_render.cpp
    ${CMAKE_CURRENT_LIST_DIR}/escape.cpp
    ${CMAKE_CURRENT_LIST_DIR}/new_plan.cpp
    ${CMAKE_CURRENT_LIST_DIR}/plan_csv.cpp
    ${CMAKE_CURRENT_LIST_DIR}/plan_json.cpp
    ${CMAKE_CURRENT_LIST_DIR}/plan_markdown.cpp
    ${CMAKE_CURRENT_LIST_DIR}/plan_render.cpp
    ${CMAKE_CURRENT_LIST_DIR}/report_csv.cpp
    ${CMAKE_CURRENT_LIST_DIR}/report_json.cpp
    ${CMAKE_CURRENT_LIST_DIR}/report_markdown.cpp
    ${CMAKE_CURRENT_LIST_DIR}/report_render.cpp
    ${CMAKE_CURRENT_LIST_DIR}/report_svg.cpp
    ${CMAKE_CURRENT_LIST_DIR}/status_file.cpp
    ${CMAKE_CURRENT_LIST_DIR}/yaml_text.cpp
)
