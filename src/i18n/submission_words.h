#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "i18n/language.h"
#include "model/submission_class.h"

namespace papi {

// Every word of the report's section on submissions and of the state counts, in Vietnamese
// and English.
struct SubmissionLabels {
  std::string_view title;         // the section
  std::string_view due;           // "Hạn gửi"
  std::string_view no_deadline;   // a period without one
  std::string_view submitted;     // "Ngày gửi"
  std::string_view class_header;  // "Tình hình gửi"
  std::string_view overall;       // the total row
  std::string_view history;       // the units × periods table
  std::string_view punctuality;   // "Đúng hạn / đến hạn"
  std::string_view not_on_time;   // the list of units that did not send on time
  std::string_view all_on_time;   // when that list is empty
  std::string_view by_level;
  std::string_view by_commune;
  std::string_view pairs;         // the count column of the summary's tables
  std::string_view no_due_dates;  // why the report has no deadline columns
  std::string_view after_as_of;   // a file sent after the as-of date
  // {0} units whose file came after the as-of date, next to the count of units that reported
  std::string_view sent_after_as_of_note;
};

const SubmissionLabels& submission_labels(Language language);
// "Gửi đúng hạn", as in docs/data-format.md.
std::string_view submission_label(SubmissionClass value, Language language);
// A cell of the units × periods table: "Đúng hạn", "Muộn 3 ngày", "Quá hạn 5 ngày", ...
std::string submission_cell(SubmissionClass value, const std::optional<int>& days,
                            Language language);

// The states counted in every summary.
std::string_view pair_state_label(PairState state, Language language);
std::string_view pair_state_short_label(PairState state, Language language);

}  // namespace papi
