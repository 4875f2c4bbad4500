// Fuzz target: any bytes as a school's status spreadsheet, through the CSV reader, the state
// labels, the generated status files and their validation against a small plan.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_plan.h"
#include "load/folder_loader.h"
#include "render/diagnostics_render.h"
#include "workflow/import.h"

namespace {

using namespace papi;

PlanData small_plan() {
  PlanData data;
  LoadOptions options;
  data.directory = "plan";
  data.files = {"plan/plan.yaml", "plan/units.yaml", "plan/tasks.yaml"};
  data.plan = load_document(DocumentKind::plan, fuzz::kPlan, data.files[0], 0, options).plan;
  data.units = load_document(DocumentKind::units, fuzz::kUnits, data.files[1], 1, options).units;
  data.tasks = load_document(DocumentKind::tasks, fuzz::kTasks, data.files[2], 2, options).tasks;
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
