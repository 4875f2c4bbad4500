#include <algorithm>
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
#include "validate/plan_scope.h"
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
  // A workbook or a Word file is binary: it goes to a file, or to `-o -` on purpose.
  if (render.format == ReportFormat::docx || render.format == ReportFormat::xlsx)
    require_output_file(command.output, command.format);

  std::optional<Period> requested;
  if (!command.period.empty())
    requested = period_option(command.period);
  std::optional<Date> as_of;
  if (!command.as_of.empty())
    as_of = date_option("--as-of", command.as_of);

  CheckedPlan checked = load_and_check(command.directory, command.common.load_options());
  if (report_data_errors(checked, command.directory, tr("no report written")))
    return kExitDataErrors;
  const PlanData& data = checked.data;
  const std::vector<Period> periods = periods_with_data(data);
  if (!requested) {
    if (periods.empty()) {
      std::fputs((trf("papi: {}: no status reports yet; give --period to report on a period "
                      "without data",
                      command.directory) +
                  "\n")
                     .c_str(),
                 stderr);
      return kExitDataErrors;
    }
    requested = periods.back();
  }
  if (auto problem = unsupported_period(data, *requested))
    throw Fatal(*problem);
  // What the office wrote for this period (reports/<period>.yaml): its data date stands unless
  // --as-of is given, and the Word and HTML documents carry its number, date and sections.
  for (const OfficeReport& office : data.office_reports) {
    if (office.period == *requested && office.period_text == office.file_period)
      render.office = &office;
  }
  if (!as_of && render.office && render.office->as_of)
    as_of = render.office->as_of;
  if (auto problem = report_period_problem(*data.plan, *requested))
    throw Fatal(*problem);
  if (std::none_of(periods.begin(), periods.end(),
                   [&](const Period& p) { return requested->contains(p); })) {
    // Valid, and surely not what was meant: every unit would count as not reported.
    Diagnostic warning;
    warning.file =
        (std::filesystem::path(command.directory) / "status").lexically_normal().generic_string();
    warning.severity = Severity::warning;
    warning.code = "no-reports-for-period";
    warning.message = trf("no unit has a report for {}: every task would count as not reported",
                          requested->to_string());
    warning.hint =
        trf("check the year and the period; reports go in {}/<period>/<unit>.yaml", warning.file);
    std::fputs(render_diagnostics_text({warning}, use_color(stderr)).c_str(), stderr);
    if (command.strict)
      return kExitDataErrors;
  }

  const Report report =
      compute_report(data, ReportRequest{*requested, as_of.value_or(requested->last_day())});

  const bool to_file = !command.output.empty() && command.output != "-";
  if (to_file) {
    // The report is named, not its chart, when it cannot be written (a folder, an input, a
    // missing folder): checked before the chart is written.
    check_output_target(command.output, data.files);
    require_output_folder(command.output);
  }
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
