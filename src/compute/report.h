#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "compute/inspection.h"
#include "compute/outcomes.h"
#include "compute/submission.h"
#include "model/date.h"
#include "model/deadline_class.h"
#include "model/period.h"
#include "model/plan.h"
#include "model/submission_class.h"
#include "util/fatal.h"

namespace papi {

// Completion of a group of pairs: Σ weight·value / Σ weight over the counted pairs.
struct Completion {
  double weighted_value = 0;  // Σ weight · value (value in 0..100)
  double weight = 0;          // Σ weight
  std::size_t pairs = 0;      // counted pairs (not_applicable excluded)
  std::array<std::size_t, kDeadlineClassCount> classes{};
  std::array<std::size_t, kPairStateCount> states{};  // every pair, not_applicable included

  // Percent, or nothing when no pair counts (shown as "—", never 0).
  std::optional<double> percent() const;
  std::size_t count(DeadlineClass value) const { return classes[static_cast<std::size_t>(value)]; }
  std::size_t state(PairState value) const { return states[static_cast<std::size_t>(value)]; }
};

// One (unit, task) pair as the report sees it. A country's report has over a million of
// them, hence the small index types.
struct PairResult {
  const Record* record = nullptr;        // absent: not reported
  const StatusReport* report = nullptr;  // the report that stands for the unit
  double value = 0;                      // 0..100
  std::uint32_t unit = 0;                // index into PlanData::units
  std::uint32_t task = 0;                // index into PlanData::tasks
  DeadlineClass deadline_class = DeadlineClass::not_reported;
};

struct AreaResult {
  int area_id = 0;
  std::size_t area = 0;  // index into Plan::areas
  Completion completion;
};

struct UnitResult {
  std::size_t unit = 0;
  const StatusReport* report = nullptr;  // the report that stands for the unit, if any
  Completion completion;
};

struct GroupResult {
  std::string key;  // MN/TH/THCS/office for levels; the commune's name for communes
  std::size_t units = 0;
  Completion completion;
};

struct TaskResult {
  std::size_t task = 0;
  Completion completion;
};

struct TrendPoint {
  std::string period;
  std::vector<std::optional<double>> areas;  // parallel to Plan::areas
  std::optional<double> overall;
};

struct ReportRequest {
  Period period;
  Date as_of;
};

// Everything a report shows, computed; renderers only format it.
struct Report {
  Period period;
  Date as_of;
  Completion overall;
  std::size_t units_expected = 0;
  std::size_t units_reported = 0;
  std::vector<AreaResult> areas;             // plan order (by id)
  std::vector<UnitResult> units;             // Vietnamese alphabetical order of names
  std::vector<GroupResult> levels;           // MN, TH, THCS, office
  std::vector<GroupResult> communes;         // Vietnamese alphabetical order
  std::vector<TaskResult> tasks;             // numeric order of task ids
  std::vector<PairResult> pairs;             // by unit (as `units`), then task (as `tasks`)
  std::vector<std::size_t> missing_units;    // expected units with no report standing for them
  std::vector<std::size_t> overdue_pairs;    // indexes into `pairs`
  std::vector<std::size_t> done_late_pairs;  // indexes into `pairs`
  std::vector<TrendPoint> trend;             // every period with data, in order
  // The inspection section (docs/inspections.md), when the plan has inspections.
  std::optional<InspectionSection> inspections;
  bool has_due_dates = false;  // some task has a due date (not all ongoing)
  Submissions submissions;     // the units' reports against their deadlines
  OutcomeSummary outcomes;     // the plan's published scores (compute/outcomes.h)
};

// Periods that have at least one report, in time order.
std::vector<Period> periods_with_data(const PlanData& data);

// Checks that `period` can be reported on for this plan: not finer than its cadence.
// Returns the failure to throw when it cannot (its message is translated where it is shown).
std::optional<Fatal> unsupported_period(const PlanData& data, const Period& period);

// Computes the report; `data` must have passed validation without errors.
Report compute_report(const PlanData& data, const ReportRequest& request);

// A unit's place in the ranking by completion.
struct RankedUnit {
  const UnitResult* unit = nullptr;
  std::optional<std::size_t> rank;  // absent: an office, or a unit with nothing counted
};

// Schools by completion, highest first; schools whose completion is the same to a tenth of a
// percent (as printed) share a rank, the next one skipping (1, 2, 2, 4), and keep alphabetical
// order. Then, unranked, the schools with nothing counted and the offices: an office is not
// ranked among the schools it directs.
std::vector<RankedUnit> rank_units(const PlanData& data, const Report& report);

}  // namespace papi
