#include "model/diagnostic.h"

#include <algorithm>
#include <tuple>

#include "util/utf8.h"

namespace papi {

std::string shown_value(std::string_view value) {
  return shorten_to_characters(value, 60, "...");
}

bool has_errors(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

void sort_diagnostics(Diagnostics& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::tie(a.file, a.line, a.column, a.code, a.message) <
                            std::tie(b.file, b.line, b.column, b.code, b.message);
                   });
}

}  // namespace papi
