#include <fmt/format.h>

#include "i18n/report_words.h"
#include "render/escape.h"
#include "render/report_render.h"

namespace papi {

std::string render_report_svg(const PlanData& data, const Report& report, Language language) {
  constexpr int kLabelWidth = 420;
  constexpr int kBarWidth = 300;
  constexpr int kRowHeight = 28;
  constexpr int kTop = 48;
  const int width = kLabelWidth + kBarWidth + 90;
  const int height = kTop + static_cast<int>(report.areas.size()) * kRowHeight + 16;
  const ReportLabels& labels = report_labels(language);
  std::string out = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" "
      "viewBox=\"0 0 {0} {1}\" font-family=\"sans-serif\" font-size=\"13\">\n"
      "<rect width=\"{0}\" height=\"{1}\" fill=\"white\"/>\n",
      width, height);
  out +=
      fmt::format("<text x=\"10\" y=\"24\" font-size=\"15\" font-weight=\"bold\">{} — {}</text>\n",
                  xml_text(labels.chart_alt), xml_text(period_label(report.period, language)));
  int y = kTop;
  for (const AreaResult& area : report.areas) {
    const auto percent = area.completion.percent();
    const std::string name =
        fmt::format("{}. {}", area.area_id, area_name(data.plan->areas[area.area], language));
    out += fmt::format("<text x=\"10\" y=\"{}\">{}</text>\n", y + 17, xml_text(name));
    out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"18\" fill=\"#e5e7eb\"/>\n",
                       kLabelWidth, y + 4, kBarWidth);
    if (percent) {
      out +=
          fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{:.1f}\" height=\"18\" fill=\"#2563eb\"/>\n",
                      kLabelWidth, y + 4, kBarWidth * *percent / 100.0);
    }
    out += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", kLabelWidth + kBarWidth + 8, y + 17,
                       xml_text(format_percent(percent, language)));
    y += kRowHeight;
  }
  out += "</svg>\n";
  return out;
}

}  // namespace papi
