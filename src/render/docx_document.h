#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace papi::docx {

// A small WordprocessingML writer: enough for the documents of an administrative office
// (docs/documents.md). Lengths are in twips (1/20 pt, 1/1440 inch) unless named otherwise;
// font sizes in half-points, as WordprocessingML writes them.

constexpr int twips_from_mm(double mm) {
  return static_cast<int>(mm * 1440.0 / 25.4 + 0.5);
}

enum class Align { left, center, right, justify };

struct Run {
  std::string text;  // plain text: '\n' becomes a line break, '\t' a tab
  bool bold = false;
  bool italic = false;
  bool underline = false;
  int size = 0;  // half-points; 0: the document default
};

struct Paragraph {
  std::vector<Run> runs;
  Align align = Align::justify;
  int first_line = 0;  // first-line indent
  int indent_left = 0;
  int indent_right = 0;
  int before = 0;  // space before
  int after = 0;   // space after
  int line = 0;    // line spacing in 240ths of a line; 0: single
  bool keep_next = false;
  bool page_break_before = false;
  bool rule_above = false;  // a thin line over the paragraph, as wide as its indents allow
  std::string style;        // a style id of styles.xml ("Heading1"), empty for Normal
};

struct Cell {
  std::vector<Paragraph> paragraphs;
  int span = 1;         // columns this cell covers
  bool shaded = false;  // a light grey background (header rows)
};

struct Row {
  std::vector<Cell> cells;
  bool header = false;  // repeated at the top of every page the table runs over
};

struct Table {
  std::vector<int> widths;  // one per column; fit_columns fills them from the content
  std::vector<Row> rows;
  bool borders = true;
  int cell_margin = 85;  // left and right padding of every cell
};

// The width of `text` set in Times New Roman at `half_points`, estimated from the advance
// widths of the font's letters (an estimate that errs on the wide side).
int text_width(std::string_view text, int half_points, bool bold);
// The width of the longest word of `text`.
int longest_word_width(std::string_view text, int half_points, bool bold);

// Sets `table.widths` so that the columns share `total` the way a browser's automatic table
// layout does: no column narrower than its longest word, and the room left given to the
// columns whose text would otherwise wrap, in proportion to how much they need.
void fit_columns(Table& table, int total, int default_half_points);

enum class Orientation { portrait, landscape };

struct PageMargins {
  int top = twips_from_mm(20);
  int bottom = twips_from_mm(20);
  int left = twips_from_mm(30);
  int right = twips_from_mm(15);
};

// A horizontal bar chart with one series, drawn by Word and LibreOffice from the values
// cached in the chart part (no embedded workbook is needed to show it).
struct BarChart {
  std::string title;
  std::string series_name;
  std::vector<std::string> categories;
  std::vector<std::optional<double>> values;  // percent, 0..100; absent: no bar
  bool show_values = false;                   // the value at the end of each bar, in number_format
  std::string number_format = "0.0";          // (the reader's locale picks the decimal mark)
  long long width_emu = 5760720;              // 16 cm
  long long height_emu = 3600450;
};

struct CoreProperties {
  std::string title;
  std::string subject;
  std::string creator;
  std::string language = "vi-VN";
};

class Document {
 public:
  explicit Document(int default_half_points = 28);

  void add(const Paragraph& paragraph);
  void add(const Table& table);
  void add(const BarChart& chart, Align align = Align::center);
  // Ends the current section; what follows starts on a new page in `next`.
  void new_section(Orientation next);
  // The width between the margins of the current section.
  int text_width() const;
  Orientation orientation() const { return orientation_; }

  // The .docx package: [Content_Types].xml, relationships, document, styles, settings,
  // headers (page number centred at the top from page 2), charts, core properties.
  std::string package(const CoreProperties& properties) const;

  PageMargins margins;

 private:
  std::string section_properties(bool first) const;

  int default_size_;
  std::string body_;
  std::vector<std::string> charts_;  // chart part XML, chart1.xml...
  Orientation orientation_ = Orientation::portrait;
  bool in_first_section_ = true;
};

// XML text content that any XML parser accepts: escaped, and every character XML 1.0 forbids
// (controls, U+FFFE, U+FFFF) replaced by U+FFFD.
std::string xml_content(std::string_view text);

}  // namespace papi::docx
