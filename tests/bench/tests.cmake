# Benchmark of docs/performance.md: a data generator, the yaml-cpp floor program and the runner
# that compares papi with them and with Python. Included from tests/CMakeLists.txt.

set(PAPI_BENCH_DIR ${CMAKE_CURRENT_LIST_DIR})

# The floor: only YAML::LoadFile on every file of a plan folder, single-threaded.
add_executable(papi_yaml_floor ${PAPI_BENCH_DIR}/yaml_floor.cpp)
target_link_libraries(papi_yaml_floor PRIVATE yaml-cpp papi_warnings)
set_target_properties(papi_yaml_floor PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})

# The floor of the Excel import: libzip and pugixml over the parts of each workbook, no more.
add_executable(papi_xlsx_floor ${PAPI_BENCH_DIR}/xlsx_floor.cpp)
target_link_libraries(papi_xlsx_floor PRIVATE PkgConfig::LIBZIP pugixml::pugixml papi_warnings)
set_target_properties(papi_xlsx_floor PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})

# Runs one command and reports its wall time, CPU time and peak RSS (run_bench.py uses it).
add_executable(papi_bench_measure ${PAPI_BENCH_DIR}/measure.cpp)
target_link_libraries(papi_bench_measure PRIVATE papi_warnings)
set_target_properties(papi_bench_measure PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})

# CI smoke test: generate the district plan and run the whole benchmark on it once. It checks
# that every program runs and agrees (reports identical with --jobs 1 and 2, completion equal
# to Python's); it does not judge speed.
add_test(NAME "bench: district smoke (generator, floor, papi -j1/-j2, python)"
         COMMAND ${PAPI_SYSTEM_PYTHON} ${PAPI_BENCH_DIR}/run_bench.py
                 --papi $<TARGET_FILE:papi> --floor $<TARGET_FILE:papi_yaml_floor>
                 --measure $<TARGET_FILE:papi_bench_measure>
                 --data ${CMAKE_CURRENT_BINARY_DIR}/bench-data --sizes district --repeat 1
                 --smoke)
set_tests_properties("bench: district smoke (generator, floor, papi -j1/-j2, python)"
                     PROPERTIES TIMEOUT 120)

# CI smoke test of the Excel benchmark at district size: forms written, imported, written again
# and validated, both floors run; it does not judge speed.
add_test(NAME "bench: xlsx smoke (41 forms, template, import, floors)"
         COMMAND ${PAPI_SYSTEM_PYTHON} ${PAPI_BENCH_DIR}/xlsx_bench.py
                 --papi $<TARGET_FILE:papi> --floor $<TARGET_FILE:papi_yaml_floor>
                 --xlsx-floor $<TARGET_FILE:papi_xlsx_floor>
                 --data ${CMAKE_CURRENT_BINARY_DIR}/bench-data --size district --repeat 1)
set_tests_properties("bench: xlsx smoke (41 forms, template, import, floors)" PROPERTIES TIMEOUT 120)

# The loader's fast path agrees with the full path on every document, and on thousands of
# broken variants of them (tests/bench/fast_path_check.cpp).
add_executable(papi_fast_path_check ${PAPI_BENCH_DIR}/fast_path_check.cpp)
target_link_libraries(papi_fast_path_check PRIVATE papi_core papi_warnings)
add_test(NAME "bench: the fast load path gives what the full path gives"
         COMMAND papi_fast_path_check --mutations 6000 ${PROJECT_SOURCE_DIR}/plans
                 ${PROJECT_SOURCE_DIR}/tests/errors ${PROJECT_SOURCE_DIR}/tests/schema/cases)

# CI smoke test of the rollup benchmark: 4 small plan folders, floor and papi rollup -j1/-j2.
# It checks that the outputs agree whatever --jobs is and that the rollup's totals are the sums
# of each plan's own report; it does not judge speed.
add_test(NAME "bench: rollup smoke (4 plans, floor, papi rollup -j1/-j2, totals by hand)"
         COMMAND ${PAPI_SYSTEM_PYTHON} ${PAPI_BENCH_DIR}/run_rollup_bench.py
                 --papi $<TARGET_FILE:papi> --floor $<TARGET_FILE:papi_yaml_floor>
                 --measure $<TARGET_FILE:papi_bench_measure>
                 --data ${CMAKE_CURRENT_BINARY_DIR}/bench-data --size smoke --smoke)
set_tests_properties("bench: rollup smoke (4 plans, floor, papi rollup -j1/-j2, totals by hand)"
                     PROPERTIES TIMEOUT 120)
