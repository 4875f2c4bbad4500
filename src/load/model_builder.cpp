#include "load/model_builder.h"
#include "i18n/messages.h"

#include <cmath>

#include <fmt/format.h>

namespace papi {

namespace {

using Json = nlohmann::json;

// A value of the document together with where it came from: the JSON value and SourceNode
// tree of read_yaml.
struct JsonNode {
  const Json* value = nullptr;
  const SourceNode* source = nullptr;

  explicit operator bool() const { return value != nullptr; }

  JsonNode operator[](std::string_view key) const {
    if (!value || !value->is_object() || !source)
      return {};
    const auto found = value->find(std::string(key));
    if (found == value->end())
      return {};
    return JsonNode{&*found, source->member(key)};
  }

  std::vector<JsonNode> items() const {
    std::vector<JsonNode> result;
    if (!value || !value->is_array() || !source)
      return result;
    result.reserve(value->size());
    for (std::size_t i = 0; i < value->size(); ++i) {
      result.push_back(JsonNode{&(*value)[i], source->item(i)});
    }
    return result;
  }
  std::size_t size() const { return value && value->is_array() ? value->size() : 0; }

  // The members of a mapping in document order, each with its key.
  std::vector<std::pair<std::string, JsonNode>> members() const {
    std::vector<std::pair<std::string, JsonNode>> result;
    if (!value || !value->is_object() || !source)
      return result;
    for (std::size_t i = 0; i < source->keys.size() && i < source->children.size(); ++i) {
      const auto found = value->find(source->keys[i]);
      if (found != value->end())
        result.emplace_back(source->keys[i], JsonNode{&*found, &source->children[i]});
    }
    return result;
  }
  unsigned key_line() const { return source ? source->key_line : 0; }
  unsigned key_column() const { return source ? source->key_column : 0; }

  std::string text() const { return value && value->is_string() ? value->get<std::string>() : ""; }
  bool is_text() const { return value && value->is_string(); }
  bool is_integer() const { return value && value->is_number_integer(); }
  bool is_number() const { return value && value->is_number(); }
  bool is_object() const { return value && value->is_object(); }
  long long integer() const { return is_integer() ? value->get<long long>() : 0; }
  double number() const { return is_number() ? value->get<double>() : 0.0; }
  std::string dump() const { return value ? value->dump() : std::string{}; }
  bool located() const { return source != nullptr; }
  unsigned line() const { return source ? source->line : 0; }
  unsigned column() const { return source ? source->column : 0; }
};

// The same over a FastDocument (the loader's fast path). Text comes as views into the document.
struct FastView {
  const FastDocument* document = nullptr;
  const FastNode* node = nullptr;

  explicit operator bool() const { return node != nullptr; }

  FastView operator[](std::string_view key) const {
    if (!node)
      return {};
    return FastView{document, document->member(*node, key)};
  }

  std::vector<FastView> items() const {
    std::vector<FastView> result;
    if (!node || node->kind != FastNode::Kind::sequence)
      return result;
    result.reserve(node->children);
    for (std::uint32_t i = node->first_child; i != FastNode::kNone;
         i = document->nodes[i].next_sibling) {
      result.push_back(FastView{document, &document->nodes[i]});
    }
    return result;
  }
  std::size_t size() const {
    return node && node->kind == FastNode::Kind::sequence ? node->children : 0;
  }

  std::vector<std::pair<std::string_view, FastView>> members() const {
    std::vector<std::pair<std::string_view, FastView>> result;
    if (!node || node->kind != FastNode::Kind::mapping)
      return result;
    for (std::uint32_t i = node->first_child; i != FastNode::kNone;
         i = document->nodes[i].next_sibling) {
      result.emplace_back(document->key(document->nodes[i]),
                          FastView{document, &document->nodes[i]});
    }
    return result;
  }
  unsigned key_line() const { return node ? node->key_line : 0; }
  unsigned key_column() const { return node ? node->key_column : 0; }

  std::string_view text() const { return is_text() ? document->string(*node) : std::string_view{}; }
  bool is_text() const { return node && node->kind == FastNode::Kind::text; }
  bool is_integer() const { return node && node->kind == FastNode::Kind::integer; }
  bool is_number() const {
    return node && (node->kind == FastNode::Kind::integer || node->kind == FastNode::Kind::real);
  }
  bool is_object() const { return node && node->kind == FastNode::Kind::mapping; }
  long long integer() const { return is_integer() ? node->integer : 0; }
  double number() const {
    if (!is_number())
      return 0.0;
    return node->kind == FastNode::Kind::integer ? static_cast<double>(node->integer) : node->real;
  }
  std::string dump() const {
    if (!node)
      return {};
    switch (node->kind) {
      case FastNode::Kind::integer:
        return Json(node->integer).dump();
      case FastNode::Kind::real:
        return Json(node->real).dump();
      case FastNode::Kind::boolean:
        return Json(node->boolean).dump();
      case FastNode::Kind::text:
        return Json(std::string(text())).dump();
      case FastNode::Kind::null:
        return "null";
      default:
        return {};
    }
  }
  bool located() const { return node != nullptr; }
  unsigned line() const { return node ? node->line : 0; }
  unsigned column() const { return node ? node->column : 0; }
};

template <class Node>
std::vector<std::string> texts(const Node& node) {
  std::vector<std::string> result;
  for (const Node& item : node.items()) {
    if (item.is_text())
      result.emplace_back(item.text());
  }
  return result;
}

JsonNode root(const YamlDocument& document) {
  return JsonNode{&document.value, &document.source};
}

FastView root(const FastDocument& document) {
  return FastView{&document, &document.root()};
}

template <class Node>
Location at(const BuildContext& context, const Node& node) {
  if (!node.located())
    return Location{context.file_index, 0, 0};
  return Location{context.file_index, node.line(), node.column()};
}

template <class Node>
void report(BuildContext& context, const Node& node, std::string code, std::string message,
            std::string hint) {
  Diagnostic d;
  d.file = context.file;
  if (node.located()) {
    d.line = node.line();
    d.column = node.column();
  }
  d.code = std::move(code);
  d.message = std::move(message);
  d.hint = std::move(hint);
  context.diagnostics.push_back(std::move(d));
}

// The schema accepts any JSON number, but YAML also has .inf and .nan.
template <class Node>
bool finite_number(BuildContext& context, const Node& node, std::string_view field) {
  if (!node.is_number() || std::isfinite(node.number()))
    return true;
  const double number = node.number();
  report(context, node, "invalid-value",
         trf("`{}` must be an ordinary number, not {}", field,
             std::isnan(number) ? ".nan"
             : number < 0       ? "-.inf"
                                : ".inf"),
         std::string(tr("write a number such as 40")));
  return false;
}

int small_int(long long value) {
  return value < -1'000'000 || value > 1'000'000 ? 0 : static_cast<int>(value);
}

template <class Node>
std::optional<Date> date_of(const Node& node) {
  if (!node.is_text())
    return std::nullopt;
  return Date::parse(node.text());
}

template <class Node>
std::vector<UnitRef> unit_refs(BuildContext& context, const Node& node) {
  std::vector<UnitRef> refs;
  for (const Node& item : node.items()) {
    if (item.is_text())
      refs.push_back(UnitRef{std::string(item.text()), at(context, item)});
  }
  return refs;
}

template <class Node>
std::optional<double> finite_of(BuildContext& context, const Node& node, std::string_view field) {
  if (!node.is_number() || !finite_number(context, node, field))
    return std::nullopt;
  return node.number();
}

template <class Node>
std::vector<Outcome> outcomes_of(BuildContext& context, const Node& list) {
  std::vector<Outcome> outcomes;
  for (const Node& node : list.items()) {
    const auto kind = parse_outcome_kind(node["kind"].text());
    if (!node["year"].is_integer() || !kind)
      continue;
    Outcome outcome;
    outcome.year = small_int(node["year"].integer());
    outcome.kind = *kind;
    outcome.total = finite_of(context, node["total"], "total");
    if (node["rank"].is_integer())
      outcome.rank = small_int(node["rank"].integer());
    if (node["of"].is_integer())
      outcome.of = small_int(node["of"].integer());
    outcome.source = node["source"].text();
    for (const Node& score_node : node["areas"].items()) {
      const auto score = finite_of(context, score_node["score"], "score");
      if (!score_node["area"].is_integer() || !score)
        continue;
      outcome.areas.push_back(AreaScore{small_int(score_node["area"].integer()), *score,
                                        at(context, score_node["area"]),
                                        at(context, score_node["score"])});
    }
    outcome.location = at(context, node);
    outcome.total_location = at(context, node["total"]);
    outcome.rank_location = at(context, node["rank"]);
    outcomes.push_back(std::move(outcome));
  }
  return outcomes;
}

template <class Document>
std::optional<Plan> plan_of(const Document& document, BuildContext& context) {
  using Node = decltype(root(document));
  const Node plan_node = root(document);
  if (!plan_node.is_object())
    return std::nullopt;
  Plan plan;
  plan.location = at(context, plan_node);
  plan.schema_version = small_int(plan_node["schema_version"].integer());
  plan.schema_version_location = at(context, plan_node["schema_version"]);
  plan.id = plan_node["id"].text();
  plan.id_location = at(context, plan_node["id"]);
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
  const Node deadlines = plan_node["report_deadlines"];
  plan.report_deadlines.location = at(context, deadlines);
  for (const auto& [key, due_node] : deadlines.members()) {
    const auto due = date_of(due_node);
    if (!due)
      continue;  // not a date: the schema said so
    ReportDeadline deadline;
    deadline.period_text = std::string(key);
    deadline.period = Period::parse(key);
    deadline.due = *due;
    deadline.key_location =
        Location{context.file_index, due_node.key_line(), due_node.key_column()};
    deadline.due_location = at(context, due_node);
    plan.report_deadlines.entries.push_back(std::move(deadline));
  }
  plan.purposes = texts(plan_node["purposes"]);
  plan.requirements = texts(plan_node["requirements"]);
  for (const Node& area_node : plan_node["areas"].items()) {
    if (!area_node["id"].is_integer())
      continue;
    Area area;
    area.id = small_int(area_node["id"].integer());
    area.name = area_node["name"].text();
    area.name_en = area_node["name_en"].text();
    area.objective = area_node["objective"].text();
    area.location = at(context, area_node);
    area.id_location = at(context, area_node["id"]);
    plan.areas.push_back(std::move(area));
  }
  plan.outcomes = outcomes_of(context, plan_node["outcomes"]);
  for (const Node& section_node : plan_node["sections"].items()) {
    plan.sections.push_back(
        Section{std::string(section_node["title"].text()), texts(section_node["items"])});
  }
  plan.recipients = texts(plan_node["recipients"]);
  if (const Node document_node = plan_node["document"]; document_node.is_object()) {
    DocumentStyle style;
    style.parent_body = document_node["parent_body"].text();
    style.issuer_code = document_node["issuer_code"].text();
    style.place = document_node["place"].text();
    style.signer = document_node["signer"].text();
    style.signer_title = texts(document_node["signer_title"]);
    style.report_to = texts(document_node["report_to"]);
    style.report_cc = texts(document_node["report_cc"]);
    style.location = at(context, document_node);
    plan.document = std::move(style);
  }
  return plan;
}

template <class Document>
std::vector<Unit> units_of(const Document& document, BuildContext& context) {
  using Node = decltype(root(document));
  std::vector<Unit> units;
  units.reserve(root(document)["units"].size());
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

template <class Document>
std::vector<Task> tasks_of(const Document& document, BuildContext& context) {
  using Node = decltype(root(document));
  std::vector<Task> tasks;
  tasks.reserve(root(document)["tasks"].size());
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
    if (schedule.is_object()) {
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

template <class Document>
std::optional<StatusReport> status_of(const Document& document, BuildContext& context) {
  using Node = decltype(root(document));
  const Node report_node = root(document);
  if (!report_node.is_object())
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
  report.records.reserve(report_node["records"].size());
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
    record.task_location = at(context, record_node["task"]);
    record.completed_location = at(context, record_node["completed"]);
    report.records.push_back(std::move(record));
  }
  return report;
}

template <class Document>
std::optional<Inspection> inspection_of(const Document& document, BuildContext& context) {
  using Node = decltype(root(document));
  const Node node = root(document);
  if (!node.is_object())
    return std::nullopt;
  Inspection inspection;
  inspection.location = at(context, node);
  inspection.schema_version = small_int(node["schema_version"].integer());
  inspection.id = node["id"].text();
  inspection.id_location = at(context, node["id"]);
  inspection.unit = node["unit"].text();
  inspection.unit_location = at(context, node["unit"]);
  if (auto date = date_of(node["date"]))
    inspection.date = *date;
  inspection.date_location = at(context, node["date"]);
  inspection.kind = parse_inspection_kind(node["kind"].text()).value_or(InspectionKind::scheduled);
  inspection.follows = node["follows"].text();
  inspection.follows_location = at(context, node["follows"]);
  inspection.team = node["team"].text();
  inspection.document = node["document"].text();
  for (const Node& finding_node : node["findings"].items()) {
    const auto state = parse_finding_state(finding_node["state"].text());
    if (!finding_node["id"].is_integer() || !state)
      continue;
    Finding finding;
    finding.id = small_int(finding_node["id"].integer());
    finding.state = *state;
    finding.location = at(context, finding_node);
    finding.id_location = at(context, finding_node["id"]);
    if (finding_node["task"].is_text()) {
      finding.task = finding_node["task"].text();
      finding.task_location = at(context, finding_node["task"]);
    }
    if (finding_node["area"].is_integer()) {
      finding.area = small_int(finding_node["area"].integer());
      finding.area_location = at(context, finding_node["area"]);
    }
    finding.text = finding_node["finding"].text();
    finding.remedy = finding_node["remedy"].text();
    if (auto due = date_of(finding_node["due"]))
      finding.due = *due;
    finding.due_location = at(context, finding_node["due"]);
    finding.fixed = date_of(finding_node["fixed"]);
    finding.fixed_location = at(context, finding_node["fixed"]);
    finding.verified_by = finding_node["verified_by"].text();
    finding.verified_by_location = at(context, finding_node["verified_by"]);
    inspection.findings.push_back(std::move(finding));
  }
  return inspection;
}

template <class Node>
std::optional<std::vector<std::string>> optional_texts(const Node& node) {
  if (!node)
    return std::nullopt;
  return texts(node);
}

template <class Document>
std::optional<OfficeReport> office_report_of(const Document& document, BuildContext& context) {
  using Node = decltype(root(document));
  const Node node = root(document);
  if (!node.is_object())
    return std::nullopt;
  OfficeReport report;
  report.location = at(context, node);
  report.schema_version = small_int(node["schema_version"].integer());
  report.schema_version_location = at(context, node["schema_version"]);
  report.period_text = node["period"].text();
  if (auto period = Period::parse(report.period_text))
    report.period = *period;
  report.period_location = at(context, node["period"]);
  report.number = node["number"].text();
  report.date = date_of(node["date"]);
  report.date_location = at(context, node["date"]);
  report.as_of = date_of(node["as_of"]);
  report.as_of_location = at(context, node["as_of"]);
  report.report_to = optional_texts(node["report_to"]);
  report.report_cc = optional_texts(node["report_cc"]);
  report.signer_title = optional_texts(node["signer_title"]);
  if (node["signer"].is_text())
    report.signer = std::string(node["signer"].text());
  report.title = node["title"].text();
  for (const Node& section : node["sections"].items()) {
    report.sections.push_back(
        ReportSection{std::string(section["title"].text()), std::string(section["text"].text())});
  }
  return report;
}

}  // namespace

std::optional<Plan> build_plan(const YamlDocument& document, BuildContext& context) {
  return plan_of(document, context);
}
std::vector<Unit> build_units(const YamlDocument& document, BuildContext& context) {
  return units_of(document, context);
}
std::vector<Task> build_tasks(const YamlDocument& document, BuildContext& context) {
  return tasks_of(document, context);
}
std::optional<StatusReport> build_status(const YamlDocument& document, BuildContext& context) {
  return status_of(document, context);
}

std::optional<Inspection> build_inspection(const YamlDocument& document, BuildContext& context) {
  return inspection_of(document, context);
}

std::optional<Plan> build_plan(const FastDocument& document, BuildContext& context) {
  return plan_of(document, context);
}
std::vector<Unit> build_units(const FastDocument& document, BuildContext& context) {
  return units_of(document, context);
}
std::vector<Task> build_tasks(const FastDocument& document, BuildContext& context) {
  return tasks_of(document, context);
}
std::optional<StatusReport> build_status(const FastDocument& document, BuildContext& context) {
  return status_of(document, context);
}

std::optional<Inspection> build_inspection(const FastDocument& document, BuildContext& context) {
  return inspection_of(document, context);
}

std::optional<OfficeReport> build_office_report(const YamlDocument& document,
                                                BuildContext& context) {
  return office_report_of(document, context);
}

std::optional<OfficeReport> build_office_report(const FastDocument& document,
                                                BuildContext& context) {
  return office_report_of(document, context);
}

}  // namespace papi
