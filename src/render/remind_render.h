#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "compute/remind.h"
#include "i18n/language.h"
#include "model/plan.h"

namespace papi {

enum class RemindFormat { markdown, csv, json };
std::optional<RemindFormat> parse_remind_format(std::string_view text);

struct RemindRenderOptions {
  RemindFormat format = RemindFormat::markdown;
  Language language = Language::vi;
};

// The one place that picks the renderer of the chasing list.
std::string render_reminders(const PlanData& data, const Reminders& reminders,
                             const RemindRenderOptions& options);

std::string render_reminders_markdown(const PlanData& data, const Reminders& reminders,
                                      Language language);
// One row per owed item: unit,name,level,commune,owes,period,due,days_overdue.
std::string render_reminders_csv(const PlanData& data, const Reminders& reminders);
std::string render_reminders_json(const PlanData& data, const Reminders& reminders,
                                  Language language);

// The short text to send to the unit: addressed to it, naming what it owes, the deadlines and
// the days past them.
std::string reminder_message(const PlanData& data, const UnitReminder& reminder, Language language);
// "báo cáo Quý II năm 2021", "nhiệm vụ 1.2"; with `details`, the deadline and the days past it
// or left in brackets.
std::string owed_item_text(const PlanData& data, const OwedItem& item, Language language,
                           bool details);
// The machine name of an item: `report`, or `task:1.2`.
std::string owed_item_code(const PlanData& data, const OwedItem& item);

}  // namespace papi
