#include "render/remind_render.h"

namespace papi {

std::optional<RemindFormat> parse_remind_format(std::string_view text) {
  if (text == "md" || text == "markdown")
    return RemindFormat::markdown;
  if (text == "csv")
    return RemindFormat::csv;
  if (text == "json")
    return RemindFormat::json;
  return std::nullopt;
}

std::string render_reminders(const PlanData& data, const Reminders& reminders,
                             const RemindRenderOptions& options) {
  switch (options.format) {
    case RemindFormat::markdown:
      return render_reminders_markdown(data, reminders, options.language);
    case RemindFormat::csv:
      return render_reminders_csv(data, reminders);
    case RemindFormat::json:
      return render_reminders_json(data, reminders, options.language);
  }
  return {};
}

}  // namespace papi
