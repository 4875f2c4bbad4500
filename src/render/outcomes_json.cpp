#include "render/outcomes_render.h"

namespace papi {

namespace {

using Json = nlohmann::ordered_json;

Json optional_number(const std::optional<double>& value) {
  return value ? Json(round_half_up(*value, 4)) : Json(nullptr);
}

}  // namespace

Json outcome_json(const std::optional<Outcome>& outcome) {
  if (!outcome)
    return nullptr;
  Json out;
  out["year"] = outcome->year;
  out["kind"] = std::string(to_string(outcome->kind));
  out["total"] = optional_number(outcome->total);
  out["rank"] = outcome->rank ? Json(*outcome->rank) : Json(nullptr);
  out["of"] = outcome->of ? Json(*outcome->of) : Json(nullptr);
  out["source"] = outcome->source.empty() ? Json(nullptr) : Json(outcome->source);
  return out;
}

Json outcomes_json(const OutcomeSummary& summary, const OutcomeRows& rows) {
  if (summary.empty())
    return nullptr;
  Json out;
  out["previous"] = outcome_json(summary.previous);
  out["latest"] = outcome_json(summary.latest);
  out["target"] = outcome_json(summary.target);
  out["total_change"] = optional_number(summary.total_change);
  out["rank_change"] = summary.rank_change ? Json(*summary.rank_change) : Json(nullptr);
  out["overall_completion"] = rows.overall ? Json(*rows.overall) : Json(nullptr);
  out["areas"] = Json::array();
  for (std::size_t a = 0; a < rows.areas.size() && a < summary.areas.size(); ++a) {
    const AreaOutcome& area = summary.areas[a];
    out["areas"].push_back(Json{
        {"id", area.area_id},
        {"completion", rows.areas[a].completion ? Json(*rows.areas[a].completion) : Json(nullptr)},
        {"previous", optional_number(area.previous)},
        {"latest", optional_number(area.latest)},
        {"change", optional_number(area.change)},
        {"target", optional_number(area.target)}});
  }
  return out;
}

}  // namespace papi
