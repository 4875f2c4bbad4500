#pragma once

#include <optional>
#include <string>

#include "model/diagnostic.h"
#include "model/period.h"
#include "model/plan.h"

namespace papi {

// The part of a plan that template and import work with.

// The errors of plan.yaml, units.yaml and tasks.yaml among `diagnostics`: the part of a plan
// that template and import build on. Problems of status files are left out, so that one
// school's broken report does not stop the forms of the next period.
Diagnostics definition_errors(const PlanData& data, const Diagnostics& diagnostics);

// Why `period` cannot have status files in this plan (another year, another cadence), if so.
std::optional<std::string> status_period_problem(const Plan& plan, const Period& period);

// Why a report for `period` would say nothing (a period outside the plan's year), if so: a
// year typo in a scheduled job must not mail an all-zero report upward.
std::optional<std::string> report_period_problem(const Plan& plan, const Period& period);

}  // namespace papi
