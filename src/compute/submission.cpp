#include "compute/submission.h"

#include <set>

#include <map>
#include <unordered_map>

namespace papi {

bool sent_after(const StatusReport* report, const Date& as_of) {
  return report != nullptr && report->submitted && *report->submitted > as_of;
}

SubmissionClass classify_submission(const StatusReport* report, const std::optional<Date>& due,
                                    const Date& as_of) {
  const bool at_office = report != nullptr && !sent_after(report, as_of);
  if (!due)
    return at_office ? SubmissionClass::submitted : SubmissionClass::missing;
  if (!at_office)
    return as_of > *due ? SubmissionClass::overdue : SubmissionClass::not_due;
  if (!report->submitted)
    return SubmissionClass::undated;
  return *report->submitted <= *due ? SubmissionClass::on_time : SubmissionClass::late;
}

std::vector<Period> component_periods(const Plan& plan, const Period& period) {
  std::vector<Period> periods;
  for (int i = 1; i <= periods_per_year(plan.reporting); ++i) {
    const Period candidate{plan.year, plan.reporting, i};
    if (candidate == period || period.contains(candidate))
      periods.push_back(candidate);
  }
  return periods;
}

namespace {

void count(SubmissionCounts& counts, SubmissionClass value) {
  ++counts.units;
  ++counts.classes[static_cast<std::size_t>(value)];
}

PeriodSubmissions period_submissions(const PlanData& data, const std::vector<std::size_t>& units,
                                     const Period& period, const Date& as_of) {
  PeriodSubmissions result;
  result.period = period;
  result.due = data.plan->report_deadlines.due(period);
  std::unordered_map<std::string_view, const StatusReport*> files;
  for (const StatusReport& report : data.reports) {
    if (report.period == period)
      files.try_emplace(report.unit.view(), &report);
  }
  std::map<std::string, SubmissionCounts> levels;
  std::vector<SubmissionGroup> communes;
  std::unordered_map<std::string_view, std::size_t> commune_slot;
  for (std::size_t u : units) {
    const Unit& unit = data.units[u];
    UnitSubmission entry;
    entry.unit = static_cast<std::uint32_t>(u);
    const auto found = files.find(unit.id);
    entry.report = found == files.end() ? nullptr : found->second;
    entry.submission_class = classify_submission(entry.report, result.due, as_of);
    if (entry.submission_class == SubmissionClass::late) {
      entry.days_late =
          entry.report->submitted->days_since_epoch() - result.due->days_since_epoch();
    } else if (entry.submission_class == SubmissionClass::overdue) {
      entry.days_late = as_of.days_since_epoch() - result.due->days_since_epoch();
    } else if (entry.submission_class == SubmissionClass::not_due) {
      entry.days_left = result.due->days_since_epoch() - as_of.days_since_epoch();
    }
    count(result.overall, entry.submission_class);
    count(levels[std::string(level_key(unit))], entry.submission_class);
    auto [slot, inserted] = commune_slot.try_emplace(unit.commune, communes.size());
    if (inserted)
      communes.push_back(SubmissionGroup{unit.commune, {}});
    count(communes[slot->second].counts, entry.submission_class);
    result.units.push_back(entry);
  }
  for (const char* key : {"MN", "TH", "THCS", "office"}) {
    if (const auto found = levels.find(key); found != levels.end())
      result.levels.push_back(SubmissionGroup{key, found->second});
  }
  result.communes = std::move(communes);
  return result;
}

}  // namespace

Submissions compute_submissions(const PlanData& data, const PlanIndex& index,
                                const std::vector<std::size_t>& unit_order, const Period& period,
                                const Date& as_of) {
  const Plan& plan = *data.plan;
  Submissions result;
  result.as_of = as_of;
  std::vector<std::size_t> units;
  for (std::size_t u : unit_order) {
    if (index.unit_has_tasks(u))
      units.push_back(u);
  }
  for (int i = 1; i <= periods_per_year(plan.reporting); ++i) {
    const Period candidate{plan.year, plan.reporting, i};
    result.has_deadlines = result.has_deadlines || plan.report_deadlines.due(candidate);
    if (candidate.first_day() <= period.last_day())
      result.history.push_back(period_submissions(data, units, candidate, as_of));
  }
  for (const Period& component : component_periods(plan, period)) {
    for (const PeriodSubmissions& past : result.history) {
      if (past.period == component)
        result.periods.push_back(past);
    }
  }
  for (std::size_t i = 0; i < units.size(); ++i) {
    UnitSubmissionHistory history;
    history.unit = static_cast<std::uint32_t>(units[i]);
    for (const PeriodSubmissions& past : result.history) {
      const SubmissionClass value = past.units[i].submission_class;
      history.classes.push_back(value);
      if (value == SubmissionClass::on_time)
        ++history.on_time;
      if (past.due && value != SubmissionClass::not_due)
        ++history.due;
    }
    result.units.push_back(std::move(history));
  }
  return result;
}

std::size_t units_sent_after_as_of(const Submissions& submissions) {
  std::set<std::uint32_t> units;
  for (const PeriodSubmissions& period : submissions.periods) {
    for (const UnitSubmission& entry : period.units) {
      if (sent_after(entry.report, submissions.as_of))
        units.insert(entry.unit);
    }
  }
  return units.size();
}

}  // namespace papi
