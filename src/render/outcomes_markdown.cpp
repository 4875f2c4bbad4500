#include <cmath>

#include <fmt/format.h>

#include "i18n/outcome_words.h"
#include "i18n/report_words.h"
#include "render/escape.h"
#include "render/outcomes_render.h"

namespace papi {

namespace {

std::string with_decimal_comma(std::string text, Language language) {
  if (language == Language::vi) {
    for (char& c : text) {
      if (c == '.')
        c = ',';
    }
  }
  return text;
}

std::string score_cell(const std::optional<double>& score, Language language) {
  return score ? format_score(*score, language) : std::string{};
}

std::string rank_cell(const std::optional<Outcome>& outcome) {
  if (!outcome || !outcome->rank)
    return {};
  return outcome->of ? fmt::format("{}/{}", *outcome->rank, *outcome->of)
                     : fmt::format("{}", *outcome->rank);
}

// ↑ for a rise in rank (a smaller number), ↓ for a fall.
std::string rank_change_cell(const std::optional<int>& change) {
  if (!change)
    return {};
  if (*change == 0)
    return "=";
  return fmt::format("{} {}", *change > 0 ? "↑" : "↓", std::abs(*change));
}

}  // namespace

OutcomeRows outcome_rows(const PlanData& data, const Report& report, Language language) {
  OutcomeRows rows;
  for (const AreaResult& result : report.areas) {
    const Area& area = data.plan->areas[result.area];
    rows.areas.push_back(OutcomeRows::Row{area.id, area_name(area, language), area.name,
                                          area.name_en, result.completion.percent()});
  }
  rows.overall = report.overall.percent();
  return rows;
}

std::string format_score(double score, Language language) {
  return with_decimal_comma(fmt::format("{}", round_half_up(score, 4)), language);
}

std::string format_score_change(double change, Language language) {
  const double rounded = round_half_up(change, 4);
  if (rounded == 0)
    return "0";
  return with_decimal_comma(fmt::format("{}{}", rounded > 0 ? "+" : "", rounded), language);
}

std::string outcomes_markdown(const OutcomeSummary& summary, const OutcomeRows& rows,
                              Language language) {
  if (summary.empty())
    return {};
  const OutcomeLabels& l = outcome_labels(language);
  const ReportLabels& report = report_labels(language);
  const bool previous = summary.previous.has_value();
  const bool latest = summary.latest.has_value();
  const bool target = summary.target.has_value();

  std::string out =
      fmt::format("## {}\n\n| # | {} | {} |", l.outcomes_title, report.area, report.completion);
  std::string alignment = "|---:|---|---:|";
  if (previous) {
    out += fmt::format(" {} |", fmt::format(fmt::runtime(l.result_in), summary.previous->year));
    alignment += "---:|";
  }
  if (latest) {
    out += fmt::format(" {} |", fmt::format(fmt::runtime(l.result_in), summary.latest->year));
    alignment += "---:|";
  }
  if (previous) {
    out += fmt::format(" {} |", l.change);
    alignment += "---:|";
  }
  if (target) {
    out += fmt::format(" {} |", fmt::format(fmt::runtime(l.target_in), summary.target->year));
    alignment += "---:|";
  }
  out += "\n" + alignment + "\n";

  auto cells = [&](const std::optional<double>& before, const std::optional<double>& now,
                   const std::optional<double>& change, const std::optional<double>& aim) {
    std::string text;
    if (previous)
      text += fmt::format(" {} |", score_cell(before, language));
    if (latest)
      text += fmt::format(" {} |", score_cell(now, language));
    if (previous)
      text += fmt::format(" {} |", change ? format_score_change(*change, language) : "");
    if (target)
      text += fmt::format(" {} |", score_cell(aim, language));
    return text;
  };
  for (std::size_t a = 0; a < rows.areas.size() && a < summary.areas.size(); ++a) {
    const AreaOutcome& area = summary.areas[a];
    out += fmt::format("| {} | {} | {} |", rows.areas[a].area_id, markdown_cell(rows.areas[a].name),
                       format_percent(rows.areas[a].completion, language));
    out += cells(area.previous, area.latest, area.change, area.target) + "\n";
  }
  auto total_of = [](const std::optional<Outcome>& outcome) {
    return outcome ? outcome->total : std::nullopt;
  };
  out +=
      fmt::format("| | **{}** | **{}** |", l.total_score, format_percent(rows.overall, language));
  out += cells(total_of(summary.previous), total_of(summary.latest), summary.total_change,
               total_of(summary.target)) +
         "\n";
  const bool any_rank = (previous && summary.previous->rank) || (latest && summary.latest->rank) ||
                        (target && summary.target->rank);
  if (any_rank) {
    out += fmt::format("| | **{}** | |", l.rank);
    if (previous)
      out += fmt::format(" {} |", rank_cell(summary.previous));
    if (latest)
      out += fmt::format(" {} |", rank_cell(summary.latest));
    if (previous)
      out += fmt::format(" {} |", rank_change_cell(summary.rank_change));
    if (target)
      out += fmt::format(" {} |", rank_cell(summary.target));
    out += "\n";
  }
  out += "\n";

  std::string sources;
  for (const std::optional<Outcome>* outcome :
       {&summary.previous, &summary.latest, &summary.target}) {
    if (*outcome && !(*outcome)->source.empty()) {
      const std::string_view heading =
          (*outcome)->kind == OutcomeKind::target ? l.target_in : l.result_in;
      sources += fmt::format("- {}: {}\n", fmt::format(fmt::runtime(heading), (*outcome)->year),
                             markdown_text((*outcome)->source));
    }
  }
  if (!sources.empty())
    out += fmt::format("{}:\n\n{}\n", l.sources, sources);
  return out;
}

}  // namespace papi
