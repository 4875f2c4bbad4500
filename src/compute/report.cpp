#include "compute/report.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "compute/collation.h"
#include "model/plan_index.h"

namespace papi {

std::optional<double> Completion::percent() const {
  if (pairs == 0 || weight <= 0)
    return std::nullopt;
  return weighted_value / weight;
}

std::vector<Period> periods_with_data(const PlanData& data) {
  std::set<Period, bool (*)(const Period&, const Period&)> periods(
      [](const Period& a, const Period& b) {
        return std::tuple(a.last_day(), a.first_day()) < std::tuple(b.last_day(), b.first_day());
      });
  for (const StatusReport& report : data.reports)
    periods.insert(report.period);
  return {periods.begin(), periods.end()};
}

std::optional<Fatal> unsupported_period(const PlanData& data, const Period& period) {
  if (!data.plan)
    return std::nullopt;
  if (static_cast<int>(period.cadence) > static_cast<int>(data.plan->reporting)) {
    return Fatal::untranslated(
        "period {} is finer than the plan's reporting cadence ({}): no report covers it",
        period.to_string(), cadence_name(data.plan->reporting));
  }
  return std::nullopt;
}

namespace {

DeadlineClass classify(const Record* record, const Task& task, const Date& as_of) {
  if (!record)
    return DeadlineClass::not_reported;
  switch (record->state) {
    case TaskState::not_applicable:
      return DeadlineClass::not_applicable;
    case TaskState::done:
      if (task.due && record->completed && *record->completed > *task.due) {
        return DeadlineClass::done_late;
      }
      return DeadlineClass::done_on_time;
    case TaskState::in_progress:
    case TaskState::not_started:
      return task.due && *task.due < as_of ? DeadlineClass::overdue : DeadlineClass::pending;
  }
  return DeadlineClass::not_reported;
}

double value_of(const Record* record) {
  if (!record)
    return 0;
  switch (record->state) {
    case TaskState::done:
      return 100;
    case TaskState::in_progress:
      return record->progress;
    default:
      return 0;
  }
}

PairState state_of(const PairResult& pair) {
  if (!pair.record)
    return PairState::not_reported;
  switch (pair.record->state) {
    case TaskState::done:
      return PairState::done;
    case TaskState::in_progress:
      return PairState::in_progress;
    case TaskState::not_started:
      return PairState::not_started;
    case TaskState::not_applicable:
      return PairState::not_applicable;
  }
  return PairState::not_reported;
}

void add(Completion& completion, const PairResult& pair, double weight) {
  ++completion.classes[static_cast<std::size_t>(pair.deadline_class)];
  ++completion.states[static_cast<std::size_t>(state_of(pair))];
  if (pair.deadline_class == DeadlineClass::not_applicable)
    return;
  ++completion.pairs;
  completion.weight += weight;
  completion.weighted_value += weight * pair.value;
}

// For each unit, the report that stands for it in `period`: the report for that very period,
// or, for a coarser period, the unit's latest report inside it.
std::vector<const StatusReport*> standing_reports(const PlanData& data, const PlanIndex& index,
                                                  const Period& period) {
  std::vector<const StatusReport*> standing(data.units.size(), nullptr);
  for (const StatusReport& report : data.reports) {
    if (!(report.period == period || period.contains(report.period)))
      continue;
    const auto unit = index.unit(report.unit);
    if (!unit)
      continue;
    const StatusReport*& current = standing[*unit];
    if (!current || current->period.last_day() < report.period.last_day())
      current = &report;
  }
  return standing;
}

// Calls `visit(pair)` for every (unit, task) pair the report counts, units in `unit_order`,
// then tasks in `task_order`. Nothing is stored: the trend points need only sums.
template <class Visit>
void for_each_pair(const PlanData& data, const PlanIndex& index, const ReportRequest& request,
                   const std::vector<const StatusReport*>& standing,
                   const std::vector<std::size_t>& unit_order,
                   const std::vector<std::size_t>& task_order, Visit&& visit) {
  std::unordered_map<std::string_view, const Record*> records;
  for (std::size_t u : unit_order) {
    const StatusReport* report = standing[u];
    records.clear();
    if (report) {
      for (const Record& record : report->records)
        records.try_emplace(record.task, &record);
    }
    for (std::size_t t : task_order) {
      if (!index.applies(t, u))
        continue;
      PairResult pair;
      pair.unit = static_cast<std::uint32_t>(u);
      pair.task = static_cast<std::uint32_t>(t);
      pair.report = report;
      const auto found = records.find(data.tasks[t].id);
      pair.record = found == records.end() ? nullptr : found->second;
      pair.deadline_class = classify(pair.record, data.tasks[t], request.as_of);
      pair.value = value_of(pair.record);
      visit(pair);
    }
  }
}

std::size_t count_pairs(const PlanIndex& index, std::size_t units, std::size_t tasks) {
  std::size_t count = 0;
  for (std::size_t u = 0; u < units; ++u) {
    for (std::size_t t = 0; t < tasks; ++t)
      count += index.applies(t, u) ? 1 : 0;
  }
  return count;
}

}  // namespace

Report compute_report(const PlanData& data, const ReportRequest& request) {
  const PlanIndex index(data);
  Report report;
  report.period = request.period;
  report.as_of = request.as_of;

  std::vector<std::string> unit_keys;
  unit_keys.reserve(data.units.size());
  for (const Unit& unit : data.units)
    unit_keys.push_back(vietnamese_sort_key(unit.name));
  std::vector<std::size_t> unit_order(data.units.size());
  for (std::size_t i = 0; i < unit_order.size(); ++i)
    unit_order[i] = i;
  std::sort(unit_order.begin(), unit_order.end(), [&](std::size_t a, std::size_t b) {
    return std::tie(unit_keys[a], data.units[a].id) < std::tie(unit_keys[b], data.units[b].id);
  });
  std::vector<std::size_t> task_order(data.tasks.size());
  for (std::size_t i = 0; i < task_order.size(); ++i)
    task_order[i] = i;
  std::stable_sort(task_order.begin(), task_order.end(), [&](std::size_t a, std::size_t b) {
    return task_id_less(data.tasks[a].id, data.tasks[b].id);
  });

  const std::vector<const StatusReport*> standing = standing_reports(data, index, request.period);
  report.pairs.reserve(count_pairs(index, data.units.size(), data.tasks.size()));
  for_each_pair(data, index, request, standing, unit_order, task_order,
                [&](const PairResult& pair) { report.pairs.push_back(pair); });

  const std::vector<Area>& areas = data.plan->areas;
  report.areas.resize(areas.size());
  for (std::size_t a = 0; a < areas.size(); ++a) {
    report.areas[a].area = a;
    report.areas[a].area_id = areas[a].id;
  }
  std::vector<UnitResult> units(data.units.size());
  std::vector<TaskResult> tasks(data.tasks.size());
  std::map<std::string, GroupResult> levels;
  for (const char* key : {"MN", "TH", "THCS", "office"})
    levels[key].key = key;
  std::map<std::string, GroupResult> communes;  // keyed by sort key

  // The level and the commune of each unit, looked up once per unit rather than once per pair
  // (a commune enters the report when one of its units does, as before).
  std::vector<GroupResult*> unit_level(data.units.size());
  for (std::size_t u = 0; u < data.units.size(); ++u)
    unit_level[u] = &levels[std::string(level_key(data.units[u]))];
  std::vector<GroupResult*> unit_commune(data.units.size(), nullptr);
  std::unordered_map<std::string_view, GroupResult*> commune_by_name;
  auto commune_of = [&](std::size_t u) -> GroupResult& {
    if (!unit_commune[u]) {
      const std::string& name = data.units[u].commune;
      auto [found, inserted] = commune_by_name.try_emplace(name, nullptr);
      if (inserted)
        found->second = &communes[vietnamese_sort_key(name)];
      unit_commune[u] = found->second;
    }
    return *unit_commune[u];
  };
  // The area of each task, likewise.
  std::vector<std::optional<std::size_t>> task_area(data.tasks.size());
  for (std::size_t t = 0; t < data.tasks.size(); ++t)
    task_area[t] = index.area(data.tasks[t].area);

  for (std::size_t u = 0; u < data.units.size(); ++u) {
    units[u].unit = u;
    units[u].report = standing[u];
  }
  for (std::size_t t = 0; t < data.tasks.size(); ++t)
    tasks[t].task = t;
  for (std::size_t i = 0; i < report.pairs.size(); ++i) {
    const PairResult& pair = report.pairs[i];
    const Task& task = data.tasks[pair.task];
    const Unit& unit = data.units[pair.unit];
    const double weight = task.weight;
    add(report.overall, pair, weight);
    if (const auto& area = task_area[pair.task])
      add(report.areas[*area].completion, pair, weight);
    add(units[pair.unit].completion, pair, weight);
    add(tasks[pair.task].completion, pair, weight);
    add(unit_level[pair.unit]->completion, pair, weight);
    GroupResult& commune = commune_of(pair.unit);
    commune.key = unit.commune;
    add(commune.completion, pair, weight);
    if (pair.deadline_class == DeadlineClass::overdue)
      report.overdue_pairs.push_back(i);
    if (pair.deadline_class == DeadlineClass::done_late)
      report.done_late_pairs.push_back(i);
  }

  for (std::size_t u : unit_order) {
    if (!index.unit_has_tasks(u))
      continue;
    ++report.units_expected;
    ++unit_level[u]->units;
    GroupResult& commune = commune_of(u);
    commune.key = data.units[u].commune;
    ++commune.units;
    if (units[u].report) {
      ++report.units_reported;
    } else {
      report.missing_units.push_back(u);
    }
    report.units.push_back(units[u]);
  }
  for (std::size_t t : task_order)
    report.tasks.push_back(tasks[t]);
  for (const char* key : {"MN", "TH", "THCS", "office"}) {
    if (levels[key].units > 0)
      report.levels.push_back(levels[key]);
  }
  for (auto& [_, commune] : communes)
    report.communes.push_back(std::move(commune));

  report.has_due_dates = std::any_of(data.tasks.begin(), data.tasks.end(),
                                     [](const Task& task) { return task.due.has_value(); });
  report.submissions = compute_submissions(data, index, unit_order, request.period, request.as_of);

  for (const Period& period : periods_with_data(data)) {
    // A report shows the road to its period, not what came after it: a Q1 report made
    // again in July looks as it did in April.
    if (period.last_day() > request.period.last_day())
      continue;
    const ReportRequest point_request{period, period.last_day()};
    std::vector<Completion> per_area(areas.size());
    Completion overall;
    for_each_pair(data, index, point_request, standing_reports(data, index, period), unit_order,
                  task_order, [&](const PairResult& pair) {
                    const double weight = data.tasks[pair.task].weight;
                    add(overall, pair, weight);
                    if (const auto& area = task_area[pair.task])
                      add(per_area[*area], pair, weight);
                  });
    TrendPoint point;
    point.period = period.to_string();
    for (const Completion& completion : per_area)
      point.areas.push_back(completion.percent());
    point.overall = overall.percent();
    report.trend.push_back(std::move(point));
  }
  report.inspections = compute_inspections(data, request.period, request.as_of);
  report.outcomes = summarize_outcomes(*data.plan);
  return report;
}

std::vector<RankedUnit> rank_units(const PlanData& data, const Report& report) {
  // Tenths of a percent, the precision reports print.
  auto tenths = [](const UnitResult& unit) -> std::optional<long> {
    const auto percent = unit.completion.percent();
    if (!percent)
      return std::nullopt;
    return std::lround(*percent * 10);
  };
  std::vector<const UnitResult*> schools;
  std::vector<const UnitResult*> unranked;
  for (const UnitResult& unit : report.units) {
    const bool school = data.units[unit.unit].kind == UnitKind::school;
    (school && tenths(unit) ? schools : unranked).push_back(&unit);
  }
  // report.units is in alphabetical order and the sort is stable: ties stay alphabetical.
  std::stable_sort(schools.begin(), schools.end(), [&](const UnitResult* a, const UnitResult* b) {
    return *tenths(*a) > *tenths(*b);
  });
  std::vector<RankedUnit> ranked;
  for (std::size_t i = 0; i < schools.size(); ++i) {
    const bool tied = i > 0 && tenths(*schools[i]) == tenths(*schools[i - 1]);
    ranked.push_back(RankedUnit{schools[i], tied ? ranked.back().rank : i + 1});
  }
  std::stable_partition(unranked.begin(), unranked.end(), [&](const UnitResult* unit) {
    return data.units[unit->unit].kind == UnitKind::school;
  });
  for (const UnitResult* unit : unranked)
    ranked.push_back(RankedUnit{unit, std::nullopt});
  return ranked;
}

}  // namespace papi
