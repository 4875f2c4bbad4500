#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.h"
#include "model/location.h"

namespace papi {

// Inspections of plan section II.3 (docs/inspections.md): inspections/<id>.yaml.

enum class InspectionKind { scheduled, unannounced, follow_up };
constexpr std::size_t kInspectionKindCount = 3;
enum class FindingState { open, fixed, verified };

// Remediation classes of a finding at an as-of date (docs/inspections.md); compute/ judges them.
enum class RemediationClass : std::uint8_t { fixed_on_time, fixed_late, open, open_overdue };
constexpr std::size_t kRemediationClassCount = 4;

struct Finding {
  int id = 0;
  std::string task;         // empty when the finding names an area
  std::optional<int> area;  // as written; a task's area is looked up in tasks.yaml
  std::string text;         // `finding`
  std::string remedy;       // empty when absent
  Date due;
  FindingState state = FindingState::open;
  std::optional<Date> fixed;
  std::string verified_by;  // empty when absent
  Location location;
  Location id_location;
  Location task_location;
  Location area_location;
  Location due_location;
  Location fixed_location;
  Location verified_by_location;

  bool operator==(const Finding&) const = default;
};

struct Inspection {
  int schema_version = 1;
  std::string id;
  std::string file_id;  // the file name without .yaml
  std::string unit;
  Date date;
  InspectionKind kind = InspectionKind::scheduled;
  std::string follows;  // empty when absent
  std::string team;
  std::string document;
  std::vector<Finding> findings;
  Location location;
  Location id_location;
  Location unit_location;
  Location date_location;
  Location follows_location;

  bool operator==(const Inspection&) const = default;
};

std::string_view to_string(InspectionKind kind);
std::string_view to_string(FindingState state);
std::string_view to_string(RemediationClass value);
std::optional<InspectionKind> parse_inspection_kind(std::string_view text);
std::optional<FindingState> parse_finding_state(std::string_view text);

}  // namespace papi
