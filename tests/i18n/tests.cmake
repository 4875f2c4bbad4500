# One language switch (issue: Vietnamese everywhere): the table of messages is complete, no
# English escapes into Vietnamese output, the switch itself, and the help of every command.
# Included by tests/CMakeLists.txt; golden files in tests/i18n/golden/.
set(PAPI_I18N ${CMAKE_CURRENT_SOURCE_DIR}/i18n)
set(PAPI_I18N_GOLDEN ${PAPI_I18N}/golden)

add_test(NAME "i18n: every message of src/ has a Vietnamese translation that fits"
         COMMAND ${PAPI_SYSTEM_PYTHON} ${PAPI_I18N}/check_messages.py ${PROJECT_SOURCE_DIR})
add_test(NAME "i18n: no English message in Vietnamese output (every golden file)"
         COMMAND ${PAPI_SYSTEM_PYTHON} ${PAPI_I18N}/check_vietnamese_output.py ${PROJECT_SOURCE_DIR})

# The switch: the locale, PAPI_LANG and --lang, in that order of strength. Each run is compared
# with the golden file of tests/errors/many-problems in the language it must give.
set(PAPI_MANY ${CMAKE_CURRENT_SOURCE_DIR}/errors/many-problems)
papi_golden_test_env("i18n LANG=en_US.UTF-8 gives English" ${PAPI_MANY}/expected.en.golden
                     "LANG=en_US.UTF-8" validate tests/errors/many-problems)
papi_golden_test_env("i18n LC_ALL=vi_VN over LANG=en_US gives Vietnamese"
                     ${PAPI_MANY}/expected.golden "LANG=en_US.UTF-8|LC_ALL=vi_VN.UTF-8"
                     validate tests/errors/many-problems)
papi_golden_test_env("i18n LANG=C.UTF-8 gives Vietnamese" ${PAPI_MANY}/expected.golden
                     "LANG=C.UTF-8" validate tests/errors/many-problems)
papi_golden_test_env("i18n PAPI_LANG=en over LANG=vi_VN gives English" ${PAPI_MANY}/expected.en.golden
                     "LANG=vi_VN.UTF-8|PAPI_LANG=en" validate tests/errors/many-problems)
papi_golden_test_env("i18n --lang vi over PAPI_LANG=en gives Vietnamese" ${PAPI_MANY}/expected.golden
                     "PAPI_LANG=en" validate tests/errors/many-problems --lang vi)
papi_golden_test_env("i18n PAPI_LANG=fr is a usage error" ${PAPI_I18N_GOLDEN}/papi-lang-fr.golden
                     "PAPI_LANG=fr" validate tests/errors/many-problems)
# The locale changes messages, not the documents sent upward; PAPI_LANG changes both.
papi_golden_test_env("i18n LANG=en_US.UTF-8 keeps the report Vietnamese"
                     ${CMAKE_CURRENT_SOURCE_DIR}/golden/report/van-giang-2021.vi.md.golden
                     "LANG=en_US.UTF-8" report plans/van-giang-2021)
papi_golden_test_env("i18n PAPI_LANG=en makes the report English"
                     ${CMAKE_CURRENT_SOURCE_DIR}/golden/report/van-giang-2021.en.md.golden
                     "PAPI_LANG=en" report plans/van-giang-2021)

# Every help screen, Vietnamese by default; the top one and report's also in English.
papi_golden_test("help papi" ${PAPI_I18N_GOLDEN}/help.golden --help)
papi_golden_test("help papi en" ${PAPI_I18N_GOLDEN}/help.en.golden --help --lang en)
foreach(command plan validate report init template import diff schema help)
  papi_golden_test("help ${command}" ${PAPI_I18N_GOLDEN}/help-${command}.golden ${command} --help)
endforeach()
papi_golden_test("help report en" ${PAPI_I18N_GOLDEN}/help-report.en.golden report --help --lang en)
papi_golden_test("help limits" ${PAPI_I18N_GOLDEN}/help-limits.golden help limits)
papi_golden_test("help topic" ${PAPI_I18N_GOLDEN}/help-topic-report.golden help report)
papi_golden_test("help unknown topic" ${PAPI_I18N_GOLDEN}/help-unknown.golden help reprot)
# CLI11's own errors, reworded.
papi_golden_test("cli missing value" ${PAPI_I18N_GOLDEN}/cli-missing-value.golden
                 report plans/van-giang-2021 --period)
papi_golden_test("cli required option" ${PAPI_I18N_GOLDEN}/cli-required.golden
                 import plans/van-giang-2021 answers.csv)
# template needs --period for report forms only (an inspection form has none): its own message.
papi_golden_test("template without period" ${PAPI_I18N_GOLDEN}/template-no-period.golden
                 template plans/van-giang-2021)
papi_golden_test("cli range" ${PAPI_I18N_GOLDEN}/cli-range.golden validate -j 300)
papi_golden_test("cli not a number" ${PAPI_I18N_GOLDEN}/cli-not-a-number.golden init x --year abc)
papi_golden_test("cli no command" ${PAPI_I18N_GOLDEN}/cli-no-command.golden)
papi_golden_test("cli bad lang" ${PAPI_I18N_GOLDEN}/cli-bad-lang.golden validate --lang fr)

# Sharp edges (issue: one language switch), each with its output pinned in both languages.
papi_golden_test("edge nearest command" ${PAPI_I18N_GOLDEN}/edge-nearest-command.golden
                 reprot plans/van-giang-2021)
papi_golden_test("edge nearest command en" ${PAPI_I18N_GOLDEN}/edge-nearest-command.en.golden
                 reprot plans/van-giang-2021 --lang en)
papi_golden_test("edge status folder is not a plan" ${PAPI_I18N_GOLDEN}/edge-status-folder.golden
                 report plans/van-giang-2021/status)
papi_golden_test("edge folder of plans" ${PAPI_I18N_GOLDEN}/edge-folder-of-plans.en.golden
                 validate plans --lang en)
papi_golden_test("edge report period outside the year" ${PAPI_I18N_GOLDEN}/edge-period-outside-year.golden
                 report plans/van-giang-2021 --period 2022-Q1)
papi_golden_test("edge report period outside the year en"
                 ${PAPI_I18N_GOLDEN}/edge-period-outside-year.en.golden
                 report plans/van-giang-2021 --period 2022-Q1 --lang en)
# dd/mm/yyyy and a lower-case period are read as import reads them: the same output as
# --period 2021-Q1 --as-of 2021-03-15.
papi_golden_test("edge dd/mm/yyyy and lower-case period" ${PAPI_I18N_GOLDEN}/edge-written-date.golden
                 report plans/van-giang-2021 --period 2021-q1 --as-of 15/03/2021 --format csv --by area)
papi_golden_test("edge ISO date, same output" ${PAPI_I18N_GOLDEN}/edge-written-date.golden
                 report plans/van-giang-2021 --period 2021-Q1 --as-of 2021-03-15 --format csv --by area)
papi_golden_test("edge not a calendar date" ${PAPI_I18N_GOLDEN}/edge-not-a-date.golden
                 remind plans/van-giang-2021 --period 2021-Q2 --as-of 31/02/2021)
# A GitHub notice for a missing report points at the folder where the file belongs.
papi_golden_test("edge github notice names the folder" ${PAPI_I18N_GOLDEN}/edge-github-notice.golden
                 validate plans/van-giang-2021 --format github --verbose)
