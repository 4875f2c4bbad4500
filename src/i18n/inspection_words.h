#pragma once

#include <string_view>

#include "i18n/language.h"
#include "model/inspection.h"

namespace papi {

// Every word of the report's inspection section, in Vietnamese and English.
struct InspectionLabels {
  std::string_view title;
  std::string_view scope;  // "{}" is the as-of date
  std::string_view held_title;
  std::string_view kind;
  std::string_view inspections;
  std::string_view total;
  std::string_view by_area;
  std::string_view area;
  std::string_view findings;
  std::string_view verified;
  std::string_view overdue_title;
  std::string_view unit;
  std::string_view finding;
  std::string_view task_or_area;
  std::string_view task_ref;  // "{}" is the task id
  std::string_view area_ref;  // "{}" is the area id
  std::string_view due;
  std::string_view days_overdue;
  std::string_view reinspection_title;
  std::string_view fixed_unverified;
  std::string_view overdue;
  std::string_view last_inspection;
  std::string_view none;
  // papi diff
  std::string_view diff_title;
  std::string_view diff_inspection;
  std::string_view diff_change;
};

const InspectionLabels& inspection_labels(Language language);
std::string_view remediation_label(RemediationClass value, Language language);
std::string_view inspection_kind_label(InspectionKind kind, Language language);
// "added", "removed", "fixed", "verified" in `papi diff`, by FindingChangeKind's name.
std::string_view finding_change_label(std::string_view kind, Language language);

}  // namespace papi
