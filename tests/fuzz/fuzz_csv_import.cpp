// Fuzz target: any bytes as a school's status spreadsheet, through the CSV reader, the state
// labels, the generated status files and their validation against a small plan.
#include <cstddef>
#include <cstdint>
#include <string>

#include "load/folder_loader.h"
#include "render/diagnostics_render.h"
#include "workflow/import.h"

namespace {

using namespace papi;

PlanData small_plan() {
  const char* plan = R"(schema_version: 1
id: fuzz
number: "1/KH"
title: t
issuer: i
issued: 2021-01-01
year: 2021
reporting: quarter
areas:
  - {id: 1, name: a, name_en: a}
  - {id: 2, name: b, name_en: b}
)";
  const char* units = R"(units:
  - {id: pgd, name: Phòng, kind: office}
  - {id: mn-a, name: MN A, kind: school, level: MN, commune: A}
  - {id: th-a, name: TH A, kind: school, level: TH, commune: A}
)";
  const char* tasks = R"(tasks:
  - {id: "1.1", area: 1, title: t, product: p, lead: pgd, partners: [schools], schedule: ongoing}
  - {id: "1.2", area: 1, title: t, product: p, lead: pgd, partners: [schools:TH], schedule: {due: 2021-03-15}}
  - {id: "2.1", area: 2, title: t, product: p, lead: pgd, partners: [], applies_to: [schools], schedule: ongoing}
)";
  PlanData data;
  LoadOptions options;
  data.directory = "plan";
  data.files = {"plan/plan.yaml", "plan/units.yaml", "plan/tasks.yaml"};
  data.plan = load_document(DocumentKind::plan, plan, data.files[0], 0, options).plan;
  data.units = load_document(DocumentKind::units, units, data.files[1], 1, options).units;
  data.tasks = load_document(DocumentKind::tasks, tasks, data.files[2], 2, options).tasks;
  data.has_units_file = data.has_tasks_file = true;
  return data;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  static const PlanData plan = small_plan();
  const std::string text(reinterpret_cast<const char*>(bytes), size);
  ImportResult result = parse_status_csv(text, "fuzz.csv", plan, Period{2021, Cadence::quarter, 1});
  (void)render_diagnostics_text(result.diagnostics, false);
  (void)render_diagnostics_json(result.diagnostics);
  return 0;
}
