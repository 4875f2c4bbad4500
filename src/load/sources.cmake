# Sources of this folder, one per line: a new file is listed here (docs/ARCHITECTURE.md).
set(PAPI_LOAD_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/csv_table.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fast_document.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fast_schema.cpp
    ${CMAKE_CURRENT_LIST_DIR}/folder_loader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/glued_comment.cpp
    ${CMAKE_CURRENT_LIST_DIR}/model_builder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/schema_check.cpp
    ${CMAKE_CURRENT_LIST_DIR}/schema_location.cpp
    ${CMAKE_CURRENT_LIST_DIR}/source_text.cpp
    ${CMAKE_CURRENT_LIST_DIR}/status_sheet.cpp
    ${CMAKE_CURRENT_LIST_DIR}/xlsx_reader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/xlsx_table.cpp
    ${CMAKE_CURRENT_LIST_DIR}/yaml_reader.cpp
)
