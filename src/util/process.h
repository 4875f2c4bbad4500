#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace papi {

// Running a program with an argument vector, never through a shell, so that no argument is
// ever interpreted.

struct ProcessResult {
  int exit_code = -1;  // -1: killed by a signal
  std::string out;
  std::string err;
};

// Runs `argv` (argv[0] looked up in PATH), feeding `input` to its standard input and
// collecting both outputs. Throws Fatal when the program cannot be started.
ProcessResult run_process(const std::vector<std::string>& argv, std::string_view input = {});

}  // namespace papi
