#pragma once

#include <string>
#include <vector>

#include "model/diagnostic.h"
#include "model/plan.h"
#include "model/plan_index.h"

namespace papi {

// Checks that no schema can express: references between files, duplicate ids, task numbers
// against their area, file and folder names against their contents, calendar dates, periods
// against the plan's year and cadence, and who did not report. Every finding is located.
Diagnostics check_plan(const PlanData& data);

// The checks check_plan makes of each report in `reports`, alone: against the plan `data`
// (already checked, indexed by `index`), without the checks between reports (who did not
// report). The reports' locations index `files`. What `papi import` checks each file it writes
// with, so that a province's import does not check the whole plan again for every form.
Diagnostics check_status_reports(const PlanData& data, const PlanIndex& index,
                                 const std::vector<StatusReport>& reports,
                                 const std::vector<std::string>& files);

}  // namespace papi
