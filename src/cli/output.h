#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "util/atomic_file.h"

namespace papi {

// A Word document is a zip package, never printed to a terminal by accident: without -o (or
// an explicit "-o -") this throws Fatal.
void require_output_file(const std::string& path, std::string_view format);

// Writes to `path`, or to standard output when `path` is empty or "-".
void write_output(const std::string& path, std::string_view content,
                  const std::vector<std::string>& protected_files);

// Writes all of `content` to standard output and flushes it. Throws Fatal when it cannot (a
// full disk, /dev/full), so that nothing is done after output was lost.
void write_standard_output(std::string_view content);

// Flushes standard output at the end of the program, for anything written there without
// write_standard_output. Returns `exit_code`, or kExitUsage after saying why when anything
// written to standard output was lost.
int finish_standard_output(int exit_code);

}  // namespace papi
