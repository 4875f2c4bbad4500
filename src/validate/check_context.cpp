#include "validate/check_context.h"

#include <fmt/format.h>

#include "i18n/messages.h"
#include "util/edit_distance.h"

namespace papi {

Diagnostic& CheckContext::add(const Location& where, Severity severity, std::string code,
                              std::string_view message, std::string_view hint) {
  Diagnostic d;
  d.file = where.file < files_.size() ? files_[where.file] : std::string{};
  d.line = where.line;
  d.column = where.column;
  d.severity = severity;
  d.code = std::move(code);
  d.message = message;
  d.hint = hint;
  diagnostics_.push_back(std::move(d));
  return diagnostics_.back();
}

void CheckContext::check_date(const Date& date, const Location& where, std::string_view field) {
  if (date.is_valid())
    return;
  add(where, Severity::error, "invalid-date",
      trf("`{}` {} is not a date of the calendar", field, date.to_string()),
      date.month >= 1 && date.month <= 12
          ? trf("{:04}-{:02} has {} days", date.year, date.month,
                days_in_month(date.year, date.month))
          : std::string(tr("months run from 01 to 12; write dates as YYYY-MM-DD")));
}

std::string CheckContext::suggestion_for_unit(std::string_view ref) const {
  std::vector<std::string> ids;
  for (const Unit& unit : data_.units)
    ids.push_back(unit.id);
  const std::string best = closest_match(ref, ids);
  if (!best.empty())
    return trf("did you mean `{}`?", shown_value(best));
  return std::string(
      tr("use a unit id from units.yaml, or a group: schools, schools:MN, "
         "schools:TH, schools:THCS"));
}

const Plan* CheckContext::dated_plan() const {
  // The range of plan.schema.json: a year outside it was reported and cannot be trusted.
  const bool readable = data_.plan && data_.plan->year >= 1900 && data_.plan->year <= 2999;
  return readable ? &*data_.plan : nullptr;
}

}  // namespace papi
