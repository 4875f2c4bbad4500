#pragma once

#include <string_view>

#include "i18n/language.h"

namespace papi {

// Every word `papi diff` prints, in Vietnamese and English.
struct DiffLabels {
  std::string_view title;
  std::string_view from;
  std::string_view to;
  std::string_view working_tree;
  std::string_view summary;
  std::string_view added;
  std::string_view removed;
  std::string_view edited;
  std::string_view areas;
  std::string_view units;
  std::string_view tasks;
  std::string_view reports;
  std::string_view no_changes;
  std::string_view completion_line;  // {period}: {before} → {after} ({change})
  std::string_view units_reported;
  std::string_view no_period;
  std::string_view plan_section;
  std::string_view plan_fields;
  std::string_view areas_section;
  std::string_view units_section;
  std::string_view tasks_section;
  std::string_view reports_section;
  std::string_view change;
  std::string_view id;
  std::string_view name;
  std::string_view task_title;
  std::string_view fields;
  std::string_view period;
  std::string_view unit;
  std::string_view records;
  std::string_view by_area;
  std::string_view by_unit;
  std::string_view area;
  std::string_view before;
  std::string_view after;
  std::string_view difference;
  std::string_view overall;
  std::string_view unchanged_units;
  std::string_view all_units_unchanged;
  std::string_view records_added;
  std::string_view records_removed;
  std::string_view records_changed;
  std::string_view submitted_changed;
  std::string_view points;
  std::string_view submissions_section;  // "{}" is the period
  std::string_view not_reporting;        // a unit that does not report in that version
};

const DiffLabels& diff_labels(Language language);

}  // namespace papi
