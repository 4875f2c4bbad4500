#include "render/submission_render.h"

namespace papi {

namespace {

using Json = nlohmann::ordered_json;

constexpr SubmissionClass kClasses[] = {SubmissionClass::on_time, SubmissionClass::late,
                                        SubmissionClass::undated, SubmissionClass::overdue,
                                        SubmissionClass::not_due, SubmissionClass::submitted,
                                        SubmissionClass::missing};

Json counts_json(Json object, const SubmissionCounts& counts) {
  object["units"] = counts.units;
  Json classes;
  for (SubmissionClass value : kClasses)
    classes[std::string(to_string(value))] = counts.count(value);
  object["classes"] = std::move(classes);
  return object;
}

template <class T>
Json optional_json(const std::optional<T>& value) {
  return value ? Json(*value) : Json(nullptr);
}

Json period_json(const PlanData& data, const PeriodSubmissions& period) {
  Json out;
  out["period"] = period.period.to_string();
  out["due"] = period.due ? Json(period.due->to_string()) : Json(nullptr);
  out = counts_json(std::move(out), period.overall);
  out["levels"] = Json::array();
  for (const SubmissionGroup& level : period.levels)
    out["levels"].push_back(counts_json(Json{{"level", level.key}}, level.counts));
  out["communes"] = Json::array();
  for (const SubmissionGroup& commune : period.communes) {
    out["communes"].push_back(
        counts_json(Json{{"commune", commune.key.empty() ? Json(nullptr) : Json(commune.key)}},
                    commune.counts));
  }
  out["by_unit"] = Json::array();
  for (const UnitSubmission& entry : period.units) {
    const StatusReport* report = entry.report;
    out["by_unit"].push_back(
        Json{{"unit", data.units[entry.unit].id},
             {"submitted",
              report && report->submitted ? Json(report->submitted->to_string()) : Json(nullptr)},
             {"class", std::string(to_string(entry.submission_class))},
             {"days_late", optional_json(entry.days_late)},
             {"days_left", optional_json(entry.days_left)}});
  }
  return out;
}

}  // namespace

nlohmann::ordered_json submission_section_json(const PlanData& data, const Report& report) {
  const Submissions& submissions = report.submissions;
  Json out;
  out["has_deadlines"] = submissions.has_deadlines;
  out["periods"] = Json::array();
  for (const PeriodSubmissions& period : submissions.periods)
    out["periods"].push_back(period_json(data, period));
  Json history;
  history["periods"] = Json::array();
  for (const PeriodSubmissions& period : submissions.history)
    history["periods"].push_back(period.period.to_string());
  history["units"] = Json::array();
  for (const UnitSubmissionHistory& unit : submissions.units) {
    Json classes = Json::array();
    for (SubmissionClass value : unit.classes)
      classes.push_back(std::string(to_string(value)));
    history["units"].push_back(Json{{"unit", data.units[unit.unit].id},
                                    {"classes", std::move(classes)},
                                    {"on_time", unit.on_time},
                                    {"due", unit.due}});
  }
  out["history"] = std::move(history);
  return out;
}

}  // namespace papi
