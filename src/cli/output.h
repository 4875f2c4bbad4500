#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "util/atomic_file.h"

namespace papi {

// Writes to `path`, or to standard output when `path` is empty or "-".
void write_output(const std::string& path, std::string_view content,
                  const std::vector<std::string>& protected_files);

}  // namespace papi
