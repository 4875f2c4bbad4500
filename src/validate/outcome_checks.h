#pragma once

#include "model/diagnostic.h"
#include "model/plan.h"

namespace papi {

// Checks `outcomes` of plan.yaml against the rest of the plan: area ids exist, one entry per
// year and kind and one score per area in each, ranks within `of`, and for a PAPI plan (the
// 8 dimensions) scores of 1..10 per area and 10..80 in total.
Diagnostics check_outcomes(const PlanData& data);

}  // namespace papi
