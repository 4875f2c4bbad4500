#pragma once

#include <string_view>

#include "i18n/language.h"

namespace papi {

// The words of the report workbook (`papi report --format xlsx`) that the report's other
// formats do not have, in Vietnamese and English: sheet names and column headings.
struct WorkbookLabels {
  std::string_view overview_sheet;
  std::string_view areas_sheet;
  std::string_view units_sheet;
  std::string_view levels_sheet;
  std::string_view communes_sheet;
  std::string_view tasks_sheet;
  std::string_view records_sheet;
  std::string_view submissions_sheet;
  std::string_view id;
  std::string_view name_en;
  std::string_view report_period;  // the period of the report a pair's value comes from
  std::string_view weight;
  std::string_view value;
  std::string_view completed;
  std::string_view evidence;
  std::string_view reason;
  std::string_view units_expected;
  std::string_view plan;
  std::string_view not_reported;
  std::string_view period;  // a period of the submissions sheet
  // The findings sheet (inspections/).
  std::string_view findings_sheet;
  std::string_view inspection_date;
  std::string_view fixed;
  std::string_view remediation;
};

const WorkbookLabels& workbook_labels(Language language);

}  // namespace papi
