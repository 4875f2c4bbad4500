#include "render/plan_render.h"

#include "render/document_render.h"

namespace papi {

std::optional<PlanFormat> parse_plan_format(std::string_view text) {
  if (text == "md" || text == "markdown")
    return PlanFormat::markdown;
  if (text == "csv")
    return PlanFormat::csv;
  if (text == "json")
    return PlanFormat::json;
  if (text == "docx")
    return PlanFormat::docx;
  if (text == "html")
    return PlanFormat::html;
  return std::nullopt;
}

std::string render_plan(const PlanData& data, PlanFormat format, Language language) {
  const DocumentStyle* style = data.plan && data.plan->document ? &*data.plan->document : nullptr;
  switch (format) {
    case PlanFormat::markdown:
      return render_plan_markdown(data);
    case PlanFormat::csv:
      return render_plan_csv(data);
    case PlanFormat::json:
      return render_plan_json(data);
    case PlanFormat::docx:
      return render_plan_docx(data, style, language);
    case PlanFormat::html:
      return render_plan_html(data, style, language);
  }
  return {};
}

}  // namespace papi
