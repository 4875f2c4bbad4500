#pragma once

#include <string>
#include <string_view>

#include "i18n/language.h"
#include "model/deadline_class.h"
#include "model/period.h"
#include "model/plan.h"

namespace papi {

// Every word a report prints, in Vietnamese and English.
struct ReportLabels {
  std::string_view title_prefix;
  std::string_view period;
  std::string_view as_of;
  std::string_view issuer;
  std::string_view summary;
  std::string_view overall;
  std::string_view units_reported;
  std::string_view pairs;
  std::string_view by_area;
  std::string_view area;
  std::string_view completion;
  std::string_view progress_bar;
  std::string_view chart_alt;
  std::string_view trend;
  std::string_view all_areas;
  std::string_view ranking;
  std::string_view rank;
  std::string_view unit;
  std::string_view level;
  std::string_view commune;
  std::string_view reported;
  std::string_view yes;
  std::string_view no;
  std::string_view by_level;
  std::string_view units;
  std::string_view by_commune;
  std::string_view no_commune;
  std::string_view late_title;
  std::string_view task;
  std::string_view due;
  std::string_view state;
  std::string_view deadline;
  std::string_view none;
  std::string_view missing_title;
  std::string_view classes_note;
  std::string_view office_level;
  // Plain words: what a counted "pair" is, the abbreviations of the count columns, and how
  // units are ranked.
  std::string_view pairs_note;
  std::string_view counts_legend;
  std::string_view ranking_note;
  std::string_view not_ranked;
};

const ReportLabels& report_labels(Language language);
std::string_view deadline_label(DeadlineClass value, Language language);
std::string_view deadline_short_label(DeadlineClass value, Language language);
std::string_view state_label(TaskState state, Language language);
std::string level_label(std::string_view level_key, Language language);
std::string period_label(const Period& period, Language language);
std::string date_label(const Date& date, Language language);
std::string area_name(const Area& area, Language language);

}  // namespace papi
