#include <nlohmann/json.hpp>

#include "render/outcomes_render.h"
#include "render/rollup_render.h"

namespace papi {

namespace {

using Json = nlohmann::ordered_json;

Json completion_json(const Completion& completion) {
  const auto percent = completion.percent();
  return Json{{"completion", percent ? Json(*percent) : Json(nullptr)},
              {"pairs", completion.pairs},
              {"weight", completion.weight},
              {"weighted_value", completion.weighted_value}};
}

Json areas_json(const Rollup& rollup, const std::vector<Completion>& areas) {
  Json out = Json::array();
  for (std::size_t a = 0; a < rollup.areas.size() && a < areas.size(); ++a) {
    Json area = Json{{"id", rollup.areas[a].id}};
    area.update(completion_json(areas[a]));
    out.push_back(std::move(area));
  }
  return out;
}

OutcomeRows outcome_rows(const Rollup& rollup, const RollupPlan& plan) {
  OutcomeRows rows;
  for (std::size_t a = 0; a < rollup.areas.size(); ++a) {
    const RollupArea& area = rollup.areas[a];
    rows.areas.push_back(
        OutcomeRows::Row{area.id, area.name, area.name, area.name_en, plan.areas[a].percent()});
  }
  rows.overall = plan.overall.percent();
  return rows;
}

}  // namespace

std::string render_rollup_json(const Rollup& rollup) {
  Json out;
  out["areas"] = Json::array();
  for (const RollupArea& area : rollup.areas) {
    out["areas"].push_back(Json{{"id", area.id}, {"name", area.name}, {"name_en", area.name_en}});
  }
  out["plans"] = Json::array();
  for (const RollupPlan& plan : rollup.plans) {
    Json item{{"id", plan.id},
              {"directory", plan.directory},
              {"period", plan.period.to_string()},
              {"units_expected", plan.units_expected},
              {"units_reported", plan.units_reported},
              {"overall", completion_json(plan.overall)},
              {"areas", areas_json(rollup, plan.areas)},
              {"outcomes", outcomes_json(plan.outcomes, outcome_rows(rollup, plan))}};
    out["plans"].push_back(std::move(item));
  }
  out["total"] = Json{{"units_expected", rollup.units_expected},
                      {"units_reported", rollup.units_reported},
                      {"overall", completion_json(rollup.total)},
                      {"areas", areas_json(rollup, rollup.total_areas)}};
  return out.dump(2) + "\n";
}

}  // namespace papi
