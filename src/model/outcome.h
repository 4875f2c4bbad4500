#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/location.h"

namespace papi {

// `outcomes` of plan.yaml (docs/data-format.md): the index the plan exists to raise, as
// published (results) or aimed at (targets), one entry per year and kind.
enum class OutcomeKind { result, target };

std::string_view to_string(OutcomeKind kind);
std::optional<OutcomeKind> parse_outcome_kind(std::string_view text);

struct AreaScore {
  int area = 0;
  double score = 0;
  Location area_location;
  Location score_location;

  bool operator==(const AreaScore&) const = default;
};

struct Outcome {
  int year = 0;
  OutcomeKind kind = OutcomeKind::result;
  std::optional<double> total;
  std::optional<int> rank;
  std::optional<int> of;  // how many were ranked
  std::string source;     // empty when absent
  std::vector<AreaScore> areas;
  Location location;
  Location total_location;
  Location rank_location;

  bool operator==(const Outcome&) const = default;
};

}  // namespace papi
