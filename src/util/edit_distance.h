#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace papi {

// Levenshtein distance, for "did you mean" hints.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word` if it is fewer than `below` edits away, else "".
std::string closest_word(std::string_view word, const std::vector<std::string>& candidates,
                         std::size_t below);

// The closest of `candidates` to `word` by edit distance, if close enough to suggest.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace papi
