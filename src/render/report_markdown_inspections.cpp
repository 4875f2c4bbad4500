#include <fmt/format.h>

#include "i18n/inspection_words.h"
#include "i18n/report_words.h"
#include "render/escape.h"
#include "render/report_inspections.h"

namespace papi {

namespace {

constexpr RemediationClass kClasses[] = {RemediationClass::fixed_on_time,
                                         RemediationClass::fixed_late, RemediationClass::open,
                                         RemediationClass::open_overdue};

std::string count_cells(const FindingCounts& counts, bool bold) {
  const char* mark = bold ? "**" : "";
  std::string out = fmt::format(" {0}{1}{0} |", mark, counts.total);
  for (RemediationClass value : kClasses)
    out += fmt::format(" {0}{1}{0} |", mark, counts.count(value));
  out += fmt::format(" {0}{1}{0} |", mark, counts.verified);
  return out;
}

std::string task_or_area(const Finding& finding, const InspectionLabels& l) {
  return finding.task.empty() ? fmt::format(fmt::runtime(l.area_ref), finding.area.value_or(0))
                              : fmt::format(fmt::runtime(l.task_ref), finding.task);
}

}  // namespace

std::string render_inspections_markdown(const PlanData& data, const InspectionSection& section,
                                        const Date& as_of, Language language) {
  const InspectionLabels& l = inspection_labels(language);
  const Plan& plan = *data.plan;
  std::string out = fmt::format("## {}\n\n", l.title);
  out += fmt::format(fmt::runtime(l.scope), date_label(as_of, language)) + "\n\n";

  out += fmt::format("### {}\n\n| {} | {} |\n|---|---:|\n", l.held_title, l.kind, l.inspections);
  for (std::size_t k = 0; k < kInspectionKindCount; ++k) {
    out += fmt::format("| {} | {} |\n",
                       inspection_kind_label(static_cast<InspectionKind>(k), language),
                       section.held_by_kind[k]);
  }
  out += fmt::format("| **{}** | **{}** |\n\n", l.total, section.held);

  out += fmt::format("### {}\n\n| # | {} | {} |", l.by_area, l.area, l.findings);
  for (RemediationClass value : kClasses)
    out += fmt::format(" {} |", remediation_label(value, language));
  out += fmt::format(" {} |\n|---:|---|---:|---:|---:|---:|---:|---:|\n", l.verified);
  for (const FindingGroup& group : section.by_area) {
    std::string name;
    for (const Area& area : plan.areas) {
      if (std::to_string(area.id) == group.key)
        name = markdown_cell(area_name(area, language));
    }
    out += fmt::format("| {} | {} |{}\n", group.key, name, count_cells(group.counts, false));
  }
  out += fmt::format("| | **{}** |{}\n\n", l.total, count_cells(section.total, true));

  out += fmt::format("### {}\n\n", l.overdue_title);
  if (section.overdue.empty()) {
    out += fmt::format("{}\n\n", l.none);
  } else {
    out += fmt::format("| {} | {} | {} | {} | {} |\n|---|---|---|---|---:|\n", l.unit, l.finding,
                       l.task_or_area, l.due, l.days_overdue);
    for (std::size_t index : section.overdue) {
      const CountedFinding& counted = section.findings[index];
      const Inspection& inspection = data.inspections[counted.inspection];
      const Finding& finding = inspection.findings[counted.finding];
      std::string unit = inspection.unit;
      for (const Unit& u : data.units) {
        if (u.id == inspection.unit)
          unit = u.name;
      }
      out += fmt::format("| {} | {} | {} | {} | {} |\n", markdown_cell(unit),
                         markdown_cell(finding.text), task_or_area(finding, l),
                         date_label(finding.due, language), counted.days_overdue);
    }
    out += "\n";
  }

  out += fmt::format("### {}\n\n", l.reinspection_title);
  if (section.reinspection.empty()) {
    out += fmt::format("{}\n\n", l.none);
  } else {
    out += fmt::format("| {} | {} | {} | {} |\n|---|---:|---:|---|\n", l.unit, l.fixed_unverified,
                       l.overdue, l.last_inspection);
    for (const ReinspectionDue& due : section.reinspection) {
      out +=
          fmt::format("| {} | {} | {} | {} |\n", markdown_cell(data.units[due.unit].name),
                      due.fixed_unverified, due.overdue, date_label(due.last_inspection, language));
    }
    out += "\n";
  }
  out.pop_back();  // the report ends with one line break, not a blank line
  return out;
}

}  // namespace papi
