#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "model/outcome.h"
#include "model/plan.h"

namespace papi {

// One area's scores in the outcomes a report shows.
struct AreaOutcome {
  int area_id = 0;
  std::optional<double> previous;  // in the result before the latest
  std::optional<double> latest;    // in the latest result
  std::optional<double> change;    // latest − previous, when both are there
  std::optional<double> target;
};

// What a report shows of the plan's `outcomes`: the latest published result beside the one
// before it (the change from the year before) and the target. Copies, so that a summary
// outlives the plan it came from (papi rollup drops each plan once it is summarised).
struct OutcomeSummary {
  std::optional<Outcome> latest;    // the result of the latest year
  std::optional<Outcome> previous;  // the latest result before it
  std::optional<Outcome> target;    // the target for the plan's year, else the latest target
  std::vector<AreaOutcome> areas;   // parallel to Plan::areas
  std::optional<double> total_change;
  std::optional<int> rank_change;  // previous rank − latest rank: positive is a rise

  // A plan without outcomes: reports show nothing of them.
  bool empty() const { return !latest && !target; }
};

OutcomeSummary summarize_outcomes(const Plan& plan);

}  // namespace papi
