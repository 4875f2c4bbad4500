#include "load/xlsx_reader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>

#include <pugixml.hpp>

#include "util/unicode_fold.h"
#include "util/utf8.h"

namespace papi {

namespace {

using Attributes = std::vector<std::pair<std::string_view, std::string_view>>;

// The local part of a qualified name: `r:id` -> `id`. The parts are matched by local names so
// that transitional and strict OOXML read alike.
std::string_view local_name(const char* name) {
  std::string_view text(name);
  const auto colon = text.rfind(':');
  return colon == std::string_view::npos ? text : text.substr(colon + 1);
}

std::string_view attribute(const Attributes& attributes, std::string_view name) {
  for (const auto& [key, value] : attributes) {
    if (key == name)
      return value;
  }
  return {};
}

class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual void start(std::string_view name, const Attributes& attributes) = 0;
  virtual void end(std::string_view name) = 0;
  virtual void text(std::string_view) {}
  // Set by a handler to stop the parse, e.g. on a limit.
  std::optional<XlsxProblem> problem;
};

// The line of byte `offset` of `xml`, for a message.
unsigned line_at(std::string_view xml, std::size_t offset) {
  const std::size_t end = std::min(offset, xml.size());
  return 1 + static_cast<unsigned>(std::count(xml.begin(), xml.begin() + end, '\n'));
}

bool starts_with_utf16_mark(std::string_view xml) {
  return xml.size() >= 2 &&
         ((xml[0] == '\xFF' && xml[1] == '\xFE') || (xml[0] == '\xFE' && xml[1] == '\xFF'));
}

// Hands pugixml's tree to a handler as a streaming parser would: the start of each element,
// its texts, and its end, in document order. pugixml's traversal is a loop, not a recursion,
// so nesting cannot exhaust the stack; a DOCTYPE stops it.
class ElementWalker : public pugi::xml_tree_walker {
 public:
  explicit ElementWalker(XmlHandler& handler) : handler_(handler) {}

  bool for_each(pugi::xml_node& node) override {
    const int level = depth();
    while (!open_.empty() && open_.back().second >= level) {
      handler_.end(open_.back().first);
      open_.pop_back();
    }
    switch (node.type()) {
      case pugi::node_element: {
        attributes_.clear();
        for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute())
          attributes_.emplace_back(local_name(a.name()), std::string_view(a.value()));
        const std::string_view name = local_name(node.name());
        handler_.start(name, attributes_);
        open_.emplace_back(name, level);
        break;
      }
      case pugi::node_pcdata:
      case pugi::node_cdata:
        handler_.text(node.value());
        break;
      case pugi::node_doctype:
        doctype_offset = node.offset_debug();
        return false;
      default:
        break;
    }
    return !handler_.problem;
  }

  bool end(pugi::xml_node&) override {
    while (!open_.empty() && !handler_.problem) {
      handler_.end(open_.back().first);
      open_.pop_back();
    }
    return true;
  }

  std::optional<std::ptrdiff_t> doctype_offset;

 private:
  XmlHandler& handler_;
  Attributes attributes_;
  std::vector<std::pair<std::string_view, int>> open_;  // elements not yet ended, and depths
};

// Parses `xml` with pugixml and hands its elements and texts to `handler` in document order,
// as a streaming parser would. pugixml expands no entity but the five of XML and character
// references, and a DOCTYPE (where entities would be declared) is refused outright.
std::optional<XlsxProblem> parse_xml(std::string& xml, const std::string& entry,
                                     XmlHandler& handler) {
  // The offset only: pugixml parses in place, so the caller counts the line in the part as it
  // came (WorkbookReader::parse).
  auto problem_of = [&](XlsxProblem::Kind kind, std::ptrdiff_t offset, std::string detail) {
    XlsxProblem problem;
    problem.kind = kind;
    problem.entry = entry;
    problem.offset = static_cast<std::size_t>(std::max<std::ptrdiff_t>(offset, 0));
    problem.detail = std::move(detail);
    return problem;
  };
  // pugixml passes bytes through; a part must be UTF-8 (or UTF-16 with its mark) to be read.
  if (!starts_with_utf16_mark(xml)) {
    if (const std::size_t valid = valid_utf8_prefix(xml); valid < xml.size()) {
      return problem_of(XlsxProblem::Kind::xml_syntax, static_cast<std::ptrdiff_t>(valid),
                        "not valid UTF-8");
    }
  }
  pugi::xml_document document;
  constexpr unsigned kOptions = pugi::parse_cdata | pugi::parse_escapes | pugi::parse_eol |
                                pugi::parse_wconv_attribute | pugi::parse_ws_pcdata |
                                pugi::parse_doctype;
  const pugi::xml_parse_result parsed =
      document.load_buffer_inplace(xml.data(), xml.size(), kOptions, pugi::encoding_auto);
  if (!parsed)
    return problem_of(XlsxProblem::Kind::xml_syntax, parsed.offset, parsed.description());

  ElementWalker walker(handler);
  document.traverse(walker);
  if (walker.doctype_offset)
    return problem_of(XlsxProblem::Kind::xml_entity, *walker.doctype_offset, {});
  if (handler.problem) {
    XlsxProblem problem = *handler.problem;
    problem.entry = entry;
    return problem;
  }
  return std::nullopt;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

bool is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// OOXML writes characters XML cannot hold as _xHHHH_ (a carriage return is _x000D_).
std::string decode_ooxml_escapes(std::string text) {
  if (text.find("_x") == std::string::npos)
    return text;
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '_' && i + 6 < text.size() && text[i + 1] == 'x' && is_hex(text[i + 2]) &&
        is_hex(text[i + 3]) && is_hex(text[i + 4]) && is_hex(text[i + 5]) && text[i + 6] == '_') {
      unsigned value = 0;
      std::from_chars(text.data() + i + 2, text.data() + i + 6, value, 16);
      if (value == 0x0D) {
        // CR LF or a lone CR inside a cell: a line break.
        if (!(i + 7 < text.size() && text[i + 7] == '\n'))
          out += '\n';
      } else if (value >= 0x20 || value == '\t' || value == '\n') {
        if (value < 0xD800 || value > 0xDFFF)
          append_utf8(out, value);
      }
      i += 6;
      continue;
    }
    out += text[i];
  }
  return out;
}

// A text of the workbook as papi keeps texts: OOXML's escapes decoded, composed (NFC), so
// that a Mac's decomposed Vietnamese matches the plan and is written as every other file is.
std::string workbook_text(std::string raw) {
  return to_nfc(decode_ooxml_escapes(std::move(raw)));
}

bool is_true(std::string_view value) {
  return value == "1" || value == "true";
}

std::optional<unsigned> parse_unsigned(std::string_view text) {
  unsigned value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || text.empty())
    return std::nullopt;
  return value;
}

// "D12" -> row 12, column 4; false when it is not a cell reference.
bool parse_reference(std::string_view ref, unsigned& row, unsigned& column) {
  std::size_t i = 0;
  unsigned col = 0;
  while (i < ref.size() && ((ref[i] >= 'A' && ref[i] <= 'Z') || (ref[i] >= 'a' && ref[i] <= 'z'))) {
    const char upper = static_cast<char>(ref[i] & ~0x20);
    col = col * 26 + static_cast<unsigned>(upper - 'A' + 1);
    if (++i > 3)
      return false;
  }
  if (i == 0 || col > 16384)
    return false;
  const auto number = parse_unsigned(ref.substr(i));
  if (!number || *number == 0 || *number > 1048576)
    return false;
  row = *number;
  column = col;
  return true;
}

// ---------------------------------------------------------------- parts

struct Relationship {
  std::string id, type, target;
};

class RelationshipsHandler : public XmlHandler {
 public:
  std::vector<Relationship> relationships;
  void start(std::string_view name, const Attributes& a) override {
    if (name == "Relationship" && attribute(a, "TargetMode") != "External") {
      relationships.push_back({std::string(attribute(a, "Id")), std::string(attribute(a, "Type")),
                               std::string(attribute(a, "Target"))});
    }
  }
  void end(std::string_view) override {}
};

class SharedStringsHandler : public XmlHandler {
 public:
  std::vector<std::string> strings;
  std::size_t limit = 0;
  void start(std::string_view name, const Attributes&) override {
    if (name == "si") {
      current_.clear();
      in_item_ = true;
    } else if (name == "rPh") {
      ++phonetic_depth_;
    } else if (name == "t" && in_item_ && phonetic_depth_ == 0) {
      in_text_ = true;
    }
  }
  void end(std::string_view name) override {
    if (name == "si") {
      strings.push_back(workbook_text(std::move(current_)));
      in_item_ = false;
      if (strings.size() > limit) {
        problem = XlsxProblem{};
        problem->kind = XlsxProblem::Kind::too_many_cells;
      }
    } else if (name == "rPh") {
      --phonetic_depth_;
    } else if (name == "t") {
      in_text_ = false;
    }
  }
  void text(std::string_view data) override {
    if (in_text_)
      current_.append(data);
  }

 private:
  std::string current_;
  bool in_item_ = false;
  bool in_text_ = false;
  int phonetic_depth_ = 0;
};

class StylesHandler : public XmlHandler {
 public:
  std::vector<NumberStyle> cell_styles;  // by the s attribute of a cell
  void start(std::string_view name, const Attributes& a) override {
    if (name == "numFmt") {
      if (auto id = parse_unsigned(attribute(a, "numFmtId")))
        custom_[*id] = style_of_format_code(attribute(a, "formatCode"));
    } else if (name == "cellXfs") {
      in_cell_xfs_ = true;
    } else if (name == "xf" && in_cell_xfs_) {
      const unsigned id = parse_unsigned(attribute(a, "numFmtId")).value_or(0);
      const auto custom = custom_.find(id);
      cell_styles.push_back(custom != custom_.end() ? custom->second : style_of_builtin_format(id));
    }
  }
  void end(std::string_view name) override {
    if (name == "cellXfs")
      in_cell_xfs_ = false;
  }

 private:
  std::map<unsigned, NumberStyle> custom_;
  bool in_cell_xfs_ = false;
};

struct SheetEntry {
  std::string name, relationship;
  bool hidden = false;
};

class WorkbookHandler : public XmlHandler {
 public:
  std::vector<SheetEntry> sheets;
  std::vector<XlsxDefinedName> names;
  bool date1904 = false;
  void start(std::string_view name, const Attributes& a) override {
    if (name == "workbookPr") {
      date1904 = is_true(attribute(a, "date1904"));
    } else if (name == "sheet") {
      const std::string_view state = attribute(a, "state");
      sheets.push_back({std::string(attribute(a, "name")), std::string(attribute(a, "id")),
                        state == "hidden" || state == "veryHidden"});
    } else if (name == "definedName") {
      XlsxDefinedName defined;
      defined.name = std::string(attribute(a, "name"));
      if (auto sheet = parse_unsigned(attribute(a, "localSheetId")))
        defined.sheet = *sheet;
      names.push_back(std::move(defined));
      in_name_ = true;
    }
  }
  void end(std::string_view name) override {
    if (name == "definedName")
      in_name_ = false;
  }
  void text(std::string_view data) override {
    if (in_name_)
      names.back().value.append(data);
  }

 private:
  bool in_name_ = false;
};

class SheetHandler : public XmlHandler {
 public:
  SheetHandler(XlsxSheet& sheet, const std::vector<std::string>& strings,
               const std::vector<NumberStyle>& styles, std::size_t& cells, std::size_t limit)
      : sheet_(sheet), strings_(strings), styles_(styles), cells_(cells), limit_(limit) {}

  void start(std::string_view name, const Attributes& a) override {
    if (name == "row") {
      if (auto r = parse_unsigned(attribute(a, "r")); r && *r > 0)
        row_ = *r;
      else
        ++row_;
      column_ = 0;
    } else if (name == "c") {
      in_cell_ = true;
      value_.clear();
      inline_text_.clear();
      has_value_ = false;
      type_ = std::string(attribute(a, "t"));
      unsigned row = 0;
      unsigned column = 0;
      if (parse_reference(attribute(a, "r"), row, column)) {
        row_ = row;
        column_ = column;
      } else {
        ++column_;
      }
      const auto s = parse_unsigned(attribute(a, "s")).value_or(0);
      style_ = s < styles_.size() ? styles_[s] : NumberStyle::general;
    } else if (in_cell_ && name == "v") {
      in_value_ = true;
      has_value_ = true;
    } else if (in_cell_ && name == "is") {
      in_inline_ = true;
      has_value_ = true;
    } else if (in_inline_ && name == "rPh") {
      ++phonetic_depth_;
    } else if (in_inline_ && name == "t" && phonetic_depth_ == 0) {
      in_inline_text_ = true;
    } else if (name == "mergeCell") {
      const std::string_view ref = attribute(a, "ref");
      const auto colon = ref.find(':');
      XlsxRange range;
      if (colon != std::string_view::npos &&
          parse_reference(ref.substr(0, colon), range.first_row, range.first_column) &&
          parse_reference(ref.substr(colon + 1), range.last_row, range.last_column) &&
          range.first_row <= range.last_row && range.first_column <= range.last_column) {
        // A merged range counts as the cells its first column covers: reading repeats its
        // value down them (xlsx_table), and a few bytes of XML must not make that unbounded.
        cells_ += range.last_row - range.first_row;
        if (cells_ > limit_) {
          problem = XlsxProblem{};
          problem->kind = XlsxProblem::Kind::too_many_cells;
          return;
        }
        sheet_.merged.push_back(range);
      }
    }
  }

  void end(std::string_view name) override {
    if (name == "v") {
      in_value_ = false;
    } else if (name == "is") {
      in_inline_ = false;
    } else if (name == "rPh") {
      if (phonetic_depth_ > 0)
        --phonetic_depth_;
    } else if (name == "t") {
      in_inline_text_ = false;
    } else if (name == "c") {
      in_cell_ = false;
      finish_cell();
    }
  }

  void text(std::string_view data) override {
    if (in_value_)
      value_.append(data);
    else if (in_inline_text_)
      inline_text_.append(data);
  }

 private:
  void finish_cell() {
    if (!has_value_)
      return;
    XlsxCell cell;
    cell.row = row_;
    cell.column = column_;
    cell.style = style_;
    if (type_ == "s") {
      const auto index = parse_unsigned(value_);
      if (!index || *index >= strings_.size())
        return;
      cell.kind = XlsxCell::Kind::text;
      cell.text = strings_[*index];
    } else if (type_ == "inlineStr") {
      cell.kind = XlsxCell::Kind::text;
      cell.text = workbook_text(std::move(inline_text_));
    } else if (type_ == "str") {
      cell.kind = XlsxCell::Kind::text;
      cell.text = workbook_text(std::move(value_));
    } else if (type_ == "b") {
      cell.kind = XlsxCell::Kind::boolean;
      cell.text = value_;
      cell.number = value_ == "1" ? 1 : 0;
    } else if (type_ == "e") {
      cell.kind = XlsxCell::Kind::error;
      cell.text = value_;
    } else if (type_ == "d") {
      // Strict OOXML's ISO 8601 date cell: kept as its date text.
      cell.kind = XlsxCell::Kind::text;
      cell.text = value_.substr(0, std::min<std::size_t>(value_.size(), 10));
      cell.style = NumberStyle::date;
    } else {
      std::string_view number = value_;
      while (!number.empty() && number.front() == ' ')
        number.remove_prefix(1);
      while (!number.empty() && number.back() == ' ')
        number.remove_suffix(1);
      if (number.empty())
        return;
      double parsed = 0;
      const auto [end, error] =
          std::from_chars(number.data(), number.data() + number.size(), parsed);
      if (error != std::errc() || end != number.data() + number.size() || !std::isfinite(parsed))
        return;
      cell.kind = XlsxCell::Kind::number;
      cell.text = std::string(number);
      cell.number = parsed;
    }
    if (++cells_ > limit_) {
      problem = XlsxProblem{};
      problem->kind = XlsxProblem::Kind::too_many_cells;
      return;
    }
    sheet_.cells.push_back(std::move(cell));
  }

  XlsxSheet& sheet_;
  const std::vector<std::string>& strings_;
  const std::vector<NumberStyle>& styles_;
  std::size_t& cells_;
  std::size_t limit_;
  unsigned row_ = 0;
  unsigned column_ = 0;
  bool in_cell_ = false, in_value_ = false, in_inline_ = false, in_inline_text_ = false;
  bool has_value_ = false;
  int phonetic_depth_ = 0;
  std::string type_, value_, inline_text_;
  NumberStyle style_ = NumberStyle::general;
};

// The folder of a part: "xl/workbook.xml" -> "xl/".
std::string folder_of(const std::string& part) {
  const auto slash = part.rfind('/');
  return slash == std::string::npos ? std::string() : part.substr(0, slash + 1);
}

// A relationship target made a part name: relative to the source's folder, or absolute.
std::string resolve_target(const std::string& source_folder, const std::string& target) {
  std::string path =
      !target.empty() && target.front() == '/' ? target.substr(1) : source_folder + target;
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= path.size()) {
    const auto slash = path.find('/', start);
    const std::string piece =
        path.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (piece == "..") {
      if (!parts.empty())
        parts.pop_back();
    } else if (!piece.empty() && piece != ".") {
      parts.push_back(piece);
    }
    if (slash == std::string::npos)
      break;
    start = slash + 1;
  }
  std::string joined;
  for (const std::string& piece : parts) {
    if (!joined.empty())
      joined += '/';
    joined += piece;
  }
  return joined;
}

std::string rels_of(const std::string& part) {
  const auto slash = part.rfind('/');
  const std::string folder = slash == std::string::npos ? "" : part.substr(0, slash + 1);
  const std::string name = slash == std::string::npos ? part : part.substr(slash + 1);
  return folder + "_rels/" + name + ".rels";
}

bool ends_with(std::string_view text, std::string_view tail) {
  return text.size() >= tail.size() && text.substr(text.size() - tail.size()) == tail;
}

class WorkbookReader {
 public:
  WorkbookReader(ZipArchive& archive, const XlsxLimits& limits)
      : archive_(archive), limits_(limits) {}

  XlsxReadResult run() {
    XlsxReadResult result;
    XlsxWorkbook workbook;
    if (!run(workbook)) {
      result.problem = std::move(problem_);
      return result;
    }
    result.workbook = std::move(workbook);
    return result;
  }

 private:
  // Reads an entry into `data`; false (with problem_ set) when it cannot be read.
  bool read(const std::string& entry, std::string& data) {
    ZipArchive::Read read = archive_.read(entry);
    if (read.problem) {
      problem_ = XlsxProblem{};
      problem_->entry = entry;
      if (read.problem->kind == ZipProblem::Kind::missing) {
        problem_->kind = XlsxProblem::Kind::missing_part;
      } else {
        problem_->kind = XlsxProblem::Kind::zip;
        problem_->zip = std::move(read.problem);
      }
      return false;
    }
    data = std::move(read.data);
    return true;
  }

  bool parse(const std::string& entry, XmlHandler& handler) {
    std::string data;
    if (!read(entry, data))
      return false;
    problem_ = parse_xml(data, entry, handler);
    if (problem_ && (problem_->kind == XlsxProblem::Kind::xml_syntax ||
                     problem_->kind == XlsxProblem::Kind::xml_entity)) {
      // The parse rewrote `data` in place: the line is counted in the part read again.
      problem_->line = line_at(archive_.read(entry).data, problem_->offset);
    }
    return !problem_;
  }

  // Parses an optional part: absent is fine.
  bool parse_optional(const std::string& entry, XmlHandler& handler) {
    if (!archive_.contains(entry))
      return true;
    return parse(entry, handler);
  }

  bool run(XlsxWorkbook& workbook) {
    // [Content_Types].xml tells nothing a reader of cells needs, and is not read: a part that
    // is not read cannot do harm (sniff_spreadsheet only checks that it is there).
    std::string workbook_part = "xl/workbook.xml";
    RelationshipsHandler package;
    if (!parse_optional("_rels/.rels", package))
      return false;
    for (const Relationship& r : package.relationships) {
      if (ends_with(r.type, "/officeDocument")) {
        workbook_part = resolve_target("", r.target);
        break;
      }
    }
    WorkbookHandler book;
    if (!parse(workbook_part, book))
      return false;
    workbook.date1904 = book.date1904;
    workbook.names = std::move(book.names);
    if (book.sheets.size() > limits_.max_sheets) {
      problem_ = XlsxProblem{};
      problem_->kind = XlsxProblem::Kind::too_many_sheets;
      problem_->entry = workbook_part;
      return false;
    }

    RelationshipsHandler parts;
    if (!parse_optional(rels_of(workbook_part), parts))
      return false;
    const std::string folder = folder_of(workbook_part);
    std::string strings_part = folder + "sharedStrings.xml";
    std::string styles_part = folder + "styles.xml";
    std::map<std::string, std::string> targets;
    for (const Relationship& r : parts.relationships) {
      const std::string target = resolve_target(folder, r.target);
      targets[r.id] = target;
      if (ends_with(r.type, "/sharedStrings"))
        strings_part = target;
      else if (ends_with(r.type, "/styles"))
        styles_part = target;
    }
    SharedStringsHandler strings;
    strings.limit = limits_.max_cells;
    if (!parse_optional(strings_part, strings))
      return false;
    StylesHandler styles;
    if (!parse_optional(styles_part, styles))
      return false;

    std::size_t cells = 0;
    for (std::size_t i = 0; i < book.sheets.size(); ++i) {
      const SheetEntry& entry = book.sheets[i];
      XlsxSheet sheet;
      sheet.name = entry.name;
      sheet.hidden = entry.hidden;
      const auto target = targets.find(entry.relationship);
      const std::string part = target != targets.end()
                                   ? target->second
                                   : folder + "worksheets/sheet" + std::to_string(i + 1) + ".xml";
      // A chart sheet or dialog sheet has no cells to read.
      if (part.find("worksheets/") != std::string::npos || target == targets.end()) {
        SheetHandler handler(sheet, strings.strings, styles.cell_styles, cells, limits_.max_cells);
        if (!parse(part, handler))
          return false;
        std::stable_sort(sheet.cells.begin(), sheet.cells.end(),
                         [](const XlsxCell& a, const XlsxCell& b) {
                           return a.row != b.row ? a.row < b.row : a.column < b.column;
                         });
      }
      workbook.sheets.push_back(std::move(sheet));
    }
    return true;
  }

  ZipArchive& archive_;
  const XlsxLimits& limits_;
  std::optional<XlsxProblem> problem_;
};

bool is_ole2(std::string_view bytes) {
  static constexpr unsigned char kMagic[] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
  if (bytes.size() < sizeof kMagic)
    return false;
  for (std::size_t i = 0; i < sizeof kMagic; ++i) {
    if (static_cast<unsigned char>(bytes[i]) != kMagic[i])
      return false;
  }
  return true;
}

bool contains_utf16(std::string_view bytes, std::string_view ascii) {
  std::string wide;
  for (char c : ascii) {
    wide += c;
    wide += '\0';
  }
  return bytes.find(wide) != std::string_view::npos;
}

}  // namespace

namespace {

// An archive that opened: a workbook, an OpenDocument file, or another zip.
SpreadsheetFormat format_of_archive(ZipArchive& archive) {
  if (archive.contains("mimetype")) {
    ZipArchive::Read mimetype = archive.read("mimetype");
    if (!mimetype.problem && mimetype.data.rfind("application/vnd.oasis.opendocument", 0) == 0) {
      return SpreadsheetFormat::ods;
    }
  }
  const bool has_workbook =
      std::any_of(archive.entries().begin(), archive.entries().end(),
                  [](const ZipEntryInfo& e) { return e.name.rfind("xl/", 0) == 0; });
  return archive.contains("[Content_Types].xml") && has_workbook ? SpreadsheetFormat::xlsx
                                                                 : SpreadsheetFormat::other_zip;
}

}  // namespace

SpreadsheetFormat sniff_spreadsheet(std::string_view bytes) {
  if (is_ole2(bytes)) {
    return contains_utf16(bytes, "EncryptedPackage") ? SpreadsheetFormat::encrypted_xlsx
                                                     : SpreadsheetFormat::xls;
  }
  if (looks_like_zip(bytes)) {
    ZipArchive::Opened opened = ZipArchive::open_memory(bytes);
    return opened.archive ? format_of_archive(*opened.archive) : SpreadsheetFormat::broken_zip;
  }
  // Text: no NUL and no control character but tab and line ends in the first 4 KiB.
  const std::string_view head = bytes.substr(0, 4096);
  const bool text = !head.empty() && std::none_of(head.begin(), head.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r';
  });
  return text ? SpreadsheetFormat::text : SpreadsheetFormat::unknown;
}

XlsxReadResult read_xlsx(std::string_view bytes, const XlsxLimits& limits) {
  XlsxReadResult result;
  auto not_xlsx = [&](SpreadsheetFormat format) {
    result.problem = XlsxProblem{};
    result.problem->kind = XlsxProblem::Kind::not_xlsx;
    result.problem->format = format;
    return result;
  };
  // A zip is opened once, to tell what it holds and to read it.
  if (!looks_like_zip(bytes))
    return not_xlsx(sniff_spreadsheet(bytes));
  ZipArchive::Opened opened = ZipArchive::open_memory(bytes, limits.zip);
  if (!opened.archive) {
    result.problem = XlsxProblem{};
    result.problem->kind = XlsxProblem::Kind::zip;
    result.problem->format = SpreadsheetFormat::broken_zip;
    result.problem->zip = std::move(opened.problem);
    return result;
  }
  if (const SpreadsheetFormat format = format_of_archive(*opened.archive);
      format != SpreadsheetFormat::xlsx)
    return not_xlsx(format);
  WorkbookReader reader(*opened.archive, limits);
  return reader.run();
}

std::string column_letters(unsigned column) {
  std::string letters;
  while (column > 0) {
    const unsigned rest = (column - 1) % 26;
    letters.insert(letters.begin(), static_cast<char>('A' + rest));
    column = (column - 1) / 26;
  }
  return letters;
}

std::string cell_reference(unsigned row, unsigned column) {
  return column_letters(column) + std::to_string(row);
}

std::optional<Date> excel_serial_to_day(double serial, bool date1904) {
  if (!std::isfinite(serial) || serial < 1 || serial > 2958465)
    return std::nullopt;
  const auto days = static_cast<long long>(std::floor(serial));
  // 1970-01-01 is serial 25569 (1900 system) and 24107 (1904 system).
  if (date1904)
    return Date::from_days_since_epoch(days - 24107);
  if (days == 60)
    return Date{1900, 2, 29};
  // Serials before the phantom leap day are one day later than the arithmetic gives.
  return Date::from_days_since_epoch(days - 25569 + (days < 60 ? 1 : 0));
}

NumberStyle style_of_builtin_format(unsigned id) {
  if (id == 9 || id == 10)
    return NumberStyle::percent;
  if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
      (id >= 50 && id <= 58))
    return NumberStyle::date;
  if (id == 49)
    return NumberStyle::text;
  return NumberStyle::general;
}

NumberStyle style_of_format_code(std::string_view code) {
  // The first section is the one for positive numbers.
  bool quoted = false;
  std::string plain;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (quoted) {
      quoted = c != '"';
      continue;
    }
    if (c == '"') {
      quoted = true;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // an escaped or padding character
    } else if (c == '[') {
      const auto close = code.find(']', i);
      if (close == std::string_view::npos)
        break;
      const std::string_view inside = code.substr(i + 1, close - i - 1);
      // [h], [mm], [ss]: elapsed time, a date-like format; [Red], [$-42A]: not.
      if (!inside.empty() && (inside[0] == 'h' || inside[0] == 'm' || inside[0] == 's' ||
                              inside[0] == 'H' || inside[0] == 'M' || inside[0] == 'S'))
        plain += 'h';
      i = close;
    } else if (c == ';') {
      break;
    } else {
      plain += static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
  }
  if (plain == "@")
    return NumberStyle::text;
  if (plain.find("general") != std::string::npos)
    return NumberStyle::general;
  if (plain.find('%') != std::string::npos)
    return NumberStyle::percent;
  if (plain.find_first_of("dmyhs") != std::string::npos)
    return NumberStyle::date;
  return NumberStyle::general;
}

}  // namespace papi
