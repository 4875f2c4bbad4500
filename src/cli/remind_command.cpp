#include "cli/commands.h"
#include "cli/output.h"
#include "compute/remind.h"
#include "compute/report.h"
#include "i18n/language.h"
#include "render/remind_render.h"
#include "util/fatal.h"
#include "validate/validate_folder.h"

namespace papi {

int run_remind(const RemindCommand& command) {
  RemindRenderOptions render;
  render.format = *parse_remind_format(command.format);
  render.language = *parse_language(command.language);
  RemindRequest request;
  if (!command.period.empty())
    request.period = period_option(command.period);
  request.as_of = command.as_of.empty() ? today() : date_option("--as-of", command.as_of);

  CheckedPlan checked = load_and_check(command.directory, command.common.load_options());
  if (report_data_errors(checked, command.directory, "no reminder written"))
    return kExitDataErrors;
  const PlanData& data = checked.data;
  if (request.period) {
    if (auto problem = unsupported_period(data, *request.period))
      throw Fatal(*problem);
  }
  const Reminders reminders = compute_reminders(data, request);
  write_output(command.output, render_reminders(data, reminders, render), data.files);
  return command.exit_code && !reminders.empty() ? kExitDataErrors : kExitOk;
}

}  // namespace papi
