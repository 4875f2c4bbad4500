#include <nlohmann/json.hpp>

#include "render/remind_render.h"

namespace papi {

namespace {

using Json = nlohmann::ordered_json;

template <class T>
Json optional_json(const std::optional<T>& value) {
  return value ? Json(*value) : Json(nullptr);
}

}  // namespace

std::string render_reminders_json(const PlanData& data, const Reminders& reminders,
                                  Language language) {
  const Plan& plan = *data.plan;
  Json out;
  out["plan"] = Json{{"id", plan.id}, {"number", plan.number}, {"year", plan.year}};
  out["as_of"] = reminders.as_of.to_string();
  out["periods"] = Json::array();
  for (const Period& period : reminders.periods)
    out["periods"].push_back(period.to_string());
  out["units_owing"] = reminders.units.size();
  out["items"] = reminders.items;
  out["units"] = Json::array();
  for (const UnitReminder& reminder : reminders.units) {
    const Unit& unit = data.units[reminder.unit];
    Json owes = Json::array();
    for (const OwedItem& item : reminder.items) {
      owes.push_back(Json{
          {"owes", owed_item_code(data, item)},
          {"period", item.period.to_string()},
          {"task", item.kind == OwedKind::task ? Json(data.tasks[item.task].id) : Json(nullptr)},
          {"inspection", item.kind == OwedKind::remediation
                             ? Json(data.inspections[item.inspection].id)
                             : Json(nullptr)},
          {"finding", item.kind == OwedKind::remediation
                          ? Json(data.inspections[item.inspection].findings[item.finding].id)
                          : Json(nullptr)},
          {"class", item.kind == OwedKind::task ? Json("overdue")
                    : item.kind == OwedKind::remediation
                        ? Json("open_overdue")
                        : Json(std::string(to_string(item.submission_class)))},
          {"due", item.due ? Json(item.due->to_string()) : Json(nullptr)},
          {"days_overdue", optional_json(item.days_overdue)},
          {"days_left", optional_json(item.days_left)}});
    }
    out["units"].push_back(Json{
        {"unit", unit.id},
        {"name", unit.name},
        {"level", std::string(level_key(unit))},
        {"commune", unit.commune.empty() ? Json(nullptr) : Json(unit.commune)},
        {"overdue", reminder.overdue},
        {"most_days_overdue", reminder.overdue ? Json(reminder.most_days_overdue) : Json(nullptr)},
        {"owes", std::move(owes)},
        {"message", reminder_message(data, reminder, language)}});
  }
  return out.dump(2) + "\n";
}

}  // namespace papi
