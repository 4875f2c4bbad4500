#pragma once

#include <optional>
#include <string>

#include "model/diagnostic.h"
#include "model/period.h"
#include "model/plan.h"

namespace papi {

// What the workflow commands need to know about a plan folder on disk.

// The errors of plan.yaml, units.yaml and tasks.yaml among `diagnostics`: the part of a plan
// that template and import build on. Problems of status files are left out, so that one
// school's broken report does not stop the forms of the next period.
Diagnostics definition_errors(const PlanData& data, const Diagnostics& diagnostics);

// Why `period` cannot have status files in this plan (another year, another cadence), if so.
std::optional<std::string> status_period_problem(const Plan& plan, const Period& period);

// The folder `schemas/` (holding plan.schema.json) nearest above `folder`, as a path relative to
// `folder` ending in `/` ("../../schemas/"); nothing when there is none. `folder` need not exist.
std::optional<std::string> find_schema_dir(const std::string& folder);

// The `$schema` target for status files of the plan in `plan_folder`, relative to
// status/<period>/: from the schemas/ folder above the plan, else from the `$schema` line of
// its plan.yaml, else the usual "../../../../schemas/status.schema.json".
std::string status_schema_path(const std::string& plan_folder);

}  // namespace papi
