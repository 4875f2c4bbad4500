#include "cli/output.h"

#include <cstdio>

#include "util/atomic_file.h"
#include "util/fatal.h"

namespace papi {

void write_output(const std::string& path, std::string_view content,
                  const std::vector<std::string>& protected_files) {
  if (path.empty() || path == "-") {
    std::fwrite(content.data(), 1, content.size(), stdout);
    if (std::fflush(stdout) != 0)
      throw Fatal("cannot write to standard output");
    return;
  }
  write_file_atomically(path, content, protected_files);
}

}  // namespace papi
