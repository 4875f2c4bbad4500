#include <fmt/format.h>

#include "i18n/document_words.h"
#include "i18n/inspection_words.h"
#include "i18n/report_words.h"
#include "i18n/submission_words.h"
#include "render/document_outline.h"
#include "render/report_inspections.h"
#include "render/submission_render.h"

namespace papi {

namespace {

using Block = OutlineBlock;

// A table whose first column is a name and whose other columns are figures.
OutlineTable count_table(std::vector<std::string> header) {
  OutlineTable table;
  table.numeric.assign(header.size(), true);
  table.numeric.front() = false;
  table.header = std::move(header);
  return table;
}

OutlineRow submission_count_row(std::string name, const SubmissionCounts& counts,
                                const std::vector<SubmissionClass>& classes, bool total) {
  OutlineRow row{{std::move(name), std::to_string(counts.units)}, false, total};
  for (SubmissionClass value : classes)
    row.cells.push_back(std::to_string(counts.count(value)));
  return row;
}

void add_period_submissions(std::vector<OutlineBlock>& body, const PlanData& data,
                            const PeriodSubmissions& period, const Date& as_of, Language language) {
  const SubmissionLabels& l = submission_labels(language);
  const ReportLabels& r = report_labels(language);
  body.push_back(Block::paragraph(
      fmt::format(fmt::runtime(document_labels(language).submission_period),
                  period_label(period.period, language),
                  period.due ? date_label(*period.due, language) : std::string(l.no_deadline))));

  // The classes of the Markdown report's table that some unit has: the others are zero.
  std::vector<SubmissionClass> classes;
  for (SubmissionClass value : submission_classes_shown(period)) {
    if (period.overall.count(value) > 0)
      classes.push_back(value);
  }
  std::vector<std::string> header{std::string(r.level), std::string(r.units)};
  for (SubmissionClass value : classes)
    header.emplace_back(submission_label(value, language));
  OutlineTable counts = count_table(std::move(header));
  for (const SubmissionGroup& level : period.levels) {
    counts.rows.push_back(
        submission_count_row(level_label(level.key, language), level.counts, classes, false));
  }
  counts.rows.push_back(
      submission_count_row(std::string(l.overall), period.overall, classes, true));
  body.push_back(Block::of_table(std::move(counts)));

  OutlineTable late;
  late.header = {std::string(r.unit), std::string(r.level), std::string(l.submitted),
                 std::string(l.class_header)};
  late.numeric = {false, false, false, false};
  for (const UnitSubmission& entry : period.units) {
    if (sent_on_time(entry))
      continue;
    const Unit& unit = data.units[entry.unit];
    late.rows.push_back(
        OutlineRow{{unit.name, level_label(level_key(unit), language),
                    submission_sent_text(entry, as_of, language),
                    submission_cell(entry.submission_class, entry.days_late, language)}});
  }
  if (late.rows.empty()) {
    body.push_back(Block::paragraph(std::string(l.all_on_time)));
  } else {
    body.push_back(Block::paragraph(std::string(l.not_on_time) + ":"));
    body.push_back(Block::of_table(std::move(late)));
  }
}

OutlineRow finding_count_row(std::vector<std::string> cells, const FindingCounts& counts,
                             bool total) {
  OutlineRow row{std::move(cells), false, total};
  row.cells.push_back(std::to_string(counts.total));
  for (RemediationClass value : kRemediationClasses)
    row.cells.push_back(std::to_string(counts.count(value)));
  row.cells.push_back(std::to_string(counts.verified));
  return row;
}

}  // namespace

void add_submission_blocks(std::vector<OutlineBlock>& body, const PlanData& data,
                           const Report& report, Language language) {
  for (const PeriodSubmissions& period : report.submissions.periods)
    add_period_submissions(body, data, period, report.submissions.as_of, language);
}

void add_inspection_blocks(std::vector<OutlineBlock>& body, const PlanData& data,
                           const Report& report, int item, Language language) {
  const InspectionLabels& l = inspection_labels(language);
  const DocumentLabels& w = document_labels(language);
  const InspectionSection& section = *report.inspections;
  body.push_back(Block::heading(2, fmt::format("{}. {}", item, l.title)));
  std::vector<std::string> classes;
  for (RemediationClass value : kRemediationClasses) {
    classes.push_back(fmt::format("{} {}",
                                  lower_first(std::string(remediation_label(value, language))),
                                  section.total.count(value)));
  }
  body.push_back(Block::paragraph(fmt::format(fmt::runtime(w.inspection_summary), section.held,
                                              section.total.total, joined(classes, "; "))));
  body.push_back(
      Block::paragraph(fmt::format(fmt::runtime(l.scope), date_label(report.as_of, language))));

  std::size_t sub = 0;
  body.push_back(Block::heading(3, item_letter(sub++) + " " + std::string(l.held_title)));
  OutlineTable held = count_table({std::string(l.kind), std::string(l.inspections)});
  for (std::size_t k = 0; k < kInspectionKindCount; ++k) {
    held.rows.push_back(
        OutlineRow{{std::string(inspection_kind_label(static_cast<InspectionKind>(k), language)),
                    std::to_string(section.held_by_kind[k])}});
  }
  held.rows.push_back(
      OutlineRow{{std::string(l.total), std::to_string(section.held)}, false, true});
  body.push_back(Block::of_table(std::move(held)));

  body.push_back(Block::heading(3, item_letter(sub++) + " " + std::string(l.by_area)));
  std::vector<std::string> header{std::string(w.number_column), std::string(l.area),
                                  std::string(l.findings)};
  for (RemediationClass value : kRemediationClasses)
    header.emplace_back(remediation_label(value, language));
  header.emplace_back(l.verified);
  OutlineTable areas = count_table(std::move(header));
  areas.numeric[0] = true;  // TT
  areas.numeric[1] = false;
  for (const FindingGroup& group : section.by_area) {
    areas.rows.push_back(finding_count_row(
        {group.key, finding_area_name(*data.plan, group.key, language)}, group.counts, false));
  }
  areas.rows.push_back(finding_count_row({"", std::string(l.total)}, section.total, true));
  body.push_back(Block::of_table(std::move(areas)));

  body.push_back(Block::heading(3, item_letter(sub++) + " " + std::string(l.overdue_title)));
  if (section.overdue.empty()) {
    body.push_back(Block::paragraph(std::string(l.none)));
  } else {
    OutlineTable overdue;
    overdue.header = {std::string(l.unit), std::string(l.finding), std::string(l.task_or_area),
                      std::string(l.due), std::string(l.days_overdue)};
    overdue.numeric = {false, false, false, false, true};
    for (std::size_t index : section.overdue) {
      const CountedFinding& counted = section.findings[index];
      const Inspection& inspection = data.inspections[counted.inspection];
      const Finding& finding = inspection.findings[counted.finding];
      overdue.rows.push_back(OutlineRow{
          {inspected_unit_name(data, inspection), finding.text, finding_subject(finding, language),
           date_label(finding.due, language), std::to_string(counted.days_overdue)}});
    }
    body.push_back(Block::of_table(std::move(overdue)));
  }

  body.push_back(Block::heading(3, item_letter(sub++) + " " + std::string(l.reinspection_title)));
  if (section.reinspection.empty()) {
    body.push_back(Block::paragraph(std::string(l.none)));
  } else {
    OutlineTable due = count_table({std::string(l.unit), std::string(l.fixed_unverified),
                                    std::string(l.overdue), std::string(l.last_inspection)});
    due.numeric.back() = false;
    for (const ReinspectionDue& entry : section.reinspection) {
      due.rows.push_back(
          OutlineRow{{data.units[entry.unit].name, std::to_string(entry.fixed_unverified),
                      std::to_string(entry.overdue), date_label(entry.last_inspection, language)}});
    }
    body.push_back(Block::of_table(std::move(due)));
  }
}

}  // namespace papi
