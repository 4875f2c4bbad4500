#include "util/numbers.h"

#include <fmt/format.h>

namespace papi {

std::string format_number(double value) {
  return fmt::format("{}", value);
}

}  // namespace papi
