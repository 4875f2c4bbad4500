#include <fmt/format.h>

#include "render/escape.h"
#include "render/rollup_render.h"

namespace papi {

namespace {

// completion (two decimals, empty when no pair counts), pairs, Σ weight·value, Σ weight:
// the last two let a database add plans up again exactly (docs/rollup.md).
std::string completion_cells(const Completion& completion) {
  const auto percent = completion.percent();
  return fmt::format("{},{},{},{}",
                     percent ? fmt::format("{:.2f}", round_half_up(*percent, 2)) : std::string{},
                     completion.pairs, completion.weighted_value, completion.weight);
}

std::string score_cells(const RollupPlan& plan, std::size_t area) {
  const OutcomeSummary& outcomes = plan.outcomes;
  if (!outcomes.latest || area >= outcomes.areas.size() || !outcomes.areas[area].latest)
    return ",";
  return fmt::format("{},{}", outcomes.latest->year,
                     round_half_up(*outcomes.areas[area].latest, 4));
}

}  // namespace

std::string render_rollup_csv(const Rollup& rollup) {
  std::string out =
      "plan,area,completion,pairs,weighted_value,weight,period,units_expected,units_reported,"
      "score_year,score\r\n";
  for (const RollupPlan& plan : rollup.plans) {
    for (std::size_t a = 0; a < rollup.areas.size(); ++a) {
      out += fmt::format("{},{},{},{},{},{},{}\r\n", csv_text_field(plan.id), rollup.areas[a].id,
                         completion_cells(plan.areas[a]), plan.period.to_string(),
                         plan.units_expected, plan.units_reported, score_cells(plan, a));
    }
  }
  for (std::size_t a = 0; a < rollup.areas.size(); ++a) {
    out += fmt::format("total,{},{},,{},{},,\r\n", rollup.areas[a].id,
                       completion_cells(rollup.total_areas[a]), rollup.units_expected,
                       rollup.units_reported);
  }
  return out;
}

}  // namespace papi
