#include "validate/plan_scope.h"
#include "i18n/messages.h"

#include <filesystem>

#include <fmt/format.h>

#include "model/plan_layout.h"

namespace papi {

namespace fs = std::filesystem;

Diagnostics definition_errors(const PlanData& data, const Diagnostics& diagnostics) {
  const std::string status_folder = status_folder_path(data.directory);
  const std::string status_prefix = status_folder + "/";
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
  if (period_fits_plan(plan, period))
    return std::nullopt;
  const std::string range = first == last
                                ? first.to_string()
                                : fmt::format("{} … {}", first.to_string(), last.to_string());
  return trf(
      "--period {}: the reports of this plan are per {} of {} ({}); a report for {} is computed "
      "from them by `papi report --period {}`",
      period.to_string(), cadence_word(plan.reporting), plan.year, range, period.to_string(),
      period.to_string());
}

std::optional<std::string> report_period_problem(const Plan& plan, const Period& period) {
  if (period.year == plan.year || plan.year < 1900 || plan.year > 2999)
    return std::nullopt;
  return trf("--period {}: this plan is for the year {}; give a period of {}, e.g. {}",
             period.to_string(), plan.year, plan.year,
             Period{plan.year, period.cadence, 1}.to_string());
}

}  // namespace papi
