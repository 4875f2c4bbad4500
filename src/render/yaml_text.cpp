#include "render/yaml_text.h"

#include <algorithm>
#include <cstdint>

#include <fmt/format.h>

#include "util/utf8.h"

namespace papi {

std::string yaml_quoted(std::string_view text) {
  std::string out = "\"";
  for (std::size_t pos = 0; pos < text.size();) {
    char32_t c = 0;
    const std::size_t length = decode_utf8_lenient(text, pos, c);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out += fmt::format("\\x{:02X}", static_cast<unsigned>(c));
        } else if (c == 0xFEFF || c == 0x2028 || c == 0x2029 || (c >= 0x80 && c < 0xA0)) {
          // \uXXXX rather than \N, \L, \P: yaml-cpp reads \N as a lone byte 0x85.
          out += fmt::format("\\u{:04X}", static_cast<unsigned>(c));
        } else {
          out.append(text.substr(pos, length));
        }
    }
    pos += length;
  }
  out += '"';
  return out;
}

std::string yaml_period(std::string_view period) {
  const bool digits_only = !period.empty() && std::all_of(period.begin(), period.end(), [](char c) {
    return c >= '0' && c <= '9';
  });
  return digits_only ? yaml_quoted(period) : std::string(period);
}

std::vector<std::string> wrap_words(std::string_view text, std::size_t width) {
  std::vector<std::string> lines;
  std::string current;
  std::size_t current_length = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && text[pos] == ' ')
      ++pos;
    if (pos >= text.size())
      break;
    std::size_t end = text.find(' ', pos);
    if (end == std::string_view::npos)
      end = text.size();
    const std::string_view word = text.substr(pos, end - pos);
    const std::size_t word_length = utf8_length(word);
    if (!current.empty() && current_length + 1 + word_length > width) {
      lines.push_back(std::move(current));
      current.clear();
      current_length = 0;
    }
    if (!current.empty()) {
      current += ' ';
      ++current_length;
    }
    current.append(word);
    current_length += word_length;
    pos = end;
  }
  if (!current.empty())
    lines.push_back(std::move(current));
  return lines;
}

}  // namespace papi
