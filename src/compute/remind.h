#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "compute/submission.h"
#include "model/date.h"
#include "model/period.h"
#include "model/plan.h"

namespace papi {

// What the office must chase on a day (`papi remind`, docs/remind.md): the reports not yet
// sent, the tasks past their due date and the inspection findings past their remediation
// deadline.
enum class OwedKind : std::uint8_t { report, task, remediation };

struct OwedItem {
  OwedKind kind = OwedKind::report;
  Period period;                    // the report's period; for a task, the period reported on
  std::uint32_t task = 0;           // index into PlanData::tasks (kind task)
  std::uint32_t inspection = 0;     // index into PlanData::inspections (kind remediation)
  std::uint32_t finding = 0;        // index into Inspection::findings (kind remediation)
  std::optional<Date> due;          // the deadline; absent for a report of a period without one
  std::optional<int> days_overdue;  // as-of date minus due, when past due
  std::optional<int> days_left;     // due minus as-of date, when not yet due
  // report: overdue, not_due or missing; task: the pair's record state lives in `record`.
  SubmissionClass submission_class = SubmissionClass::missing;
  const Record* record = nullptr;  // kind task: the record that says it is not done
};

struct UnitReminder {
  std::uint32_t unit = 0;       // index into PlanData::units
  std::vector<OwedItem> items;  // reports by period, tasks by number, then remediations
  bool overdue = false;         // something is past due
  int most_days_overdue = 0;
};

struct RemindRequest {
  std::optional<Period> period;  // absent: every period of the plan's year begun by as_of
  Date as_of;
};

struct Reminders {
  Date as_of;
  std::vector<Period> periods;      // the periods looked at, in order
  std::vector<UnitReminder> units;  // units with something overdue first, then the others;
                                    // each group in Vietnamese alphabetical order of names
  std::size_t items = 0;            // owed items in all

  bool empty() const { return units.empty(); }
};

// `data` must have passed validation.
Reminders compute_reminders(const PlanData& data, const RemindRequest& request);

}  // namespace papi
