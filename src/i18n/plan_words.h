#pragma once

#include <string>
#include <string_view>

#include "model/plan.h"

namespace papi {

// Vietnamese wording of model values, as the plan's own table writes them (plan document,
// report forms).
std::string unit_ref_label_vi(std::string_view ref, const PlanData& data);
std::string schedule_label_vi(const Task& task);

}  // namespace papi
