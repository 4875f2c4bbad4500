#pragma once

#include <string>
#include <vector>

#include "model/plan.h"

namespace papi {

// The findings of inspections/ that changed between two versions of a plan (`papi diff`):
// added or removed, and those fixed or verified since (a finding both fixed and verified in
// between is told as verified).
enum class FindingChangeKind { added, removed, fixed, verified };

struct FindingChange {
  std::string inspection;
  std::string unit;
  int finding = 0;
  std::string text;
  FindingChangeKind kind = FindingChangeKind::added;
  std::string date;  // fixed: the `fixed` date; verified: the follow-up's id; else empty
};

std::string_view to_string(FindingChangeKind kind);

// Sorted by inspection id, then finding id.
std::vector<FindingChange> diff_findings(const PlanData& before, const PlanData& after);

}  // namespace papi
