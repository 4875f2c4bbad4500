#include <fmt/format.h>

#include "i18n/remind_words.h"
#include "i18n/report_words.h"
#include "render/remind_render.h"
#include "util/utf8.h"

namespace papi {

std::string owed_item_code(const PlanData& data, const OwedItem& item) {
  if (item.kind == OwedKind::task)
    return fmt::format("task:{}", data.tasks[item.task].id);
  if (item.kind == OwedKind::remediation) {
    const Inspection& inspection = data.inspections[item.inspection];
    return fmt::format("finding:{}/{}", inspection.id, inspection.findings[item.finding].id);
  }
  return "report";
}

std::string owed_item_text(const PlanData& data, const OwedItem& item, Language language,
                           bool details) {
  const RemindLabels& l = remind_labels(language);
  if (item.kind == OwedKind::remediation) {
    const Inspection& inspection = data.inspections[item.inspection];
    const Finding& finding = inspection.findings[item.finding];
    const std::string when = date_label(inspection.date, language);
    if (!details)
      return fmt::format(fmt::runtime(l.remediation), finding.id, when);
    return fmt::format(
        "{} ({}, {})",
        fmt::format(fmt::runtime(l.remediation_detail), finding.id, finding.text, when),
        fmt::format(fmt::runtime(l.due_on), date_label(*item.due, language)),
        fmt::format(fmt::runtime(l.days_late), *item.days_overdue));
  }
  std::string text =
      item.kind == OwedKind::task
          ? fmt::format(fmt::runtime(l.task), data.tasks[item.task].id)
          : fmt::format(fmt::runtime(l.report_for), period_label(item.period, language));
  // A task number alone means nothing to the school: its text comes with it.
  if (item.kind == OwedKind::task && !data.tasks[item.task].title.empty())
    text += fmt::format(fmt::runtime(language == Language::vi ? " «{}»" : " \"{}\""),
                        shorten_to_characters(data.tasks[item.task].title, 80, "…"));
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
  std::string remedies;
  for (const OwedItem& item : reminder.items) {
    std::string& list = item.kind == OwedKind::task          ? tasks
                        : item.kind == OwedKind::remediation ? remedies
                                                             : reports;
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
  } else if (!reports.empty()) {
    ask = fmt::format(fmt::runtime(l.ask_reports), plan.issuer, urgent, reports, plan.number);
  }
  if (!remedies.empty()) {
    // A remedy past its deadline is always urgent.
    ask += ask.empty() ? fmt::format(fmt::runtime(l.ask_remedies), plan.issuer, l.urgent, remedies)
                       : " " + fmt::format(fmt::runtime(l.also_remedies), l.urgent, remedies);
  }
  return fmt::format("{} {} {}",
                     fmt::format(fmt::runtime(l.greeting), data.units[reminder.unit].name), ask,
                     l.closing);
}

}  // namespace papi
