# The Word documents and HTML pages of docs/documents.md, read back by independent clients.
add_test(NAME "documents: Word and HTML read back by python-docx and html.parser"
         COMMAND ${PAPI_SYSTEM_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/documents/check_documents.py
                 $<TARGET_FILE:papi> ${PROJECT_SOURCE_DIR})
# LibreOffice, tidy and Chromium take their time: labelled `client`, left out of the
# sanitizer pass (.ci/run). Each runs only where the client is installed
# (.ci/install-test-deps).
add_test(NAME "documents: LibreOffice converts every document, tidy and Chromium accept the page"
         COMMAND ${PAPI_SYSTEM_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/documents/check_clients.py
                 $<TARGET_FILE:papi> ${PROJECT_SOURCE_DIR})
set_tests_properties(
  "documents: LibreOffice converts every document, tidy and Chromium accept the page"
  PROPERTIES LABELS client RUN_SERIAL TRUE TIMEOUT 600)
add_test(NAME "documents: hostile values come out inert in Word and HTML"
         COMMAND ${PAPI_SYSTEM_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/documents/check_hostile_documents.py
                 $<TARGET_FILE:papi> ${PROJECT_SOURCE_DIR})
