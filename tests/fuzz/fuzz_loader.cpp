// Fuzz target: any bytes as each kind of YAML file, through the loader (decoding, YAML events,
// schema check, model), and, when they make a status report, through the cross-file checks,
// the report computation and every report renderer.
#include <cstddef>
#include <cstdint>
#include <string>

#include "compute/report.h"
#include "fuzz_plan.h"
#include "load/folder_loader.h"
#include "render/diagnostics_render.h"
#include "render/report_render.h"
#include "validate/plan_checks.h"

namespace {

using namespace papi;
using fuzz::kPlan;
using fuzz::kTasks;
using fuzz::kUnits;

PlanData base_plan() {
  PlanData data;
  LoadOptions options;
  data.files = {"plan.yaml", "units.yaml", "tasks.yaml", "status/2021-Q1/th-a.yaml"};
  data.plan = load_document(DocumentKind::plan, kPlan, "plan.yaml", 0, options).plan;
  data.units = load_document(DocumentKind::units, kUnits, "units.yaml", 1, options).units;
  data.tasks = load_document(DocumentKind::tasks, kTasks, "tasks.yaml", 2, options).tasks;
  data.has_units_file = data.has_tasks_file = true;
  return data;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  static const PlanData base = base_plan();
  const std::string input(reinterpret_cast<const char*>(bytes), size);
  LoadOptions options;
  options.limits.max_nodes = 100'000;
  for (DocumentKind kind : kDocumentKinds) {
    LoadedDocument loaded = load_document(kind, input, "fuzz.yaml", 3, options);
    (void)render_diagnostics_text(loaded.diagnostics, true);
    (void)render_diagnostics_github(loaded.diagnostics);
    if (!loaded.report)
      continue;
    PlanData data = base;
    loaded.report->folder_period = "2021-Q1";
    loaded.report->file_unit = "th-a";
    data.reports.push_back(*loaded.report);
    data.status_files.push_back(StatusFile{"2021-Q1", "th-a", "status/2021-Q1/th-a.yaml"});
    Diagnostics diagnostics = check_plan(data);
    (void)render_diagnostics_json(diagnostics);
    if (has_errors(loaded.diagnostics) || has_errors(diagnostics))
      continue;
    const Report report =
        compute_report(data, ReportRequest{Period{2021, Cadence::quarter, 1}, Date{2021, 3, 31}});
    for (Language language : {Language::vi, Language::en}) {
      (void)render_report_markdown(data, report,
                                   ReportRenderOptions{ReportFormat::markdown, language});
    }
    (void)render_report_json(data, report);
    (void)render_report_csv(data, report, ReportTable::record);
    (void)render_report_svg(data, report, Language::vi);
  }
  return 0;
}
