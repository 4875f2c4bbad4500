#include <fmt/format.h>

#include "render/escape.h"
#include "render/outcomes_render.h"

namespace papi {

namespace {

std::string number(const std::optional<double>& value) {
  return value ? fmt::format("{}", round_half_up(*value, 4)) : std::string{};
}

std::string integer(const std::optional<int>& value) {
  return value ? fmt::format("{}", *value) : std::string{};
}

std::string year_of(const std::optional<Outcome>& outcome) {
  return outcome ? fmt::format("{}", outcome->year) : std::string{};
}

std::optional<double> total_of(const std::optional<Outcome>& outcome) {
  return outcome ? outcome->total : std::nullopt;
}

std::optional<int> rank_of(const std::optional<Outcome>& outcome) {
  return outcome ? outcome->rank : std::nullopt;
}

}  // namespace

std::string outcomes_csv(const OutcomeSummary& summary, const OutcomeRows& rows) {
  std::string out =
      "area_id,area_name,area_name_en,completion,previous_year,previous,latest_year,latest,"
      "change,target_year,target,previous_rank,latest_rank,target_rank,of\r\n";
  if (summary.empty())
    return out;
  const std::string years = fmt::format("{},{{}},{},{{}},{{}},{},{{}}", year_of(summary.previous),
                                        year_of(summary.latest), year_of(summary.target));
  auto completion = [](const std::optional<double>& percent) {
    return percent ? fmt::format("{:.2f}", round_half_up(*percent, 2)) : std::string{};
  };
  for (std::size_t a = 0; a < rows.areas.size() && a < summary.areas.size(); ++a) {
    const AreaOutcome& area = summary.areas[a];
    const OutcomeRows::Row& row = rows.areas[a];
    out += fmt::format("{},{},{},{},", row.area_id, csv_text_field(row.name_vi),
                       csv_text_field(row.name_en), completion(row.completion));
    out += fmt::format(fmt::runtime(years), number(area.previous), number(area.latest),
                       number(area.change), number(area.target));
    out += ",,,,\r\n";
  }
  std::string of;
  if (summary.latest && summary.latest->of)
    of = integer(summary.latest->of);
  else if (summary.previous)
    of = integer(summary.previous->of);
  out += fmt::format("total,,,{},", completion(rows.overall));
  out += fmt::format(fmt::runtime(years), number(total_of(summary.previous)),
                     number(total_of(summary.latest)), number(summary.total_change),
                     number(total_of(summary.target)));
  out += fmt::format(",{},{},{},{}\r\n", integer(rank_of(summary.previous)),
                     integer(rank_of(summary.latest)), integer(rank_of(summary.target)), of);
  return out;
}

}  // namespace papi
