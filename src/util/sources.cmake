# Sources of this folder, one per line: a new file is listed here (docs/ARCHITECTURE.md).
set(PAPI_UTIL_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/atomic_file.cpp
    ${CMAKE_CURRENT_LIST_DIR}/edit_distance.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fatal.cpp
    ${CMAKE_CURRENT_LIST_DIR}/legacy_encoding.cpp
    ${CMAKE_CURRENT_LIST_DIR}/numbers.cpp
    ${CMAKE_CURRENT_LIST_DIR}/process.cpp
    ${CMAKE_CURRENT_LIST_DIR}/temporary_file.cpp
    ${CMAKE_CURRENT_LIST_DIR}/temporary_folder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/unicode_fold.cpp
    ${CMAKE_CURRENT_LIST_DIR}/utf8.cpp
    ${CMAKE_CURRENT_LIST_DIR}/zip_reader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/zip_writer.cpp
)
