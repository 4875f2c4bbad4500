#include <algorithm>

#include <fmt/format.h>

#include "i18n/document_words.h"
#include "i18n/remind_words.h"
#include "i18n/report_words.h"
#include "render/document_outline.h"
#include "render/remind_render.h"

namespace papi {

namespace {

using Block = OutlineBlock;

// Up to this many units are named after "Kính gửi" and the table stays in the body; more go
// into the attached list ("Các đơn vị có tên tại danh sách kèm theo").
constexpr std::size_t kNamedUnits = 5;

// "a", "a và b", "a, b và c".
std::string listed(const std::vector<std::string>& parts, const DocumentLabels& labels) {
  if (parts.size() <= 1)
    return joined(parts, "");
  const std::vector<std::string> head(parts.begin(), parts.end() - 1);
  return joined(head, ", ") + std::string(labels.list_and) + parts.back();
}

struct OwedCounts {
  std::size_t reports = 0;
  std::size_t tasks = 0;
  std::size_t remedies = 0;
};

OwedCounts count_owed(const Reminders& reminders) {
  OwedCounts counts;
  for (const UnitReminder& reminder : reminders.units) {
    for (const OwedItem& item : reminder.items) {
      ++(item.kind == OwedKind::report ? counts.reports
         : item.kind == OwedKind::task ? counts.tasks
                                       : counts.remedies);
    }
  }
  return counts;
}

// What the units are asked to do, for the subject and the request: "gửi báo cáo và khắc phục
// tồn tại sau kiểm tra".
std::string owed_actions(const OwedCounts& counts, const DocumentLabels& labels) {
  std::vector<std::string> actions;
  if (counts.reports > 0)
    actions.emplace_back(labels.owed_reports);
  if (counts.tasks > 0)
    actions.emplace_back(labels.owed_tasks);
  if (counts.remedies > 0)
    actions.emplace_back(labels.owed_remedies);
  return listed(actions, labels);
}

std::string owed_counts(const OwedCounts& counts, const DocumentLabels& labels) {
  std::vector<std::string> parts;
  for (const auto& [count, words] : {std::pair{counts.reports, labels.count_reports},
                                     std::pair{counts.tasks, labels.count_tasks},
                                     std::pair{counts.remedies, labels.count_remedies}}) {
    if (count > 0)
      parts.push_back(fmt::format(fmt::runtime(words), count));
  }
  return joined(parts, "; ");
}

// What one item asks for, in a cell: "Báo cáo Quý II năm 2021", "Nhiệm vụ 5.2: <title>",
// "Khắc phục tồn tại 1 (kiểm tra ngày 22/04/2021): <the finding>".
std::string owed_cell(const PlanData& data, const OwedItem& item, Language language) {
  if (item.kind == OwedKind::task) {
    // The number and the whole text; owed_item_text would give a shortened text in «» too.
    const Task& task = data.tasks[item.task];
    const std::string number =
        upper_first(fmt::format(fmt::runtime(remind_labels(language).task), task.id));
    return task.title.empty() ? number : number + ": " + task.title;
  }
  std::string text = upper_first(owed_item_text(data, item, language, false));
  if (item.kind == OwedKind::remediation)
    text += ": " + data.inspections[item.inspection].findings[item.finding].text;
  return text;
}

OutlineTable owed_table(const PlanData& data, const Reminders& reminders, Language language) {
  const RemindLabels& l = remind_labels(language);
  OutlineTable table;
  table.header = {std::string(document_labels(language).number_column), std::string(l.unit),
                  std::string(l.owes), std::string(l.due), std::string(l.days_overdue)};
  table.numeric = {true, false, false, false, true};
  std::size_t number = 0;
  for (const UnitReminder& reminder : reminders.units) {
    ++number;
    bool first = true;
    for (const OwedItem& item : reminder.items) {
      // The unit is named on its first line only, as a table typed by hand would have it.
      table.rows.push_back(OutlineRow{
          {first ? std::to_string(number) : std::string(),
           first ? data.units[reminder.unit].name : std::string(), owed_cell(data, item, language),
           item.due ? date_label(*item.due, language) : upper_first(std::string(l.no_deadline)),
           item.days_overdue ? std::to_string(*item.days_overdue) : std::string()}});
      first = false;
    }
  }
  return table;
}

}  // namespace

DocumentOutline remind_outline(const PlanData& data, const Reminders& reminders,
                               const DocumentStyle* style, Language language) {
  const DocumentLabels& w = document_labels(language);
  const Plan& plan = *data.plan;
  const OwedCounts counts = count_owed(reminders);
  const bool named = reminders.units.size() <= kNamedUnits;

  std::vector<std::string> recipients;
  if (named) {
    for (const UnitReminder& reminder : reminders.units)
      recipients.push_back(data.units[reminder.unit].name);
  } else {
    recipients.emplace_back(w.letter_many_units);
  }
  const std::string actions = owed_actions(counts, w);
  const std::string subject =
      reminders.empty() ? fmt::format(fmt::runtime(w.letter_subject_nothing), plan.number)
                        : fmt::format(fmt::runtime(w.letter_subject), actions, plan.number);

  DocumentOutline outline;
  outline.language = language == Language::vi ? "vi" : "en";
  outline.official =
      letter_official_text(data, style, reminders.as_of, subject, std::move(recipients), language);
  std::vector<OutlineBlock>& body = outline.body;
  const std::string as_of = date_label(reminders.as_of, language);
  if (reminders.empty()) {
    body.push_back(
        Block::paragraph(fmt::format(fmt::runtime(w.letter_nothing), as_of, plan.number)));
    return outline;
  }
  body.push_back(Block::paragraph(fmt::format(
      fmt::runtime(w.letter_intro), plan.number, date_label(plan.issued, language), plan.issuer,
      lower_first(plan.title), as_of, reminders.units.size(), owed_counts(counts, w))));
  OutlineTable table = owed_table(data, reminders, language);
  if (named) {
    body.push_back(Block::paragraph(std::string(w.letter_details_below)));
    body.push_back(Block::of_table(std::move(table)));
  } else {
    body.push_back(Block::paragraph(std::string(w.letter_details_attached)));
    outline.appendices.push_back(OutlineAppendix{
        std::string(w.letter_list_title), false, {Block::of_table(std::move(table))}});
  }
  // "Urgently" only when something is past due: a letter sent before the deadlines asks plainly.
  const bool overdue = std::any_of(reminders.units.begin(), reminders.units.end(),
                                   [](const UnitReminder& unit) { return unit.overdue; });
  body.push_back(
      Block::paragraph(fmt::format(fmt::runtime(w.letter_request), plan.issuer, actions,
                                   overdue ? remind_labels(language).urgent : std::string_view{})));
  body.push_back(Block::paragraph(outline.official.closing_sentence));
  return outline;
}

}  // namespace papi
