#include "compute/outcomes.h"

namespace papi {

namespace {

std::optional<double> score_of(const std::optional<Outcome>& outcome, int area_id) {
  if (!outcome)
    return std::nullopt;
  for (const AreaScore& score : outcome->areas) {
    if (score.area == area_id)
      return score.score;
  }
  return std::nullopt;
}

}  // namespace

OutcomeSummary summarize_outcomes(const Plan& plan) {
  OutcomeSummary summary;
  for (const Outcome& outcome : plan.outcomes) {
    if (outcome.kind == OutcomeKind::result) {
      if (!summary.latest || outcome.year > summary.latest->year) {
        summary.latest = outcome;
      }
    } else {
      const bool plan_year = outcome.year == plan.year;
      const bool current_is_plan_year = summary.target && summary.target->year == plan.year;
      if (!summary.target || plan_year ||
          (!current_is_plan_year && outcome.year > summary.target->year)) {
        summary.target = outcome;
      }
    }
  }
  if (summary.latest) {
    for (const Outcome& outcome : plan.outcomes) {
      if (outcome.kind == OutcomeKind::result && outcome.year < summary.latest->year &&
          (!summary.previous || outcome.year > summary.previous->year)) {
        summary.previous = outcome;
      }
    }
  }
  if (summary.empty())
    return summary;

  for (const Area& area : plan.areas) {
    AreaOutcome row;
    row.area_id = area.id;
    row.previous = score_of(summary.previous, area.id);
    row.latest = score_of(summary.latest, area.id);
    row.target = score_of(summary.target, area.id);
    if (row.previous && row.latest)
      row.change = *row.latest - *row.previous;
    summary.areas.push_back(row);
  }
  if (summary.latest && summary.previous) {
    if (summary.latest->total && summary.previous->total)
      summary.total_change = *summary.latest->total - *summary.previous->total;
    if (summary.latest->rank && summary.previous->rank)
      summary.rank_change = *summary.previous->rank - *summary.latest->rank;
  }
  return summary;
}

}  // namespace papi
