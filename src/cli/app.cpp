#include "cli/app.h"

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "model/fatal.h"

namespace papi {

int run_cli(int argc, char** argv) {
  CLI::App app{
      "papi keeps a PAPI improvement plan as YAML and turns it into reports.\n"
      "Exit codes: 0 ok, 1 errors in the data, 2 usage or I/O problems."};
  app.name("papi");
  app.set_version_flag("-V,--version", std::string("papi ") + PAPI_VERSION);
  app.require_subcommand(1, 1);

  PlanCommand plan;
  CLI::App* plan_app =
      app.add_subcommand("plan", "Render the plan document (Markdown, CSV task table, JSON)");
  plan_app->add_option("dir", plan.directory, "Plan folder")->capture_default_str();
  plan_app->add_option("-f,--format", plan.format, "Output format")
      ->check(CLI::IsMember({"md", "csv", "json"}))
      ->capture_default_str();
  plan_app->add_option("-o,--output", plan.output, "Write to FILE (atomically) instead of stdout");
  add_common_options(*plan_app, plan.common);

  ValidateCommand validate;
  CLI::App* validate_app =
      app.add_subcommand("validate", "Check plan folders and report every problem found");
  validate_app->add_option("dir", validate.directories, "Plan folders (files with --schema)")
      ->capture_default_str();
  validate_app->add_option("-f,--format", validate.format, "Diagnostics format")
      ->check(CLI::IsMember({"text", "json", "github"}))
      ->capture_default_str();
  validate_app->add_flag("--strict", validate.strict, "Treat warnings as errors (exit 1)");
  validate_app->add_flag("-q,--quiet", validate.quiet, "Print errors only, and no summary");
  validate_app->add_flag("-v,--verbose", validate.verbose,
                         "Also list notes: the units whose report is not yet in");
  validate_app
      ->add_option("--schema", validate.schema,
                   "Check single files against one schema (plan, units, tasks, status) "
                   "instead of plan folders: syntax and structure only")
      ->check(CLI::IsMember({"plan", "units", "tasks", "status"}));
  add_common_options(*validate_app, validate.common);

  ReportCommand report;
  CLI::App* report_app = app.add_subcommand(
      "report", "Completion per PAPI area, unit, level, commune and task for a period");
  report_app->add_option("dir", report.directory, "Plan folder")->capture_default_str();
  report_app->add_option("-p,--period", report.period,
                         "Period: 2021-Q1, 2021-H1, 2021 ... (default: the latest with data)");
  report_app->add_option("--as-of", report.as_of,
                         "Judge deadlines at this date, YYYY-MM-DD (default: the period's end)");
  report_app->add_option("--by", report.by, "CSV: which table")
      ->check(CLI::IsMember({"area", "unit", "level", "commune", "task", "record"}))
      ->capture_default_str();
  report_app->add_option("-f,--format", report.format, "Output format")
      ->check(CLI::IsMember({"md", "csv", "json"}))
      ->capture_default_str();
  report_app->add_option("--lang", report.language, "Language of the Markdown report")
      ->check(CLI::IsMember({"vi", "en"}))
      ->capture_default_str();
  report_app->add_option("-o,--output", report.output,
                         "Write to FILE (atomically); Markdown also writes FILE's .svg chart");
  report_app->add_flag("--bom", report.bom, "CSV: start with a UTF-8 BOM, for Excel");
  add_common_options(*report_app, report.common);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  if (plan_app->parsed())
    return run_plan(plan);
  if (validate_app->parsed())
    return run_validate(validate);
  if (report_app->parsed())
    return run_report(report);
  return kExitUsage;
}

}  // namespace papi
