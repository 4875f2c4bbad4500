#include <cstdio>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/output.h"
#include "cli/terminal.h"
#include "i18n/language.h"
#include "i18n/messages.h"
#include "render/diagnostics_render.h"
#include "render/plan_render.h"
#include "util/fatal.h"
#include "validate/validate_folder.h"

namespace papi {

int run_plan(const PlanCommand& command) {
  CheckedPlan checked = load_and_check(command.directory, command.common.load_options());
  if (report_data_errors(checked, command.directory, tr("no output written")))
    return kExitDataErrors;
  const auto format = parse_plan_format(command.format);
  if (*format == PlanFormat::docx)
    require_output_file(command.output, command.format);
  const std::string content = render_plan(checked.data, *format, *parse_language(command.language));
  write_output(command.output, content, checked.data.files);
  return kExitOk;
}

}  // namespace papi
