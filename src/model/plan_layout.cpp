#include "model/plan_layout.h"

#include <filesystem>

namespace papi {

std::string status_file_path(const std::string& directory, const Period& period,
                             const std::string& unit) {
  namespace fs = std::filesystem;
  return (fs::path(directory) / "status" / period.to_string() / (unit + ".yaml"))
      .lexically_normal()
      .generic_string();
}

}  // namespace papi
