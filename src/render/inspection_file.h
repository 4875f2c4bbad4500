#pragma once

#include <cstddef>
#include <string>

#include "model/date.h"
#include "model/plan.h"
#include "model/plan_index.h"

namespace papi {

// The blank inspection file of `papi template --inspection` (docs/inspections.md): an
// inspection of `unit` (an index into data.units) on `date`, of kind scheduled, with no
// findings, a commented example finding, and the tasks that apply to the unit as comments so
// that a finding can name its task. It is a valid inspection as it stands; its id (and file
// name) is inspection_id(). `data` must have passed validation.
std::string inspection_template_yaml(const PlanData& data, const PlanIndex& index, std::size_t unit,
                                     const Date& date, const std::string& schema_path);

// `<date>-<unit>`, e.g. 2021-04-22-thcs-me-so.
std::string inspection_id(const Unit& unit, const Date& date);

}  // namespace papi
