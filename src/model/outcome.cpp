#include "model/outcome.h"

namespace papi {

std::string_view to_string(OutcomeKind kind) {
  return kind == OutcomeKind::target ? "target" : "result";
}

std::optional<OutcomeKind> parse_outcome_kind(std::string_view text) {
  if (text == "result")
    return OutcomeKind::result;
  if (text == "target")
    return OutcomeKind::target;
  return std::nullopt;
}

}  // namespace papi
