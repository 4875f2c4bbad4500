#include "model/inspection.h"

namespace papi {

std::string_view to_string(InspectionKind kind) {
  switch (kind) {
    case InspectionKind::scheduled:
      return "scheduled";
    case InspectionKind::unannounced:
      return "unannounced";
    case InspectionKind::follow_up:
      return "follow_up";
  }
  return "scheduled";
}

std::string_view to_string(FindingState state) {
  switch (state) {
    case FindingState::open:
      return "open";
    case FindingState::fixed:
      return "fixed";
    case FindingState::verified:
      return "verified";
  }
  return "open";
}

std::string_view to_string(RemediationClass value) {
  switch (value) {
    case RemediationClass::fixed_on_time:
      return "fixed_on_time";
    case RemediationClass::fixed_late:
      return "fixed_late";
    case RemediationClass::open:
      return "open";
    case RemediationClass::open_overdue:
      return "open_overdue";
  }
  return "open";
}

std::optional<InspectionKind> parse_inspection_kind(std::string_view text) {
  for (InspectionKind kind :
       {InspectionKind::scheduled, InspectionKind::unannounced, InspectionKind::follow_up}) {
    if (to_string(kind) == text)
      return kind;
  }
  return std::nullopt;
}

std::optional<FindingState> parse_finding_state(std::string_view text) {
  for (FindingState state : {FindingState::open, FindingState::fixed, FindingState::verified}) {
    if (to_string(state) == text)
      return state;
  }
  return std::nullopt;
}

}  // namespace papi
