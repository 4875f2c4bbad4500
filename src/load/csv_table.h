#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.h"

namespace papi {

// CSV tables (RFC 4180), as spreadsheets save them.

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

// A problem located at a cell of a CSV file: FILE.csv:row:column (column 0: the whole row).
Diagnostic csv_problem(const std::string& file, unsigned row, unsigned column, std::string code,
                       std::string_view message, std::string_view hint = {},
                       Severity severity = Severity::error);

}  // namespace papi
