#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace papi {

// Submission class of a (period, unit) pair at an as-of date (docs/data-format.md, "Report
// submission"). The first five need a deadline for the period, the last two are for periods
// without one.
enum class SubmissionClass : std::uint8_t {
  on_time,
  late,
  undated,
  overdue,
  not_due,
  submitted,
  missing
};
constexpr std::size_t kSubmissionClassCount = 7;
std::string_view to_string(SubmissionClass value);

// The state of a (unit, task) pair as its record says, counted in every summary beside the
// deadline classes (docs/data-format.md, "State counts").
enum class PairState : std::uint8_t {
  done,
  in_progress,
  not_started,
  not_reported,
  not_applicable
};
constexpr std::size_t kPairStateCount = 5;
// In the order of the summaries' columns.
inline constexpr PairState kPairStates[kPairStateCount] = {
    PairState::done, PairState::in_progress, PairState::not_started, PairState::not_reported,
    PairState::not_applicable};
std::string_view to_string(PairState value);

}  // namespace papi
