#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "compute/inspection.h"
#include "i18n/language.h"
#include "model/plan.h"

namespace papi {

// The report's inspection section, one function per format (docs/inspections.md).

// "## Kiểm tra, giám sát" and its tables.
std::string render_inspections_markdown(const PlanData& data, const InspectionSection& section,
                                        const Date& as_of, Language language);

// The value of the report's "inspections" key.
nlohmann::ordered_json render_inspections_json(const PlanData& data,
                                               const InspectionSection& section);

// `--by finding`: inspection,unit,date,kind,finding,area,task,due,state,fixed,class; a header
// only when the plan has no inspections.
std::string render_findings_csv(const PlanData& data, const InspectionSection* section);

}  // namespace papi
