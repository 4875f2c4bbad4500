#include <cstdio>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/output.h"
#include "cli/terminal.h"
#include "model/fatal.h"
#include "render/diagnostics_render.h"
#include "render/plan_render.h"
#include "validate/validate_folder.h"

namespace papi {

int run_plan(const PlanCommand& command) {
  CheckedPlan checked = load_and_check(command.directory, command.common.load_options());
  Diagnostics errors;
  for (const Diagnostic& d : checked.diagnostics) {
    if (d.severity == Severity::error)
      errors.push_back(d);
  }
  if (!errors.empty() || !checked.data.plan) {
    attach_source_lines(errors);
    std::fputs(render_diagnostics_text(errors, use_color(stderr)).c_str(), stderr);
    std::fputs(fmt::format("papi: {}: {} error(s); no output written (see `papi validate`)\n",
                           command.directory, errors.size())
                   .c_str(),
               stderr);
    return kExitDataErrors;
  }
  const auto format = parse_plan_format(command.format);
  const std::string content = render_plan(checked.data, *format);
  write_output(command.output, content, checked.data.files);
  return kExitOk;
}

}  // namespace papi
