#include "model/submission_class.h"

namespace papi {

std::string_view to_string(SubmissionClass value) {
  switch (value) {
    case SubmissionClass::on_time:
      return "on_time";
    case SubmissionClass::late:
      return "late";
    case SubmissionClass::undated:
      return "undated";
    case SubmissionClass::overdue:
      return "overdue";
    case SubmissionClass::not_due:
      return "not_due";
    case SubmissionClass::submitted:
      return "submitted";
    case SubmissionClass::missing:
      return "missing";
  }
  return "missing";
}

std::string_view to_string(PairState value) {
  switch (value) {
    case PairState::done:
      return "done";
    case PairState::in_progress:
      return "in_progress";
    case PairState::not_started:
      return "not_started";
    case PairState::not_reported:
      return "not_reported";
    case PairState::not_applicable:
      return "not_applicable";
  }
  return "not_reported";
}

}  // namespace papi
