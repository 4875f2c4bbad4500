#include "compute/plan_diff.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "compute/report.h"

namespace papi {

namespace {

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items)
    out += item + "\x1f";
  return out;
}

std::vector<std::string> ref_texts(const std::vector<UnitRef>& refs) {
  std::vector<std::string> out;
  for (const UnitRef& ref : refs)
    out.push_back(ref.text);
  return out;
}

std::string optional_date(const std::optional<Date>& date) {
  return date ? date->to_string() : std::string{};
}

// (field name, value as text) of each entity, in file order; values compare as text.
using Fields = std::vector<std::pair<std::string, std::string>>;

Fields fields_of(const Area& a) {
  return {{"name", a.name}, {"name_en", a.name_en}, {"objective", a.objective}};
}

Fields fields_of(const Unit& u) {
  return {{"name", u.name},
          {"kind", std::string(to_string(u.kind))},
          {"level", std::string(to_string(u.level))},
          {"commune", u.commune},
          {"parent", u.parent}};
}

Fields fields_of(const Task& t) {
  return {{"area", std::to_string(t.area)},
          {"title", t.title},
          {"product", t.product},
          {"lead", t.lead},
          {"partners", join(ref_texts(t.partners))},
          {"schedule", optional_date(t.due)},
          {"applies_to", (t.has_applies_to ? "1" : "0") + join(ref_texts(t.applies_to))},
          {"weight", fmt::format("{}", t.weight)},
          {"note", t.note}};
}

Fields fields_of(const Plan& p) {
  std::string sections;
  for (const Section& s : p.sections)
    sections += s.title + "\x1e" + join(s.items) + "\x1d";
  return {{"id", p.id},
          {"number", p.number},
          {"title", p.title},
          {"issuer", p.issuer},
          {"signer", p.signer},
          {"issued", p.issued.to_string()},
          {"year", std::to_string(p.year)},
          {"reporting", std::string(cadence_name(p.reporting))},
          {"purposes", join(p.purposes)},
          {"requirements", join(p.requirements)},
          {"sections", sections},
          {"recipients", join(p.recipients)}};
}

std::vector<std::string> changed_fields(const Fields& before, const Fields& after) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < before.size() && i < after.size(); ++i) {
    if (before[i].second != after[i].second)
      out.push_back(after[i].first);
  }
  return out;
}

std::string id_text(int id) {
  return std::to_string(id);
}
std::string id_text(const std::string& id) {
  return id;
}
std::string name_of(const Area& a) {
  return a.name;
}
std::string name_of(const Unit& u) {
  return u.name;
}
std::string name_of(const Task& t) {
  return t.title;
}

template <typename Entity>
EntityChanges compare_entities(const std::vector<Entity>& before,
                               const std::vector<Entity>& after) {
  EntityChanges changes;
  std::map<std::string, const Entity*> earlier;
  for (const Entity& e : before)
    earlier.emplace(id_text(e.id), &e);
  std::set<std::string> later;
  for (const Entity& e : after) {
    const std::string id = id_text(e.id);
    later.insert(id);
    auto found = earlier.find(id);
    if (found == earlier.end()) {
      changes.added.push_back(EntityRef{id, name_of(e)});
      continue;
    }
    std::vector<std::string> fields = changed_fields(fields_of(*found->second), fields_of(e));
    if (!fields.empty())
      changes.edited.push_back(EntityEdit{id, name_of(e), std::move(fields)});
  }
  for (const Entity& e : before) {
    if (!later.count(id_text(e.id)))
      changes.removed.push_back(EntityRef{id_text(e.id), name_of(e)});
  }
  return changes;
}

std::string record_text(const Record& r) {
  return fmt::format("{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}", to_string(r.state),
                     r.state == TaskState::in_progress ? fmt::format("{}", r.progress) : "",
                     optional_date(r.completed), r.evidence, r.reason, r.note);
}

std::string unit_name_in(const PlanData& a, const PlanData& b, const std::string& id) {
  for (const PlanData* data : {&a, &b}) {
    for (const Unit& u : data->units) {
      if (u.id == id)
        return u.name;
    }
  }
  return id;
}

std::vector<ReportChange> compare_reports(const PlanData& before, const PlanData& after) {
  using Key = std::pair<std::string, std::string>;  // period folder, unit
  std::map<Key, const StatusReport*> earlier;
  std::map<Key, const StatusReport*> later;
  for (const StatusReport& r : before.reports)
    earlier.emplace(Key{r.folder_period, r.file_unit}, &r);
  for (const StatusReport& r : after.reports)
    later.emplace(Key{r.folder_period, r.file_unit}, &r);
  std::set<Key> keys;
  for (const auto& [key, report] : earlier)
    keys.insert(key);
  for (const auto& [key, report] : later)
    keys.insert(key);

  std::vector<ReportChange> changes;
  for (const Key& key : keys) {
    const auto e = earlier.find(key);
    const auto l = later.find(key);
    ReportChange change;
    change.period = key.first;
    change.unit = key.second;
    change.unit_name = unit_name_in(after, before, key.second);
    if (e == earlier.end()) {
      change.kind = ReportChangeKind::added;
      change.records_after = change.records_added = l->second->records.size();
      changes.push_back(std::move(change));
      continue;
    }
    if (l == later.end()) {
      change.kind = ReportChangeKind::removed;
      change.records_before = change.records_removed = e->second->records.size();
      changes.push_back(std::move(change));
      continue;
    }
    change.records_before = e->second->records.size();
    change.records_after = l->second->records.size();
    std::map<std::string, std::string> old_records;
    for (const Record& r : e->second->records)
      old_records.emplace(r.task, record_text(r));
    std::set<std::string> new_tasks;
    for (const Record& r : l->second->records) {
      new_tasks.insert(r.task);
      auto found = old_records.find(r.task);
      if (found == old_records.end()) {
        ++change.records_added;
      } else if (found->second != record_text(r)) {
        ++change.records_changed;
      }
    }
    for (const auto& [task, text] : old_records) {
      if (!new_tasks.count(task))
        ++change.records_removed;
    }
    change.submitted_changed = e->second->submitted != l->second->submitted ||
                               e->second->period_text != l->second->period_text;
    if (change.records_added + change.records_removed + change.records_changed > 0 ||
        change.submitted_changed) {
      changes.push_back(std::move(change));
    }
  }
  return changes;
}

// The report of one version for the period, if the version can report on it.
std::optional<Report> report_for(const PlanData& data, const Period& period) {
  if (!data.plan || unsupported_period(data, period))
    return std::nullopt;
  return compute_report(data, ReportRequest{period, period.last_day()});
}

// Units whose submission class differs, for each period of the compared report's cadence.
std::vector<SubmissionChange> compare_submissions(const PlanData& before,
                                                  const std::optional<Report>& earlier,
                                                  const PlanData& after,
                                                  const std::optional<Report>& latest) {
  std::vector<SubmissionChange> changes;
  if (!earlier || !latest)
    return changes;
  for (const PeriodSubmissions& later_period : latest->submissions.periods) {
    std::map<std::string, SubmissionClass> was;
    for (const PeriodSubmissions& earlier_period : earlier->submissions.periods) {
      if (earlier_period.period != later_period.period)
        continue;
      for (const UnitSubmission& entry : earlier_period.units)
        was.emplace(before.units[entry.unit].id, entry.submission_class);
    }
    for (const UnitSubmission& entry : later_period.units) {
      const Unit& unit = after.units[entry.unit];
      const auto found = was.find(unit.id);
      std::optional<SubmissionClass> old;
      if (found != was.end()) {
        old = found->second;
        was.erase(found);
      }
      if (old != entry.submission_class)
        changes.push_back({unit.id, unit.name, later_period.period, old, entry.submission_class});
    }
    for (const auto& [id, old] : was) {
      const std::string_view unit_id = id;  // a lambda cannot capture a binding in clang 14
      const auto unit = std::find_if(before.units.begin(), before.units.end(),
                                     [&](const Unit& u) { return u.id == unit_id; });
      changes.push_back({id, unit->name, later_period.period, old, std::nullopt});
    }
  }
  return changes;
}

}  // namespace

PlanDiff diff_plans(const PlanData& before, const PlanData& after,
                    const std::optional<Period>& period) {
  PlanDiff diff;
  const Plan* later_plan = after.plan ? &*after.plan : (before.plan ? &*before.plan : nullptr);
  if (later_plan)
    diff.plan_number = later_plan->number;
  if (before.plan && after.plan) {
    diff.plan_fields = changed_fields(fields_of(*before.plan), fields_of(*after.plan));
    diff.areas = compare_entities(before.plan->areas, after.plan->areas);
  }
  diff.units = compare_entities(before.units, after.units);
  diff.tasks = compare_entities(before.tasks, after.tasks);
  diff.reports = compare_reports(before, after);
  diff.findings = diff_findings(before, after);

  diff.period = period;
  if (!diff.period) {
    std::vector<Period> periods = periods_with_data(before);
    const std::vector<Period> later = periods_with_data(after);
    periods.insert(periods.end(), later.begin(), later.end());
    if (!periods.empty())
      diff.period = *std::max_element(periods.begin(), periods.end());
  }
  if (!diff.period)
    return diff;
  diff.as_of = diff.period->last_day();

  const std::optional<Report> earlier = report_for(before, *diff.period);
  const std::optional<Report> latest = report_for(after, *diff.period);
  diff.overall.id = "overall";
  diff.overall.in_before = earlier.has_value();
  diff.overall.in_after = latest.has_value();
  if (earlier) {
    diff.overall.before = earlier->overall.percent();
    diff.units_expected_before = earlier->units_expected;
    diff.units_reported_before = earlier->units_reported;
  }
  if (latest) {
    diff.overall.after = latest->overall.percent();
    diff.units_expected_after = latest->units_expected;
    diff.units_reported_after = latest->units_reported;
  }

  // Areas, by id.
  std::map<int, CompletionChange> areas;
  auto add_areas = [&](const PlanData& data, const std::optional<Report>& report, bool later_side) {
    if (!data.plan)
      return;
    for (const Area& area : data.plan->areas) {
      CompletionChange& row = areas[area.id];
      row.id = std::to_string(area.id);
      if (later_side || row.name.empty()) {
        row.name = area.name;
        row.name_en = area.name_en;
      }
      (later_side ? row.in_after : row.in_before) = true;
    }
    if (!report)
      return;
    for (const AreaResult& result : report->areas)
      (later_side ? areas[result.area_id].after : areas[result.area_id].before) =
          result.completion.percent();
  };
  add_areas(before, earlier, false);
  add_areas(after, latest, true);
  for (auto& [id, row] : areas)
    diff.area_completion.push_back(std::move(row));

  // Units: the later version's order, then those only the earlier one has.
  std::map<std::string, std::size_t> position;
  auto unit_row = [&](const std::string& id, const std::string& name) -> CompletionChange& {
    auto found = position.find(id);
    if (found != position.end())
      return diff.unit_completion[found->second];
    position.emplace(id, diff.unit_completion.size());
    diff.unit_completion.push_back(CompletionChange{id, name, {}, {}, {}, false, false});
    return diff.unit_completion.back();
  };
  if (latest) {
    for (const UnitResult& unit : latest->units) {
      const Unit& u = after.units[unit.unit];
      CompletionChange& row = unit_row(u.id, u.name);
      row.in_after = true;
      row.after = unit.completion.percent();
    }
  }
  if (earlier) {
    for (const UnitResult& unit : earlier->units) {
      const Unit& u = before.units[unit.unit];
      CompletionChange& row = unit_row(u.id, u.name);
      row.in_before = true;
      row.before = unit.completion.percent();
    }
  }
  diff.submissions = compare_submissions(before, earlier, after, latest);
  return diff;
}

}  // namespace papi
