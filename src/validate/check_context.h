#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.h"
#include "model/plan.h"

namespace papi {

// What the checks of validate/ share: located diagnostics, calendar dates, "did you mean"
// hints for unit ids, and the plan that dates are compared with.
class CheckContext {
 public:
  CheckContext(const PlanData& data, Diagnostics& diagnostics)
      : data_(data), files_(data.files), diagnostics_(diagnostics) {}
  // Locations index `files` rather than data.files: the reports of an import, checked against
  // a plan that does not hold them.
  CheckContext(const PlanData& data, const std::vector<std::string>& files,
               Diagnostics& diagnostics)
      : data_(data), files_(files), diagnostics_(diagnostics) {}

  Diagnostic& add(const Location& where, Severity severity, std::string code,
                  std::string_view message, std::string_view hint = {});

  // Reports `invalid-date` when `date` is not a day of the calendar.
  void check_date(const Date& date, const Location& where, std::string_view field);

  std::string suggestion_for_unit(std::string_view ref) const;

  // The plan that periods and dates are compared with: none when plan.yaml's year could not
  // be read (that error is reported), rather than a year 0 that every report would be outside.
  const Plan* dated_plan() const;

  // A value the schema already reported as missing has no location: nothing more to say.
  static bool present(const Location& where) { return where.line != 0; }

 private:
  const PlanData& data_;
  const std::vector<std::string>& files_;
  Diagnostics& diagnostics_;
};

}  // namespace papi
