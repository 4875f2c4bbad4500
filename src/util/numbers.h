#pragma once

#include <string>

namespace papi {

// A number in its shortest form that reads back to the same value: 40, 12.5.
std::string format_number(double value);

}  // namespace papi
