#include "render/plan_render.h"

namespace papi {

std::optional<PlanFormat> parse_plan_format(std::string_view text) {
  if (text == "md" || text == "markdown")
    return PlanFormat::markdown;
  if (text == "csv")
    return PlanFormat::csv;
  if (text == "json")
    return PlanFormat::json;
  return std::nullopt;
}

std::string render_plan(const PlanData& data, PlanFormat format) {
  switch (format) {
    case PlanFormat::markdown:
      return render_plan_markdown(data);
    case PlanFormat::csv:
      return render_plan_csv(data);
    case PlanFormat::json:
      return render_plan_json(data);
  }
  return {};
}

}  // namespace papi
