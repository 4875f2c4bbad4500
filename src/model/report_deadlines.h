#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/date.h"
#include "model/location.h"
#include "model/period.h"

namespace papi {

// `report_deadlines` of plan.yaml: when each unit's report for a period is due at the office
// (docs/data-format.md, "Report deadlines").
struct ReportDeadline {
  std::string period_text;       // the key as written
  std::optional<Period> period;  // absent when the key is not a period id
  Date due;
  Location key_location;
  Location due_location;

  bool operator==(const ReportDeadline&) const = default;
};

struct ReportDeadlines {
  std::vector<ReportDeadline> entries;  // in file order
  Location location;

  // The deadline of exactly this period, if the plan gives one.
  std::optional<Date> due(const Period& period) const {
    for (const ReportDeadline& entry : entries) {
      if (entry.period == period)
        return entry.due;
    }
    return std::nullopt;
  }
  bool empty() const { return entries.empty(); }

  bool operator==(const ReportDeadlines&) const = default;
};

}  // namespace papi
