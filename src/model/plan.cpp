#include "model/plan.h"

#include <charconv>

namespace papi {

std::string_view to_string(UnitKind kind) {
  switch (kind) {
    case UnitKind::office:
      return "office";
    case UnitKind::department:
      return "department";
    case UnitKind::school:
      return "school";
  }
  return "school";
}

std::string_view to_string(SchoolLevel level) {
  switch (level) {
    case SchoolLevel::none:
      return "";
    case SchoolLevel::MN:
      return "MN";
    case SchoolLevel::TH:
      return "TH";
    case SchoolLevel::THCS:
      return "THCS";
  }
  return "";
}

std::string_view to_string(TaskState state) {
  switch (state) {
    case TaskState::done:
      return "done";
    case TaskState::in_progress:
      return "in_progress";
    case TaskState::not_started:
      return "not_started";
    case TaskState::not_applicable:
      return "not_applicable";
  }
  return "not_started";
}

std::optional<UnitKind> parse_unit_kind(std::string_view text) {
  if (text == "office")
    return UnitKind::office;
  if (text == "department")
    return UnitKind::department;
  if (text == "school")
    return UnitKind::school;
  return std::nullopt;
}

std::optional<SchoolLevel> parse_school_level(std::string_view text) {
  if (text == "MN")
    return SchoolLevel::MN;
  if (text == "TH")
    return SchoolLevel::TH;
  if (text == "THCS")
    return SchoolLevel::THCS;
  return std::nullopt;
}

std::optional<TaskState> parse_task_state(std::string_view text) {
  if (text == "done")
    return TaskState::done;
  if (text == "in_progress")
    return TaskState::in_progress;
  if (text == "not_started")
    return TaskState::not_started;
  if (text == "not_applicable")
    return TaskState::not_applicable;
  return std::nullopt;
}

namespace {
// Splits "12.3" into its numbers; anything unparsable sorts after, by text.
bool split_task_id(std::string_view id, long& major, long& minor) {
  const auto dot = id.find('.');
  if (dot == std::string_view::npos)
    return false;
  auto first = std::from_chars(id.data(), id.data() + dot, major);
  auto second = std::from_chars(id.data() + dot + 1, id.data() + id.size(), minor);
  return first.ec == std::errc{} && first.ptr == id.data() + dot && second.ec == std::errc{} &&
         second.ptr == id.data() + id.size();
}
}  // namespace

bool task_id_less(std::string_view a, std::string_view b) {
  long a_major = 0, a_minor = 0, b_major = 0, b_minor = 0;
  const bool a_ok = split_task_id(a, a_major, a_minor);
  const bool b_ok = split_task_id(b, b_major, b_minor);
  if (a_ok != b_ok)
    return a_ok;
  if (!a_ok)
    return a < b;
  if (a_major != b_major)
    return a_major < b_major;
  if (a_minor != b_minor)
    return a_minor < b_minor;
  return a < b;
}

std::string_view level_key(const Unit& unit) {
  return unit.kind == UnitKind::school ? to_string(unit.level) : std::string_view("office");
}

bool period_fits_plan(const Plan& plan, const Period& period) {
  return period.year == plan.year && period.cadence == plan.reporting;
}

}  // namespace papi

namespace papi {
// docs/performance.md: the country's 5 million records must fit in memory.
static_assert(sizeof(Record) <= 56, "keep Record small");
}  // namespace papi
