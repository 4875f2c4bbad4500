#include "render/escape.h"

#include <fmt/format.h>

namespace papi {

namespace {

bool entity_follows(std::string_view text, std::size_t amp) {
  std::size_t i = amp + 1;
  if (i < text.size() && text[i] == '#')
    ++i;
  const std::size_t start = i;
  while (i < text.size() &&
         ((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z') ||
          (text[i] >= '0' && text[i] <= '9'))) {
    ++i;
  }
  return i > start && i < text.size() && text[i] == ';';
}

// Control characters (ESC, BEL...) would act on a terminal that shows the file and are not
// allowed in XML: they become U+FFFD.
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

bool is_control(char c) {
  return (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n') || c == 0x7F;
}

// A C1 control (U+0080..U+009F, among them CSI U+009B) starts at `i`: its UTF-8 is C2 80..9F.
bool is_c1_control(std::string_view text, std::size_t i) {
  return static_cast<unsigned char>(text[i]) == 0xC2 && i + 1 < text.size() &&
         static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
         static_cast<unsigned char>(text[i + 1]) <= 0x9F;
}

std::string markdown_escaped(std::string_view text, bool in_table) {
  std::string out;
  out.reserve(text.size() + 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&':
        out += entity_follows(text, i) ? "&amp;" : "&";
        break;
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '~':
      case '|':
        out += '\\';
        out += c;
        break;
      case '\r':
        break;
      case '\t':
        out += ' ';
        break;
      case '\n':
        out += in_table ? "<br>" : " ";
        break;
      case '#':
        // Only a heading marker at the start of a line needs escaping.
        if (out.empty())
          out += '\\';
        out += c;
        break;
      default:
        if (is_c1_control(text, i)) {
          out += kReplacement;
          ++i;
        } else {
          out += is_control(c) ? kReplacement : std::string_view(&c, 1);
        }
    }
  }
  return out;
}

bool needs_quotes(std::string_view text, char separator) {
  const char specials[] = {separator, '"', '\r', '\n', '\0'};
  return text.find_first_of(specials) != std::string_view::npos ||
         (!text.empty() && (text.front() == ' ' || text.back() == ' '));
}

}  // namespace

std::string markdown_text(std::string_view text) {
  return markdown_escaped(text, false);
}
std::string markdown_cell(std::string_view text) {
  return markdown_escaped(text, true);
}

std::string csv_plain_field(std::string_view text, char separator) {
  if (!needs_quotes(text, separator))
    return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"')
      out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string csv_text_field(std::string_view text, char separator) {
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) {
    return csv_plain_field("'" + std::string(text), separator);
  }
  return csv_plain_field(text, separator);
}

std::string xml_text(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (is_c1_control(text, i)) {
      out += kReplacement;
      ++i;
      continue;
    }
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      default:
        out += is_control(c) ? kReplacement : std::string_view(&c, 1);
    }
  }
  return out;
}

std::string terminal_safe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\t') || c == 0x7F) {
      out += fmt::format("\\x{:02x}", c);
    } else if (is_c1_control(text, i)) {
      // C1 controls include CSI, which terminals also obey.
      out += fmt::format("\\u{:04x}", static_cast<unsigned char>(text[i + 1]));
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

}  // namespace papi
