# Sources of this folder, one per line: a new file is listed here (docs/ARCHITECTURE.md).
set(PAPI_I18N_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/diff_words.cpp
    ${CMAKE_CURRENT_LIST_DIR}/document_words.cpp
    ${CMAKE_CURRENT_LIST_DIR}/form_words.cpp
    ${CMAKE_CURRENT_LIST_DIR}/inspection_words.cpp
    ${CMAKE_CURRENT_LIST_DIR}/language.cpp
    ${CMAKE_CURRENT_LIST_DIR}/messages.cpp
    ${CMAKE_CURRENT_LIST_DIR}/messages_vi.cpp
    ${CMAKE_CURRENT_LIST_DIR}/outcome_words.cpp
    ${CMAKE_CURRENT_LIST_DIR}/plan_words.cpp
    ${CMAKE_CURRENT_LIST_DIR}/remind_words.cpp
    ${CMAKE_CURRENT_LIST_DIR}/report_words.cpp
    ${CMAKE_CURRENT_LIST_DIR}/submission_words.cpp
    ${CMAKE_CURRENT_LIST_DIR}/workbook_words.cpp
)
