// Fuzz target: any bytes as a school's status spreadsheet, through the CSV reader, the state
// labels, the generated status files and their validation against a small plan.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_plan.h"
#include "render/diagnostics_render.h"
#include "workflow/import.h"

using namespace papi;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  static const PlanData plan = fuzz::small_plan();
  const std::string text(reinterpret_cast<const char*>(bytes), size);
  ImportResult result = parse_status_csv(text, "fuzz.csv", plan, Period{2021, Cadence::quarter, 1});
  (void)render_diagnostics_text(result.diagnostics, false);
  (void)render_diagnostics_json(result.diagnostics);
  return 0;
}
