#include <nlohmann/json.hpp>

#include "render/plan_render.h"

namespace papi {

namespace {

using Json = nlohmann::ordered_json;

Json refs(const std::vector<UnitRef>& list) {
  Json out = Json::array();
  for (const UnitRef& ref : list)
    out.push_back(ref.text);
  return out;
}

}  // namespace

// The whole plan folder except the status reports, in the field names of format v1.
std::string render_plan_json(const PlanData& data) {
  const Plan& plan = *data.plan;
  Json out;
  out["schema_version"] = plan.schema_version;
  out["id"] = plan.id;
  out["number"] = plan.number;
  out["title"] = plan.title;
  out["issuer"] = plan.issuer;
  if (!plan.signer.empty())
    out["signer"] = plan.signer;
  out["issued"] = plan.issued.to_string();
  out["year"] = plan.year;
  out["reporting"] = std::string(cadence_name(plan.reporting));
  out["purposes"] = plan.purposes;
  out["requirements"] = plan.requirements;
  out["areas"] = Json::array();
  for (const Area& area : plan.areas) {
    Json a;
    a["id"] = area.id;
    a["name"] = area.name;
    a["name_en"] = area.name_en;
    if (!area.objective.empty())
      a["objective"] = area.objective;
    out["areas"].push_back(std::move(a));
  }
  out["sections"] = Json::array();
  for (const Section& section : plan.sections) {
    out["sections"].push_back(Json{{"title", section.title}, {"items", section.items}});
  }
  out["recipients"] = plan.recipients;
  out["units"] = Json::array();
  for (const Unit& unit : data.units) {
    Json u;
    u["id"] = unit.id;
    u["name"] = unit.name;
    u["kind"] = std::string(to_string(unit.kind));
    if (unit.level != SchoolLevel::none)
      u["level"] = std::string(to_string(unit.level));
    if (!unit.commune.empty())
      u["commune"] = unit.commune;
    if (!unit.parent.empty())
      u["parent"] = unit.parent;
    out["units"].push_back(std::move(u));
  }
  out["tasks"] = Json::array();
  for (const Task& task : data.tasks) {
    Json t;
    t["id"] = task.id;
    t["area"] = task.area;
    t["title"] = task.title;
    t["product"] = task.product;
    t["lead"] = task.lead;
    t["partners"] = refs(task.partners);
    if (task.due) {
      t["schedule"] = Json{{"due", task.due->to_string()}};
    } else {
      t["schedule"] = "ongoing";
    }
    if (task.has_applies_to)
      t["applies_to"] = refs(task.applies_to);
    t["weight"] = task.weight;
    if (!task.note.empty())
      t["note"] = task.note;
    out["tasks"].push_back(std::move(t));
  }
  return out.dump(2) + "\n";
}

}  // namespace papi
