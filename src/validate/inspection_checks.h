#pragma once

#include "model/diagnostic.h"
#include "model/plan.h"

namespace papi {

// The checks of inspections/<id>.yaml that no schema can express (docs/inspections.md):
// file names, references to units, tasks, areas and other inspections, finding ids, and dates
// against the inspection's own date and the plan year. Every finding is located.
Diagnostics check_inspections(const PlanData& data);

}  // namespace papi
