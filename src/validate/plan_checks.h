#pragma once

#include "model/diagnostic.h"
#include "model/plan.h"

namespace papi {

// Checks that no schema can express: references between files, duplicate ids, task numbers
// against their area, file and folder names against their contents, calendar dates, periods
// against the plan's year and cadence, and who did not report. Every finding is located.
Diagnostics check_plan(const PlanData& data);

}  // namespace papi
