#include <cstdio>
#include <filesystem>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/output.h"
#include "cli/terminal.h"
#include "compute/report.h"
#include "i18n/language.h"
#include "i18n/messages.h"
#include "render/diagnostics_render.h"
#include "render/report_render.h"
#include "util/atomic_file.h"
#include "util/fatal.h"
#include "validate/validate_folder.h"

namespace papi {

int run_report(const ReportCommand& command) {
  ReportRenderOptions render;
  render.format = *parse_report_format(command.format);
  render.language = *parse_language(command.language);
  render.table = *parse_report_table(command.by);
  render.bom = command.bom;
  if (command.separator != "," && command.separator != ";")
    throw Fatal(trf("--separator {}: use , or ;", command.separator));
  render.separator = command.separator[0];
  render.decimal_comma = command.decimal_comma;

  std::optional<Period> requested;
  if (!command.period.empty())
    requested = period_option(command.period);
  std::optional<Date> as_of;
  if (!command.as_of.empty()) {
    as_of = Date::parse(command.as_of);
    if (!as_of || !as_of->is_valid()) {
      throw Fatal(fmt::format("--as-of {}: not a date (use YYYY-MM-DD)", command.as_of));
    }
  }

  CheckedPlan checked = load_and_check(command.directory, command.common.load_options());
  if (report_data_errors(checked, command.directory, "no report written"))
    return kExitDataErrors;
  const PlanData& data = checked.data;
  if (!requested) {
    const std::vector<Period> periods = periods_with_data(data);
    if (periods.empty()) {
      std::fputs(fmt::format("papi: {}: no status reports yet; give --period to report on a "
                             "period without data\n",
                             command.directory)
                     .c_str(),
                 stderr);
      return kExitDataErrors;
    }
    requested = periods.back();
  }
  if (auto problem = unsupported_period(data, *requested))
    throw Fatal(*problem);

  const Report report =
      compute_report(data, ReportRequest{*requested, as_of.value_or(requested->last_day())});

  const bool to_file = !command.output.empty() && command.output != "-";
  if (render.format == ReportFormat::xlsx && !to_file)
    throw Fatal(
        std::string(tr("an xlsx report cannot go to the terminal; give a file: -o FILE.xlsx")));
  if (to_file)
    require_output_folder(command.output);  // named for the report, not for its chart
  if (to_file && render.format == ReportFormat::markdown) {
    // The chart goes next to the report and is written first, so that a report never links
    // a chart that is not there.
    std::filesystem::path chart(command.output);
    chart.replace_extension(".svg");
    write_file_atomically(chart.string(), render_report_svg(data, report, render.language),
                          data.files);
    render.chart_link = chart.filename().string();
  }
  write_output(command.output, render_report(data, report, render), data.files);
  return kExitOk;
}

}  // namespace papi
