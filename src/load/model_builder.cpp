#include "load/model_builder.h"

#include <cmath>

#include <fmt/format.h>

namespace papi {

namespace {

using Json = nlohmann::json;

// A value of the document together with where it came from.
struct Node {
  const Json* value = nullptr;
  const SourceNode* source = nullptr;

  explicit operator bool() const { return value != nullptr; }

  Node operator[](std::string_view key) const {
    if (!value || !value->is_object() || !source)
      return {};
    const auto found = value->find(std::string(key));
    if (found == value->end())
      return {};
    return Node{&*found, source->member(key)};
  }

  std::vector<Node> items() const {
    std::vector<Node> result;
    if (!value || !value->is_array() || !source)
      return result;
    for (std::size_t i = 0; i < value->size(); ++i) {
      result.push_back(Node{&(*value)[i], source->item(i)});
    }
    return result;
  }

  std::string text() const { return value && value->is_string() ? value->get<std::string>() : ""; }
  bool is_text() const { return value && value->is_string(); }
  bool is_integer() const { return value && value->is_number_integer(); }
  bool is_number() const { return value && value->is_number(); }
  long long integer() const { return is_integer() ? value->get<long long>() : 0; }
  double number() const { return is_number() ? value->get<double>() : 0.0; }

  std::vector<std::string> texts() const {
    std::vector<std::string> result;
    for (const Node& item : items()) {
      if (item.is_text())
        result.push_back(item.text());
    }
    return result;
  }
};

Node root(const YamlDocument& document) {
  return Node{&document.value, &document.source};
}

Location at(const BuildContext& context, const Node& node) {
  if (!node.source)
    return Location{context.file_index, 0, 0};
  return Location{context.file_index, node.source->line, node.source->column};
}

void report(BuildContext& context, const Node& node, std::string code, std::string message,
            std::string hint) {
  Diagnostic d;
  d.file = context.file;
  if (node.source) {
    d.line = node.source->line;
    d.column = node.source->column;
  }
  d.code = std::move(code);
  d.message = std::move(message);
  d.hint = std::move(hint);
  context.diagnostics.push_back(std::move(d));
}

// The schema accepts any JSON number, but YAML also has .inf and .nan.
bool finite_number(BuildContext& context, const Node& node, std::string_view field) {
  if (!node.is_number() || std::isfinite(node.number()))
    return true;
  report(context, node, "invalid-value",
         fmt::format("`{}` must be an ordinary number, not {}", field, node.value->dump()),
         "write a number such as 40");
  return false;
}

int small_int(long long value) {
  return value < -1'000'000 || value > 1'000'000 ? 0 : static_cast<int>(value);
}

std::optional<Date> date_of(const Node& node) {
  if (!node.is_text())
    return std::nullopt;
  return Date::parse(node.text());
}

std::vector<UnitRef> unit_refs(BuildContext& context, const Node& node) {
  std::vector<UnitRef> refs;
  for (const Node& item : node.items()) {
    if (item.is_text())
      refs.push_back(UnitRef{item.text(), at(context, item)});
  }
  return refs;
}

}  // namespace

std::optional<Plan> build_plan(const YamlDocument& document, BuildContext& context) {
  const Node plan_node = root(document);
  if (!plan_node.value->is_object())
    return std::nullopt;
  Plan plan;
  plan.location = at(context, plan_node);
  plan.schema_version = small_int(plan_node["schema_version"].integer());
  plan.schema_version_location = at(context, plan_node["schema_version"]);
  plan.id = plan_node["id"].text();
  plan.number = plan_node["number"].text();
  plan.title = plan_node["title"].text();
  plan.issuer = plan_node["issuer"].text();
  plan.signer = plan_node["signer"].text();
  if (auto issued = date_of(plan_node["issued"]))
    plan.issued = *issued;
  plan.issued_location = at(context, plan_node["issued"]);
  plan.year = small_int(plan_node["year"].integer());
  plan.year_location = at(context, plan_node["year"]);
  if (auto cadence = parse_cadence(plan_node["reporting"].text()))
    plan.reporting = *cadence;
  plan.reporting_location = at(context, plan_node["reporting"]);
  plan.purposes = plan_node["purposes"].texts();
  plan.requirements = plan_node["requirements"].texts();
  for (const Node& area_node : plan_node["areas"].items()) {
    if (!area_node["id"].is_integer())
      continue;
    Area area;
    area.id = small_int(area_node["id"].integer());
    area.name = area_node["name"].text();
    area.name_en = area_node["name_en"].text();
    area.objective = area_node["objective"].text();
    area.location = at(context, area_node);
    plan.areas.push_back(std::move(area));
  }
  for (const Node& section_node : plan_node["sections"].items()) {
    plan.sections.push_back(Section{section_node["title"].text(), section_node["items"].texts()});
  }
  plan.recipients = plan_node["recipients"].texts();
  return plan;
}

std::vector<Unit> build_units(const YamlDocument& document, BuildContext& context) {
  std::vector<Unit> units;
  for (const Node& unit_node : root(document)["units"].items()) {
    if (!unit_node["id"].is_text())
      continue;
    Unit unit;
    unit.id = unit_node["id"].text();
    unit.name = unit_node["name"].text();
    unit.kind = parse_unit_kind(unit_node["kind"].text()).value_or(UnitKind::school);
    unit.level = parse_school_level(unit_node["level"].text()).value_or(SchoolLevel::none);
    unit.commune = unit_node["commune"].text();
    unit.parent = unit_node["parent"].text();
    unit.location = at(context, unit_node);
    unit.id_location = at(context, unit_node["id"]);
    unit.parent_location = at(context, unit_node["parent"]);
    units.push_back(std::move(unit));
  }
  return units;
}

std::vector<Task> build_tasks(const YamlDocument& document, BuildContext& context) {
  std::vector<Task> tasks;
  for (const Node& task_node : root(document)["tasks"].items()) {
    if (!task_node["id"].is_text())
      continue;
    Task task;
    task.id = task_node["id"].text();
    task.area = small_int(task_node["area"].integer());
    task.title = task_node["title"].text();
    task.product = task_node["product"].text();
    task.lead = task_node["lead"].text();
    task.partners = unit_refs(context, task_node["partners"]);
    const Node schedule = task_node["schedule"];
    if (schedule.value && schedule.value->is_object()) {
      task.due = date_of(schedule["due"]);
      task.due_location = at(context, schedule["due"]);
    }
    if (const Node applies_to = task_node["applies_to"]) {
      task.has_applies_to = true;
      task.applies_to = unit_refs(context, applies_to);
    }
    if (const Node weight = task_node["weight"]; weight.is_number()) {
      if (finite_number(context, weight, "weight"))
        task.weight = weight.number();
    }
    task.note = task_node["note"].text();
    task.location = at(context, task_node);
    task.id_location = at(context, task_node["id"]);
    task.area_location = at(context, task_node["area"]);
    task.lead_location = at(context, task_node["lead"]);
    tasks.push_back(std::move(task));
  }
  return tasks;
}

std::optional<StatusReport> build_status(const YamlDocument& document, BuildContext& context) {
  const Node report_node = root(document);
  if (!report_node.value->is_object())
    return std::nullopt;
  StatusReport report;
  report.location = at(context, report_node);
  report.schema_version = small_int(report_node["schema_version"].integer());
  report.schema_version_location = at(context, report_node["schema_version"]);
  report.unit = report_node["unit"].text();
  report.unit_location = at(context, report_node["unit"]);
  report.period_text = report_node["period"].text();
  report.period_location = at(context, report_node["period"]);
  if (auto period = Period::parse(report.period_text))
    report.period = *period;
  report.submitted = date_of(report_node["submitted"]);
  report.submitted_location = at(context, report_node["submitted"]);
  for (const Node& record_node : report_node["records"].items()) {
    const auto state = parse_task_state(record_node["state"].text());
    if (!record_node["task"].is_text() || !state)
      continue;
    Record record;
    record.task = record_node["task"].text();
    record.state = *state;
    if (const Node progress = record_node["progress"];
        progress.is_number() && finite_number(context, progress, "progress")) {
      record.progress = progress.number();
    }
    if (record.state == TaskState::done)
      record.progress = 100;
    record.completed = date_of(record_node["completed"]);
    record.evidence = record_node["evidence"].text();
    record.reason = record_node["reason"].text();
    record.note = record_node["note"].text();
    record.location = at(context, record_node);
    record.task_location = at(context, record_node["task"]);
    record.completed_location = at(context, record_node["completed"]);
    report.records.push_back(std::move(record));
  }
  return report;
}

}  // namespace papi
