#include <fmt/format.h>

#include "i18n/outcome_words.h"
#include "i18n/report_words.h"
#include "render/escape.h"
#include "render/outcomes_render.h"
#include "render/rollup_render.h"

namespace papi {

namespace {

std::string area_columns(const Rollup& rollup) {
  std::string out;
  for (const RollupArea& area : rollup.areas)
    out += fmt::format(" {} |", area.id);
  return out;
}

std::string area_alignment(const Rollup& rollup) {
  std::string out;
  for (std::size_t i = 0; i < rollup.areas.size(); ++i)
    out += "---:|";
  return out;
}

std::string area_cells(const std::vector<Completion>& areas, Language language) {
  std::string out;
  for (const Completion& completion : areas)
    out += fmt::format(" {} |", format_percent(completion.percent(), language));
  return out;
}

std::string outcomes_table(const Rollup& rollup, Language language) {
  const OutcomeLabels& l = outcome_labels(language);
  std::string out =
      fmt::format("## {}\n\n| {} | {} | {} | {} | {} |{}\n|---|---:|---:|---:|---:|{}\n",
                  l.outcomes_by_plan, l.plan, l.year, l.total_score, l.change, l.rank,
                  area_columns(rollup), area_alignment(rollup));
  for (const RollupPlan& plan : rollup.plans) {
    const OutcomeSummary& outcomes = plan.outcomes;
    if (!outcomes.latest)
      continue;
    const Outcome& latest = *outcomes.latest;
    out += fmt::format(
        "| {} | {} | {} | {} | {} |", markdown_cell(plan.id), latest.year,
        latest.total ? format_score(*latest.total, language) : "",
        outcomes.total_change ? format_score_change(*outcomes.total_change, language) : "",
        latest.rank ? (latest.of ? fmt::format("{}/{}", *latest.rank, *latest.of)
                                 : fmt::format("{}", *latest.rank))
                    : "");
    for (std::size_t a = 0; a < rollup.areas.size(); ++a) {
      const bool known = a < outcomes.areas.size() && outcomes.areas[a].latest;
      out += fmt::format(" {} |", known ? format_score(*outcomes.areas[a].latest, language) : "");
    }
    out += "\n";
  }
  return out + "\n";
}

}  // namespace

std::string render_rollup_markdown(const Rollup& rollup, Language language) {
  const OutcomeLabels& l = outcome_labels(language);
  const ReportLabels& r = report_labels(language);
  std::string out = fmt::format("# {}\n\n", l.rollup_title);
  out += fmt::format("- {}: {}\n", l.plans, rollup.plans.size());
  out += fmt::format("- {}: **{}**\n", r.overall, format_percent(rollup.total.percent(), language));
  out +=
      fmt::format("- {}: {}/{}\n", l.units_reported, rollup.units_reported, rollup.units_expected);
  out += fmt::format("- {}: {}\n\n", r.pairs, rollup.total.pairs);

  out += fmt::format("## {}\n\n| # | {} | {} | {} |\n|---:|---|---:|---:|\n", l.by_area, l.area,
                     l.completion, l.pairs);
  for (std::size_t a = 0; a < rollup.areas.size(); ++a) {
    const RollupArea& area = rollup.areas[a];
    const std::string& name =
        language == Language::en && !area.name_en.empty() ? area.name_en : area.name;
    out += fmt::format("| {} | {} | {} | {} |\n", area.id, markdown_cell(name),
                       format_percent(rollup.total_areas[a].percent(), language),
                       rollup.total_areas[a].pairs);
  }
  out += fmt::format("| | **{}** | **{}** | {} |\n\n", r.all_areas,
                     format_percent(rollup.total.percent(), language), rollup.total.pairs);

  out += fmt::format("## {}\n\n| {} | {} | {} | {} |{}\n|---|---|---:|---:|{}\n", l.by_plan, l.plan,
                     l.period, l.units_reported, l.completion, area_columns(rollup),
                     area_alignment(rollup));
  for (const RollupPlan& plan : rollup.plans) {
    out += fmt::format("| {} | {} | {}/{} | {} |{}\n", markdown_cell(plan.id),
                       period_label(plan.period, language), plan.units_reported,
                       plan.units_expected, format_percent(plan.overall.percent(), language),
                       area_cells(plan.areas, language));
  }
  out += fmt::format("| **{}** | | {}/{} | **{}** |{}\n\n", l.total, rollup.units_reported,
                     rollup.units_expected, format_percent(rollup.total.percent(), language),
                     area_cells(rollup.total_areas, language));

  if (rollup.has_outcomes)
    out += outcomes_table(rollup, language);
  return out;
}

}  // namespace papi
