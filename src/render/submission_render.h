#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "compute/report.h"
#include "i18n/language.h"
#include "model/plan.h"

namespace papi {

// The report's section on submissions (docs/reports.md, "Report submission"), one function
// per format.
// The classes a period's counts show: those of a period with a deadline, or sent / not sent.
std::vector<SubmissionClass> submission_classes_shown(const PeriodSubmissions& period);
// A unit that did not send on time, for the list of the section.
bool sent_on_time(const UnitSubmission& entry);
// When the unit's file was sent, "(after the as-of date)" when the office did not have it then;
// empty without a date.
std::string submission_sent_text(const UnitSubmission& entry, const Date& as_of, Language language);

std::string submission_section_markdown(const PlanData& data, const Report& report,
                                        Language language);
nlohmann::ordered_json submission_section_json(const PlanData& data, const Report& report);
// `--by submission`: period,unit,due,submitted,class.
std::string submission_table_csv(const PlanData& data, const Report& report);
// The units of one period in the order of the submission table: by unit id, as the contract
// sorts the rows of `--by submission` (not by the names' alphabetical order).
std::vector<const UnitSubmission*> submissions_by_unit_id(const PlanData& data,
                                                          const PeriodSubmissions& period);

}  // namespace papi
