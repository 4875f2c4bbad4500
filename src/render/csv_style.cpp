#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "render/report_render.h"

namespace papi {

namespace {

// The report CSV columns that hold decimal numbers: completion and the records' figures, and
// the published PAPI scores of `--by outcome`.
constexpr std::array<std::string_view, 8> kDecimalColumns = {
    "completion", "progress", "value", "weight", "previous", "latest", "change", "target"};

struct Field {
  std::string text;
  bool quoted = false;
};

// Splits CSV text we wrote ourselves (RFC 4180, CRLF records) into records of fields.
std::vector<std::vector<Field>> split(std::string_view csv) {
  std::vector<std::vector<Field>> records;
  std::vector<Field> record;
  Field field;
  bool in_quotes = false;
  for (std::size_t i = 0; i < csv.size(); ++i) {
    const char c = csv[i];
    if (in_quotes) {
      if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
        field.text += '"';
        ++i;
      } else if (c == '"') {
        in_quotes = false;
      } else {
        field.text += c;
      }
    } else if (c == '"') {
      in_quotes = true;
      field.quoted = true;
    } else if (c == ',') {
      record.push_back(std::move(field));
      field = {};
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n')
        ++i;
      record.push_back(std::move(field));
      field = {};
      records.push_back(std::move(record));
      record.clear();
    } else {
      field.text += c;
    }
  }
  if (!field.text.empty() || field.quoted || !record.empty()) {
    record.push_back(std::move(field));
    records.push_back(std::move(record));
  }
  return records;
}

bool is_decimal(std::string_view text) {
  const auto dot = text.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 1 == text.size())
    return false;
  std::size_t start = text.front() == '-' ? 1 : 0;
  for (std::size_t i = start; i < text.size(); ++i) {
    if (i != dot && (text[i] < '0' || text[i] > '9'))
      return false;
  }
  return true;
}

}  // namespace

std::string restyle_report_csv(std::string_view csv, char separator, bool decimal_comma) {
  std::vector<std::vector<Field>> records = split(csv);
  std::vector<bool> decimal;
  if (!records.empty()) {
    for (const Field& name : records.front()) {
      decimal.push_back(std::find(kDecimalColumns.begin(), kDecimalColumns.end(), name.text) !=
                        kDecimalColumns.end());
    }
  }
  std::string out;
  out.reserve(csv.size() + csv.size() / 8);
  for (std::size_t r = 0; r < records.size(); ++r) {
    std::vector<Field>& record = records[r];
    for (std::size_t c = 0; c < record.size(); ++c) {
      Field& field = record[c];
      if (decimal_comma && r > 0 && c < decimal.size() && decimal[c] && is_decimal(field.text))
        std::replace(field.text.begin(), field.text.end(), '.', ',');
      if (c > 0)
        out += separator;
      const bool quote = field.quoted || field.text.find_first_of(std::string{
                                             separator, '"', '\r', '\n'}) != std::string::npos;
      if (!quote) {
        out += field.text;
        continue;
      }
      out += '"';
      for (char ch : field.text) {
        if (ch == '"')
          out += '"';
        out += ch;
      }
      out += '"';
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace papi
