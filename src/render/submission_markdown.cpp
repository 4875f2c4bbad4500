#include <fmt/format.h>

#include "i18n/report_words.h"
#include "i18n/submission_words.h"
#include "render/escape.h"
#include "render/submission_render.h"

namespace papi {

std::vector<SubmissionClass> submission_classes_shown(const PeriodSubmissions& period) {
  if (period.due) {
    return {SubmissionClass::on_time, SubmissionClass::late, SubmissionClass::undated,
            SubmissionClass::overdue, SubmissionClass::not_due};
  }
  return {SubmissionClass::submitted, SubmissionClass::missing};
}

bool sent_on_time(const UnitSubmission& entry) {
  return entry.submission_class == SubmissionClass::on_time ||
         entry.submission_class == SubmissionClass::submitted;
}

std::string submission_sent_text(const UnitSubmission& entry, const Date& as_of,
                                 Language language) {
  if (!entry.report || !entry.report->submitted)
    return {};
  std::string sent = date_label(*entry.report->submitted, language);
  if (sent_after(entry.report, as_of))
    sent += fmt::format(" ({})", submission_labels(language).after_as_of);
  return sent;
}

namespace {

std::string count_row(std::string_view name, const SubmissionCounts& counts,
                      const std::vector<SubmissionClass>& classes) {
  std::string out = fmt::format("| {} | {} |", name, counts.units);
  for (SubmissionClass value : classes)
    out += fmt::format(" {} |", counts.count(value));
  return out + "\n";
}

void period_part(std::string& out, const PlanData& data, const PeriodSubmissions& period,
                 const Date& as_of, Language language) {
  const SubmissionLabels& l = submission_labels(language);
  const ReportLabels& r = report_labels(language);
  out += fmt::format("### {} ({}) — {}: {}\n\n", period_label(period.period, language),
                     period.period.to_string(), l.due,
                     period.due ? date_label(*period.due, language) : std::string(l.no_deadline));
  const std::vector<SubmissionClass> classes = submission_classes_shown(period);
  std::string header;
  std::string alignment;
  for (SubmissionClass value : classes) {
    header += fmt::format(" {} |", submission_label(value, language));
    alignment += "---:|";
  }
  out += fmt::format("| {} | {} |{}\n|---|---:|{}\n", r.level, r.units, header, alignment);
  for (const SubmissionGroup& level : period.levels)
    out += count_row(level_label(level.key, language), level.counts, classes);
  out += count_row(fmt::format("**{}**", l.overall), period.overall, classes);
  out += "\n";
  out += fmt::format("| {} | {} |{}\n|---|---:|{}\n", r.commune, r.units, header, alignment);
  for (const SubmissionGroup& commune : period.communes) {
    out += count_row(commune.key.empty() ? std::string(r.no_commune) : markdown_cell(commune.key),
                     commune.counts, classes);
  }
  out += "\n";

  out += fmt::format("{}:\n\n", l.not_on_time);
  std::string rows;
  for (const UnitSubmission& entry : period.units) {
    if (sent_on_time(entry))
      continue;
    const std::string sent = submission_sent_text(entry, as_of, language);
    const SubmissionClass value = entry.submission_class;
    const std::optional<int>& days = entry.days_late;
    std::string cell = submission_cell(value, days, language);
    if (value == SubmissionClass::overdue)
      cell = fmt::format("**{}**", cell);
    rows += fmt::format("| {} | {} | {} | {} |\n", markdown_cell(data.units[entry.unit].name),
                        level_label(level_key(data.units[entry.unit]), language), sent, cell);
  }
  if (rows.empty()) {
    out += fmt::format("{}\n\n", l.all_on_time);
  } else {
    out += fmt::format("| {} | {} | {} | {} |\n|---|---|---|---|\n{}\n", r.unit, r.level,
                       l.submitted, l.class_header, rows);
  }
}

}  // namespace

std::string submission_section_markdown(const PlanData& data, const Report& report,
                                        Language language) {
  const SubmissionLabels& l = submission_labels(language);
  const ReportLabels& r = report_labels(language);
  const Submissions& submissions = report.submissions;
  std::string out = fmt::format("## {}\n\n", l.title);
  for (const PeriodSubmissions& period : submissions.periods)
    period_part(out, data, period, submissions.as_of, language);

  // Units × periods, for reading at a glance who keeps the deadlines.
  out += fmt::format("### {}\n\n| {} |", l.history, r.unit);
  std::string alignment = "|---|";
  for (const PeriodSubmissions& period : submissions.history) {
    out += fmt::format(" {} |", period.period.to_string());
    alignment += "---|";
  }
  if (submissions.has_deadlines) {
    out += fmt::format(" {} |", l.punctuality);
    alignment += "---:|";
  }
  out += "\n" + alignment + "\n";
  for (std::size_t i = 0; i < submissions.units.size(); ++i) {
    const UnitSubmissionHistory& history = submissions.units[i];
    out += fmt::format("| {} |", markdown_cell(data.units[history.unit].name));
    for (const PeriodSubmissions& period : submissions.history) {
      const UnitSubmission& entry = period.units[i];
      out +=
          fmt::format(" {} |", submission_cell(entry.submission_class, entry.days_late, language));
    }
    if (submissions.has_deadlines)
      out += fmt::format(" {}/{} |", history.on_time, history.due);
    out += "\n";
  }
  return out + "\n";
}

}  // namespace papi
