#include <fmt/format.h>

#include "i18n/remind_words.h"
#include "i18n/report_words.h"
#include "render/escape.h"
#include "render/remind_render.h"

namespace papi {

namespace {

std::string unit_level(const Unit& unit, Language language) {
  return level_label(level_key(unit), language);
}

void owed_table(std::string& out, const PlanData& data, const Reminders& reminders, bool overdue,
                Language language) {
  const RemindLabels& l = remind_labels(language);
  const ReportLabels& r = report_labels(language);
  out += fmt::format("| {} | {} | {} | {} | {} | {} |\n|---|---|---|---|---|---:|\n", l.unit,
                     r.level, r.commune, l.owes, l.due, l.days_overdue);
  for (const UnitReminder& reminder : reminders.units) {
    if (reminder.overdue != overdue)
      continue;
    const Unit& unit = data.units[reminder.unit];
    for (const OwedItem& item : reminder.items) {
      out += fmt::format("| {} | {} | {} | {} | {} | {} |\n", markdown_cell(unit.name),
                         unit_level(unit, language), markdown_cell(unit.commune),
                         markdown_cell(owed_item_text(data, item, language, false)),
                         item.due ? date_label(*item.due, language) : std::string(l.no_deadline),
                         item.days_overdue ? fmt::format("{}", *item.days_overdue) : "");
    }
  }
  out += "\n";
}

}  // namespace

std::string render_reminders_markdown(const PlanData& data, const Reminders& reminders,
                                      Language language) {
  const RemindLabels& l = remind_labels(language);
  const Plan& plan = *data.plan;
  std::string out = fmt::format("# {}\n\n", l.title);
  out += fmt::format("**{}** — {}\n\n", markdown_text(plan.number), markdown_text(plan.title));
  out += fmt::format("- {}: {}\n", l.as_of, date_label(reminders.as_of, language));
  std::string periods;
  for (const Period& period : reminders.periods) {
    periods += fmt::format("{}{} ({})", periods.empty() ? "" : ", ", period_label(period, language),
                           period.to_string());
  }
  out += fmt::format("- {}: {}\n", l.periods, periods.empty() ? "—" : periods);
  if (reminders.empty()) {
    out += fmt::format("\n{}\n", l.nothing_owed);
    return out;
  }
  out += fmt::format("- {}\n\n",
                     fmt::format(fmt::runtime(l.summary), reminders.units.size(), reminders.items));
  bool any_overdue = false;
  bool any_pending = false;
  for (const UnitReminder& reminder : reminders.units)
    (reminder.overdue ? any_overdue : any_pending) = true;
  if (any_overdue) {
    out += fmt::format("## {}\n\n", l.overdue_title);
    owed_table(out, data, reminders, true, language);
  }
  if (any_pending) {
    out += fmt::format("## {}\n\n", l.pending_title);
    owed_table(out, data, reminders, false, language);
  }
  out += fmt::format("## {}\n\n", l.message);
  for (const UnitReminder& reminder : reminders.units) {
    const Unit& unit = data.units[reminder.unit];
    out +=
        fmt::format("### {} (`{}`)\n\n> {}\n\n", markdown_text(unit.name), markdown_text(unit.id),
                    markdown_text(reminder_message(data, reminder, language)));
  }
  out.pop_back();  // one newline at the end
  return out;
}

}  // namespace papi
