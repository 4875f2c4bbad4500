#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace papi {

// A note tells of an expected state of the data (a report not yet in): it is listed on
// request and never fails a run, even with --strict.
enum class Severity { error, warning, note };

// One problem found in the input. Recoverable problems travel as values; only failures the
// program cannot go on from are thrown (see cli/main.cpp).
struct Diagnostic {
  std::string file;     // path as the user gave it; empty for problems of no file
  unsigned line = 0;    // 1-based; 0 when the whole file is concerned
  unsigned column = 0;  // 1-based, in characters
  Severity severity = Severity::error;
  std::string code;  // stable, e.g. "yaml-syntax"; documented in docs/errors.md
  std::string message;
  std::string hint;         // may be empty
  std::string source_line;  // the line the diagnostic points at, for the caret display

  bool operator==(const Diagnostic&) const = default;
};

using Diagnostics = std::vector<Diagnostic>;

// A value from the data as a message quotes it: whole up to 60 characters, else its first 57
// and "...", so that a pasted paragraph leaves the message readable. The one shortening of
// every message; it never cuts inside a character.
std::string shown_value(std::string_view value);

bool has_errors(const Diagnostics& diagnostics);
// Sorted by file, line, column, then code, so that output is stable.
void sort_diagnostics(Diagnostics& diagnostics);

}  // namespace papi
