# The office's workflow: papi init, template, import, diff and schema, and the examples of
# docs/workflows.md. Included by tests/CMakeLists.txt; paths are relative to tests/.
set(PAPI_WORKFLOW ${CMAKE_CURRENT_SOURCE_DIR}/workflow)
set(PAPI_WORKFLOW_GOLDEN ${PAPI_WORKFLOW}/golden)
set(PAPI_VG plans/van-giang-2021)

# Golden tests: read-only commands run from the repository root (docs/testing.md).
papi_golden_test("workflow template yaml" ${PAPI_WORKFLOW_GOLDEN}/template-yaml.golden
                 template ${PAPI_VG} --period 2021-Q3 --unit th-xuan-quan)
papi_golden_test("workflow template csv" ${PAPI_WORKFLOW_GOLDEN}/template-csv.golden
                 template ${PAPI_VG} --period 2021-Q3 --unit mn-xuan-quan --format csv)
papi_golden_test("workflow template coarser period" ${PAPI_WORKFLOW_GOLDEN}/template-half-year.golden
                 template ${PAPI_VG} --period 2021-H1 --all -o out/forms)
papi_golden_test("workflow template no unit" ${PAPI_WORKFLOW_GOLDEN}/template-no-unit.golden
                 template ${PAPI_VG} --period 2021-Q3)
papi_golden_test("workflow template unknown unit" ${PAPI_WORKFLOW_GOLDEN}/template-unknown-unit.golden
                 template ${PAPI_VG} --period 2021-Q3 --unit th-xuan-qan)
papi_golden_test("workflow template several to stdout" ${PAPI_WORKFLOW_GOLDEN}/template-several.golden
                 template ${PAPI_VG} --period 2021-Q3 --all)
papi_golden_test("workflow import dry run" ${PAPI_WORKFLOW_GOLDEN}/import-dry-run.golden
                 import ${PAPI_VG} tests/workflow/import/filled.csv --period 2021-Q3)
papi_golden_test("workflow import over current reports" ${PAPI_WORKFLOW_GOLDEN}/import-replaces.golden
                 import ${PAPI_VG} tests/workflow/import/import-warnings.csv --period 2021-Q2)
papi_golden_test("workflow import coarser period" ${PAPI_WORKFLOW_GOLDEN}/import-half-year.golden
                 import ${PAPI_VG} tests/workflow/import/filled.csv --period 2021-H2)
papi_golden_test("workflow import missing file" ${PAPI_WORKFLOW_GOLDEN}/import-missing-file.golden
                 import ${PAPI_VG} tests/workflow/import/no-such.csv --period 2021-Q3)
papi_golden_test("workflow init into a plan" ${PAPI_WORKFLOW_GOLDEN}/init-not-empty.golden
                 init ${PAPI_VG})
papi_golden_test("workflow schema unknown" ${PAPI_WORKFLOW_GOLDEN}/schema-unknown.golden
                 schema nope)
papi_golden_test("workflow diff without revision" ${PAPI_WORKFLOW_GOLDEN}/diff-no-revision.golden
                 diff ${PAPI_VG})

# One spreadsheet per import diagnostic; docs/errors.md shows these outputs.
file(GLOB PAPI_IMPORT_CASES ${PAPI_WORKFLOW}/import/import-*.csv)
foreach(csv IN LISTS PAPI_IMPORT_CASES)
  get_filename_component(case ${csv} NAME_WE)
  papi_golden_test("workflow ${case}" ${PAPI_WORKFLOW}/import/${case}.golden
                   import ${PAPI_VG} tests/workflow/import/${case}.csv --period 2021-Q3)
  papi_golden_test("workflow ${case} en" ${PAPI_WORKFLOW}/import/${case}.en.golden
                   import ${PAPI_VG} tests/workflow/import/${case}.csv --period 2021-Q3 --lang en)
endforeach()

# Commands that write files or need git, in temporary folders. init and diff compare with
# tests/workflow/golden/{init,diff}/ ("golden files" in their names: tests/update-golden rewrites
# them too).
foreach(part "init|init (golden files)" "roundtrip|roundtrip"
        "atomic_import|import is all or nothing" "diff|diff (golden files)"
        "schema|schema")
  string(REPLACE "|" ";" part "${part}")
  list(GET part 0 name)
  list(GET part 1 title)
  add_test(NAME "workflow: ${title}"
           COMMAND ${PAPI_SYSTEM_PYTHON} ${PAPI_WORKFLOW}/check_workflow.py $<TARGET_FILE:papi>
                   ${PROJECT_SOURCE_DIR} ${name})
endforeach()

# Every example of docs/workflows.md, run.
foreach(part walkthrough pre-commit github-actions gitlab-ci scheduled)
  add_test(NAME "docs: workflows.md ${part}"
           COMMAND ${PAPI_SYSTEM_PYTHON} ${PAPI_WORKFLOW}/check_docs.py $<TARGET_FILE:papi>
                   ${PROJECT_SOURCE_DIR} ${part})
endforeach()

# Excel both ways, read and written by independent clients (openpyxl, LibreOffice); the parts
# that run LibreOffice are labelled `client` (the sanitizer pass of .ci/run leaves them out).
foreach(part form openpyxl libreoffice typed plain cells hostile encoding report separator)
  add_test(NAME "workflow: xlsx ${part}"
           COMMAND ${PAPI_SYSTEM_PYTHON} ${PAPI_WORKFLOW}/check_xlsx.py $<TARGET_FILE:papi>
                   ${PROJECT_SOURCE_DIR} ${part})
endforeach()
set_tests_properties("workflow: xlsx libreoffice" "workflow: xlsx typed"
                     PROPERTIES LABELS client TIMEOUT 600)

# One workbook per diagnostic code of the xlsx import (tests/workflow/import/make_cases.py
# writes them), and two files with the same unit's report.
file(GLOB PAPI_IMPORT_XLSX_CASES ${PAPI_WORKFLOW}/import/import-*.xlsx)
foreach(xlsx IN LISTS PAPI_IMPORT_XLSX_CASES)
  get_filename_component(case ${xlsx} NAME_WE)
  papi_golden_test("workflow ${case}" ${PAPI_WORKFLOW}/import/${case}.golden
                   import ${PAPI_VG} tests/workflow/import/${case}.xlsx --period 2021-Q3)
  papi_golden_test("workflow ${case} en" ${PAPI_WORKFLOW}/import/${case}.en.golden
                   import ${PAPI_VG} tests/workflow/import/${case}.xlsx --period 2021-Q3 --lang en)
endforeach()
foreach(lang vi en)
  set(suffix "")
  set(lang_args "")
  if(lang STREQUAL "en")
    set(suffix ".en")
    set(lang_args --lang en)
  endif()
  papi_golden_test("workflow import-duplicate-report${suffix}"
                   ${PAPI_WORKFLOW}/import/import-duplicate-report${suffix}.golden
                   import ${PAPI_VG} tests/workflow/import/filled.csv
                   tests/workflow/import/import-legacy-encoding.csv --period 2021-Q3 ${lang_args})
endforeach()
