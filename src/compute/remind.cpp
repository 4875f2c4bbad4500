#include "compute/remind.h"

#include <algorithm>
#include <unordered_map>

#include "compute/report.h"
#include "model/plan_index.h"

namespace papi {

namespace {

bool owes(SubmissionClass value) {
  return value == SubmissionClass::overdue || value == SubmissionClass::not_due ||
         value == SubmissionClass::missing;
}

// The plan's periods that have begun by `as_of`; the last of them is reported on.
std::optional<Period> latest_begun_period(const Plan& plan, const Date& as_of) {
  std::optional<Period> latest;
  for (int i = 1; i <= periods_per_year(plan.reporting); ++i) {
    const Period candidate{plan.year, plan.reporting, i};
    if (candidate.first_day() <= as_of)
      latest = candidate;
  }
  return latest;
}

}  // namespace

Reminders compute_reminders(const PlanData& data, const RemindRequest& request) {
  Reminders result;
  result.as_of = request.as_of;
  const std::optional<Period> period =
      request.period ? request.period : latest_begun_period(*data.plan, request.as_of);
  if (!period)
    return result;  // the plan's year has not begun: nothing is owed yet
  const Report report = compute_report(data, ReportRequest{*period, request.as_of});
  const std::vector<PeriodSubmissions>& periods =
      request.period ? report.submissions.periods : report.submissions.history;
  for (const PeriodSubmissions& submissions : periods)
    result.periods.push_back(submissions.period);

  std::unordered_map<std::uint32_t, UnitReminder> owed;
  auto item_for = [&](std::uint32_t unit, OwedItem item) {
    UnitReminder& reminder = owed[unit];
    reminder.unit = unit;
    if (item.days_overdue) {
      reminder.overdue = true;
      reminder.most_days_overdue = std::max(reminder.most_days_overdue, *item.days_overdue);
    }
    reminder.items.push_back(item);
    ++result.items;
  };
  for (const PeriodSubmissions& submissions : periods) {
    for (const UnitSubmission& entry : submissions.units) {
      if (!owes(entry.submission_class))
        continue;
      OwedItem item;
      item.kind = OwedKind::report;
      item.period = submissions.period;
      item.due = submissions.due;
      item.submission_class = entry.submission_class;
      item.days_overdue = entry.days_late;
      item.days_left = entry.days_left;
      item_for(entry.unit, item);
    }
  }
  for (std::size_t index : report.overdue_pairs) {
    const PairResult& pair = report.pairs[index];
    const Task& task = data.tasks[pair.task];
    OwedItem item;
    item.kind = OwedKind::task;
    item.period = *period;
    item.task = pair.task;
    item.due = task.due;
    item.days_overdue = request.as_of.days_since_epoch() - task.due->days_since_epoch();
    item.record = pair.record;
    item_for(pair.unit, item);
  }

  // Findings past their remediation deadline (docs/inspections.md): the report counts every
  // finding not yet verified at the as-of date, whatever period its inspection was in.
  if (report.inspections) {
    const PlanIndex index(data);
    for (const CountedFinding& counted : report.inspections->findings) {
      if (counted.remediation != RemediationClass::open_overdue)
        continue;
      const Inspection& inspection = data.inspections[counted.inspection];
      const auto unit = index.unit(inspection.unit);
      if (!unit)
        continue;
      OwedItem item;
      item.kind = OwedKind::remediation;
      item.period = *period;
      item.inspection = static_cast<std::uint32_t>(counted.inspection);
      item.finding = static_cast<std::uint32_t>(counted.finding);
      item.due = inspection.findings[counted.finding].due;
      item.days_overdue = counted.days_overdue;
      item_for(static_cast<std::uint32_t>(*unit), item);
    }
  }

  // report.units is in Vietnamese alphabetical order; keep it within each group.
  for (const UnitResult& unit : report.units) {
    const auto found = owed.find(static_cast<std::uint32_t>(unit.unit));
    if (found != owed.end())
      result.units.push_back(std::move(found->second));
  }
  std::stable_partition(result.units.begin(), result.units.end(),
                        [](const UnitReminder& reminder) { return reminder.overdue; });
  return result;
}

}  // namespace papi
