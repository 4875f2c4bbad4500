#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.h"
#include "util/zip_reader.h"

namespace papi {

// What a file named .xlsx really is, from its first bytes and, for a zip, its entries.
enum class SpreadsheetFormat {
  xlsx,            // an Office Open XML workbook
  encrypted_xlsx,  // a workbook saved with a password to open (an OLE2 EncryptedPackage)
  xls,             // an Excel 97-2003 workbook (OLE2 compound file)
  ods,             // an OpenDocument spreadsheet (zip with mimetype application/vnd.oasis...)
  other_zip,       // a zip archive that is neither
  broken_zip,      // starts like a zip, but its structure cannot be read
  text,            // text (CSV saved under an .xlsx name, most often)
  unknown,         // other binary bytes
};

SpreadsheetFormat sniff_spreadsheet(std::string_view bytes);

// How a cell's number format shows its number; enough to read dates and percentages right.
enum class NumberStyle { general, date, percent, text };

struct XlsxCell {
  enum class Kind { number, text, boolean, error };
  unsigned row = 0;     // 1-based
  unsigned column = 0;  // 1-based
  Kind kind = Kind::text;
  std::string text;   // the string of a text cell, the raw value of the others ("0.6", "1", "#N/A")
  double number = 0;  // for numbers and booleans
  NumberStyle style = NumberStyle::general;
};

struct XlsxRange {
  unsigned first_row = 0, first_column = 0, last_row = 0, last_column = 0;  // 1-based, inclusive
};

struct XlsxSheet {
  std::string name;
  bool hidden = false;          // hidden or very hidden
  std::vector<XlsxCell> cells;  // non-empty cells, by row then column
  std::vector<XlsxRange> merged;
};

struct XlsxDefinedName {
  std::string name;
  std::optional<std::size_t> sheet;  // index into sheets when the name is local to one
  std::string value;                 // the formula or constant as written, e.g. "\"th-a\""
};

struct XlsxWorkbook {
  std::vector<XlsxSheet> sheets;  // in the workbook's order
  std::vector<XlsxDefinedName> names;
  bool date1904 = false;
};

struct XlsxLimits {
  ZipLimits zip;
  std::size_t max_cells = 2'000'000;  // over all sheets
  std::size_t max_sheets = 256;
};

// Why a workbook cannot be read. `entry` names the part concerned (xl/worksheets/sheet1.xml).
struct XlsxProblem {
  enum class Kind {
    not_xlsx,      // see `format` for what the file is
    zip,           // see `zip` for the archive's problem
    xml_syntax,    // a part is not well-formed XML
    xml_entity,    // a part declares a DOCTYPE or entities (refused: expansion attacks)
    missing_part,  // the workbook part or a sheet it lists is absent
    too_many_cells,
    too_many_sheets,
  };
  Kind kind = Kind::xml_syntax;
  SpreadsheetFormat format = SpreadsheetFormat::xlsx;
  std::optional<ZipProblem> zip;
  std::string entry;
  unsigned line = 0;       // within the part, for XML problems
  std::size_t offset = 0;  // the byte of the part where an XML problem is
  std::string detail;      // the parser's words, English
};

struct XlsxReadResult {
  std::optional<XlsxWorkbook> workbook;
  std::optional<XlsxProblem> problem;
};

// Reads every sheet of a workbook: shared, inline and rich strings, numbers, booleans, errors,
// formula results, number formats (dates and percentages), merged ranges, sheet names and
// states, and defined names. Every part is parsed by pugixml with DOCTYPE refused, within the
// limits. No I/O.
XlsxReadResult read_xlsx(std::string_view bytes, const XlsxLimits& limits = {});

// "D12" for row 12, column 4; "AA1" for column 27.
std::string cell_reference(unsigned row, unsigned column);
// The column letters alone: 4 -> "D".
std::string column_letters(unsigned column);

// The calendar day of an Excel date serial (whole days; the time of day is dropped), or nullopt
// outside 1900..9999. Serial 60 is the 29 February 1900 that never was; it and earlier serials
// are taken as Excel shows them.
std::optional<Date> excel_serial_to_day(double serial, bool date1904);

// Whether a number format code shows a date, a percentage, text (@), or a plain number.
NumberStyle style_of_format_code(std::string_view code);
NumberStyle style_of_builtin_format(unsigned id);

}  // namespace papi
