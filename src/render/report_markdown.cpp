#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "compute/collation.h"
#include "i18n/report_words.h"
#include "i18n/submission_words.h"
#include "render/escape.h"
#include "render/outcomes_render.h"
#include "render/report_inspections.h"
#include "render/report_render.h"
#include "render/submission_render.h"

namespace papi {

namespace {

// Ten blocks, each 10 points, rounded to the nearest block.
std::string text_bar(const std::optional<double>& percent) {
  if (!percent)
    return "";
  const int filled = std::clamp(static_cast<int>(std::lround(*percent / 10.0)), 0, 10);
  std::string bar = "`";
  for (int i = 0; i < 10; ++i)
    bar += i < filled ? "█" : "░";
  return bar + "`";
}

// The count columns of a summary table: the states, then, when some task has a due date, the
// deadline classes (without one they can only repeat the states).
std::string count_header(Language language, bool with_classes) {
  std::string out;
  for (PairState value : kPairStates)
    out += fmt::format(" {} |", pair_state_short_label(value, language));
  if (with_classes) {
    for (DeadlineClass value : kDeadlineClasses)
      out += fmt::format(" {} |", deadline_short_label(value, language));
  }
  return out;
}

std::string count_cells(const Completion& completion, bool with_classes) {
  std::string out;
  for (PairState value : kPairStates)
    out += fmt::format(" {} |", completion.state(value));
  if (with_classes) {
    for (DeadlineClass value : kDeadlineClasses)
      out += fmt::format(" {} |", completion.count(value));
  }
  return out;
}

std::string count_alignment(bool with_classes) {
  std::string out;
  const std::size_t columns =
      std::size(kPairStates) + (with_classes ? std::size(kDeadlineClasses) : 0);
  for (std::size_t i = 0; i < columns; ++i)
    out += "---:|";
  return out;
}

// The overdue and late pairs; only when some task has a due date (else it can only be empty).
void late_section(std::string& out, const PlanData& data, const Report& report, Language lang) {
  const ReportLabels& l = report_labels(lang);
  out += fmt::format("## {}\n\n", l.late_title);
  std::vector<std::size_t> late = report.overdue_pairs;
  late.insert(late.end(), report.done_late_pairs.begin(), report.done_late_pairs.end());
  std::sort(late.begin(), late.end());
  if (late.empty()) {
    out += fmt::format("{}\n\n", l.none);
  } else {
    out += fmt::format("| {} | {} | {} | {} | {} |\n|---|---|---|---|---|\n", l.unit, l.task, l.due,
                       l.state, l.deadline);
    for (std::size_t index : late) {
      const PairResult& pair = report.pairs[index];
      const Task& task = data.tasks[pair.task];
      std::string state = pair.record ? std::string(state_label(pair.record->state, lang)) : "";
      if (pair.record && pair.record->state == TaskState::in_progress) {
        state += fmt::format(" ({})", format_percent(pair.record->progress, lang));
      }
      if (pair.record && pair.record->completed) {
        state += fmt::format(" {}", date_label(*pair.record->completed, lang));
      }
      out += fmt::format("| {} | {} | {} | {} | {} |\n", markdown_cell(data.units[pair.unit].name),
                         markdown_cell(task.id), task.due ? date_label(*task.due, lang) : "",
                         markdown_cell(state), deadline_label(pair.deadline_class, lang));
    }
    out += "\n";
  }
}

}  // namespace

std::string render_report_markdown(const PlanData& data, const Report& report,
                                   const ReportRenderOptions& options) {
  const Language lang = options.language;
  const ReportLabels& l = report_labels(lang);
  const Plan& plan = *data.plan;
  std::string out;

  out += fmt::format("# {} {}\n\n", l.title_prefix, markdown_text(plan.number));
  out += fmt::format("**{}**\n\n", markdown_text(plan.title));
  out += fmt::format("- {}: {} ({})\n", l.period, period_label(report.period, lang),
                     report.period.to_string());
  out += fmt::format("- {}: {}\n", l.as_of, date_label(report.as_of, lang));
  out += fmt::format("- {}: {}\n\n", l.issuer, markdown_text(plan.issuer));

  out += fmt::format("## {}\n\n", l.summary);
  out += fmt::format("- {}: **{}**\n", l.overall, format_percent(report.overall.percent(), lang));
  out += fmt::format("- {}: {}/{}", l.units_reported, report.units_reported, report.units_expected);
  if (const std::size_t late = units_sent_after_as_of(report.submissions); late > 0) {
    out += fmt::format(
        "; {}", fmt::format(fmt::runtime(submission_labels(lang).sent_after_as_of_note), late));
  }
  out += "\n";
  out += fmt::format("- {}: {}\n\n{}\n\n", l.pairs, report.overall.pairs, l.pairs_note);
  const SubmissionLabels& sl = submission_labels(lang);
  const bool classes = report.has_due_dates;
  out += fmt::format("| {} | {} |\n|---|---:|\n", l.state, sl.pairs);
  for (PairState value : kPairStates) {
    out += fmt::format("| {} | {} |\n", pair_state_label(value, lang), report.overall.state(value));
  }
  out += "\n";
  if (classes) {
    out += fmt::format("| {} | {} |\n|---|---:|\n", l.deadline, sl.pairs);
    for (DeadlineClass value : kDeadlineClasses) {
      out += fmt::format("| {} | {} |\n", deadline_label(value, lang), report.overall.count(value));
    }
    out += "\n";
  } else {
    out += fmt::format("{}\n\n", sl.no_due_dates);
  }

  out += fmt::format("## {}\n\n", l.by_area);
  out += fmt::format("| # | {} | {} | {} |{}\n", l.area, l.completion, l.progress_bar,
                     count_header(lang, classes));
  out += fmt::format("|---:|---|---:|---|{}\n", count_alignment(classes));
  for (const AreaResult& area : report.areas) {
    const auto percent = area.completion.percent();
    out += fmt::format("| {} | {} | {} | {} |{}\n", area.area_id,
                       markdown_cell(area_name(plan.areas[area.area], lang)),
                       format_percent(percent, lang), text_bar(percent),
                       count_cells(area.completion, classes));
  }
  out += fmt::format("| | **{}** | **{}** | {} |{}\n", l.all_areas,
                     format_percent(report.overall.percent(), lang),
                     text_bar(report.overall.percent()), count_cells(report.overall, classes));
  out += fmt::format("\n{}\n\n", l.counts_legend);
  if (!options.chart_link.empty()) {
    out += fmt::format("![{}]({})\n\n", l.chart_alt, options.chart_link);
  }

  if (!report.trend.empty()) {
    out += fmt::format("## {}\n\n| # | {} |", l.trend, l.area);
    std::string alignment = "|---:|---|";
    for (const TrendPoint& point : report.trend) {
      out += fmt::format(" {} |", point.period);
      alignment += "---:|";
    }
    out += "\n" + alignment + "\n";
    for (std::size_t a = 0; a < plan.areas.size(); ++a) {
      out += fmt::format("| {} | {} |", plan.areas[a].id,
                         markdown_cell(area_name(plan.areas[a], lang)));
      for (const TrendPoint& point : report.trend) {
        out += fmt::format(" {} |", format_percent(point.areas[a], lang));
      }
      out += "\n";
    }
    out += fmt::format("| | **{}** |", l.all_areas);
    for (const TrendPoint& point : report.trend) {
      out += fmt::format(" **{}** |", format_percent(point.overall, lang));
    }
    out += "\n\n";
  }

  out += outcomes_markdown(report.outcomes, outcome_rows(data, report, lang), lang);

  out += fmt::format("## {}\n\n", l.ranking);
  out += fmt::format("| {} | {} | {} | {} | {} | {} |\n|---:|---|---|---|---:|---|\n", l.rank,
                     l.unit, l.level, l.commune, l.completion, l.reported);
  for (const RankedUnit& ranked : rank_units(data, report)) {
    const Unit& unit = data.units[ranked.unit->unit];
    out += fmt::format("| {} | {} | {} | {} | {} | {} |\n",
                       ranked.rank ? std::to_string(*ranked.rank) : std::string(l.not_ranked),
                       markdown_cell(unit.name), level_label(level_key(unit), lang),
                       markdown_cell(unit.commune),
                       format_percent(ranked.unit->completion.percent(), lang),
                       ranked.unit->report ? l.yes : l.no);
  }
  out += fmt::format("\n{}\n\n", l.ranking_note);

  out += fmt::format("## {}\n\n", l.by_level);
  out += fmt::format("| {} | {} | {} |{}\n|---|---:|---:|{}\n", l.level, l.units, l.completion,
                     count_header(lang, classes), count_alignment(classes));
  for (const GroupResult& level : report.levels) {
    out += fmt::format("| {} | {} | {} |{}\n", level_label(level.key, lang), level.units,
                       format_percent(level.completion.percent(), lang),
                       count_cells(level.completion, classes));
  }
  out += fmt::format("\n{}\n\n", l.counts_legend);

  out += fmt::format("## {}\n\n", l.by_commune);
  out += fmt::format("| {} | {} | {} |{}\n|---|---:|---:|{}\n", l.commune, l.units, l.completion,
                     count_header(lang, classes), count_alignment(classes));
  for (const GroupResult& commune : report.communes) {
    out += fmt::format("| {} | {} | {} |{}\n",
                       commune.key.empty() ? std::string(l.no_commune) : markdown_cell(commune.key),
                       commune.units, format_percent(commune.completion.percent(), lang),
                       count_cells(commune.completion, classes));
  }
  out += fmt::format("\n{}\n\n", l.counts_legend);

  if (classes)
    late_section(out, data, report, lang);
  out += submission_section_markdown(data, report, lang);

  out += fmt::format("## {}\n\n", l.missing_title);
  if (report.missing_units.empty()) {
    out += fmt::format("{}\n", l.none);
  } else {
    for (std::size_t u : report.missing_units) {
      out += fmt::format("- {} (`{}`)\n", markdown_text(data.units[u].name),
                         markdown_text(data.units[u].id));
    }
  }
  if (report.inspections) {
    out += "\n";
    out += render_inspections_markdown(data, *report.inspections, report.as_of, lang);
  }
  return out;
}

}  // namespace papi
