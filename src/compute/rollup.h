#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compute/outcomes.h"
#include "compute/report.h"
#include "model/period.h"
#include "model/plan.h"

namespace papi {

// Which period each plan of a rollup reports on (`papi rollup --period`).
struct RollupPeriod {
  enum class Kind {
    latest,   // no --period: each plan's latest period with data
    in_year,  // Q2, H1, 07, year: that part of each plan's own year
    exact     // 2021-Q2: the same period for every plan
  };
  Kind kind = Kind::latest;
  Period period;  // in_year: year 0, only cadence and index count
};

// "Q2", "H1", "07", "year", or a period id such as 2021-Q2; nothing when it is none of them.
std::optional<RollupPeriod> parse_rollup_period(std::string_view text);

// The period of `data` that the rollup reports on; nothing when the plan has no data and no
// --period was given.
std::optional<Period> rollup_period_of(const PlanData& data, const RollupPeriod& request);

// What a rollup keeps of one plan: its sums, not its pairs, so that plans can be dropped
// once summarised (docs/rollup.md).
struct RollupPlan {
  std::string id;
  std::string directory;
  Period period;
  std::vector<int> area_ids;      // the plan's own, until combine_rollup orders them
  std::vector<Completion> areas;  // parallel to area_ids, then to Rollup::areas
  Completion overall;
  std::size_t units_expected = 0;
  std::size_t units_reported = 0;
  OutcomeSummary outcomes;
};

struct RollupArea {
  int id = 0;
  std::string name;
  std::string name_en;
};

struct Rollup {
  std::vector<RollupArea> areas;        // the first plan's, in its order
  std::vector<RollupPlan> plans;        // in the order given
  std::vector<Completion> total_areas;  // parallel to areas: every plan's pairs together
  Completion total;
  std::size_t units_expected = 0;
  std::size_t units_reported = 0;
  bool has_outcomes = false;  // some plan has outcomes
};

// The areas of a rollup, taken from its first plan.
std::vector<RollupArea> rollup_areas(const std::vector<Area>& first);

// One plan's part, from its report, by the plan's own areas (plans are summarised in
// parallel, before the first plan's areas are known).
RollupPlan summarize_for_rollup(const PlanData& data, const Report& report);

// Puts each plan's areas in the order of `areas`, matched by id (the areas were checked to be
// the same dimensions, validate/rollup_checks.h), and sums the plans: completion over all
// their pairs (Σ weight·value / Σ weight), never an average of percentages.
Rollup combine_rollup(std::vector<RollupArea> areas, std::vector<RollupPlan> plans);

}  // namespace papi
