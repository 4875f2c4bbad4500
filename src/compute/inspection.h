#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.h"
#include "model/inspection.h"
#include "model/period.h"
#include "model/plan.h"

namespace papi {

// The class of `finding` at `as_of`, as things stood then: fixed after as_of is still open.
RemediationClass remediation_class(const Finding& finding, const Date& as_of);

struct FindingCounts {
  std::array<std::size_t, kRemediationClassCount> classes{};
  std::size_t total = 0;
  std::size_t verified = 0;  // verified at the as-of date

  std::size_t count(RemediationClass value) const {
    return classes[static_cast<std::size_t>(value)];
  }
};

// One finding the report counts.
struct CountedFinding {
  std::size_t inspection = 0;  // index into PlanData::inspections
  std::size_t finding = 0;     // index into Inspection::findings
  int area = 0;                // the finding's area, or its task's area
  RemediationClass remediation = RemediationClass::open;
  bool verified = false;  // verified at the as-of date
  int days_overdue = 0;   // as-of minus due, for open_overdue
};

struct FindingGroup {
  std::string key;  // area id, unit id, level (MN, TH, THCS, office) or inspection kind
  FindingCounts counts;
};

struct ReinspectionDue {
  std::size_t unit = 0;  // index into PlanData::units
  std::size_t fixed_unverified = 0;
  std::size_t overdue = 0;
  Date last_inspection;  // the unit's latest inspection dated on or before the as-of date
};

struct InspectionSection {
  std::array<std::size_t, kInspectionKindCount> held_by_kind{};  // inspections held in the period
  std::size_t held = 0;
  std::vector<CountedFinding> findings;  // by inspection id, then finding id
  FindingCounts total;
  std::vector<FindingGroup> by_area;          // areas with findings, plan order
  std::vector<FindingGroup> by_unit;          // units with findings, Vietnamese order of names
  std::vector<FindingGroup> by_level;         // MN, TH, THCS, office; those with findings
  std::vector<FindingGroup> by_kind;          // kind of the inspection that found them; all three
  std::vector<std::size_t> overdue;           // indexes into `findings`, most overdue first
  std::vector<ReinspectionDue> reinspection;  // Vietnamese order of unit names
};

// The inspection section of the report for `period` at `as_of`; nothing when the plan has no
// inspections. `data` must have passed validation without errors.
std::optional<InspectionSection> compute_inspections(const PlanData& data, const Period& period,
                                                     const Date& as_of);

}  // namespace papi
