#include "compute/rollup.h"

#include <charconv>

namespace papi {

namespace {

void add_completion(Completion& into, const Completion& from) {
  into.weighted_value += from.weighted_value;
  into.weight += from.weight;
  into.pairs += from.pairs;
  for (std::size_t i = 0; i < into.classes.size(); ++i)
    into.classes[i] += from.classes[i];
}

std::optional<int> small_number(std::string_view text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size())
    return std::nullopt;
  return value;
}

}  // namespace

std::optional<RollupPeriod> parse_rollup_period(std::string_view text) {
  RollupPeriod request;
  if (auto period = Period::parse(text)) {
    request.kind = RollupPeriod::Kind::exact;
    request.period = *period;
    return request;
  }
  request.kind = RollupPeriod::Kind::in_year;
  request.period.year = 0;
  if (text == "year") {
    request.period.cadence = Cadence::year;
    request.period.index = 1;
    return request;
  }
  std::optional<int> index;
  if (text.size() == 2 && (text[0] == 'Q' || text[0] == 'H')) {
    index = small_number(text.substr(1));
    request.period.cadence = text[0] == 'Q' ? Cadence::quarter : Cadence::half;
  } else if (text.size() == 2) {
    index = small_number(text);
    request.period.cadence = Cadence::month;
  }
  if (!index || *index < 1 || *index > periods_per_year(request.period.cadence))
    return std::nullopt;
  request.period.index = *index;
  return request;
}

std::optional<Period> rollup_period_of(const PlanData& data, const RollupPeriod& request) {
  switch (request.kind) {
    case RollupPeriod::Kind::exact:
      return request.period;
    case RollupPeriod::Kind::in_year: {
      Period period = request.period;
      period.year = data.plan ? data.plan->year : 0;
      return period;
    }
    case RollupPeriod::Kind::latest:
      break;
  }
  const std::vector<Period> periods = periods_with_data(data);
  if (periods.empty())
    return std::nullopt;
  return periods.back();
}

std::vector<RollupArea> rollup_areas(const std::vector<Area>& first) {
  std::vector<RollupArea> areas;
  for (const Area& area : first)
    areas.push_back(RollupArea{area.id, area.name, area.name_en});
  return areas;
}

RollupPlan summarize_for_rollup(const PlanData& data, const Report& report) {
  const Plan& plan = *data.plan;
  RollupPlan result;
  result.id = plan.id;
  result.directory = data.directory;
  result.period = report.period;
  result.overall = report.overall;
  result.units_expected = report.units_expected;
  result.units_reported = report.units_reported;
  for (const AreaResult& area : report.areas) {
    result.area_ids.push_back(area.area_id);
    result.areas.push_back(area.completion);
  }
  result.outcomes = report.outcomes;
  return result;
}

namespace {

// The plan's areas and outcome rows in the order of the rollup's areas.
void order_areas(RollupPlan& plan, const std::vector<RollupArea>& areas) {
  std::vector<Completion> completions(areas.size());
  std::vector<AreaOutcome> outcomes(plan.outcomes.empty() ? 0 : areas.size());
  for (std::size_t a = 0; a < areas.size(); ++a) {
    for (std::size_t own = 0; own < plan.area_ids.size(); ++own) {
      if (plan.area_ids[own] == areas[a].id)
        completions[a] = plan.areas[own];
    }
    if (outcomes.empty())
      continue;
    outcomes[a].area_id = areas[a].id;
    for (const AreaOutcome& row : plan.outcomes.areas) {
      if (row.area_id == areas[a].id)
        outcomes[a] = row;
    }
  }
  plan.areas = std::move(completions);
  plan.outcomes.areas = std::move(outcomes);
  plan.area_ids.clear();
  for (const RollupArea& area : areas)
    plan.area_ids.push_back(area.id);
}

}  // namespace

Rollup combine_rollup(std::vector<RollupArea> areas, std::vector<RollupPlan> plans) {
  Rollup rollup;
  rollup.total_areas.resize(areas.size());
  for (RollupPlan& plan : plans) {
    order_areas(plan, areas);
    for (std::size_t a = 0; a < areas.size(); ++a)
      add_completion(rollup.total_areas[a], plan.areas[a]);
    add_completion(rollup.total, plan.overall);
    rollup.units_expected += plan.units_expected;
    rollup.units_reported += plan.units_reported;
    rollup.has_outcomes = rollup.has_outcomes || !plan.outcomes.empty();
  }
  rollup.areas = std::move(areas);
  rollup.plans = std::move(plans);
  return rollup;
}

}  // namespace papi
