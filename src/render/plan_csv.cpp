#include <fmt/format.h>

#include "render/escape.h"
#include "render/plan_render.h"

namespace papi {

// One row per task, values as written in tasks.yaml so the table can be read back.
std::string render_plan_csv(const PlanData& data) {
  std::string out = "id,area,title,product,lead,partners,schedule\r\n";
  for (const Task& task : data.tasks) {
    std::string partners;
    for (const UnitRef& ref : task.partners) {
      if (!partners.empty())
        partners += ';';
      partners += ref.text;
    }
    out += fmt::format("{},{},{},{},{},{},{}\r\n", csv_text_field(task.id), task.area,
                       csv_text_field(task.title), csv_text_field(task.product),
                       csv_text_field(task.lead), csv_text_field(partners),
                       task.due ? task.due->to_string() : std::string("ongoing"));
  }
  return out;
}

}  // namespace papi
