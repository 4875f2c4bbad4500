#include "render/docx_document.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <fmt/format.h>
#include <unicode/uchar.h>

#include "render/escape.h"
#include "util/zip_writer.h"

namespace papi::docx {

namespace {

constexpr std::string_view kWordNamespaces =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
    "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
    "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
    "xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"";
constexpr std::string_view kXmlDeclaration =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr int kA4Short = 11906;
constexpr int kA4Long = 16838;

// Advance widths of Times New Roman in thousandths of an em, for ASCII 32..126.
constexpr int kAsciiWidths[95] = {
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,  // ' '../
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,  // 0..?
    921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,  // @..O
    556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,  // P.._
    333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,  // `..o
    500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541};      // p..~

// Decodes one UTF-8 sequence at `i` (the input is valid UTF-8: the loader checks it).
char32_t next_code_point(std::string_view text, std::size_t& i) {
  const auto lead = static_cast<unsigned char>(text[i++]);
  if (lead < 0x80)
    return lead;
  const int extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
  char32_t cp = lead & (0x3F >> extra);
  for (int k = 0; k < extra && i < text.size(); ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(text[i++]) & 0x3F);
  return cp;
}

int glyph_width(char32_t cp) {
  if (cp >= 32 && cp <= 126)
    return kAsciiWidths[cp - 32];
  if (u_getCombiningClass(static_cast<UChar32>(cp)) != 0)
    return 0;
  if (cp == U'—' || cp == U'–')
    return cp == U'—' ? 1000 : 500;
  // Vietnamese letters are Latin letters with marks: as wide as an average letter of their case.
  return u_isupper(static_cast<UChar32>(cp)) ? 722 : 500;
}

// Thousandths of an em to twips at `half_points`, with a margin for bold and for the estimate.
int to_twips(long long thousandths, int half_points, bool bold) {
  const double factor = bold ? 1.10 : 1.04;
  return static_cast<int>(
      std::ceil(static_cast<double>(thousandths) * half_points * 10.0 * factor / 1000.0));
}

std::string attribute(std::string_view text) {
  std::string out;
  for (char c : xml_content(text)) {
    if (c == '"')
      out += "&quot;";
    else
      out += c;
  }
  return out;
}

std::string_view align_value(Align align) {
  switch (align) {
    case Align::left:
      return "left";
    case Align::center:
      return "center";
    case Align::right:
      return "right";
    case Align::justify:
      return "both";
  }
  return "both";
}

std::string run_xml(const Run& run) {
  std::string properties;
  if (run.bold)
    properties += "<w:b/><w:bCs/>";
  if (run.italic)
    properties += "<w:i/><w:iCs/>";
  if (run.size > 0)
    properties += fmt::format("<w:sz w:val=\"{0}\"/><w:szCs w:val=\"{0}\"/>", run.size);
  if (run.underline)
    properties += "<w:u w:val=\"single\"/>";
  const std::string head = properties.empty() ? "<w:r>" : "<w:r><w:rPr>" + properties + "</w:rPr>";

  std::string out = head;
  std::string pending;
  auto flush = [&] {
    if (!pending.empty())
      out += "<w:t xml:space=\"preserve\">" + xml_content(pending) + "</w:t>";
    pending.clear();
  };
  for (char c : run.text) {
    if (c == '\n' || c == '\t') {
      flush();
      out += c == '\n' ? "<w:br/>" : "<w:tab/>";
    } else {
      pending += c;
    }
  }
  flush();
  return out + "</w:r>";
}

std::string paragraph_xml(const Paragraph& p, std::string_view section = {}) {
  std::string pr;
  if (!p.style.empty())
    pr += fmt::format("<w:pStyle w:val=\"{}\"/>", p.style);
  if (p.keep_next)
    pr += "<w:keepNext/>";
  if (p.page_break_before)
    pr += "<w:pageBreakBefore/>";
  if (p.rule_above)
    pr += "<w:pBdr><w:top w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>";
  pr += fmt::format("<w:spacing w:before=\"{}\" w:after=\"{}\" w:line=\"{}\" w:lineRule=\"auto\"/>",
                    p.before, p.after, p.line > 0 ? p.line : 240);
  if (p.first_line != 0 || p.indent_left != 0 || p.indent_right != 0) {
    pr += fmt::format("<w:ind w:left=\"{}\" w:right=\"{}\"", p.indent_left, p.indent_right);
    pr += p.first_line >= 0 ? fmt::format(" w:firstLine=\"{}\"/>", p.first_line)
                            : fmt::format(" w:hanging=\"{}\"/>", -p.first_line);
  }
  pr += fmt::format("<w:jc w:val=\"{}\"/>", align_value(p.align));
  // The paragraph mark takes the size of the text, so that an empty line is as high as a full one.
  if (!p.runs.empty() && p.runs.front().size > 0)
    pr += fmt::format("<w:rPr><w:sz w:val=\"{0}\"/><w:szCs w:val=\"{0}\"/></w:rPr>",
                      p.runs.front().size);
  pr += section;
  std::string out = "<w:p><w:pPr>" + pr + "</w:pPr>";
  for (const Run& run : p.runs)
    out += run_xml(run);
  return out + "</w:p>";
}

std::string chart_xml(const BarChart& chart) {
  const std::size_t n = chart.categories.size();
  std::string categories;
  std::string values;
  for (std::size_t i = 0; i < n; ++i) {
    categories +=
        fmt::format("<c:pt idx=\"{}\"><c:v>{}</c:v></c:pt>", i, xml_content(chart.categories[i]));
    if (i < chart.values.size() && chart.values[i])
      values += fmt::format("<c:pt idx=\"{}\"><c:v>{:.1f}</c:v></c:pt>", i, *chart.values[i]);
  }
  const std::string text_properties =
      "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"1000\">"
      "<a:latin typeface=\"Times New Roman\"/><a:cs typeface=\"Times New Roman\"/>"
      "</a:defRPr></a:pPr><a:endParaRPr lang=\"vi-VN\"/></a:p></c:txPr>";
  std::string out(kXmlDeclaration);
  out +=
      "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" "
      "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
      "<c:roundedCorners val=\"0\"/><c:chart>";
  if (!chart.title.empty()) {
    out += fmt::format(
        "<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"1200\" "
        "b=\"1\"/></a:pPr><a:r><a:rPr lang=\"vi-VN\" sz=\"1200\" b=\"1\"><a:latin "
        "typeface=\"Times New Roman\"/></a:rPr><a:t>{}</a:t></a:r></a:p></c:rich></c:tx>"
        "<c:overlay val=\"0\"/></c:title><c:autoTitleDeleted val=\"0\"/>",
        xml_content(chart.title));
  } else {
    out += "<c:autoTitleDeleted val=\"1\"/>";
  }
  out +=
      "<c:plotArea><c:layout/><c:barChart><c:barDir val=\"bar\"/>"
      "<c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>";
  out += fmt::format(
      "<c:ser><c:idx val=\"0\"/><c:order val=\"0\"/><c:tx><c:strRef><c:f>Sheet1!$B$1</c:f>"
      "<c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>{}</c:v></c:pt></c:strCache>"
      "</c:strRef></c:tx><c:spPr><a:solidFill><a:srgbClr val=\"2563EB\"/></a:solidFill></c:spPr>"
      "<c:invertIfNegative val=\"0\"/>",
      xml_content(chart.series_name));
  if (chart.show_values)
    out += fmt::format(
        "<c:dLbls><c:numFmt formatCode=\"{}\" sourceLinked=\"0\"/><c:spPr><a:noFill/><a:ln>"
        "<a:noFill/></a:ln></c:spPr>{}<c:dLblPos val=\"outEnd\"/><c:showLegendKey val=\"0\"/>"
        "<c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/>"
        "<c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbls>",
        attribute(chart.number_format), text_properties);
  out += fmt::format(
      "<c:cat><c:strRef><c:f>Sheet1!$A$2:$A${0}</c:f><c:strCache><c:ptCount val=\"{1}\"/>{2}"
      "</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>Sheet1!$B$2:$B${0}</c:f>"
      "<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"{1}\"/>{3}</c:numCache>"
      "</c:numRef></c:val></c:ser>",
      n + 1, n, categories, values);
  out +=
      "<c:gapWidth val=\"60\"/><c:axId val=\"50010001\"/><c:axId val=\"50010002\"/>"
      "</c:barChart>";
  // Categories top to bottom in the order given; the value axis at the bottom, 0 to 100.
  out +=
      "<c:catAx><c:axId val=\"50010001\"/><c:scaling><c:orientation val=\"maxMin\"/>"
      "</c:scaling><c:delete val=\"0\"/><c:axPos val=\"l\"/>"
      "<c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/>"
      "<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>" +
      text_properties +
      "<c:crossAx val=\"50010002\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/>"
      "<c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/>"
      "</c:catAx>";
  out +=
      "<c:valAx><c:axId val=\"50010002\"/><c:scaling><c:orientation val=\"minMax\"/>"
      "<c:max val=\"100\"/><c:min val=\"0\"/></c:scaling><c:delete val=\"0\"/>"
      "<c:axPos val=\"b\"/><c:majorGridlines/><c:numFmt formatCode=\"0\" sourceLinked=\"0\"/>"
      "<c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/>"
      "<c:tickLblPos val=\"nextTo\"/>" +
      text_properties +
      "<c:crossAx val=\"50010001\"/><c:crosses val=\"max\"/>"
      "<c:crossBetween val=\"between\"/><c:majorUnit val=\"20\"/></c:valAx>";
  out += "</c:plotArea><c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart>" +
         text_properties + "</c:chartSpace>";
  return out;
}

std::string styles_xml(int default_half_points) {
  std::string out(kXmlDeclaration);
  out += fmt::format(
      "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" "
      "w:hAnsi=\"Times New Roman\" w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/>"
      "<w:sz w:val=\"{0}\"/><w:szCs w:val=\"{0}\"/><w:lang w:val=\"vi-VN\" w:eastAsia=\"vi-VN\" "
      "w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" "
      "w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
      "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name "
      "w:val=\"Normal\"/>"
      "<w:qFormat/><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" "
      "w:cs=\"Times New Roman\"/><w:color w:val=\"000000\"/><w:sz w:val=\"{0}\"/>"
      "<w:szCs w:val=\"{0}\"/></w:rPr></w:style>",
      default_half_points);
  for (int level = 1; level <= 3; ++level) {
    out += fmt::format(
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading{0}\"><w:name w:val=\"heading {0}\"/>"
        "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/>"
        "<w:spacing w:before=\"120\" w:after=\"60\"/><w:outlineLvl w:val=\"{1}\"/></w:pPr>"
        "<w:rPr><w:b/><w:bCs/>{2}<w:color w:val=\"000000\"/><w:sz w:val=\"{3}\"/>"
        "<w:szCs w:val=\"{3}\"/></w:rPr></w:style>",
        level, level - 1, level == 3 ? "<w:i/><w:iCs/>" : "", default_half_points);
  }
  out +=
      "<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/>"
      "<w:basedOn w:val=\"Normal\"/></w:style></w:styles>";
  return out;
}

std::string header_xml(bool with_page_number, int half_points) {
  std::string out(kXmlDeclaration);
  out += fmt::format(
      "<w:hdr {}><w:p><w:pPr><w:pStyle w:val=\"Header\"/><w:jc w:val=\"center\"/>"
      "</w:pPr>",
      kWordNamespaces);
  if (with_page_number) {
    out += fmt::format(
        "<w:r><w:rPr><w:sz w:val=\"{0}\"/><w:szCs w:val=\"{0}\"/></w:rPr>"
        "<w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:rPr><w:sz w:val=\"{0}\"/>"
        "<w:szCs w:val=\"{0}\"/></w:rPr><w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"
        "</w:r><w:r><w:rPr><w:sz w:val=\"{0}\"/><w:szCs w:val=\"{0}\"/></w:rPr>"
        "<w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:rPr><w:sz w:val=\"{0}\"/>"
        "<w:szCs w:val=\"{0}\"/></w:rPr><w:t>2</w:t></w:r><w:r><w:rPr><w:sz w:val=\"{0}\"/>"
        "<w:szCs w:val=\"{0}\"/></w:rPr><w:fldChar w:fldCharType=\"end\"/></w:r>",
        half_points);
  }
  return out + "</w:p></w:hdr>";
}

}  // namespace

std::string xml_content(std::string_view text) {
  std::string out = xml_text(text);
  // U+FFFE and U+FFFF are well-formed UTF-8 but not XML characters.
  for (std::size_t at = out.find("\xEF\xBF"); at != std::string::npos;
       at = out.find("\xEF\xBF", at + 1)) {
    if (at + 2 < out.size() && (static_cast<unsigned char>(out[at + 2]) & 0xFE) == 0xBE)
      out[at + 2] = static_cast<char>(0xBD);
  }
  return out;
}

int text_width(std::string_view text, int half_points, bool bold) {
  long long total = 0;
  for (std::size_t i = 0; i < text.size();)
    total += glyph_width(next_code_point(text, i));
  return to_twips(total, half_points, bold);
}

int longest_word_width(std::string_view text, int half_points, bool bold) {
  long long longest = 0;
  long long word = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = next_code_point(text, i);
    // A line may break after a slash or a hyphen, but not between digits: a word processor
    // keeps 15/05/2021 and 2020-2021 whole (Unicode line breaking: no break before a number).
    const bool digit_follows = i < text.size() && text[i] >= '0' && text[i] <= '9';
    if (cp == U' ' || cp == U'\n' || cp == U'\t' || cp == U'\u00A0' ||
        ((cp == U'/' || cp == U'-') && !digit_follows)) {
      // A slash or a hyphen stays with the word before it.
      if (cp == U'/' || cp == U'-')
        word += glyph_width(cp);
      longest = std::max(longest, word);
      word = 0;
    } else {
      word += glyph_width(cp);
    }
  }
  return to_twips(std::max(longest, word), half_points, bold);
}

void fit_columns(Table& table, int total, int default_half_points) {
  std::size_t columns = 0;
  for (const Row& row : table.rows) {
    std::size_t n = 0;
    for (const Cell& cell : row.cells)
      n += static_cast<std::size_t>(std::max(cell.span, 1));
    columns = std::max(columns, n);
  }
  std::vector<double> minimum(columns, 0);
  std::vector<double> desired(columns, 0);
  std::vector<double> heading(columns, 0);  // what the header row would need on one line
  const int padding = 2 * table.cell_margin + 30;
  for (const Row& row : table.rows) {
    std::size_t column = 0;
    for (const Cell& cell : row.cells) {
      // A cell over several columns does not size them: its text wraps within their sum.
      if (cell.span <= 1 && column < columns) {
        for (const Paragraph& p : cell.paragraphs) {
          double line = padding + p.indent_left;
          for (const Run& run : p.runs) {
            const int size = run.size > 0 ? run.size : default_half_points;
            minimum[column] = std::max<double>(
                minimum[column], longest_word_width(run.text, size, run.bold) + padding);
            line += text_width(run.text, size, run.bold);
          }
          if (row.header)
            heading[column] = std::max(heading[column], line);
          else
            desired[column] = std::max(desired[column], line);
        }
      }
      column += static_cast<std::size_t>(std::max(cell.span, 1));
    }
  }
  // Headings on one line when the table has room for them, else on two.
  double with_headings = 0;
  for (std::size_t c = 0; c < columns; ++c)
    with_headings += std::max({desired[c], minimum[c], heading[c]});
  for (std::size_t c = 0; c < columns; ++c) {
    desired[c] =
        std::max({desired[c], minimum[c], with_headings <= total ? heading[c] : heading[c] / 2});
  }
  // A column of long paragraphs would take all the room it is given; held to two fifths of the
  // table, it leaves the short columns (products, units) on fewer lines.
  for (std::size_t c = 0; c < columns; ++c)
    desired[c] = std::max(minimum[c], std::min(desired[c], total * 0.4));
  const double sum_min = std::accumulate(minimum.begin(), minimum.end(), 0.0);
  const double sum_desired = std::accumulate(desired.begin(), desired.end(), 0.0);

  std::vector<double> widths(columns, 0);
  if (sum_desired <= total) {
    // Everything fits on one line: a little air for every column alike, but a small table
    // stays small rather than spreading its figures across the page.
    const double scale = std::min(total / std::max(sum_desired, 1.0), 1.25);
    for (std::size_t c = 0; c < columns; ++c)
      widths[c] = desired[c] * scale;
  } else if (sum_min >= total) {
    // Even the longest words do not fit: the columns of short words keep them whole and
    // the ones with the longest words share the rest (their words will break).
    const double fair = static_cast<double>(total) / static_cast<double>(columns);
    double kept = 0;
    double squeezed = 0;
    for (std::size_t c = 0; c < columns; ++c)
      (minimum[c] <= fair ? kept : squeezed) += minimum[c];
    const double rest = std::max(0.0, total - kept);
    for (std::size_t c = 0; c < columns; ++c)
      widths[c] = minimum[c] <= fair ? minimum[c] : minimum[c] * rest / std::max(squeezed, 1.0);
  } else {
    // Every column gets its longest word, and the rest goes where the text needs it.
    const double share = (total - sum_min) / (sum_desired - sum_min);
    for (std::size_t c = 0; c < columns; ++c)
      widths[c] = minimum[c] + share * (desired[c] - minimum[c]);
  }
  table.widths.assign(columns, 0);
  int used = 0;
  for (std::size_t c = 0; c < columns; ++c) {
    table.widths[c] = static_cast<int>(widths[c]);
    used += table.widths[c];
  }
  if (columns > 0 && sum_desired > total)
    table.widths.back() += total - used;
}

Document::Document(int default_half_points) : default_size_(default_half_points) {}

int Document::text_width() const {
  const int page = orientation_ == Orientation::portrait ? kA4Short : kA4Long;
  return page - margins.left - margins.right;
}

void Document::add(const Paragraph& paragraph) {
  body_ += paragraph_xml(paragraph);
}

void Document::add(const Table& table) {
  const int total = std::accumulate(table.widths.begin(), table.widths.end(), 0);
  body_ += fmt::format("<w:tbl><w:tblPr><w:tblW w:w=\"{}\" w:type=\"dxa\"/>", total);
  body_ += "<w:jc w:val=\"center\"/>";
  const std::string_view line = table.borders ? "single" : "nil";
  body_ += "<w:tblBorders>";
  for (std::string_view side : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
    body_ += table.borders
                 ? fmt::format("<w:{} w:val=\"{}\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>",
                               side, line)
                 : fmt::format("<w:{} w:val=\"nil\"/>", side);
  }
  body_ += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/>";
  body_ += fmt::format(
      "<w:tblCellMar><w:left w:w=\"{0}\" w:type=\"dxa\"/><w:right w:w=\"{0}\" w:type=\"dxa\"/>"
      "</w:tblCellMar><w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" "
      "w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>",
      table.cell_margin);
  body_ += "<w:tblGrid>";
  for (int width : table.widths)
    body_ += fmt::format("<w:gridCol w:w=\"{}\"/>", width);
  body_ += "</w:tblGrid>";
  for (const Row& row : table.rows) {
    body_ += "<w:tr>";
    if (row.header)
      body_ += "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>";
    else
      body_ += "<w:trPr><w:cantSplit/></w:trPr>";
    std::size_t column = 0;
    for (const Cell& cell : row.cells) {
      const int span = std::max(cell.span, 1);
      int width = 0;
      for (int k = 0; k < span && column + static_cast<std::size_t>(k) < table.widths.size(); ++k)
        width += table.widths[column + static_cast<std::size_t>(k)];
      column += static_cast<std::size_t>(span);
      body_ += fmt::format("<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/>", width);
      if (span > 1)
        body_ += fmt::format("<w:gridSpan w:val=\"{}\"/>", span);
      if (cell.shaded)
        body_ += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7E6E6\"/>";
      body_ += "<w:vAlign w:val=\"center\"/></w:tcPr>";
      if (cell.paragraphs.empty())
        body_ += "<w:p/>";
      for (const Paragraph& p : cell.paragraphs)
        body_ += paragraph_xml(p);
      body_ += "</w:tc>";
    }
    body_ += "</w:tr>";
  }
  body_ += "</w:tbl>";
}

void Document::add(const BarChart& chart, Align align) {
  charts_.push_back(chart_xml(chart));
  const std::size_t n = charts_.size();
  body_ += fmt::format(
      "<w:p><w:pPr><w:keepNext/><w:spacing w:before=\"120\" w:after=\"120\"/><w:jc w:val=\"{}\"/>"
      "</w:pPr><w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
      "<wp:extent cx=\"{}\" cy=\"{}\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
      "<wp:docPr id=\"{}\" name=\"Chart {}\" descr=\"{}\"/><wp:cNvGraphicFramePr/>"
      "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">"
      "<c:chart r:id=\"rIdChart{}\"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
      "</w:p>",
      align_value(align), chart.width_emu, chart.height_emu, n, n, attribute(chart.title), n);
}

std::string Document::section_properties(bool first) const {
  const bool portrait = orientation_ == Orientation::portrait;
  std::string out = "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeaderPage\"/>";
  if (first)
    out += "<w:headerReference w:type=\"first\" r:id=\"rIdHeaderFirst\"/>";
  out += portrait ? fmt::format("<w:pgSz w:w=\"{}\" w:h=\"{}\"/>", kA4Short, kA4Long)
                  : fmt::format("<w:pgSz w:w=\"{}\" w:h=\"{}\" w:orient=\"landscape\"/>", kA4Long,
                                kA4Short);
  out += fmt::format(
      "<w:pgMar w:top=\"{}\" w:right=\"{}\" w:bottom=\"{}\" w:left=\"{}\" w:header=\"567\" "
      "w:footer=\"567\" w:gutter=\"0\"/>",
      margins.top, margins.right, margins.bottom, margins.left);
  if (first)
    out += "<w:titlePg/>";
  return out + "</w:sectPr>";
}

void Document::new_section(Orientation next) {
  Paragraph end;
  end.runs.clear();
  body_ += paragraph_xml(end, section_properties(in_first_section_));
  in_first_section_ = false;
  orientation_ = next;
}

std::string Document::package(const CoreProperties& properties) const {
  std::string document(kXmlDeclaration);
  document += fmt::format("<w:document {}><w:body>", kWordNamespaces);
  document += body_;
  document += section_properties(in_first_section_);
  document += "</w:body></w:document>";

  std::string content_types(kXmlDeclaration);
  content_types +=
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" "
      "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
      "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
      "<Override PartName=\"/word/styles.xml\" ContentType=\"application/"
      "vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
      "<Override PartName=\"/word/settings.xml\" ContentType=\"application/"
      "vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
      "<Override PartName=\"/word/header1.xml\" ContentType=\"application/"
      "vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
      "<Override PartName=\"/word/header2.xml\" ContentType=\"application/"
      "vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>";
  for (std::size_t i = 1; i <= charts_.size(); ++i) {
    content_types += fmt::format(
        "<Override PartName=\"/word/charts/chart{}.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\"/>",
        i);
  }
  content_types +=
      "<Override PartName=\"/docProps/core.xml\" "
      "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>";

  std::string package_rels(kXmlDeclaration);
  package_rels +=
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
      "relationships/officeDocument\" Target=\"word/document.xml\"/>"
      "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/"
      "relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/></Relationships>";

  constexpr std::string_view kRelationshipBase =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  std::string document_rels(kXmlDeclaration);
  document_rels +=
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  document_rels += fmt::format(
      "<Relationship Id=\"rIdStyles\" Type=\"{0}styles\" Target=\"styles.xml\"/>"
      "<Relationship Id=\"rIdSettings\" Type=\"{0}settings\" Target=\"settings.xml\"/>"
      "<Relationship Id=\"rIdHeaderPage\" Type=\"{0}header\" Target=\"header1.xml\"/>"
      "<Relationship Id=\"rIdHeaderFirst\" Type=\"{0}header\" Target=\"header2.xml\"/>",
      kRelationshipBase);
  for (std::size_t i = 1; i <= charts_.size(); ++i) {
    document_rels += fmt::format(
        "<Relationship Id=\"rIdChart{0}\" Type=\"{1}chart\" Target=\"charts/chart{0}.xml\"/>", i,
        kRelationshipBase);
  }
  document_rels += "</Relationships>";

  std::string settings(kXmlDeclaration);
  settings +=
      "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"720\"/>"
      "<w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat><w:compatSetting "
      "w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" "
      "w:val=\"15\"/></w:compat></w:settings>";

  // No dates: the same plan gives the same bytes (docs/documents.md).
  std::string core(kXmlDeclaration);
  core += fmt::format(
      "<cp:coreProperties "
      "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
      "<dc:title>{}</dc:title><dc:subject>{}</dc:subject><dc:creator>{}</dc:creator>"
      "<dc:language>{}</dc:language></cp:coreProperties>",
      xml_content(properties.title), xml_content(properties.subject),
      xml_content(properties.creator), xml_content(properties.language));

  std::vector<ZipEntry> entries;
  entries.push_back({"[Content_Types].xml", content_types});
  entries.push_back({"_rels/.rels", package_rels});
  entries.push_back({"word/document.xml", document});
  entries.push_back({"word/_rels/document.xml.rels", document_rels});
  entries.push_back({"word/styles.xml", styles_xml(default_size_)});
  entries.push_back({"word/settings.xml", settings});
  entries.push_back({"word/header1.xml", header_xml(true, default_size_)});
  entries.push_back({"word/header2.xml", header_xml(false, default_size_)});
  for (std::size_t i = 0; i < charts_.size(); ++i)
    entries.push_back({fmt::format("word/charts/chart{}.xml", i + 1), charts_[i]});
  entries.push_back({"docProps/core.xml", core});
  return zip_package(entries);
}

}  // namespace papi::docx
