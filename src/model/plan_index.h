#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/plan.h"

namespace papi {

// Lookups over a loaded plan: ids to positions, and which units each task applies to.
// Built once after loading; shared by the validator and the compute layer.
class PlanIndex {
 public:
  explicit PlanIndex(const PlanData& data);

  std::optional<std::size_t> unit(std::string_view id) const;
  std::optional<std::size_t> task(std::string_view id) const;
  std::optional<std::size_t> area(int id) const;

  // True when `ref` names a unit or a group (`schools`, `schools:MN`, ...).
  bool is_known_ref(std::string_view ref) const;
  bool applies(std::size_t task, std::size_t unit) const {
    return applies_[task * unit_count_ + unit] != 0;
  }
  // Units that report on at least one task.
  bool unit_has_tasks(std::size_t unit) const;

 private:
  std::size_t unit_count_ = 0;
  std::unordered_map<std::string, std::size_t> units_;
  std::unordered_map<std::string, std::size_t> tasks_;
  std::unordered_map<int, std::size_t> areas_;
  std::vector<unsigned char> applies_;
  std::vector<unsigned char> unit_has_tasks_;
};

// The tasks that apply to unit `unit` (an index into data.units), in the order of tasks.yaml.
std::vector<std::size_t> tasks_for_unit(const PlanData& data, const PlanIndex& index,
                                        std::size_t unit);

// The name of unit `id`, or the id itself when units.yaml does not list it.
std::string unit_name(std::string_view id, const PlanData& data);

bool is_group_ref(std::string_view ref);

}  // namespace papi
