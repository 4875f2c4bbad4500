#pragma once

#include <string>
#include <string_view>

namespace papi {

// A byte string whose plain comparison gives Vietnamese alphabetical order (ICU collation
// for "vi": a < ă < â, d < đ, tones after the base letter).
std::string vietnamese_sort_key(std::string_view text);

}  // namespace papi
