#pragma once

#include <string_view>

#include "i18n/language.h"

namespace papi {

// The words of the outcomes section of a report and of `papi rollup`, in Vietnamese and
// English.
struct OutcomeLabels {
  std::string_view outcomes_title;
  std::string_view result_in;  // "Result {year}"
  std::string_view target_in;  // "Target {year}"
  std::string_view change;
  std::string_view total_score;
  std::string_view rank;
  std::string_view sources;
  // papi rollup
  std::string_view rollup_title;
  std::string_view plans;
  std::string_view plan;
  std::string_view period;
  std::string_view total;
  std::string_view by_area;
  std::string_view by_plan;
  std::string_view units_reported;
  std::string_view pairs;
  std::string_view completion;
  std::string_view area;
  std::string_view outcomes_by_plan;
  std::string_view year;
};

const OutcomeLabels& outcome_labels(Language language);

}  // namespace papi
