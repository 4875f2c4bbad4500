// Fuzz target: every diagnostic that loading and checking can give, rendered in each format
// papi prints (text with and without colour, JSON, GitHub annotations), must be valid UTF-8,
// and the JSON must parse back to one object per diagnostic. The input is read two ways: as a
// whole file of each kind, and as the text of each field whose message quotes its value, so
// that long, odd or multi-byte values reach every message that shows them.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "fuzz_plan.h"
#include "load/folder_loader.h"
#include "load/source_text.h"
#include "render/diagnostics_render.h"
#include "util/utf8.h"
#include "validate/plan_checks.h"

namespace {

using namespace papi;
using fuzz::kPlan;
using fuzz::kTasks;
using fuzz::kUnits;

const char* const kStatus = R"(schema_version: 1
unit: th-a
period: 2021-Q1
submitted: 2021-03-25
records:
  - {task: "1.1", state: done, completed: 2021-03-01}
)";

// A file of the plan with one field's value replaced: `before` + the value + `after` stands
// where `original` stood.
struct Field {
  DocumentKind kind;
  const char* file;
  std::string_view original;
  std::string_view before;
  std::string_view after;
};

const Field kFields[] = {
    {DocumentKind::plan, kPlan, "id: fuzz", "id: \"", "\""},
    {DocumentKind::plan, kPlan, "issued: 2021-01-01", "issued: \"", "\""},
    {DocumentKind::plan, kPlan, "reporting: quarter", "reporting: \"", "\""},
    {DocumentKind::plan, kPlan, "{id: 1,", "{id: \"", "\","},
    {DocumentKind::units, kUnits, "id: th-a", "id: \"", "\""},
    {DocumentKind::units, kUnits, "kind: school, level: TH", "kind: \"", "\", level: TH"},
    {DocumentKind::units, kUnits, "level: TH", "level: \"", "\""},
    {DocumentKind::units, kUnits, "parent: pgd", "parent: \"", "\""},
    {DocumentKind::tasks, kTasks, "id: \"1.1\"", "id: \"", "\""},
    {DocumentKind::tasks, kTasks, "area: 1", "area: \"", "\""},
    {DocumentKind::tasks, kTasks, "lead: pgd", "lead: \"", "\""},
    {DocumentKind::tasks, kTasks, "[schools]", "[\"", "\"]"},
    {DocumentKind::tasks, kTasks, "schedule: ongoing", "schedule: \"", "\""},
    {DocumentKind::tasks, kTasks, "schedule: ongoing", "schedule: {due: \"", "\"}"},
    {DocumentKind::status, kStatus, "unit: th-a", "unit: \"", "\""},
    {DocumentKind::status, kStatus, "period: 2021-Q1", "period: \"", "\""},
    {DocumentKind::status, kStatus, "submitted: 2021-03-25", "submitted: \"", "\""},
    {DocumentKind::status, kStatus, "task: \"1.1\"", "task: \"", "\""},
    {DocumentKind::status, kStatus, "state: done", "state: \"", "\""},
    {DocumentKind::status, kStatus, "completed: 2021-03-01", "completed: \"", "\""},
};

// The input as the inside of a YAML double-quoted scalar: quotes, backslashes and line ends
// escaped, every other byte as it is (bytes that are not UTF-8 stay, for the decoder to find).
std::string double_quoted(std::string_view input) {
  std::string out;
  for (const char c : input) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\')
      out += {'\\', c};
    else if (byte < 0x20 || byte == 0x7F)
      out += fmt::format("\\x{:02X}", byte);
    else
      out += c;
  }
  return out;
}

[[noreturn]] void fail(const char* what, const std::string& output) {
  std::fprintf(stderr, "%s:\n%s\n", what, output.c_str());
  std::abort();
}

void check_rendered(Diagnostics diagnostics, const std::string& text) {
  for (Diagnostic& d : diagnostics) {
    if (d.line > 0 && d.source_line.empty())
      d.source_line = std::string(line_of(text, d.line));
  }
  for (const bool color : {false, true}) {
    const std::string out = render_diagnostics_text(diagnostics, color);
    if (!is_valid_utf8(out))
      fail("text output is not UTF-8", out);
  }
  const std::string github = render_diagnostics_github(diagnostics);
  if (!is_valid_utf8(github))
    fail("github output is not UTF-8", github);
  // render_diagnostics_json throws on text that is not UTF-8: that is the failure to find.
  const std::string json = render_diagnostics_json(diagnostics);
  if (!is_valid_utf8(json))
    fail("json output is not UTF-8", json);
  const nlohmann::json parsed = nlohmann::json::parse(json, nullptr, false);
  if (!parsed.is_array() || parsed.size() != diagnostics.size())
    fail("json output does not parse to one object per diagnostic", json);
}

constexpr const char* kNames[] = {"plan.yaml", "units.yaml", "tasks.yaml",
                                  "status/2021-Q1/th-a.yaml"};
constexpr DocumentKind kKinds[] = {DocumentKind::plan, DocumentKind::units, DocumentKind::tasks,
                                   DocumentKind::status};

LoadOptions fuzz_options() {
  LoadOptions options;
  options.limits.max_nodes = 100'000;
  return options;
}

// Puts what a loaded document yielded into the plan, as load_plan_folder would.
void add_to_plan(LoadedDocument loaded, DocumentKind kind, PlanData& data) {
  if (loaded.plan)
    data.plan = std::move(loaded.plan);
  if (kind == DocumentKind::units)
    data.units = std::move(loaded.units);
  if (kind == DocumentKind::tasks)
    data.tasks = std::move(loaded.tasks);
  if (loaded.report) {
    loaded.report->folder_period = "2021-Q1";
    loaded.report->file_unit = "th-a";
    data.reports.push_back(std::move(*loaded.report));
    data.status_files.push_back(StatusFile{"2021-Q1", "th-a", kNames[3]});
  }
}

// The base plan without the file of `kind`, loaded once.
const PlanData& base_without(DocumentKind kind) {
  static const auto bases = [] {
    const char* const texts[] = {kPlan, kUnits, kTasks, kStatus};
    std::vector<PlanData> all(4);
    for (unsigned without = 0; without < 4; ++without) {
      PlanData& data = all[without];
      data.files.assign(std::begin(kNames), std::end(kNames));
      data.has_units_file = data.has_tasks_file = true;
      for (unsigned i = 0; i < 4; ++i) {
        if (i != without)
          add_to_plan(load_document(kKinds[i], texts[i], kNames[i], i, fuzz_options()), kKinds[i],
                      data);
      }
    }
    return all;
  }();
  return bases[static_cast<unsigned>(kind)];
}

// Loads `text` as the file of `kind` within the base plan, then checks the plan, and renders
// both lots of diagnostics.
void load_and_render(DocumentKind kind, const std::string& text) {
  const unsigned i = static_cast<unsigned>(kind);
  LoadedDocument loaded = load_document(kind, text, kNames[i], i, fuzz_options());
  check_rendered(loaded.diagnostics, decode_source(text, kNames[i]).text);
  PlanData data = base_without(kind);
  add_to_plan(std::move(loaded), kind, data);
  if (data.plan)
    check_rendered(check_plan(data), {});
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(bytes), size);
  for (DocumentKind kind :
       {DocumentKind::plan, DocumentKind::units, DocumentKind::tasks, DocumentKind::status})
    load_and_render(kind, input);
  if (size > 1024)
    return 0;  // a whole file as one value adds little; seeds are whole files
  const std::string value = double_quoted(input);
  for (const Field& field : kFields) {
    std::string text = field.file;
    text.replace(text.find(field.original), field.original.size(),
                 std::string(field.before) + value + std::string(field.after));
    load_and_render(field.kind, text);
  }
  return 0;
}
