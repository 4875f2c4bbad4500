#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "load/csv_table.h"
#include "model/date.h"
#include "model/diagnostic.h"
#include "model/plan.h"
#include "model/plan_index.h"
#include "model/status_columns.h"

namespace papi {

// The status spreadsheet of `papi import`: a CSV table with the columns unit, task, state,
// progress, completed, evidence, reason and note (title is read and ignored), in any order,
// named in English or Vietnamese. Every cell is checked against the plan and the rules of
// data-format.md; every finding points at its cell (FILE.csv:row:column).

// done, in_progress, not_started, not_applicable, or a Vietnamese label (Hoàn thành, Đã hoàn
// thành, Đang thực hiện, Đang triển khai, Chưa thực hiện, Chưa triển khai, Chưa bắt đầu,
// Không áp dụng), compared without case, diacritics, and with `_`, `-` and spaces alike.
std::optional<TaskState> parse_state_label(std::string_view text);

// One accepted row: every cell valid, unit and task found in the plan.
struct StatusRow {
  unsigned row = 0;
  std::size_t unit = 0;  // index into data.units
  std::size_t task = 0;  // index into data.tasks
  TaskState state = TaskState::not_started;
  std::optional<double> progress;
  std::optional<Date> completed;
  std::string evidence;
  std::string reason;
  std::string note;
};

struct StatusSheet {
  char separator = ',';
  std::size_t data_rows = 0;            // non-blank rows after the header
  unsigned columns[kColumnCount] = {};  // 1-based column of each, 0 when absent
  std::vector<StatusRow> rows;          // the accepted rows, in file order
  Diagnostics diagnostics;              // the table's and every cell's problems
  unsigned column(Column c) const { return columns[static_cast<std::size_t>(c)]; }
};

// Whether one of the first rows of `table` names at least two known columns.
bool has_status_header(const CsvTable& table);

// The plan as every sheet of one import reads it: the plan, its index, and its unit ids and
// names folded for matching (on first need). Built once per import: a province's 1,000 forms
// share it rather than each indexing 1,000 units again.
class ImportPlan {
 public:
  explicit ImportPlan(const PlanData& data);
  ImportPlan(const ImportPlan&) = delete;
  ImportPlan& operator=(const ImportPlan&) = delete;

  const PlanData& data() const { return data_; }
  const PlanIndex& index() const { return index_; }
  // The unit named `value`: its id, or its id or name compared without case and diacritics;
  // none when unknown or when two units match.
  std::optional<std::size_t> find_unit(const std::string& value) const;

 private:
  const PlanData& data_;
  PlanIndex index_;
  mutable std::vector<std::string> folded_units_;  // filled by the first find_unit that needs it
  mutable std::vector<std::string> folded_names_;
};

struct SheetOptions {
  // The unit of every row when the sheet has no unit column (papi's xlsx form names its unit
  // in the workbook, a school's own sheet by its file name).
  std::optional<std::size_t> unit;
};

// Reads the rows of `table` (read from `file`) against `plan`. The header is the
// first row, within the first 30, that names two known columns: title rows above it are
// skipped, and so are rows below the table that have neither a task nor a state (a signature).
StatusSheet read_status_sheet(const CsvTable& table, const std::string& file,
                              const ImportPlan& plan, const SheetOptions& options = {});

}  // namespace papi
