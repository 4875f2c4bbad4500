#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace papi {

// Levenshtein distance, for "did you mean" hints.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word` by edit distance if it is close enough to suggest ("did you
// mean"): fewer than 3 edits away, or fewer than a quarter of the word's length plus one for
// long words. Empty when none is. The one threshold of every suggestion papi makes.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace papi
