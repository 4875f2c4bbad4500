#include "load/yaml_reader.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <istream>
#include <limits>
#include <optional>
#include <regex>
#include <unordered_map>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include "i18n/messages.h"
#include "load/glued_comment.h"
#include "load/source_text.h"
#include "load/yaml_events.h"
#include "util/utf8.h"

namespace papi {

const SourceNode* SourceNode::member(std::string_view key) const {
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (keys[i] == key)
      return &children[i];
  }
  return nullptr;
}

const SourceNode* SourceNode::item(std::size_t index) const {
  return index < children.size() && keys.empty() ? &children[index] : nullptr;
}

namespace {

bool matches_integer(const std::string& s, std::size_t start) {
  if (start >= s.size())
    return false;
  for (std::size_t i = start; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9')
      return false;
  }
  return true;
}

bool matches_float(const std::string& s) {
  // [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '+'))
    ++i;
  std::size_t digits = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9')
    ++i, ++digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    std::size_t fraction = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9')
      ++i, ++fraction;
    if (digits == 0 && fraction == 0)
      return false;
  } else if (digits == 0) {
    return false;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '-' || s[i] == '+'))
      ++i;
    std::size_t exponent = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9')
      ++i, ++exponent;
    if (exponent == 0)
      return false;
  }
  return i == s.size();
}

bool matches_radix(const std::string& s, const char* prefix, int base) {
  if (s.size() <= 2 || s.compare(0, 2, prefix) != 0)
    return false;
  for (std::size_t i = 2; i < s.size(); ++i) {
    const char c = s[i];
    const bool ok =
        base == 8 ? (c >= '0' && c <= '7')
                  : ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
    if (!ok)
      return false;
  }
  return true;
}

PlainScalar integer_or_float(const std::string& digits, int base, const std::string& whole) {
  errno = 0;
  char* end = nullptr;
  const long long value = std::strtoll(digits.c_str(), &end, base);
  PlainScalar scalar;
  if (errno == ERANGE) {
    // Too large for 64 bits: keep the magnitude as a float rather than wrap around.
    scalar.kind = PlainScalar::Kind::real;
    scalar.real = std::strtod(whole.c_str(), nullptr);
    return scalar;
  }
  scalar.kind = PlainScalar::Kind::integer;
  scalar.integer = value;
  return scalar;
}

PlainScalar real_scalar(double value) {
  PlainScalar scalar;
  scalar.kind = PlainScalar::Kind::real;
  scalar.real = value;
  return scalar;
}

}  // namespace

PlainScalar classify_plain_scalar(const std::string& text) {
  PlainScalar scalar;
  if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL") {
    scalar.kind = PlainScalar::Kind::null;
    return scalar;
  }
  // Nothing but text starts with a letter other than these (null, true, false, 0x, 0o are
  // above or start with a digit): the common case of words and ids ends here.
  const char first = text[0];
  const bool may_be_other = (first >= '0' && first <= '9') || first == '-' || first == '+' ||
                            first == '.' || first == 't' || first == 'T' || first == 'f' ||
                            first == 'F';
  if (!may_be_other)
    return scalar;
  if (text == "true" || text == "True" || text == "TRUE") {
    scalar.kind = PlainScalar::Kind::boolean;
    scalar.boolean = true;
    return scalar;
  }
  if (text == "false" || text == "False" || text == "FALSE") {
    scalar.kind = PlainScalar::Kind::boolean;
    return scalar;
  }
  const std::size_t sign = (text[0] == '-' || text[0] == '+') ? 1 : 0;
  if (matches_integer(text, sign))
    return integer_or_float(text, 10, text);
  if (matches_radix(text, "0o", 8))
    return integer_or_float(text.substr(2), 8, text);
  if (matches_radix(text, "0x", 16))
    return integer_or_float(text.substr(2), 16, text);
  if (matches_float(text))
    return real_scalar(std::strtod(text.c_str(), nullptr));
  const std::string_view body = std::string_view(text).substr(sign);
  if (body == ".inf" || body == ".Inf" || body == ".INF") {
    return real_scalar(text[0] == '-' ? -std::numeric_limits<double>::infinity()
                                      : std::numeric_limits<double>::infinity());
  }
  if (text == ".nan" || text == ".NaN" || text == ".NAN") {
    return real_scalar(std::numeric_limits<double>::quiet_NaN());
  }
  return scalar;
}

nlohmann::json type_plain_scalar(const std::string& text) {
  const PlainScalar scalar = classify_plain_scalar(text);
  switch (scalar.kind) {
    case PlainScalar::Kind::null:
      return nullptr;
    case PlainScalar::Kind::boolean:
      return scalar.boolean;
    case PlainScalar::Kind::integer:
      return scalar.integer;
    case PlainScalar::Kind::real:
      return scalar.real;
    case PlainScalar::Kind::text:
      break;
  }
  return text;
}

namespace {

// yaml-too-deep, the same from both places that see it (papi's depth limit, yaml-cpp's own).
void describe_too_deep(Diagnostic& diagnostic, std::size_t max_depth) {
  diagnostic.code = "yaml-too-deep";
  diagnostic.message = trf("the data is nested more than {} levels deep", max_depth);
  diagnostic.hint = tr("papi files need at most 5 levels; check the indentation");
}

bool is_too_deep(const Diagnostic& diagnostic) {
  return diagnostic.code == "yaml-too-deep";
}

}  // namespace

namespace {

class DocumentBuilder : public YAML::EventHandler {
 public:
  DocumentBuilder(std::string_view text, const std::string& file, const YamlLimits& limits,
                  Diagnostics& diagnostics)
      : text_(text), file_(file), limits_(limits), diagnostics_(diagnostics) {}

  bool complete() const { return root_.has_value() && !aborted_; }
  YamlDocument take() { return std::move(*root_); }
  const YAML::Mark& document_mark() const { return document_mark_; }

  void OnDocumentStart(const YAML::Mark& mark) override { document_mark_ = mark; }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    OnScalarValue(mark, anchor, nullptr, "");
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (skipping())
      return;
    const auto found = anchors_.find(anchor);
    if (found == anchors_.end()) {
      // An alias to a node that is still being built refers to itself.
      error(mark, "yaml-alias", tr("an alias refers to the node that contains it"),
            tr("remove the alias; papi files do not need anchors or aliases"));
      SourceNode placeholder;
      set_position(placeholder, mark);
      deliver(mark, nullptr, std::move(placeholder), std::string{}, 1);
      return;
    }
    alias_nodes_ += found->second.size;
    alias_bytes_ += found->second.bytes;
    if (alias_bytes_ > limits_.max_alias_bytes) {
      error(mark, "alias-expansion",
            trf("aliases expand to more than {} bytes of text (an \"alias bomb\")",
                limits_.max_alias_bytes),
            tr("remove the anchors (&) and aliases (*); papi files do not need them"));
      abort_document();
      return;
    }
    if (alias_nodes_ > limits_.max_alias_nodes) {
      error(
          mark, "alias-expansion",
          trf("aliases expand to more than {} values (an \"alias bomb\")", limits_.max_alias_nodes),
          tr("remove the anchors (&) and aliases (*); papi files do not need them"));
      abort_document();
      return;
    }
    bytes_ += found->second.bytes;
    SourceNode source = found->second.source;
    set_position(source, mark);
    // As a key, an alias of a scalar stands for its text; of a list or mapping, it is a
    // complex key.
    deliver(mark, found->second.value, std::move(source), found->second.key_text,
            found->second.size);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    if (skipping())
      return;
    if (value.size() > limits_.max_string_bytes) {
      error(mark, "string-too-long",
            trf("a text of {} bytes is longer than the limit of {} bytes", value.size(),
                limits_.max_string_bytes),
            tr("shorten it (link to a long document instead), or raise --max-string-length"));
      abort_document();
      return;
    }
    const bool as_text = is_text_scalar(tag);
    if (as_text && !in_flow())
      check_glued_comment(mark);
    if (as_text) {
      if (auto repaired = repaired_text_scalar(value)) {
        OnScalarValue(mark, anchor, nlohmann::json(*repaired), *repaired);
        return;
      }
    }
    OnScalarValue(mark, anchor, as_text ? nlohmann::json(value) : type_plain_scalar(value), value);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    OnCollectionStart(mark, anchor, nlohmann::json::array(), style == YAML::EmitterStyle::Flow);
  }
  void OnSequenceEnd() override { OnCollectionEnd(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    OnCollectionStart(mark, anchor, nlohmann::json::object(), style == YAML::EmitterStyle::Flow);
  }
  void OnMapEnd() override { OnCollectionEnd(); }

 private:
  struct Frame {
    nlohmann::json value;
    SourceNode source;
    YAML::anchor_t anchor = 0;
    std::size_t nodes_at_start = 0;
    std::size_t bytes_at_start = 0;
    YAML::Mark mark;
    bool flow = false;  // written [..] or {..}
    // Mapping state: the key read and waiting for its value.
    bool has_key = false;
    bool drop_value = false;
    std::string key;
    YAML::Mark key_mark;
  };

  struct Anchored {
    nlohmann::json value;
    SourceNode source;
    std::size_t size = 0;
    std::size_t bytes = 0;                // of keys and texts
    std::optional<std::string> key_text;  // a scalar's text, for an alias used as a key
  };

  unsigned character_column(const YAML::Mark& mark) const {
    return papi::character_column(text_, mark);
  }

  void set_position(SourceNode& source, const YAML::Mark& mark) const {
    source.line = static_cast<unsigned>(mark.line + 1);
    source.column = character_column(mark);
  }

  bool skipping() const { return aborted_; }

  bool in_flow() const { return !stack_.empty() && stack_.back().flow; }

  // A `#` glued to the quoted scalar or flow collection at `mark` (glued_comment.h).
  void check_glued_comment(const YAML::Mark& mark) {
    if (mark.pos < 0)
      return;
    const auto start = static_cast<std::size_t>(mark.pos);
    const std::size_t hash = find_glued_comment(text_, start);
    if (hash == std::string_view::npos)
      return;
    YAML::Mark at = mark;
    const std::string_view between = text_.substr(start, hash - start);
    const std::size_t lines =
        static_cast<std::size_t>(std::count(between.begin(), between.end(), '\n'));
    at.line = mark.line + static_cast<int>(lines);
    at.column = static_cast<int>(lines == 0 ? static_cast<std::size_t>(mark.column) + (hash - start)
                                            : hash - text_.rfind('\n', hash) - 1);
    at.pos = static_cast<int>(hash);
    error(at, "yaml-glued-comment",
          std::string(tr("a comment must be separated from the value by a space")),
          std::string(tr("write a space before `#`; if the `#` belongs to the text, put it inside "
                         "the quotes")));
  }

  void OnScalarValue(const YAML::Mark& mark, YAML::anchor_t anchor, nlohmann::json value,
                     const std::string& raw) {
    if (skipping())
      return;
    SourceNode source;
    set_position(source, mark);
    bytes_ += raw.size();
    if (anchor != 0)
      anchors_[anchor] = Anchored{value, source, 1, raw.size(), raw};
    deliver(mark, std::move(value), std::move(source), raw, 1);
  }

  void OnCollectionStart(const YAML::Mark& mark, YAML::anchor_t anchor, nlohmann::json empty,
                         bool flow) {
    if (aborted_)
      return;
    if (flow && !in_flow())
      check_glued_comment(mark);  // the whole collection, what it holds included
    if (stack_.size() >= limits_.max_depth) {
      error(mark, {}, {}, {});
      describe_too_deep(diagnostics_.back(), limits_.max_depth);
      abort_document();
      return;
    }
    Frame frame;
    frame.value = std::move(empty);
    set_position(frame.source, mark);
    frame.anchor = anchor;
    frame.nodes_at_start = nodes_;
    frame.bytes_at_start = bytes_;
    frame.mark = mark;
    frame.flow = flow;
    stack_.push_back(std::move(frame));
  }

  void OnCollectionEnd() {
    if (aborted_)
      return;
    Frame frame = std::move(stack_.back());
    stack_.pop_back();
    const std::size_t size = nodes_ - frame.nodes_at_start + 1;
    if (frame.anchor != 0)
      anchors_[frame.anchor] =
          Anchored{frame.value, frame.source, size, bytes_ - frame.bytes_at_start, std::nullopt};
    // The collection's own node was not counted yet: deliver counts it.
    nodes_ -= size - 1;
    deliver(frame.mark, std::move(frame.value), std::move(frame.source), std::nullopt, size);
  }

  // Hands a finished value to the collection being built, or makes it the document.
  void deliver(const YAML::Mark& mark, nlohmann::json value, SourceNode source,
               std::optional<std::string> key_text, std::size_t size) {
    nodes_ += size;
    if (nodes_ > limits_.max_nodes) {
      error(mark, "too-many-nodes", trf("the file holds more than {} values", limits_.max_nodes),
            tr("split the data or raise --max-nodes"));
      abort_document();
      return;
    }
    if (stack_.empty()) {
      root_ = YamlDocument{std::move(value), std::move(source)};
      return;
    }
    Frame& parent = stack_.back();
    if (parent.value.is_array()) {
      parent.value.push_back(std::move(value));
      parent.source.children.push_back(std::move(source));
      return;
    }
    if (!parent.has_key) {
      parent.has_key = true;
      parent.key_mark = mark;
      parent.drop_value = false;
      if (!key_text) {
        error(mark, "yaml-complex-key", tr("a key must be plain text, not a list or a mapping"),
              tr("write `name: value` pairs"));
        parent.drop_value = true;
        return;
      }
      parent.key = *key_text;
      if (const SourceNode* first = parent.source.member(parent.key)) {
        error(mark, "duplicate-key",
              trf("duplicate key `{}`: it already appears on line {}", shown_value(parent.key),
                  first->key_line),
              tr("each field may appear once in a mapping; keep one and delete the other"));
        parent.drop_value = true;
      }
      return;
    }
    parent.has_key = false;
    if (parent.drop_value)
      return;
    source.key_line = static_cast<unsigned>(parent.key_mark.line + 1);
    source.key_column = character_column(parent.key_mark);
    parent.value[parent.key] = std::move(value);
    parent.source.keys.push_back(parent.key);
    parent.source.children.push_back(std::move(source));
  }

  void abort_document() {
    aborted_ = true;
    stack_.clear();
    anchors_.clear();
  }

  void error(const YAML::Mark& mark, std::string code, std::string_view message,
             std::string_view hint) {
    Diagnostic diagnostic;
    diagnostic.file = file_;
    diagnostic.line = static_cast<unsigned>(mark.line + 1);
    diagnostic.column = character_column(mark);
    diagnostic.code = std::move(code);
    diagnostic.message = std::move(message);
    diagnostic.hint = std::move(hint);
    diagnostics_.push_back(std::move(diagnostic));
  }

  std::string_view text_;
  const std::string& file_;
  const YamlLimits& limits_;
  Diagnostics& diagnostics_;
  std::vector<Frame> stack_;
  std::unordered_map<YAML::anchor_t, Anchored> anchors_;
  std::optional<YamlDocument> root_;
  std::size_t nodes_ = 0;
  std::size_t alias_nodes_ = 0;
  std::size_t bytes_ = 0;        // keys and texts read so far, aliases expanded
  std::size_t alias_bytes_ = 0;  // of which produced by aliases
  bool aborted_ = false;
  YAML::Mark document_mark_;
};

// `units: []` with `- ` items below it (a new plan's units.yaml, filled in without deleting the
// `[]`): the key and the line number of the `[]`, looking up from line `line` (1-based).
std::optional<std::pair<std::string, unsigned>> empty_list_above(std::string_view text,
                                                                 unsigned line) {
  std::vector<std::string_view> lines;
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  static const std::regex empty_list(R"(^\s*([A-Za-z_][\w-]*):\s*\[\s*\]\s*(#.*)?\r?$)");
  for (unsigned n = std::min<unsigned>(line, static_cast<unsigned>(lines.size())); n-- > 1;) {
    const std::string above(lines[n - 1]);
    const std::size_t first = above.find_first_not_of(" \t\r");
    if (first == std::string::npos || above[first] == '#')
      continue;
    std::smatch m;
    if (std::regex_match(above, m, empty_list))
      return std::make_pair(m[1].str(), n);
    // Indented lines and items belong to the list; another top-level field ends the search.
    if (first == 0 && above.rfind("- ", 0) != 0)
      return std::nullopt;
  }
  return std::nullopt;
}

std::string syntax_hint(std::string_view text, unsigned line_number, std::string_view line) {
  const std::size_t indent_end = line.find_first_not_of(" \t");
  if (line.substr(0, indent_end).find('\t') != std::string_view::npos) {
    return std::string(tr("indent with spaces, not tabs"));
  }
  if (indent_end != std::string_view::npos && line.substr(indent_end).rfind("- ", 0) == 0) {
    if (auto list = empty_list_above(text, line_number)) {
      return trf(
          "delete the `[]` after `{}:` on line {}: `[]` is an empty list, and the `- ` "
          "lines below it take its place",
          list->first, list->second);
    }
  }
  if (line.find(": ") != std::string_view::npos &&
      line.find_first_of("\"'") == std::string_view::npos &&
      line.find(": ", line.find(": ") + 2) != std::string_view::npos) {
    return std::string(tr("a value that contains \": \" must be put in double quotes"));
  }
  return std::string(tr("check the indentation and quoting on this line and the line before"));
}

// yaml-cpp's messages (ErrorMsg in yaml-cpp/exceptions.h) in ui_language(); some end in ": "
// followed by what was found.
std::string yaml_cpp_message(const std::string& message) {
  static constexpr std::string_view kMessages[] = {
      tr_noop("YAML directives must have exactly one argument"),
      tr_noop("bad YAML version: "),
      tr_noop("YAML major version too large"),
      tr_noop("repeated YAML directive"),
      tr_noop("TAG directives must have exactly two arguments"),
      tr_noop("repeated TAG directive"),
      tr_noop("illegal character found while scanning tag handle"),
      tr_noop("tag handle with no suffix"),
      tr_noop("end of verbatim tag not found"),
      tr_noop("end of map not found"),
      tr_noop("end of map flow not found"),
      tr_noop("end of sequence not found"),
      tr_noop("end of sequence flow not found"),
      tr_noop("cannot assign multiple tags to the same node"),
      tr_noop("cannot assign multiple anchors to the same node"),
      tr_noop("cannot assign multiple aliases to the same node"),
      tr_noop("aliases can't have any content, *including* tags"),
      tr_noop("bad character found while scanning hex number"),
      tr_noop("invalid unicode: "),
      tr_noop("unknown escape character: "),
      tr_noop("unknown token"),
      tr_noop("illegal document indicator in scalar"),
      tr_noop("illegal EOF in scalar"),
      tr_noop("illegal character in scalar"),
      tr_noop("illegal tab when looking for indentation"),
      tr_noop("illegal flow end"),
      tr_noop("illegal block entry"),
      tr_noop("illegal map key"),
      tr_noop("illegal map value"),
      tr_noop("alias not found after *"),
      tr_noop("anchor not found after &"),
      tr_noop("illegal character found while scanning alias"),
      tr_noop("illegal character found while scanning anchor"),
      tr_noop("cannot set zero indentation for a block scalar"),
      tr_noop("unexpected character in block scalar"),
      tr_noop("cannot assign the same alias to multiple nodes"),
      tr_noop("the referenced anchor is not defined"),
      tr_noop("unexpected end sequence token"),
      tr_noop("unexpected end map token"),
      tr_noop("invalid character in single-quoted string"),
      tr_noop("invalid anchor"),
      tr_noop("invalid alias"),
      tr_noop("invalid tag"),
  };
  for (std::string_view known : kMessages) {
    const bool with_detail = known.size() > 2 && known.substr(known.size() - 2) == ": ";
    if (message == known || (with_detail && message.rfind(known, 0) == 0))
      return std::string(tr(known)) + message.substr(known.size());
  }
  return message;
}

}  // namespace

YamlReadResult read_yaml(std::string_view text, const std::string& file, const YamlLimits& limits) {
  YamlReadResult result;
  DocumentBuilder builder(text, file, limits, result.diagnostics);
  try {
    const FirstDocument parsed = parse_first_document(text, builder);
    if (!parsed.found) {
      result.empty = true;
      return result;
    }
    if (parsed.second) {
      Diagnostic diagnostic;
      diagnostic.file = file;
      diagnostic.line = static_cast<unsigned>(parsed.second->line + 1);
      diagnostic.code = "yaml-multiple-documents";
      diagnostic.message = tr("the file holds more than one YAML document");
      diagnostic.hint = tr("remove the `---` line; each file holds one document");
      attach_source_line(diagnostic, text, static_cast<unsigned>(parsed.second->column));
      result.diagnostics.push_back(std::move(diagnostic));
    }
  } catch (const YAML::DeepRecursion& e) {
    const bool reported =
        std::any_of(result.diagnostics.begin(), result.diagnostics.end(), is_too_deep);
    if (reported)
      return result;
    Diagnostic diagnostic;
    diagnostic.file = file;
    diagnostic.line = static_cast<unsigned>(e.mark.line + 1);
    describe_too_deep(diagnostic, limits.max_depth);
    attach_source_line(diagnostic, text, static_cast<unsigned>(e.mark.column));
    result.diagnostics.push_back(std::move(diagnostic));
    return result;
  } catch (const YAML::Exception& e) {
    Diagnostic diagnostic;
    diagnostic.file = file;
    diagnostic.line = static_cast<unsigned>(e.mark.line + 1);
    diagnostic.code = "yaml-syntax";
    diagnostic.message = trf("YAML syntax error: {}", yaml_cpp_message(e.msg));
    attach_source_line(diagnostic, text, static_cast<unsigned>(e.mark.column));
    diagnostic.hint = syntax_hint(text, diagnostic.line, diagnostic.source_line);
    result.diagnostics.push_back(std::move(diagnostic));
    return result;
  }
  if (builder.complete())
    result.document = builder.take();
  return result;
}

}  // namespace papi
