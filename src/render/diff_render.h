#pragma once

#include <string>

#include "compute/plan_diff.h"
#include "i18n/language.h"

namespace papi {

// How each version is named in the output: `HEAD~1`, its commit, or the working tree.
struct DiffSide {
  std::string revision;  // as the user gave it; empty for the working tree
  std::string commit;    // full commit id; empty for the working tree
};

enum class DiffFormat { markdown, json };

std::string render_diff(const PlanDiff& diff, const DiffSide& before, const DiffSide& after,
                        DiffFormat format, Language language);

}  // namespace papi
