#pragma once

#include <cstddef>
#include <string_view>

namespace papi {

// Levenshtein distance, for "did you mean" hints.
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace papi
