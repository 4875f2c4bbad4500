#include "render/diagnostics_render.h"

#include <algorithm>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "i18n/messages.h"
#include "render/escape.h"
#include "util/utf8.h"

namespace papi {

std::optional<DiagnosticFormat> parse_diagnostic_format(std::string_view text) {
  if (text == "text")
    return DiagnosticFormat::text;
  if (text == "json")
    return DiagnosticFormat::json;
  if (text == "github")
    return DiagnosticFormat::github;
  return std::nullopt;
}

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::error:
      return tr_noop("error");
    case Severity::warning:
      return tr_noop("warning");
    case Severity::note:
      return tr_noop("note");
  }
  return tr_noop("error");
}

std::string render_diagnostics(const Diagnostics& diagnostics, DiagnosticFormat format,
                               bool color) {
  switch (format) {
    case DiagnosticFormat::text:
      return render_diagnostics_text(diagnostics, color);
    case DiagnosticFormat::json:
      return render_diagnostics_json(diagnostics);
    case DiagnosticFormat::github:
      return render_diagnostics_github(diagnostics);
  }
  return {};
}

namespace {

std::string location_of(const Diagnostic& d) {
  if (d.file.empty())
    return "papi";
  if (d.line == 0)
    return d.file;
  if (d.column == 0)
    return fmt::format("{}:{}", d.file, d.line);
  return fmt::format("{}:{}:{}", d.file, d.line, d.column);
}

// The caret goes under character `column`; tabs in the line are kept so it lines up.
std::string caret_line(std::string_view line, unsigned column) {
  std::string out;
  unsigned current = 1;
  for (std::size_t i = 0; i < line.size() && current < column; ++i) {
    const char c = line[i];
    if (is_utf8_continuation(c))
      continue;
    out += c == '\t' ? '\t' : ' ';
    ++current;
  }
  for (; current < column; ++current)
    out += ' ';
  return out + "^";
}

// Very long lines (minified or garbage input) are cut to a window around the column.
struct ShownLine {
  std::string text;
  unsigned column = 0;
};

ShownLine window_around(std::string_view line, unsigned column) {
  constexpr unsigned kWidth = 120;
  std::vector<std::size_t> starts;  // byte offset of each character
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (!is_utf8_continuation(line[i]))
      starts.push_back(i);
  }
  if (starts.size() <= kWidth)
    return {std::string(line), column};
  const unsigned first = column > kWidth / 2 ? column - kWidth / 2 : 1;
  const std::size_t last = std::min<std::size_t>(starts.size(), first + kWidth - 1);
  const std::size_t begin = starts[first - 1];
  const std::size_t end = last < starts.size() ? starts[last] : line.size();
  ShownLine shown;
  shown.text = (first > 1 ? "..." : "") + std::string(line.substr(begin, end - begin)) +
               (end < line.size() ? "..." : "");
  shown.column = column - first + 1 + (first > 1 ? 3 : 0);
  return shown;
}

}  // namespace

std::string render_diagnostics_text(const Diagnostics& diagnostics, bool color) {
  const char* bold = color ? "\x1b[1m" : "";
  const char* red = color ? "\x1b[1;31m" : "";
  const char* yellow = color ? "\x1b[1;33m" : "";
  const char* green = color ? "\x1b[1;32m" : "";
  const char* cyan = color ? "\x1b[1;36m" : "";
  const char* reset = color ? "\x1b[0m" : "";
  std::string out;
  for (const Diagnostic& d : diagnostics) {
    out += fmt::format("{}{}:{} {}{}[{}]{}: {}\n", bold, terminal_safe(location_of(d)), reset,
                       d.severity == Severity::error     ? red
                       : d.severity == Severity::warning ? yellow
                                                         : cyan,
                       tr(severity_name(d.severity)), d.code, reset, terminal_safe(d.message));
    if (d.line > 0 && !d.source_line.empty()) {
      const std::string number = std::to_string(d.line);
      const std::string gutter(number.size(), ' ');
      const ShownLine shown = window_around(d.source_line, d.column);
      const std::string line = terminal_safe(shown.text);
      out += fmt::format(" {} | {}\n", number, line);
      if (d.column > 0) {
        out += fmt::format(" {} | {}{}{}\n", gutter, green, caret_line(shown.text, shown.column),
                           reset);
      }
    }
    if (!d.hint.empty())
      out += fmt::format("  {}{}{}: {}\n", cyan, tr("hint"), reset, terminal_safe(d.hint));
  }
  return out;
}

std::string render_diagnostics_json(const Diagnostics& diagnostics) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const Diagnostic& d : diagnostics) {
    nlohmann::ordered_json item;
    item["file"] = d.file;
    item["line"] = d.line;
    item["column"] = d.column;
    item["severity"] = std::string(severity_name(d.severity));
    item["code"] = d.code;
    item["message"] = d.message;
    item["hint"] = d.hint;
    out.push_back(std::move(item));
  }
  return out.dump(2) + "\n";
}

namespace {

// Workflow command escaping: data needs %, CR and LF escaped; properties also : and ,.
std::string github_escape(std::string_view text, bool property) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace

std::string render_diagnostics_github(const Diagnostics& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) {
    std::string properties;
    if (!d.file.empty())
      properties += "file=" + github_escape(d.file, true);
    if (d.line > 0)
      properties += fmt::format(",line={}", d.line);
    if (d.column > 0)
      properties += fmt::format(",col={}", d.column);
    properties += (properties.empty() ? "" : ",") + std::string("title=") +
                  github_escape(fmt::format("papi {}", d.code), true);
    std::string message = d.message;
    if (!d.hint.empty())
      message += fmt::format(" ({}: {})", tr("hint"), d.hint);
    // GitHub calls a note a notice.
    const std::string_view command =
        d.severity == Severity::note ? "notice" : severity_name(d.severity);
    out += fmt::format("::{} {}::{}\n", command, properties,
                       github_escape(terminal_safe(message), false));
  }
  return out;
}

}  // namespace papi
