#include "load/schema_location.h"

#include <filesystem>
#include <fstream>

#include "model/plan_layout.h"

namespace papi {

namespace fs = std::filesystem;

std::optional<std::string> find_schema_dir(const std::string& folder) {
  std::error_code ec;
  fs::path start = fs::absolute(fs::path(folder), ec).lexically_normal();
  if (ec)
    return std::nullopt;
  if (!start.has_filename())  // a trailing slash
    start = start.parent_path();
  for (fs::path dir = start;; dir = dir.parent_path()) {
    if (fs::is_regular_file(dir / "schemas" / "plan.schema.json", ec)) {
      std::string relative = (dir / "schemas").lexically_relative(start).generic_string();
      if (relative.empty() || relative == ".")
        relative = "schemas";
      return relative + "/";
    }
    if (dir == dir.parent_path())
      break;
  }
  return std::nullopt;
}

std::string status_schema_path(const std::string& plan_folder) {
  if (auto dir = find_schema_dir(plan_folder))
    return "../../" + *dir + "status.schema.json";
  std::ifstream in(fs::path(plan_folder) / "plan.yaml", std::ios::binary);
  std::string line;
  if (in && std::getline(in, line)) {
    if (line.rfind("\xEF\xBB\xBF", 0) == 0)
      line.erase(0, 3);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
      line.pop_back();
    const std::string marker = "# yaml-language-server: $schema=";
    const std::string file = "plan.schema.json";
    if (line.rfind(marker, 0) == 0 && line.size() >= marker.size() + file.size() &&
        line.compare(line.size() - file.size(), file.size(), file) == 0) {
      const std::string dir = line.substr(marker.size(), line.size() - marker.size() - file.size());
      const bool relative = dir.find("://") == std::string::npos && (dir.empty() || dir[0] != '/');
      return (relative ? "../../" : "") + dir + "status.schema.json";
    }
  }
  return kDefaultStatusSchemaPath;
}

std::string inspection_schema_path(const std::string& plan_folder) {
  // inspections/ is one folder nearer the plan than status/<period>/.
  std::string path = status_schema_path(plan_folder);
  if (path.rfind("../../", 0) == 0)
    path.erase(0, 3);
  const std::string status = "status.schema.json";
  return path.substr(0, path.size() - status.size()) + "inspection.schema.json";
}

}  // namespace papi
