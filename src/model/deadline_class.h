#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace papi {

// Deadline classes of a (unit, task) pair, judged at the report's as-of date
// (docs/data-format.md, "Deadline status").
enum class DeadlineClass : std::uint8_t {
  done_on_time,
  done_late,
  pending,
  overdue,
  not_reported,
  not_applicable
};
constexpr std::size_t kDeadlineClassCount = 6;

// Every class, in the order every report shows them.
inline constexpr DeadlineClass kDeadlineClasses[kDeadlineClassCount] = {
    DeadlineClass::done_on_time, DeadlineClass::done_late,    DeadlineClass::pending,
    DeadlineClass::overdue,      DeadlineClass::not_reported, DeadlineClass::not_applicable};
std::string_view to_string(DeadlineClass value);

}  // namespace papi
