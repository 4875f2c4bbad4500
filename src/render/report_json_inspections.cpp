#include "render/report_inspections.h"

namespace papi {

namespace {

using Json = nlohmann::ordered_json;

Json counts_json(Json object, const FindingCounts& counts) {
  object["findings"] = counts.total;
  Json classes;
  for (std::size_t c = 0; c < kRemediationClassCount; ++c)
    classes[std::string(to_string(static_cast<RemediationClass>(c)))] = counts.classes[c];
  object["classes"] = std::move(classes);
  object["verified"] = counts.verified;
  return object;
}

Json groups_json(const std::vector<FindingGroup>& groups, const char* key, bool numeric) {
  Json out = Json::array();
  for (const FindingGroup& group : groups)
    out.push_back(counts_json(Json{{key, numeric ? Json(std::stoi(group.key)) : Json(group.key)}},
                              group.counts));
  return out;
}

Json date_json(const std::optional<Date>& date) {
  return date ? Json(date->to_string()) : Json(nullptr);
}

}  // namespace

nlohmann::ordered_json render_inspections_json(const PlanData& data,
                                               const InspectionSection& section) {
  Json out;
  out["held"] = section.held;
  Json kinds;
  for (std::size_t k = 0; k < kInspectionKindCount; ++k)
    kinds[std::string(to_string(static_cast<InspectionKind>(k)))] = section.held_by_kind[k];
  out["held_by_kind"] = std::move(kinds);
  out["total"] = counts_json(Json::object(), section.total);
  out["by_area"] = groups_json(section.by_area, "area", true);
  out["by_unit"] = groups_json(section.by_unit, "unit", false);
  out["by_level"] = groups_json(section.by_level, "level", false);
  out["by_kind"] = groups_json(section.by_kind, "kind", false);
  out["findings"] = Json::array();
  for (const CountedFinding& counted : section.findings) {
    const Inspection& inspection = data.inspections[counted.inspection];
    const Finding& finding = inspection.findings[counted.finding];
    out["findings"].push_back(Json{
        {"inspection", inspection.id},
        {"unit", inspection.unit},
        {"date", inspection.date.to_string()},
        {"kind", std::string(to_string(inspection.kind))},
        {"finding", finding.id},
        {"area", counted.area},
        {"task", finding.task.empty() ? Json(nullptr) : Json(finding.task)},
        {"text", finding.text},
        {"remedy", finding.remedy.empty() ? Json(nullptr) : Json(finding.remedy)},
        {"due", finding.due.to_string()},
        {"state", std::string(to_string(finding.state))},
        {"fixed", date_json(finding.fixed)},
        {"verified_by", finding.verified_by.empty() ? Json(nullptr) : Json(finding.verified_by)},
        {"class", std::string(to_string(counted.remediation))},
        {"verified", counted.verified},
        {"days_overdue", counted.days_overdue},
    });
  }
  out["overdue"] = Json::array();
  for (std::size_t index : section.overdue) {
    const CountedFinding& counted = section.findings[index];
    const Inspection& inspection = data.inspections[counted.inspection];
    out["overdue"].push_back(Json{{"inspection", inspection.id},
                                  {"finding", inspection.findings[counted.finding].id},
                                  {"unit", inspection.unit},
                                  {"days_overdue", counted.days_overdue}});
  }
  out["reinspection"] = Json::array();
  for (const ReinspectionDue& due : section.reinspection) {
    out["reinspection"].push_back(Json{{"unit", data.units[due.unit].id},
                                       {"fixed_unverified", due.fixed_unverified},
                                       {"overdue", due.overdue},
                                       {"last_inspection", due.last_inspection.to_string()}});
  }
  return out;
}

}  // namespace papi
