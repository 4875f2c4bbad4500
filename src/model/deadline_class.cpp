#include "model/deadline_class.h"

namespace papi {

std::string_view to_string(DeadlineClass value) {
  switch (value) {
    case DeadlineClass::done_on_time:
      return "done_on_time";
    case DeadlineClass::done_late:
      return "done_late";
    case DeadlineClass::pending:
      return "pending";
    case DeadlineClass::overdue:
      return "overdue";
    case DeadlineClass::not_reported:
      return "not_reported";
    case DeadlineClass::not_applicable:
      return "not_applicable";
  }
  return "not_reported";
}

}  // namespace papi
