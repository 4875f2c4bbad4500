#include "render/report_render.h"

#include <cmath>

#include <fmt/format.h>

#include "render/document_render.h"

namespace papi {

std::optional<ReportFormat> parse_report_format(std::string_view text) {
  if (text == "md" || text == "markdown")
    return ReportFormat::markdown;
  if (text == "csv")
    return ReportFormat::csv;
  if (text == "json")
    return ReportFormat::json;
  if (text == "docx")
    return ReportFormat::docx;
  if (text == "html")
    return ReportFormat::html;
  if (text == "xlsx")
    return ReportFormat::xlsx;
  return std::nullopt;
}

std::optional<ReportTable> parse_report_table(std::string_view text) {
  if (text == "area")
    return ReportTable::area;
  if (text == "unit")
    return ReportTable::unit;
  if (text == "level")
    return ReportTable::level;
  if (text == "commune")
    return ReportTable::commune;
  if (text == "task")
    return ReportTable::task;
  if (text == "record")
    return ReportTable::record;
  if (text == "submission")
    return ReportTable::submission;
  if (text == "outcome")
    return ReportTable::outcome;
  if (text == "finding")
    return ReportTable::finding;
  return std::nullopt;
}

std::string render_report(const PlanData& data, const Report& report,
                          const ReportRenderOptions& options) {
  const DocumentStyle* style = data.plan && data.plan->document ? &*data.plan->document : nullptr;
  switch (options.format) {
    case ReportFormat::markdown:
      return render_report_markdown(data, report, options);
    case ReportFormat::csv: {
      std::string csv = render_report_csv(data, report, options.table);
      if (options.separator != ',' || options.decimal_comma)
        csv = restyle_report_csv(csv, options.separator, options.decimal_comma);
      return (options.bom ? "\xEF\xBB\xBF" : "") + csv;
    }
    case ReportFormat::json:
      return render_report_json(data, report);
    case ReportFormat::docx:
      return render_report_docx(data, report, style, options.office, options.language);
    case ReportFormat::html:
      return render_report_html(data, report, style, options.office, options.language);
    case ReportFormat::xlsx:
      return render_report_xlsx(data, report, options.language);
  }
  return {};
}

double round_half_up(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  // The small nudge keeps 57.25 (stored as 57.2499999…) rounding up as people expect.
  return std::round(value * scale * (1 + 1e-12)) / scale;
}

std::string format_percent(const std::optional<double>& value, Language language) {
  if (!value)
    return "—";
  std::string text = fmt::format("{:.1f}%", round_half_up(*value, 1));
  if (language == Language::vi) {
    for (char& c : text) {
      if (c == '.')
        c = ',';
    }
  }
  return text;
}

}  // namespace papi
