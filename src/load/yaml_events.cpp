#include "load/yaml_events.h"

#include <istream>
#include <streambuf>

#include <yaml-cpp/parser.h>

#include "load/source_text.h"
#include "util/utf8.h"

namespace papi {

namespace {

// An istream buffer over a string_view, so that the parser reads the text without a copy.
class ViewBuffer : public std::streambuf {
 public:
  explicit ViewBuffer(std::string_view text) {
    char* begin = const_cast<char*>(text.data());
    setg(begin, begin, begin + text.size());
  }
};

// Ignores every event; used to find out whether a second document follows, and where.
class IgnoreEvents : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark& mark) override { start = mark; }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}

  YAML::Mark start;  // of the document that was ignored
};

}  // namespace

FirstDocument parse_first_document(std::string_view text, YAML::EventHandler& handler) {
  ViewBuffer buffer(text);
  std::istream stream(&buffer);
  YAML::Parser parser(stream);
  FirstDocument result;
  if (!parser.HandleNextDocument(handler))
    return result;
  result.found = true;
  IgnoreEvents rest;
  if (parser.HandleNextDocument(rest))
    result.second = rest.start;
  return result;
}

std::optional<std::string> repaired_text_scalar(const std::string& value) {
  // Only the escapes \N and \_ of a double-quoted scalar can make it invalid UTF-8.
  if (is_valid_utf8(value))
    return std::nullopt;
  std::string repaired = value;
  repair_decoded_escapes(repaired);
  return repaired;
}

unsigned character_column(std::string_view text, const YAML::Mark& mark) {
  if (mark.pos < 0 || static_cast<std::size_t>(mark.pos) > text.size() || mark.column > mark.pos) {
    return static_cast<unsigned>(mark.column + 1);
  }
  const std::size_t line_start = static_cast<std::size_t>(mark.pos - mark.column);
  return column_in_characters(text.substr(line_start), static_cast<unsigned>(mark.column));
}

}  // namespace papi
