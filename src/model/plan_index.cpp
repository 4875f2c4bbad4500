#include "model/plan_index.h"

namespace papi {

bool is_group_ref(std::string_view ref) {
  return ref == "schools" || ref == "schools:MN" || ref == "schools:TH" || ref == "schools:THCS";
}

namespace {

bool in_group(std::string_view group, const Unit& unit) {
  if (unit.kind != UnitKind::school)
    return false;
  if (group == "schools")
    return true;
  return group.substr(std::string_view("schools:").size()) == to_string(unit.level);
}

}  // namespace

PlanIndex::PlanIndex(const PlanData& data) : unit_count_(data.units.size()) {
  // The first of duplicate ids wins; the validator reports the others.
  for (std::size_t i = 0; i < data.units.size(); ++i)
    units_.try_emplace(data.units[i].id, i);
  for (std::size_t i = 0; i < data.tasks.size(); ++i)
    tasks_.try_emplace(data.tasks[i].id, i);
  if (data.plan) {
    for (std::size_t i = 0; i < data.plan->areas.size(); ++i) {
      areas_.try_emplace(data.plan->areas[i].id, i);
    }
  }
  applies_.assign(data.tasks.size() * unit_count_, 0);
  unit_has_tasks_.assign(unit_count_, 0);
  for (std::size_t t = 0; t < data.tasks.size(); ++t) {
    const Task& task = data.tasks[t];
    auto mark = [&](std::string_view ref) {
      if (is_group_ref(ref)) {
        for (std::size_t u = 0; u < unit_count_; ++u) {
          if (in_group(ref, data.units[u]))
            applies_[t * unit_count_ + u] = 1;
        }
      } else if (auto u = unit(ref)) {
        applies_[t * unit_count_ + *u] = 1;
      }
    };
    if (task.has_applies_to) {
      for (const UnitRef& ref : task.applies_to)
        mark(ref.text);
    } else {
      mark(task.lead);
      for (const UnitRef& ref : task.partners)
        mark(ref.text);
    }
    for (std::size_t u = 0; u < unit_count_; ++u) {
      if (applies_[t * unit_count_ + u])
        unit_has_tasks_[u] = 1;
    }
  }
}

std::optional<std::size_t> PlanIndex::unit(std::string_view id) const {
  const auto found = units_.find(std::string(id));
  if (found == units_.end())
    return std::nullopt;
  return found->second;
}

std::optional<std::size_t> PlanIndex::task(std::string_view id) const {
  const auto found = tasks_.find(std::string(id));
  if (found == tasks_.end())
    return std::nullopt;
  return found->second;
}

std::optional<std::size_t> PlanIndex::area(int id) const {
  const auto found = areas_.find(id);
  if (found == areas_.end())
    return std::nullopt;
  return found->second;
}

bool PlanIndex::is_known_ref(std::string_view ref) const {
  return is_group_ref(ref) || unit(ref).has_value();
}

bool PlanIndex::unit_has_tasks(std::size_t unit) const {
  return unit_has_tasks_[unit] != 0;
}

std::vector<std::size_t> tasks_for_unit(const PlanData& data, const PlanIndex& index,
                                        std::size_t unit) {
  std::vector<std::size_t> tasks;
  for (std::size_t t = 0; t < data.tasks.size(); ++t) {
    if (index.applies(t, unit))
      tasks.push_back(t);
  }
  return tasks;
}

std::string unit_name(std::string_view id, const PlanData& data) {
  for (const Unit& unit : data.units) {
    if (unit.id == id)
      return unit.name;
  }
  return std::string(id);
}

}  // namespace papi
