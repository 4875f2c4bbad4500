#include "model/plan_layout.h"

#include <algorithm>
#include <filesystem>
#include <iterator>

namespace papi {

namespace fs = std::filesystem;

std::string status_folder_path(const std::string& directory) {
  return (fs::path(directory) / "status").lexically_normal().generic_string();
}

std::string status_period_path(const std::string& directory, std::string_view period) {
  return (fs::path(directory) / "status" / period).lexically_normal().generic_string();
}

std::string status_file_path(const std::string& directory, const Period& period,
                             const std::string& unit) {
  return (fs::path(directory) / "status" / period.to_string() / (unit + ".yaml"))
      .lexically_normal()
      .generic_string();
}

std::vector<std::string> definition_file_paths(const PlanData& data) {
  const std::size_t count = std::min(std::size(kDefinitionFiles), data.files.size());
  return {data.files.begin(), data.files.begin() + static_cast<std::ptrdiff_t>(count)};
}

}  // namespace papi
