# Fuzz targets. With PAPI_FUZZ (clang) they are libFuzzer binaries run by tests/fuzz/run;
# in every build the same code replays the saved regression inputs and the seed corpus.
set(PAPI_FUZZ_TARGETS loader csv_import xlsx_import diagnostics)
foreach(target IN LISTS PAPI_FUZZ_TARGETS)
  if(PAPI_FUZZ)
    add_executable(fuzz_${target} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/fuzz_${target}.cpp)
    target_link_libraries(fuzz_${target} PRIVATE papi_core)
    target_link_options(fuzz_${target} PRIVATE -fsanitize=fuzzer)
  endif()
  add_executable(replay_${target} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/fuzz_${target}.cpp
                                  ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/replay_main.cpp)
  target_link_libraries(replay_${target} PRIVATE papi_core)
  add_test(NAME "fuzz: ${target} regressions and seeds replay cleanly"
           COMMAND replay_${target} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/regressions/${target}
                   ${PROJECT_SOURCE_DIR}/plans ${CMAKE_CURRENT_SOURCE_DIR}/schema/cases
                   ${CMAKE_CURRENT_SOURCE_DIR}/errors)
endforeach()
