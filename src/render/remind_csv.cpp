#include <fmt/format.h>

#include "render/escape.h"
#include "render/remind_render.h"

namespace papi {

std::string render_reminders_csv(const PlanData& data, const Reminders& reminders) {
  std::string out = "unit,name,level,commune,owes,period,due,days_overdue\r\n";
  for (const UnitReminder& reminder : reminders.units) {
    const Unit& unit = data.units[reminder.unit];
    for (const OwedItem& item : reminder.items) {
      out += fmt::format("{},{},{},{},{},{},{},{}\r\n", csv_text_field(unit.id),
                         csv_text_field(unit.name), level_key(unit), csv_text_field(unit.commune),
                         csv_text_field(owed_item_code(data, item)), item.period.to_string(),
                         item.due ? item.due->to_string() : std::string{},
                         item.days_overdue ? fmt::format("{}", *item.days_overdue) : "");
    }
  }
  return out;
}

}  // namespace papi
