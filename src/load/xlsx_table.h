#pragma once

#include <optional>
#include <string>
#include <vector>

#include "load/csv_table.h"
#include "load/xlsx_reader.h"

namespace papi {

// A sheet's rows as text, the way the rows of a CSV file read: `row` is the sheet's row number
// and cells[0] is column A.
struct SheetTable {
  std::string sheet;
  std::vector<CsvRow> rows;  // rows with at least one cell, in order
};

// The unit, period, plan and layout version a papi form carries (its hidden sheet "papi", or
// the defined names papi_unit, papi_period, papi_plan, papi_form_version).
struct FormIdentity {
  std::string unit;
  std::string period;
  std::string plan;
  std::string version;
};

// The visible sheets of a workbook as text tables, papi's "Báo cáo" first, then the others in
// the workbook's order. Each cell becomes the text the CSV import reads: a date (a serial with
// a date format) as YYYY-MM-DD, a percentage as its number of percent (0.6 shown as 60% is
// "60"), other numbers in their shortest form, TRUE/FALSE, error values as written. A
// vertically merged range repeats its value down its column (a school's own sheet often
// merges the unit's name over its rows); a horizontal one keeps it in its first column only.
std::vector<SheetTable> sheet_tables(const XlsxWorkbook& workbook);

std::optional<FormIdentity> form_identity(const XlsxWorkbook& workbook);

}  // namespace papi
