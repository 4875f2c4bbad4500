#include <fmt/format.h>

#include "i18n/remind_words.h"
#include "i18n/report_words.h"
#include "render/remind_render.h"

namespace papi {

std::string owed_item_code(const PlanData& data, const OwedItem& item) {
  if (item.kind == OwedKind::task)
    return fmt::format("task:{}", data.tasks[item.task].id);
  return "report";
}

std::string owed_item_text(const PlanData& data, const OwedItem& item, Language language,
                           bool details) {
  const RemindLabels& l = remind_labels(language);
  std::string text =
      item.kind == OwedKind::task
          ? fmt::format(fmt::runtime(l.task), data.tasks[item.task].id)
          : fmt::format(fmt::runtime(l.report_for), period_label(item.period, language));
  if (!details)
    return text;
  if (!item.due)
    return fmt::format("{} ({})", text, l.no_deadline);
  std::string when = fmt::format(fmt::runtime(l.due_on), date_label(*item.due, language));
  if (item.days_overdue) {
    when += ", " + fmt::format(fmt::runtime(l.days_late), *item.days_overdue);
  } else if (item.days_left) {
    when += ", " + fmt::format(fmt::runtime(l.days_left), *item.days_left);
  }
  return fmt::format("{} ({})", text, when);
}

std::string reminder_message(const PlanData& data, const UnitReminder& reminder,
                             Language language) {
  const RemindLabels& l = remind_labels(language);
  const Plan& plan = *data.plan;
  std::string reports;
  std::string tasks;
  for (const OwedItem& item : reminder.items) {
    std::string& list = item.kind == OwedKind::task ? tasks : reports;
    if (!list.empty())
      list += l.list_separator;
    list += owed_item_text(data, item, language, true);
  }
  const std::string_view urgent = reminder.overdue ? l.urgent : std::string_view{};
  std::string ask;
  if (!reports.empty() && !tasks.empty()) {
    ask = fmt::format(fmt::runtime(l.ask_both), plan.issuer, urgent, reports, tasks, plan.number);
  } else if (!tasks.empty()) {
    ask = fmt::format(fmt::runtime(l.ask_tasks), plan.issuer, urgent, tasks, plan.number);
  } else {
    ask = fmt::format(fmt::runtime(l.ask_reports), plan.issuer, urgent, reports, plan.number);
  }
  return fmt::format("{} {} {}",
                     fmt::format(fmt::runtime(l.greeting), data.units[reminder.unit].name), ask,
                     l.closing);
}

}  // namespace papi
