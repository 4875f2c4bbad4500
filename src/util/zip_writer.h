#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace papi {

// One file of a zip package: its path inside the package and its bytes.
struct ZipEntry {
  std::string path;
  std::string content;
};

// Builds a zip package in memory, entries in the order given, every entry dated
// 1980-01-01 00:00 (the earliest DOS time) and deflated, so that the same entries always give
// the same bytes. The caller writes the result with the atomic output code. Throws
// std::runtime_error when libzip fails.
std::string zip_package(const std::vector<ZipEntry>& entries);

}  // namespace papi
