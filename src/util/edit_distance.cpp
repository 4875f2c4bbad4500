#include "util/edit_distance.h"

#include <algorithm>
#include <vector>

namespace papi {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

namespace {

std::string closest_word(std::string_view word, const std::vector<std::string>& candidates,
                         std::size_t below) {
  std::string best;
  for (const std::string& candidate : candidates) {
    const std::size_t distance = edit_distance(word, candidate);
    if (distance < below) {
      below = distance;
      best = candidate;
    }
  }
  return best;
}

}  // namespace

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  return closest_word(word, candidates, std::max<std::size_t>(3, word.size() / 4 + 1));
}

}  // namespace papi
