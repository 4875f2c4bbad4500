#pragma once

#include <cstddef>
#include <string_view>

namespace papi {

// The columns of the status spreadsheet: written by `papi template --format csv` in this
// order, read by `papi import` in any order (title is read and ignored).
enum class Column { unit, task, title, state, progress, completed, evidence, reason, note };
constexpr std::size_t kColumnCount = 9;

// The column's name in the header row: unit, task, title, …
constexpr std::string_view column_name(Column c) {
  constexpr std::string_view names[kColumnCount] = {
      "unit", "task", "title", "state", "progress", "completed", "evidence", "reason", "note"};
  return names[static_cast<std::size_t>(c)];
}

}  // namespace papi
