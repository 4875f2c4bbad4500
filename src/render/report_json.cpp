#include <nlohmann/json.hpp>

#include "render/outcomes_render.h"
#include "render/report_inspections.h"
#include "render/report_render.h"
#include "render/submission_render.h"

namespace papi {

namespace {

using Json = nlohmann::ordered_json;

Json percent_json(const std::optional<double>& percent) {
  return percent ? Json(*percent) : Json(nullptr);
}

Json completion_json(const Completion& completion) {
  Json out;
  out["completion"] = percent_json(completion.percent());
  out["pairs"] = completion.pairs;
  out["weight"] = completion.weight;
  out["weighted_value"] = completion.weighted_value;
  Json classes;
  for (DeadlineClass value : kDeadlineClasses) {
    classes[std::string(to_string(value))] = completion.count(value);
  }
  out["classes"] = std::move(classes);
  Json states;
  for (PairState value : kPairStates) {
    states[std::string(to_string(value))] = completion.state(value);
  }
  out["states"] = std::move(states);
  return out;
}

Json with_completion(Json object, const Completion& completion) {
  const Json fields = completion_json(completion);
  for (const auto& [key, value] : fields.items())
    object[key] = value;
  return object;
}

Json pair_json(const PlanData& data, const PairResult& pair) {
  Json out;
  out["unit"] = data.units[pair.unit].id;
  out["task"] = data.tasks[pair.task].id;
  out["class"] = std::string(to_string(pair.deadline_class));
  out["state"] = pair.record ? Json(std::string(to_string(pair.record->state))) : Json(nullptr);
  out["value"] = pair.value;
  out["report_period"] = pair.report ? Json(pair.report->period.to_string()) : Json(nullptr);
  const Task& task = data.tasks[pair.task];
  out["due"] = task.due ? Json(task.due->to_string()) : Json(nullptr);
  const Record* record = pair.record;
  out["completed"] =
      record && record->completed ? Json(record->completed->to_string()) : Json(nullptr);
  out["evidence"] = record && !record->evidence.empty() ? Json(record->evidence) : Json(nullptr);
  out["reason"] = record && !record->reason.empty() ? Json(record->reason) : Json(nullptr);
  return out;
}

}  // namespace

std::string render_report_json(const PlanData& data, const Report& report) {
  const Plan& plan = *data.plan;
  Json out;
  out["plan"] = Json{{"id", plan.id},
                     {"number", plan.number},
                     {"title", plan.title},
                     {"issuer", plan.issuer},
                     {"year", plan.year}};
  out["period"] = report.period.to_string();
  out["as_of"] = report.as_of.to_string();
  out["units_expected"] = report.units_expected;
  out["units_reported"] = report.units_reported;
  out["overall"] = completion_json(report.overall);
  out["areas"] = Json::array();
  for (const AreaResult& area : report.areas) {
    const Area& a = plan.areas[area.area];
    out["areas"].push_back(with_completion(
        Json{{"id", a.id}, {"name", a.name}, {"name_en", a.name_en}}, area.completion));
  }
  out["units"] = Json::array();
  for (const UnitResult& result : report.units) {
    const Unit& unit = data.units[result.unit];
    Json u{
        {"id", unit.id},
        {"name", unit.name},
        {"kind", std::string(to_string(unit.kind))},
        {"level", unit.level == SchoolLevel::none ? Json(nullptr)
                                                  : Json(std::string(to_string(unit.level)))},
        {"commune", unit.commune.empty() ? Json(nullptr) : Json(unit.commune)},
        {"reported", result.report != nullptr},
        {"report_period", result.report ? Json(result.report->period.to_string()) : Json(nullptr)}};
    out["units"].push_back(with_completion(std::move(u), result.completion));
  }
  out["levels"] = Json::array();
  for (const GroupResult& level : report.levels) {
    out["levels"].push_back(
        with_completion(Json{{"level", level.key}, {"units", level.units}}, level.completion));
  }
  out["communes"] = Json::array();
  for (const GroupResult& commune : report.communes) {
    out["communes"].push_back(
        with_completion(Json{{"commune", commune.key.empty() ? Json(nullptr) : Json(commune.key)},
                             {"units", commune.units}},
                        commune.completion));
  }
  out["tasks"] = Json::array();
  for (const TaskResult& result : report.tasks) {
    const Task& task = data.tasks[result.task];
    out["tasks"].push_back(
        with_completion(Json{{"id", task.id},
                             {"area", task.area},
                             {"weight", task.weight},
                             {"due", task.due ? Json(task.due->to_string()) : Json(nullptr)}},
                        result.completion));
  }
  out["missing_units"] = Json::array();
  for (std::size_t u : report.missing_units)
    out["missing_units"].push_back(data.units[u].id);
  out["overdue"] = Json::array();
  for (std::size_t i : report.overdue_pairs)
    out["overdue"].push_back(pair_json(data, report.pairs[i]));
  out["done_late"] = Json::array();
  for (std::size_t i : report.done_late_pairs) {
    out["done_late"].push_back(pair_json(data, report.pairs[i]));
  }
  out["outcomes"] = outcomes_json(report.outcomes, outcome_rows(data, report, Language::vi));
  out["trend"] = Json::array();
  for (const TrendPoint& point : report.trend) {
    Json areas = Json::array();
    for (std::size_t a = 0; a < point.areas.size(); ++a) {
      areas.push_back(Json{{"id", plan.areas[a].id}, {"completion", percent_json(point.areas[a])}});
    }
    out["trend"].push_back(
        Json{{"period", point.period}, {"overall", percent_json(point.overall)}, {"areas", areas}});
  }
  out["submissions"] = submission_section_json(data, report);
  if (report.inspections)
    out["inspections"] = render_inspections_json(data, *report.inspections);
  out["pairs"] = Json::array();
  for (const PairResult& pair : report.pairs)
    out["pairs"].push_back(pair_json(data, pair));
  return out.dump(2) + "\n";
}

}  // namespace papi
