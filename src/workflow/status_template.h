#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/period.h"
#include "model/plan.h"
#include "model/plan_index.h"

namespace papi {

// The schema line's target for a status file, as seen from status/<period>/<unit>.yaml.
inline constexpr const char* kDefaultStatusSchemaPath = "../../../../schemas/status.schema.json";

struct TemplateOptions {
  std::string schema_path = kDefaultStatusSchemaPath;
};

// The tasks that apply to unit `unit` (an index into data.units), in the order of tasks.yaml.
std::vector<std::size_t> tasks_for_unit(const PlanData& data, const PlanIndex& index,
                                        std::size_t unit);

// The report form of one unit for one period, as the status file it will become
// (status/<period>/<unit>.yaml): every task that applies to the unit with `state:
// not_started`, the task's text as a comment above it, and Vietnamese comments explaining each
// field. It is a valid report as it stands. `data` must have passed validation.
std::string status_template_yaml(const PlanData& data, const PlanIndex& index, std::size_t unit,
                                 const Period& period, const TemplateOptions& options = {});

// The same form as a spreadsheet for `papi import`: columns unit, task, title, state,
// progress, completed, evidence, reason, note; one row per task with state not_started.
// UTF-8 with a byte order mark and CRLF line ends, as Excel expects; `separator` is `,` or `;`.
std::string status_template_csv(const PlanData& data, const PlanIndex& index, std::size_t unit,
                                char separator = ',');

}  // namespace papi
