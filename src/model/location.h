#pragma once

#include <cstdint>

namespace papi {

// Where an entity came from: an index into the loaded file table plus a 1-based line and
// column. Kept small because a province's data holds millions of records.
struct Location {
  std::uint32_t file = 0;
  std::uint32_t line = 0;
  std::uint32_t column = 0;

  bool operator==(const Location&) const = default;
};

}  // namespace papi
