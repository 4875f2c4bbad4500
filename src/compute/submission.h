#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.h"
#include "model/period.h"
#include "model/plan.h"
#include "model/plan_index.h"
#include "model/submission_class.h"

namespace papi {

struct SubmissionCounts {
  std::size_t units = 0;
  std::array<std::size_t, kSubmissionClassCount> classes{};

  std::size_t count(SubmissionClass value) const {
    return classes[static_cast<std::size_t>(value)];
  }
};

// One unit in one period.
struct UnitSubmission {
  std::uint32_t unit = 0;                // index into PlanData::units
  const StatusReport* report = nullptr;  // its status file for the period, even one sent after A
  SubmissionClass submission_class = SubmissionClass::missing;
  // Days past the deadline: of the submission (late), or of the as-of date (overdue).
  std::optional<int> days_late;
  // Days from the as-of date to the deadline (not_due).
  std::optional<int> days_left;
};

struct SubmissionGroup {
  std::string key;  // MN/TH/THCS/office for levels; the commune's name for communes
  SubmissionCounts counts;
};

struct PeriodSubmissions {
  Period period;
  std::optional<Date> due;
  std::vector<UnitSubmission> units;  // in the order of the units given
  SubmissionCounts overall;
  std::vector<SubmissionGroup> levels;    // MN, TH, THCS, office (those with units)
  std::vector<SubmissionGroup> communes;  // in order of first appearance among the units
};

// A unit over the periods of the year up to the report's period.
struct UnitSubmissionHistory {
  std::uint32_t unit = 0;
  std::vector<SubmissionClass> classes;  // parallel to Submissions::history
  std::size_t on_time = 0;               // periods sent on time
  std::size_t due = 0;                   // periods with a deadline that are not `not_due`
};

struct Submissions {
  Date as_of;
  // The periods of the plan's cadence inside the report's period (one, for a report of the
  // plan's own cadence; Q1 and Q2 for the half-year report of a quarterly plan).
  std::vector<PeriodSubmissions> periods;
  // The periods of the plan's year that began on or before the end of the report's period.
  std::vector<PeriodSubmissions> history;
  std::vector<UnitSubmissionHistory> units;  // in the order of the units given
  bool has_deadlines = false;                // some period of the year has a deadline
};

// Whether `report` is a file sent after `as_of`: on that day it had not reached the office.
bool sent_after(const StatusReport* report, const Date& as_of);

// The class of one unit's file (or its absence) for a period with deadline `due`, at `as_of`.
// A file sent after `as_of` had not reached the office then and counts as absent.
SubmissionClass classify_submission(const StatusReport* report, const std::optional<Date>& due,
                                    const Date& as_of);

// The units whose file for one of `submissions.periods` is there but was sent after the as-of
// date: their figures count in the report, yet for the deadline they had not sent.
std::size_t units_sent_after_as_of(const Submissions& submissions);

// The plan's own periods (of its cadence and year) that lie inside `period`.
std::vector<Period> component_periods(const Plan& plan, const Period& period);

// Submissions for the report on `period` at `as_of`, for the units of `unit_order` that must
// report (at least one task applies to them). `data` must have passed validation.
Submissions compute_submissions(const PlanData& data, const PlanIndex& index,
                                const std::vector<std::size_t>& unit_order, const Period& period,
                                const Date& as_of);

}  // namespace papi
