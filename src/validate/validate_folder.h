#pragma once

#include <string>

#include "load/folder_loader.h"
#include "model/diagnostic.h"
#include "model/plan.h"

namespace papi {

struct CheckedPlan {
  PlanData data;
  Diagnostics diagnostics;  // sorted by file, line, column
};

// Loads a plan folder and runs every check on it: the single entry point that `validate`,
// `plan` and `report` share, so they agree on what is an error.
CheckedPlan load_and_check(const std::string& directory, const LoadOptions& options);

}  // namespace papi
