#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "compute/report.h"
#include "i18n/language.h"
#include "model/document.h"
#include "model/plan.h"

namespace papi {

enum class ReportFormat { markdown, csv, json, docx, html, xlsx };
enum class ReportTable { area, unit, level, commune, task, record, submission, outcome, finding };

std::optional<ReportFormat> parse_report_format(std::string_view text);
std::optional<ReportTable> parse_report_table(std::string_view text);

struct ReportRenderOptions {
  ReportFormat format = ReportFormat::markdown;
  Language language = Language::vi;
  ReportTable table = ReportTable::area;  // CSV: which table
  bool bom = false;                       // CSV: a UTF-8 BOM first, for Excel
  char separator = ',';                   // CSV: `,` or `;` (a vi-VN spreadsheet's)
  bool decimal_comma = false;             // CSV: 91,06 instead of 91.06
  std::string chart_link;                 // Markdown: the chart file to link, if one is written
  const OfficeReport* office = nullptr;   // Word and HTML: reports/<period>.yaml, if any
};

// The one place that picks the renderer of a report.
std::string render_report(const PlanData& data, const Report& report,
                          const ReportRenderOptions& options);

std::string render_report_markdown(const PlanData& data, const Report& report,
                                   const ReportRenderOptions& options);
std::string render_report_csv(const PlanData& data, const Report& report, ReportTable table);
std::string render_report_json(const PlanData& data, const Report& report);
// The workbook's bytes: a sheet per table (overview, areas, units, levels, communes, tasks,
// records), numbers as numbers, percentages formatted, frozen and filtered header rows, column
// widths that fit, and a bar chart of the areas. Deterministic.
std::string render_report_xlsx(const PlanData& data, const Report& report, Language language);

// A report CSV as a vi-VN spreadsheet opens it: `separator` between cells, and with
// `decimal_comma` the decimal numbers of the columns completion, progress, value and weight
// written with a comma (91,06). Quoting follows the separator; nothing else changes.
std::string restyle_report_csv(std::string_view csv, char separator, bool decimal_comma);
// A bar chart of the completion of each area, as a standalone SVG file.
std::string render_report_svg(const PlanData& data, const Report& report, Language language);

// Rounds halves away from zero (57.25 → 57.3), as a spreadsheet does; printf rounds to even.
double round_half_up(double value, int decimals);

// "57,3%" in Vietnamese, "57.3%" in English, "—" when there is no value.
std::string format_percent(const std::optional<double>& value, Language language);

}  // namespace papi
