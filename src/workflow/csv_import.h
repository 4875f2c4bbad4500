#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.h"
#include "model/diagnostic.h"
#include "model/period.h"
#include "model/plan.h"
#include "workflow/status_template.h"

namespace papi {

// ---------------------------------------------------------------- CSV (RFC 4180)

// One record of a CSV file. `row` is its number as a spreadsheet shows it: the header is row
// 1, blank rows count, a `sep=;` line (which Excel hides) does not.
struct CsvRow {
  unsigned row = 0;
  std::vector<std::string> cells;  // trimmed of spaces; CRLF inside a quoted cell becomes LF
};

struct CsvTable {
  char separator = ',';
  std::vector<CsvRow> rows;  // every record, blank ones included
  Diagnostics diagnostics;   // quoting problems (import-csv-syntax)
};

// Reads decoded text (UTF-8, no BOM): quoted cells with "" escapes and line breaks, CRLF, LF or
// CR line ends, and the separator taken from a leading `sep=X` line or else from the header
// (`;` when the header has more of them than `,`).
CsvTable parse_csv(std::string_view text, const std::string& file);

// ---------------------------------------------------------------- state labels

// done, in_progress, not_started, not_applicable, or a Vietnamese label (Hoàn thành, Đã hoàn
// thành, Đang thực hiện, Đang triển khai, Chưa thực hiện, Chưa triển khai, Chưa bắt đầu,
// Không áp dụng), compared without case, diacritics, and with `_`, `-` and spaces alike.
std::optional<TaskState> parse_state_label(std::string_view text);

// The accepted labels of each state, for the documentation and hints.
const std::vector<std::pair<std::string_view, TaskState>>& state_labels();

// ---------------------------------------------------------------- import

struct ImportOptions {
  std::string schema_path = kDefaultStatusSchemaPath;  // for the $schema line
  std::optional<Date> submitted;                       // written as `submitted:` when set
  std::string source_name;  // shown in the files' comment; default: file name of `file`
};

// One status file the import would write.
struct ImportedReport {
  std::string unit;
  std::string path;            // status/<period>/<unit>.yaml inside data.directory, as shown
  std::string yaml;            // the complete file
  StatusReport report;         // the file read back by the loader
  std::vector<unsigned> rows;  // the CSV rows it came from
};

struct ImportResult {
  char separator = ',';
  std::size_t data_rows = 0;            // non-blank rows after the header
  std::vector<ImportedReport> reports;  // in the order of units.yaml
  Diagnostics diagnostics;              // located FILE.csv:row:column; errors mean "write nothing"
};

// Reads a status spreadsheet (columns unit, task, state, progress, completed, evidence,
// reason, note, in any order; title is read and ignored) for `period` of the plan `data`, and
// turns it into one status file per unit. `text` is the file's bytes: UTF-8 with or without a
// BOM. Every cell is checked, and each generated file is then read back with load_document and
// checked with check_plan against the rest of the plan, exactly as a hand-written report would
// be; every finding points at the CSV cell it came from. No I/O.
ImportResult parse_status_csv(std::string_view text, const std::string& file, const PlanData& data,
                              const Period& period, const ImportOptions& options = {});

// The path of the status file of `unit` for `period` inside the folder `directory`, written
// the way the loader shows it.
std::string status_file_path(const std::string& directory, const Period& period,
                             const std::string& unit);

}  // namespace papi
