#include "load/xlsx_table.h"

#include <algorithm>
#include <cmath>

#include "model/status_form.h"
#include "util/numbers.h"

namespace papi {

namespace {

std::string shortest(double value) {
  // Multiplying by 100 leaves binary noise (0.6 * 100 = 60.00000000000001): nine decimals
  // are more than any percentage or task number needs.
  const double rounded = std::round(value * 1e9) / 1e9;
  return format_number(rounded == 0 ? 0.0 : rounded);
}

std::string cell_text(const XlsxCell& cell, bool date1904) {
  switch (cell.kind) {
    case XlsxCell::Kind::text:
      return cell.text;
    case XlsxCell::Kind::boolean:
      return cell.number != 0 ? "TRUE" : "FALSE";
    case XlsxCell::Kind::error:
      return cell.text;
    case XlsxCell::Kind::number:
      break;
  }
  switch (cell.style) {
    case NumberStyle::date:
      if (auto day = excel_serial_to_day(cell.number, date1904))
        return day->to_string();
      return cell.text;
    case NumberStyle::percent:
      return shortest(cell.number * 100);
    case NumberStyle::text:
      return cell.text;
    case NumberStyle::general:
      break;
  }
  return shortest(cell.number);
}

SheetTable table_of(const XlsxSheet& sheet, bool date1904) {
  SheetTable table;
  table.sheet = sheet.name;
  // The reader gives the cells by row, then column.
  for (const XlsxCell& cell : sheet.cells) {
    std::string text = cell_text(cell, date1904);
    if (text.empty())
      continue;
    if (table.rows.empty() || table.rows.back().row != cell.row)
      table.rows.push_back(CsvRow{cell.row, {}});
    std::vector<std::string>& cells = table.rows.back().cells;
    if (cells.size() < cell.column)
      cells.resize(cell.column);
    cells[cell.column - 1] = std::move(text);
  }
  for (const XlsxRange& range : sheet.merged) {
    const auto first = std::lower_bound(table.rows.begin(), table.rows.end(), range.first_row,
                                        [](const CsvRow& r, unsigned n) { return r.row < n; });
    if (first == table.rows.end() || first->row != range.first_row ||
        first->cells.size() < range.first_column || first->cells[range.first_column - 1].empty())
      continue;
    const std::string text = first->cells[range.first_column - 1];
    // Only rows that hold other cells: a merged name over blank rows adds no row. The reader
    // counts what merged ranges cover against its cell limit.
    for (auto at = std::next(first); at != table.rows.end() && at->row <= range.last_row; ++at) {
      if (at->cells.size() < range.first_column)
        at->cells.resize(range.first_column);
      at->cells[range.first_column - 1] = text;
    }
  }
  return table;
}

// A defined name's constant: "\"th-a\"" -> th-a; a reference such as papi!$B$1 -> the cell.
std::string name_value(const XlsxWorkbook& workbook, const std::string& value) {
  if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
    return value.substr(1, value.size() - 2);
  const auto bang = value.find('!');
  if (bang == std::string::npos)
    return {};
  std::string sheet = value.substr(0, bang);
  if (sheet.size() >= 2 && sheet.front() == '\'' && sheet.back() == '\'')
    sheet = sheet.substr(1, sheet.size() - 2);
  std::string ref;
  for (char c : value.substr(bang + 1)) {
    if (c != '$')
      ref += c;
  }
  for (const XlsxSheet& s : workbook.sheets) {
    if (s.name != sheet)
      continue;
    for (const XlsxCell& cell : s.cells) {
      if (cell_reference(cell.row, cell.column) == ref)
        return cell_text(cell, workbook.date1904);
    }
  }
  return {};
}

}  // namespace

std::vector<SheetTable> sheet_tables(const XlsxWorkbook& workbook) {
  std::vector<SheetTable> tables;
  for (const XlsxSheet& sheet : workbook.sheets) {
    if (sheet.hidden)
      continue;
    SheetTable table = table_of(sheet, workbook.date1904);
    if (sheet.name == kFormSheet)
      tables.insert(tables.begin(), std::move(table));
    else
      tables.push_back(std::move(table));
  }
  return tables;
}

std::optional<FormIdentity> form_identity(const XlsxWorkbook& workbook) {
  FormIdentity identity;
  bool found = false;
  // The slot of `key`, when it is one and is still empty.
  auto open_slot = [&](const std::string& key) -> std::string* {
    std::string* slot = key == "unit"           ? &identity.unit
                        : key == "period"       ? &identity.period
                        : key == "plan"         ? &identity.plan
                        : key == "form_version" ? &identity.version
                                                : nullptr;
    return slot != nullptr && slot->empty() ? slot : nullptr;
  };
  auto assign = [&](std::string* slot, std::string value) {
    if (slot != nullptr && !value.empty()) {
      *slot = std::move(value);
      found = true;
    }
  };
  for (const XlsxSheet& sheet : workbook.sheets) {
    if (sheet.name != kFormMetaSheet)
      continue;
    const SheetTable table = table_of(sheet, workbook.date1904);
    for (const CsvRow& row : table.rows) {
      if (row.cells.size() >= 2)
        assign(open_slot(row.cells[0]), row.cells[1]);
    }
  }
  for (const XlsxDefinedName& name : workbook.names) {
    // A defined name is read only for what the hidden sheet did not give.
    if (name.name.rfind("papi_", 0) == 0 && !name.sheet) {
      if (std::string* slot = open_slot(name.name.substr(5)))
        assign(slot, name_value(workbook, name.value));
    }
  }
  if (!found)
    return std::nullopt;
  return identity;
}

}  // namespace papi
