#include "workflow/plan_files.h"

#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "workflow/status_template.h"

namespace papi {

namespace fs = std::filesystem;

Diagnostics definition_errors(const PlanData& data, const Diagnostics& diagnostics) {
  const fs::path status = fs::path(data.directory) / "status";
  const std::string status_prefix = status.lexically_normal().generic_string() + "/";
  const std::string status_folder = status.lexically_normal().generic_string();
  Diagnostics errors;
  for (const Diagnostic& d : diagnostics) {
    if (d.severity != Severity::error)
      continue;
    if (d.file == status_folder || d.file.rfind(status_prefix, 0) == 0)
      continue;
    errors.push_back(d);
  }
  return errors;
}

std::optional<std::string> status_period_problem(const Plan& plan, const Period& period) {
  const Period first{plan.year, plan.reporting, 1};
  const Period last{plan.year, plan.reporting, periods_per_year(plan.reporting)};
  if (period.cadence == plan.reporting && period.year == plan.year)
    return std::nullopt;
  const std::string range = first == last
                                ? first.to_string()
                                : fmt::format("{} … {}", first.to_string(), last.to_string());
  return fmt::format(
      "--period {}: the reports of this plan are per {} of {} ({}); a report for {} is computed "
      "from them by `papi report --period {}`",
      period.to_string(), cadence_name(plan.reporting), plan.year, range, period.to_string(),
      period.to_string());
}

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

}  // namespace papi
