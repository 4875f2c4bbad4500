#include <algorithm>

#include <fmt/format.h>

#include "render/escape.h"
#include "render/submission_render.h"

namespace papi {

std::vector<const UnitSubmission*> submissions_by_unit_id(const PlanData& data,
                                                          const PeriodSubmissions& period) {
  std::vector<const UnitSubmission*> rows;
  for (const UnitSubmission& entry : period.units)
    rows.push_back(&entry);
  std::sort(rows.begin(), rows.end(), [&](const UnitSubmission* a, const UnitSubmission* b) {
    return data.units[a->unit].id < data.units[b->unit].id;
  });
  return rows;
}

std::string submission_table_csv(const PlanData& data, const Report& report) {
  std::string out = "period,unit,due,submitted,class\r\n";
  for (const PeriodSubmissions& period : report.submissions.history) {
    for (const UnitSubmission* entry : submissions_by_unit_id(data, period)) {
      const StatusReport* file = entry->report;
      out += fmt::format("{},{},{},{},{}\r\n", period.period.to_string(),
                         csv_text_field(data.units[entry->unit].id),
                         period.due ? period.due->to_string() : std::string{},
                         file && file->submitted ? file->submitted->to_string() : std::string{},
                         to_string(entry->submission_class));
    }
  }
  return out;
}

}  // namespace papi
