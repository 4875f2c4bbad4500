#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "compute/inspection.h"
#include "i18n/language.h"
#include "model/plan.h"

namespace papi {

// The report's inspection section, one function per format (docs/inspections.md).

// The classes of the section's tables, in their order.
inline constexpr RemediationClass kRemediationClasses[] = {
    RemediationClass::fixed_on_time, RemediationClass::fixed_late, RemediationClass::open,
    RemediationClass::open_overdue};
// "Nhiệm vụ 5.2" or "Lĩnh vực 4": what a finding concerns.
std::string finding_subject(const Finding& finding, Language language);
// The name of the area of a group of findings by area (its key is the area id).
std::string finding_area_name(const Plan& plan, const std::string& key, Language language);
// The name of the unit an inspection visited (its id when units.yaml does not have it).
std::string inspected_unit_name(const PlanData& data, const Inspection& inspection);

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
