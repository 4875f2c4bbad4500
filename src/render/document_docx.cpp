#include <fmt/format.h>

#include "render/document_outline.h"
#include "render/document_render.h"
#include "render/docx_document.h"
#include "render/docx_official.h"

namespace papi {

namespace {

using namespace docx;

Table layout_table(const OutlineTable& source, int width) {
  Table table;
  table.rows.push_back(header_row(source.header));
  const std::size_t columns = source.header.size();
  for (const OutlineRow& row : source.rows) {
    Row out;
    if (row.group) {
      Cell cell =
          text_cell(row.cells.empty() ? std::string() : row.cells.front(), Align::left, true);
      cell.span = static_cast<int>(columns);
      out.cells.push_back(std::move(cell));
    } else {
      for (std::size_t c = 0; c < row.cells.size(); ++c) {
        const bool numeric = c < source.numeric.size() && source.numeric[c];
        out.cells.push_back(
            text_cell(row.cells[c], numeric ? Align::right : Align::left, row.total));
      }
    }
    table.rows.push_back(std::move(out));
  }
  fit_columns(table, width, kTableSize);
  return table;
}

void add_blocks(Document& document, const std::vector<OutlineBlock>& blocks) {
  for (const OutlineBlock& block : blocks) {
    switch (block.kind) {
      case OutlineBlock::Kind::heading:
        document.add(body_heading(block.text, block.level));
        break;
      case OutlineBlock::Kind::paragraph:
        document.add(body_paragraph(block.text));
        break;
      case OutlineBlock::Kind::table: {
        document.add(layout_table(block.table, document.text_width()));
        Paragraph after;
        after.after = 120;
        document.add(after);
        break;
      }
      case OutlineBlock::Kind::chart: {
        BarChart chart;
        chart.title = block.chart.title;
        chart.series_name = block.chart.series;
        // The figure goes into the label, written as the tables write it (73,5% in
        // Vietnamese): a chart's own number format follows the reader's locale instead.
        for (std::size_t i = 0; i < block.chart.categories.size(); ++i) {
          chart.categories.push_back(block.chart.categories[i] + " (" +
                                     block.chart.value_labels[i] + ")");
        }
        chart.values = block.chart.values;
        // One bar of 0.9 cm per category, plus room for the title and the axis.
        chart.height_emu = 1080000LL + 324000LL * static_cast<long long>(chart.categories.size());
        document.add(chart);
        break;
      }
    }
  }
}

std::string outline_docx(const DocumentOutline& outline) {
  const DocumentLabels& labels =
      document_labels(outline.language == "vi" ? Language::vi : Language::en);
  Document document(kBodySize);
  add_head(document, outline.official, labels);
  add_blocks(document, outline.body);
  add_closing(document, outline.official, labels);
  int index = 1;
  for (const OutlineAppendix& appendix : outline.appendices) {
    add_appendix_heading(document,
                         appendix.landscape ? Orientation::landscape : Orientation::portrait,
                         index++, appendix.title, outline.official.attached_to, labels);
    add_blocks(document, appendix.blocks);
  }
  CoreProperties properties;
  properties.title = outline.official.subject;
  properties.subject = outline.official.kind;
  properties.creator = outline.official.issuer;
  properties.language = outline.language == "vi" ? "vi-VN" : "en-GB";
  return document.package(properties);
}

}  // namespace

std::string render_report_docx(const PlanData& data, const Report& report,
                               const DocumentStyle* style, const OfficeReport* office,
                               Language language) {
  return outline_docx(report_outline(data, report, style, office, language));
}

std::string render_plan_docx(const PlanData& data, const DocumentStyle* style, Language language) {
  return outline_docx(plan_outline(data, style, language));
}

}  // namespace papi
