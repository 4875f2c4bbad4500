#include "load/csv_table.h"

#include "i18n/messages.h"
#include "util/unicode_fold.h"

namespace papi {

namespace {

bool is_line_end(char c) {
  return c == '\n' || c == '\r';
}

// Consumes one line end (CRLF, LF or CR) at `pos`.
void skip_line_end(std::string_view text, std::size_t& pos) {
  if (pos < text.size() && text[pos] == '\r')
    ++pos;
  if (pos < text.size() && text[pos] == '\n')
    ++pos;
}

// The separator the header (the first line that is not blank) uses: the more frequent of `;`
// and `,` outside quotes.
char detect_separator(std::string_view text, std::size_t pos) {
  while (pos < text.size() && (is_line_end(text[pos]) || text[pos] == ' ' || text[pos] == '\t'))
    ++pos;
  std::size_t commas = 0;
  std::size_t semicolons = 0;
  bool quoted = false;
  for (; pos < text.size(); ++pos) {
    const char c = text[pos];
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted && is_line_end(c)) {
      break;
    } else if (!quoted && c == ',') {
      ++commas;
    } else if (!quoted && c == ';') {
      ++semicolons;
    }
  }
  return semicolons > commas ? ';' : ',';
}

}  // namespace

CsvTable parse_csv(std::string_view text, const std::string& file) {
  CsvTable table;
  std::size_t pos = 0;
  // Excel's `sep=;` first line names the separator and is not part of the data.
  if (text.size() >= 5 && (text.substr(0, 4) == "sep=" || text.substr(0, 4) == "SEP=") &&
      (text.size() == 5 || is_line_end(text[5])) && !is_line_end(text[4])) {
    table.separator = text[4];
    pos = 5;
    skip_line_end(text, pos);
  } else {
    table.separator = detect_separator(text, pos);
  }
  const char sep = table.separator;
  unsigned row = 1;
  while (pos < text.size()) {
    CsvRow record;
    record.row = row;
    while (true) {
      const unsigned column = static_cast<unsigned>(record.cells.size() + 1);
      std::string value;
      // Spaces before an opening quote are tolerated.
      std::size_t start = pos;
      while (start < text.size() && (text[start] == ' ' || text[start] == '\t'))
        ++start;
      if (start < text.size() && text[start] == '"') {
        pos = start + 1;
        bool closed = false;
        while (pos < text.size()) {
          const char c = text[pos];
          if (c == '"') {
            if (pos + 1 < text.size() && text[pos + 1] == '"') {
              value += '"';
              pos += 2;
              continue;
            }
            closed = true;
            ++pos;
            break;
          }
          if (c == '\r') {
            value += '\n';
            ++pos;
            if (pos < text.size() && text[pos] == '\n')
              ++pos;
            continue;
          }
          value += c;
          ++pos;
        }
        if (!closed) {
          table.diagnostics.push_back(csv_problem(
              file, row, column, "import-csv-syntax",
              tr("a quoted cell is not closed: its opening `\"` has no closing `\"` before the end "
                 "of the file"),
              tr("write a quote inside a cell as two quotes (\"\"), and close every quoted cell")));
        } else {
          std::size_t after = pos;
          while (after < text.size() && (text[after] == ' ' || text[after] == '\t'))
            ++after;
          if (after < text.size() && text[after] != sep && !is_line_end(text[after])) {
            table.diagnostics.push_back(
                csv_problem(file, row, column, "import-csv-syntax",
                            tr("text follows the closing quote of a quoted cell"),
                            tr("write a quote inside a cell as two quotes (\"\"), e.g. \"Công văn "
                               "\"\"số 12\"\"\"")));
            while (after < text.size() && text[after] != sep && !is_line_end(text[after]))
              value += text[after++];
          }
          pos = after;
        }
      } else {
        while (pos < text.size() && text[pos] != sep && !is_line_end(text[pos]))
          value += text[pos++];
      }
      record.cells.emplace_back(trim_blank(value));
      if (pos < text.size() && text[pos] == sep) {
        ++pos;
        continue;
      }
      skip_line_end(text, pos);
      break;
    }
    table.rows.push_back(std::move(record));
    ++row;
  }
  return table;
}

Diagnostic csv_problem(const std::string& file, unsigned row, unsigned column, std::string code,
                       std::string_view message, std::string_view hint, Severity severity) {
  Diagnostic d;
  d.file = file;
  d.line = row;
  d.column = column;
  d.severity = severity;
  d.code = std::move(code);
  d.message = message;
  d.hint = hint;
  return d;
}

}  // namespace papi
