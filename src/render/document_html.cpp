#include <fmt/format.h>

#include "render/document_outline.h"
#include "render/document_render.h"
#include "render/docx_document.h"

namespace papi {

namespace {

// Text content and attribute values: every value is escaped as in the other renderers, and
// characters XML and HTML forbid become U+FFFD.
std::string text(std::string_view value) {
  std::string out;
  for (char c : docx::xml_content(value)) {
    if (c == '"')
      out += "&quot;";
    else
      out += c;
  }
  return out;
}

// The page is read on a phone as often as on a desk and printed on A4: the same rules as the
// Word document (Decree 30/2020/NĐ-CP) for print, one column on a narrow screen.
constexpr std::string_view kStyle = R"(
:root { color: #000; background: #fff; }
body { font-family: "Times New Roman", Times, serif; font-size: 14pt; line-height: 1.35;
  margin: 0 auto; max-width: 50rem; padding: 1rem; }
p { margin: 0.3em 0; text-align: justify; }
.head { display: flex; flex-wrap: wrap; gap: 1rem; justify-content: space-between;
  font-size: 13pt; text-align: center; }
.head > div { flex: 1 1 16rem; }
.head p { text-align: center; margin: 0; }
.rule { width: 35%; margin: 0.15em auto 0.3em; border: 0; border-top: 1px solid #000; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 14pt; text-align: center; margin: 1.2em 0 0.2em; }
h1 .subject { display: block; margin-top: 0.2em; }
h2, h3, h4 { font-size: 14pt; margin: 0.8em 0 0.3em; }
h4 { font-style: italic; }
.body p { text-indent: 1.27cm; }
.to { text-align: center; margin: 0.6em 0; }
.to ul { display: inline-block; list-style: none; margin: 0; padding: 0; text-align: left; }
.scroll { overflow-x: auto; margin: 0.5em 0 1em; }
table { border-collapse: collapse; font-size: 12pt; }
th, td { border: 1px solid #000; padding: 0.15em 0.35em; vertical-align: middle; }
thead th { background: #e7e6e6; }
th.group { text-align: left; }
td.n { text-align: right; white-space: nowrap; }
tr.total td { font-weight: bold; }
figure { margin: 1em 0; }
figure svg { font-size: 14px; width: 100%; height: auto; max-width: 34rem; display: block; margin: 0 auto; }
figcaption { text-align: center; font-weight: bold; font-size: 12pt; }
.closing { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 1rem;
  margin-top: 1.5em; }
.copies { flex: 1 1 14rem; }
.copies p { font-size: 12pt; font-weight: bold; font-style: italic; margin: 0; }
.copies ul { list-style: none; margin: 0; padding: 0; font-size: 11pt; }
.sign { flex: 1 1 14rem; text-align: center; }
.sign p { text-align: center; font-weight: bold; margin: 0; }
.sign .space { height: 5em; }
.appendix { margin-top: 2em; }
.appendix > h2, .appendix > p.attached { text-align: center; }
table.wide { min-width: 40rem; }
@media (max-width: 40rem) {
  body { font-size: 12pt; padding: 0.6rem; }
  .body p { text-indent: 0.6cm; text-align: left; }
  table { font-size: 10.5pt; }
}
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
@page wide { size: A4 landscape; margin: 20mm 15mm 20mm 20mm; }
@media print {
  body { max-width: none; padding: 0; }
  .appendix { break-before: page; }
  .appendix.landscape { page: wide; }
  .scroll { overflow: visible; }
  table { width: 100%; }
  table.wide { min-width: 0; }
  tr, figure { break-inside: avoid; }
  thead { display: table-header-group; }
  h2, h3, h4 { break-after: avoid; }
}
)";

std::string chart_svg(const OutlineChart& chart) {
  constexpr int kWidth = 440;
  constexpr int kRow = 40;
  const int height = static_cast<int>(chart.categories.size()) * kRow + 34;
  std::string out = fmt::format(
      "<figure><svg role=\"img\" aria-label=\"{2}\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" "
      "height=\"{1}\"><title>{2}</title>\n",
      kWidth, height, text(chart.title));
  int y = 0;
  for (std::size_t i = 0; i < chart.categories.size(); ++i) {
    const auto& value = chart.values[i];
    out += fmt::format("<text x=\"0\" y=\"{}\">{} ({})</text>\n", y + 15, text(chart.categories[i]),
                       text(chart.value_labels[i]));
    out += fmt::format("<rect x=\"0\" y=\"{}\" width=\"{}\" height=\"14\" fill=\"#e5e7eb\"/>\n",
                       y + 21, kWidth - 10);
    if (value) {
      out += fmt::format(
          "<rect x=\"0\" y=\"{}\" width=\"{:.1f}\" height=\"14\" "
          "fill=\"#2563eb\"/>\n",
          y + 21, (kWidth - 10) * *value / 100.0);
    }
    y += kRow;
  }
  for (int tick = 0; tick <= 100; tick += 20) {
    const double x = (kWidth - 10) * tick / 100.0;
    out += fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"{}\">{}</text>\n", x, y + 20,
                       tick == 0     ? "start"
                       : tick == 100 ? "end"
                                     : "middle",
                       tick);
  }
  return out + fmt::format("</svg><figcaption>{}</figcaption></figure>\n", text(chart.title));
}

std::string table_html(const OutlineTable& table) {
  // A wide table scrolls sideways on a phone instead of breaking its words.
  std::string out = table.header.size() >= 5
                        ? "<div class=\"scroll\"><table class=\"wide\">\n<thead><tr>"
                        : "<div class=\"scroll\"><table>\n<thead><tr>";
  for (const std::string& title : table.header)
    out += "<th scope=\"col\">" + text(title) + "</th>";
  out += "</tr></thead>\n<tbody>\n";
  for (const OutlineRow& row : table.rows) {
    if (row.group) {
      out += fmt::format("<tr><th scope=\"rowgroup\" class=\"group\" colspan=\"{}\">{}</th></tr>\n",
                         table.header.size(), text(row.cells.empty() ? "" : row.cells.front()));
      continue;
    }
    out += row.total ? "<tr class=\"total\">" : "<tr>";
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      const bool numeric = c < table.numeric.size() && table.numeric[c];
      out += (numeric ? "<td class=\"n\">" : "<td>") + text(row.cells[c]) + "</td>";
    }
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table></div>\n";
}

std::string blocks_html(const std::vector<OutlineBlock>& blocks) {
  std::string out;
  for (const OutlineBlock& block : blocks) {
    switch (block.kind) {
      case OutlineBlock::Kind::heading: {
        // Level 1 of the body is the page's second level: the title is its h1.
        const int level = std::min(block.level + 1, 4);
        out += fmt::format("<h{0}>{1}</h{0}>\n", level, text(block.text));
        break;
      }
      case OutlineBlock::Kind::paragraph:
        out += "<p>" + text(block.text) + "</p>\n";
        break;
      case OutlineBlock::Kind::table:
        out += table_html(block.table);
        break;
      case OutlineBlock::Kind::chart:
        out += chart_svg(block.chart);
        break;
    }
  }
  return out;
}

std::string outline_html(const DocumentOutline& outline) {
  const DocumentLabels& labels =
      document_labels(outline.language == "vi" ? Language::vi : Language::en);
  const OfficialText& o = outline.official;
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{} — {}</title>\n<style>{}</style>\n</head>\n<body>\n",
      outline.language, text(o.kind), text(o.subject), kStyle);

  out += "<header class=\"head\">\n<div>\n";
  if (!o.parent_body.empty())
    out += "<p>" + text(upper(o.parent_body)) + "</p>\n";
  out += "<p class=\"b\">" + text(upper(o.issuer)) + "</p>\n<hr class=\"rule\">\n";
  out += "<p>" + text(o.number_line) + "</p>\n</div>\n<div>\n";
  out += fmt::format("<p class=\"b\">{}</p>\n<p class=\"b\">{}</p>\n<hr class=\"rule\">\n",
                     text(labels.motto_state), text(labels.motto));
  out += "<p class=\"i\">" + text(o.place_date) + "</p>\n</div>\n</header>\n";

  out += "<main>\n";
  out +=
      fmt::format("<h1>{}<span class=\"subject\">{}</span></h1>\n", text(o.kind), text(o.subject));
  if (!o.recipients.empty()) {
    out += "<div class=\"to\">" + text(labels.report_to) + " ";
    if (o.recipients.size() == 1) {
      out += text(o.recipients.front());
    } else {
      out += "<ul>";
      for (const std::string& recipient : o.recipients)
        out += "<li>- " + text(recipient) + "</li>";
      out += "</ul>";
    }
    out += "</div>\n";
  }
  out += "<div class=\"body\">\n" + blocks_html(outline.body) + "</div>\n";

  out += "<footer class=\"closing\">\n<div class=\"copies\">\n<p>" + text(labels.copies) +
         "</p>\n<ul>\n";
  for (const std::string& line : o.copies)
    out += "<li>" + text(line) + "</li>\n";
  out += "</ul>\n</div>\n<div class=\"sign\">\n";
  for (const std::string& line : o.signer_title)
    out += "<p>" + text(upper(line)) + "</p>\n";
  out += "<div class=\"space\"></div>\n";
  if (!o.signer.empty())
    out += "<p>" + text(o.signer) + "</p>\n";
  out += "</div>\n</footer>\n";

  int index = 1;
  for (const OutlineAppendix& appendix : outline.appendices) {
    out += fmt::format("<section class=\"appendix{}\">\n<h2>{} {}<br>{}</h2>\n",
                       appendix.landscape ? " landscape" : "", text(labels.appendix),
                       roman(index++), text(upper(appendix.title)));
    out += "<p class=\"attached i\">" + text(o.attached_to) + "</p>\n";
    out += blocks_html(appendix.blocks) + "</section>\n";
  }
  return out + "</main>\n</body>\n</html>\n";
}

}  // namespace

std::string render_report_html(const PlanData& data, const Report& report,
                               const DocumentStyle* style, const OfficeReport* office,
                               Language language) {
  return outline_html(report_outline(data, report, style, office, language));
}

std::string render_plan_html(const PlanData& data, const DocumentStyle* style, Language language) {
  return outline_html(plan_outline(data, style, language));
}

}  // namespace papi
